# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from supervision_desk.gui.date_field import UkDateEdit

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(620, 700)
        self.layout = QVBoxLayout(AgreementDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(AgreementDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.scroll = QScrollArea(AgreementDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.fields = QWidget()
        self.fields.setObjectName(u"fields")
        self.fieldsLayout = QVBoxLayout(self.fields)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.agreedLabel = QLabel(self.fields)
        self.agreedLabel.setObjectName(u"agreedLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agreedLabel)

        self.agreedDate = UkDateEdit(self.fields)
        self.agreedDate.setObjectName(u"agreedDate")
        self.agreedDate.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agreedDate)

        self.reviewLabel = QLabel(self.fields)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.reviewDate = UkDateEdit(self.fields)
        self.reviewDate.setObjectName(u"reviewDate")
        self.reviewDate.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewDate)

        self.frequencyLabel = QLabel(self.fields)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencySpin = QSpinBox(self.fields)
        self.frequencySpin.setObjectName(u"frequencySpin")
        self.frequencySpin.setMinimum(1)
        self.frequencySpin.setMaximum(366)
        self.frequencySpin.setValue(28)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.frequencySpin)

        self.minutesLabel = QLabel(self.fields)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesSpin = QSpinBox(self.fields)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMinimum(1)
        self.minutesSpin.setMaximum(600)
        self.minutesSpin.setValue(90)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.minutesSpin)

        self.locationLabel = QLabel(self.fields)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.fields)
        self.locationEdit.setObjectName(u"locationEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.locationEdit)


        self.fieldsLayout.addLayout(self.form)

        self.confidentialityLabel = QLabel(self.fields)
        self.confidentialityLabel.setObjectName(u"confidentialityLabel")

        self.fieldsLayout.addWidget(self.confidentialityLabel)

        self.confidentialityEdit = QPlainTextEdit(self.fields)
        self.confidentialityEdit.setObjectName(u"confidentialityEdit")
        self.confidentialityEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.confidentialityEdit)

        self.recordingLabel = QLabel(self.fields)
        self.recordingLabel.setObjectName(u"recordingLabel")

        self.fieldsLayout.addWidget(self.recordingLabel)

        self.recordingEdit = QPlainTextEdit(self.fields)
        self.recordingEdit.setObjectName(u"recordingEdit")
        self.recordingEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.recordingEdit)

        self.disagreementLabel = QLabel(self.fields)
        self.disagreementLabel.setObjectName(u"disagreementLabel")

        self.fieldsLayout.addWidget(self.disagreementLabel)

        self.disagreementEdit = QPlainTextEdit(self.fields)
        self.disagreementEdit.setObjectName(u"disagreementEdit")
        self.disagreementEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.disagreementEdit)

        self.otherLabel = QLabel(self.fields)
        self.otherLabel.setObjectName(u"otherLabel")

        self.fieldsLayout.addWidget(self.otherLabel)

        self.otherEdit = QPlainTextEdit(self.fields)
        self.otherEdit.setObjectName(u"otherEdit")
        self.otherEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.otherEdit)

        self.signedLayout = QGridLayout()
        self.signedLayout.setObjectName(u"signedLayout")
        self.supervisorSigned = QCheckBox(self.fields)
        self.supervisorSigned.setObjectName(u"supervisorSigned")

        self.signedLayout.addWidget(self.supervisorSigned, 0, 0, 1, 1)

        self.supervisorDate = UkDateEdit(self.fields)
        self.supervisorDate.setObjectName(u"supervisorDate")
        self.supervisorDate.setCalendarPopup(True)

        self.signedLayout.addWidget(self.supervisorDate, 0, 1, 1, 1)

        self.superviseeSigned = QCheckBox(self.fields)
        self.superviseeSigned.setObjectName(u"superviseeSigned")

        self.signedLayout.addWidget(self.superviseeSigned, 1, 0, 1, 1)

        self.superviseeDate = UkDateEdit(self.fields)
        self.superviseeDate.setObjectName(u"superviseeDate")
        self.superviseeDate.setCalendarPopup(True)

        self.signedLayout.addWidget(self.superviseeDate, 1, 1, 1, 1)


        self.fieldsLayout.addLayout(self.signedLayout)

        self.scroll.setWidget(self.fields)

        self.layout.addWidget(self.scroll)

        self.newCheck = QCheckBox(AgreementDialog)
        self.newCheck.setObjectName(u"newCheck")

        self.layout.addWidget(self.newCheck)

        self.message = QLabel(AgreementDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.pdfButton = QPushButton(AgreementDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.buttons.addWidget(self.pdfButton)

        self.buttonBox = QDialogButtonBox(AgreementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.buttons.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.agreedLabel.setBuddy(self.agreedDate)
        self.reviewLabel.setBuddy(self.reviewDate)
        self.frequencyLabel.setBuddy(self.frequencySpin)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.locationLabel.setBuddy(self.locationEdit)
        self.confidentialityLabel.setBuddy(self.confidentialityEdit)
        self.recordingLabel.setBuddy(self.recordingEdit)
        self.disagreementLabel.setBuddy(self.disagreementEdit)
        self.otherLabel.setBuddy(self.otherEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreementDialog)

        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"Supervision agreement", None))
        self.intro.setText("")
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Agreement", None))
#endif // QT_CONFIG(accessibility)
        self.agreedLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Agreed on", None))
        self.agreedDate.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.agreedDate.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Agreed on", None))
#endif // QT_CONFIG(accessibility)
        self.reviewLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Review by", None))
        self.reviewDate.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.reviewDate.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Review by", None))
#endif // QT_CONFIG(accessibility)
        self.frequencyLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Every (days)", None))
#if QT_CONFIG(accessibility)
        self.frequencySpin.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Days between sessions", None))
#endif // QT_CONFIG(accessibility)
        self.minutesLabel.setText(QCoreApplication.translate("AgreementDialog", u"For at least (&minutes)", None))
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Minimum minutes", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Where", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Where", None))
#endif // QT_CONFIG(accessibility)
        self.confidentialityLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Confidentiality and its limits", None))
#if QT_CONFIG(accessibility)
        self.confidentialityEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Confidentiality and its limits", None))
#endif // QT_CONFIG(accessibility)
        self.recordingLabel.setText(QCoreApplication.translate("AgreementDialog", u"How the record is &written and agreed", None))
#if QT_CONFIG(accessibility)
        self.recordingEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"How the record is written and agreed", None))
#endif // QT_CONFIG(accessibility)
        self.disagreementLabel.setText(QCoreApplication.translate("AgreementDialog", u"How &disagreement is handled", None))
#if QT_CONFIG(accessibility)
        self.disagreementEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"How disagreement is handled", None))
#endif // QT_CONFIG(accessibility)
        self.otherLabel.setText(QCoreApplication.translate("AgreementDialog", u"An&ything else agreed", None))
#if QT_CONFIG(accessibility)
        self.otherEdit.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Anything else agreed", None))
#endif // QT_CONFIG(accessibility)
        self.supervisorSigned.setText(QCoreApplication.translate("AgreementDialog", u"Si&gned by the supervisor on", None))
        self.supervisorDate.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.supervisorDate.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Date signed by the supervisor", None))
#endif // QT_CONFIG(accessibility)
        self.superviseeSigned.setText(QCoreApplication.translate("AgreementDialog", u"Signed by the super&visee on", None))
        self.superviseeDate.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.superviseeDate.setAccessibleName(QCoreApplication.translate("AgreementDialog", u"Date signed by the supervisee", None))
#endif // QT_CONFIG(accessibility)
        self.newCheck.setText(QCoreApplication.translate("AgreementDialog", u"This is a &new agreement after a review (the earlier one stays on record)", None))
        self.message.setText("")
        self.pdfButton.setText(QCoreApplication.translate("AgreementDialog", u"Save as &PDF\u2026", None))
    # retranslateUi

