# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(520, 320)
        self.layout = QVBoxLayout(UnlockDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(UnlockDialog)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathLabel = QLabel(UnlockDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.pathRow.addWidget(self.pathLabel)

        self.pathValue = QLabel(UnlockDialog)
        self.pathValue.setObjectName(u"pathValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.pathValue.sizePolicy().hasHeightForWidth())
        self.pathValue.setSizePolicy(sizePolicy)
        self.pathValue.setWordWrap(True)
        self.pathValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pathRow.addWidget(self.pathValue)

        self.chooseButton = QPushButton(UnlockDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.pathRow.addWidget(self.chooseButton)


        self.layout.addLayout(self.pathRow)

        self.passphraseLabel = QLabel(UnlockDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.layout.addWidget(self.passphraseLabel)

        self.passphraseEdit = QLineEdit(UnlockDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.layout.addWidget(self.passphraseEdit)

        self.progress = QProgressBar(UnlockDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.layout.addWidget(self.progress)

        self.message = QLabel(UnlockDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.createButton = QPushButton(UnlockDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttons.addWidget(self.createButton)

        self.backupButton = QPushButton(UnlockDialog)
        self.backupButton.setObjectName(u"backupButton")

        self.buttons.addWidget(self.backupButton)

        self.usePassphraseButton = QPushButton(UnlockDialog)
        self.usePassphraseButton.setObjectName(u"usePassphraseButton")

        self.buttons.addWidget(self.usePassphraseButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(UnlockDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttons.addWidget(self.unlockButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.createButton)
        QWidget.setTabOrder(self.createButton, self.backupButton)

        self.retranslateUi(UnlockDialog)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock \u2014 Supervision Desk", None))
        self.heading.setObjectName(QCoreApplication.translate("UnlockDialog", u"heading", None))
        self.heading.setText(QCoreApplication.translate("UnlockDialog", u"Unlock your vault", None))
        self.pathLabel.setText(QCoreApplication.translate("UnlockDialog", u"Vault:", None))
        self.pathValue.setText("")
#if QT_CONFIG(accessibility)
        self.pathValue.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Vault file", None))
#endif // QT_CONFIG(accessibility)
        self.chooseButton.setText(QCoreApplication.translate("UnlockDialog", u"&Open another\u2026", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Unlocking", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.createButton.setText(QCoreApplication.translate("UnlockDialog", u"&New vault\u2026", None))
        self.backupButton.setText(QCoreApplication.translate("UnlockDialog", u"Open a &backup\u2026", None))
        self.usePassphraseButton.setText(QCoreApplication.translate("UnlockDialog", u"Use the pass&phrase instead", None))
        self.unlockButton.setText(QCoreApplication.translate("UnlockDialog", u"&Unlock", None))
    # retranslateUi

