# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QFrame,
    QGroupBox, QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

class Ui_PolicyDialog(object):
    def setupUi(self, PolicyDialog):
        if not PolicyDialog.objectName():
            PolicyDialog.setObjectName(u"PolicyDialog")
        PolicyDialog.resize(560, 620)
        self.layout = QVBoxLayout(PolicyDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(PolicyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.scroll = QScrollArea(PolicyDialog)
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
        self.pointsLabel = QLabel(self.fields)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.pointsSpin = QDoubleSpinBox(self.fields)
        self.pointsSpin.setObjectName(u"pointsSpin")
        self.pointsSpin.setMinimum(1.000000000000000)
        self.pointsSpin.setMaximum(10000.000000000000000)
        self.pointsSpin.setDecimals(0)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pointsSpin)

        self.shareLabel = QLabel(self.fields)
        self.shareLabel.setObjectName(u"shareLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shareLabel)

        self.shareSpin = QSpinBox(self.fields)
        self.shareSpin.setObjectName(u"shareSpin")
        self.shareSpin.setMinimum(1)
        self.shareSpin.setMaximum(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shareSpin)

        self.shareForAll = QCheckBox(self.fields)
        self.shareForAll.setObjectName(u"shareForAll")

        self.form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.shareForAll)

        self.hoursLabel = QLabel(self.fields)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(self.fields)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setMinimum(1.000000000000000)
        self.hoursSpin.setMaximum(100.000000000000000)
        self.hoursSpin.setDecimals(1)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hoursSpin)


        self.fieldsLayout.addLayout(self.form)

        self.rolesBox = QGroupBox(self.fields)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesForm = QFormLayout(self.rolesBox)
        self.rolesForm.setObjectName(u"rolesForm")

        self.fieldsLayout.addWidget(self.rolesBox)

        self.note = QLabel(self.fields)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.fieldsLayout.addWidget(self.note)

        self.scroll.setWidget(self.fields)

        self.layout.addWidget(self.scroll)

        self.message = QLabel(PolicyDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonBox = QDialogButtonBox(PolicyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pointsLabel.setBuddy(self.pointsSpin)
        self.shareLabel.setBuddy(self.shareSpin)
        self.hoursLabel.setBuddy(self.hoursSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PolicyDialog)

        QMetaObject.connectSlotsByName(PolicyDialog)
    # setupUi

    def retranslateUi(self, PolicyDialog):
        PolicyDialog.setWindowTitle(QCoreApplication.translate("PolicyDialog", u"Tracker settings", None))
        self.intro.setText(QCoreApplication.translate("PolicyDialog", u"These settings are your service's own policy. They are kept in the vault, so the Tracker, the summaries and the command line all count the same way.", None))
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("PolicyDialog", u"Tracker settings", None))
#endif // QT_CONFIG(accessibility)
        self.pointsLabel.setText(QCoreApplication.translate("PolicyDialog", u"Capacity of a full-time worker (&points)", None))
#if QT_CONFIG(accessibility)
        self.pointsSpin.setAccessibleName(QCoreApplication.translate("PolicyDialog", u"Capacity of a full-time worker in weighted points", None))
#endif // QT_CONFIG(accessibility)
        self.shareLabel.setText(QCoreApplication.translate("PolicyDialog", u"&Newly qualified workload (% of capacity)", None))
        self.shareSpin.setSuffix(QCoreApplication.translate("PolicyDialog", u"%", None))
#if QT_CONFIG(accessibility)
        self.shareSpin.setAccessibleName(QCoreApplication.translate("PolicyDialog", u"Share of capacity for a newly qualified worker", None))
#endif // QT_CONFIG(accessibility)
        self.shareForAll.setText(QCoreApplication.translate("PolicyDialog", u"Give that share to &every newly qualified worker, not only social workers in the ASYE (a local choice)", None))
        self.hoursLabel.setText(QCoreApplication.translate("PolicyDialog", u"Contracted &hours in a full-time week", None))
#if QT_CONFIG(accessibility)
        self.hoursSpin.setAccessibleName(QCoreApplication.translate("PolicyDialog", u"Contracted hours in a full-time week", None))
#endif // QT_CONFIG(accessibility)
        self.rolesBox.setTitle(QCoreApplication.translate("PolicyDialog", u"Supervision standard for new people, by role", None))
        self.note.setText(QCoreApplication.translate("PolicyDialog", u"No national caseload number exists: 100 points a full-time worker is this app's starting point, and 90% for the newly qualified follows the assessed first year (ASYE). LGA Standard 5 applies to every registered social worker, managers included, so they start on it whatever their role; other professions follow their own body or the employer, and a rhythm of so many days is a local default, not a national standard.", None))
        self.message.setText("")
    # retranslateUi

