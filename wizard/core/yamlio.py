"""Safe YAML/JSON reading that remembers the line of every value.

The node tree is built by PyYAML's safe composer and turned into Python here,
so that (a) every value's line is known for error messages, (b) alias bombs
and absurd nesting are refused instead of exhausting memory, and (c) duplicate
keys are an error rather than a silent overwrite.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError

try:  # libyaml is much faster when present; behaviour is the same
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 64

Lines = dict[tuple[Any, ...], int]
_PLAIN_COLLECTION_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")


def read_text(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The file's text, or an InputError saying plainly why it cannot be read."""
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("file not found", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=name) from None
    if path.is_dir():
        raise InputError("this is a folder, not a file", file=name)
    if size > max_bytes:
        raise InputError(
            f"file is {size / 1024 / 1024:.1f} MB; application files are at most {max_bytes // 1024 // 1024} MB",
            file=name,
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", file=name) from None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Notepad's "Unicode"; also UTF-32
        raise InputError('the file is saved as UTF-16 ("Unicode"); save it as UTF-8', file=name, line=1)
    if b"\x00" in raw:
        raise InputError("this is a binary file, not a YAML or JSON document", file=name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            "the file is not valid UTF-8 text (save it as UTF-8, not GBK)", file=name, line=line
        ) from None


def parse(text: str, file: str | None = None) -> tuple[Any, Lines]:
    """Parse YAML (JSON is accepted as YAML) into plain Python and a line map keyed by path."""
    _check_nesting(text, file)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = exc.problem or str(exc)
        if "nesting depth" in reason:  # some libyaml builds stop at their own depth limit first
            raise InputError("the document is nested too deeply", file=file, line=line) from None
        raise InputError(f"not valid YAML: {reason}", file=file, line=line) from None
    except yaml.reader.ReaderError as exc:  # a control character; str(exc) would span two lines
        character = chr(exc.character) if isinstance(exc.character, int) else exc.character
        index = text.find(character) if isinstance(character, str) and character else -1
        line = text[:index].count("\n") + 1 if index >= 0 else None
        code = f"#x{ord(character):04x}: " if isinstance(character, str) and len(character) == 1 else ""
        raise InputError(f"not valid YAML: unacceptable character {code}{exc.reason}", file=file, line=line) from None
    except yaml.YAMLError as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"not valid YAML: {first_line}", file=file) from None
    except RecursionError:
        raise InputError("the document is nested too deeply", file=file) from None
    if node is None:
        return None, {}
    builder = _Builder(file)
    return builder.build(node, (), 0), builder.lines


def _check_nesting(text: str, file: str | None) -> None:
    """Refuse absurd nesting before composing: libyaml's composer recurses in C and
    crashes the whole process (no RecursionError) on a few ten thousand levels."""
    depth = events = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            events += 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH + 1:  # the builder enforces the exact limit
                    raise InputError("the document is nested too deeply", file=file, line=event.start_mark.line + 1)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if events > 2 * MAX_NODES + 4:  # more nodes than the builder would accept
                raise InputError(
                    "the document is too large or uses too many aliases", file=file, line=event.start_mark.line + 1
                )
    except yaml.YAMLError:
        pass  # compose reports it, with its line


def load_path(path: Path) -> tuple[Any, Lines]:
    text = read_text(path)
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text), {}
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
        except RecursionError:
            raise InputError("the document is nested too deeply", file=str(path)) from None
    return parse(text, str(path))


class _Builder:
    def __init__(self, file: str | None):
        self.file = file
        self.lines: Lines = {}
        self.count = 0
        self._scalar_loader = yaml.SafeLoader("")

    def build(self, node: yaml.Node, path: tuple[Any, ...], depth: int) -> Any:
        self.count += 1
        line = node.start_mark.line + 1
        if self.count > MAX_NODES:
            raise InputError("the document is too large or uses too many aliases", file=self.file, line=line)
        if depth > MAX_DEPTH:
            raise InputError("the document is nested too deeply", file=self.file, line=line)
        self.lines.setdefault(path, line)
        if isinstance(node, yaml.CollectionNode) and node.tag not in _PLAIN_COLLECTION_TAGS:
            # e.g. !!python/object/apply:os.system [...]: never constructed, and not silently dropped either
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise InputError(f"the YAML tag {tag!r} is not supported", file=self.file, line=line)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise InputError("a key must be plain text", file=self.file, line=key_node.start_mark.line + 1)
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise InputError("'<<' merge keys are not supported", file=self.file, line=line)
                key = key_node.value
                if key in result:
                    raise InputError(
                        f"key {key!r} appears twice", file=self.file, line=key_node.start_mark.line + 1
                    )
                result[key] = self.build(value_node, (*path, key), depth + 1)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index), depth + 1) for index, item in enumerate(node.value)]
        return self._scalar(node, line)

    def _scalar(self, node: yaml.ScalarNode, line: int) -> Any:
        if node.tag == "tag:yaml.org,2002:str":
            return node.value
        try:
            return self._scalar_loader.construct_object(node)
        except Exception as exc:  # noqa: BLE001 - PyYAML's constructors also raise IndexError, KeyError, AttributeError
            reason = "impossible date" if "timestamp" in node.tag else "unreadable value"
            if isinstance(exc, yaml.MarkedYAMLError):
                detail = exc.problem  # one line, without "in <unicode string>"
            elif isinstance(exc, (ValueError, OverflowError)):
                detail = str(exc)
            else:
                detail = f"not a valid {node.tag.replace('tag:yaml.org,2002:', '!!')}"
            value = node.value if len(node.value) <= 40 else node.value[:40] + "…"
            raise InputError(f"{reason}: {value!r} ({detail})", file=self.file, line=line) from None
