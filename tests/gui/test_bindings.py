"""The Qt bindings must not lose references to None: PySide6 6.12.0 did, one per call that
returns None, and an ordinary day of clicking crashed the app. Guarded here so an upgrade
cannot bring it back unnoticed."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QTableWidget


def test_calls_that_return_none_keep_none_alive(qtbot):
    names = QListWidget()
    qtbot.addWidget(names)
    item = QListWidgetItem("Sam")
    names.addItem(item)
    names.setCurrentRow(-1)
    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Any capacity")
    calls = (
        names.currentItem,
        lambda: names.item(9),
        lambda: item.data(Qt.UserRole),
        lambda: table.item(0, 0),
        table.currentItem,
        combo.currentData,
    )
    before = sys.getrefcount(None)
    for _ in range(500):
        for call in calls:
            assert call() is None
    # 3,000 calls: a leak would drop 3,000. Threads left by earlier tests in the same process
    # (a search, a backup) may let go of a few dozen references to None meanwhile.
    assert sys.getrefcount(None) >= before - 300
