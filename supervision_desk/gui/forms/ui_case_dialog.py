# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSpinBox, QVBoxLayout)

from supervision_desk.gui.date_field import UkDateEdit

class Ui_CaseDialog(object):
    def setupUi(self, CaseDialog):
        if not CaseDialog.objectName():
            CaseDialog.setObjectName(u"CaseDialog")
        CaseDialog.resize(480, 380)
        self.layout = QVBoxLayout(CaseDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.referenceLabel = QLabel(CaseDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(CaseDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.labelLabel = QLabel(CaseDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(CaseDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(12)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.weightLabel = QLabel(CaseDialog)
        self.weightLabel.setObjectName(u"weightLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weightSpin = QSpinBox(CaseDialog)
        self.weightSpin.setObjectName(u"weightSpin")
        self.weightSpin.setMinimum(1)
        self.weightSpin.setMaximum(10)
        self.weightSpin.setValue(5)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.weightSpin)

        self.dateLabel = QLabel(CaseDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = UkDateEdit(CaseDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.personLabel = QLabel(CaseDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(CaseDialog)
        self.personCombo.setObjectName(u"personCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.personCombo)


        self.layout.addLayout(self.form)

        self.rationaleLabel = QLabel(CaseDialog)
        self.rationaleLabel.setObjectName(u"rationaleLabel")
        self.rationaleLabel.setWordWrap(True)

        self.layout.addWidget(self.rationaleLabel)

        self.rationaleEdit = QPlainTextEdit(CaseDialog)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.rationaleEdit)

        self.message = QLabel(CaseDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonBox = QDialogButtonBox(CaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.labelLabel.setBuddy(self.labelEdit)
        self.weightLabel.setBuddy(self.weightSpin)
        self.dateLabel.setBuddy(self.dateEdit)
        self.personLabel.setBuddy(self.personCombo)
        self.rationaleLabel.setBuddy(self.rationaleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseDialog)

        QMetaObject.connectSlotsByName(CaseDialog)
    # setupUi

    def retranslateUi(self, CaseDialog):
        CaseDialog.setWindowTitle(QCoreApplication.translate("CaseDialog", u"Allocate a case", None))
        self.referenceLabel.setText(QCoreApplication.translate("CaseDialog", u"Case &reference", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"for example YP-014", None))
#if QT_CONFIG(accessibility)
        self.referenceEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Case reference", None))
#endif // QT_CONFIG(accessibility)
        self.labelLabel.setText(QCoreApplication.translate("CaseDialog", u"&Initials (optional)", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("CaseDialog", u"initials or a pseudonym, never a full name", None))
#if QT_CONFIG(accessibility)
        self.labelEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Initials or pseudonym", None))
#endif // QT_CONFIG(accessibility)
        self.weightLabel.setText(QCoreApplication.translate("CaseDialog", u"&Weight (1\u201310)", None))
#if QT_CONFIG(accessibility)
        self.weightSpin.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Case weight", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("CaseDialog", u"&Allocated on", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("CaseDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Allocation date", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("CaseDialog", u"Held &by", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Held by", None))
#endif // QT_CONFIG(accessibility)
        self.rationaleLabel.setText(QCoreApplication.translate("CaseDialog", u"Allocation ra&tionale: why this worker, why this weight, what time it needs", None))
#if QT_CONFIG(accessibility)
        self.rationaleEdit.setAccessibleName(QCoreApplication.translate("CaseDialog", u"Allocation rationale", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

