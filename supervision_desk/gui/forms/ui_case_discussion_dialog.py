# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_discussion_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout)

class Ui_CaseDiscussionDialog(object):
    def setupUi(self, CaseDiscussionDialog):
        if not CaseDiscussionDialog.objectName():
            CaseDiscussionDialog.setObjectName(u"CaseDiscussionDialog")
        CaseDiscussionDialog.resize(560, 560)
        self.layout = QVBoxLayout(CaseDiscussionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.caseLabel = QLabel(CaseDiscussionDialog)
        self.caseLabel.setObjectName(u"caseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseLabel)

        self.caseRow = QHBoxLayout()
        self.caseRow.setObjectName(u"caseRow")
        self.caseCombo = QComboBox(CaseDiscussionDialog)
        self.caseCombo.setObjectName(u"caseCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.caseCombo.sizePolicy().hasHeightForWidth())
        self.caseCombo.setSizePolicy(sizePolicy)

        self.caseRow.addWidget(self.caseCombo)

        self.newCaseButton = QPushButton(CaseDiscussionDialog)
        self.newCaseButton.setObjectName(u"newCaseButton")
        self.newCaseButton.setAutoDefault(False)

        self.caseRow.addWidget(self.newCaseButton)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.caseRow)

        self.byLabel = QLabel(CaseDiscussionDialog)
        self.byLabel.setObjectName(u"byLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.byLabel)

        self.byCombo = QComboBox(CaseDiscussionDialog)
        self.byCombo.setObjectName(u"byCombo")
        self.byCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.byCombo)


        self.layout.addLayout(self.form)

        self.discussionLabel = QLabel(CaseDiscussionDialog)
        self.discussionLabel.setObjectName(u"discussionLabel")

        self.layout.addWidget(self.discussionLabel)

        self.discussionEdit = QPlainTextEdit(CaseDiscussionDialog)
        self.discussionEdit.setObjectName(u"discussionEdit")
        self.discussionEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.discussionEdit)

        self.decisionLabel = QLabel(CaseDiscussionDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.layout.addWidget(self.decisionLabel)

        self.decisionEdit = QPlainTextEdit(CaseDiscussionDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")
        self.decisionEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.decisionEdit)

        self.rationaleLabel = QLabel(CaseDiscussionDialog)
        self.rationaleLabel.setObjectName(u"rationaleLabel")

        self.layout.addWidget(self.rationaleLabel)

        self.rationaleEdit = QPlainTextEdit(CaseDiscussionDialog)
        self.rationaleEdit.setObjectName(u"rationaleEdit")
        self.rationaleEdit.setTabChangesFocus(True)

        self.layout.addWidget(self.rationaleEdit)

        self.forFileCheck = QCheckBox(CaseDiscussionDialog)
        self.forFileCheck.setObjectName(u"forFileCheck")
        self.forFileCheck.setChecked(True)

        self.layout.addWidget(self.forFileCheck)

        self.message = QLabel(CaseDiscussionDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonBox = QDialogButtonBox(CaseDiscussionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.caseLabel.setBuddy(self.caseCombo)
        self.byLabel.setBuddy(self.byCombo)
        self.discussionLabel.setBuddy(self.discussionEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.rationaleLabel.setBuddy(self.rationaleEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseDiscussionDialog)

        QMetaObject.connectSlotsByName(CaseDiscussionDialog)
    # setupUi

    def retranslateUi(self, CaseDiscussionDialog):
        CaseDiscussionDialog.setWindowTitle(QCoreApplication.translate("CaseDiscussionDialog", u"A case discussed", None))
        self.caseLabel.setText(QCoreApplication.translate("CaseDiscussionDialog", u"C&ase", None))
#if QT_CONFIG(accessibility)
        self.caseCombo.setAccessibleName(QCoreApplication.translate("CaseDiscussionDialog", u"Case", None))
#endif // QT_CONFIG(accessibility)
        self.newCaseButton.setText(QCoreApplication.translate("CaseDiscussionDialog", u"&New case\u2026", None))
#if QT_CONFIG(tooltip)
        self.newCaseButton.setToolTip(QCoreApplication.translate("CaseDiscussionDialog", u"Allocate a case to this session's supervisee without leaving this dialog", None))
#endif // QT_CONFIG(tooltip)
        self.byLabel.setText(QCoreApplication.translate("CaseDiscussionDialog", u"Decided &by", None))
#if QT_CONFIG(accessibility)
        self.byCombo.setAccessibleName(QCoreApplication.translate("CaseDiscussionDialog", u"Decided by", None))
#endif // QT_CONFIG(accessibility)
        self.discussionLabel.setText(QCoreApplication.translate("CaseDiscussionDialog", u"What was &discussed", None))
#if QT_CONFIG(accessibility)
        self.discussionEdit.setAccessibleName(QCoreApplication.translate("CaseDiscussionDialog", u"What was discussed", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("CaseDiscussionDialog", u"D&ecision (for the child's file)", None))
#if QT_CONFIG(accessibility)
        self.decisionEdit.setAccessibleName(QCoreApplication.translate("CaseDiscussionDialog", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.rationaleLabel.setText(QCoreApplication.translate("CaseDiscussionDialog", u"&Rationale", None))
#if QT_CONFIG(accessibility)
        self.rationaleEdit.setAccessibleName(QCoreApplication.translate("CaseDiscussionDialog", u"Rationale", None))
#endif // QT_CONFIG(accessibility)
        self.forFileCheck.setText(QCoreApplication.translate("CaseDiscussionDialog", u"Copy the decision to the child's &file", None))
        self.message.setText("")
    # retranslateUi

