"""Run-time language switch: `tr(zh, en)` for UI strings, `lang()` for core texts' `.get(lang)`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale

LANGUAGES = ("zh", "en")
_state = {"lang": "en"}
_listeners: list[Callable[[], None]] = []


def system_language() -> str:
    """Chinese when the system locale is Chinese, English otherwise."""
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def lang() -> str:
    return _state["lang"]


def set_language(value: str) -> None:
    if value not in LANGUAGES:
        raise ValueError(f"unknown language {value!r}")
    if value == _state["lang"]:
        return
    _state["lang"] = value
    for listener in list(_listeners):
        listener()


def on_language_changed(listener: Callable[[], None]) -> None:
    _listeners.append(listener)


def forget_listener(listener: Callable[[], None]) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def tr(zh: str, en: str) -> str:
    return zh if _state["lang"] == "zh" else en


def pick(text: object) -> str:
    """A core Bilingual (or a {zh, en} dict) in the current language."""
    if text is None:
        return ""
    if isinstance(text, dict):
        return str(text.get(lang()) or text.get("zh") or "")
    return text.get(lang())  # type: ignore[attr-defined]
