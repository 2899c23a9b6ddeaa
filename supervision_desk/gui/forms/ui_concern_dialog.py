# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'concern_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QVBoxLayout)

from supervision_desk.gui.date_field import UkDateEdit

class Ui_ConcernDialog(object):
    def setupUi(self, ConcernDialog):
        if not ConcernDialog.objectName():
            ConcernDialog.setObjectName(u"ConcernDialog")
        ConcernDialog.resize(480, 400)
        self.layout = QVBoxLayout(ConcernDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(ConcernDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = UkDateEdit(ConcernDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.raisedLabel = QLabel(ConcernDialog)
        self.raisedLabel.setObjectName(u"raisedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.raisedLabel)

        self.raisedCombo = QComboBox(ConcernDialog)
        self.raisedCombo.setObjectName(u"raisedCombo")
        self.raisedCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.raisedCombo)

        self.statusLabel = QLabel(ConcernDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ConcernDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.layout.addLayout(self.form)

        self.textLabel = QLabel(ConcernDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.layout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(ConcernDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.textEdit)

        self.outcomeLabel = QLabel(ConcernDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.layout.addWidget(self.outcomeLabel)

        self.outcomeEdit = QPlainTextEdit(ConcernDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.outcomeEdit)

        self.message = QLabel(ConcernDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonBox = QDialogButtonBox(ConcernDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.raisedLabel.setBuddy(self.raisedCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConcernDialog)

        QMetaObject.connectSlotsByName(ConcernDialog)
    # setupUi

    def retranslateUi(self, ConcernDialog):
        ConcernDialog.setWindowTitle(QCoreApplication.translate("ConcernDialog", u"Workload concern", None))
        self.dateLabel.setText(QCoreApplication.translate("ConcernDialog", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ConcernDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Date raised", None))
#endif // QT_CONFIG(accessibility)
        self.raisedLabel.setText(QCoreApplication.translate("ConcernDialog", u"&Raised by", None))
#if QT_CONFIG(accessibility)
        self.raisedCombo.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Raised by", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("ConcernDialog", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.textLabel.setText(QCoreApplication.translate("ConcernDialog", u"&The concern", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"The concern", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("ConcernDialog", u"O&utcome: what was done", None))
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleName(QCoreApplication.translate("ConcernDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

