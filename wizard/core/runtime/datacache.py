"""Derived data the program would otherwise rebuild at every start, kept as a pickle under a content key.

Used for the validated rule packs (rulepack/cache.py) and python-stdnum's table of birth-place
codes (birthplaces.py). A file holds a header, the key, then the pickle; a reader unpickles
only a file whose key is the one it computed from the current inputs, so a changed input is
never served stale. A file that is missing, of another key, truncated or corrupt is the same
as none: the caller rebuilds the data and the file is overwritten, silently.

Where (never a folder a user, an environment variable or a pack can point at):
1. the program's own cache, written when the wheel (hatch_build.py) or the bundle
   (packaging/icp-wizard.spec) is built: wizard/_data/cache/ in a wheel, cache/ in a bundle;
2. the user's data folder (resources.user_data_dir()/cache/), written by the program itself
   whenever the first does not match (a pack was edited, or a source checkout). On Linux
   platformdirs follows XDG_DATA_HOME: the user's own setting for their own data folder.

Why a pickle is trusted: unpickling runs code the file names, so a pickle is only as safe as
whoever wrote it. These files are written only by this program or its build, into its own
installation folder or its own data folder in the user's profile; whoever can write there can
already change the program itself. No path from the command line, a pack, a setting or
ICP_WIZARD_RULES (which may point the rules anywhere) ever leads to a cache file.

Strings naming a file under `relocate` (a pack's path, an error's file) are stored relative to
it and put back under the folder of the running program, so a cache built in a build tree
serves the installed program.
"""

from __future__ import annotations

import gc
import io
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_MAGIC = b"icp-wizard cache 1\n"  # then the 64 hex digits of the key and a newline, then the pickle
_CORE = Path(__file__).resolve().parent.parent  # wizard/core


def program_cache_dir() -> Path:
    """The cache the build wrote into the installation (read-only here)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "cache"
    return _CORE.parent / "_data" / "cache"


def user_cache_dir() -> Path:
    from .resources import user_data_dir

    return user_data_dir() / "cache"


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, relocate: Path | None):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.prefix = str(relocate) + os.sep if relocate is not None else None

    def persistent_id(self, obj: object) -> object:
        if self.prefix is not None and type(obj) is str and obj.startswith(self.prefix):
            return obj[len(self.prefix):]
        return None


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, relocate: Path | None):
        super().__init__(file)
        self.relocate = relocate

    def persistent_load(self, pid: object) -> str:
        if self.relocate is None or not isinstance(pid, str):
            raise pickle.UnpicklingError("a path in a cache written for another folder")
        return str(self.relocate / pid)


def dumps(data: object, key: str, relocate: Path | None = None) -> bytes:
    buffer = io.BytesIO()
    buffer.write(_MAGIC + key.encode("ascii") + b"\n")
    _Pickler(buffer, relocate).dump(data)
    return buffer.getvalue()


def read(path: Path, key: str, relocate: Path | None = None) -> object | None:
    """What `path` holds if it was written under `key`; None if it is missing, of another key, or unreadable."""
    header = _MAGIC + key.encode("ascii") + b"\n"
    try:
        with open(path, "rb") as stream:
            if stream.read(len(header)) != header:
                return None
            payload = stream.read()
        collecting = gc.isenabled()
        gc.disable()  # unpickling makes tens of thousands of objects: without this the collector runs
        try:          # hundreds of times over everything alive (10× the time in the GUI process)
            return _Unpickler(io.BytesIO(payload), relocate).load()
        finally:
            if collecting:
                gc.enable()
    except Exception:  # noqa: BLE001 - truncated, corrupt or of an older layout: the caller rebuilds it
        return None


def write(data: bytes, target: Path, shared: bool = False) -> None:
    """Atomically: a reader sees the old file or the new one, never half of one. The user's cache
    stays private (0600); `shared`, for the program's own cache, makes it readable by every user."""
    import tempfile  # only when a cache is written, not on every start that reads one

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        if shared:
            os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load(name: str, key: str, build: Callable[[], T], accept: Callable[[object], bool],
         relocate: Path | None = None) -> T:
    """The data cached as `name` under `key` (the program's cache, then the user's), else `build()`, cached.

    `accept` tells whether what was unpickled is the kind of data expected."""
    for directory in (program_cache_dir, user_cache_dir):
        try:
            data = read(directory() / name, key, relocate)
        except OSError:  # no data folder can be made (read-only profile): do without
            data = None
        if data is not None and accept(data):
            return data  # type: ignore[return-value]
    data = build()
    try:
        write(dumps(data, key, relocate), user_cache_dir() / name)
    except OSError:
        pass  # a read-only or full disk: the next start builds it again
    return data
