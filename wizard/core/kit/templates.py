"""Document templates: YAML front matter, then a body in a small Markdown-like syntax with Jinja.

Templates are data a consultant edits (resources/templates/README.md). Each file is
checked on load: the front matter against `TemplateHeader`, the body by compiling it
in Jinja's immutable sandbox and walking its syntax tree. A template that names an
unknown value, reaches for Python internals (`__class__`, `__globals__`, …) or tries to
include another file is refused with file:line: reason; the other templates still load.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment
from pydantic import Field, ValidationError, field_validator

from ..application.documents import validation_to_input_error
from ..application.yamlio import parse, read_text
from ..china.regions import BY_ID
from ..messages import Reason
from ..rulepack.basics import Identifier, SourceRef, Strict
from ..runtime.errors import InputError, ReasonError
from ..runtime.resources import data_dir

FIGURES = ("topology",)
JINJA_NAMES = frozenset({"loop", "range", "caller", "varargs", "kwargs"})  # Jinja's own, inside loops and macros
MAX_TEMPLATE_BYTES = 256 * 1024


class TemplateError(InputError):
    """A template that cannot be used; the others still load."""


class TemplateHeader(Strict):
    id: Identifier
    title: str = Field(min_length=1, max_length=60)
    province: Literal["all"] | list[str]
    materials: list[Identifier] = []  # pack material ids this document drafts
    always: bool = False  # drafted for every applicant it serves, even where the pack's list omits it
    order: int = Field(default=100, ge=0, le=999)  # among documents sharing a material, and supporting ones
    signature: Literal["company", "legal_representative", "none"] = "company"
    landscape: bool = False  # for wide tables
    basis: Literal["regulation", "official", "consultancy_guide", "inference"]
    source: list[SourceRef] = Field(min_length=1)
    reviewed: dt.date
    note: str | None = None

    @field_validator("province")
    @classmethod
    def _known_provinces(cls, value: object) -> object:
        if isinstance(value, list):
            unknown = [p for p in value if p not in BY_ID]
            if unknown:
                raise ReasonError("template.unknown_province", {"province": unknown[0]})
            if not value:
                raise ReasonError("template.no_province")
        return value

    def serves(self, province: str) -> bool:
        return self.province == "all" or province in self.province


@dataclass(frozen=True)
class DocumentTemplate:
    header: TemplateHeader
    file: str
    body_line: int  # line of the file where the body starts (for error messages)
    compiled: object = field(repr=False)  # jinja2.Template


@dataclass
class TemplateSet:
    templates: list[DocumentTemplate] = field(default_factory=list)
    errors: list[TemplateError] = field(default_factory=list)

    def for_province(self, province: str) -> list[DocumentTemplate]:
        return [t for t in self.templates if t.header.serves(province)]


def make_environment() -> ImmutableSandboxedEnvironment:
    """The sandbox: no loader (nothing can be included), undefined names are errors, few globals.

    Blocks keep their line's newline (trim_blocks off): one line of the body is one paragraph,
    so a line ending in `{% endif %}` must not run into the next; blank lines are ignored.
    """
    env = ImmutableSandboxedEnvironment(
        undefined=StrictUndefined, autoescape=False, trim_blocks=False, lstrip_blocks=True,
        keep_trailing_newline=True, finalize=_finalize,
    )
    env.globals = {"range": range}
    for name in ("attr", "xmlattr", "pprint", "tojson", "urlize", "forceescape", "safe"):
        env.filters.pop(name, None)
    return env


def _finalize(value: object) -> object:
    from .render import mark  # the current render's value table

    return mark(value)


def _problem(file: str, line: int | None, code: str | Reason, detail: str | None = None, **params: object) -> TemplateError:
    return TemplateError(code, params, file=file, line=line, detail=detail)


def split_front_matter(text: str, file: str) -> tuple[str, str, int]:
    """('front matter', 'body', line where the body starts)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        raise _problem(file, 1, "template.no_front_matter")
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "".join(lines[1:index]), "".join(lines[index + 1:]), index + 2
    raise _problem(file, 1, "template.front_matter_open")


_BAD_CHARACTERS = {chr(c) for c in range(0, 32) if chr(c) not in "\t\n\r"} | {chr(0x7F)}


def _check_characters(text: str, file: str) -> None:
    for number, line in enumerate(text.splitlines(), start=1):
        for character in line:
            if character in _BAD_CHARACTERS or "\ue000" <= character <= "\uf8ff":
                raise _problem(file, number, "template.bad_character", codepoint=f"{ord(character):04X}")


def _check_tree(tree: nodes.Template, file: str, offset: int, known_names: set[str]) -> None:
    """What Jinja compiles happily but a document template must never do."""
    for node in tree.find_all((nodes.Include, nodes.Extends, nodes.Import, nodes.FromImport)):
        raise _problem(file, node.lineno + offset, "template.include")
    for node in tree.find_all(nodes.Getattr):
        if node.attr.startswith("_"):
            raise _problem(file, node.lineno + offset, "template.internal", name=node.attr)
    for node in tree.find_all(nodes.Const):
        if isinstance(node.value, str) and "__" in node.value:
            raise _problem(file, node.lineno + offset, "template.internal", name=node.value)
    for node in tree.find_all(nodes.Name):
        if node.name.startswith("_"):
            raise _problem(file, node.lineno + offset, "template.internal", name=node.name)
    assigned = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    for node in tree.find_all(nodes.Name):
        if node.ctx == "load" and node.name not in known_names and node.name not in assigned:
            raise _problem(file, node.lineno + offset, "template.unknown_value", name=node.name)


def load_template(path: Path, *, known_names: Iterable[str], known_sources: set[str] | None = None,
                  env: ImmutableSandboxedEnvironment | None = None) -> DocumentTemplate:
    file = str(path)
    env = env or make_environment()
    text = read_text(path, MAX_TEMPLATE_BYTES)
    _check_characters(text, file)
    front, body, body_line = split_front_matter(text, file)
    try:
        data, lines = parse(front, file)
    except InputError as exc:
        raise _problem(file, (exc.line or 0) + 1, exc.reason) from None
    if not isinstance(data, dict):
        raise _problem(file, 2, "template.front_matter_not_mapping")
    try:
        header = TemplateHeader.model_validate(data)
    except ValidationError as exc:
        error = validation_to_input_error(exc, {k: v + 1 for k, v in lines.items()}, file)
        raise TemplateError(error.reason, file=file, line=error.line, field=error.field) from None
    if known_sources is not None:
        for ref in header.source:
            if ref.ref not in known_sources:
                line = lines.get(("source",), 0) + 1
                raise _problem(file, line, "template.unknown_source", source=ref.ref)
    offset = body_line - 1
    try:
        tree = env.parse(body, name=file)
        _check_tree(tree, file, offset, set(known_names) | JINJA_NAMES)
        # Compiled under the file's name, so that a render error's traceback gives its line.
        code = env.compile(tree, name=file, filename=file)
    except TemplateSyntaxError as exc:
        raise _problem(file, (exc.lineno or 0) + offset, "template.syntax", detail=exc.message) from None
    compiled = env.template_class.from_code(env, code, env.make_globals(None), None)
    return DocumentTemplate(header=header, file=file, body_line=body_line, compiled=compiled)


def template_files(folder: Path | None = None) -> list[Path]:
    folder = folder or data_dir("resources") / "templates"
    return sorted(p for p in folder.glob("*.md") if p.name.lower() != "readme.md")


def load_templates(paths: Iterable[Path] | None = None, *, known_sources: set[str] | None = None) -> TemplateSet:
    """Every template in resources/templates/ (or the given files); a bad one is refused, the rest load."""
    from .facts import CONTEXT_NAMES

    env = make_environment()
    result = TemplateSet()
    seen: dict[str, str] = {}
    for path in template_files() if paths is None else [Path(p) for p in paths]:
        try:
            template = load_template(path, known_names=CONTEXT_NAMES, known_sources=known_sources, env=env)
        except TemplateError as exc:
            result.errors.append(exc)
            continue
        except InputError as exc:  # unreadable file
            result.errors.append(TemplateError(exc.reason, file=str(path), line=exc.line))
            continue
        if template.header.id in seen:
            result.errors.append(_problem(str(path), 2, "template.duplicate_id", id=template.header.id,
                                          other=seen[template.header.id]))
            continue
        seen[template.header.id] = str(path)
        result.templates.append(template)
    return result
