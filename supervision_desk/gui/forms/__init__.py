"""Forms compiled from ../../../ui by pyside6-uic."""
