"""The vault's schema as numbered migrations. Migration N brings a vault to user_version N.

Never edit a migration that has shipped: add the next one.
"""

MIGRATION_1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE people (
    id                   TEXT PRIMARY KEY,
    name                 TEXT NOT NULL,
    role                 TEXT NOT NULL,
    fte                  REAL NOT NULL,
    started_role         TEXT,
    newly_qualified      INTEGER NOT NULL DEFAULT 0,
    supervision_standard TEXT NOT NULL,
    archived             INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE cases (
    id                   TEXT PRIMARY KEY,
    person               TEXT NOT NULL REFERENCES people(id),
    reference            TEXT NOT NULL,
    label                TEXT,
    weight               INTEGER NOT NULL,
    allocated            TEXT NOT NULL,
    closed               TEXT,
    allocation_rationale TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cases_person ON cases(person);
CREATE TABLE sessions (
    id                   TEXT PRIMARY KEY,
    person               TEXT NOT NULL REFERENCES people(id),
    date                 TEXT NOT NULL,
    start                TEXT,
    minutes              INTEGER NOT NULL,
    kind                 TEXT NOT NULL,
    agenda               TEXT NOT NULL DEFAULT '',
    attunement           TEXT NOT NULL DEFAULT '',
    analysis             TEXT NOT NULL DEFAULT '',
    allocation           TEXT NOT NULL DEFAULT '',
    adaptation           TEXT NOT NULL DEFAULT '',
    functions            TEXT NOT NULL DEFAULT '[]',
    wellbeing            INTEGER,
    supervisee_comments  TEXT NOT NULL DEFAULT '',
    agreed_by_supervisor TEXT,
    agreed_by_supervisee TEXT,
    next_date            TEXT,
    prompts_used         TEXT NOT NULL DEFAULT '[]',
    tags                 TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX sessions_person_date ON sessions(person, date);
CREATE TABLE actions (
    id                TEXT PRIMARY KEY,
    session           TEXT NOT NULL REFERENCES sessions(id),
    text              TEXT NOT NULL,
    owner             TEXT NOT NULL,
    due               TEXT,
    status            TEXT NOT NULL,
    closed_in_session TEXT REFERENCES sessions(id)
);
CREATE INDEX actions_session ON actions(session);
CREATE TABLE journal (
    id         TEXT PRIMARY KEY,
    date       TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    capacities TEXT NOT NULL DEFAULT '[]',
    tags       TEXT NOT NULL DEFAULT '[]',
    session    TEXT REFERENCES sessions(id)
);
CREATE INDEX journal_date ON journal(date);
CREATE TABLE time_logs (
    person       TEXT NOT NULL REFERENCES people(id),
    week         TEXT NOT NULL,
    hours_worked REAL,
    direct_work  REAL,
    recording    REAL,
    cpd          REAL,
    PRIMARY KEY (person, week)
);
CREATE TABLE concerns (
    id        TEXT PRIMARY KEY,
    person    TEXT NOT NULL REFERENCES people(id),
    date      TEXT NOT NULL,
    raised_by TEXT NOT NULL,
    text      TEXT NOT NULL,
    status    TEXT NOT NULL,
    outcome   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE custom_prompts (
    id       TEXT PRIMARY KEY,
    capacity TEXT NOT NULL,
    roles    TEXT NOT NULL DEFAULT '[]',
    text     TEXT NOT NULL
);
-- The search index holds each field in chunks of a few sentences, so a hit can open the record
-- at that field, and a save re-indexes only the chunks whose words changed (deleting with
-- FTS5 secure-delete costs time for every token removed). Which record a chunk belongs to
-- lives in an ordinary indexed table: finding it through FTS5 columns would scan the index.
CREATE TABLE search_rows (
    id     INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL,
    record TEXT NOT NULL,
    field  TEXT NOT NULL,
    digest TEXT NOT NULL
);
CREATE INDEX search_rows_record ON search_rows(kind, record);
-- Records saved while someone is typing, whose index rows are brought up to date a moment
-- later (FTS5 secure-delete is too slow to sit on the typing path). Written in the record's
-- own transaction, so a crash never leaves a record unsearchable for good.
CREATE TABLE search_pending (
    kind   TEXT NOT NULL,
    record TEXT NOT NULL,
    PRIMARY KEY (kind, record)
);
CREATE VIRTUAL TABLE search_index USING fts5(
    body, tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
"""

MIGRATIONS: list[str] = [MIGRATION_1]


def latest_version() -> int:
    return len(MIGRATIONS)
