# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prompts_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QPushButton, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_PromptsPage(object):
    def setupUi(self, PromptsPage):
        if not PromptsPage.objectName():
            PromptsPage.setObjectName(u"PromptsPage")
        self.layout = QHBoxLayout(PromptsPage)
        self.layout.setObjectName(u"layout")
        self.panelHost = QWidget(PromptsPage)
        self.panelHost.setObjectName(u"panelHost")
        self.panelLayout = QVBoxLayout(self.panelHost)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.panelHost)

        self.sideColumn = QVBoxLayout()
        self.sideColumn.setObjectName(u"sideColumn")
        self.promptsHeading = QLabel(PromptsPage)
        self.promptsHeading.setObjectName(u"promptsHeading")
        self.promptsHeading.setWordWrap(True)

        self.sideColumn.addWidget(self.promptsHeading)

        self.browser = QTextBrowser(PromptsPage)
        self.browser.setObjectName(u"browser")

        self.sideColumn.addWidget(self.browser)

        self.customHeading = QLabel(PromptsPage)
        self.customHeading.setObjectName(u"customHeading")
        self.customHeading.setWordWrap(True)

        self.sideColumn.addWidget(self.customHeading)

        self.customButtons = QGridLayout()
        self.customButtons.setObjectName(u"customButtons")
        self.addButton = QPushButton(PromptsPage)
        self.addButton.setObjectName(u"addButton")

        self.customButtons.addWidget(self.addButton, 0, 0, 1, 1)

        self.editButton = QPushButton(PromptsPage)
        self.editButton.setObjectName(u"editButton")

        self.customButtons.addWidget(self.editButton, 0, 1, 1, 1)

        self.removeButton = QPushButton(PromptsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.customButtons.addWidget(self.removeButton, 0, 2, 1, 1)

        self.importButton = QPushButton(PromptsPage)
        self.importButton.setObjectName(u"importButton")

        self.customButtons.addWidget(self.importButton, 1, 0, 1, 1)

        self.exportButton = QPushButton(PromptsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.customButtons.addWidget(self.exportButton, 1, 1, 1, 1)


        self.sideColumn.addLayout(self.customButtons)

        self.message = QLabel(PromptsPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.sideColumn.addWidget(self.message)


        self.layout.addLayout(self.sideColumn)


        self.retranslateUi(PromptsPage)

        QMetaObject.connectSlotsByName(PromptsPage)
    # setupUi

    def retranslateUi(self, PromptsPage):
#if QT_CONFIG(accessibility)
        self.panelHost.setAccessibleName(QCoreApplication.translate("PromptsPage", u"Prompt library", None))
#endif // QT_CONFIG(accessibility)
        self.promptsHeading.setText(QCoreApplication.translate("PromptsPage", u"The framework", None))
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("PromptsPage", u"The nine capacities and the chosen scenario", None))
#endif // QT_CONFIG(accessibility)
        self.customHeading.setText(QCoreApplication.translate("PromptsPage", u"My own prompts (kept in the vault)", None))
        self.addButton.setText(QCoreApplication.translate("PromptsPage", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("PromptsPage", u"E&dit\u2026", None))
        self.removeButton.setText(QCoreApplication.translate("PromptsPage", u"Re&move", None))
        self.importButton.setText(QCoreApplication.translate("PromptsPage", u"&Import pack\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("PromptsPage", u"E&xport pack\u2026", None))
        self.message.setText("")
        pass
    # retranslateUi

