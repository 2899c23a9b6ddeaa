# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PeoplePage(object):
    def setupUi(self, PeoplePage):
        if not PeoplePage.objectName():
            PeoplePage.setObjectName(u"PeoplePage")
        self.layout = QHBoxLayout(PeoplePage)
        self.layout.setObjectName(u"layout")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.peopleHeading = QLabel(PeoplePage)
        self.peopleHeading.setObjectName(u"peopleHeading")
        self.peopleHeading.setWordWrap(True)

        self.listColumn.addWidget(self.peopleHeading)

        self.peopleList = QListView(PeoplePage)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setMaximumSize(QSize(320, 16777215))

        self.listColumn.addWidget(self.peopleList)

        self.showArchived = QCheckBox(PeoplePage)
        self.showArchived.setObjectName(u"showArchived")

        self.listColumn.addWidget(self.showArchived)

        self.personButtons = QHBoxLayout()
        self.personButtons.setObjectName(u"personButtons")
        self.addPersonButton = QPushButton(PeoplePage)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.personButtons.addWidget(self.addPersonButton)

        self.editPersonButton = QPushButton(PeoplePage)
        self.editPersonButton.setObjectName(u"editPersonButton")

        self.personButtons.addWidget(self.editPersonButton)

        self.archivePersonButton = QPushButton(PeoplePage)
        self.archivePersonButton.setObjectName(u"archivePersonButton")

        self.personButtons.addWidget(self.archivePersonButton)

        self.agreementButton = QPushButton(PeoplePage)
        self.agreementButton.setObjectName(u"agreementButton")

        self.personButtons.addWidget(self.agreementButton)

        self.asyeButton = QPushButton(PeoplePage)
        self.asyeButton.setObjectName(u"asyeButton")

        self.personButtons.addWidget(self.asyeButton)

        self.deletePersonButton = QPushButton(PeoplePage)
        self.deletePersonButton.setObjectName(u"deletePersonButton")

        self.personButtons.addWidget(self.deletePersonButton)


        self.listColumn.addLayout(self.personButtons)


        self.layout.addLayout(self.listColumn)

        self.detailColumn = QVBoxLayout()
        self.detailColumn.setObjectName(u"detailColumn")
        self.personTitle = QLabel(PeoplePage)
        self.personTitle.setObjectName(u"personTitle")
        self.personTitle.setWordWrap(True)

        self.detailColumn.addWidget(self.personTitle)

        self.personFacts = QLabel(PeoplePage)
        self.personFacts.setObjectName(u"personFacts")
        self.personFacts.setWordWrap(True)

        self.detailColumn.addWidget(self.personFacts)

        self.pairingLayout = QHBoxLayout()
        self.pairingLayout.setObjectName(u"pairingLayout")
        self.pairingLabel = QLabel(PeoplePage)
        self.pairingLabel.setObjectName(u"pairingLabel")
        self.pairingLabel.setWordWrap(True)

        self.pairingLayout.addWidget(self.pairingLabel)

        self.pairButton = QPushButton(PeoplePage)
        self.pairButton.setObjectName(u"pairButton")

        self.pairingLayout.addWidget(self.pairButton)

        self.unpairButton = QPushButton(PeoplePage)
        self.unpairButton.setObjectName(u"unpairButton")

        self.pairingLayout.addWidget(self.unpairButton)

        self.pairingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pairingLayout.addItem(self.pairingSpacer)


        self.detailColumn.addLayout(self.pairingLayout)

        self.nextDue = QLabel(PeoplePage)
        self.nextDue.setObjectName(u"nextDue")
        self.nextDue.setWordWrap(True)

        self.detailColumn.addWidget(self.nextDue)

        self.wellbeingLabel = QLabel(PeoplePage)
        self.wellbeingLabel.setObjectName(u"wellbeingLabel")
        self.wellbeingLabel.setWordWrap(True)

        self.detailColumn.addWidget(self.wellbeingLabel)

        self.sessionsHeading = QLabel(PeoplePage)
        self.sessionsHeading.setObjectName(u"sessionsHeading")
        self.sessionsHeading.setWordWrap(True)

        self.detailColumn.addWidget(self.sessionsHeading)

        self.sessionList = QListView(PeoplePage)
        self.sessionList.setObjectName(u"sessionList")

        self.detailColumn.addWidget(self.sessionList)

        self.sessionButtons = QHBoxLayout()
        self.sessionButtons.setObjectName(u"sessionButtons")
        self.newSessionButton = QPushButton(PeoplePage)
        self.newSessionButton.setObjectName(u"newSessionButton")

        self.sessionButtons.addWidget(self.newSessionButton)

        self.openSessionButton = QPushButton(PeoplePage)
        self.openSessionButton.setObjectName(u"openSessionButton")

        self.sessionButtons.addWidget(self.openSessionButton)

        self.deleteSessionButton = QPushButton(PeoplePage)
        self.deleteSessionButton.setObjectName(u"deleteSessionButton")

        self.sessionButtons.addWidget(self.deleteSessionButton)

        self.olderButton = QPushButton(PeoplePage)
        self.olderButton.setObjectName(u"olderButton")

        self.sessionButtons.addWidget(self.olderButton)

        self.heldButton = QPushButton(PeoplePage)
        self.heldButton.setObjectName(u"heldButton")

        self.sessionButtons.addWidget(self.heldButton)

        self.sessionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionButtons.addItem(self.sessionSpacer)


        self.detailColumn.addLayout(self.sessionButtons)

        self.actionsHeadingRow = QHBoxLayout()
        self.actionsHeadingRow.setObjectName(u"actionsHeadingRow")
        self.actionsHeading = QLabel(PeoplePage)
        self.actionsHeading.setObjectName(u"actionsHeading")
        self.actionsHeading.setWordWrap(True)

        self.actionsHeadingRow.addWidget(self.actionsHeading)

        self.allActionsButton = QPushButton(PeoplePage)
        self.allActionsButton.setObjectName(u"allActionsButton")

        self.actionsHeadingRow.addWidget(self.allActionsButton)


        self.detailColumn.addLayout(self.actionsHeadingRow)

        self.openActions = QListView(PeoplePage)
        self.openActions.setObjectName(u"openActions")
        self.openActions.setMaximumSize(QSize(16777215, 160))

        self.detailColumn.addWidget(self.openActions)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.markDoneButton = QPushButton(PeoplePage)
        self.markDoneButton.setObjectName(u"markDoneButton")

        self.actionButtons.addWidget(self.markDoneButton)

        self.reopenActionButton = QPushButton(PeoplePage)
        self.reopenActionButton.setObjectName(u"reopenActionButton")

        self.actionButtons.addWidget(self.reopenActionButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)


        self.detailColumn.addLayout(self.actionButtons)

        self.balanceHeading = QLabel(PeoplePage)
        self.balanceHeading.setObjectName(u"balanceHeading")
        self.balanceHeading.setWordWrap(True)

        self.detailColumn.addWidget(self.balanceHeading)

        self.balanceHost = QWidget(PeoplePage)
        self.balanceHost.setObjectName(u"balanceHost")
        self.balanceLayout = QVBoxLayout(self.balanceHost)
        self.balanceLayout.setObjectName(u"balanceLayout")
        self.balanceLayout.setContentsMargins(0, 0, 0, 0)

        self.detailColumn.addWidget(self.balanceHost)


        self.layout.addLayout(self.detailColumn)


        self.retranslateUi(PeoplePage)

        QMetaObject.connectSlotsByName(PeoplePage)
    # setupUi

    def retranslateUi(self, PeoplePage):
        self.peopleHeading.setText(QCoreApplication.translate("PeoplePage", u"People you supervise", None))
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("PeoplePage", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.showArchived.setText(QCoreApplication.translate("PeoplePage", u"Show arch&ived", None))
        self.addPersonButton.setText(QCoreApplication.translate("PeoplePage", u"&Add person\u2026", None))
        self.editPersonButton.setText(QCoreApplication.translate("PeoplePage", u"Edi&t\u2026", None))
        self.archivePersonButton.setText(QCoreApplication.translate("PeoplePage", u"Ar&chive", None))
        self.agreementButton.setText(QCoreApplication.translate("PeoplePage", u"A&greement\u2026", None))
#if QT_CONFIG(tooltip)
        self.agreementButton.setToolTip(QCoreApplication.translate("PeoplePage", u"The supervision agreement with this person", None))
#endif // QT_CONFIG(tooltip)
        self.asyeButton.setText(QCoreApplication.translate("PeoplePage", u"AS&YE year\u2026", None))
#if QT_CONFIG(tooltip)
        self.asyeButton.setToolTip(QCoreApplication.translate("PeoplePage", u"Reviews, protected time, observations and self-assessment in the assessed first year", None))
#endif // QT_CONFIG(tooltip)
        self.deletePersonButton.setText(QCoreApplication.translate("PeoplePage", u"De&lete\u2026", None))
        self.personTitle.setText("")
        self.personFacts.setText("")
#if QT_CONFIG(accessibility)
        self.personFacts.setAccessibleName(QCoreApplication.translate("PeoplePage", u"About this person", None))
#endif // QT_CONFIG(accessibility)
        self.pairingLabel.setText("")
#if QT_CONFIG(accessibility)
        self.pairingLabel.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Pairing with their desk", None))
#endif // QT_CONFIG(accessibility)
        self.pairButton.setText(QCoreApplication.translate("PeoplePage", u"&Pair with a contact file\u2026", None))
#if QT_CONFIG(tooltip)
        self.pairButton.setToolTip(QCoreApplication.translate("PeoplePage", u"Trust their desk's contact file, once you have compared fingerprints in person", None))
#endif // QT_CONFIG(tooltip)
        self.unpairButton.setText(QCoreApplication.translate("PeoplePage", u"&Unpair\u2026", None))
#if QT_CONFIG(tooltip)
        self.unpairButton.setToolTip(QCoreApplication.translate("PeoplePage", u"Undo this pairing: nothing more goes to that desk until you pair again", None))
#endif // QT_CONFIG(tooltip)
        self.nextDue.setText("")
#if QT_CONFIG(accessibility)
        self.nextDue.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Next supervision due", None))
#endif // QT_CONFIG(accessibility)
        self.wellbeingLabel.setText("")
#if QT_CONFIG(accessibility)
        self.wellbeingLabel.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Wellbeing over time", None))
#endif // QT_CONFIG(accessibility)
        self.sessionsHeading.setText(QCoreApplication.translate("PeoplePage", u"Sessions (newest first)", None))
#if QT_CONFIG(accessibility)
        self.sessionList.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Sessions", None))
#endif // QT_CONFIG(accessibility)
        self.newSessionButton.setText(QCoreApplication.translate("PeoplePage", u"&New session", None))
        self.openSessionButton.setText(QCoreApplication.translate("PeoplePage", u"&Open", None))
        self.deleteSessionButton.setText(QCoreApplication.translate("PeoplePage", u"&Delete\u2026", None))
        self.olderButton.setText(QCoreApplication.translate("PeoplePage", u"&Show older sessions", None))
#if QT_CONFIG(tooltip)
        self.olderButton.setToolTip(QCoreApplication.translate("PeoplePage", u"Add the next older sessions to the list", None))
#endif // QT_CONFIG(tooltip)
        self.heldButton.setText(QCoreApplication.translate("PeoplePage", u"&Was it held?\u2026", None))
#if QT_CONFIG(tooltip)
        self.heldButton.setToolTip(QCoreApplication.translate("PeoplePage", u"A planned session whose date has passed: say whether it was held", None))
#endif // QT_CONFIG(tooltip)
        self.actionsHeading.setText(QCoreApplication.translate("PeoplePage", u"Open actions", None))
        self.allActionsButton.setText(QCoreApplication.translate("PeoplePage", u"Show all open actions", None))
#if QT_CONFIG(tooltip)
        self.allActionsButton.setToolTip(QCoreApplication.translate("PeoplePage", u"List every open action of this person's sessions", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openActions.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Open actions", None))
#endif // QT_CONFIG(accessibility)
        self.markDoneButton.setText(QCoreApplication.translate("PeoplePage", u"&Mark done", None))
#if QT_CONFIG(tooltip)
        self.markDoneButton.setToolTip(QCoreApplication.translate("PeoplePage", u"Mark the chosen action from your supervisor's record done on your desk; their record stays as agreed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.markDoneButton.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Mark done", None))
#endif // QT_CONFIG(accessibility)
        self.reopenActionButton.setText(QCoreApplication.translate("PeoplePage", u"Reopen", None))
#if QT_CONFIG(tooltip)
        self.reopenActionButton.setToolTip(QCoreApplication.translate("PeoplePage", u"Take back your mark: the action is open on your desk again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reopenActionButton.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Reopen", None))
#endif // QT_CONFIG(accessibility)
        self.balanceHeading.setText(QCoreApplication.translate("PeoplePage", u"Balance of recent supervision", None))
#if QT_CONFIG(accessibility)
        self.balanceHost.setAccessibleName(QCoreApplication.translate("PeoplePage", u"Balance of recent supervision", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

