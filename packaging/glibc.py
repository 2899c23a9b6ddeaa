"""Which C library a Linux bundle needs: the newest GLIBC symbol version any of its ELF files
asks for (their .gnu.version_r sections), so a bundle built on a newer system than the oldest
one the README names is caught before anyone downloads it.

    python packaging/glibc.py dist/supervision-desk [--oldest 2.35]

Reads the files itself (a few dozen lines of the ELF format) so the check needs no binutils.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
SHT_GNU_VERNEED = 0x6FFFFFFE


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.removeprefix("GLIBC_").split("."))


def needed_versions(data: bytes) -> set[str]:
    """The GLIBC_x.y versions one ELF file (its bytes) needs; empty for anything else."""
    if data[:4] != ELF_MAGIC or len(data) < 64:
        return set()
    wide = data[4] == 2  # ELFCLASS64
    order = "<" if data[5] == 1 else ">"
    if wide:
        (shoff,) = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
    else:
        (shoff,) = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
    sections = []
    for index in range(shnum):
        at = shoff + index * shentsize
        if wide:
            _name, kind, _flags, _addr, offset, size, link, info = struct.unpack_from(
                order + "IIQQQQII", data, at
            )
        else:
            _name, kind, _flags, _addr, offset, size, link, info = struct.unpack_from(
                order + "IIIIIIII", data, at
            )
        sections.append((kind, offset, size, link, info))
    found = set()
    for kind, offset, _size, link, count in sections:
        if kind != SHT_GNU_VERNEED:
            continue
        strings = sections[link][1]
        entry = offset
        for _ in range(count):  # Elf_Verneed: version, count, file, aux, next
            _ver, aux_count, _file, aux, following = struct.unpack_from(
                order + "HHIII", data, entry
            )
            item = entry + aux
            for _ in range(aux_count):  # Elf_Vernaux: hash, flags, other, name, next
                _hash, _flags, _other, name, step = struct.unpack_from(order + "IHHII", data, item)
                start = strings + name
                label = data[start : data.index(b"\0", start)].decode("ascii", "replace")
                if label.startswith("GLIBC_") and label[6:7].isdigit():
                    found.add(label)
                item += step
            if not following:
                break
            entry += following
    return found


def newest_needed(folder: Path) -> tuple[tuple[int, ...], Path | None]:
    """The newest GLIBC version any file under ``folder`` needs, and one file that needs it."""
    newest: tuple[int, ...] = (0,)
    where = None
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != ELF_MAGIC:
                continue
        for name in needed_versions(path.read_bytes()):
            if _version(name) > newest:
                newest, where = _version(name), path
    return newest, where


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--oldest", help="the newest GLIBC the bundle may need, e.g. 2.35")
    args = parser.parse_args(argv)
    newest, where = newest_needed(args.bundle)
    shown = ".".join(map(str, newest))
    print(f"The bundle needs GLIBC {shown} or newer" + (f" ({where.name})" if where else ""))
    if args.oldest and newest > _version(args.oldest):
        print(f"Too new: the oldest system the README names has GLIBC {args.oldest}.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
