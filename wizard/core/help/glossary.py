"""The glossary (rules/data/glossary.yaml): the terms an applicant meets, in zh and en, each with its sources.

Data with provenance like the packs: a broken file is refused with file:line: reason (and the help
texts simply carry no glossary links); the packs are unaffected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, model_validator

from ..application.fieldpaths import describe
from ..report import SourceInfo
from ..rulepack.basics import Bilingual, Identifier, Source, SourceRef, Strict
from ..rulepack.tables import TableHeader
from ..runtime.errors import InputError, ReasonError, RulePackError
from ..runtime.resources import data_dir

GLOSSARY_FILE = "glossary.yaml"
CACHE_FILE = "glossary.pickle"


class Term(Strict):
    id: Identifier
    term: Bilingual
    definition: Bilingual
    sources: list[SourceRef] = Field(min_length=1)
    fields: list[str] = []  # the questions whose help links to this term
    see_also: list[Identifier] = []


class GlossaryDocument(Strict):
    table: TableHeader
    sources: dict[Identifier, Source]
    terms: list[Term]

    @model_validator(mode="after")
    def _references(self) -> GlossaryDocument:
        ids = [t.id for t in self.terms]
        doubled = sorted({i for i in ids if ids.count(i) > 1})
        if doubled:
            raise ReasonError("table.term_twice", {"terms": doubled})
        for term in self.terms:
            for ref in term.sources:
                if ref.ref not in self.sources:
                    raise ReasonError("pack.unknown_source", {"source": ref.ref})
            unknown = [other for other in term.see_also if other not in ids]
            if unknown:
                raise ReasonError("table.unknown_term", {"terms": unknown})
            for path in term.fields:
                describe(path)
        return self


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...] = ()
    sources: dict[str, Source] = field(default_factory=dict)
    checked: object = None
    file: str | None = None

    def term(self, term_id: str) -> Term | None:
        return next((t for t in self.terms if t.id == term_id), None)

    def for_field(self, path: str) -> list[Term]:
        """The terms linked to a question (its generic path: staff[].social_security_start)."""
        return [t for t in self.terms if path in t.fields]

    def source_info(self, ref: SourceRef) -> SourceInfo:
        source = self.sources[ref.ref]
        return SourceInfo(ref=ref.ref, title=source.title, title_en=source.title_en, section=ref.section,
                          section_en=ref.section_en, kind=source.kind, file=source.file,
                          checked=self.checked, unconfirmed=ref.unconfirmed)  # type: ignore[arg-type]


def load_glossary(folder: Path | None = None) -> tuple[Glossary, list[RulePackError]]:
    from ..application.documents import validation_to_input_error  # PyYAML only when the file is read, not when
    from ..application.yamlio import load_path  # the glossary comes from its cache (the window's start)

    path = (folder or data_dir("rules") / "data") / GLOSSARY_FILE
    try:
        data, lines = load_path(path)
    except InputError as exc:
        return Glossary(), [RulePackError(exc.reason, file=str(path), line=exc.line)]
    try:
        document = GlossaryDocument.model_validate(data)
    except ValidationError as exc:
        error = validation_to_input_error(exc, lines, str(path))
        return Glossary(), [RulePackError(error.reason, file=str(path), line=error.line, field=error.field)]
    return Glossary(tuple(document.terms), dict(document.sources), document.table.checked, str(path)), []


@lru_cache(maxsize=1)
def shipped_glossary() -> Glossary:
    """The program's own glossary, loaded once (an unreadable one is empty: the help still works).

    Served from the cache beside the packs' (wizard/core/runtime/datacache.py) under the packs' key, which
    covers every file of the rules folder, this glossary included, and this module's code:
    validating the file took ~10 ms of the first page's first edit."""
    from ..rulepack.cache import cache_key
    from ..runtime import datacache

    folder = data_dir("rules")
    return datacache.load(CACHE_FILE, cache_key(folder), lambda: load_glossary()[0],
                          lambda data: isinstance(data, Glossary), relocate=folder)
