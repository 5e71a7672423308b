"""The malformed-input corpus: committed files beside this module, plus cases built at test time.

`expected.yaml` maps every case name to its expected outcome. Small cases are
real files in this folder; the big ones (50 MB, deep nesting, very long
strings) and the ones that are not regular files (a folder, a missing path, a
symlink loop) are made by `GENERATORS` into a scratch folder, so that the
repository does not carry 50 MB.

    materialise(name, folder) -> Path   # a copy (or a freshly built case) in `folder`

Usable without pytest: benchmarks/robustness.py imports it by path.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "expected.yaml"
EXAMPLE = HERE.parent.parent / "examples" / "henan.yaml"
HEAD = "schema_version: 2\nscope:\n  province: 河南\n  commercial: true\n  merchant_model: third_party\n"


class Unavailable(Exception):
    """This case cannot be built here (e.g. a symlink loop on Windows)."""


def load_manifest() -> dict[str, dict[str, Any]]:
    with MANIFEST.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {str(name): dict(spec) for name, spec in data.items()}


# --- generated cases -------------------------------------------------------------


def _huge_50mb(path: Path) -> None:
    """Structurally fine YAML (the example, then comments) of 50 MB."""
    padding = ("# " + "填充" * 30 + "\n").encode("utf-8")
    with path.open("wb") as handle:
        handle.write(EXAMPLE.read_bytes())
        block = padding * 4096
        written = 0
        while written < 50 * 1024 * 1024:
            handle.write(block)
            written += len(block)


def _just_over_limit(path: Path) -> None:
    """One byte over the 5 MB limit."""
    body = EXAMPLE.read_bytes()
    limit = 5 * 1024 * 1024
    path.write_bytes(body + b"#" * (limit + 1 - len(body)))


def _deep_flow(path: Path) -> None:
    """200,000 nested flow lists (400 kB): crashed libyaml's recursive composer before the pre-scan;
    with PyYAML 6.0.4 libyaml's own nesting limit (1,000) trips first, as its scanner looks ahead."""
    depth = 200_000
    path.write_text(HEAD + "entity: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")


def _deep_flow_mappings(path: Path) -> None:
    """50,000 nested flow mappings {a: {a: …}}: libyaml's limit again, reached through mappings."""
    depth = 50_000
    path.write_text(HEAD + "entity: " + "{a: " * depth + "1" + "}" * depth + "\n", encoding="utf-8")


def _deep_flow_shallow(path: Path) -> None:
    """100 nested flow lists: under libyaml's limit, over ours (64)."""
    path.write_text(HEAD + "entity: " + "[" * 100 + "]" * 100 + "\n", encoding="utf-8")


def _deep_block(path: Path) -> None:
    """3,000 levels of indented block mappings (about 4.5 MB)."""
    lines = [HEAD, "entity:\n"]
    lines += [" " * (level + 2) + "a:\n" for level in range(3000)]
    path.write_text("".join(lines), encoding="utf-8")


def _deep_json(path: Path) -> None:
    """100,000 nested arrays: Python's JSON parser runs out of recursion (RecursionError)."""
    depth = 100_000
    path.write_text('{"entity": ' + "[" * depth + "]" * depth + "}\n", encoding="utf-8")


def _deep_json_shallow(path: Path) -> None:
    """100 nested arrays: parsed fine by Python's JSON parser, refused by our limit (64)."""
    path.write_text('{"entity": ' + "[" * 100 + "]" * 100 + "}\n", encoding="utf-8")


def _many_nodes(path: Path) -> None:
    """300,000 list items: more nodes than the reader accepts."""
    path.write_text(HEAD + "domains:\n" + "  - {}\n" * 300_000, encoding="utf-8")


def _long_strings(path: Path) -> None:
    """A 300,000-character company name and a 3,000,000-character business scope (4.3 MB)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("name: 郑州中原优选网络科技有限公司", "name: 郑州" + "优选" * 150_000 + "有限公司", 1)
    text = re.sub(r"  business_scope: >-\n(?:    .*\n)+", lambda _m: "  business_scope: " + "x" * 3_000_000 + "\n", text)
    path.write_text(text, encoding="utf-8")


def _long_key(path: Path) -> None:
    """An unknown field whose name is 1,000,000 characters long."""
    path.write_text(HEAD + "entity:\n  " + "k" * 1_000_000 + ": 1\n", encoding="utf-8")


def _long_key_json(path: Path) -> None:
    """JSON has no key length limit: an unknown field named with 1,000,000 characters."""
    path.write_text('{"entity": {"' + "k" * 1_000_000 + '": 1}}', encoding="utf-8")


def _long_value(path: Path) -> None:
    """A province of 1,000,000 characters, quoted back in the reason."""
    path.write_text("scope:\n  province: " + "火星" * 500_000 + "\n", encoding="utf-8")


def _folder(path: Path) -> None:
    path.mkdir()


def _missing(path: Path) -> None:
    """Nothing is created."""


def _symlink_loop(path: Path) -> None:
    if os.name != "posix":
        raise Unavailable("symlink loops are a POSIX case")
    other = path.with_name("loop_b.yaml")
    path.symlink_to(other.name)
    other.symlink_to(path.name)


def _unreadable(path: Path) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        raise Unavailable("needs POSIX and a non-root user (root reads anything)")
    shutil.copyfile(EXAMPLE, path)
    path.chmod(0)


GENERATORS: dict[str, Callable[[Path], None]] = {
    "huge_50mb.yaml": _huge_50mb,
    "just_over_5mb.yaml": _just_over_limit,
    "deep_nesting_flow.yaml": _deep_flow,
    "deep_nesting_block.yaml": _deep_block,
    "deep_nesting.json": _deep_json,
    "deep_nesting_flow_mappings.yaml": _deep_flow_mappings,
    "deep_nesting_flow_100.yaml": _deep_flow_shallow,
    "deep_nesting_100.json": _deep_json_shallow,
    "too_many_nodes.yaml": _many_nodes,
    "long_strings.yaml": _long_strings,
    "long_key.yaml": _long_key,
    "long_key.json": _long_key_json,
    "long_value.yaml": _long_value,
    "a_folder.yaml": _folder,
    "missing.yaml": _missing,
    "symlink_loop.yaml": _symlink_loop,
    "unreadable.yaml": _unreadable,
}


def materialise(name: str, folder: Path) -> Path:
    """The case as a path inside `folder` (committed files are copied, so nothing can touch the originals)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if name in GENERATORS:
        GENERATORS[name](target)
    else:
        shutil.copyfile(HERE / name, target)
    return target


def snapshot(path: Path) -> bytes | str | None:
    """What the case is on disk, to check afterwards that nothing changed it."""
    if path.is_symlink():
        return "symlink->" + os.readlink(path)
    if path.is_dir():
        return "dir:" + ",".join(sorted(p.name for p in path.iterdir()))
    if not path.exists():
        return None
    try:
        return path.read_bytes()
    except OSError as exc:
        return f"unreadable:{exc.errno}:{path.stat().st_size}:{path.stat().st_mtime_ns}"


if __name__ == "__main__":  # python tests/bad_inputs/make.py OUT_FOLDER: build every case there
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bad_inputs_out")
    for case in load_manifest():
        try:
            print(materialise(case, out))
        except Unavailable as exc:
            print(f"{case}: skipped ({exc})")
