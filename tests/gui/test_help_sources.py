"""Help → Standards and sources: complete citations, Morrison's model whole, and the UK
nations named."""

from __future__ import annotations

from supervision_desk.gui.help import HelpDialog


def test_standards_page_cites_fully_and_names_the_nations(qtbot):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    shown = " ".join(dialog.ui.browser.toPlainText().split())
    # Firmin & Owens with its full title, journal, volume, pages and DOI.
    assert "Holding it together? Professional perspectives on the role of relationships" in shown
    assert "International Journal on Child Maltreatment: Research, Policy and Practice" in shown
    assert "5(2), 231–255" in shown and "https://doi.org/10.1007/s42448-021-00106-5" in shown
    # Michel & Billingham with its publisher, series and an address.
    assert "London Innovation and Improvement Alliance" in shown and "ASIL" in shown
    assert "https://www.liia.london/" in shown
    # Morrison's three fours, the cycle his own.
    for words in ("Four functions", "Four stakeholders", "Four stages", "partner agencies"):
        assert words in shown
    assert "experience, reflection, analysis and action planning" in shown
    assert "not Kolb's" in shown
    # England as the scope, and the other nations' regulators.
    assert "those for England" in shown
    for body in ("Social Care Wales", "(SSSC)", "(NISCC)"):
        assert body in shown
