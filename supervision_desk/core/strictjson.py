"""Reading JSON strictly: what Python's reader lets through silently is an error here.

A key twice in one object (one value would be lost), integers beyond ±2^53 (other tools
read them wrongly, and thousands of digits cost time), NaN and Infinity (not JSON), and
nesting too deep to read are each refused with one plain line.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import BadInput
from .records import shown_key

LARGEST_INT = 2**53


def no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object in which a key appears twice is an error: one value would be lost."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise BadInput(f"the key {shown_key(key)!r} appears twice in one object")
        found[key] = value
    return found


def _int(text: str) -> int:
    # Refuse by length first: converting thousands of digits is itself slow.
    if len(text.lstrip("-")) > 16 or abs(int(text)) > LARGEST_INT:
        shown = text if len(text) <= 24 else f"{text[:12]}…({len(text)} digits)"
        raise BadInput(f"the number {shown} is out of range (beyond ±2^53)")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise BadInput(f"the number {text[:24]} is out of range")
    return value


def _constant(name: str) -> Any:
    raise BadInput(f"{name} is not a JSON number")


DECODER = json.JSONDecoder(
    object_pairs_hook=no_repeats, parse_int=_int, parse_float=_float, parse_constant=_constant
)


def loads(text: str) -> Any:
    try:
        return DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise BadInput(
            f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise BadInput("not valid JSON: nested too deeply") from None
