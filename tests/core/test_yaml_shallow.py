"""The cheap proof that a text cannot nest deeply (yamlio._surely_shallow), which lets a typical file
skip the event scan: wherever it says "shallow", the parser really sees no deeper nesting than the
limit, and every deep or odd document still ends in the program's own reason."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.core.application import yamlio
from wizard.core.runtime.errors import InputError
from wizard.core.runtime.resources import data_dir


def _deepest(text: str) -> int:
    """The deepest nesting the parser reaches before it finishes or gives up."""
    depth = deepest = 0
    try:
        for event in yaml.parse(text, Loader=yamlio._Loader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                deepest = max(deepest, depth)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        pass
    return deepest


PIECES = ["- ", "? ", ": ", "a: ", "a:", "x", "[", "]", "{", "}", ",", "\n", "  ", "\t", "--- ", "&a ", "!!map ",
          "\u2028", "\x85", "\r", "'", '"', "#", "|\n", "b: ", "-\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=120), st.integers(min_value=1, max_value=40))
def test_shallow_texts_never_nest_deeper_than_the_limit(pieces, repeat):
    text = "".join(pieces) * (repeat if len(pieces) < 8 else 1)
    if yamlio._surely_shallow(text):
        assert _deepest(text) <= yamlio.MAX_DEPTH


@pytest.mark.parametrize("text", [
    "- " * 70 + "x\n",  # compact sequences on one line
    "".join(" " * level + "a:\n" for level in range(70)),  # block mappings, one column each
    "a:\u2028" + "\u2028".join(" " * level + "b:" for level in range(1, 70)),  # YAML's other line breaks
    "x: " + "[" * 70 + "]" * 70,
    "x: " + "[a: " * 40 + "b" + "]" * 40,  # implicit one-pair mappings inside flow sequences
])
def test_deep_documents_still_end_in_the_programs_reason(text):
    assert not yamlio._surely_shallow(text)
    with pytest.raises(InputError) as caught:
        yamlio.parse(text, "deep.yaml")
    assert caught.value.code == "document.nested_too_deeply"


def test_a_second_document_is_still_named_with_its_line():
    text = "entity:\n  name: a\n---\nentity:\n  name: b\n"
    assert yamlio._surely_shallow(text)
    with pytest.raises(InputError) as caught:
        yamlio.parse(text, "two.yaml")
    assert (caught.value.code, caught.value.line) == ("yaml.several_documents", 3)


def test_the_examples_take_the_cheap_path():
    examples = sorted(data_dir("examples").rglob("*.yaml"))
    assert examples and all(yamlio._surely_shallow(path.read_text(encoding="utf-8")) for path in examples)
