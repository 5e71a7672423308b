"""The one error type the program raises for bad input, with where and why.

`InputError(code, params, file=, line=, field=, detail=)`: the code and parameters pick the
program's own sentence from the message catalog (wizard/core/messages), rendered in either
language by `describe(lang)`; `detail` keeps what a library said, shown after it.
`ReasonError` is the same reason raised inside a pydantic validator or a parser (a
ValueError, so pydantic reports it with the field's location).
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from typing import Any

from ..messages import Reason, message

FIELD_LIMIT = 300  # a field path quoting a 3 MB key stays a readable line (and a dialog Qt can lay out)


class InputError(Exception):
    """Bad input a user can fix: names the file, the field or line, and the reason."""

    def __init__(
        self,
        code: str | Reason,
        params: Mapping[str, Any] | None = None,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
        detail: str | None = None,
        more: int = 0,
    ):
        self.reason = code if isinstance(code, Reason) else Reason(code, dict(params or {}), detail)
        self.file = file
        self.line = line
        self.field = field
        self.more = more  # further problems in the same file, not shown
        super().__init__(self.reason.code)

    @property
    def code(self) -> str:
        return self.reason.code

    def describe(self, lang: str = "zh") -> str:
        """'file:line: field: reason' in `lang`, the reason being the program's sentence (then any detail).

        Pass the interface's language (the CLI's --lang, the GUI's current one); zh, the
        program's first language, when none is given."""
        where = self.file or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else message("where.line", lang, line=self.line)
        parts = [where] if where else []
        if self.field:
            parts.append(_short(self.field))
        text = self.reason.full(lang)
        if self.more:
            text += message("more.one" if self.more == 1 else "more.other", lang, count=self.more)
        parts.append(text)
        return ": ".join(parts)

    def __str__(self) -> str:  # tracebacks and logs; what users see goes through describe(lang)
        return f"[{self.code}] {self.describe('en')}"


def _short(text: str) -> str:
    return text if len(text) <= FIELD_LIMIT else text[:FIELD_LIMIT] + "…"


class RulePackError(InputError):
    """A rule pack that cannot be used; the other packs still load."""


class ReasonError(ValueError):
    """A coded reason raised where the location is added later (pydantic validators, value parsers)."""

    def __init__(self, code: str, params: Mapping[str, Any] | None = None, *, detail: str | None = None):
        self.reason = Reason(code, dict(params or {}), detail)
        super().__init__(code)


_OS_REASONS = {
    errno.EACCES: "os.no_permission",
    errno.EPERM: "os.no_permission",
    errno.ENOSPC: "os.disk_full",
    errno.EDQUOT: "os.quota",
    errno.EROFS: "os.read_only",
    errno.ENOENT: "os.not_found",
    errno.EISDIR: "os.is_folder",
}


def os_reason(exc: OSError) -> Reason:
    """What the operating system refused, in the program's words; its own (possibly localised) text as detail."""
    code = _OS_REASONS.get(exc.errno or 0, "os.failed")
    return Reason(code, {}, (exc.strerror or str(exc)) if code == "os.failed" else None)
