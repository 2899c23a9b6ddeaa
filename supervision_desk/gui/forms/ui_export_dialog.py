# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QProgressBar, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from supervision_desk.gui.date_field import UkDateEdit

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 560)
        self.layout = QVBoxLayout(ExportDialog)
        self.layout.setObjectName(u"layout")
        self.scroll = QScrollArea(ExportDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.fields = QWidget()
        self.fields.setObjectName(u"fields")
        self.fieldsLayout = QVBoxLayout(self.fields)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.whatBox = QGroupBox(self.fields)
        self.whatBox.setObjectName(u"whatBox")
        self.whatLayout = QVBoxLayout(self.whatBox)
        self.whatLayout.setObjectName(u"whatLayout")
        self.sessionRadio = QRadioButton(self.whatBox)
        self.sessionRadio.setObjectName(u"sessionRadio")

        self.whatLayout.addWidget(self.sessionRadio)

        self.personRadio = QRadioButton(self.whatBox)
        self.personRadio.setObjectName(u"personRadio")

        self.whatLayout.addWidget(self.personRadio)

        self.teamRadio = QRadioButton(self.whatBox)
        self.teamRadio.setObjectName(u"teamRadio")

        self.whatLayout.addWidget(self.teamRadio)

        self.journalRadio = QRadioButton(self.whatBox)
        self.journalRadio.setObjectName(u"journalRadio")

        self.whatLayout.addWidget(self.journalRadio)

        self.journalList = QListWidget(self.whatBox)
        self.journalList.setObjectName(u"journalList")
        self.journalList.setMaximumSize(QSize(16777215, 120))

        self.whatLayout.addWidget(self.journalList)

        self.olderRow = QHBoxLayout()
        self.olderRow.setObjectName(u"olderRow")
        self.journalCount = QLabel(self.whatBox)
        self.journalCount.setObjectName(u"journalCount")
        self.journalCount.setWordWrap(True)

        self.olderRow.addWidget(self.journalCount)

        self.olderButton = QPushButton(self.whatBox)
        self.olderButton.setObjectName(u"olderButton")

        self.olderRow.addWidget(self.olderButton)

        self.olderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.olderRow.addItem(self.olderSpacer)


        self.whatLayout.addLayout(self.olderRow)


        self.fieldsLayout.addWidget(self.whatBox)

        self.periodBox = QGroupBox(self.fields)
        self.periodBox.setObjectName(u"periodBox")
        self.periodLayout = QHBoxLayout(self.periodBox)
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(self.periodBox)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromDate = UkDateEdit(self.periodBox)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(self.periodBox)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDate = UkDateEdit(self.periodBox)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toDate)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.fieldsLayout.addWidget(self.periodBox)

        self.optionsBox = QGroupBox(self.fields)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsLayout = QVBoxLayout(self.optionsBox)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.anonymiseCheck = QCheckBox(self.optionsBox)
        self.anonymiseCheck.setObjectName(u"anonymiseCheck")
        self.anonymiseCheck.setChecked(True)

        self.optionsLayout.addWidget(self.anonymiseCheck)

        self.appendixCheck = QCheckBox(self.optionsBox)
        self.appendixCheck.setObjectName(u"appendixCheck")

        self.optionsLayout.addWidget(self.appendixCheck)

        self.initialsCheck = QCheckBox(self.optionsBox)
        self.initialsCheck.setObjectName(u"initialsCheck")

        self.optionsLayout.addWidget(self.initialsCheck)

        self.confidentialCheck = QCheckBox(self.optionsBox)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.optionsLayout.addWidget(self.confidentialCheck)


        self.fieldsLayout.addWidget(self.optionsBox)

        self.protectForm = QFormLayout()
        self.protectForm.setObjectName(u"protectForm")
        self.passwordCheck = QCheckBox(self.fields)
        self.passwordCheck.setObjectName(u"passwordCheck")

        self.protectForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordCheck)

        self.passwordEdit = QLineEdit(self.fields)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.protectForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatEdit = QLineEdit(self.fields)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.protectForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.destLabel = QLabel(self.fields)
        self.destLabel.setObjectName(u"destLabel")

        self.protectForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.destLabel)

        self.destRow = QHBoxLayout()
        self.destRow.setObjectName(u"destRow")
        self.destEdit = QLineEdit(self.fields)
        self.destEdit.setObjectName(u"destEdit")

        self.destRow.addWidget(self.destEdit)

        self.browseButton = QPushButton(self.fields)
        self.browseButton.setObjectName(u"browseButton")

        self.destRow.addWidget(self.browseButton)


        self.protectForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.destRow)


        self.fieldsLayout.addLayout(self.protectForm)

        self.scroll.setWidget(self.fields)

        self.layout.addWidget(self.scroll)

        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progress = QProgressBar(ExportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.progressRow.addWidget(self.progress)

        self.stopButton = QPushButton(ExportDialog)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setVisible(False)

        self.progressRow.addWidget(self.stopButton)


        self.layout.addLayout(self.progressRow)

        self.message = QLabel(ExportDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.openButton = QPushButton(ExportDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.folderButton = QPushButton(ExportDialog)
        self.folderButton.setObjectName(u"folderButton")

        self.buttons.addWidget(self.folderButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)

        self.printButton = QPushButton(ExportDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttons.addWidget(self.printButton)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttons.addWidget(self.exportButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.destLabel.setBuddy(self.destEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export a PDF", None))
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("ExportDialog", u"What to export", None))
#endif // QT_CONFIG(accessibility)
        self.whatBox.setTitle(QCoreApplication.translate("ExportDialog", u"What to export", None))
        self.sessionRadio.setText(QCoreApplication.translate("ExportDialog", u"The agreed &record of this session", None))
        self.personRadio.setText(QCoreApplication.translate("ExportDialog", u"A supervision &summary for this person", None))
        self.teamRadio.setText(QCoreApplication.translate("ExportDialog", u"The team s&ummary (figures only, no notes)", None))
        self.journalRadio.setText(QCoreApplication.translate("ExportDialog", u"Private &journal entries I pick", None))
#if QT_CONFIG(accessibility)
        self.journalList.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Journal entries to export", None))
#endif // QT_CONFIG(accessibility)
        self.journalCount.setText("")
#if QT_CONFIG(accessibility)
        self.journalCount.setAccessibleName(QCoreApplication.translate("ExportDialog", u"How many journal entries", None))
#endif // QT_CONFIG(accessibility)
        self.olderButton.setText(QCoreApplication.translate("ExportDialog", u"Show o&lder entries", None))
#if QT_CONFIG(tooltip)
        self.olderButton.setToolTip(QCoreApplication.translate("ExportDialog", u"Add the next older journal entries to the list", None))
#endif // QT_CONFIG(tooltip)
        self.periodBox.setTitle(QCoreApplication.translate("ExportDialog", u"Period", None))
        self.fromLabel.setText(QCoreApplication.translate("ExportDialog", u"&From", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ExportDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ExportDialog", u"&To", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ExportDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.optionsBox.setTitle(QCoreApplication.translate("ExportDialog", u"Include", None))
        self.anonymiseCheck.setText(QCoreApplication.translate("ExportDialog", u"&Anonymise practitioners (Practitioner A, B\u2026)", None))
        self.appendixCheck.setText(QCoreApplication.translate("ExportDialog", u"Full session recor&ds as an appendix", None))
        self.initialsCheck.setText(QCoreApplication.translate("ExportDialog", u"Young people's &initials beside case references", None))
        self.confidentialCheck.setText(QCoreApplication.translate("ExportDialog", u"The confidential note (&kept off shared records unless chosen here)", None))
        self.passwordCheck.setText(QCoreApplication.translate("ExportDialog", u"Protect with a pass&word", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"PDF password", None))
#endif // QT_CONFIG(accessibility)
        self.repeatEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"the same again", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"PDF password again", None))
#endif // QT_CONFIG(accessibility)
        self.destLabel.setText(QCoreApplication.translate("ExportDialog", u"Save &as", None))
#if QT_CONFIG(accessibility)
        self.destEdit.setAccessibleName(QCoreApplication.translate("ExportDialog", u"File to write", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Exporting", None))
#endif // QT_CONFIG(accessibility)
        self.stopButton.setText(QCoreApplication.translate("ExportDialog", u"&Stop", None))
#if QT_CONFIG(tooltip)
        self.stopButton.setToolTip(QCoreApplication.translate("ExportDialog", u"Stop making the PDF: nothing is saved", None))
#endif // QT_CONFIG(tooltip)
        self.message.setText("")
        self.openButton.setText(QCoreApplication.translate("ExportDialog", u"&Open", None))
        self.folderButton.setText(QCoreApplication.translate("ExportDialog", u"Show in &folder", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"&Close", None))
        self.printButton.setText(QCoreApplication.translate("ExportDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ExportDialog", u"Print the same document, with a preview first", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Export", None))
    # retranslateUi

