# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prompts_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_PromptsPage(object):
    def setupUi(self, PromptsPage):
        if not PromptsPage.objectName():
            PromptsPage.setObjectName(u"PromptsPage")
        self.layout = QVBoxLayout(PromptsPage)
        self.layout.setObjectName(u"layout")
        self.promptsHeading = QLabel(PromptsPage)
        self.promptsHeading.setObjectName(u"promptsHeading")

        self.layout.addWidget(self.promptsHeading)

        self.browser = QTextBrowser(PromptsPage)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(False)

        self.layout.addWidget(self.browser)


        self.retranslateUi(PromptsPage)

        QMetaObject.connectSlotsByName(PromptsPage)
    # setupUi

    def retranslateUi(self, PromptsPage):
        self.promptsHeading.setText(QCoreApplication.translate("PromptsPage", u"The framework", None))
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("PromptsPage", u"The nine capacities", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

