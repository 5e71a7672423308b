"""The first page, shown before the core is loaded.

The packs now come from their cache and only the first page is built, but importing the core
(pydantic and the models) still makes the real window usable at about 3x a bare QWizard's
start-up on this machine (benchmarks/gui.py), over the goal of 2x. Until it is that fast,
this window, which imports nothing but Qt, shows the first page's texts, the menus and the
buttons meanwhile, and is replaced by the full wizard at the same place and size. The texts
both windows show are in texts.py.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray  # not `Qt`: building that namespace costs ~12 ms
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .i18n import tr, translated
from .texts import BACK, HEADING_STYLE, MENU_TITLES, NEXT, SCOPE_INTRO, WELCOME, WINDOW_TITLE


class StartupWindow(QMainWindow):
    def __init__(self, geometry: object = None):
        super().__init__()
        self.setWindowTitle(translated(WINDOW_TITLE))
        for title in MENU_TITLES.values():
            self.menuBar().addMenu(translated(title)).setEnabled(False)
        steps = QListWidget()
        steps.setMinimumWidth(190)
        steps.addItem(tr("1. 经营范围判定"))
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(tr("经营范围判定"))
        heading.setStyleSheet(HEADING_STYLE)
        layout.addWidget(heading)
        for text in (translated(WELCOME), translated(SCOPE_INTRO), tr("正在载入各省规则…")):
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        nav = QHBoxLayout()
        nav.addStretch(1)
        for text in (BACK, NEXT):
            button = QPushButton(translated(text))
            button.setEnabled(False)
            nav.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(page, 1)
        right_layout.addLayout(nav)
        splitter = QSplitter()
        splitter.addWidget(steps)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 780])
        self.setCentralWidget(splitter)
        self.statusBar()
        self.resize(1060, 760)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
