"""The cache of validated packs (wizard/core/rulepack/cache.py): never stale, never in the way."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from wizard.core.application.documents import load_application
from wizard.core.engine import evaluate
from wizard.core.rulepack import cache
from wizard.core.rulepack.loader import PackSet, load_packs
from wizard.core.runtime import datacache

ROOT = Path(__file__).resolve().parents[2]
AS_OF = dt.date(2026, 11, 23)
HENAN_AGE = "value: 12\n    unit: months"  # rules/henan.yaml: min_entity_age_months


@pytest.fixture
def folders(tmp_path, monkeypatch):
    """A copy of rules/ as the program's rules folder, and empty program and user cache folders."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules, ignore=shutil.ignore_patterns("tests", "README.md"))
    monkeypatch.setenv("ICP_WIZARD_RULES", str(rules))
    monkeypatch.setattr(datacache, "program_cache_dir", lambda: tmp_path / "program")
    monkeypatch.setattr(datacache, "user_cache_dir", lambda: tmp_path / "user")
    return rules, tmp_path / "program" / cache.CACHE_FILE, tmp_path / "user" / cache.CACHE_FILE


def _age_threshold(packs: PackSet) -> int:
    return packs.packs["henan"].parameters["min_entity_age_months"].value


def test_a_cache_is_written_and_serves_the_next_start(folders, monkeypatch):
    _rules, _program, user = folders
    first = cache.cached_packs()
    assert user.is_file()

    def no_yaml(*_args, **_kwargs):
        raise AssertionError("the packs were parsed again although the cache matches")

    monkeypatch.setattr("wizard.core.rulepack.loader.load_packs", no_yaml)
    second = cache.cached_packs()
    assert sorted(second.packs) == sorted(first.packs) and second.packs["henan"] == first.packs["henan"]


def test_an_edited_pack_is_picked_up_at_once(folders):
    rules, _program, _user = folders
    assert _age_threshold(cache.cached_packs()) == 12
    henan = rules / "henan.yaml"
    text = henan.read_text(encoding="utf-8")
    assert HENAN_AGE in text
    henan.write_text(text.replace(HENAN_AGE, HENAN_AGE.replace("12", "18"), 1), encoding="utf-8")
    assert _age_threshold(cache.cached_packs()) == 18


def test_an_edited_table_is_picked_up_at_once(folders):
    rules, _program, _user = folders
    cities = rules / "data" / "cities.yaml"
    cities.write_text(cities.read_text(encoding="utf-8") + "\n  not a list: [\n", encoding="utf-8")
    packs = cache.cached_packs()
    assert any(str(cities) == error.file for error in packs.errors)


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "header only"])
def test_a_corrupt_or_truncated_cache_is_rebuilt_silently(folders, damage, capsys):
    _rules, _program, user = folders
    good = cache.cached_packs()
    data = user.read_bytes()
    header = data[: data.index(b"\n", data.index(b"\n") + 1) + 1]
    user.write_bytes({"truncated": data[: len(data) // 2], "garbage": header + b"\x80\x05not a pickle" * 50,
                      "empty": b"", "header only": header}[damage])
    again = cache.cached_packs()
    assert sorted(again.packs) == sorted(good.packs) and not again.errors
    assert user.read_bytes() == data  # rewritten whole
    assert capsys.readouterr() == ("", "")  # silently


def test_a_cache_written_by_another_program_version_is_ignored(folders, monkeypatch):
    _rules, _program, user = folders
    monkeypatch.setattr(cache, "__version__", "0.0.1")
    stale = cache.cached_packs()
    stale.packs.pop("henan")  # what an older version might have held
    datacache.write(datacache.dumps(stale, cache.cache_key(folders[0]), relocate=folders[0]), user)
    monkeypatch.undo()
    monkeypatch.setenv("ICP_WIZARD_RULES", str(folders[0]))
    monkeypatch.setattr(datacache, "program_cache_dir", lambda: user.parent.parent / "program")
    monkeypatch.setattr(datacache, "user_cache_dir", lambda: user.parent)
    assert "henan" in cache.cached_packs().packs


def test_changed_code_changes_the_key(folders, monkeypatch):
    rules, _program, _user = folders
    key = cache.cache_key(rules)
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "other code")
    assert cache.cache_key(rules) != key


def test_the_programs_own_cache_comes_first_and_is_relocated(folders, tmp_path, monkeypatch):
    """A cache built in another tree (the build's) serves this folder, with this folder's paths."""
    rules, program, user = folders
    build_tree = tmp_path / "build" / "rules"
    shutil.copytree(rules, build_tree)
    monkeypatch.setenv("ICP_WIZARD_RULES", str(build_tree))
    cache.build_program_cache(program.parent)
    monkeypatch.setenv("ICP_WIZARD_RULES", str(rules))
    packs = cache.cached_packs()
    assert not user.exists()  # the program's cache matched: nothing written
    assert packs.packs["henan"].file == str(rules / "henan.yaml")
    assert packs.tables.authorities_file == str(rules / "data" / "authorities.yaml")


def test_a_cache_in_the_rules_folder_is_never_read(folders):
    """ICP_WIZARD_RULES may point anywhere: a file there is data, never code to unpickle."""
    rules, _program, _user = folders
    planted = PackSet()  # no packs: what an attacker's file would put in their place
    for name in (cache.CACHE_FILE, f"data/{cache.CACHE_FILE}"):
        datacache.write(datacache.dumps(planted, cache.cache_key(rules), relocate=rules), rules / name)
    assert sorted(cache.cached_packs().packs) == ["gansu", "henan", "shanghai", "shanxi"]


def test_without_a_writable_data_folder_the_packs_still_load(folders, monkeypatch):
    def refuse():
        raise PermissionError("read-only profile")

    monkeypatch.setattr(datacache, "user_cache_dir", refuse)
    assert sorted(cache.cached_packs().packs) == ["gansu", "henan", "shanghai", "shanxi"]


def test_cached_packs_evaluate_exactly_like_fresh_ones(folders):
    """Every example, against its own pack and the national baseline of a region without one."""
    cache.cached_packs()  # written
    cached, fresh = cache.cached_packs(), load_packs()
    examples = sorted((ROOT / "examples").rglob("*.yaml"))
    assert len(examples) >= 6
    for example in examples:
        application = load_application(example)
        for region in (application.scope.province, "beijing", "guangdong"):
            ours, theirs = cached.for_region(region), fresh.for_region(region)
            assert (ours is None) == (theirs is None)
            if ours is None:
                continue
            assert evaluate(application, ours, AS_OF).model_dump() == evaluate(application, theirs, AS_OF).model_dump(), \
                (example.name, region)


def _fresh_glossary():
    from wizard.core.help.glossary import shipped_glossary

    shipped_glossary.cache_clear()  # as a new start
    return shipped_glossary()


def test_the_glossary_is_cached_beside_the_packs_and_an_edit_is_picked_up_at_once(folders, monkeypatch, request):
    from wizard.core.help import glossary as glossary_module

    request.addfinalizer(glossary_module.shipped_glossary.cache_clear)  # later tests get the real one

    rules, _program, user = folders
    first = _fresh_glossary()
    cached = user.parent / glossary_module.CACHE_FILE
    assert first.terms and cached.is_file() and first.file == str(rules / "data" / "glossary.yaml")

    def no_yaml(*_args, **_kwargs):
        raise AssertionError("the glossary was parsed again although the cache matches")

    with monkeypatch.context() as patched:
        patched.setattr(glossary_module, "load_glossary", no_yaml)
        assert _fresh_glossary() == first
    path = rules / "data" / "glossary.yaml"
    term = first.terms[0]
    text = path.read_text(encoding="utf-8")
    assert term.definition.zh in text
    path.write_text(text.replace(term.definition.zh, "改过的释义", 1), encoding="utf-8")
    assert _fresh_glossary().term(term.id).definition.zh == "改过的释义"
    cached.write_bytes(cached.read_bytes()[:100])  # a corrupt cache: rebuilt silently
    assert _fresh_glossary().term(term.id).definition.zh == "改过的释义"


def test_every_module_the_cache_key_names_exists_in_the_source_tree():
    """The key hashes the modules in cache._CODE by path; one renamed away and the source tree would look like a
    bundle (no sources), keying the cache on the version alone: an edited model would be served a stale pack."""
    core = ROOT / "wizard" / "core"
    missing = [name for name in cache._CODE if not (core / name).exists()]
    assert not missing, missing
    assert not cache.code_fingerprint().startswith("no sources")
    assert all((core / name).suffix == ".py" or (core / name).is_dir() for name in cache._CODE)
