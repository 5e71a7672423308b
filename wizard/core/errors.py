"""The one error type the program raises for bad input, with where and why."""

from __future__ import annotations


class InputError(Exception):
    """Bad input a user can fix: names the file, the field or line, and the reason."""

    def __init__(self, reason: str, *, file: str | None = None, line: int | None = None, field: str | None = None):
        self.reason = reason
        self.file = file
        self.line = line
        self.field = field
        super().__init__(self.describe())

    def describe(self) -> str:
        where = self.file or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        parts = [where] if where else []
        if self.field:
            parts.append(_short(self.field))
        parts.append(_short(self.reason))
        return ": ".join(parts)


def _short(text: str, limit: int = 300) -> str:
    """A reason quoting a 3 MB value stays a readable line (and a dialog Qt can lay out)."""
    return text if len(text) <= limit else text[:limit] + "…"


class RulePackError(InputError):
    """A rule pack that cannot be used; the other packs still load."""
