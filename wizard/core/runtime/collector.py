"""The cyclic garbage collector while a command of the command line runs (cli.main).

It is paused from the start, as the command is not known before its arguments are read. It comes
back on for most commands. For those in WITHOUT_COLLECTOR it stays off: they load, evaluate and
print, and what they make is freed by reference counting; a check of several files turns it back
on after the first (for_many_files), so that a folder of 10,000 files cannot pile up cyclic
garbage. Its passes during the imports of the models, packs and engine walked everything made so
far again and again (~15 ms of a one-file check), and its pass at the interpreter's exit walked it
all once more (~20 ms) to free memory the system frees with the process anyway: gc.freeze at exit
takes everything out of that pass.
"""

from __future__ import annotations

import atexit
import functools
import gc

WITHOUT_COLLECTOR = ("check", "compare")


def pause() -> bool:
    """Pauses it; whether it was on (for `for_command` and `restore`: a caller's own choice is kept)."""
    collecting = gc.isenabled()
    gc.disable()
    return collecting


def for_command(command: str | None, collecting: bool) -> None:
    if not collecting:
        return
    if command in WITHOUT_COLLECTOR:
        _skip_the_last_collection()
    else:
        gc.enable()


def for_many_files() -> None:
    """A check of many files runs on: its errors' tracebacks and the like are cycles only the collector frees.
    It comes back with everything made so far frozen out of its passes, so they walk only what comes next."""
    if not gc.isenabled() and _skip_the_last_collection.cache_info().currsize:  # paused by for_command
        gc.freeze()
        gc.enable()


def restore(collecting: bool) -> None:
    if collecting:
        gc.enable()


@functools.cache  # registered once however often a command runs in one process
def _skip_the_last_collection() -> None:
    atexit.register(gc.freeze)
