"""The command line's own handling of argparse: a wrong call explained in the user's language.

argparse's complaint (English, its own wording) becomes the technical detail of our reason; a file or
a folder given where a command belongs gets a sentence of its own instead of "invalid choice".
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..messages import Reason, Verbatim, message


class UsageError(Exception):
    def __init__(self, prog: str, detail: str):
        super().__init__(detail)
        self.prog, self.detail = prog, detail


class CommandParser(argparse.ArgumentParser):
    """argparse's complaint (English, its own wording) becomes the detail of our reason."""

    def error(self, message: str):  # noqa: ANN201 - argparse's signature
        raise UsageError(self.prog, message)

    def parse_known_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201 - argparse's signature
        # Each parser refuses its own leftovers: argparse would hand a subcommand's up to the top parser,
        # and the hint would name `icp-wizard --help` instead of `icp-wizard check --help`.
        namespace, extras = super().parse_known_args(args, namespace)
        if extras:
            raise UsageError(self.prog, f"unrecognized arguments: {' '.join(extras)}")
        return namespace, extras


def lang_options(argv: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """Each `--lang X` or `--lang=X` on a command line, valid or not: where it starts, how many arguments it
    takes (2 or 1) and its value. The one reading of --lang before argparse has parsed anything."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            yield index, 2, argv[index + 1]
        elif arg.startswith("--lang="):
            yield index, 1, arg.partition("=")[2]


def _first_word(argv: Sequence[str]) -> str | None:
    """Where the command should be: the first argument that is neither an option nor --lang's value."""
    values = {index + 1 for index, width, _value in lang_options(argv) if width == 2}
    return next((arg for index, arg in enumerate(argv) if not arg.startswith("-") and index not in values), None)


def split_lang(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """The first `--lang X` (or `--lang=X`) taken out of `args`: the launcher decides on the rest whether the
    window is meant, and the window takes the language from it."""
    rest = list(args)
    first = next(lang_options(rest), None)
    if first is None:
        return None, rest
    index, width, value = first
    return value, rest[:index] + rest[index + width:]


def usage_message(exc: UsageError, argv: Sequence[str], lang: str) -> str:
    first = _first_word(argv)
    if exc.prog == "icp-wizard" and first is not None and "invalid choice" in exc.detail:
        if Path(first).is_dir():  # `icp-wizard clients/`
            return message("cli.folder_not_a_command", lang, folder=Verbatim(first))
        if Path(first).suffix or Path(first).exists():  # `icp-wizard notes.txt`: a file, not a command
            return message("cli.not_an_application_file", lang, file=Verbatim(first))
    return Reason("cli.usage", {"command": exc.prog}, exc.detail).full(lang)
