"""Safe YAML/JSON reading that remembers the line of every value.

The node tree is built by PyYAML's safe composer and turned into Python here,
so that (a) every value's line is known for error messages, (b) alias bombs
and absurd nesting are refused instead of exhausting memory, and (c) duplicate
keys are an error rather than a silent overwrite.
"""

from __future__ import annotations

import codecs
import errno
import json
import re
import stat
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..runtime.errors import InputError

try:  # libyaml is much faster when present; behaviour is the same
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

_RESOLVED: dict[tuple[Any, Any, Any], str] = {}  # (node kind, plain text, implicit flags) → tag
_SCALARS: dict[tuple[str, str], Any] = {}  # (tag, text) → the value, for the immutable scalar types
_MEMO_LIMIT = 50_000  # entries; a workspace scan sees the same keys and values in thousands of files


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe loader, remembering how plain scalars resolve: the resolver's regular expressions ran
    for every key and value of every file, a sixth of reading one. Safe: the safe resolver has no path
    resolvers, so a scalar's tag depends on its text and flags alone."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        key = (kind, value, implicit)
        tag = _RESOLVED.get(key)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(_RESOLVED) < _MEMO_LIMIT:
                _RESOLVED[key] = tag
        return tag

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 64

Lines = Mapping[tuple[Any, ...], int]  # a path (keys and indexes) → its line
_PLAIN_COLLECTION_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The file's text, or an InputError saying plainly why it cannot be read."""
    name = str(path)
    try:
        info = path.stat()
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise InputError("file.is_folder", file=name)
        if size > max_bytes:
            raise InputError(
                "file.too_large", {"size_mb": f"{size / 1024 / 1024:.1f}", "limit_mb": max_bytes // 1024 // 1024},
                file=name,
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise _unreadable(exc, name) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Notepad's "Unicode"; also UTF-32
        raise InputError("file.utf16", file=name, line=1)
    if b"\x00" in raw:
        raise InputError("file.binary", file=name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError("file.not_utf8", file=name, line=line) from None


_READ_REASONS = {
    errno.ENOENT: "file.not_found",
    errno.EACCES: "file.no_permission",
    errno.EPERM: "file.no_permission",
    errno.ELOOP: "file.symlink_loop",
    errno.EISDIR: "file.is_folder",
}


def _unreadable(exc: OSError, name: str) -> InputError:
    code = _READ_REASONS.get(exc.errno or 0)
    if code is None:  # the OS's own words (localised on Windows) stay as detail
        return InputError("file.unreadable", file=name, detail=exc.strerror or str(exc))
    return InputError(code, file=name)


def parse(text: str, file: str | None = None) -> tuple[Any, Lines]:
    """Parse YAML (JSON is accepted as YAML) into plain Python and a line map keyed by path."""
    shallow = _surely_shallow(text)
    if not shallow:
        _check_events(text, file)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        if shallow:  # a second document or a deeper problem: the event scan names it, with its line
            _check_events(text, file)
        raise _syntax_error(exc, text, file) from None
    except yaml.reader.ReaderError as exc:  # a control character; str(exc) would span two lines
        character = chr(exc.character) if isinstance(exc.character, int) else exc.character
        index = text.find(character) if isinstance(character, str) and character else -1
        line = text[:index].count("\n") + 1 if index >= 0 else None
        shown = f"#x{ord(character):04x}" if isinstance(character, str) and len(character) == 1 else "?"
        raise InputError("yaml.control_character", {"character": shown}, file=file, line=line) from None
    except yaml.YAMLError as exc:
        raise InputError("yaml.syntax", file=file, detail=str(exc)) from None
    except RecursionError:
        raise InputError("document.nested_too_deeply", file=file) from None
    if node is None:
        return None, {}
    return _Builder(file).build(node, 0), _NodeLines(node)


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, file: str | None) -> InputError:
    """The program's reason for a YAML error, told from where it happened, not from PyYAML's wording."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    detail = " ".join(part for part in (exc.context, exc.problem) if part) or str(exc)
    if _is_nesting_limit(exc):
        return InputError("document.nested_too_deeply", file=file, line=line)
    if mark is not None and not text[mark.index :].strip():
        return InputError("yaml.ends_early", file=file, line=line, detail=detail)
    if mark is not None and "\t" in _indentation(text, mark.index):
        return InputError("yaml.tab_indent", file=file, line=line, detail=detail)
    return InputError("yaml.syntax", file=file, line=line, detail=detail)


def _indentation(text: str, index: int) -> str:
    """The leading whitespace of the line holding text[index]."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    return line[: len(line) - len(line.lstrip(" \t"))]


@lru_cache(maxsize=1)
def _nesting_limit_errors() -> frozenset[tuple[type, str]]:
    """How this PyYAML build says "too deep", learnt by feeding it a well-formed deep document.

    libyaml (PyYAML 6.0.4's C parser) has a nesting limit of its own (1,000), and on flow
    collections its scanner looks ahead far enough to trip it before our depth count sees
    level 65 (block collections reach our count first). Comparing with what the parser says
    here, rather than with a sentence written into our code, keeps "nested too deeply" right
    whatever the library's wording. An empty set: this parser has no such limit.
    """
    depth = 10_000
    try:
        for _event in yaml.parse("[" * depth + "]" * depth, Loader=_Loader):
            pass
    except yaml.MarkedYAMLError as exc:
        return frozenset({(type(exc), exc.problem or "")})
    except (yaml.YAMLError, RecursionError):
        pass
    return frozenset()


def _is_nesting_limit(exc: yaml.MarkedYAMLError) -> bool:
    return (type(exc), exc.problem or "") in _nesting_limit_errors()


# The event scan below costs a third of reading a typical file, and what it guards against needs
# either deep nesting or a large text. `_surely_shallow` proves from the text alone, in a few string
# operations, that neither can occur, and then the scan is skipped:
# - nesting: a flow collection needs a '[' or '{' (a '[' may also hold an implicit one-pair mapping:
#   two levels), and a block collection starts at the first token of a line after its indentation
#   and indicators ('- ', '? ', ': ', '--- '), each level at a greater column than its parent except
#   an indentless sequence inside a mapping: at most two levels per column. So the depth is at most
#   2 × '[' + '{' + 2 × (the deepest such column + 1).
# - size: a text of at most SHALLOW_MAX_CHARS characters cannot hold more nodes than the builder
#   accepts (every node but an alias's expansion needs at least one character; aliases are counted
#   by the builder as it expands them).
# - a second document makes compose fail, and then the scan runs and names it.
# Characters that str.splitlines() breaks at and YAML does not (\v \f \x1c-\x1e) would hide a line's
# real column; YAML refuses them anyway, so such a text simply takes the scan.
SHALLOW_MAX_CHARS = MAX_NODES // 2
_BLOCK_START = re.compile(r"[ \t]*(?:(?:---|[-?:])(?:[ \t]+|$))*")
_OTHER_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e]")


def _surely_shallow(text: str) -> bool:
    if len(text) > SHALLOW_MAX_CHARS or _OTHER_BREAKS.search(text):
        return False
    flow = 2 * text.count("[") + text.count("{")
    if flow > MAX_DEPTH:
        return False
    match = _BLOCK_START.match
    deepest = max((match(line).end() for line in text.splitlines()), default=0)
    return flow + 2 * (deepest + 1) <= MAX_DEPTH


def _check_events(text: str, file: str | None) -> None:
    """Refuse absurd nesting, node counts and a second document before composing: libyaml's
    composer recurses in C and crashes the whole process (no RecursionError) on a few ten
    thousand levels."""
    depth = events = documents = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            events += 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH + 1:  # the builder enforces the exact limit
                    raise InputError("document.nested_too_deeply", file=file, line=event.start_mark.line + 1)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise InputError("yaml.several_documents", file=file, line=event.start_mark.line + 1)
            if events > 2 * MAX_NODES + 4:  # more nodes than the builder would accept
                raise InputError("document.too_large", file=file, line=event.start_mark.line + 1)
    except yaml.MarkedYAMLError as exc:
        if _is_nesting_limit(exc):
            raise _syntax_error(exc, text, file) from None
        # any other YAML error: compose reports it, with its line
    except yaml.YAMLError:
        pass


def load_path(path: Path) -> tuple[Any, Lines]:
    text = read_text(path)
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError("json.syntax", file=str(path), line=exc.lineno, detail=exc.msg) from None
        except RecursionError:
            raise InputError("document.nested_too_deeply", file=str(path)) from None
        _check_depth(data, str(path))
        return data, {}
    return parse(text, str(path))


def _check_depth(data: Any, file: str) -> None:
    """JSON gets the same nesting limit as YAML (the parser's own limit is far deeper)."""
    level: list[Any] = [data]
    for _depth in range(MAX_DEPTH + 1):
        level = [
            child
            for item in level
            if isinstance(item, (dict, list))
            for child in (item.values() if isinstance(item, dict) else item)
        ]
        if not level:
            return
    raise InputError("document.nested_too_deeply", file=file)


# "=" and "<<" as plain values resolve to !!value and !!merge, which mean nothing here: they are text
_TEXT_TAGS = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:value", "tag:yaml.org,2002:merge"}
_SCALAR_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "timestamp", "binary")}


def _tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


class _NodeLines(Mapping):
    """The line of every value by its path, worked out from the node tree when first asked: most files
    read have no error, and keying every node by its path cost a fifth of reading one."""

    def __init__(self, root: yaml.Node):
        self._root: yaml.Node | None = root
        self._lines: Lines = {}

    def _filled(self) -> Lines:
        if self._root is not None:
            pending: list[tuple[yaml.Node, tuple[Any, ...]]] = [(self._root, ())]
            lines = self._lines
            while pending:  # parse() has built the tree already: no duplicate key, depth and size bounded
                node, path = pending.pop()
                lines.setdefault(path, node.start_mark.line + 1)
                if isinstance(node, yaml.MappingNode):
                    pending += ((value, (*path, key.value)) for key, value in reversed(node.value))
                elif isinstance(node, yaml.SequenceNode):
                    pending += ((item, (*path, index)) for index, item in reversed(list(enumerate(node.value))))
            self._root = None
        return self._lines

    def __getitem__(self, path: tuple[Any, ...]) -> int:
        if self._root is None:
            return self._lines[path]
        node = self._root  # one path (a migration asks for schema_version's line in every file): follow it
        for part in path:
            if isinstance(node, yaml.MappingNode):
                node = next((value for key, value in node.value if key.value == part), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
            else:
                node = None
            if node is None:
                raise KeyError(path)
        return node.start_mark.line + 1

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._filled())

    def __len__(self) -> int:
        return len(self._filled())

    def __bool__(self) -> bool:  # without it `lines or {}` would fill the whole map to count it
        return self._root is not None or bool(self._lines)


class _Builder:
    def __init__(self, file: str | None):
        self.file = file
        self.count = 0
        self._scalar_loader = yaml.SafeLoader("")

    def build(self, node: yaml.Node, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise InputError("document.too_large", file=self.file, line=node.start_mark.line + 1)
        if depth > MAX_DEPTH:
            raise InputError("document.nested_too_deeply", file=self.file, line=node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            return node.value if node.tag in _TEXT_TAGS else self._scalar(node, node.start_mark.line + 1)
        if node.tag not in _PLAIN_COLLECTION_TAGS:
            # e.g. !!python/object/apply:os.system [...]: never constructed, and not silently dropped either
            raise InputError("yaml.unsupported_tag", {"tag": _tag(node.tag)}, file=self.file,
                             line=node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise InputError("yaml.key_not_text", file=self.file, line=key_node.start_mark.line + 1)
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise InputError("yaml.merge_key", file=self.file, line=node.start_mark.line + 1)
                key = key_node.value
                if key in result:
                    raise InputError("yaml.duplicate_key", {"key": key}, file=self.file, line=key_node.start_mark.line + 1)
                result[key] = self.build(value_node, depth + 1)
            return result
        return [self.build(item, depth + 1) for item in node.value]

    def _scalar(self, node: yaml.ScalarNode, line: int) -> Any:
        if node.tag in _TEXT_TAGS:
            return node.value
        if node.tag not in _SCALAR_TAGS:  # !!python/name:os.system and other tags the safe loader cannot build
            raise InputError("yaml.unsupported_tag", {"tag": _tag(node.tag)}, file=self.file, line=line)
        key = (node.tag, node.value)
        if key in _SCALARS:  # null, bool, int, float, date, bytes: immutable, so one value serves every file
            return _SCALARS[key]
        try:
            value = self._scalar_loader.construct_object(node)
        except Exception as exc:  # noqa: BLE001 - PyYAML's constructors also raise IndexError, KeyError, AttributeError
            if isinstance(exc, yaml.MarkedYAMLError):
                detail = exc.problem  # one line, without "in <unicode string>"
            elif isinstance(exc, (ValueError, OverflowError)):
                detail = str(exc)
            else:
                detail = None
            if "timestamp" in node.tag:
                raise InputError("yaml.impossible_date", {"value": node.value}, file=self.file, line=line,
                                 detail=detail) from None
            raise InputError("yaml.unreadable_value", {"value": node.value, "tag": _tag(node.tag)},
                             file=self.file, line=line, detail=detail) from None
        if len(_SCALARS) < _MEMO_LIMIT:
            _SCALARS[key] = value
        return value
