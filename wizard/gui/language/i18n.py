"""The interface language: Qt Linguist translations for UI strings, `pick()` for the core's bilingual texts.

UI strings are written in Chinese (the product's first language) and marked with `tr()`, or with
`QT_TR_NOOP` where they sit in a table; `pyside6-lupdate` collects them into
`resources/translations/icp_wizard_en.ts` and the build compiles that to `.qm` (see
`hatch_build.py`). Placeholders are `{name}`, filled with `.format()` after translating.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wizard.core.runtime.resources import data_dir  # path lookups only; no pydantic

LANGUAGES = ("zh", "en")
SOURCE_LANGUAGE = "zh"
_state: dict[str, object] = {"lang": SOURCE_LANGUAGE, "pseudo": os.environ.get("ICP_WIZARD_PSEUDO") == "1"}
_missing: list[str] = []  # the program's translation file, when it could not be loaded
_listeners: list[Callable[[], None]] = []
_translators: list[QTranslator] = []
log = logging.getLogger(__name__)


def system_language() -> str:
    """Chinese when the system locale is Chinese, English otherwise."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def lang() -> str:
    return _state["lang"]  # type: ignore[return-value]


def pseudo_active() -> bool:
    """Pseudo-English (pseudo.py): English strings stretched by ~40% to find what is cut off."""
    return bool(_state["pseudo"]) and _state["lang"] == "en"


def set_pseudo(on: bool) -> None:
    """Pseudo-English on or off (tests; ICP_WIZARD_PSEUDO=1 at start-up); the interface is translated again."""
    _state["pseudo"] = on
    _install_translators(lang())
    for listener in list(_listeners):
        listener()


def shown(text: str) -> str:
    """An English text the core or a table gives (a field label, an enum's name) as the interface shows it:
    stretched in pseudo-English, else unchanged."""
    if not pseudo_active():
        return text
    from .pseudo import pseudo

    return pseudo(text)


def missing_translation() -> str | None:
    """The program's own translation file for the current language, if it could not be loaded."""
    return _missing[0] if _missing else None


def translations_dir() -> Path:
    return data_dir("resources") / "translations"


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, folder) else None


def _install_translators(value: str) -> None:
    """The program's own strings and Qt's standard ones (OK, Cancel, file dialogs) in `value`."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    wanted = []
    _missing.clear()
    if value != SOURCE_LANGUAGE:
        wanted.append((f"icp_wizard_{value}", str(translations_dir())))
    if value == "zh":  # Qt's own strings are English unless translated
        wanted.append(("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in wanted:
        translator = _load(name, folder)
        if translator is None:
            log.warning("translation %s not found in %s; the interface stays partly untranslated", name, folder)
            if name.startswith("icp_wizard_"):
                _missing.append(f"{name}.qm")
            continue
        if name.startswith("icp_wizard_en") and _state["pseudo"]:
            from .pseudo import PseudoTranslator

            translator = PseudoTranslator(translator, app)
        app.installTranslator(translator)
        _translators.append(translator)


def set_language(value: str) -> None:
    if value not in LANGUAGES:
        raise ValueError(f"unknown language {value!r}")
    changed = value != _state["lang"] or bool(_missing)  # a retry may find the file now
    _state["lang"] = value
    _install_translators(value)
    if changed:
        for listener in list(_listeners):
            listener()


def on_language_changed(listener: Callable[[], None]) -> None:
    _listeners.append(listener)


def forget_listener(listener: Callable[[], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def tr(source: str, disambiguation: str = "", n: int = -1) -> str:
    """`source` (a Chinese literal, so that lupdate finds it) in the current language.

    With `n`, `%n` in the text becomes the number and the translation may have plural forms.
    """
    return QCoreApplication.translate("", source, disambiguation or None, n)


def labelled(label: str, text: str) -> str:
    """'标签：内容' in Chinese, 'Label: text' in English."""
    return tr("{label}：{text}").format(label=label, text=text)


def joined(items: Iterable[str]) -> str:
    """'甲、乙' in Chinese, 'a, b' in English."""
    return tr("、", "list separator").join(items)


def translated(source: str) -> str:
    """A string marked elsewhere with QT_TR_NOOP (a table entry) in the current language."""
    return QCoreApplication.translate("", source) if source else ""


def pick(text: object) -> str:
    """A core Bilingual (or a {zh, en} dict) in the current language."""
    if text is None:
        return ""
    if isinstance(text, dict):
        return shown(str(text.get(lang()) or text.get("zh") or ""))
    return shown(text.get(lang()))  # type: ignore[attr-defined]
