# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prompts_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QPushButton,
    QVBoxLayout)

class Ui_PromptsPanel(object):
    def setupUi(self, PromptsPanel):
        if not PromptsPanel.objectName():
            PromptsPanel.setObjectName(u"PromptsPanel")
        self.layout = QVBoxLayout(PromptsPanel)
        self.layout.setObjectName(u"layout")
        self.panelHeading = QLabel(PromptsPanel)
        self.panelHeading.setObjectName(u"panelHeading")

        self.layout.addWidget(self.panelHeading)

        self.searchEdit = QLineEdit(PromptsPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.searchEdit)

        self.filters = QFormLayout()
        self.filters.setObjectName(u"filters")
        self.capacityLabel = QLabel(PromptsPanel)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.filters.setWidget(0, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityCombo = QComboBox(PromptsPanel)
        self.capacityCombo.setObjectName(u"capacityCombo")

        self.filters.setWidget(0, QFormLayout.ItemRole.FieldRole, self.capacityCombo)

        self.roleLabel = QLabel(PromptsPanel)
        self.roleLabel.setObjectName(u"roleLabel")

        self.filters.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PromptsPanel)
        self.roleCombo.setObjectName(u"roleCombo")

        self.filters.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.cardLabel = QLabel(PromptsPanel)
        self.cardLabel.setObjectName(u"cardLabel")

        self.filters.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cardLabel)

        self.cardCombo = QComboBox(PromptsPanel)
        self.cardCombo.setObjectName(u"cardCombo")

        self.filters.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cardCombo)

        self.asksLabel = QLabel(PromptsPanel)
        self.asksLabel.setObjectName(u"asksLabel")

        self.filters.setWidget(3, QFormLayout.ItemRole.LabelRole, self.asksLabel)

        self.asksCombo = QComboBox(PromptsPanel)
        self.asksCombo.setObjectName(u"asksCombo")

        self.filters.setWidget(3, QFormLayout.ItemRole.FieldRole, self.asksCombo)

        self.answersLabel = QLabel(PromptsPanel)
        self.answersLabel.setObjectName(u"answersLabel")

        self.filters.setWidget(4, QFormLayout.ItemRole.LabelRole, self.answersLabel)

        self.answersCombo = QComboBox(PromptsPanel)
        self.answersCombo.setObjectName(u"answersCombo")

        self.filters.setWidget(4, QFormLayout.ItemRole.FieldRole, self.answersCombo)


        self.layout.addLayout(self.filters)

        self.countLabel = QLabel(PromptsPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.layout.addWidget(self.countLabel)

        self.promptList = QListWidget(PromptsPanel)
        self.promptList.setObjectName(u"promptList")
        self.promptList.setWordWrap(True)
        self.promptList.setAlternatingRowColors(True)

        self.layout.addWidget(self.promptList)

        self.cardInfo = QLabel(PromptsPanel)
        self.cardInfo.setObjectName(u"cardInfo")
        self.cardInfo.setWordWrap(True)

        self.layout.addWidget(self.cardInfo)

        self.insertButton = QPushButton(PromptsPanel)
        self.insertButton.setObjectName(u"insertButton")

        self.layout.addWidget(self.insertButton)

#if QT_CONFIG(shortcut)
        self.capacityLabel.setBuddy(self.capacityCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.cardLabel.setBuddy(self.cardCombo)
        self.asksLabel.setBuddy(self.asksCombo)
        self.answersLabel.setBuddy(self.answersCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PromptsPanel)

        QMetaObject.connectSlotsByName(PromptsPanel)
    # setupUi

    def retranslateUi(self, PromptsPanel):
        self.panelHeading.setText(QCoreApplication.translate("PromptsPanel", u"Prompts", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PromptsPanel", u"Search prompts\u2026", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PromptsPanel", u"Search prompts", None))
#endif // QT_CONFIG(accessibility)
        self.capacityLabel.setText(QCoreApplication.translate("PromptsPanel", u"Ca&pacity", None))
#if QT_CONFIG(accessibility)
        self.capacityCombo.setAccessibleName(QCoreApplication.translate("PromptsPanel", u"Capacity", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("PromptsPanel", u"For", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("PromptsPanel", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.cardLabel.setText(QCoreApplication.translate("PromptsPanel", u"&Scenario", None))
#if QT_CONFIG(accessibility)
        self.cardCombo.setAccessibleName(QCoreApplication.translate("PromptsPanel", u"Scenario", None))
#endif // QT_CONFIG(accessibility)
        self.asksLabel.setText(QCoreApplication.translate("PromptsPanel", u"As&ked by", None))
#if QT_CONFIG(accessibility)
        self.asksCombo.setAccessibleName(QCoreApplication.translate("PromptsPanel", u"Asked by", None))
#endif // QT_CONFIG(accessibility)
        self.answersLabel.setText(QCoreApplication.translate("PromptsPanel", u"Ans&wered by", None))
#if QT_CONFIG(accessibility)
        self.answersCombo.setAccessibleName(QCoreApplication.translate("PromptsPanel", u"Answered by", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.promptList.setAccessibleName(QCoreApplication.translate("PromptsPanel", u"Prompts", None))
#endif // QT_CONFIG(accessibility)
        self.cardInfo.setText("")
#if QT_CONFIG(accessibility)
        self.cardInfo.setAccessibleName(QCoreApplication.translate("PromptsPanel", u"About this scenario", None))
#endif // QT_CONFIG(accessibility)
        self.insertButton.setText(QCoreApplication.translate("PromptsPanel", u"&Insert prompt", None))
        pass
    # retranslateUi

