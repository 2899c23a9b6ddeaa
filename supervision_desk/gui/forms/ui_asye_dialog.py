# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'asye_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

from supervision_desk.gui.date_field import UkDateEdit

class Ui_AsyeDialog(object):
    def setupUi(self, AsyeDialog):
        if not AsyeDialog.objectName():
            AsyeDialog.setObjectName(u"AsyeDialog")
        AsyeDialog.resize(1000, 660)
        self.layout = QVBoxLayout(AsyeDialog)
        self.layout.setObjectName(u"layout")
        self.yearLabel = QLabel(AsyeDialog)
        self.yearLabel.setObjectName(u"yearLabel")
        self.yearLabel.setWordWrap(True)

        self.layout.addWidget(self.yearLabel)

        self.programmeBox = QGroupBox(AsyeDialog)
        self.programmeBox.setObjectName(u"programmeBox")
        self.programmeGrid = QGridLayout(self.programmeBox)
        self.programmeGrid.setObjectName(u"programmeGrid")
        self.settingLabel = QLabel(self.programmeBox)
        self.settingLabel.setObjectName(u"settingLabel")

        self.programmeGrid.addWidget(self.settingLabel, 0, 0, 1, 1)

        self.settingCombo = QComboBox(self.programmeBox)
        self.settingCombo.setObjectName(u"settingCombo")

        self.programmeGrid.addWidget(self.settingCombo, 0, 1, 1, 1)

        self.hoursLabel = QLabel(self.programmeBox)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.programmeGrid.addWidget(self.hoursLabel, 0, 2, 1, 1)

        self.hoursSpin = QDoubleSpinBox(self.programmeBox)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMinimum(0.000000000000000)
        self.hoursSpin.setMaximum(80.000000000000000)

        self.programmeGrid.addWidget(self.hoursSpin, 0, 3, 1, 1)

        self.nineMonth = QCheckBox(self.programmeBox)
        self.nineMonth.setObjectName(u"nineMonth")

        self.programmeGrid.addWidget(self.nineMonth, 0, 4, 1, 1)

        self.assessorLabel = QLabel(self.programmeBox)
        self.assessorLabel.setObjectName(u"assessorLabel")

        self.programmeGrid.addWidget(self.assessorLabel, 1, 0, 1, 1)

        self.assessorEdit = QLineEdit(self.programmeBox)
        self.assessorEdit.setObjectName(u"assessorEdit")

        self.programmeGrid.addWidget(self.assessorEdit, 1, 1, 1, 1)

        self.assessorRoleLabel = QLabel(self.programmeBox)
        self.assessorRoleLabel.setObjectName(u"assessorRoleLabel")

        self.programmeGrid.addWidget(self.assessorRoleLabel, 1, 2, 1, 1)

        self.assessorRoleEdit = QLineEdit(self.programmeBox)
        self.assessorRoleEdit.setObjectName(u"assessorRoleEdit")

        self.programmeGrid.addWidget(self.assessorRoleEdit, 1, 3, 1, 2)


        self.layout.addWidget(self.programmeBox)

        self.tabs = QTabWidget(AsyeDialog)
        self.tabs.setObjectName(u"tabs")
        self.reviewsTab = QWidget()
        self.reviewsTab.setObjectName(u"reviewsTab")
        self.reviewsLayout = QHBoxLayout(self.reviewsTab)
        self.reviewsLayout.setObjectName(u"reviewsLayout")
        self.reviewList = QListView(self.reviewsTab)
        self.reviewList.setObjectName(u"reviewList")

        self.reviewsLayout.addWidget(self.reviewList)

        self.reviewForm = QFormLayout()
        self.reviewForm.setObjectName(u"reviewForm")
        self.reviewLabel = QLabel(self.reviewsTab)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.reviewCombo = QComboBox(self.reviewsTab)
        self.reviewCombo.setObjectName(u"reviewCombo")

        self.reviewForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewCombo)

        self.heldLabel = QLabel(self.reviewsTab)
        self.heldLabel.setObjectName(u"heldLabel")

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldDate = UkDateEdit(self.reviewsTab)
        self.heldDate.setObjectName(u"heldDate")
        self.heldDate.setCalendarPopup(True)

        self.reviewForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.heldDate)

        self.outcomeLabel = QLabel(self.reviewsTab)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.reviewForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.reviewsTab)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.reviewForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.reviewNotesLabel = QLabel(self.reviewsTab)
        self.reviewNotesLabel.setObjectName(u"reviewNotesLabel")

        self.reviewForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reviewNotesLabel)

        self.reviewNotes = QPlainTextEdit(self.reviewsTab)
        self.reviewNotes.setObjectName(u"reviewNotes")
        self.reviewNotes.setTabChangesFocus(True)

        self.reviewForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reviewNotes)

        self.recordReviewButton = QPushButton(self.reviewsTab)
        self.recordReviewButton.setObjectName(u"recordReviewButton")

        self.reviewForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.recordReviewButton)


        self.reviewsLayout.addLayout(self.reviewForm)

        self.tabs.addTab(self.reviewsTab, "")
        self.timeTab = QWidget()
        self.timeTab.setObjectName(u"timeTab")
        self.timeLayout = QVBoxLayout(self.timeTab)
        self.timeLayout.setObjectName(u"timeLayout")
        self.shareLabel = QLabel(self.timeTab)
        self.shareLabel.setObjectName(u"shareLabel")
        self.shareLabel.setWordWrap(True)

        self.timeLayout.addWidget(self.shareLabel)

        self.timeColumns = QHBoxLayout()
        self.timeColumns.setObjectName(u"timeColumns")
        self.timeList = QListView(self.timeTab)
        self.timeList.setObjectName(u"timeList")

        self.timeColumns.addWidget(self.timeList)

        self.timeForm = QFormLayout()
        self.timeForm.setObjectName(u"timeForm")
        self.timeDateLabel = QLabel(self.timeTab)
        self.timeDateLabel.setObjectName(u"timeDateLabel")

        self.timeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.timeDateLabel)

        self.timeDate = UkDateEdit(self.timeTab)
        self.timeDate.setObjectName(u"timeDate")
        self.timeDate.setCalendarPopup(True)

        self.timeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.timeDate)

        self.timeHoursLabel = QLabel(self.timeTab)
        self.timeHoursLabel.setObjectName(u"timeHoursLabel")

        self.timeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timeHoursLabel)

        self.timeHours = QDoubleSpinBox(self.timeTab)
        self.timeHours.setObjectName(u"timeHours")
        self.timeHours.setDecimals(1)
        self.timeHours.setMinimum(0.000000000000000)
        self.timeHours.setMaximum(80.000000000000000)
        self.timeHours.setSingleStep(0.500000000000000)

        self.timeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timeHours)

        self.timeNoteLabel = QLabel(self.timeTab)
        self.timeNoteLabel.setObjectName(u"timeNoteLabel")

        self.timeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timeNoteLabel)

        self.timeNote = QLineEdit(self.timeTab)
        self.timeNote.setObjectName(u"timeNote")

        self.timeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.timeNote)

        self.timeButtons = QHBoxLayout()
        self.timeButtons.setObjectName(u"timeButtons")
        self.logTimeButton = QPushButton(self.timeTab)
        self.logTimeButton.setObjectName(u"logTimeButton")

        self.timeButtons.addWidget(self.logTimeButton)

        self.deleteTimeButton = QPushButton(self.timeTab)
        self.deleteTimeButton.setObjectName(u"deleteTimeButton")

        self.timeButtons.addWidget(self.deleteTimeButton)


        self.timeForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timeButtons)


        self.timeColumns.addLayout(self.timeForm)


        self.timeLayout.addLayout(self.timeColumns)

        self.tabs.addTab(self.timeTab, "")
        self.observationsTab = QWidget()
        self.observationsTab.setObjectName(u"observationsTab")
        self.observationsLayout = QHBoxLayout(self.observationsTab)
        self.observationsLayout.setObjectName(u"observationsLayout")
        self.observationList = QListView(self.observationsTab)
        self.observationList.setObjectName(u"observationList")

        self.observationsLayout.addWidget(self.observationList)

        self.observationForm = QFormLayout()
        self.observationForm.setObjectName(u"observationForm")
        self.observedLabel = QLabel(self.observationsTab)
        self.observedLabel.setObjectName(u"observedLabel")

        self.observationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.observedLabel)

        self.observedDate = UkDateEdit(self.observationsTab)
        self.observedDate.setObjectName(u"observedDate")
        self.observedDate.setCalendarPopup(True)

        self.observationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.observedDate)

        self.observerLabel = QLabel(self.observationsTab)
        self.observerLabel.setObjectName(u"observerLabel")

        self.observationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.observerLabel)

        self.observerEdit = QLineEdit(self.observationsTab)
        self.observerEdit.setObjectName(u"observerEdit")

        self.observationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.observerEdit)

        self.observationNoteLabel = QLabel(self.observationsTab)
        self.observationNoteLabel.setObjectName(u"observationNoteLabel")

        self.observationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.observationNoteLabel)

        self.observationNote = QPlainTextEdit(self.observationsTab)
        self.observationNote.setObjectName(u"observationNote")
        self.observationNote.setTabChangesFocus(True)

        self.observationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.observationNote)

        self.observationButtons = QHBoxLayout()
        self.observationButtons.setObjectName(u"observationButtons")
        self.addObservationButton = QPushButton(self.observationsTab)
        self.addObservationButton.setObjectName(u"addObservationButton")

        self.observationButtons.addWidget(self.addObservationButton)

        self.deleteObservationButton = QPushButton(self.observationsTab)
        self.deleteObservationButton.setObjectName(u"deleteObservationButton")

        self.observationButtons.addWidget(self.deleteObservationButton)


        self.observationForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.observationButtons)


        self.observationsLayout.addLayout(self.observationForm)

        self.tabs.addTab(self.observationsTab, "")
        self.kssTab = QWidget()
        self.kssTab.setObjectName(u"kssTab")
        self.kssLayout = QVBoxLayout(self.kssTab)
        self.kssLayout.setObjectName(u"kssLayout")
        self.stageRow = QHBoxLayout()
        self.stageRow.setObjectName(u"stageRow")
        self.stageLabel = QLabel(self.kssTab)
        self.stageLabel.setObjectName(u"stageLabel")

        self.stageRow.addWidget(self.stageLabel)

        self.stageCombo = QComboBox(self.kssTab)
        self.stageCombo.setObjectName(u"stageCombo")

        self.stageRow.addWidget(self.stageCombo)

        self.ratedOnLabel = QLabel(self.kssTab)
        self.ratedOnLabel.setObjectName(u"ratedOnLabel")

        self.stageRow.addWidget(self.ratedOnLabel)

        self.ratedDate = UkDateEdit(self.kssTab)
        self.ratedDate.setObjectName(u"ratedDate")
        self.ratedDate.setCalendarPopup(True)

        self.stageRow.addWidget(self.ratedDate)

        self.stageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stageRow.addItem(self.stageSpacer)


        self.kssLayout.addLayout(self.stageRow)

        self.kssColumns = QHBoxLayout()
        self.kssColumns.setObjectName(u"kssColumns")
        self.areaList = QListView(self.kssTab)
        self.areaList.setObjectName(u"areaList")

        self.kssColumns.addWidget(self.areaList)

        self.ratingForm = QFormLayout()
        self.ratingForm.setObjectName(u"ratingForm")
        self.ratingLabel = QLabel(self.kssTab)
        self.ratingLabel.setObjectName(u"ratingLabel")

        self.ratingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ratingLabel)

        self.ratingCombo = QComboBox(self.kssTab)
        self.ratingCombo.setObjectName(u"ratingCombo")

        self.ratingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ratingCombo)

        self.ratingNoteLabel = QLabel(self.kssTab)
        self.ratingNoteLabel.setObjectName(u"ratingNoteLabel")

        self.ratingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ratingNoteLabel)

        self.ratingNote = QPlainTextEdit(self.kssTab)
        self.ratingNote.setObjectName(u"ratingNote")
        self.ratingNote.setTabChangesFocus(True)

        self.ratingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ratingNote)

        self.rateButton = QPushButton(self.kssTab)
        self.rateButton.setObjectName(u"rateButton")

        self.ratingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rateButton)


        self.kssColumns.addLayout(self.ratingForm)


        self.kssLayout.addLayout(self.kssColumns)

        self.citationLabel = QLabel(self.kssTab)
        self.citationLabel.setObjectName(u"citationLabel")
        self.citationLabel.setWordWrap(True)
        self.citationLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.kssLayout.addWidget(self.citationLabel)

        self.tabs.addTab(self.kssTab, "")

        self.layout.addWidget(self.tabs)

        self.message = QLabel(AsyeDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.exportButton = QPushButton(AsyeDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomRow.addWidget(self.exportButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(AsyeDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.settingLabel.setBuddy(self.settingCombo)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.assessorLabel.setBuddy(self.assessorEdit)
        self.assessorRoleLabel.setBuddy(self.assessorRoleEdit)
        self.reviewLabel.setBuddy(self.reviewCombo)
        self.heldLabel.setBuddy(self.heldDate)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.reviewNotesLabel.setBuddy(self.reviewNotes)
        self.timeDateLabel.setBuddy(self.timeDate)
        self.timeHoursLabel.setBuddy(self.timeHours)
        self.timeNoteLabel.setBuddy(self.timeNote)
        self.observedLabel.setBuddy(self.observedDate)
        self.observerLabel.setBuddy(self.observerEdit)
        self.observationNoteLabel.setBuddy(self.observationNote)
        self.stageLabel.setBuddy(self.stageCombo)
        self.ratedOnLabel.setBuddy(self.ratedDate)
        self.ratingLabel.setBuddy(self.ratingCombo)
        self.ratingNoteLabel.setBuddy(self.ratingNote)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AsyeDialog)

        QMetaObject.connectSlotsByName(AsyeDialog)
    # setupUi

    def retranslateUi(self, AsyeDialog):
        AsyeDialog.setWindowTitle(QCoreApplication.translate("AsyeDialog", u"ASYE year", None))
        self.yearLabel.setText("")
#if QT_CONFIG(accessibility)
        self.yearLabel.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"The year", None))
#endif // QT_CONFIG(accessibility)
        self.programmeBox.setTitle(QCoreApplication.translate("AsyeDialog", u"Programme", None))
        self.settingLabel.setText(QCoreApplication.translate("AsyeDialog", u"&Statement", None))
#if QT_CONFIG(accessibility)
        self.settingCombo.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Knowledge and skills statement", None))
#endif // QT_CONFIG(accessibility)
        self.hoursLabel.setText(QCoreApplication.translate("AsyeDialog", u"Contracted &hours a week", None))
        self.hoursSpin.setSpecialValueText(QCoreApplication.translate("AsyeDialog", u"from FTE", None))
#if QT_CONFIG(accessibility)
        self.hoursSpin.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Contracted hours a week", None))
#endif // QT_CONFIG(accessibility)
        self.nineMonth.setText(QCoreApplication.translate("AsyeDialog", u"A &9-month review too", None))
        self.assessorLabel.setText(QCoreApplication.translate("AsyeDialog", u"&Assessor", None))
        self.assessorEdit.setPlaceholderText(QCoreApplication.translate("AsyeDialog", u"may differ from the supervisor", None))
#if QT_CONFIG(accessibility)
        self.assessorEdit.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Assessor", None))
#endif // QT_CONFIG(accessibility)
        self.assessorRoleLabel.setText(QCoreApplication.translate("AsyeDialog", u"Assessor's &role", None))
        self.assessorRoleEdit.setPlaceholderText(QCoreApplication.translate("AsyeDialog", u"for example, practice educator", None))
#if QT_CONFIG(accessibility)
        self.assessorRoleEdit.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Assessor's role", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reviewList.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Reviews", None))
#endif // QT_CONFIG(accessibility)
        self.reviewLabel.setText(QCoreApplication.translate("AsyeDialog", u"Re&view", None))
#if QT_CONFIG(accessibility)
        self.reviewCombo.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Review", None))
#endif // QT_CONFIG(accessibility)
        self.heldLabel.setText(QCoreApplication.translate("AsyeDialog", u"Held &on", None))
        self.heldDate.setDisplayFormat(QCoreApplication.translate("AsyeDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.heldDate.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Held on", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("AsyeDialog", u"O&utcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.reviewNotesLabel.setText(QCoreApplication.translate("AsyeDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.reviewNotes.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Review notes", None))
#endif // QT_CONFIG(accessibility)
        self.recordReviewButton.setText(QCoreApplication.translate("AsyeDialog", u"Recor&d as held", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reviewsTab), QCoreApplication.translate("AsyeDialog", u"&Reviews", None))
        self.shareLabel.setText("")
#if QT_CONFIG(accessibility)
        self.shareLabel.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Share of contracted time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeList.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Protected time logged", None))
#endif // QT_CONFIG(accessibility)
        self.timeDateLabel.setText(QCoreApplication.translate("AsyeDialog", u"Dat&e", None))
        self.timeDate.setDisplayFormat(QCoreApplication.translate("AsyeDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.timeDate.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Date of the protected time", None))
#endif // QT_CONFIG(accessibility)
        self.timeHoursLabel.setText(QCoreApplication.translate("AsyeDialog", u"Ho&urs", None))
#if QT_CONFIG(accessibility)
        self.timeHours.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Hours", None))
#endif // QT_CONFIG(accessibility)
        self.timeNoteLabel.setText(QCoreApplication.translate("AsyeDialog", u"Used &for", None))
#if QT_CONFIG(accessibility)
        self.timeNote.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"What the time was used for", None))
#endif // QT_CONFIG(accessibility)
        self.logTimeButton.setText(QCoreApplication.translate("AsyeDialog", u"&Log time", None))
        self.deleteTimeButton.setText(QCoreApplication.translate("AsyeDialog", u"Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteTimeButton.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Delete the chosen time entry", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.timeTab), QCoreApplication.translate("AsyeDialog", u"Protected &time", None))
#if QT_CONFIG(accessibility)
        self.observationList.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Direct observations", None))
#endif // QT_CONFIG(accessibility)
        self.observedLabel.setText(QCoreApplication.translate("AsyeDialog", u"Dat&e", None))
        self.observedDate.setDisplayFormat(QCoreApplication.translate("AsyeDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.observedDate.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Date observed", None))
#endif // QT_CONFIG(accessibility)
        self.observerLabel.setText(QCoreApplication.translate("AsyeDialog", u"O&bserver", None))
#if QT_CONFIG(accessibility)
        self.observerEdit.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Observer", None))
#endif // QT_CONFIG(accessibility)
        self.observationNoteLabel.setText(QCoreApplication.translate("AsyeDialog", u"&Note", None))
#if QT_CONFIG(accessibility)
        self.observationNote.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Observation note", None))
#endif // QT_CONFIG(accessibility)
        self.addObservationButton.setText(QCoreApplication.translate("AsyeDialog", u"Add &observation", None))
        self.deleteObservationButton.setText(QCoreApplication.translate("AsyeDialog", u"Delete", None))
#if QT_CONFIG(accessibility)
        self.deleteObservationButton.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Delete the chosen observation", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.observationsTab), QCoreApplication.translate("AsyeDialog", u"&Observations", None))
        self.stageLabel.setText(QCoreApplication.translate("AsyeDialog", u"Sta&ge", None))
#if QT_CONFIG(accessibility)
        self.stageCombo.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Stage of the year", None))
#endif // QT_CONFIG(accessibility)
        self.ratedOnLabel.setText(QCoreApplication.translate("AsyeDialog", u"Rated o&n", None))
        self.ratedDate.setDisplayFormat(QCoreApplication.translate("AsyeDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.ratedDate.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Date rated", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.areaList.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Areas of the statement", None))
#endif // QT_CONFIG(accessibility)
        self.ratingLabel.setText(QCoreApplication.translate("AsyeDialog", u"Ra&ting", None))
#if QT_CONFIG(accessibility)
        self.ratingCombo.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"My rating", None))
#endif // QT_CONFIG(accessibility)
        self.ratingNoteLabel.setText(QCoreApplication.translate("AsyeDialog", u"E&vidence or next step", None))
#if QT_CONFIG(accessibility)
        self.ratingNote.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Evidence or next step", None))
#endif // QT_CONFIG(accessibility)
        self.rateButton.setText(QCoreApplication.translate("AsyeDialog", u"Save rat&ing", None))
        self.citationLabel.setText("")
#if QT_CONFIG(accessibility)
        self.citationLabel.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Source of the statement", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.kssTab), QCoreApplication.translate("AsyeDialog", u"&Self-assessment", None))
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("AsyeDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("AsyeDialog", u"Export progress as &PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("AsyeDialog", u"&Close", None))
    # retranslateUi

