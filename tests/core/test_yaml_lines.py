"""The line map of a parsed file: asked for one path (as a migration or a validation error does) it
gives the same line as the whole map, worked out once, would; and the values remembered across files
(resolved tags, scalars) never leak one file's value into another."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.core.application.yamlio import parse
from wizard.core.runtime.resources import data_dir

TEXT = """\
schema_version: 4
entity:
  name: 甲
  registration_date: 2023-05-16
staff:
- name: 乙
  posts: [security_lead, technical]
- name: 丙
  full_time: true
"""


def test_one_path_and_the_whole_map_agree():
    _, whole = parse(TEXT)
    assert dict(whole) == {(): 1, ("schema_version",): 1, ("entity",): 3, ("entity", "name"): 3,
                           ("entity", "registration_date"): 4, ("staff",): 6, ("staff", 0): 6,
                           ("staff", 0, "name"): 6, ("staff", 0, "posts"): 7, ("staff", 0, "posts", 0): 7,
                           ("staff", 0, "posts", 1): 7, ("staff", 1): 8, ("staff", 1, "name"): 8,
                           ("staff", 1, "full_time"): 9}
    for path, line in whole.items():
        _, fresh = parse(TEXT)
        assert fresh[path] == line and path in fresh and fresh.get(path) == line
    _, fresh = parse(TEXT)
    for missing in (("staff", 2), ("staff", "name"), ("entity", 0), ("nothing",), ("entity", "name", "x")):
        assert missing not in fresh and fresh.get(missing) is None
        with pytest.raises(KeyError):
            fresh[missing]


@pytest.mark.parametrize("name", ["gansu", "henan", "shanghai"])
def test_the_examples_lines_are_those_of_a_full_walk(name):
    text = (data_dir("examples") / f"{name}.yaml").read_text(encoding="utf-8")
    _, whole = parse(text)
    paths = list(whole)
    assert len(paths) > 50
    for path in paths[::7]:
        _, fresh = parse(text)
        assert fresh[path] == whole[path]


def test_remembered_values_are_per_text():
    first, _ = parse("a: 2026-01-02\nb: yes\nc: '5'\nd: 5\ne: null\n")
    second, _ = parse("a: 2026-01-03\nb: 'yes'\nc: 5\nd: '5'\ne: 'null'\n")
    assert first == {"a": dt.date(2026, 1, 2), "b": True, "c": "5", "d": 5, "e": None}
    assert second == {"a": dt.date(2026, 1, 3), "b": "yes", "c": 5, "d": "5", "e": "null"}
