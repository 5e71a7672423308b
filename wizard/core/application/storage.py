"""Saving that cannot lose data, and the lock that keeps two people off one file.

A save writes a temporary file in the same folder, flushes it to disk, copies
the previous version to `<name>.bak`, and only then renames the new file over
the old one. At every instant the file on disk is a complete version, old or
new; a failed save leaves it exactly as it was. A save also refuses to
overwrite a file that someone else changed since it was opened.
"""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import glob
import hashlib
import json
import os
import shutil
import socket
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from ..runtime.errors import InputError
from .model import Application

_SAVE_REASONS = {  # errno → the program's reason; each says that nothing was lost and what to do
    errno.ENOSPC: "save.disk_full",
    errno.EDQUOT: "save.quota",
    errno.EACCES: "save.no_permission",
    errno.EPERM: "save.no_permission",
    errno.EROFS: "save.read_only",
    errno.ENOENT: "save.folder_gone",
}


class SaveError(InputError):
    """A save that did not happen; the file on disk is unchanged."""


class ConflictError(SaveError):
    """The file on disk changed since it was opened (another person or program saved it)."""


def digest_of(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 of the file's bytes, or None if there is no file."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def backup_path(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".bak")


def save_application(
    application: Application, path: str | os.PathLike[str], *, expected_digest: str | None = None, force: bool = False
) -> str:
    """Write the application atomically, keeping the previous version as <name>.bak.

    `expected_digest` is the digest of the file as it was opened (None: a new
    file); unless `force`, a file that has changed since is not overwritten.
    Returns the digest of what was written.
    """
    path = Path(path)
    if not force:
        try:
            current = digest_of(path)
        except OSError as exc:  # the file cannot even be read (permission, I/O error): still a SaveError
            raise _save_error(exc, path) from None
        if current is not None and current != expected_digest:
            raise ConflictError("save.conflict", file=str(path))
    from .documents import dump_application  # PyYAML when a file is saved, not when the window opens

    data = dump_application(application).encode("utf-8")
    try:
        _write_atomically(path, data)
    except OSError as exc:
        raise _save_error(exc, path) from None
    return hashlib.sha256(data).hexdigest()


def _save_error(exc: OSError, path: Path) -> SaveError:
    code = _SAVE_REASONS.get(exc.errno or 0)
    if code is None:  # the OS's own words (localised on Windows) follow as detail
        return SaveError("save.failed", file=str(path), detail=exc.strerror or str(exc))
    return SaveError(code, file=str(path))


STALE_TEMPORARY_SECONDS = 3600


def _remove_stale_temporaries(path: Path) -> None:
    """A save killed half-way leaves a hidden .tmp beside the file; an hour later no save still needs it."""
    now = time.time()
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if now - leftover.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                leftover.unlink()
        except OSError:
            pass  # another instance's file, or already gone: never a reason to fail a save


def _write_atomically(path: Path, data: bytes) -> None:
    _remove_stale_temporaries(path)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            _copy_atomically(path, backup_path(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _copy_atomically(source: Path, target: Path) -> None:
    """The backup is replaced in one step too, so it is never half-written."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle, source.open("rb") as original:
            shutil.copyfileobj(original, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def lock_file_of(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


def owner_file_of(path: str | os.PathLike[str]) -> Path:
    """The sidecar that says who holds the lock: a plain note, not the lock itself."""
    path = Path(path)
    return path.with_name(f".{path.name}.owner")


@dataclass(frozen=True)
class LockOwner:
    user: str
    host: str
    since: dt.datetime | None

    def __str__(self) -> str:
        return f"{self.user}@{self.host}" if self.host else self.user


def _current_owner() -> LockOwner:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (a service account, a stripped environment)
        user = os.environ.get("USERNAME") or os.environ.get("USER") or "?"
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    return LockOwner(user=user, host=host, since=dt.datetime.now().astimezone().replace(microsecond=0))


def read_lock_owner(path: str | os.PathLike[str]) -> LockOwner | None:
    """What the owner sidecar says, or None if there is none or it cannot be read (never raises)."""
    try:
        data = json.loads(owner_file_of(path).read_text(encoding="utf-8"))
        user, host = str(data["user"]), str(data.get("host") or "")
        since = dt.datetime.fromisoformat(data["since"]) if data.get("since") else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return LockOwner(user=user, host=host, since=since)


def lock_holder(path: str | os.PathLike[str]) -> str | None:
    """Who has the file open for editing: "user@host", "" when it is locked but the holder is unknown,
    None when nobody holds it.

    The lock is only probed (taken and released at once); a file without a lock file is not probed at
    all, so scanning a folder creates no lock files. A sidecar left by a crash does not count: the
    operating system released the lock itself.
    """
    if not lock_file_of(path).exists():
        return None
    from filelock import FileLock, Timeout

    probe = FileLock(str(lock_file_of(path)), timeout=0, is_singleton=False)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        owner = read_lock_owner(path)
        return str(owner) if owner else ""
    except OSError:  # a lock cannot even be taken here (read-only media): nobody can be editing it
        return None
    probe.release(force=True)
    return None


class DocumentLock:
    """An OS-level lock beside the file (`.<name>.lock`), held while the file is open for editing.

    The lock is released by the operating system if the program dies, so a
    crash never leaves a file locked. On a shared drive it tells a second
    person that the file is already open, and the sidecar `.<name>.owner`
    tells them by whom (`lock_holder`).
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.lock_file = lock_file_of(path)
        self.owner_file = owner_file_of(path)
        from filelock import FileLock  # when a file is opened: its import is ~10 ms of start-up

        self._lock = FileLock(str(self.lock_file), timeout=0, is_singleton=False)
        self.unavailable = False  # the folder does not allow a lock file (e.g. read-only media)

    def acquire(self) -> bool:
        """True if this instance now holds the lock; False if another one does or none can be made."""
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        except OSError:
            self.unavailable = True
            return False
        self._write_owner()
        return True

    def _write_owner(self) -> None:
        owner = _current_owner()
        note = {"user": owner.user, "host": owner.host, "since": owner.since.isoformat() if owner.since else None}
        try:
            self.owner_file.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass  # the lock still holds; colleagues see "locked" without a name

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        if self._lock.is_locked:
            try:
                self.owner_file.unlink(missing_ok=True)  # before the lock goes: a new holder writes its own
            except OSError:
                pass  # a stale note is harmless: lock_holder trusts the lock, not the note
            self._lock.release(force=True)
