# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cpd_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QListView, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

from supervision_desk.gui.date_field import UkDateEdit

class Ui_CpdDialog(object):
    def setupUi(self, CpdDialog):
        if not CpdDialog.objectName():
            CpdDialog.setObjectName(u"CpdDialog")
        CpdDialog.resize(1040, 680)
        self.layout = QVBoxLayout(CpdDialog)
        self.layout.setObjectName(u"layout")
        self.privateBanner = QLabel(CpdDialog)
        self.privateBanner.setObjectName(u"privateBanner")
        self.privateBanner.setWordWrap(True)

        self.layout.addWidget(self.privateBanner)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(CpdDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(CpdDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.yearRow.addWidget(self.yearCombo)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.layout.addLayout(self.yearRow)

        self.statusLabel = QLabel(CpdDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.listColumn = QVBoxLayout()
        self.listColumn.setObjectName(u"listColumn")
        self.pieceList = QListView(CpdDialog)
        self.pieceList.setObjectName(u"pieceList")

        self.listColumn.addWidget(self.pieceList)

        self.pieceButtons = QHBoxLayout()
        self.pieceButtons.setObjectName(u"pieceButtons")
        self.newButton = QPushButton(CpdDialog)
        self.newButton.setObjectName(u"newButton")

        self.pieceButtons.addWidget(self.newButton)

        self.deleteButton = QPushButton(CpdDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.pieceButtons.addWidget(self.deleteButton)


        self.listColumn.addLayout(self.pieceButtons)

        self.fromEntryButton = QPushButton(CpdDialog)
        self.fromEntryButton.setObjectName(u"fromEntryButton")

        self.listColumn.addWidget(self.fromEntryButton)

        self.fromSessionBox = QGroupBox(CpdDialog)
        self.fromSessionBox.setObjectName(u"fromSessionBox")
        self.fromSessionForm = QFormLayout(self.fromSessionBox)
        self.fromSessionForm.setObjectName(u"fromSessionForm")
        self.fromSessionForm.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.sessionLabel = QLabel(self.fromSessionBox)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.fromSessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(self.fromSessionBox)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.fromSessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.roleLabel = QLabel(self.fromSessionBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fromSessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.fromSessionBox)
        self.roleCombo.setObjectName(u"roleCombo")

        self.fromSessionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.fromSessionButton = QPushButton(self.fromSessionBox)
        self.fromSessionButton.setObjectName(u"fromSessionButton")

        self.fromSessionForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.fromSessionButton)


        self.listColumn.addWidget(self.fromSessionBox)


        self.columns.addLayout(self.listColumn)

        self.editorStack = QStackedWidget(CpdDialog)
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
        self.editorPage = QWidget()
        self.editorPage.setObjectName(u"editorPage")
        self.editorGrid = QGridLayout(self.editorPage)
        self.editorGrid.setObjectName(u"editorGrid")
        self.typeLabel = QLabel(self.editorPage)
        self.typeLabel.setObjectName(u"typeLabel")

        self.editorGrid.addWidget(self.typeLabel, 0, 0, 1, 1)

        self.typeCopy = QPushButton(self.editorPage)
        self.typeCopy.setObjectName(u"typeCopy")

        self.editorGrid.addWidget(self.typeCopy, 0, 1, 1, 1)

        self.typeCombo = QComboBox(self.editorPage)
        self.typeCombo.setObjectName(u"typeCombo")

        self.editorGrid.addWidget(self.typeCombo, 1, 0, 1, 2)

        self.dateLabel = QLabel(self.editorPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.editorGrid.addWidget(self.dateLabel, 2, 0, 1, 1)

        self.dateCopy = QPushButton(self.editorPage)
        self.dateCopy.setObjectName(u"dateCopy")

        self.editorGrid.addWidget(self.dateCopy, 2, 1, 1, 1)

        self.dateEdit = UkDateEdit(self.editorPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.editorGrid.addWidget(self.dateEdit, 3, 0, 1, 2)

        self.descriptionLabel = QLabel(self.editorPage)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.editorGrid.addWidget(self.descriptionLabel, 4, 0, 1, 1)

        self.descriptionCopy = QPushButton(self.editorPage)
        self.descriptionCopy.setObjectName(u"descriptionCopy")

        self.editorGrid.addWidget(self.descriptionCopy, 4, 1, 1, 1)

        self.descriptionEdit = QPlainTextEdit(self.editorPage)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.editorGrid.addWidget(self.descriptionEdit, 5, 0, 1, 2)

        self.learningLabel = QLabel(self.editorPage)
        self.learningLabel.setObjectName(u"learningLabel")

        self.editorGrid.addWidget(self.learningLabel, 6, 0, 1, 1)

        self.learningCopy = QPushButton(self.editorPage)
        self.learningCopy.setObjectName(u"learningCopy")

        self.editorGrid.addWidget(self.learningCopy, 6, 1, 1, 1)

        self.learningEdit = QPlainTextEdit(self.editorPage)
        self.learningEdit.setObjectName(u"learningEdit")
        self.learningEdit.setTabChangesFocus(True)

        self.editorGrid.addWidget(self.learningEdit, 7, 0, 1, 2)

        self.impactLabel = QLabel(self.editorPage)
        self.impactLabel.setObjectName(u"impactLabel")

        self.editorGrid.addWidget(self.impactLabel, 8, 0, 1, 1)

        self.impactCopy = QPushButton(self.editorPage)
        self.impactCopy.setObjectName(u"impactCopy")

        self.editorGrid.addWidget(self.impactCopy, 8, 1, 1, 1)

        self.impactEdit = QPlainTextEdit(self.editorPage)
        self.impactEdit.setObjectName(u"impactEdit")
        self.impactEdit.setTabChangesFocus(True)

        self.editorGrid.addWidget(self.impactEdit, 9, 0, 1, 2)

        self.peerLabel = QLabel(self.editorPage)
        self.peerLabel.setObjectName(u"peerLabel")

        self.editorGrid.addWidget(self.peerLabel, 10, 0, 1, 1)

        self.peerCopy = QPushButton(self.editorPage)
        self.peerCopy.setObjectName(u"peerCopy")

        self.editorGrid.addWidget(self.peerCopy, 10, 1, 1, 1)

        self.peerEdit = QPlainTextEdit(self.editorPage)
        self.peerEdit.setObjectName(u"peerEdit")
        self.peerEdit.setTabChangesFocus(True)

        self.editorGrid.addWidget(self.peerEdit, 11, 0, 1, 2)

        self.editorStack.addWidget(self.editorPage)

        self.columns.addWidget(self.editorStack)


        self.layout.addLayout(self.columns)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.message = QLabel(CpdDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.bottomRow.addWidget(self.message)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.exportButton = QPushButton(CpdDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomRow.addWidget(self.exportButton)

        self.closeButton = QPushButton(CpdDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.typeLabel.setBuddy(self.typeCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.learningLabel.setBuddy(self.learningEdit)
        self.impactLabel.setBuddy(self.impactEdit)
        self.peerLabel.setBuddy(self.peerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CpdDialog)

        QMetaObject.connectSlotsByName(CpdDialog)
    # setupUi

    def retranslateUi(self, CpdDialog):
        CpdDialog.setWindowTitle(QCoreApplication.translate("CpdDialog", u"CPD log", None))
        self.privateBanner.setText(QCoreApplication.translate("CpdDialog", u"Private, like your journal: your CPD leaves the vault only when you copy or export it. Ctrl+Shift+C copies the field the cursor is in.", None))
        self.yearLabel.setText(QCoreApplication.translate("CpdDialog", u"Registration &year", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Registration year", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Renewal status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pieceList.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Pieces of CPD", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("CpdDialog", u"&New piece", None))
        self.deleteButton.setText(QCoreApplication.translate("CpdDialog", u"&Delete\u2026", None))
        self.fromEntryButton.setText(QCoreApplication.translate("CpdDialog", u"From the open &journal entry", None))
#if QT_CONFIG(tooltip)
        self.fromEntryButton.setToolTip(QCoreApplication.translate("CpdDialog", u"Start a piece from the journal entry open in the journal", None))
#endif // QT_CONFIG(tooltip)
        self.fromSessionBox.setTitle(QCoreApplication.translate("CpdDialog", u"From a supervision record (peer reflection)", None))
        self.sessionLabel.setText(QCoreApplication.translate("CpdDialog", u"&Session", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Supervision session", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("CpdDialog", u"Supervisor's &role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Supervisor's role", None))
#endif // QT_CONFIG(accessibility)
        self.fromSessionButton.setText(QCoreApplication.translate("CpdDialog", u"Make a piece from its &learning", None))
#if QT_CONFIG(tooltip)
        self.fromSessionButton.setToolTip(QCoreApplication.translate("CpdDialog", u"Copies the record's learning section only: never the cases discussed", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("CpdDialog", u"No CPD in this registration year yet. Start a new piece, or make one from a journal entry or from the learning of a supervision record.", None))
        self.typeLabel.setText(QCoreApplication.translate("CpdDialog", u"T&ype of CPD", None))
        self.typeCopy.setText(QCoreApplication.translate("CpdDialog", u"Copy", None))
#if QT_CONFIG(tooltip)
        self.typeCopy.setToolTip(QCoreApplication.translate("CpdDialog", u"Copy this field, ready to paste into the online form (Ctrl+Shift+C from the field)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.typeCopy.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Copy Type of CPD", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Type of CPD", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("CpdDialog", u"Da&te", None))
        self.dateCopy.setText(QCoreApplication.translate("CpdDialog", u"Copy", None))
#if QT_CONFIG(tooltip)
        self.dateCopy.setToolTip(QCoreApplication.translate("CpdDialog", u"Copy this field, ready to paste into the online form (Ctrl+Shift+C from the field)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dateCopy.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Copy Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("CpdDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("CpdDialog", u"What it was and &why it was relevant", None))
        self.descriptionCopy.setText(QCoreApplication.translate("CpdDialog", u"Copy", None))
#if QT_CONFIG(tooltip)
        self.descriptionCopy.setToolTip(QCoreApplication.translate("CpdDialog", u"Copy this field, ready to paste into the online form (Ctrl+Shift+C from the field)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.descriptionCopy.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Copy What it was and why it was relevant", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("CpdDialog", u"What it was and why it was relevant", None))
#endif // QT_CONFIG(accessibility)
        self.learningLabel.setText(QCoreApplication.translate("CpdDialog", u"What I &learnt", None))
        self.learningCopy.setText(QCoreApplication.translate("CpdDialog", u"Copy", None))
#if QT_CONFIG(tooltip)
        self.learningCopy.setToolTip(QCoreApplication.translate("CpdDialog", u"Copy this field, ready to paste into the online form (Ctrl+Shift+C from the field)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.learningCopy.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Copy What I learnt", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.learningEdit.setAccessibleName(QCoreApplication.translate("CpdDialog", u"What I learnt", None))
#endif // QT_CONFIG(accessibility)
        self.impactLabel.setText(QCoreApplication.translate("CpdDialog", u"&Impact on my practice and the people I work with", None))
        self.impactCopy.setText(QCoreApplication.translate("CpdDialog", u"Copy", None))
#if QT_CONFIG(tooltip)
        self.impactCopy.setToolTip(QCoreApplication.translate("CpdDialog", u"Copy this field, ready to paste into the online form (Ctrl+Shift+C from the field)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.impactCopy.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Copy Impact on my practice and the people I work with", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.impactEdit.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Impact on my practice and the people I work with", None))
#endif // QT_CONFIG(accessibility)
        self.peerLabel.setText(QCoreApplication.translate("CpdDialog", u"What I learnt from discussing it with a pee&r", None))
        self.peerCopy.setText(QCoreApplication.translate("CpdDialog", u"Copy", None))
#if QT_CONFIG(tooltip)
        self.peerCopy.setToolTip(QCoreApplication.translate("CpdDialog", u"Copy this field, ready to paste into the online form (Ctrl+Shift+C from the field)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.peerCopy.setAccessibleName(QCoreApplication.translate("CpdDialog", u"Copy What I learnt from discussing it with a peer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peerEdit.setAccessibleName(QCoreApplication.translate("CpdDialog", u"What I learnt from discussing it with a peer", None))
#endif // QT_CONFIG(accessibility)
        self.message.setText("")
        self.exportButton.setText(QCoreApplication.translate("CpdDialog", u"Export the year as &PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("CpdDialog", u"&Close", None))
    # retranslateUi

