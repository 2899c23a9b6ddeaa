# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
    QVBoxLayout)

from supervision_desk.gui.date_field import UkDateEdit

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 340)
        self.layout = QVBoxLayout(PersonDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(PersonDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(PersonDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.fteLabel = QLabel(PersonDialog)
        self.fteLabel.setObjectName(u"fteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fteLabel)

        self.fteSpin = QDoubleSpinBox(PersonDialog)
        self.fteSpin.setObjectName(u"fteSpin")
        self.fteSpin.setMinimum(0.050000000000000)
        self.fteSpin.setMaximum(1.500000000000000)
        self.fteSpin.setSingleStep(0.100000000000000)
        self.fteSpin.setValue(1.000000000000000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fteSpin)

        self.startLabel = QLabel(PersonDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDate = UkDateEdit(PersonDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startDate)

        self.newlyQualified = QCheckBox(PersonDialog)
        self.newlyQualified.setObjectName(u"newlyQualified")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.newlyQualified)

        self.registeredLabel = QLabel(PersonDialog)
        self.registeredLabel.setObjectName(u"registeredLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.registeredLabel)

        self.registeredCombo = QComboBox(PersonDialog)
        self.registeredCombo.setObjectName(u"registeredCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.registeredCombo)

        self.regulatorLabel = QLabel(PersonDialog)
        self.regulatorLabel.setObjectName(u"regulatorLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.regulatorLabel)

        self.regulatorCombo = QComboBox(PersonDialog)
        self.regulatorCombo.setObjectName(u"regulatorCombo")
        self.regulatorCombo.setEditable(True)
        self.regulatorCombo.setInsertPolicy(QComboBox.NoInsert)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.regulatorCombo)

        self.standardLabel = QLabel(PersonDialog)
        self.standardLabel.setObjectName(u"standardLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.standardLabel)

        self.standardCombo = QComboBox(PersonDialog)
        self.standardCombo.setObjectName(u"standardCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.standardCombo)

        self.recordsLabel = QLabel(PersonDialog)
        self.recordsLabel.setObjectName(u"recordsLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.recordsLabel)

        self.recordsDate = UkDateEdit(PersonDialog)
        self.recordsDate.setObjectName(u"recordsDate")
        self.recordsDate.setCalendarPopup(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.recordsDate)

        self.lastKnown = QCheckBox(PersonDialog)
        self.lastKnown.setObjectName(u"lastKnown")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.lastKnown)

        self.lastDate = UkDateEdit(PersonDialog)
        self.lastDate.setObjectName(u"lastDate")
        self.lastDate.setCalendarPopup(True)
        self.lastDate.setEnabled(False)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.lastDate)


        self.layout.addLayout(self.form)

        self.monthsBox = QGroupBox(PersonDialog)
        self.monthsBox.setObjectName(u"monthsBox")
        self.monthsLayout = QVBoxLayout(self.monthsBox)
        self.monthsLayout.setObjectName(u"monthsLayout")
        self.monthsHint = QLabel(self.monthsBox)
        self.monthsHint.setObjectName(u"monthsHint")
        self.monthsHint.setWordWrap(True)

        self.monthsLayout.addWidget(self.monthsHint)

        self.monthsList = QListWidget(self.monthsBox)
        self.monthsList.setObjectName(u"monthsList")
        self.monthsList.setMaximumSize(QSize(16777215, 90))

        self.monthsLayout.addWidget(self.monthsList)

        self.monthRow = QHBoxLayout()
        self.monthRow.setObjectName(u"monthRow")
        self.monthDate = UkDateEdit(self.monthsBox)
        self.monthDate.setObjectName(u"monthDate")
        self.monthDate.setCalendarPopup(True)

        self.monthRow.addWidget(self.monthDate)

        self.monthNote = QLineEdit(self.monthsBox)
        self.monthNote.setObjectName(u"monthNote")

        self.monthRow.addWidget(self.monthNote)

        self.addMonthButton = QPushButton(self.monthsBox)
        self.addMonthButton.setObjectName(u"addMonthButton")

        self.monthRow.addWidget(self.addMonthButton)

        self.removeMonthButton = QPushButton(self.monthsBox)
        self.removeMonthButton.setObjectName(u"removeMonthButton")
        self.removeMonthButton.setEnabled(False)

        self.monthRow.addWidget(self.removeMonthButton)


        self.monthsLayout.addLayout(self.monthRow)


        self.layout.addWidget(self.monthsBox)

        self.message = QLabel(PersonDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.fteLabel.setBuddy(self.fteSpin)
        self.startLabel.setBuddy(self.startDate)
        self.registeredLabel.setBuddy(self.registeredCombo)
        self.regulatorLabel.setBuddy(self.regulatorCombo)
        self.standardLabel.setBuddy(self.standardCombo)
        self.recordsLabel.setBuddy(self.recordsDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name or initials", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Name or initials", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.fteLabel.setText(QCoreApplication.translate("PersonDialog", u"&FTE", None))
#if QT_CONFIG(accessibility)
        self.fteSpin.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Full-time equivalent", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("PersonDialog", u"&Started in role", None))
        self.startDate.setDisplayFormat(QCoreApplication.translate("PersonDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Started in role", None))
#endif // QT_CONFIG(accessibility)
        self.newlyQualified.setText(QCoreApplication.translate("PersonDialog", u"Newly &qualified", None))
        self.registeredLabel.setText(QCoreApplication.translate("PersonDialog", u"Registered social &worker", None))
#if QT_CONFIG(tooltip)
        self.registeredLabel.setToolTip(QCoreApplication.translate("PersonDialog", u"LGA Standard 5 and the ASYE follow registration, not the role: a manager who is a registered social worker is covered too.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.registeredCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Registered social worker", None))
#endif // QT_CONFIG(accessibility)
        self.regulatorLabel.setText(QCoreApplication.translate("PersonDialog", u"Re&gulator", None))
#if QT_CONFIG(accessibility)
        self.regulatorCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Regulator or professional body, where known", None))
#endif // QT_CONFIG(accessibility)
        self.standardLabel.setText(QCoreApplication.translate("PersonDialog", u"Supervision s&tandard", None))
#if QT_CONFIG(accessibility)
        self.standardCombo.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Supervision standard", None))
#endif // QT_CONFIG(accessibility)
        self.recordsLabel.setText(QCoreApplication.translate("PersonDialog", u"Records start &here on", None))
#if QT_CONFIG(tooltip)
        self.recordsLabel.setToolTip(QCoreApplication.translate("PersonDialog", u"When did their supervision records start in this vault? Nothing before this day is judged late or missed.", None))
#endif // QT_CONFIG(tooltip)
        self.recordsDate.setDisplayFormat(QCoreApplication.translate("PersonDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.recordsDate.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Supervision records start here on", None))
#endif // QT_CONFIG(accessibility)
        self.lastKnown.setText(QCoreApplication.translate("PersonDialog", u"&Last supervision before that", None))
#if QT_CONFIG(tooltip)
        self.lastKnown.setToolTip(QCoreApplication.translate("PersonDialog", u"When was their last supervision before these records start? The schedule runs on from it.", None))
#endif // QT_CONFIG(tooltip)
        self.lastDate.setDisplayFormat(QCoreApplication.translate("PersonDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.lastDate.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Last supervision before the records start", None))
#endif // QT_CONFIG(accessibility)
        self.monthsBox.setTitle(QCoreApplication.translate("PersonDialog", u"Months not counted for BACP", None))
        self.monthsHint.setText(QCoreApplication.translate("PersonDialog", u"A calendar month with no client work (leave, for example) is not judged against the 90 minutes. Pick any day in the month and say why.", None))
#if QT_CONFIG(accessibility)
        self.monthsList.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Months not counted", None))
#endif // QT_CONFIG(accessibility)
        self.monthDate.setDisplayFormat(QCoreApplication.translate("PersonDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.monthDate.setAccessibleName(QCoreApplication.translate("PersonDialog", u"A day in the month not counted", None))
#endif // QT_CONFIG(accessibility)
        self.monthNote.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Why (for example: annual leave)", None))
#if QT_CONFIG(accessibility)
        self.monthNote.setAccessibleName(QCoreApplication.translate("PersonDialog", u"Why the month is not counted", None))
#endif // QT_CONFIG(accessibility)
        self.addMonthButton.setText(QCoreApplication.translate("PersonDialog", u"A&dd month", None))
        self.removeMonthButton.setText(QCoreApplication.translate("PersonDialog", u"Remo&ve", None))
        self.message.setText("")
    # retranslateUi

