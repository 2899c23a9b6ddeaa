# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_vault_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QRadioButton, QVBoxLayout,
    QWidget)

class Ui_CreateVaultDialog(object):
    def setupUi(self, CreateVaultDialog):
        if not CreateVaultDialog.objectName():
            CreateVaultDialog.setObjectName(u"CreateVaultDialog")
        CreateVaultDialog.resize(560, 460)
        self.layout = QVBoxLayout(CreateVaultDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(CreateVaultDialog)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pathLabel = QLabel(CreateVaultDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(CreateVaultDialog)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(CreateVaultDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathRow)

        self.modeLabel = QLabel(CreateVaultDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeBox = QVBoxLayout()
        self.modeBox.setObjectName(u"modeBox")
        self.supervisorRadio = QRadioButton(CreateVaultDialog)
        self.supervisorRadio.setObjectName(u"supervisorRadio")
        self.supervisorRadio.setChecked(True)

        self.modeBox.addWidget(self.supervisorRadio)

        self.practitionerRadio = QRadioButton(CreateVaultDialog)
        self.practitionerRadio.setObjectName(u"practitionerRadio")

        self.modeBox.addWidget(self.practitionerRadio)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.modeBox)

        self.ownerLabel = QLabel(CreateVaultDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(CreateVaultDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.roleLabel = QLabel(CreateVaultDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(CreateVaultDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passLabel = QLabel(CreateVaultDialog)
        self.passLabel.setObjectName(u"passLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passLabel)

        self.passRow = QHBoxLayout()
        self.passRow.setObjectName(u"passRow")
        self.passEdit = QLineEdit(CreateVaultDialog)
        self.passEdit.setObjectName(u"passEdit")
        self.passEdit.setEchoMode(QLineEdit.Password)

        self.passRow.addWidget(self.passEdit)

        self.suggestButton = QPushButton(CreateVaultDialog)
        self.suggestButton.setObjectName(u"suggestButton")

        self.passRow.addWidget(self.suggestButton)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.passRow)

        self.repeatLabel = QLabel(CreateVaultDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(CreateVaultDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthLabel = QLabel(CreateVaultDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.strengthLabel)

        self.strengthBar = QProgressBar(CreateVaultDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.strengthBar)


        self.layout.addLayout(self.form)

        self.feedback = QLabel(CreateVaultDialog)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setWordWrap(True)

        self.layout.addWidget(self.feedback)

        self.warning = QLabel(CreateVaultDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)

        self.layout.addWidget(self.warning)

        self.buttonBox = QDialogButtonBox(CreateVaultDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.passLabel.setBuddy(self.passEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.supervisorRadio)
        QWidget.setTabOrder(self.supervisorRadio, self.practitionerRadio)
        QWidget.setTabOrder(self.practitionerRadio, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.passEdit)
        QWidget.setTabOrder(self.passEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.suggestButton)

        self.retranslateUi(CreateVaultDialog)

        QMetaObject.connectSlotsByName(CreateVaultDialog)
    # setupUi

    def retranslateUi(self, CreateVaultDialog):
        CreateVaultDialog.setWindowTitle(QCoreApplication.translate("CreateVaultDialog", u"New vault \u2014 Supervision Desk", None))
        self.heading.setText(QCoreApplication.translate("CreateVaultDialog", u"Create a new vault", None))
        self.pathLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"&File", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Vault file", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("CreateVaultDialog", u"C&hoose\u2026", None))
        self.modeLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"This vault is for", None))
        self.supervisorRadio.setText(QCoreApplication.translate("CreateVaultDialog", u"I &supervise others", None))
        self.practitionerRadio.setText(QCoreApplication.translate("CreateVaultDialog", u"&My own practice and journal", None))
        self.ownerLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"Your &name", None))
#if QT_CONFIG(accessibility)
        self.ownerEdit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"Your &role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Your role", None))
#endif // QT_CONFIG(accessibility)
        self.passLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passEdit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.suggestButton.setText(QCoreApplication.translate("CreateVaultDialog", u"S&uggest", None))
        self.repeatLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"&Again", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.strengthLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"Strength", None))
        self.strengthBar.setFormat("")
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.feedback.setText("")
#if QT_CONFIG(accessibility)
        self.feedback.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Passphrase advice", None))
#endif // QT_CONFIG(accessibility)
        self.warning.setText(QCoreApplication.translate("CreateVaultDialog", u"There is no way to recover a forgotten passphrase. Write it down and keep it somewhere safe.", None))
    # retranslateUi

