# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'search_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout)

class Ui_SearchPage(object):
    def setupUi(self, SearchPage):
        if not SearchPage.objectName():
            SearchPage.setObjectName(u"SearchPage")
        self.layout = QVBoxLayout(SearchPage)
        self.layout.setObjectName(u"layout")
        self.searchHeading = QLabel(SearchPage)
        self.searchHeading.setObjectName(u"searchHeading")
        self.searchHeading.setWordWrap(True)

        self.layout.addWidget(self.searchHeading)

        self.queryEdit = QLineEdit(SearchPage)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.layout.addWidget(self.queryEdit)

        self.summary = QLabel(SearchPage)
        self.summary.setObjectName(u"summary")

        self.layout.addWidget(self.summary)

        self.results = QListView(SearchPage)
        self.results.setObjectName(u"results")
        self.results.setWordWrap(True)

        self.layout.addWidget(self.results)

        self.moreButton = QPushButton(SearchPage)
        self.moreButton.setObjectName(u"moreButton")
        self.moreButton.setVisible(False)

        self.layout.addWidget(self.moreButton)


        self.retranslateUi(SearchPage)

        QMetaObject.connectSlotsByName(SearchPage)
    # setupUi

    def retranslateUi(self, SearchPage):
        self.searchHeading.setText(QCoreApplication.translate("SearchPage", u"Search sessions, journal, actions and cases discussed", None))
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("SearchPage", u"Words to find\u2026", None))
#if QT_CONFIG(accessibility)
        self.queryEdit.setAccessibleName(QCoreApplication.translate("SearchPage", u"Search words", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("SearchPage", u"Search results", None))
#endif // QT_CONFIG(accessibility)
        self.moreButton.setText(QCoreApplication.translate("SearchPage", u"Show more results", None))
#if QT_CONFIG(accessibility)
        self.moreButton.setAccessibleName(QCoreApplication.translate("SearchPage", u"Show more results", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

