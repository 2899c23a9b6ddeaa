# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QSplitter, QStackedWidget, QStatusBar, QToolBar,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        self.actionNewSession = QAction(MainWindow)
        self.actionNewSession.setObjectName(u"actionNewSession")
        self.actionNewJournal = QAction(MainWindow)
        self.actionNewJournal.setObjectName(u"actionNewJournal")
        self.actionSearch = QAction(MainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionExportJson = QAction(MainWindow)
        self.actionExportJson.setObjectName(u"actionExportJson")
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionIdle = QAction(MainWindow)
        self.actionIdle.setObjectName(u"actionIdle")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.actionUndoDelete = QAction(MainWindow)
        self.actionUndoDelete.setObjectName(u"actionUndoDelete")
        self.actionUndoDelete.setEnabled(False)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QHBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(self.central)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.sidebar = QListWidget(self.splitter)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMaximumSize(QSize(260, 16777215))
        self.splitter.addWidget(self.sidebar)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.central)
        self.toolbar = QToolBar(MainWindow)
        self.toolbar.setObjectName(u"toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuRecord = QMenu(self.menubar)
        self.menuRecord.setObjectName(u"menuRecord")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.toolbar.addAction(self.actionNewSession)
        self.toolbar.addAction(self.actionNewJournal)
        self.toolbar.addAction(self.actionSearch)
        self.toolbar.addAction(self.actionExport)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.actionLock)
        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuRecord.menuAction())
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addAction(self.actionExportJson)
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionIdle)
        self.menuFile.addAction(self.actionAbout)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionLock)
        self.menuFile.addAction(self.actionQuit)
        self.menuEdit.addAction(self.actionUndoDelete)
        self.menuRecord.addAction(self.actionNewSession)
        self.menuRecord.addAction(self.actionNewJournal)
        self.menuRecord.addAction(self.actionSearch)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Supervision Desk", None))
        self.actionNewSession.setText(QCoreApplication.translate("MainWindow", u"New &session", None))
#if QT_CONFIG(shortcut)
        self.actionNewSession.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionNewJournal.setText(QCoreApplication.translate("MainWindow", u"New &journal entry", None))
#if QT_CONFIG(shortcut)
        self.actionNewJournal.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+J", None))
#endif // QT_CONFIG(shortcut)
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"&Search", None))
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Export PDF\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionExport.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionExportJson.setText(QCoreApplication.translate("MainWindow", u"Export all records as &JSON\u2026", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Back up vault\u2026", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionIdle.setText(QCoreApplication.translate("MainWindow", u"Lock when &idle after\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Supervision Desk", None))
        self.actionUndoDelete.setText(QCoreApplication.translate("MainWindow", u"&Undo delete", None))
#if QT_CONFIG(shortcut)
        self.actionUndoDelete.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+Backspace", None))
#endif // QT_CONFIG(shortcut)
        self.sidebar.setObjectName(QCoreApplication.translate("MainWindow", u"sidebar", None))
#if QT_CONFIG(accessibility)
        self.sidebar.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("MainWindow", u"Section content", None))
#endif // QT_CONFIG(accessibility)
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuRecord.setTitle(QCoreApplication.translate("MainWindow", u"&Record", None))
    # retranslateUi

