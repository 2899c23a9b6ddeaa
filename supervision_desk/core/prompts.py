"""The reflective prompt library: scenario cards from ``resources/prompts/cards``, validated on
load, plus the user's own prompts kept in the vault, and prompt packs to share them.

A card (and a pack, which has the same format) is a JSON object:
``{"format": "supervision-desk-prompts/1", "id", "title", "scenario", "roles", "feelings",
"source", "prompts": {capacity: [{"id", "roles", "asks", "answers", "text"}]}}``. A prompt's
stable id is ``card-id/prompt-id``, which is what a session records in ``prompts_used``.

``roles`` says whom a prompt is useful to; ``asks`` and ``answers`` say who puts the question
and to whom (a supervisor asking the practitioner, or asking themself), so a manager can find
"questions to ask my supervisee". Every bundled prompt says both; a pack may leave them out.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import repos, strictjson
from .balance import Balance
from .errors import BadInput, ValidationError
from .fsutil import atomic_output
from .records import (
    CAPACITIES,
    PROMPT_PARTIES,
    PROMPT_ROLES,
    SESSION_CAPACITIES,
    check_text,
    shown_key,
)
from .shown import shown as shown_path
from .vault import Vault

FORMAT = "supervision-desk-prompts/1"
CUSTOM_CARD = "my-prompts"
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,60}")
CARD_KEYS = {"format", "id", "title", "scenario", "roles", "feelings", "source", "prompts"}
PROMPT_KEYS = {"id", "roles", "asks", "answers", "text"}
PARTIES = PROMPT_PARTIES  # who puts a prompt, and who answers it


@dataclass(frozen=True)
class Prompt:
    id: str  # card-id/prompt-id
    card: str
    capacity: str
    roles: tuple[str, ...]
    text: str
    custom: bool = False
    asks: str | None = None  # one of PARTIES; None for a prompt that does not say
    answers: str | None = None


@dataclass
class Card:
    id: str
    title: str
    scenario: str
    roles: list[str]
    feelings: list[str]
    source: str
    prompts: list[Prompt] = field(default_factory=list)


def _text(value: Any, path: str, limit: int = 4000) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(path, "must be non-empty text")
    if len(value) > limit:
        raise ValidationError(path, f"is longer than {limit} characters")
    return check_text(value, path, one_line=limit <= 400).strip()


def _roles(value: Any, path: str) -> list[str]:
    if not isinstance(value, list) or not value:
        raise ValidationError(path, f"must list one or more of {', '.join(PROMPT_ROLES)}")
    for i, role in enumerate(value):
        if role not in PROMPT_ROLES:
            raise ValidationError(f"{path}[{i}]", f"must be one of {', '.join(PROMPT_ROLES)}")
    return list(dict.fromkeys(value))


def _party(value: Any, path: str, required: bool) -> str | None:
    if value is None and not required:
        return None
    if value not in PARTIES:
        raise ValidationError(path, f"must be one of {', '.join(PARTIES)}")
    return value


def parse_card(doc: Any, *, custom: bool = False, path: str = "$") -> Card:
    """Validate a card or pack; a problem is reported with its JSON path."""
    if not isinstance(doc, dict):
        raise ValidationError(path, "must be a JSON object")
    for key in doc:
        if key not in CARD_KEYS:
            raise ValidationError(
                f"{path}.{shown_key(key)}", "is not a known field (check the spelling)"
            )
    if doc.get("format") != FORMAT:
        raise ValidationError(f"{path}.format", f'must be "{FORMAT}"')
    card_id = doc.get("id")
    if not isinstance(card_id, str) or not _ID.fullmatch(card_id):
        raise ValidationError(f"{path}.id", "must be lower-case letters, digits and hyphens")
    card = Card(
        id=card_id,
        title=_text(doc.get("title"), f"{path}.title", 200),
        scenario=_text(doc.get("scenario", "Prompts of my own."), f"{path}.scenario"),
        roles=_roles(doc.get("roles"), f"{path}.roles"),
        feelings=[
            _text(f, f"{path}.feelings[{i}]", 100) for i, f in enumerate(doc.get("feelings", []))
        ],
        source=_text(doc.get("source", "Written by the user."), f"{path}.source", 400),
    )
    groups = doc.get("prompts")
    if not isinstance(groups, dict) or not groups:
        raise ValidationError(f"{path}.prompts", "must group prompts by capacity")
    seen: set[str] = set()
    allowed = CAPACITIES if custom else SESSION_CAPACITIES
    for capacity, items in groups.items():
        where = f"{path}.prompts.{shown_key(capacity)}"
        if capacity not in allowed:
            raise ValidationError(where, f"must be one of {', '.join(allowed)}")
        if not isinstance(items, list) or not items:
            raise ValidationError(where, "must be a non-empty list of prompts")
        for i, item in enumerate(items):
            at = f"{where}[{i}]"
            if not isinstance(item, dict):
                raise ValidationError(at, "must be an object")
            for key in item:
                if key not in PROMPT_KEYS:
                    raise ValidationError(f"{at}.{shown_key(key)}", "is not a known field")
            prompt_id = item.get("id")
            if not isinstance(prompt_id, str) or not _ID.fullmatch(prompt_id):
                raise ValidationError(f"{at}.id", "must be lower-case letters, digits, hyphens")
            if prompt_id in seen:
                raise ValidationError(f"{at}.id", f"repeats the id {prompt_id!r}")
            seen.add(prompt_id)
            card.prompts.append(
                Prompt(
                    id=f"{card_id}/{prompt_id}",
                    card=card_id,
                    capacity=capacity,
                    roles=tuple(_roles(item.get("roles", card.roles), f"{at}.roles")),
                    text=_text(item.get("text"), f"{at}.text", 1000),
                    custom=custom,
                    asks=_party(item.get("asks"), f"{at}.asks", not custom),
                    answers=_party(item.get("answers"), f"{at}.answers", not custom),
                )
            )
    return card


def library_dir() -> Path:
    from ..paths import resource

    return resource("prompts", "cards")


@lru_cache(maxsize=1)
def library() -> tuple[Card, ...]:
    """The bundled cards, validated; a broken bundled file is a programming error."""
    cards = []
    for path in sorted(library_dir().glob("*.json")):
        cards.append(parse_card(json.loads(path.read_text(encoding="utf-8")), path=path.name))
    ids = [c.id for c in cards]
    if len(set(ids)) != len(ids):
        raise ValueError("two bundled cards share an id")
    return tuple(cards)


def custom_prompts(vault: Vault) -> list[Prompt]:
    return [
        Prompt(
            id=p["id"],
            card=CUSTOM_CARD,
            capacity=p["capacity"],
            roles=tuple(p["roles"]) or PROMPT_ROLES,
            text=p["text"],
            custom=True,
        )
        for p in repos.select(vault, "custom_prompts")
    ]


def all_prompts(vault: Vault | None = None) -> list[Prompt]:
    found = [p for card in library() for p in card.prompts]
    return found + (custom_prompts(vault) if vault is not None else [])


def by_id(vault: Vault | None = None) -> dict[str, Prompt]:
    return {p.id: p for p in all_prompts(vault)}


def find(
    prompts: list[Prompt],
    *,
    capacity: str | None = None,
    role: str | None = None,
    card: str | None = None,
    words: str = "",
    asks: str | None = None,
    answers: str | None = None,
) -> list[Prompt]:
    """Prompts that match every filter given; ``words`` must all appear (any order). A
    prompt that does not say who asks or answers it is left out when that filter is set."""
    wanted = re.findall(r"\w+", words.casefold())
    titles = {c.id: c.title.casefold() for c in library()}
    found = []
    for prompt in prompts:
        if capacity and prompt.capacity != capacity:
            continue
        if role and role not in prompt.roles:
            continue
        if card and prompt.card != card:
            continue
        if (asks and prompt.asks != asks) or (answers and prompt.answers != answers):
            continue
        haystack = f"{prompt.text} {titles.get(prompt.card, '')}".casefold()
        if all(w in haystack for w in wanted):
            found.append(prompt)
    return found


def lead_in(prompt: Prompt) -> str:
    """How an inserted prompt appears in a section: a quoted line to write beneath."""
    return f"“{prompt.text}”\n"


def suggestions(
    found: Balance, role: str | None = None, per_gap: int = 2, vault: Vault | None = None
) -> list[Prompt]:
    """A few prompts for each capacity the recent sessions gave little room to."""
    picks: list[Prompt] = []
    pool = all_prompts(vault)
    for capacity in found.neglected_capacities():
        matching = find(pool, capacity=capacity, role=role) or find(pool, capacity=capacity)
        # Spread the picks across cards so the suggestions do not all tell one story.
        step = max(1, len(matching) // per_gap)
        picks += matching[::step][:per_gap]
    return picks


# -- custom prompts and packs ---------------------------------------------------------------


def save_custom(
    vault: Vault,
    capacity: str,
    text: str,
    roles: list[str] | None = None,
    prompt_id: str | None = None,
) -> dict[str, Any]:
    return repos.save(
        vault,
        "custom_prompts",
        {"id": prompt_id, "capacity": capacity, "roles": roles or [], "text": text.strip()},
    )


MAX_PACK_BYTES = 4_000_000  # hundreds of prompts; anything larger is not a pack


def _read_regular(path: Path, shown: str) -> bytes:
    """The bytes of an ordinary file, read with a limit. A device (``/dev/zero``, which never
    ends), a pipe (which waits for a writer) or a link to one is refused: the file is opened
    without waiting and checked as opened, so nothing can be swapped in between."""
    import stat

    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise BadInput(f"{shown} is not an ordinary file, so it cannot be a prompt pack")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(MAX_PACK_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_PACK_BYTES:
        raise BadInput(f"{shown} is too large to be a prompt pack")
    return data


def read_pack(path: Path) -> Card:
    path = Path(path)
    shown = shown_path(path)
    try:
        text = _read_regular(path, shown).decode("utf-8")
    except FileNotFoundError:
        raise BadInput(f"{shown} does not exist") from None
    except UnicodeDecodeError as exc:
        raise BadInput(f"{shown} is not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise BadInput(f"{shown} cannot be read: {exc.strerror}") from None
    return parse_card(strictjson.loads(text), custom=True)


def import_pack(vault: Vault, path: Path) -> int:
    """Add a pack's prompts as custom prompts (``pack-id/prompt-id``): all or nothing, and a
    second import of the same pack adds nothing."""
    card = read_pack(path)
    if card.id in {c.id for c in library()}:
        raise ValidationError("$.id", f"{card.id!r} is the id of a bundled card")
    added = 0
    with vault.write():
        for prompt in card.prompts:
            record = {
                "id": prompt.id,
                "capacity": prompt.capacity,
                "roles": list(prompt.roles),
                "text": prompt.text,
            }
            if repos.exists(vault, "custom_prompts", prompt.id):
                if repos.get(vault, "custom_prompts", prompt.id) != record:
                    raise ValidationError(
                        "$.prompts",
                        f"{prompt.id!r} is already in the vault with other words; "
                        "nothing was imported",
                    )
                continue
            repos.save(vault, "custom_prompts", record)
            added += 1
    return added


def export_pack(vault: Vault, path: Path, title: str = "My prompts") -> int:
    """Write the user's own prompts as a pack another vault can import."""
    groups: dict[str, list[dict[str, Any]]] = {}
    prompts = custom_prompts(vault)
    if not prompts:
        raise BadInput("There are no prompts of your own to export yet.")
    used: set[str] = set()
    for n, prompt in enumerate(prompts, start=1):
        local = prompt.id.split("/")[-1].lower()
        local = local if _ID.fullmatch(local) and local not in used else f"prompt-{n}"
        used.add(local)
        groups.setdefault(prompt.capacity, []).append(
            {"id": local, "roles": list(prompt.roles), "text": prompt.text}
        )
    doc = {
        "format": FORMAT,
        "id": CUSTOM_CARD,
        "title": title,
        "scenario": "Prompts written by the user.",
        "roles": list(PROMPT_ROLES),
        "feelings": [],
        "source": "Written by the user.",
        "prompts": groups,
    }
    parse_card(doc, custom=True)  # never write a pack we could not read back
    with atomic_output(Path(path)) as tmp:
        tmp.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(prompts)
