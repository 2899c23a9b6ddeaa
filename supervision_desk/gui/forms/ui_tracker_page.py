# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tracker_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_TrackerPage(object):
    def setupUi(self, TrackerPage):
        if not TrackerPage.objectName():
            TrackerPage.setObjectName(u"TrackerPage")
        self.layout = QVBoxLayout(TrackerPage)
        self.layout.setObjectName(u"layout")
        self.trackerHeading = QLabel(TrackerPage)
        self.trackerHeading.setObjectName(u"trackerHeading")

        self.layout.addWidget(self.trackerHeading)

        self.trackerNote = QLabel(TrackerPage)
        self.trackerNote.setObjectName(u"trackerNote")
        self.trackerNote.setWordWrap(True)

        self.layout.addWidget(self.trackerNote)

        self.table = QTableWidget(TrackerPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)

        self.layout.addWidget(self.table)


        self.retranslateUi(TrackerPage)

        QMetaObject.connectSlotsByName(TrackerPage)
    # setupUi

    def retranslateUi(self, TrackerPage):
        self.trackerHeading.setText(QCoreApplication.translate("TrackerPage", u"Supervision due", None))
        self.trackerNote.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("TrackerPage", u"Supervision due per person", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

