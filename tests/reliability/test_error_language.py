"""Every refusal of the bad-input corpus, in Chinese and in English: the core's reason, the CLI's
line and the wizard's dialog.

In the Chinese interface no error's main text is an English library sentence, and in the English
interface no error has Chinese beyond the user's own data (file names, quoted values). A library's
words may only follow the program's reason, as its technical detail.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from language_checks import CJK, ENGLISH_RUN, language_problems

from wizard.core.messages import LANGS, Reason
from wizard.core.runtime.errors import InputError

from .conftest import AS_OF, load_corpus_module

make = load_corpus_module()
MANIFEST = make.load_manifest()
ERROR_CASES = sorted(name for name, spec in MANIFEST.items() if spec["expect"] == "error")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, tuple[Path, InputError]]:
    """Each error case built once, with the InputError the core raises for it."""
    from wizard.core.application.documents import load_application

    folder = tmp_path_factory.mktemp("corpus_language")
    built = {}
    for name in ERROR_CASES:
        try:
            path = make.materialise(name, folder)
        except make.Unavailable:
            continue
        with pytest.raises(InputError) as caught:
            load_application(path)
        built[name] = (path, caught.value)
    return built


def _user_data(error: InputError, lang: str) -> list[str]:
    """What in a line is the user's, not the program's: the file, the field path, quoted values, the detail."""
    from wizard.core.messages import render_param

    parts = [str(error.file or ""), str(error.field or ""), error.reason.detail or ""]
    return parts + [render_param(value, lang) for value in error.reason.params.values()]


def _without(text: str, parts: list[str]) -> str:
    for part in sorted(filter(None, parts), key=len, reverse=True):
        text = text.replace(part, "")
    return text


@pytest.mark.parametrize("lang", LANGS)
def test_core_reasons_are_the_programs_own_in_each_language(lang, corpus):
    problems = []
    for name, (_path, error) in corpus.items():
        assert error.code == MANIFEST[name]["code"], name
        problems += [f"{name}: {p}" for p in language_problems(error.reason, lang)]
        shown = error.describe(lang)
        main = error.reason.text(lang)
        assert main in shown and shown.index(main) < len(shown) - len(error.reason.detail or ""), name
        if lang == "en" and CJK.search(_without(shown, _user_data(error, lang))):
            problems.append(f"{name}: Chinese in {shown!r}")
    assert problems == []


@pytest.mark.parametrize("lang", LANGS)
def test_cli_lines_speak_the_chosen_language(lang, corpus):
    """`icp-wizard check FILE --lang LANG` prints exactly the core's reason in LANG."""
    from wizard.core.commandline.cli import main

    problems = []
    for name, (path, error) in corpus.items():
        spec = MANIFEST[name]
        expected = InputError(Reason(spec["cli_code"]), file=str(path)) if "cli_code" in spec else error
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["check", str(path), "--province", "henan", "--as-of", AS_OF, "--lang", lang])
        if code != 2 or err.getvalue() != f"icp-wizard: {expected.describe(lang)}\n":
            problems.append(f"{name}: exit {code}, {err.getvalue()!r}")
    assert problems == []


@pytest.mark.parametrize("lang", LANGS)
def test_gui_dialogs_speak_the_interface_language(lang, corpus, make_window, dialogs):
    window = make_window(lang=lang)
    problems = []
    for name, (path, error) in corpus.items():
        dialogs.shown.clear()
        assert window.open_path(str(path), ask=False) is False, name
        [(kind, title, text)] = dialogs.shown
        reason = error.describe(lang)
        if reason not in text:
            problems.append(f"{name}: the dialog does not show {reason!r}: {text!r}")
            continue
        frame = title + _without(text, [reason, str(path)])  # the dialog's own words around the reason
        if lang == "zh" and (not CJK.search(frame) or ENGLISH_RUN.search(frame)):
            problems.append(f"{name}: the Chinese dialog reads {title!r} / {text!r}")
        if lang == "en" and CJK.search(frame):
            problems.append(f"{name}: the English dialog reads {title!r} / {text!r}")
    assert problems == []
