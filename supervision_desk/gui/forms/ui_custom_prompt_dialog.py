# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'custom_prompt_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QVBoxLayout)

class Ui_CustomPromptDialog(object):
    def setupUi(self, CustomPromptDialog):
        if not CustomPromptDialog.objectName():
            CustomPromptDialog.setObjectName(u"CustomPromptDialog")
        CustomPromptDialog.resize(460, 320)
        self.layout = QVBoxLayout(CustomPromptDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.capacityLabel = QLabel(CustomPromptDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityCombo = QComboBox(CustomPromptDialog)
        self.capacityCombo.setObjectName(u"capacityCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.capacityCombo)


        self.layout.addLayout(self.form)

        self.rolesLabel = QLabel(CustomPromptDialog)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.layout.addWidget(self.rolesLabel)

        self.rolesRow = QHBoxLayout()
        self.rolesRow.setObjectName(u"rolesRow")
        self.practitionerCheck = QCheckBox(CustomPromptDialog)
        self.practitionerCheck.setObjectName(u"practitionerCheck")
        self.practitionerCheck.setChecked(True)

        self.rolesRow.addWidget(self.practitionerCheck)

        self.managerCheck = QCheckBox(CustomPromptDialog)
        self.managerCheck.setObjectName(u"managerCheck")
        self.managerCheck.setChecked(True)

        self.rolesRow.addWidget(self.managerCheck)

        self.seniorCheck = QCheckBox(CustomPromptDialog)
        self.seniorCheck.setObjectName(u"seniorCheck")

        self.rolesRow.addWidget(self.seniorCheck)

        self.leaderCheck = QCheckBox(CustomPromptDialog)
        self.leaderCheck.setObjectName(u"leaderCheck")

        self.rolesRow.addWidget(self.leaderCheck)


        self.layout.addLayout(self.rolesRow)

        self.textLabel = QLabel(CustomPromptDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.layout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(CustomPromptDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.textEdit)

        self.message = QLabel(CustomPromptDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonBox = QDialogButtonBox(CustomPromptDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.capacityLabel.setBuddy(self.capacityCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomPromptDialog)

        QMetaObject.connectSlotsByName(CustomPromptDialog)
    # setupUi

    def retranslateUi(self, CustomPromptDialog):
        CustomPromptDialog.setWindowTitle(QCoreApplication.translate("CustomPromptDialog", u"My prompt", None))
        self.capacityLabel.setText(QCoreApplication.translate("CustomPromptDialog", u"C&apacity", None))
#if QT_CONFIG(accessibility)
        self.capacityCombo.setAccessibleName(QCoreApplication.translate("CustomPromptDialog", u"Capacity", None))
#endif // QT_CONFIG(accessibility)
        self.rolesLabel.setText(QCoreApplication.translate("CustomPromptDialog", u"Useful for", None))
        self.practitionerCheck.setText(QCoreApplication.translate("CustomPromptDialog", u"Practitioners", None))
        self.managerCheck.setText(QCoreApplication.translate("CustomPromptDialog", u"First-line managers", None))
        self.seniorCheck.setText(QCoreApplication.translate("CustomPromptDialog", u"Senior managers", None))
        self.leaderCheck.setText(QCoreApplication.translate("CustomPromptDialog", u"Strategic leaders", None))
        self.textLabel.setText(QCoreApplication.translate("CustomPromptDialog", u"The &prompt", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("CustomPromptDialog", u"The prompt", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
    # retranslateUi

