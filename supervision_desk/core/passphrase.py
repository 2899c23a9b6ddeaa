"""Judging and suggesting passphrases, for the create and change dialogs and the CLI."""

from __future__ import annotations

import secrets

from .errors import UsageError

MIN_SCORE = 3  # zxcvbn's 0-4 scale: 3 resists an offline attack of about 10^10 guesses
MAX_LENGTH = 1024

# Plain, easy-to-type words for suggestions: about 8 bits of chance per word.
_WORDS = """
acorn anchor apple arch arrow aspen autumn badge bakery bamboo banner barley basket beacon
beetle bell bench birch biscuit blanket blossom boat bonfire bottle bramble branch bread
breeze brick bridge brook bucket buckle bundle butter button cabin cable cactus camel candle
canoe canvas carpet carrot castle cedar cellar chalk channel chapel cherry chimney cider
circle citrus cliff clover cobble comet compass copper coral cotton cousin cradle crane
crayon creek cricket crystal cupboard curtain cushion daisy dawn delta desert dial dolphin
donkey dragon drum dune eagle easel echo elbow ember engine falcon feather fennel ferry
fiddle field fig flag flint forest fossil fountain fox garden garlic gate gecko ginger
glacier glove goose granite grape gravel guitar hammer harbour harvest hazel heron hill
honey horizon hut iris island ivy jacket jigsaw jungle kettle kite ladder lagoon lamp
lantern larch lemon lily linen lizard lobster locket maple marble meadow melon mill mirror
mitten moss mountain muffin needle nest nutmeg oak oasis ocean olive onion orbit orchard
otter owl paddle panda paper parcel pebble pepper piano pigeon pillow pine planet plum
pocket pond poppy puzzle quarry quill rabbit radish rainbow raven reef ribbon river robin
rocket saddle saffron sail salmon sandal satchel scarf shell shovel silver sledge slope
snail sparrow spindle spruce squirrel stable station stone straw stream sugar summit swallow
table teapot thimble thistle thunder tiger timber toffee tower tractor trail tulip tunnel
turnip umbrella valley velvet violet wagon walnut walrus willow window winter wren yarrow
yacht zebra
""".split()


def from_line(line: bytes, source: str, limit: int) -> str:
    """The passphrase in one line read from a file: without a byte-order mark, the line
    ending or trailing spaces (an editor adds them unseen)."""
    if len(line) > limit:
        raise UsageError(f"{source} does not hold a passphrase (its first line is too long)")
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{source} is not UTF-8 text") from None
    secret = text.rstrip("\r\n").rstrip(" \t")
    if "\x00" in secret:
        raise UsageError(f"{source} does not hold a passphrase (it holds NUL bytes)")
    if not secret:
        raise UsageError(f"{source} is empty")
    if len(secret) > MAX_LENGTH:
        raise UsageError(f"{source}: the passphrase is longer than {MAX_LENGTH} characters")
    return secret


def assess(passphrase: str, hints: list[str] | None = None) -> tuple[int, str]:
    """A score from 0 to 4 and, when weak, a reason a person can act on."""
    if not passphrase:
        return 0, "Enter a passphrase."
    from zxcvbn import zxcvbn  # its dictionaries load only when a passphrase is judged

    result = zxcvbn(passphrase[:100], user_inputs=[h for h in (hints or []) if h])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    reason = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
    if score < MIN_SCORE and not reason:
        reason = "It would be guessed too quickly; add more words."
    return score, reason if score < MIN_SCORE else ""


def require_strong(passphrase: str, hints: list[str] | None = None) -> None:
    if len(passphrase) > MAX_LENGTH:
        raise UsageError(f"The passphrase is longer than {MAX_LENGTH} characters.")
    score, reason = assess(passphrase, hints)
    if score < MIN_SCORE:
        raise UsageError(f"That passphrase is too weak: {reason}")


def suggest(words: int = 6) -> str:
    """Random words from a fixed list: six give about 47 bits, then stretched by Argon2id."""
    return " ".join(secrets.choice(_WORDS) for _ in range(words))
