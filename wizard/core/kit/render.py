"""Rendering a template into blocks (headings, paragraphs, lists, tables, figures).

Every `{{ value }}` leaves only a marker in Jinja's output; the values themselves
wait in a table. The body's structure (`#`, `- `, `|` …) is read from the template's
own text, and the markers are swapped for the values afterwards, so a company name
holding `|`, `#`, `<`, `&`, `{{ … }}` or a line break can neither change the
document's structure nor be read as markup: it is only ever text in a run.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from jinja2 import TemplateError as JinjaError
from jinja2.exceptions import SecurityError

from .gaps import PLACEHOLDER, Gap, as_text
from .templates import FIGURES, DocumentTemplate, TemplateError

_OPEN, _CLOSE = "\ue000", "\ue001"
_MARKER = re.compile(f"{_OPEN}(\\d+){_CLOSE}")
_values: contextvars.ContextVar[list[object] | None] = contextvars.ContextVar("kit_values", default=None)


def mark(value: object) -> str:
    """Jinja's finalize: store the value, print a marker."""
    table = _values.get()
    if table is None:  # rendering outside render_blocks (e.g. a trial in a test): plain text
        return as_text(value)
    table.append(value)
    return f"{_OPEN}{len(table) - 1}{_CLOSE}"


@dataclass(frozen=True)
class Run:
    text: str
    gap: bool = False  # a 【待补充：…】 placeholder, highlighted in the document


@dataclass(frozen=True)
class Block:
    kind: str  # heading1..3, paragraph, plain (no indent), bullet, numbered, note, table, figure
    runs: tuple[Run, ...] = ()
    rows: tuple[tuple[tuple[Run, ...], ...], ...] = ()  # tables
    header_rows: int = 0
    number: str = ""  # numbered items: "1."
    figure: str = ""

    def text(self) -> str:
        if self.kind == "table":
            return "\n".join(" | ".join("".join(r.text for r in cell) for cell in row) for row in self.rows)
        return "".join(r.text for r in self.runs)


@dataclass
class Rendered:
    blocks: list[Block] = field(default_factory=list)

    def placeholders(self) -> list[str]:
        found: list[str] = []
        for block in self.blocks:
            runs = [r for row in block.rows for cell in row for r in cell] if block.kind == "table" else block.runs
            found += [r.text for r in runs if r.gap]
        return found

    def text(self) -> str:
        return "\n".join(block.text() for block in self.blocks)


def _error_line(exc: BaseException, template: DocumentTemplate) -> int | None:
    """The template line of a render error: Jinja rewrites the traceback to point into the template."""
    tb, line = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == template.file:
            line = tb.tb_lineno
        tb = tb.tb_next
    return None if line is None else line + template.body_line - 1


def render_blocks(template: DocumentTemplate, context: dict[str, object],
                  clean_value: Callable[[str], str] = lambda text: text) -> Rendered:
    """Render one template; raises TemplateError (file:line: reason) if it fails for this application."""
    table: list[object] = []
    token = _values.set(table)
    try:
        output = template.compiled.render(context)  # type: ignore[attr-defined]
    except SecurityError as exc:
        raise TemplateError(f"not allowed in a template: {exc}", file=template.file,
                            line=_error_line(exc, template)) from None
    except (JinjaError, TypeError, ValueError, AttributeError, KeyError, IndexError, ZeroDivisionError) as exc:
        raise TemplateError(f"cannot render: {exc}", file=template.file, line=_error_line(exc, template)) from None
    except RecursionError:
        raise TemplateError("cannot render: too deeply nested", file=template.file) from None
    finally:
        _values.reset(token)
    return Rendered(_parse(output, table, clean_value))


def _runs(text: str, table: list[object], clean_value: Callable[[str], str]) -> tuple[Run, ...]:
    runs: list[Run] = []
    position = 0
    for match in _MARKER.finditer(text):
        runs += _split_placeholders(text[position:match.start()])
        value = table[int(match[1])]
        if isinstance(value, Gap):
            runs.append(Run(str(value), gap=True))
        else:
            runs += _split_placeholders(clean_value(as_text(value)))
        position = match.end()
    runs += _split_placeholders(text[position:])
    return tuple(_merge(runs))


def _split_placeholders(text: str) -> list[Run]:
    """Placeholders written into the template itself (or inside a joined list) are highlighted too."""
    runs, position = [], 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position:match.start()]))
        runs.append(Run(match[0], gap=True))
        position = match.end()
    if position < len(text):
        runs.append(Run(text[position:]))
    return runs


def _merge(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if merged and merged[-1].gap == run.gap and not run.gap:
            merged[-1] = Run(merged[-1].text + run.text)
        else:
            merged.append(run)
    return merged


_NUMBERED = re.compile(r"^(\d{1,2}[.、]|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def _parse(output: str, table: list[object], clean_value: Callable[[str], str]) -> list[Block]:
    blocks: list[Block] = []
    rows: list[tuple[tuple[Run, ...], ...]] = []
    header_rows = 0

    def close_table() -> None:
        nonlocal rows, header_rows
        if rows:
            width = max(len(row) for row in rows)
            padded = tuple(row + ((),) * (width - len(row)) for row in rows)
            blocks.append(Block("table", rows=padded, header_rows=header_rows))
        rows, header_rows = [], 0

    for raw in output.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            if _TABLE_RULE.match(line):
                header_rows = len(rows)
                continue
            cells = line.strip("|").split("|")
            rows.append(tuple(_runs(cell.strip(), table, clean_value) for cell in cells))
            continue
        if not line:  # blank lines (left by block tags) separate nothing, not even table rows
            continue
        close_table()
        if line.startswith("#"):
            level = min(len(line) - len(line.lstrip("#")), 3)
            blocks.append(Block(f"heading{level}", _runs(line.lstrip("#").strip(), table, clean_value)))
        elif line.startswith("- "):
            blocks.append(Block("bullet", _runs(line[2:].strip(), table, clean_value)))
        elif line.startswith("> "):
            blocks.append(Block("note", _runs(line[2:].strip(), table, clean_value)))
        elif line.startswith("!figure "):
            name = line.split(None, 1)[1].strip()
            blocks.append(Block("figure", figure=name if name in FIGURES else ""))
        elif match := _NUMBERED.match(line):
            blocks.append(Block("numbered", _runs(line[match.end():], table, clean_value), number=match[1]))
        elif line.endswith("：") and len(line) <= 40:  # a salutation (致…：) or a label line, set flush left
            blocks.append(Block("plain", _runs(line, table, clean_value)))
        else:
            blocks.append(Block("paragraph", _runs(line, table, clean_value)))
    close_table()
    return blocks
