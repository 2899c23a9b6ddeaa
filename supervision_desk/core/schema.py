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

# Version 2: what a supervision record holds beyond version 1 (interchange format 2) — the
# tracker's history and policy, group sessions, planned sessions, agreements, case decisions
# and amendments to agreed records. ``sessions`` is rebuilt because a group session has no one
# person (SQLite cannot drop NOT NULL in place); rows keep their rowids, so every order by
# rowid stays as it was. Foreign keys are checked before the migration commits.
MIGRATION_2 = """
ALTER TABLE people ADD COLUMN records_from TEXT;
ALTER TABLE people ADD COLUMN last_supervision_before TEXT;
ALTER TABLE people ADD COLUMN newly_qualified_until TEXT;
CREATE TABLE sessions_v2 (
    id                   TEXT PRIMARY KEY,
    person               TEXT REFERENCES people(id),
    attendees            TEXT NOT NULL DEFAULT '[]',
    group_size           INTEGER,
    status               TEXT NOT NULL DEFAULT 'held',
    date                 TEXT NOT NULL,
    start                TEXT,
    minutes              INTEGER NOT NULL,
    kind                 TEXT NOT NULL,
    agenda               TEXT NOT NULL DEFAULT '',
    attunement           TEXT NOT NULL DEFAULT '',
    analysis             TEXT NOT NULL DEFAULT '',
    allocation           TEXT NOT NULL DEFAULT '',
    adaptation           TEXT NOT NULL DEFAULT '',
    learning             TEXT NOT NULL DEFAULT '',
    confidential_note    TEXT NOT NULL DEFAULT '',
    functions            TEXT NOT NULL DEFAULT '[]',
    wellbeing            INTEGER,
    supervisee_comments  TEXT NOT NULL DEFAULT '',
    disagreement         TEXT NOT NULL DEFAULT '',
    agreed_by_supervisor TEXT,
    agreed_by_supervisee TEXT,
    next_date            TEXT,
    prompts_used         TEXT NOT NULL DEFAULT '[]',
    tags                 TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO sessions_v2 (
    rowid, id, person, date, start, minutes, kind, agenda, attunement, analysis, allocation,
    adaptation, functions, wellbeing, supervisee_comments, agreed_by_supervisor,
    agreed_by_supervisee, next_date, prompts_used, tags
)
SELECT
    rowid, id, person, date, start, minutes, kind, agenda, attunement, analysis, allocation,
    adaptation, functions, wellbeing, supervisee_comments, agreed_by_supervisor,
    agreed_by_supervisee, next_date, prompts_used, tags
FROM sessions ORDER BY rowid;
DROP TABLE sessions;
ALTER TABLE sessions_v2 RENAME TO sessions;
CREATE INDEX sessions_person_date ON sessions(person, date);
-- Group attendance, one row per attendee, so a person's sessions are found by index.
CREATE TABLE session_attendees (
    session TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    person  TEXT NOT NULL REFERENCES people(id),
    PRIMARY KEY (session, person)
);
CREATE INDEX session_attendees_person ON session_attendees(person);
CREATE TABLE agreements (
    id                   TEXT PRIMARY KEY,
    person               TEXT NOT NULL REFERENCES people(id),
    agreed               TEXT NOT NULL,
    review               TEXT,
    frequency_days       INTEGER NOT NULL,
    minutes              INTEGER NOT NULL,
    location             TEXT NOT NULL DEFAULT '',
    confidentiality      TEXT NOT NULL DEFAULT '',
    recording            TEXT NOT NULL DEFAULT '',
    disagreement         TEXT NOT NULL DEFAULT '',
    other                TEXT NOT NULL DEFAULT '',
    signed_by_supervisor TEXT,
    signed_by_supervisee TEXT
);
CREATE INDEX agreements_person ON agreements(person, agreed);
CREATE TABLE case_discussions (
    id               TEXT PRIMARY KEY,
    session          TEXT NOT NULL REFERENCES sessions(id),
    "case"           TEXT NOT NULL REFERENCES cases(id),
    discussion       TEXT NOT NULL DEFAULT '',
    decision         TEXT NOT NULL DEFAULT '',
    rationale        TEXT NOT NULL DEFAULT '',
    decided_by       TEXT NOT NULL DEFAULT 'supervisor',
    for_case_file    INTEGER NOT NULL DEFAULT 0,
    recorded_on_file TEXT
);
CREATE INDEX case_discussions_session ON case_discussions(session);
CREATE INDEX case_discussions_case ON case_discussions("case");
CREATE TABLE amendments (
    id      TEXT PRIMARY KEY,
    session TEXT NOT NULL REFERENCES sessions(id),
    at      TEXT NOT NULL,
    "by"    TEXT NOT NULL,
    reason  TEXT NOT NULL,
    changes TEXT NOT NULL
);
CREATE INDEX amendments_session ON amendments(session, at);
-- The tracker's local policy (interchange "settings"): key -> JSON value.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Version 3: two desks, one record (interchange format 3). Each vault gets an identity (its keys
# are made in Python right after this runs: core/identity.py); people it is paired with are
# contacts; every agreed version of a record is kept in a hash chain with the signatures of
# those who agreed it, so no agreed record can be rewritten or removed without trace. Records
# also gain what a principal social worker files: group facilitator, format and presenter,
# each attendee's own agreement and wellbeing, the case an action serves, and the sections of
# a supervision agreement.
MIGRATION_3 = """
CREATE TABLE identity (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    signing_key  BLOB NOT NULL,
    age_identity TEXT NOT NULL,
    pdf_key      BLOB NOT NULL,
    certificate  BLOB NOT NULL,
    created      TEXT NOT NULL
);
CREATE TABLE contacts (
    person        TEXT PRIMARY KEY REFERENCES people(id),
    name          TEXT NOT NULL,
    role          TEXT NOT NULL DEFAULT '',
    signing_key   BLOB NOT NULL,
    age_recipient TEXT NOT NULL,
    certificate   BLOB NOT NULL,
    fingerprint   TEXT NOT NULL,
    checked       TEXT NOT NULL
);
-- Every agreed version of a session record, oldest first. ``content`` is the canonical JSON of
-- everything the agreed PDF shows; ``hash`` covers the previous version's hash and the
-- content. No foreign key to sessions: a received record, an archived one and a removed one
-- keep their chain.
CREATE TABLE record_versions (
    session  TEXT NOT NULL,
    number   INTEGER NOT NULL,
    previous TEXT,
    hash     TEXT NOT NULL,
    content  TEXT NOT NULL,
    how      TEXT NOT NULL,
    sealed   TEXT,
    pdf      BLOB,
    origin   TEXT NOT NULL DEFAULT 'own',
    PRIMARY KEY (session, number)
);
-- Who agreed a version: ``party`` is 'supervisor' or a person's id (an attendee of a group);
-- ``public_key`` is the Ed25519 key that signed ``hash`` (null when the supervisor recorded an
-- agreement made in the room). A group attendee's own comments and disagreement are kept with
-- their signature, which covers them, and ``pdf`` is their own copy of the agreed PDF, signed
-- by them and the facilitator (a one-to-one record's PDF is the version's own).
CREATE TABLE version_signatures (
    session      TEXT NOT NULL,
    number       INTEGER NOT NULL,
    party        TEXT NOT NULL,
    public_key   BLOB,
    signature    BLOB,
    signed       TEXT NOT NULL,
    how          TEXT NOT NULL,
    comments     TEXT NOT NULL DEFAULT '',
    disagreement TEXT NOT NULL DEFAULT '',
    pdf          BLOB,
    PRIMARY KEY (session, number, party),
    FOREIGN KEY (session, number) REFERENCES record_versions(session, number)
);
-- What is left, signed, when an agreed record is removed for good (end of retention).
CREATE TABLE tombstones (
    session    TEXT PRIMARY KEY,
    at         TEXT NOT NULL,
    reason     TEXT NOT NULL,
    last_hash  TEXT NOT NULL,
    signature  BLOB NOT NULL,
    public_key BLOB NOT NULL
);
-- Exchange files already opened, so a replayed one is refused.
CREATE TABLE exchange_seen (
    message TEXT PRIMARY KEY,
    at      TEXT NOT NULL
);
-- Where each copy of a record stands in its round between the two desks: one row per record
-- and party (a group's attendees each have their own). ``state``: sent, received, agreed,
-- returned or sealed; ``contact`` is the other vault's fingerprint; ``note`` the confidential
-- note, only when the sender picked it.
CREATE TABLE record_exchange (
    session      TEXT NOT NULL,
    party        TEXT NOT NULL,
    contact      TEXT NOT NULL,
    number       INTEGER NOT NULL,
    state        TEXT NOT NULL,
    comments     TEXT NOT NULL DEFAULT '',
    disagreement TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL,
    PRIMARY KEY (session, party)
);
ALTER TABLE sessions ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN facilitator TEXT;
ALTER TABLE sessions ADD COLUMN group_format TEXT;
ALTER TABLE sessions ADD COLUMN presenter TEXT;
ALTER TABLE session_attendees ADD COLUMN agreed TEXT;
ALTER TABLE session_attendees ADD COLUMN wellbeing INTEGER;
ALTER TABLE actions ADD COLUMN "case" TEXT REFERENCES cases(id);
ALTER TABLE agreements ADD COLUMN purpose TEXT NOT NULL DEFAULT '[]';
ALTER TABLE agreements ADD COLUMN cancellation TEXT NOT NULL DEFAULT '';
ALTER TABLE agreements ADD COLUMN access TEXT NOT NULL DEFAULT '';
ALTER TABLE agreements ADD COLUMN retention TEXT NOT NULL DEFAULT '';
ALTER TABLE agreements ADD COLUMN professional_supervision TEXT NOT NULL DEFAULT '';
ALTER TABLE agreements ADD COLUMN learning_needs TEXT NOT NULL DEFAULT '';
ALTER TABLE agreements ADD COLUMN adjustments TEXT NOT NULL DEFAULT '';
ALTER TABLE agreements ADD COLUMN ad_hoc TEXT NOT NULL DEFAULT '';
ALTER TABLE agreements ADD COLUMN asye_items TEXT NOT NULL DEFAULT '';
ALTER TABLE agreements ADD COLUMN replaces TEXT REFERENCES agreements(id);
-- Each figure follows the right standard: registration apart from the role (NULL: taken from
-- the role), the regulator where known, and the calendar months BACP does not count (no
-- client work: leave), as JSON [{"month": "YYYY-MM", "note": "..."}].
ALTER TABLE people ADD COLUMN registered_social_worker INTEGER;
ALTER TABLE people ADD COLUMN regulator TEXT;
ALTER TABLE people ADD COLUMN months_not_counted TEXT NOT NULL DEFAULT '[]';
-- ---- The practitioner's own desk (CPD log; ASYE year). Kept together at the end so that
-- ---- other additions to version 3 merge above it.
-- A piece of CPD with the fields of the regulator's renewal form. Private like the journal.
-- ``session`` is the supervision record it was made from (peer reflection), if any.
CREATE TABLE cpd (
    id              TEXT PRIMARY KEY,
    date            TEXT NOT NULL,
    type            TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    learning        TEXT NOT NULL DEFAULT '',
    impact          TEXT NOT NULL DEFAULT '',
    peer_reflection TEXT NOT NULL DEFAULT '',
    session         TEXT REFERENCES sessions(id)
);
CREATE INDEX cpd_date ON cpd(date);
-- ---- end of the practitioner's own desk
"""

# Version 4: the ASYE year of a newly qualified social worker (carried by interchange format 3):
# the person's programme (which knowledge and skills statement, the assessor, contracted
# hours), reviews held with their outcome, protected development time, the self-assessment
# at the start, middle and end, and direct observations of practice.
MIGRATION_4 = """
CREATE TABLE asye (
    person           TEXT PRIMARY KEY REFERENCES people(id),
    setting          TEXT NOT NULL DEFAULT 'children',
    assessor         TEXT NOT NULL DEFAULT '',
    assessor_role    TEXT NOT NULL DEFAULT '',
    contracted_hours REAL,
    nine_month       INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE asye_reviews (
    id      TEXT PRIMARY KEY,
    person  TEXT NOT NULL REFERENCES people(id),
    months  INTEGER NOT NULL,
    held    TEXT NOT NULL,
    outcome TEXT NOT NULL,
    notes   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX asye_reviews_person ON asye_reviews(person, months);
CREATE TABLE asye_time (
    id     TEXT PRIMARY KEY,
    person TEXT NOT NULL REFERENCES people(id),
    date   TEXT NOT NULL,
    hours  REAL NOT NULL,
    note   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX asye_time_person ON asye_time(person, date);
CREATE TABLE asye_observations (
    id       TEXT PRIMARY KEY,
    person   TEXT NOT NULL REFERENCES people(id),
    date     TEXT NOT NULL,
    observer TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX asye_observations_person ON asye_observations(person, date);
-- One rating per area of the statement at each stage (start, middle, end).
CREATE TABLE asye_kss (
    id     TEXT PRIMARY KEY,
    person TEXT NOT NULL REFERENCES people(id),
    stage  TEXT NOT NULL,
    area   TEXT NOT NULL,
    date   TEXT NOT NULL,
    rating TEXT NOT NULL,
    note   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX asye_kss_person ON asye_kss(person, stage);
"""

# Version 5: the audit a principal social worker records against a sample of the period's
# records (carried by interchange format 3). ``session`` is not a reference: the scores stay
# when a sampled record is later deleted. Each answer is yes, no or not_applicable; NULL is
# not scored yet.
MIGRATION_5 = """
CREATE TABLE audits (
    id           TEXT PRIMARY KEY,
    date         TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,
    auditor      TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit_items (
    id         TEXT PRIMARY KEY,
    audit      TEXT NOT NULL REFERENCES audits(id),
    session    TEXT NOT NULL,
    date       TEXT NOT NULL,
    reflection TEXT,
    rationale  TEXT,
    actions    TEXT,
    wellbeing  TEXT,
    agreed     TEXT,
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_items_audit ON audit_items(audit);
CREATE INDEX audit_items_date ON audit_items(date);
"""

# Version 6: case discussions join the search index; and a journal entry or a piece of CPD
# may be about a record received from the supervisor, which a practitioner's vault holds only
# in its chain (record_versions), never as a session. ``session`` names either, without a
# foreign key: repos checks it, and deleting a session clears the links to it. Both tables
# are made again with their row ids kept (the search index refers to journal entries by row
# id).
MIGRATION_6 = """
CREATE TABLE journal_v6 (
    id         TEXT PRIMARY KEY,
    date       TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    capacities TEXT NOT NULL DEFAULT '[]',
    tags       TEXT NOT NULL DEFAULT '[]',
    session    TEXT
);
INSERT INTO journal_v6 (rowid, id, date, title, body, capacities, tags, session)
    SELECT rowid, id, date, title, body, capacities, tags, session FROM journal;
DROP TABLE journal;
ALTER TABLE journal_v6 RENAME TO journal;
CREATE INDEX journal_date ON journal(date);
CREATE TABLE cpd_v6 (
    id              TEXT PRIMARY KEY,
    date            TEXT NOT NULL,
    type            TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    learning        TEXT NOT NULL DEFAULT '',
    impact          TEXT NOT NULL DEFAULT '',
    peer_reflection TEXT NOT NULL DEFAULT '',
    session         TEXT
);
INSERT INTO cpd_v6 (rowid, id, date, type, description, learning, impact, peer_reflection,
                    session)
    SELECT rowid, id, date, type, description, learning, impact, peer_reflection, session
    FROM cpd;
DROP TABLE cpd;
ALTER TABLE cpd_v6 RENAME TO cpd;
CREATE INDEX cpd_date ON cpd(date);
-- Case discussions are searched too: those already written are indexed as the vault opens.
INSERT OR IGNORE INTO search_pending(kind, record) SELECT 'case_discussions', id
    FROM case_discussions;
"""

# Version 7: on a practitioner's desk the records received from the supervisor are searched
# too (search.FIELDS["received"]): those already received are indexed as the vault opens.
MIGRATION_7 = """
INSERT OR IGNORE INTO search_pending(kind, record) SELECT DISTINCT 'received', session
    FROM record_versions WHERE origin = 'received';
"""

# Version 8: indexes that let a view read only what it shows. Whether a session is archived
# (off every list) is stored after its notes, so asking a row reads every page of them: a
# person's list, its count, the tracker's window and the dates a schedule runs from are found
# through ``sessions_kept`` (a group session, through its attendees and ``sessions_kept_id``;
# the newest of everyone's, through ``sessions_kept_date``) with the few fields they count,
# and only the rows shown are read. A person's open actions and cases, and the case decisions
# still to be copied to a child's file, are found the same way.
MIGRATION_8 = """
CREATE INDEX sessions_kept ON sessions(person, date, status, kind, minutes, wellbeing, id)
    WHERE archived = 0;
CREATE INDEX sessions_kept_id ON sessions(id, date, status, kind, minutes, wellbeing)
    WHERE archived = 0;
CREATE INDEX sessions_kept_date ON sessions(date, person, id) WHERE archived = 0;
CREATE INDEX actions_open ON actions(session, due) WHERE status = 'open';
DROP INDEX cases_person;
CREATE INDEX cases_person_closed ON cases(person, closed);
CREATE INDEX case_discussions_waiting ON case_discussions("case")
    WHERE for_case_file = 1 AND recorded_on_file IS NULL;
"""

# Version 9: the actions closed in each session's record, beside the session they were agreed
# in. A record carries the actions of earlier sessions that were open when it took place; with
# ``actions_open`` this index finds them without reading the person's every action, of which
# the long closed ones are most (sessions.carried_forward).
MIGRATION_9 = """
CREATE INDEX actions_closed ON actions(session, closed_in_session)
    WHERE closed_in_session IS NOT NULL;
"""

# Version 10: on a practitioner's desk, the practitioner's own mark that an action from a record
# received from the supervisor is done. The received record is the supervisor's agreed text,
# covered by its signatures, so it never changes here: the mark is kept beside it, by the
# action's id, which stays the same in every later record and amendment that carries it.
MIGRATION_10 = """
CREATE TABLE action_marks (
    action TEXT PRIMARY KEY,
    done   TEXT NOT NULL
);
"""

# Version 11: a session's learning and development and its disagreement are searched too
# (search.FIELDS["sessions"]): every session kept is queued to be indexed again, a record at a
# time in short steps as the vault is used (search.catch_up_step). Chunks already indexed are
# left as they are; only the text missing from the index goes in.
MIGRATION_11 = """
INSERT OR IGNORE INTO search_pending(kind, record) SELECT 'sessions', id
    FROM sessions WHERE archived = 0;
"""

MIGRATIONS: list[str] = [
    MIGRATION_1,
    MIGRATION_2,
    MIGRATION_3,
    MIGRATION_4,
    MIGRATION_5,
    MIGRATION_6,
    MIGRATION_7,
    MIGRATION_8,
    MIGRATION_9,
    MIGRATION_10,
    MIGRATION_11,
]
IDENTITY_SINCE = 3  # the version whose migration gives a vault its keys (core/identity.py)


def latest_version() -> int:
    return len(MIGRATIONS)
