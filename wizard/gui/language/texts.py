"""Interface texts that more than one module shows: the window title, the first page's welcome, menu titles."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

WINDOW_TITLE = QT_TR_NOOP("ICP许可证申请向导")
WELCOME = QT_TR_NOOP("本向导帮助您准备增值电信业务经营许可证（ICP许可证，B2 信息服务业务）的申请材料，"
                     "并按所选省份的规定逐页检查。所有数据只保存在本机。")
SCOPE_INTRO = QT_TR_NOOP("先回答几个问题，判断您是否需要ICP许可证，以及按哪个省份的要求准备。")
MENU_TITLES = {"file": QT_TR_NOOP("文件(&F)"), "go": QT_TR_NOOP("导航(&G)"),
               "language": QT_TR_NOOP("语言(&L)"), "help": QT_TR_NOOP("帮助(&H)")}
BACK, NEXT = QT_TR_NOOP("< 上一步"), QT_TR_NOOP("下一步 >")
HEADING_STYLE = "font-size: 16pt; font-weight: bold;"
# A text that takes the focus (page findings, the plan summary) shows that it has it (WCAG 2.4.7); a palette role, not a colour
FOCUS_FRAME = "QLabel:focus { border: 2px solid palette(highlight); border-radius: 3px; }"
