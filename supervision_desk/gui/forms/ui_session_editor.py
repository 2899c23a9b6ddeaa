# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget)

from supervision_desk.gui.date_field import UkDateEdit
from supervision_desk.gui.time_field import TimeBox

class Ui_SessionEditor(object):
    def setupUi(self, SessionEditor):
        if not SessionEditor.objectName():
            SessionEditor.setObjectName(u"SessionEditor")
        SessionEditor.resize(860, 900)
        self.outer = QVBoxLayout(SessionEditor)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(SessionEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.scroll = QScrollArea(self.splitter)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.personLabel = QLabel(self.content)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.personLabel)

        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.dateLabel = QLabel(self.content)
        self.dateLabel.setObjectName(u"dateLabel")

        self.headerRow.addWidget(self.dateLabel)

        self.dateEdit = UkDateEdit(self.content)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.headerRow.addWidget(self.dateEdit)

        self.startLabel = QLabel(self.content)
        self.startLabel.setObjectName(u"startLabel")

        self.headerRow.addWidget(self.startLabel)

        self.startEdit = TimeBox(self.content)
        self.startEdit.setObjectName(u"startEdit")

        self.headerRow.addWidget(self.startEdit)

        self.minutesLabel = QLabel(self.content)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.headerRow.addWidget(self.minutesLabel)

        self.minutesSpin = QSpinBox(self.content)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(1)
        self.minutesSpin.setMaximum(600)
        self.minutesSpin.setValue(90)

        self.headerRow.addWidget(self.minutesSpin)

        self.kindLabel = QLabel(self.content)
        self.kindLabel.setObjectName(u"kindLabel")

        self.headerRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(self.content)
        self.kindCombo.setObjectName(u"kindCombo")

        self.headerRow.addWidget(self.kindCombo)

        self.statusLabel = QLabel(self.content)
        self.statusLabel.setObjectName(u"statusLabel")

        self.headerRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(self.content)
        self.statusCombo.setObjectName(u"statusCombo")

        self.headerRow.addWidget(self.statusCombo)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)


        self.contentLayout.addLayout(self.headerRow)

        self.sealBar = QFrame(self.content)
        self.sealBar.setObjectName(u"sealBar")
        self.sealBar.setFrameShape(QFrame.StyledPanel)
        self.sealLayout = QHBoxLayout(self.sealBar)
        self.sealLayout.setObjectName(u"sealLayout")
        self.sealLabel = QLabel(self.sealBar)
        self.sealLabel.setObjectName(u"sealLabel")
        self.sealLabel.setWordWrap(True)

        self.sealLayout.addWidget(self.sealLabel)

        self.amendButton = QPushButton(self.sealBar)
        self.amendButton.setObjectName(u"amendButton")

        self.sealLayout.addWidget(self.amendButton)

        self.changeAnywayButton = QPushButton(self.sealBar)
        self.changeAnywayButton.setObjectName(u"changeAnywayButton")

        self.sealLayout.addWidget(self.changeAnywayButton)

        self.saveAmendButton = QPushButton(self.sealBar)
        self.saveAmendButton.setObjectName(u"saveAmendButton")

        self.sealLayout.addWidget(self.saveAmendButton)

        self.discardAmendButton = QPushButton(self.sealBar)
        self.discardAmendButton.setObjectName(u"discardAmendButton")

        self.sealLayout.addWidget(self.discardAmendButton)


        self.contentLayout.addWidget(self.sealBar)

        self.groupBox = QGroupBox(self.content)
        self.groupBox.setObjectName(u"groupBox")
        self.groupLayout = QVBoxLayout(self.groupBox)
        self.groupLayout.setObjectName(u"groupLayout")
        self.attendeesList = QListWidget(self.groupBox)
        self.attendeesList.setObjectName(u"attendeesList")
        self.attendeesList.setMaximumSize(QSize(16777215, 120))

        self.groupLayout.addWidget(self.attendeesList)

        self.groupSizeRow = QHBoxLayout()
        self.groupSizeRow.setObjectName(u"groupSizeRow")
        self.groupSizeLabel = QLabel(self.groupBox)
        self.groupSizeLabel.setObjectName(u"groupSizeLabel")

        self.groupSizeRow.addWidget(self.groupSizeLabel)

        self.groupSizeSpin = QSpinBox(self.groupBox)
        self.groupSizeSpin.setObjectName(u"groupSizeSpin")
        self.groupSizeSpin.setMinimum(1)
        self.groupSizeSpin.setMaximum(1000)

        self.groupSizeRow.addWidget(self.groupSizeSpin)

        self.groupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupSizeRow.addItem(self.groupSpacer)


        self.groupLayout.addLayout(self.groupSizeRow)

        self.groupDetailsRow = QHBoxLayout()
        self.groupDetailsRow.setObjectName(u"groupDetailsRow")
        self.facilitatorLabel = QLabel(self.groupBox)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.groupDetailsRow.addWidget(self.facilitatorLabel)

        self.facilitatorCombo = QComboBox(self.groupBox)
        self.facilitatorCombo.setObjectName(u"facilitatorCombo")
        self.facilitatorCombo.setEditable(True)
        self.facilitatorCombo.setInsertPolicy(QComboBox.NoInsert)

        self.groupDetailsRow.addWidget(self.facilitatorCombo)

        self.formatLabel = QLabel(self.groupBox)
        self.formatLabel.setObjectName(u"formatLabel")

        self.groupDetailsRow.addWidget(self.formatLabel)

        self.formatCombo = QComboBox(self.groupBox)
        self.formatCombo.setObjectName(u"formatCombo")

        self.groupDetailsRow.addWidget(self.formatCombo)

        self.presenterLabel = QLabel(self.groupBox)
        self.presenterLabel.setObjectName(u"presenterLabel")

        self.groupDetailsRow.addWidget(self.presenterLabel)

        self.presenterCombo = QComboBox(self.groupBox)
        self.presenterCombo.setObjectName(u"presenterCombo")

        self.groupDetailsRow.addWidget(self.presenterCombo)

        self.groupDetailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupDetailsRow.addItem(self.groupDetailsSpacer)


        self.groupLayout.addLayout(self.groupDetailsRow)

        self.attendanceLabel = QLabel(self.groupBox)
        self.attendanceLabel.setObjectName(u"attendanceLabel")
        self.attendanceLabel.setWordWrap(True)

        self.groupLayout.addWidget(self.attendanceLabel)

        self.attendanceGrid = QGridLayout()
        self.attendanceGrid.setObjectName(u"attendanceGrid")

        self.groupLayout.addLayout(self.attendanceGrid)


        self.contentLayout.addWidget(self.groupBox)

        self.privacyReminder = QLabel(self.content)
        self.privacyReminder.setObjectName(u"privacyReminder")
        self.privacyReminder.setWordWrap(True)
        self.privacyReminder.setTextFormat(Qt.PlainText)

        self.contentLayout.addWidget(self.privacyReminder)

        self.agendaLabel = QLabel(self.content)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.contentLayout.addWidget(self.agendaLabel)

        self.agendaEdit = QPlainTextEdit(self.content)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)
        self.agendaEdit.setMinimumSize(QSize(0, 60))

        self.contentLayout.addWidget(self.agendaEdit)

        self.attunementBox = QGroupBox(self.content)
        self.attunementBox.setObjectName(u"attunementBox")
        self.attunementLayout = QVBoxLayout(self.attunementBox)
        self.attunementLayout.setObjectName(u"attunementLayout")
        self.attunementHelp = QLabel(self.attunementBox)
        self.attunementHelp.setObjectName(u"attunementHelp")
        self.attunementHelp.setWordWrap(True)

        self.attunementLayout.addWidget(self.attunementHelp)

        self.attunementEdit = QPlainTextEdit(self.attunementBox)
        self.attunementEdit.setObjectName(u"attunementEdit")
        self.attunementEdit.setTabChangesFocus(True)
        self.attunementEdit.setMinimumSize(QSize(0, 140))

        self.attunementLayout.addWidget(self.attunementEdit)


        self.contentLayout.addWidget(self.attunementBox)

        self.analysisBox = QGroupBox(self.content)
        self.analysisBox.setObjectName(u"analysisBox")
        self.analysisLayout = QVBoxLayout(self.analysisBox)
        self.analysisLayout.setObjectName(u"analysisLayout")
        self.analysisHelp = QLabel(self.analysisBox)
        self.analysisHelp.setObjectName(u"analysisHelp")
        self.analysisHelp.setWordWrap(True)

        self.analysisLayout.addWidget(self.analysisHelp)

        self.analysisEdit = QPlainTextEdit(self.analysisBox)
        self.analysisEdit.setObjectName(u"analysisEdit")
        self.analysisEdit.setTabChangesFocus(True)
        self.analysisEdit.setMinimumSize(QSize(0, 140))

        self.analysisLayout.addWidget(self.analysisEdit)


        self.contentLayout.addWidget(self.analysisBox)

        self.allocationBox = QGroupBox(self.content)
        self.allocationBox.setObjectName(u"allocationBox")
        self.allocationLayout = QVBoxLayout(self.allocationBox)
        self.allocationLayout.setObjectName(u"allocationLayout")
        self.allocationHelp = QLabel(self.allocationBox)
        self.allocationHelp.setObjectName(u"allocationHelp")
        self.allocationHelp.setWordWrap(True)

        self.allocationLayout.addWidget(self.allocationHelp)

        self.allocationEdit = QPlainTextEdit(self.allocationBox)
        self.allocationEdit.setObjectName(u"allocationEdit")
        self.allocationEdit.setTabChangesFocus(True)
        self.allocationEdit.setMinimumSize(QSize(0, 140))

        self.allocationLayout.addWidget(self.allocationEdit)


        self.contentLayout.addWidget(self.allocationBox)

        self.adaptationBox = QGroupBox(self.content)
        self.adaptationBox.setObjectName(u"adaptationBox")
        self.adaptationLayout = QVBoxLayout(self.adaptationBox)
        self.adaptationLayout.setObjectName(u"adaptationLayout")
        self.adaptationHelp = QLabel(self.adaptationBox)
        self.adaptationHelp.setObjectName(u"adaptationHelp")
        self.adaptationHelp.setWordWrap(True)

        self.adaptationLayout.addWidget(self.adaptationHelp)

        self.adaptationEdit = QPlainTextEdit(self.adaptationBox)
        self.adaptationEdit.setObjectName(u"adaptationEdit")
        self.adaptationEdit.setTabChangesFocus(True)
        self.adaptationEdit.setMinimumSize(QSize(0, 140))

        self.adaptationLayout.addWidget(self.adaptationEdit)


        self.contentLayout.addWidget(self.adaptationBox)

        self.learningBox = QGroupBox(self.content)
        self.learningBox.setObjectName(u"learningBox")
        self.learningLayout = QVBoxLayout(self.learningBox)
        self.learningLayout.setObjectName(u"learningLayout")
        self.learningEdit = QPlainTextEdit(self.learningBox)
        self.learningEdit.setObjectName(u"learningEdit")
        self.learningEdit.setTabChangesFocus(True)

        self.learningLayout.addWidget(self.learningEdit)


        self.contentLayout.addWidget(self.learningBox)

        self.functionsBox = QGroupBox(self.content)
        self.functionsBox.setObjectName(u"functionsBox")
        self.functionsLayout = QHBoxLayout(self.functionsBox)
        self.functionsLayout.setObjectName(u"functionsLayout")
        self.managementCheck = QCheckBox(self.functionsBox)
        self.managementCheck.setObjectName(u"managementCheck")

        self.functionsLayout.addWidget(self.managementCheck)

        self.supportCheck = QCheckBox(self.functionsBox)
        self.supportCheck.setObjectName(u"supportCheck")

        self.functionsLayout.addWidget(self.supportCheck)

        self.developmentCheck = QCheckBox(self.functionsBox)
        self.developmentCheck.setObjectName(u"developmentCheck")

        self.functionsLayout.addWidget(self.developmentCheck)

        self.mediationCheck = QCheckBox(self.functionsBox)
        self.mediationCheck.setObjectName(u"mediationCheck")

        self.functionsLayout.addWidget(self.mediationCheck)


        self.contentLayout.addWidget(self.functionsBox)

        self.wellbeingRow = QHBoxLayout()
        self.wellbeingRow.setObjectName(u"wellbeingRow")
        self.wellbeingLabel = QLabel(self.content)
        self.wellbeingLabel.setObjectName(u"wellbeingLabel")

        self.wellbeingRow.addWidget(self.wellbeingLabel)

        self.wellbeingSpin = QSpinBox(self.content)
        self.wellbeingSpin.setObjectName(u"wellbeingSpin")
        self.wellbeingSpin.setMinimum(-1)
        self.wellbeingSpin.setMaximum(10)
        self.wellbeingSpin.setValue(-1)

        self.wellbeingRow.addWidget(self.wellbeingSpin)

        self.wellbeingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.wellbeingRow.addItem(self.wellbeingSpacer)


        self.contentLayout.addLayout(self.wellbeingRow)

        self.carriedBox = QGroupBox(self.content)
        self.carriedBox.setObjectName(u"carriedBox")
        self.carriedLayout = QVBoxLayout(self.carriedBox)
        self.carriedLayout.setObjectName(u"carriedLayout")
        self.carriedTable = QTableView(self.carriedBox)
        self.carriedTable.setObjectName(u"carriedTable")
        self.carriedTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.carriedTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.carriedTable.setMinimumSize(QSize(0, 110))

        self.carriedLayout.addWidget(self.carriedTable)

        self.carriedButtons = QHBoxLayout()
        self.carriedButtons.setObjectName(u"carriedButtons")
        self.closeDoneButton = QPushButton(self.carriedBox)
        self.closeDoneButton.setObjectName(u"closeDoneButton")

        self.carriedButtons.addWidget(self.closeDoneButton)

        self.closeDroppedButton = QPushButton(self.carriedBox)
        self.closeDroppedButton.setObjectName(u"closeDroppedButton")

        self.carriedButtons.addWidget(self.closeDroppedButton)

        self.reopenButton = QPushButton(self.carriedBox)
        self.reopenButton.setObjectName(u"reopenButton")

        self.carriedButtons.addWidget(self.reopenButton)

        self.carriedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.carriedButtons.addItem(self.carriedSpacer)


        self.carriedLayout.addLayout(self.carriedButtons)


        self.contentLayout.addWidget(self.carriedBox)

        self.casesBox = QGroupBox(self.content)
        self.casesBox.setObjectName(u"casesBox")
        self.casesLayout = QVBoxLayout(self.casesBox)
        self.casesLayout.setObjectName(u"casesLayout")
        self.casesTable = QTableView(self.casesBox)
        self.casesTable.setObjectName(u"casesTable")
        self.casesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.casesTable.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.casesLayout.addWidget(self.casesTable)

        self.waitingLabel = QLabel(self.casesBox)
        self.waitingLabel.setObjectName(u"waitingLabel")
        self.waitingLabel.setWordWrap(True)

        self.casesLayout.addWidget(self.waitingLabel)

        self.caseButtons = QHBoxLayout()
        self.caseButtons.setObjectName(u"caseButtons")
        self.addCaseButton = QPushButton(self.casesBox)
        self.addCaseButton.setObjectName(u"addCaseButton")

        self.caseButtons.addWidget(self.addCaseButton)

        self.editCaseButton = QPushButton(self.casesBox)
        self.editCaseButton.setObjectName(u"editCaseButton")

        self.caseButtons.addWidget(self.editCaseButton)

        self.copyCaseButton = QPushButton(self.casesBox)
        self.copyCaseButton.setObjectName(u"copyCaseButton")

        self.caseButtons.addWidget(self.copyCaseButton)

        self.markCopiedButton = QPushButton(self.casesBox)
        self.markCopiedButton.setObjectName(u"markCopiedButton")

        self.caseButtons.addWidget(self.markCopiedButton)

        self.caseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseButtons.addItem(self.caseSpacer)


        self.casesLayout.addLayout(self.caseButtons)


        self.contentLayout.addWidget(self.casesBox)

        self.actionsBox = QGroupBox(self.content)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsTable = QTableView(self.actionsBox)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setMinimumSize(QSize(0, 110))

        self.actionsLayout.addWidget(self.actionsTable)

        self.actionsMessage = QLabel(self.actionsBox)
        self.actionsMessage.setObjectName(u"actionsMessage")
        self.actionsMessage.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionsMessage)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.addActionButton = QPushButton(self.actionsBox)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionButtons.addWidget(self.addActionButton)

        self.removeActionButton = QPushButton(self.actionsBox)
        self.removeActionButton.setObjectName(u"removeActionButton")

        self.actionButtons.addWidget(self.removeActionButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionSpacer)


        self.actionsLayout.addLayout(self.actionButtons)


        self.contentLayout.addWidget(self.actionsBox)

        self.commentsLabel = QLabel(self.content)
        self.commentsLabel.setObjectName(u"commentsLabel")

        self.contentLayout.addWidget(self.commentsLabel)

        self.commentsEdit = QPlainTextEdit(self.content)
        self.commentsEdit.setObjectName(u"commentsEdit")
        self.commentsEdit.setTabChangesFocus(True)
        self.commentsEdit.setMinimumSize(QSize(0, 70))

        self.contentLayout.addWidget(self.commentsEdit)

        self.disagreementLabel = QLabel(self.content)
        self.disagreementLabel.setObjectName(u"disagreementLabel")

        self.contentLayout.addWidget(self.disagreementLabel)

        self.disagreementEdit = QPlainTextEdit(self.content)
        self.disagreementEdit.setObjectName(u"disagreementEdit")
        self.disagreementEdit.setTabChangesFocus(True)

        self.contentLayout.addWidget(self.disagreementEdit)

        self.confidentialLabel = QLabel(self.content)
        self.confidentialLabel.setObjectName(u"confidentialLabel")
        self.confidentialLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.confidentialLabel)

        self.confidentialEdit = QPlainTextEdit(self.content)
        self.confidentialEdit.setObjectName(u"confidentialEdit")
        self.confidentialEdit.setTabChangesFocus(True)

        self.contentLayout.addWidget(self.confidentialEdit)

        self.agreementBox = QGroupBox(self.content)
        self.agreementBox.setObjectName(u"agreementBox")
        self.agreementLayout = QFormLayout(self.agreementBox)
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.agreementLayout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.agreementLayout.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.supervisorAgreed = QCheckBox(self.agreementBox)
        self.supervisorAgreed.setObjectName(u"supervisorAgreed")

        self.agreementLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.supervisorAgreed)

        self.supervisorDate = UkDateEdit(self.agreementBox)
        self.supervisorDate.setObjectName(u"supervisorDate")
        self.supervisorDate.setCalendarPopup(True)

        self.agreementLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.supervisorDate)

        self.superviseeAgreed = QCheckBox(self.agreementBox)
        self.superviseeAgreed.setObjectName(u"superviseeAgreed")

        self.agreementLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.superviseeAgreed)

        self.superviseeDate = UkDateEdit(self.agreementBox)
        self.superviseeDate.setObjectName(u"superviseeDate")
        self.superviseeDate.setCalendarPopup(True)

        self.agreementLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.superviseeDate)

        self.agreementHeld = QLabel(self.agreementBox)
        self.agreementHeld.setObjectName(u"agreementHeld")
        self.agreementHeld.setWordWrap(True)

        self.agreementLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.agreementHeld)

        self.nextPlanned = QCheckBox(self.agreementBox)
        self.nextPlanned.setObjectName(u"nextPlanned")

        self.agreementLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nextPlanned)

        self.nextDate = UkDateEdit(self.agreementBox)
        self.nextDate.setObjectName(u"nextDate")
        self.nextDate.setCalendarPopup(True)

        self.agreementLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nextDate)


        self.contentLayout.addWidget(self.agreementBox)

        self.roundLayout = QHBoxLayout()
        self.roundLayout.setObjectName(u"roundLayout")
        self.roundLabel = QLabel(self.content)
        self.roundLabel.setObjectName(u"roundLabel")
        self.roundLabel.setWordWrap(True)

        self.roundLayout.addWidget(self.roundLabel)

        self.sendButton = QPushButton(self.content)
        self.sendButton.setObjectName(u"sendButton")

        self.roundLayout.addWidget(self.sendButton)


        self.contentLayout.addLayout(self.roundLayout)

        self.scroll.setWidget(self.content)
        self.splitter.addWidget(self.scroll)
        self.promptsHost = QWidget(self.splitter)
        self.promptsHost.setObjectName(u"promptsHost")
        self.promptsLayout = QVBoxLayout(self.promptsHost)
        self.promptsLayout.setObjectName(u"promptsLayout")
        self.promptsLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.promptsHost)

        self.outer.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.kindLabel.setBuddy(self.kindCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.groupSizeLabel.setBuddy(self.groupSizeSpin)
        self.facilitatorLabel.setBuddy(self.facilitatorCombo)
        self.formatLabel.setBuddy(self.formatCombo)
        self.presenterLabel.setBuddy(self.presenterCombo)
        self.agendaLabel.setBuddy(self.agendaEdit)
        self.wellbeingLabel.setBuddy(self.wellbeingSpin)
        self.commentsLabel.setBuddy(self.commentsEdit)
        self.disagreementLabel.setBuddy(self.disagreementEdit)
        self.confidentialLabel.setBuddy(self.confidentialEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionEditor)

        QMetaObject.connectSlotsByName(SessionEditor)
    # setupUi

    def retranslateUi(self, SessionEditor):
        self.personLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("SessionEditor", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("SessionEditor", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Session date", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("SessionEditor", u"S&tart", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.minutesLabel.setText(QCoreApplication.translate("SessionEditor", u"&Minutes", None))
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Length in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("SessionEditor", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Kind of session", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("SessionEditor", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Held or planned", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("SessionEditor", u"A planned session is a date in the diary: it counts as supervision received only once it is held.", None))
#endif // QT_CONFIG(tooltip)
        self.sealLabel.setText("")
        self.amendButton.setText(QCoreApplication.translate("SessionEditor", u"Amend\u2026", None))
        self.changeAnywayButton.setText(QCoreApplication.translate("SessionEditor", u"Change it an&yway\u2026", None))
#if QT_CONFIG(tooltip)
        self.changeAnywayButton.setToolTip(QCoreApplication.translate("SessionEditor", u"Open the record for changes while it is out for agreement: it must then be sent again", None))
#endif // QT_CONFIG(tooltip)
        self.saveAmendButton.setText(QCoreApplication.translate("SessionEditor", u"Save amendment", None))
        self.discardAmendButton.setText(QCoreApplication.translate("SessionEditor", u"Discard changes", None))
        self.groupBox.setTitle(QCoreApplication.translate("SessionEditor", u"Who attended the group", None))
#if QT_CONFIG(accessibility)
        self.attendeesList.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Attendees", None))
#endif // QT_CONFIG(accessibility)
        self.groupSizeLabel.setText(QCoreApplication.translate("SessionEditor", u"Supervisees in the group, counting people outside this vault", None))
#if QT_CONFIG(accessibility)
        self.groupSizeSpin.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Group size", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorLabel.setText(QCoreApplication.translate("SessionEditor", u"Facilitator", None))
#if QT_CONFIG(accessibility)
        self.facilitatorCombo.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Facilitator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.facilitatorCombo.setToolTip(QCoreApplication.translate("SessionEditor", u"Who ran the group: you, unless you type another name", None))
#endif // QT_CONFIG(tooltip)
        self.formatLabel.setText(QCoreApplication.translate("SessionEditor", u"Format", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Format of the group", None))
#endif // QT_CONFIG(accessibility)
        self.presenterLabel.setText(QCoreApplication.translate("SessionEditor", u"Presenter", None))
#if QT_CONFIG(accessibility)
        self.presenterCombo.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Presenter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.presenterCombo.setToolTip(QCoreApplication.translate("SessionEditor", u"The attendee who brought the case or question to the group", None))
#endif // QT_CONFIG(tooltip)
        self.attendanceLabel.setText(QCoreApplication.translate("SessionEditor", u"Each attendee's own agreement to the record, and their wellbeing check-in (shown on their own summary, never on the group's record)", None))
        self.privacyReminder.setText(QCoreApplication.translate("SessionEditor", u"Use initials and case references: keep young people's names and placement addresses out of these notes.", None))
        self.agendaLabel.setText(QCoreApplication.translate("SessionEditor", u"A&genda", None))
#if QT_CONFIG(accessibility)
        self.agendaEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.attunementBox.setTitle(QCoreApplication.translate("SessionEditor", u"Attunement", None))
        self.attunementHelp.setText("")
#if QT_CONFIG(accessibility)
        self.attunementEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Attunement", None))
#endif // QT_CONFIG(accessibility)
        self.analysisBox.setTitle(QCoreApplication.translate("SessionEditor", u"Analysis", None))
        self.analysisHelp.setText("")
#if QT_CONFIG(accessibility)
        self.analysisEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Analysis", None))
#endif // QT_CONFIG(accessibility)
        self.allocationBox.setTitle(QCoreApplication.translate("SessionEditor", u"Allocation", None))
        self.allocationHelp.setText("")
#if QT_CONFIG(accessibility)
        self.allocationEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Allocation", None))
#endif // QT_CONFIG(accessibility)
        self.adaptationBox.setTitle(QCoreApplication.translate("SessionEditor", u"Adaptation", None))
        self.adaptationHelp.setText("")
#if QT_CONFIG(accessibility)
        self.adaptationEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Adaptation", None))
#endif // QT_CONFIG(accessibility)
        self.learningBox.setTitle(QCoreApplication.translate("SessionEditor", u"Learning and development", None))
#if QT_CONFIG(accessibility)
        self.learningEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Learning and development", None))
#endif // QT_CONFIG(accessibility)
        self.functionsBox.setTitle(QCoreApplication.translate("SessionEditor", u"Functions this session served (Morrison)", None))
        self.managementCheck.setText(QCoreApplication.translate("SessionEditor", u"Management", None))
        self.supportCheck.setText(QCoreApplication.translate("SessionEditor", u"Support", None))
        self.developmentCheck.setText(QCoreApplication.translate("SessionEditor", u"Development", None))
        self.mediationCheck.setText(QCoreApplication.translate("SessionEditor", u"Mediation", None))
        self.wellbeingLabel.setText(QCoreApplication.translate("SessionEditor", u"Well&being check-in (0\u201310)", None))
        self.wellbeingSpin.setSpecialValueText(QCoreApplication.translate("SessionEditor", u"Not recorded", None))
#if QT_CONFIG(accessibility)
        self.wellbeingSpin.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Wellbeing check-in", None))
#endif // QT_CONFIG(accessibility)
        self.carriedBox.setTitle(QCoreApplication.translate("SessionEditor", u"Actions carried forward from earlier sessions", None))
#if QT_CONFIG(accessibility)
        self.carriedTable.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Actions carried forward", None))
#endif // QT_CONFIG(accessibility)
        self.closeDoneButton.setText(QCoreApplication.translate("SessionEditor", u"C&lose as done", None))
        self.closeDroppedButton.setText(QCoreApplication.translate("SessionEditor", u"Close as dropped", None))
        self.reopenButton.setText(QCoreApplication.translate("SessionEditor", u"Reopen", None))
        self.casesBox.setTitle(QCoreApplication.translate("SessionEditor", u"Cases discussed: decisions for the child's file", None))
#if QT_CONFIG(accessibility)
        self.casesTable.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Cases discussed", None))
#endif // QT_CONFIG(accessibility)
        self.waitingLabel.setText("")
        self.addCaseButton.setText(QCoreApplication.translate("SessionEditor", u"Add a case\u2026", None))
        self.editCaseButton.setText(QCoreApplication.translate("SessionEditor", u"Edit\u2026", None))
        self.copyCaseButton.setText(QCoreApplication.translate("SessionEditor", u"Copy for the case file", None))
        self.markCopiedButton.setText(QCoreApplication.translate("SessionEditor", u"Mark as copied", None))
        self.actionsBox.setTitle(QCoreApplication.translate("SessionEditor", u"Actions agreed in this session", None))
#if QT_CONFIG(accessibility)
        self.actionsTable.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Actions agreed", None))
#endif // QT_CONFIG(accessibility)
        self.actionsMessage.setText("")
#if QT_CONFIG(accessibility)
        self.actionsMessage.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Actions not saved", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("SessionEditor", u"Add a&ction", None))
        self.removeActionButton.setText(QCoreApplication.translate("SessionEditor", u"Remove act&ion", None))
        self.commentsLabel.setText(QCoreApplication.translate("SessionEditor", u"Supervisee's c&omments", None))
#if QT_CONFIG(accessibility)
        self.commentsEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Supervisee's comments", None))
#endif // QT_CONFIG(accessibility)
        self.disagreementLabel.setText(QCoreApplication.translate("SessionEditor", u"Disagreement with this record (either of you, in your own &words)", None))
#if QT_CONFIG(accessibility)
        self.disagreementEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Disagreement with this record", None))
#endif // QT_CONFIG(accessibility)
        self.confidentialLabel.setText(QCoreApplication.translate("SessionEditor", u"Confidential &note: personal matters kept off the shared record unless chosen for an export", None))
#if QT_CONFIG(accessibility)
        self.confidentialEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Confidential note", None))
#endif // QT_CONFIG(accessibility)
        self.agreementBox.setTitle(QCoreApplication.translate("SessionEditor", u"Agreement and next session", None))
        self.supervisorAgreed.setText(QCoreApplication.translate("SessionEditor", u"Agreed by &supervisor on", None))
        self.supervisorDate.setDisplayFormat(QCoreApplication.translate("SessionEditor", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.supervisorDate.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Date agreed by supervisor", None))
#endif // QT_CONFIG(accessibility)
        self.superviseeAgreed.setText(QCoreApplication.translate("SessionEditor", u"Agreed by su&pervisee on", None))
        self.superviseeDate.setDisplayFormat(QCoreApplication.translate("SessionEditor", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.superviseeDate.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Date agreed by supervisee", None))
#endif // QT_CONFIG(accessibility)
        self.agreementHeld.setText("")
#if QT_CONFIG(accessibility)
        self.agreementHeld.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Why the supervisee's agreement is not ticked here", None))
#endif // QT_CONFIG(accessibility)
        self.nextPlanned.setText(QCoreApplication.translate("SessionEditor", u"Ne&xt session on", None))
        self.nextDate.setDisplayFormat(QCoreApplication.translate("SessionEditor", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.nextDate.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Next session date", None))
#endif // QT_CONFIG(accessibility)
        self.roundLabel.setText("")
#if QT_CONFIG(accessibility)
        self.roundLabel.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Agreement between the two desks", None))
#endif // QT_CONFIG(accessibility)
        self.sendButton.setText(QCoreApplication.translate("SessionEditor", u"Send for &agreement\u2026", None))
#if QT_CONFIG(tooltip)
        self.sendButton.setToolTip(QCoreApplication.translate("SessionEditor", u"Write this record to a file for the supervisee's own desk to agree and sign", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.promptsHost.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Prompts", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

