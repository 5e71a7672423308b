"""Safe YAML/JSON reading that remembers the line of every value.

The node tree is built by PyYAML's safe composer and turned into Python here,
so that (a) every value's line is known for error messages, (b) alias bombs
and absurd nesting are refused instead of exhausting memory, and (c) duplicate
keys are an error rather than a silent overwrite.
"""

from __future__ import annotations

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
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = exc.problem or str(exc)
        raise InputError(f"not valid YAML: {reason}", file=file, line=line) from None
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", file=file) from None
    except RecursionError:
        raise InputError("the document is nested too deeply", file=file) from None
    if node is None:
        return None, {}
    builder = _Builder(file)
    return builder.build(node, (), 0), builder.lines


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
        except (ValueError, yaml.constructor.ConstructorError, OverflowError) as exc:
            reason = "impossible date" if "timestamp" in node.tag else "unreadable value"
            raise InputError(f"{reason}: {node.value!r} ({exc})", file=self.file, line=line) from None
