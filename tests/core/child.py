"""A child process for kill and disk-full tests: ``python child.py ACTION VAULT PASSPHRASE``.

write: adds sessions forever, printing each id after its transaction committed.
passwd / backup: one passphrase change or backup, then prints "done".
fill: like write, under a small file-size limit, until the vault says the disk is full.
"""

from __future__ import annotations

import resource
import signal
import sys

from supervision_desk.core import kdf, repos
from supervision_desk.core.errors import VaultWriteError
from supervision_desk.core.vault import Vault


def session_for(n: int) -> dict:
    words = f"entry {n} " * (20 + n % 50)
    return {
        "id": f"s{n}",
        "person": "p1",
        "date": "2026-03-09",
        "minutes": 90,
        "attunement": "A" + words,
        "analysis": "B" + words,
        "allocation": "C" + words,
        "adaptation": "D" + words,
        "tags": [f"t{n}"],
    }


def write_forever(vault: Vault, pad: int = 0) -> None:
    n = vault.conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
    while True:
        record = session_for(n)
        if pad:
            record["agenda"] = "x" * pad
        with vault.write():
            repos.save(vault, "sessions", record)
            repos.save(vault, "actions", {"id": f"a{n}", "session": f"s{n}", "text": f"do {n}"})
        print(n, flush=True)
        n += 1


def main() -> None:
    action, path, passphrase = sys.argv[1:4]
    if action == "fill":
        limit = int(sys.argv[4])
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    vault = Vault.open(path, passphrase)
    print("open", flush=True)
    if action == "write":
        write_forever(vault)
    elif action == "fill":
        try:
            write_forever(vault, pad=50_000)
        except VaultWriteError as exc:
            print(f"error {exc}", flush=True)
    elif action == "passwd":
        vault.change_passphrase(sys.argv[4], profile=kdf.FAST)
        print("done", flush=True)
    elif action == "backup":
        vault.backup(sys.argv[4])
        print("done", flush=True)
    vault.close()


if __name__ == "__main__":
    main()
