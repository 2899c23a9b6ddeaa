"""Prompts in the app: find, insert into the right section, record the id; the balance view;
writing prompts of one's own."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supervision_desk.core import prompts, repos
from supervision_desk.gui import main_window as mw
from tests.gui.conftest import open_window
from tests.gui.test_screenshots import _save


def _window(qtbot, controller, filled_vault):
    return open_window(qtbot, controller, filled_vault, (1400, 860))


def test_insert_a_prompt_into_a_session(qtbot, controller, filled_vault):
    window = _window(qtbot, controller, filled_vault)
    window.open_session("s1")
    panel = window.editor.prompts
    qtbot.keyClicks(panel.ui.searchEdit, "police share")
    qtbot.waitUntil(lambda: panel.ui.countLabel.text() == "1 prompt", timeout=2000)
    panel.ui.promptList.setCurrentRow(0)
    assert "Trust under strain" in panel.ui.cardInfo.text()
    qtbot.mouseClick(panel.ui.insertButton, Qt.LeftButton)
    analysis = window.editor.section("analysis").toPlainText()
    assert analysis.startswith("Peer group shifted.\n“If you share what you know with the police")
    qtbot.keyClicks(window.editor.section("analysis"), "He would feel betrayed.")
    window.editor.flush()
    stored = repos.get(controller.vault, "sessions", "s1")
    assert stored["prompts_used"] == ["trust-under-strain/analysis-4"]
    assert stored["analysis"].endswith("”\nHe would feel betrayed.")
    _save(window, "prompts-panel-light")


def test_filters_narrow_to_role_capacity_and_scenario(qtbot, controller, filled_vault):
    window = _window(qtbot, controller, filled_vault)
    window.open_session("s1")
    panel = window.editor.prompts
    total = panel.ui.promptList.count()
    panel.set_filters(capacity="allocation", role="strategic_leader")
    shown = [
        panel.ui.promptList.item(i).data(Qt.UserRole) for i in range(panel.ui.promptList.count())
    ]
    assert 0 < len(shown) < total
    assert all(p.capacity == "allocation" and "strategic_leader" in p.roles for p in shown)
    panel.set_filters(card="relocation")
    assert panel.ui.countLabel.text() == "21 prompts"


def test_questions_to_ask_my_supervisee(qtbot, controller, filled_vault):
    """Filtered by who asks and who answers, the panel shows only those prompts."""
    window = _window(qtbot, controller, filled_vault)
    window.open_session("s1")
    panel = window.editor.prompts
    panel.set_filters()
    everything = panel.ui.promptList.count()
    combo = panel.ui.asksCombo
    combo.setCurrentIndex(combo.findText("The supervisor"))  # as a user picks it
    asked = [
        panel.ui.promptList.item(i).data(Qt.UserRole) for i in range(panel.ui.promptList.count())
    ]
    assert 0 < len(asked) < everything
    assert all(p.asks == "supervisor" for p in asked)
    # A manager's questions to themself are among them; asking the supervisee leaves them out.
    assert any(p.answers == "supervisor" for p in asked)
    panel.ui.answersCombo.setCurrentIndex(panel.ui.answersCombo.findText("The practitioner"))
    to_supervisee = [
        panel.ui.promptList.item(i).data(Qt.UserRole) for i in range(panel.ui.promptList.count())
    ]
    assert 0 < len(to_supervisee) < len(asked)
    assert all((p.asks, p.answers) == ("supervisor", "practitioner") for p in to_supervisee)
    assert panel.ui.countLabel.text() == f"{len(to_supervisee)} prompts"
    assert "asked by the supervisor, answered by the practitioner" in (
        panel.ui.promptList.item(0).toolTip()
    )
    _save(window, "prompts-asked-by-supervisor")


def test_balance_view_names_what_supervision_missed(qtbot, controller, filled_vault):
    window = _window(qtbot, controller, filled_vault)
    window.show_section(mw.PEOPLE)
    balance = window.people.balance
    assert (
        "In the last session, little room went to attunement, allocation, adaptation"
        in balance.note.text()
    )
    assert balance.suggested.count() >= 2
    capacities = {
        balance.suggested.item(i).data(Qt.UserRole).capacity
        for i in range(balance.suggested.count())
    }
    assert capacities <= {"attunement", "allocation", "adaptation"}
    assert "Analysis: 1 of 1" in balance.chart.toolTip()
    _save(window, "balance-view-light")


def test_journal_insert_tags_the_capacity(qtbot, controller, filled_vault):
    window = _window(qtbot, controller, filled_vault)
    window.show_section(mw.JOURNAL)
    panel = window.journal.prompts
    panel.set_filters(capacity="adaptation", card="agency-without-blame")
    panel.ui.promptList.setCurrentRow(0)
    qtbot.mouseClick(panel.ui.insertButton, Qt.LeftButton)
    assert window.journal.entry is not None
    assert window.journal.boxes["adaptation"].isChecked()
    window.journal.flush()
    entry = repos.get(controller.vault, "journal", window.journal.entry["id"])
    assert entry["body"].startswith("“How could they lead part of their own review?”")
    assert entry["capacities"] == ["adaptation"]


def test_write_export_and_import_my_own_prompts(qtbot, controller, filled_vault, tmp_path):
    window = _window(qtbot, controller, filled_vault)
    window.show_section(mw.PROMPTS)
    page = window.prompts
    dialog = page.add()
    ok = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert dialog.ui.message.text() == "Write the prompt."
    dialog.ui.capacityCombo.setCurrentIndex(dialog.ui.capacityCombo.findData("aliveness"))
    dialog.ui.textEdit.setPlainText("What made them laugh this week?")
    qtbot.mouseClick(ok, Qt.LeftButton)
    assert page.panel.ui.promptList.count() == 1
    page.panel.ui.promptList.setCurrentRow(0)
    pack = tmp_path / "mine.json"
    page.export_pack(pack)
    assert "Exported 1 prompts" in page.ui.message.text()
    page.remove(confirm=False)
    assert page.panel.ui.promptList.count() == 0
    page.import_pack(pack)
    assert page.ui.message.text() == "Imported 1 prompt."
    assert [p.text for p in prompts.custom_prompts(controller.vault)] == [
        "What made them laugh this week?"
    ]
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "nope"}', encoding="utf-8")
    page.import_pack(broken)
    assert page.ui.message.text().startswith("Not imported: $.format")
    _save(window, "prompts-page-light")


def test_broken_prompt_packs_each_get_one_plain_message(qtbot, controller, filled_vault, tmp_path):
    window = _window(qtbot, controller, filled_vault)
    window.show_section(mw.PROMPTS)
    page = window.prompts
    good = (
        '{"format": "supervision-desk-prompts/1", "id": "mine", "title": "T", "roles": '
        '["supervisor"], "prompts": {"analysis": [{"id": "a", "text": "%s"}]}}'
    )
    hostile = {
        "nested.json": "[" * 100_000 + "]" * 100_000,
        "digits.json": '{"format": ' + "9" * 4000 + "}",
        "surrogate.json": good % "Why \\ud800?",
        "escape.json": '{"format": "x", "\\u001b[2Jboom": 1}',
        "repeated.json": '{"id": "a", "id": "b"}',
        "binary.json": b"\xff\xfe\x00\x01",
        "huge.json": " " * (prompts.MAX_PACK_BYTES + 1),
    }
    before = len(prompts.custom_prompts(controller.vault))
    for name, content in hostile.items():
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        page.import_pack(path)
        message = page.ui.message.text()
        assert message.startswith("Not imported: "), (name, message)
        assert "\n" not in message and "\x1b" not in message, name
    assert len(prompts.custom_prompts(controller.vault)) == before
