"""Where a record stands, in the words each desk shows: the supervisor's line for a group
record names an attendee who has signed as agreed, not with the words meant for the
practitioner who signed ("you agreed...")."""

from __future__ import annotations

from supervision_desk.core import exchange
from supervision_desk.gui import desks as desk_words
from tests.core.test_exchange import Desks


def test_the_supervisor_reads_who_has_agreed_a_group_record(make_vault, tmp_path):
    desks = Desks(make_vault, tmp_path)
    try:
        desks.group()
        out = desks.file("group.sdx")
        exchange.send(desks.boss, "g1", out)
        exchange.receive(desks.sam, out)
        reply = desks.file("g-sam.sdx")
        exchange.agree(desks.sam, "g1", reply)
        exchange.receive(desks.boss, reply)
        line = desk_words.round_words(desks.boss, "g1")
        assert line == (
            "Sam Taylor: version 1 agreed and signed; "
            "Jo Patel: version 1 sent, awaiting their agreement"
        )
        assert "you" not in line
    finally:
        desks.close()
