# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_HelpDialog(object):
    def setupUi(self, HelpDialog):
        if not HelpDialog.objectName():
            HelpDialog.setObjectName(u"HelpDialog")
        HelpDialog.resize(980, 660)
        self.layout = QVBoxLayout(HelpDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.contents = QVBoxLayout()
        self.contents.setObjectName(u"contents")
        self.pagesLabel = QLabel(HelpDialog)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.contents.addWidget(self.pagesLabel)

        self.pageList = QListWidget(HelpDialog)
        self.pageList.setObjectName(u"pageList")
        self.pageList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.pageList.setWordWrap(True)

        self.contents.addWidget(self.pageList)


        self.columns.addLayout(self.contents)

        self.browser = QTextBrowser(HelpDialog)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)

        self.columns.addWidget(self.browser)

        self.columns.setStretch(1, 1)

        self.layout.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(HelpDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pagesLabel.setBuddy(self.pageList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pageList, self.browser)

        self.retranslateUi(HelpDialog)

        QMetaObject.connectSlotsByName(HelpDialog)
    # setupUi

    def retranslateUi(self, HelpDialog):
        HelpDialog.setWindowTitle(QCoreApplication.translate("HelpDialog", u"Help", None))
        self.pagesLabel.setText(QCoreApplication.translate("HelpDialog", u"Help &pages", None))
#if QT_CONFIG(accessibility)
        self.pageList.setAccessibleName(QCoreApplication.translate("HelpDialog", u"Help pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("HelpDialog", u"Help text", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

