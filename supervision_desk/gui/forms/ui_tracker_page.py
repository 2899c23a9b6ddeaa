# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tracker_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QListView,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_TrackerPage(object):
    def setupUi(self, TrackerPage):
        if not TrackerPage.objectName():
            TrackerPage.setObjectName(u"TrackerPage")
        self.layout = QVBoxLayout(TrackerPage)
        self.layout.setObjectName(u"layout")
        self.trackerHeading = QLabel(TrackerPage)
        self.trackerHeading.setObjectName(u"trackerHeading")
        self.trackerHeading.setWordWrap(True)

        self.layout.addWidget(self.trackerHeading)

        self.toolsRow = QHBoxLayout()
        self.toolsRow.setObjectName(u"toolsRow")
        self.attentionOnly = QCheckBox(TrackerPage)
        self.attentionOnly.setObjectName(u"attentionOnly")

        self.toolsRow.addWidget(self.attentionOnly)

        self.toolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsRow.addItem(self.toolsSpacer)

        self.heldButton = QPushButton(TrackerPage)
        self.heldButton.setObjectName(u"heldButton")

        self.toolsRow.addWidget(self.heldButton)

        self.csvButton = QPushButton(TrackerPage)
        self.csvButton.setObjectName(u"csvButton")

        self.toolsRow.addWidget(self.csvButton)

        self.icsButton = QPushButton(TrackerPage)
        self.icsButton.setObjectName(u"icsButton")

        self.toolsRow.addWidget(self.icsButton)


        self.layout.addLayout(self.toolsRow)

        self.splitter = QSplitter(TrackerPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.splitter.addWidget(self.table)
        self.detail = QWidget(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detailLayout = QHBoxLayout(self.detail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.chartColumn = QVBoxLayout()
        self.chartColumn.setObjectName(u"chartColumn")
        self.personHeading = QLabel(self.detail)
        self.personHeading.setObjectName(u"personHeading")
        self.personHeading.setWordWrap(True)

        self.chartColumn.addWidget(self.personHeading)

        self.chartHost = QWidget(self.detail)
        self.chartHost.setObjectName(u"chartHost")
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.chartColumn.addWidget(self.chartHost)

        self.explain = QLabel(self.detail)
        self.explain.setObjectName(u"explain")
        self.explain.setWordWrap(True)
        self.explain.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.chartColumn.addWidget(self.explain)


        self.detailLayout.addLayout(self.chartColumn)

        self.casesColumn = QVBoxLayout()
        self.casesColumn.setObjectName(u"casesColumn")
        self.casesHeading = QLabel(self.detail)
        self.casesHeading.setObjectName(u"casesHeading")

        self.casesColumn.addWidget(self.casesHeading)

        self.casesTable = QTableView(self.detail)
        self.casesTable.setObjectName(u"casesTable")
        self.casesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.casesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.casesTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.casesColumn.addWidget(self.casesTable)

        self.caseButtons = QHBoxLayout()
        self.caseButtons.setObjectName(u"caseButtons")
        self.allocateButton = QPushButton(self.detail)
        self.allocateButton.setObjectName(u"allocateButton")

        self.caseButtons.addWidget(self.allocateButton)

        self.closeCaseButton = QPushButton(self.detail)
        self.closeCaseButton.setObjectName(u"closeCaseButton")

        self.caseButtons.addWidget(self.closeCaseButton)

        self.showClosed = QCheckBox(self.detail)
        self.showClosed.setObjectName(u"showClosed")

        self.caseButtons.addWidget(self.showClosed)


        self.casesColumn.addLayout(self.caseButtons)

        self.concernsHeading = QLabel(self.detail)
        self.concernsHeading.setObjectName(u"concernsHeading")
        self.concernsHeading.setWordWrap(True)

        self.casesColumn.addWidget(self.concernsHeading)

        self.concernsList = QListView(self.detail)
        self.concernsList.setObjectName(u"concernsList")

        self.casesColumn.addWidget(self.concernsList)

        self.concernButtons = QHBoxLayout()
        self.concernButtons.setObjectName(u"concernButtons")
        self.concernButton = QPushButton(self.detail)
        self.concernButton.setObjectName(u"concernButton")

        self.concernButtons.addWidget(self.concernButton)

        self.resolveButton = QPushButton(self.detail)
        self.resolveButton.setObjectName(u"resolveButton")

        self.concernButtons.addWidget(self.resolveButton)


        self.casesColumn.addLayout(self.concernButtons)


        self.detailLayout.addLayout(self.casesColumn)

        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(TrackerPage)

        QMetaObject.connectSlotsByName(TrackerPage)
    # setupUi

    def retranslateUi(self, TrackerPage):
        self.trackerHeading.setText(QCoreApplication.translate("TrackerPage", u"Workload and supervision", None))
        self.attentionOnly.setText(QCoreApplication.translate("TrackerPage", u"Only people who &need attention", None))
        self.heldButton.setText(QCoreApplication.translate("TrackerPage", u"&Was it held?\u2026", None))
#if QT_CONFIG(tooltip)
        self.heldButton.setToolTip(QCoreApplication.translate("TrackerPage", u"A planned session whose date has passed: say whether it was held", None))
#endif // QT_CONFIG(tooltip)
        self.csvButton.setText(QCoreApplication.translate("TrackerPage", u"E&xport CSV\u2026", None))
        self.icsButton.setText(QCoreApplication.translate("TrackerPage", u"Export c&alendar\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("TrackerPage", u"Team dashboard", None))
#endif // QT_CONFIG(accessibility)
        self.personHeading.setText("")
#if QT_CONFIG(accessibility)
        self.chartHost.setAccessibleName(QCoreApplication.translate("TrackerPage", u"Caseload and supervision per month", None))
#endif // QT_CONFIG(accessibility)
        self.explain.setText("")
#if QT_CONFIG(accessibility)
        self.explain.setAccessibleName(QCoreApplication.translate("TrackerPage", u"How these figures were worked out", None))
#endif // QT_CONFIG(accessibility)
        self.casesHeading.setText(QCoreApplication.translate("TrackerPage", u"Cases", None))
#if QT_CONFIG(accessibility)
        self.casesTable.setAccessibleName(QCoreApplication.translate("TrackerPage", u"Cases", None))
#endif // QT_CONFIG(accessibility)
        self.allocateButton.setText(QCoreApplication.translate("TrackerPage", u"A&llocate a case\u2026", None))
        self.closeCaseButton.setText(QCoreApplication.translate("TrackerPage", u"Cl&ose case\u2026", None))
        self.showClosed.setText(QCoreApplication.translate("TrackerPage", u"Show closed", None))
        self.concernsHeading.setText(QCoreApplication.translate("TrackerPage", u"Workload concerns (LGA Standard 3)", None))
#if QT_CONFIG(accessibility)
        self.concernsList.setAccessibleName(QCoreApplication.translate("TrackerPage", u"Workload concerns", None))
#endif // QT_CONFIG(accessibility)
        self.concernButton.setText(QCoreApplication.translate("TrackerPage", u"Record a &concern\u2026", None))
        self.resolveButton.setText(QCoreApplication.translate("TrackerPage", u"Re&solve\u2026", None))
        pass
    # retranslateUi

