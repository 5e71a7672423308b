"""What keeps `icp-wizard check` and the GUI's start quick, checked by structure rather than by time
(benchmarks/core.py and benchmarks/gui.py measure it; these fail when a change undoes a saving)."""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys

import pydantic
import pytest

from wizard.core import report
from wizard.core.application import model, records
from wizard.core.rulepack import basics, schema, tables, vocabulary
from wizard.core.runtime.errors import InputError
from wizard.core.runtime.resources import data_dir

EXAMPLES = data_dir("examples")
# The models every check and every GUI start creates. With postponed annotations (PEP 563) pydantic
# evaluated each field's annotation from its text: ~4.5 ms of each start for these 85 classes.
START_MODULES = (model, records, report, basics, schema, tables, vocabulary)
SELF_REFERENCES = {("Condition", "all"), ("Condition", "any"), ("Condition", "not_")}  # quoted on purpose


@pytest.mark.parametrize("module", START_MODULES, ids=lambda module: module.__name__)
def test_start_path_models_do_not_postpone_their_annotations(module):
    models = [value for value in vars(module).values()
              if inspect.isclass(value) and issubclass(value, pydantic.BaseModel) and value.__module__ == module.__name__]
    assert models, module.__name__
    textual = [(cls.__name__, name) for cls in models for name, annotation in vars(cls).get("__annotations__", {}).items()
               if isinstance(annotation, str)]
    assert set(textual) <= SELF_REFERENCES, textual


def test_a_check_builds_no_rule_pack_validator(tmp_path):
    """The packs come from their cache unvalidated, so their models' validators (basics.Strict's defer_build)
    are never built in a check, nor by an instance made at import (schema.PackDocument's default_factory).
    Bilingual's is: report.py's fixed texts are Bilingual instances."""
    code = (
        "import contextlib, inspect, io, pydantic; from wizard.core.commandline.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): main(['check', r'{EXAMPLES / 'henan.yaml'}'])\n"
        "from wizard.core.rulepack import basics, schema, tables, vocabulary\n"
        "built = [f'{m.__name__}.{n}' for m in (basics, schema, tables, vocabulary) for n, v in vars(m).items()\n"
        "         if inspect.isclass(v) and issubclass(v, pydantic.BaseModel) and v.__module__ == m.__name__\n"
        "         and v.__pydantic_complete__]\n"
        "print('BUILT', built)"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    for _run in ("writes the packs' cache", "reads it"):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert "BUILT ['wizard.core.rulepack.basics.Bilingual']" in result.stdout, result.stdout + result.stderr


def test_english_section_drops_chinese_notes_without_a_regex_made_at_import():
    """report.py imports citations on every start: its test for Chinese is a comparison, as compiling the
    class [\\u3400-\\u9fff] cost 1.3 ms; the notes it drops are still exactly the Chinese ones."""
    from wizard.core import citations

    assert not [name for name, value in vars(citations).items() if isinstance(value, re.Pattern)]
    assert citations.english_section("§二(三)（注：见附件）") == "§2(3)"
    assert citations.english_section("第六条(see annex)") == "Art. 6(see annex)"
    assert citations.english_section("第六条(四)") == "Art. 6(4)"


@pytest.mark.parametrize("argv", [
    ["check", "a.yaml"], ["check", "a", "b", "--json", "--lang", "en", "--as-of", "2026-01-01", "--province", "henan",
                          "--reveal-personal"],
    ["check", "--against-rules", "old", "clients"], ["check"], ["check", "a", "--bogus"], ["check", "-h"],
    ["check", "a", "--as-of", "not a date"], ["check", "a", "--lang", "fr"],
])
def test_check_s_own_parser_reads_a_command_line_as_the_whole_one_does(argv, capsys):
    """A check builds only its own subcommand's parser (cli._parser(only_check=True)): the same result,
    the same help and the same complaint as the parser of every command."""
    from wizard.core.commandline import cli
    from wizard.core.commandline.cli_usage import UsageError

    def parsed(parser):
        try:
            outcome = vars(parser.parse_args(argv))
        except SystemExit as exc:  # -h
            outcome = ("exit", exc.code)
        except UsageError as exc:
            outcome = ("usage", exc.prog, exc.detail)
        except InputError as exc:
            outcome = ("input", exc.code)
        return outcome, capsys.readouterr()

    whole, alone = parsed(cli._parser()), parsed(cli._parser(only_check=True))
    assert whole == alone
    assert len(cli._parser(only_check=True)._subparsers._group_actions[0].choices) == 1


def test_a_check_builds_only_its_own_parser(monkeypatch, capsys):
    from wizard.core.commandline import cli

    built = []
    whole = cli._parser
    monkeypatch.setattr(cli, "_parser", lambda only_check=False: built.append(only_check) or whole(only_check))
    assert cli.main(["check", str(EXAMPLES / "henan.yaml"), "--as-of", "2026-11-23"]) == cli.EXIT_READY
    assert cli.main(["compare", str(EXAMPLES / "henan.yaml"), "--as-of", "2026-11-23"]) == cli.EXIT_READY
    assert built == [True, False]
    assert "结论：可以提交申请" in capsys.readouterr().out
