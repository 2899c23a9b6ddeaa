# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

from supervision_desk.gui.date_field import UkDateEdit

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1000, 640)
        self.layout = QVBoxLayout(AuditDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AuditDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.drawBox = QGroupBox(AuditDialog)
        self.drawBox.setObjectName(u"drawBox")
        self.drawRow = QHBoxLayout(self.drawBox)
        self.drawRow.setObjectName(u"drawRow")
        self.startLabel = QLabel(self.drawBox)
        self.startLabel.setObjectName(u"startLabel")

        self.drawRow.addWidget(self.startLabel)

        self.startDate = UkDateEdit(self.drawBox)
        self.startDate.setObjectName(u"startDate")

        self.drawRow.addWidget(self.startDate)

        self.endLabel = QLabel(self.drawBox)
        self.endLabel.setObjectName(u"endLabel")

        self.drawRow.addWidget(self.endLabel)

        self.endDate = UkDateEdit(self.drawBox)
        self.endDate.setObjectName(u"endDate")

        self.drawRow.addWidget(self.endDate)

        self.sizeLabel = QLabel(self.drawBox)
        self.sizeLabel.setObjectName(u"sizeLabel")

        self.drawRow.addWidget(self.sizeLabel)

        self.sizeSpin = QSpinBox(self.drawBox)
        self.sizeSpin.setObjectName(u"sizeSpin")
        self.sizeSpin.setMinimum(1)
        self.sizeSpin.setMaximum(50)
        self.sizeSpin.setValue(10)

        self.drawRow.addWidget(self.sizeSpin)

        self.auditorLabel = QLabel(self.drawBox)
        self.auditorLabel.setObjectName(u"auditorLabel")

        self.drawRow.addWidget(self.auditorLabel)

        self.auditorEdit = QLineEdit(self.drawBox)
        self.auditorEdit.setObjectName(u"auditorEdit")

        self.drawRow.addWidget(self.auditorEdit)

        self.drawButton = QPushButton(self.drawBox)
        self.drawButton.setObjectName(u"drawButton")

        self.drawRow.addWidget(self.drawButton)


        self.layout.addWidget(self.drawBox)

        self.auditRow = QHBoxLayout()
        self.auditRow.setObjectName(u"auditRow")
        self.auditLabel = QLabel(AuditDialog)
        self.auditLabel.setObjectName(u"auditLabel")

        self.auditRow.addWidget(self.auditLabel)

        self.auditCombo = QComboBox(AuditDialog)
        self.auditCombo.setObjectName(u"auditCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.auditCombo.sizePolicy().hasHeightForWidth())
        self.auditCombo.setSizePolicy(sizePolicy)

        self.auditRow.addWidget(self.auditCombo)


        self.layout.addLayout(self.auditRow)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.itemsList = QListWidget(AuditDialog)
        self.itemsList.setObjectName(u"itemsList")
        self.itemsList.setMaximumSize(QSize(230, 16777215))

        self.columns.addWidget(self.itemsList)

        self.recordText = QPlainTextEdit(AuditDialog)
        self.recordText.setObjectName(u"recordText")
        self.recordText.setReadOnly(True)

        self.columns.addWidget(self.recordText)

        self.scoresColumn = QVBoxLayout()
        self.scoresColumn.setObjectName(u"scoresColumn")
        self.scoresHeading = QLabel(AuditDialog)
        self.scoresHeading.setObjectName(u"scoresHeading")

        self.scoresColumn.addWidget(self.scoresHeading)

        self.scoresForm = QFormLayout()
        self.scoresForm.setObjectName(u"scoresForm")

        self.scoresColumn.addLayout(self.scoresForm)

        self.noteLabel = QLabel(AuditDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.scoresColumn.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(AuditDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.scoresColumn.addWidget(self.noteEdit)

        self.scoresSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scoresColumn.addItem(self.scoresSpacer)

        self.scoresColumn.setStretch(4, 1)

        self.columns.addLayout(self.scoresColumn)

        self.columns.setStretch(1, 3)
        self.columns.setStretch(2, 2)

        self.layout.addLayout(self.columns)

        self.summaryLabel = QLabel(AuditDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.message = QLabel(AuditDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonBox = QDialogButtonBox(AuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.startLabel.setBuddy(self.startDate)
        self.endLabel.setBuddy(self.endDate)
        self.sizeLabel.setBuddy(self.sizeSpin)
        self.auditorLabel.setBuddy(self.auditorEdit)
        self.auditLabel.setBuddy(self.auditCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditDialog)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit a sample of records", None))
        self.intro.setText(QCoreApplication.translate("AuditDialog", u"Read a few of the period's one-to-one records, picked at random, and answer the same plain questions about each. Only the answers reach the team summary; your notes stay here.", None))
        self.drawBox.setTitle(QCoreApplication.translate("AuditDialog", u"A new sample", None))
        self.startLabel.setText(QCoreApplication.translate("AuditDialog", u"Records &from", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Records from", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("AuditDialog", u"&to", None))
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Records to", None))
#endif // QT_CONFIG(accessibility)
        self.sizeLabel.setText(QCoreApplication.translate("AuditDialog", u"&How many", None))
#if QT_CONFIG(accessibility)
        self.sizeSpin.setAccessibleName(QCoreApplication.translate("AuditDialog", u"How many records to sample", None))
#endif // QT_CONFIG(accessibility)
        self.auditorLabel.setText(QCoreApplication.translate("AuditDialog", u"Audited &by", None))
#if QT_CONFIG(accessibility)
        self.auditorEdit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Audited by", None))
#endif // QT_CONFIG(accessibility)
        self.drawButton.setText(QCoreApplication.translate("AuditDialog", u"&Draw a sample", None))
        self.auditLabel.setText(QCoreApplication.translate("AuditDialog", u"&Audit", None))
#if QT_CONFIG(accessibility)
        self.auditCombo.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Audit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemsList.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Sampled records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordText.setAccessibleName(QCoreApplication.translate("AuditDialog", u"The sampled record", None))
#endif // QT_CONFIG(accessibility)
        self.scoresHeading.setText(QCoreApplication.translate("AuditDialog", u"Scores for this record", None))
        self.noteLabel.setText(QCoreApplication.translate("AuditDialog", u"&Note (stays in the vault)", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Note on this record", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("AuditDialog", u"What this audit found", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

