# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListView, QPlainTextEdit, QPushButton, QSizePolicy, QStackedWidget,
    QVBoxLayout, QWidget)

from supervision_desk.gui.date_field import UkDateEdit

class Ui_JournalPage(object):
    def setupUi(self, JournalPage):
        if not JournalPage.objectName():
            JournalPage.setObjectName(u"JournalPage")
        self.layout = QHBoxLayout(JournalPage)
        self.layout.setObjectName(u"layout")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.journalHeading = QLabel(JournalPage)
        self.journalHeading.setObjectName(u"journalHeading")

        self.listColumn.addWidget(self.journalHeading)

        self.entryList = QListView(JournalPage)
        self.entryList.setObjectName(u"entryList")
        self.entryList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.listColumn.addWidget(self.entryList)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.templateLabel = QLabel(JournalPage)
        self.templateLabel.setObjectName(u"templateLabel")

        self.templateRow.addWidget(self.templateLabel)

        self.templateCombo = QComboBox(JournalPage)
        self.templateCombo.setObjectName(u"templateCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.templateCombo.sizePolicy().hasHeightForWidth())
        self.templateCombo.setSizePolicy(sizePolicy)

        self.templateRow.addWidget(self.templateCombo)


        self.listColumn.addLayout(self.templateRow)

        self.entryButtons = QHBoxLayout()
        self.entryButtons.setObjectName(u"entryButtons")
        self.newEntryButton = QPushButton(JournalPage)
        self.newEntryButton.setObjectName(u"newEntryButton")

        self.entryButtons.addWidget(self.newEntryButton)

        self.deleteEntryButton = QPushButton(JournalPage)
        self.deleteEntryButton.setObjectName(u"deleteEntryButton")

        self.entryButtons.addWidget(self.deleteEntryButton)


        self.listColumn.addLayout(self.entryButtons)

        self.cpdButton = QPushButton(JournalPage)
        self.cpdButton.setObjectName(u"cpdButton")

        self.listColumn.addWidget(self.cpdButton)


        self.layout.addLayout(self.listColumn)

        self.editorStack = QStackedWidget(JournalPage)
        self.editorStack.setObjectName(u"editorStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.editorStack.addWidget(self.emptyPage)
        self.entryPage = QWidget()
        self.entryPage.setObjectName(u"entryPage")
        self.editorColumn = QVBoxLayout(self.entryPage)
        self.editorColumn.setObjectName(u"editorColumn")
        self.privateBanner = QLabel(self.entryPage)
        self.privateBanner.setObjectName(u"privateBanner")
        self.privateBanner.setWordWrap(True)

        self.editorColumn.addWidget(self.privateBanner)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.dateLabel = QLabel(self.entryPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = UkDateEdit(self.entryPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.titleLabel = QLabel(self.entryPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.entryPage)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.sessionLabel = QLabel(self.entryPage)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(self.entryPage)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.tagsLabel = QLabel(self.entryPage)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(self.entryPage)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tagsEdit)


        self.editorColumn.addLayout(self.form)

        self.capacitiesBox = QGroupBox(self.entryPage)
        self.capacitiesBox.setObjectName(u"capacitiesBox")

        self.editorColumn.addWidget(self.capacitiesBox)

        self.bodyEdit = QPlainTextEdit(self.entryPage)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.editorColumn.addWidget(self.bodyEdit)

        self.editorStack.addWidget(self.entryPage)

        self.layout.addWidget(self.editorStack)

        self.promptsHost = QWidget(JournalPage)
        self.promptsHost.setObjectName(u"promptsHost")
        self.promptsLayout = QVBoxLayout(self.promptsHost)
        self.promptsLayout.setObjectName(u"promptsLayout")
        self.promptsLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.promptsHost)

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.tagsLabel.setBuddy(self.tagsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JournalPage)

        QMetaObject.connectSlotsByName(JournalPage)
    # setupUi

    def retranslateUi(self, JournalPage):
        self.journalHeading.setText(QCoreApplication.translate("JournalPage", u"Journal", None))
#if QT_CONFIG(accessibility)
        self.entryList.setAccessibleName(QCoreApplication.translate("JournalPage", u"Journal entries", None))
#endif // QT_CONFIG(accessibility)
        self.templateLabel.setText(QCoreApplication.translate("JournalPage", u"New entries &use", None))
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleName(QCoreApplication.translate("JournalPage", u"Template for new entries", None))
#endif // QT_CONFIG(accessibility)
        self.newEntryButton.setText(QCoreApplication.translate("JournalPage", u"&New entry", None))
        self.deleteEntryButton.setText(QCoreApplication.translate("JournalPage", u"&Delete\u2026", None))
        self.cpdButton.setText(QCoreApplication.translate("JournalPage", u"&CPD log\u2026", None))
#if QT_CONFIG(tooltip)
        self.cpdButton.setToolTip(QCoreApplication.translate("JournalPage", u"Your CPD for registration: pieces made new, from a journal entry or from supervision", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("JournalPage", u"No journal entries yet. The journal is private: only you can read it, and an entry leaves the vault only when you pick it for an export. Choose \u201cNew entry\u201d to write one.", None))
        self.privateBanner.setText(QCoreApplication.translate("JournalPage", u"Private \u2014 only you can read this. It never leaves the vault unless you pick it for an export.", None))
        self.dateLabel.setText(QCoreApplication.translate("JournalPage", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("JournalPage", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("JournalPage", u"Entry date", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("JournalPage", u"&Title", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("JournalPage", u"Entry title", None))
#endif // QT_CONFIG(accessibility)
        self.sessionLabel.setText(QCoreApplication.translate("JournalPage", u"&Linked session", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("JournalPage", u"Linked session", None))
#endif // QT_CONFIG(accessibility)
        self.tagsLabel.setText(QCoreApplication.translate("JournalPage", u"Ta&gs", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("JournalPage", u"comma-separated", None))
#if QT_CONFIG(accessibility)
        self.tagsEdit.setAccessibleName(QCoreApplication.translate("JournalPage", u"Tags", None))
#endif // QT_CONFIG(accessibility)
        self.capacitiesBox.setTitle(QCoreApplication.translate("JournalPage", u"Capacities this entry touches", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("JournalPage", u"Entry text", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.promptsHost.setAccessibleName(QCoreApplication.translate("JournalPage", u"Prompts", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

