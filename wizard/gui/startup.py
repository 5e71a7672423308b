"""The first page, shown before the core and the rule packs are loaded.

Importing the core (pydantic models) and parsing the rule packs takes a few hundred
milliseconds; this window, which imports nothing but Qt, shows the first page's texts,
the menus and the buttons meanwhile, and is replaced by the full wizard at the same place
and size. The texts both windows show are defined here, once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QByteArray  # not `Qt`: building that namespace costs ~12 ms
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

WINDOW_TITLE = QT_TR_NOOP("ICP许可证申请向导")
WELCOME = QT_TR_NOOP("本向导帮助您准备增值电信业务经营许可证（ICP许可证，B2 信息服务业务）的申请材料，"
                     "并按所选省份的规定逐页检查。所有数据只保存在本机。")
SCOPE_INTRO = QT_TR_NOOP("先回答几个问题，判断您是否需要ICP许可证，以及按哪个省份的要求准备。")
MENU_TITLES = {"file": QT_TR_NOOP("文件(&F)"), "go": QT_TR_NOOP("导航(&G)"),
               "language": QT_TR_NOOP("语言(&L)"), "help": QT_TR_NOOP("帮助(&H)")}
BACK, NEXT = QT_TR_NOOP("< 上一步"), QT_TR_NOOP("下一步 >")
HEADING_STYLE = "font-size: 16pt; font-weight: bold;"


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
