"""Fault injection for saves: failed writes, processes killed mid-save, two people on one file.

Shared by tests/reliability (small counts) and benchmarks/robustness.py (the full
counts, printed). Every function returns plain numbers; "damaged" counts files
that no longer load or changed when they must not, "lost" counts answers a user
was told were saved but are gone. Both must be 0.
"""

from __future__ import annotations

import errno
import hashlib
import os
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "henan.yaml"
FAULT_ERRNOS = (errno.ENOSPC, errno.EACCES, errno.EIO)


@dataclass
class Tally:
    tried: int = 0
    damaged: int = 0  # a file or its .bak that no longer loads, or changed when it must not
    lost: int = 0  # an acknowledged save that is not on disk
    debris: int = 0  # temporary files left behind
    problems: list[str] = field(default_factory=list)

    def fail(self, kind: str, text: str) -> None:
        setattr(self, kind, getattr(self, kind) + 1)
        if len(self.problems) < 20:
            self.problems.append(text)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _loads(path: Path) -> bool:
    from wizard.core.application.documents import load_application
    from wizard.core.runtime.errors import InputError

    try:
        load_application(path)
    except InputError:
        return False
    return True


def _debris(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- 1. failed writes at every step of a save ---------------------------------------------


class _Faults:
    """Counts the file-system steps of a save and makes step number `target` fail with `code`."""

    def __init__(self, target: int = 0, code: int = errno.EIO):
        self.target, self.code, self.count = target, code, 0
        self.steps: list[str] = []

    def step(self, name: str) -> None:
        self.count += 1
        self.steps.append(name)
        if self.count == self.target:
            raise OSError(self.code, f"{os.strerror(self.code)} (injected at {name})")

    def wrap(self, name: str, function):
        def wrapped(*args, **kwargs):
            self.step(name)
            return function(*args, **kwargs)

        return wrapped


class _FaultyFile:
    """A file object whose write and flush are steps too (a full disk fails on write, not on open)."""

    def __init__(self, handle, faults: _Faults):
        self._handle, self._faults = handle, faults

    def write(self, data):
        self._faults.step("write")
        return self._handle.write(data)

    def flush(self):
        self._faults.step("flush")
        return self._handle.flush()

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._handle.__exit__(*exc)


@contextmanager
def injected(faults: _Faults):
    """Patch the calls wizard.core.application.storage makes (os.fsync, os.replace, os.open, os.fdopen, tempfile.mkstemp,
    shutil.copyfileobj, Path.open) for the duration of one save."""
    from wizard.core.application import storage

    real_fdopen = os.fdopen
    originals = [
        (storage.os, "fsync", os.fsync), (storage.os, "replace", os.replace), (storage.os, "open", os.open),
        (storage.os, "fdopen", os.fdopen), (storage.tempfile, "mkstemp", tempfile.mkstemp),
        (storage.shutil, "copyfileobj", shutil.copyfileobj), (pathlib.Path, "open", pathlib.Path.open),
    ]
    try:
        for owner, name, function in originals:
            if name == "fdopen":
                setattr(owner, name, lambda *a, **k: _FaultyFile(faults.wrap("fdopen", real_fdopen)(*a, **k), faults))
            else:
                setattr(owner, name, faults.wrap(name, function))
        yield faults
    finally:
        for owner, name, function in originals:
            setattr(owner, name, function)


def save_fault_matrix(folder: Path) -> tuple[Tally, list[str]]:
    """Fail each step of a save (over an existing file with a .bak) with each errno in FAULT_ERRNOS.

    After a failed save the file must be byte-identical, the .bak must be the old
    .bak or the old file, both must load, the error must be a SaveError, and no
    .tmp may remain. Returns the tally and the names of the steps of one save.
    """
    from wizard.core.application.documents import load_application
    from wizard.core.application.storage import SaveError, backup_path, save_application
    from wizard.core.messages import CATALOG

    application = load_application(EXAMPLE)
    older = EXAMPLE.read_bytes()
    old_application = application.model_copy(deep=True)
    old_application.entity.name = "旧版本有限公司"
    from wizard.core.application.documents import dump_application

    old = dump_application(old_application).encode("utf-8")
    new_application = application.model_copy(deep=True)
    new_application.entity.name = "新版本有限公司"

    def fresh(case: str) -> Path:
        place = folder / case
        place.mkdir(parents=True)
        target = place / "client.yaml"
        target.write_bytes(old)
        backup_path(target).write_bytes(older)
        return target

    probe = _Faults()
    target = fresh("dry-run")
    with injected(probe):
        save_application(new_application, target, expected_digest=_sha(old))
    steps = list(probe.steps)
    tally = Tally()
    for number, step in enumerate(steps, start=1):
        for code in FAULT_ERRNOS:
            tally.tried += 1
            case = f"{number:02d}-{step}-{errno.errorcode[code]}"
            target = fresh(case)
            bak = backup_path(target)
            faults = _Faults(number, code)
            try:
                with injected(faults):
                    save_application(new_application, target, expected_digest=_sha(old))
            except SaveError as exc:
                saved = False
                if "\n" in exc.describe() or exc.code not in CATALOG:
                    tally.fail("damaged", f"{case}: unclear message {exc.describe()!r}")
            except Exception as exc:  # noqa: BLE001 - anything but SaveError is a failure to report
                saved = False
                tally.fail("damaged", f"{case}: {type(exc).__name__} instead of SaveError: {exc}")
            else:
                saved = True
            now, now_bak = target.read_bytes(), bak.read_bytes() if bak.exists() else b""
            if saved:  # a fault after the rename (syncing the folder) may be survivable
                if load_application(target).entity.name != "新版本有限公司":
                    tally.fail("lost", f"{case}: reported saved, but the new version is not on disk")
                if now_bak != old:
                    tally.fail("damaged", f"{case}: the .bak is not the previous version")
            else:
                if now != old:
                    tally.fail("damaged", f"{case}: the file changed although the save failed")
                if now_bak not in (older, old):
                    tally.fail("damaged", f"{case}: the .bak is neither the old backup nor the old file")
            for path in (target, bak):
                if not _loads(path):
                    tally.fail("damaged", f"{case}: {path.name} no longer loads")
            leftovers = _debris(target.parent)
            if leftovers:
                tally.fail("debris", f"{case}: left {leftovers}")
    return tally, steps


# --- 2. kill -9 in the middle of saves ---------------------------------------------------------

_ZYGOTE = r'''
import os, random, sys
from wizard.core.application.documents import load_application
from wizard.core.application.storage import save_application

path, example = sys.argv[1], sys.argv[2]
application = load_application(example)  # imports done once; each child is a fork of this process
os.write(1, b"ready\n")
for line in sys.stdin:
    iteration = int(line.split()[1])
    pid = os.fork()
    if pid == 0:  # the child: save in a tight loop until killed (or 10 s, should the parent vanish)
        import time
        rng = random.Random(iteration)
        stop = time.monotonic() + 10
        number = 0
        while time.monotonic() < stop:
            application.entity.name = f"版本{iteration}-{number}有限公司"
            application.entity.business_scope = "经营范围" * rng.randrange(0, 5000)
            save_application(application, path, force=True)
            os.write(1, f"ack {iteration} {number}\n".encode())
            number += 1
        os._exit(0)
    os.write(1, f"pid {pid}\n".encode())
    _, status = os.waitpid(pid, 0)
    os.write(1, f"done {iteration} {status}\n".encode())
'''


def _version(path: Path) -> tuple[int, int] | None:
    from wizard.core.application.documents import load_application

    name = load_application(path).entity.name or ""
    if not name.startswith("版本"):
        return (-1, -1)  # the initial file
    first, second = name.removeprefix("版本").removesuffix("有限公司").split("-")
    return int(first), int(second)


def kill_during_saves(folder: Path, iterations: int, seed: int = 1, max_delay_s: float = 0.3) -> Tally:
    """A child saves one file over and over with varying content; SIGKILL it after 0–300 ms, `iterations` times.

    After every kill the file and its .bak must load, and the file must hold the
    last version the child acknowledged as saved, or the one after it.
    """
    import signal

    from wizard.core.application.documents import load_application
    from wizard.core.application.storage import backup_path, save_application

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "client.yaml"
    application = load_application(EXAMPLE)
    save_application(application, target, force=True)
    save_application(application, target, force=True)  # so that a .bak exists from the start
    rng = random.Random(seed)
    tally = Tally()
    zygote = subprocess.Popen(
        [sys.executable, "-c", _ZYGOTE, str(target), str(EXAMPLE)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", cwd=ROOT,
    )
    try:
        assert zygote.stdout.readline().strip() == "ready"
        on_disk: tuple[int, int] = (-1, -1)  # the initial file
        for iteration in range(iterations):
            zygote.stdin.write(f"go {iteration}\n")
            zygote.stdin.flush()
            line = zygote.stdout.readline().split()
            assert line[0] == "pid", line
            pid = int(line[1])
            time.sleep(rng.uniform(0, max_delay_s))
            os.kill(pid, signal.SIGKILL)
            last_ack = None
            while True:  # acks the child wrote before it died, then the zygote's "done"
                words = zygote.stdout.readline().split()
                if not words:
                    raise RuntimeError("the saving process vanished")
                if words[0] == "ack":
                    last_ack = (int(words[1]), int(words[2]))
                elif words[0] == "done":
                    break
            tally.tried += 1
            bak = backup_path(target)
            broken = [path.name for path in (target, bak) if not _loads(path)]
            if broken:
                tally.fail("damaged", f"kill {iteration}: {broken} do not load")
                continue
            # The last acknowledged save, or the one after it (renamed into place, killed before the ack).
            allowed = {last_ack, (iteration, last_ack[1] + 1)} if last_ack else {on_disk, (iteration, 0)}
            previous, on_disk = on_disk, _version(target)
            if on_disk not in allowed:
                floor = last_ack or previous
                kind = "lost" if on_disk < floor else "damaged"
                tally.fail(kind, f"kill {iteration}: the file holds {on_disk}; expected one of {sorted(allowed)}")
            if _version(bak) > on_disk:
                tally.fail("damaged", f"kill {iteration}: the .bak {_version(bak)} is newer than the file {on_disk}")
        tally.debris = len(_debris(folder))  # a kill between mkstemp and rename may leave a .tmp (harmless)
    finally:
        _stop(zygote)
    return tally


def _stop(process: subprocess.Popen[str]) -> None:
    """End a helper process by closing its input; kill it if it does not go within 10 s."""
    process.stdin.close()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    process.stdout.close()


# --- 3. two processes, one file ---------------------------------------------------------------------

_WORKER = r'''
import sys, time
from wizard.core.application.documents import load_application
from wizard.core.application.storage import ConflictError, DocumentLock, digest_of, save_application

path = sys.argv[1]
application = load_application(path)
lock = digest = None
print("ready", flush=True)
for line in sys.stdin:
    command, _, argument = line.strip().partition(" ")
    if command == "open":  # race: both wait for the same instant, then try the lock
        time.sleep(max(0.0, float(argument) - time.time()))
        lock = DocumentLock(path)
        won = lock.acquire()
        digest = digest_of(path)
        print("won" if won else "lost", flush=True)
    elif command == "save":
        application.entity.name = argument
        try:
            digest = save_application(application, path, expected_digest=digest)
            print("saved", flush=True)
        except ConflictError:
            print("conflict", flush=True)
    elif command == "close":
        lock.release()
        print("closed", flush=True)
'''


def lock_contention(folder: Path, rounds: int) -> Tally:
    """Two processes open one file at the same instant: exactly one gets the lock; it saves; the
    other's save, based on what it read before, must raise ConflictError and change nothing."""
    from wizard.core.application.documents import load_application

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "shared.yaml"
    shutil.copyfile(EXAMPLE, target)
    workers = [
        subprocess.Popen([sys.executable, "-c", _WORKER, str(target)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         text=True, encoding="utf-8", cwd=ROOT)
        for _ in range(2)
    ]
    tally = Tally()

    def ask(worker, command: str) -> str:
        worker.stdin.write(command + "\n")
        worker.stdin.flush()
        return worker.stdout.readline().strip()

    try:
        for worker in workers:
            assert worker.stdout.readline().strip() == "ready"
        for round_number in range(rounds):
            tally.tried += 1
            start = time.time() + 0.05
            for worker in workers:  # both are told first; both then wait for the same instant
                worker.stdin.write(f"open {start}\n")
                worker.stdin.flush()
            answers = [worker.stdout.readline().strip() for worker in workers]
            if sorted(answers) != ["lost", "won"]:
                tally.fail("damaged", f"round {round_number}: lock answers {answers}")
                for worker in workers:
                    ask(worker, "close")
                continue
            winner, loser = (workers[0], workers[1]) if answers[0] == "won" else (workers[1], workers[0])
            mine = f"赢家{round_number}有限公司"
            if ask(winner, f"save {mine}") != "saved":
                tally.fail("lost", f"round {round_number}: the lock holder could not save")
            before = target.read_bytes()
            if ask(loser, f"save 输家{round_number}有限公司") != "conflict":
                tally.fail("lost", f"round {round_number}: a stale save was not refused")
            if target.read_bytes() != before or load_application(target).entity.name != mine:
                tally.fail("lost", f"round {round_number}: the holder's save was overwritten")
            for worker in workers:
                ask(worker, "close")
    finally:
        for worker in workers:
            _stop(worker)
    return tally
