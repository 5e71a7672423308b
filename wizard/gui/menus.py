"""The main window's menus (File, Go, Language, Help) with their shortcuts and texts, the recent files,
the language switch, and what the Help menu opens: a question's help, the glossary, About."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from wizard import __version__
from wizard.core.runtime.crash import breadcrumb

from .language.i18n import joined, labelled, lang, missing_translation, pick, set_language, tr, translated
from .language.texts import MENU_TITLES
from .system import files


class WindowMenus:
    """Mixed into MainWindow (which provides the slots the actions call: new_file, open_file, save, back,
    next, go_to, open_tracking, open_path, ...)."""

    # --- menus --------------------------------------------------------------------------
    def _action(self: Any, menu: Any, key: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(self)
        action.setProperty("tr", key)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: breadcrumb("action", key))  # before the slot runs
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions_by_key[key] = action
        return action

    def _build_menus(self: Any) -> None:
        self.translation_missing = False  # a message about it is on the status bar
        self.actions_by_key: dict[str, QAction] = {}
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self._action(self.file_menu, "new", self.new_file, QKeySequence.StandardKey.New)
        self._action(self.file_menu, "open", self.open_file, QKeySequence.StandardKey.Open)
        self._action(self.file_menu, "workspace", lambda: self.open_workspace(), QKeySequence("Ctrl+Shift+O"))
        self.recent_menu = self.file_menu.addMenu("")
        self._action(self.file_menu, "save", self.save, QKeySequence.StandardKey.Save)
        self._action(self.file_menu, "save_as", self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.file_menu.addSeparator()
        self._action(self.file_menu, "quit", self.close, QKeySequence("Ctrl+Q"))
        self.go_menu = bar.addMenu("")
        self._action(self.go_menu, "back", self.back, QKeySequence("Alt+Left"))
        self._action(self.go_menu, "next", self.next, QKeySequence("Alt+Right"))
        self._action(self.go_menu, "plan", lambda: self.go_to(self.page_index["plan"]), QKeySequence("Ctrl+R"))
        self._action(self.go_menu, "track", self.open_tracking, QKeySequence("Ctrl+T"))
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        for code, text in (("zh", "中文"), ("en", "English")):
            action = QAction(text, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
        self.language_group = group
        self.help_menu = bar.addMenu("")
        self._action(self.help_menu, "field_help", self.field_help, QKeySequence(QKeySequence.StandardKey.HelpContents))
        self._action(self.help_menu, "glossary", self.glossary)
        self.help_menu.addSeparator()
        self._action(self.help_menu, "about", self.about)

    def choose_language(self: Any, code: str) -> None:
        breadcrumb("action", f"language_{code}")
        set_language(code)
        self.show_translation_state()

    def show_translation_state(self: Any) -> None:
        missing = missing_translation()
        if missing:  # a damaged installation: say so in both languages, since the translation is what is missing
            self.statusBar().showMessage(
                f"未找到界面翻译文件 {missing}，请重新安装本程序。"
                f" The interface translation {missing} was not found; please reinstall the program.", 30000)
            self.translation_missing = True
        elif self.translation_missing:
            self.statusBar().clearMessage()
            self.translation_missing = False

    def _refresh_recent(self: Any) -> None:
        self.recent_menu.clear()
        recent = files.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    def _translate_menus(self: Any) -> None:
        texts = {
            "new": QT_TR_NOOP("新建(&N)"), "open": QT_TR_NOOP("打开(&O)…"), "save": QT_TR_NOOP("保存(&S)"),
            "workspace": QT_TR_NOOP("打开工作区(&W)…"),
            "save_as": QT_TR_NOOP("另存为(&A)…"), "quit": QT_TR_NOOP("退出(&Q)"), "back": QT_TR_NOOP("上一步(&B)"),
            "next": QT_TR_NOOP("下一步(&N)"), "plan": QT_TR_NOOP("行动计划(&R)"), "about": QT_TR_NOOP("关于(&A)"),
            "track": QT_TR_NOOP("已提交申请，记录进度(&T)"),
            "field_help": QT_TR_NOOP("本项说明(&F)"), "glossary": QT_TR_NOOP("术语表(&G)…"),
        }
        for key, action in self.actions_by_key.items():
            action.setText(translated(texts[key]))
        self.file_menu.setTitle(translated(MENU_TITLES["file"]))
        self.recent_menu.setTitle(tr("最近打开(&R)"))
        self.go_menu.setTitle(translated(MENU_TITLES["go"]))
        self.language_menu.setTitle(translated(MENU_TITLES["language"]))
        self.help_menu.setTitle(translated(MENU_TITLES["help"]))
        for action in self.language_group.actions():
            action.setChecked(action.data() == lang())

    # --- help ---------------------------------------------------------------------------
    def field_help(self: Any) -> None:
        """F1: why the question with the focus is asked (the glossary when no question has it)."""
        from .access.help import help_for_focus

        if not help_for_focus(self, QApplication.focusWidget()):
            self.glossary()

    def glossary(self: Any, term: str | None = None) -> None:
        from .access.help import show_glossary

        show_glossary(self, term)

    def about(self: Any) -> None:
        reviewed = "".join(
            "<li>" + labelled(pick(p.header.name), joined(f"{i} {d.isoformat()}" for i, d in p.reviewed)) + "</li>"
            for p in self.session.packs.values())
        QMessageBox.about(self, tr("关于"), tr(
            "<h3>ICP许可证申请向导 {version}</h3><p>离线检查申请材料是否符合所选省份的要求。本程序不联网。</p>"
            "<p>规则包核对日期：</p><ul>{reviewed}</ul>").format(version=__version__, reviewed=reviewed))
