# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pin_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_PinDialog(object):
    def setupUi(self, PinDialog):
        if not PinDialog.objectName():
            PinDialog.setObjectName(u"PinDialog")
        PinDialog.resize(480, 240)
        self.layout = QVBoxLayout(PinDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PinDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pinLabel = QLabel(PinDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(PinDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.repeatLabel = QLabel(PinDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(PinDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.layout.addLayout(self.form)

        self.message = QLabel(PinDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonBox = QDialogButtonBox(PinDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pinLabel.setBuddy(self.pinEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pinEdit, self.repeatEdit)

        self.retranslateUi(PinDialog)

        QMetaObject.connectSlotsByName(PinDialog)
    # setupUi

    def retranslateUi(self, PinDialog):
        PinDialog.setWindowTitle(QCoreApplication.translate("PinDialog", u"Quick unlock with a PIN \u2014 Supervision Desk", None))
        self.intro.setText("")
        self.pinLabel.setText(QCoreApplication.translate("PinDialog", u"&PIN", None))
#if QT_CONFIG(accessibility)
        self.pinEdit.setAccessibleName(QCoreApplication.translate("PinDialog", u"PIN", None))
#endif // QT_CONFIG(accessibility)
        self.repeatLabel.setText(QCoreApplication.translate("PinDialog", u"&Again", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("PinDialog", u"PIN again", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("PinDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

