"""The first page, shown before the core and the rule packs are loaded.

Importing the core (pydantic models) and parsing the rule packs takes a few hundred
milliseconds; this window, which imports nothing but Qt, shows the welcome text
meanwhile and is replaced by the full wizard at the same place and size.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QByteArray  # not `Qt`: building that namespace costs ~12 ms
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter, QVBoxLayout, QWidget

from .i18n import tr, translated

WELCOME = QT_TR_NOOP("本向导帮助您准备增值电信业务经营许可证（ICP许可证，B2 信息服务业务）的申请材料，"
                     "并按所选省份的规定逐页检查。所有数据只保存在本机。")


class StartupWindow(QMainWindow):
    def __init__(self, geometry: object = None):
        super().__init__()
        self.setWindowTitle(tr("ICP许可证申请向导"))
        steps = QListWidget()
        steps.setMinimumWidth(190)
        steps.addItem(tr("1. 经营范围判定"))
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(tr("经营范围判定"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        text = QLabel(translated(WELCOME))
        text.setWordWrap(True)
        loading = QLabel(tr("正在载入各省规则…"))
        for widget in (heading, text, loading):
            layout.addWidget(widget)
        layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(steps)
        splitter.addWidget(page)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 780])
        self.setCentralWidget(splitter)
        self.resize(1060, 760)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
