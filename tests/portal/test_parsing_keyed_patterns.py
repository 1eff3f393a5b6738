"""Keyed patterns skip a text only when no match can be in it.

A keyed pattern is not scanned over a text that holds none of its words. That is right
only if every match needs one of them: checked here on every corpus payload and test
page that the pattern matches, by erasing the words and finding no match left.
"""

from __future__ import annotations

import importlib
from pathlib import Path
import pkgutil
import re

import pytest

from custom_components.kutim_cctv.portal import parsing
from custom_components.kutim_cctv.portal.parsing.keyed import KeyedPattern

from .corpus import CORPUS

TESTS = Path(__file__).resolve().parent


def _keyed() -> list[tuple[str, KeyedPattern]]:
    found: list[tuple[str, KeyedPattern]] = []
    for module in pkgutil.iter_modules(parsing.__path__):
        loaded = importlib.import_module(f"{parsing.__name__}.{module.name}")
        found.extend(
            (f"{module.name}.{name}", value)
            for name, value in vars(loaded).items()
            if isinstance(value, KeyedPattern)
        )
    return found


def _texts() -> list[str]:
    paths = [p for p in CORPUS.rglob("*") if p.is_file() and not p.name.endswith(".json")]
    paths += sorted(CORPUS.rglob("*.json"))
    paths += sorted(TESTS.glob("test_*.py"))
    return [p.read_bytes().decode("utf-8", "replace") for p in sorted(paths)]


KEYED = _keyed()
TEXTS = _texts()


def test_there_are_keyed_patterns_and_texts() -> None:
    """The check below runs over real patterns and a real corpus."""
    assert len(KEYED) >= 12
    assert len(TEXTS) >= 1000


@pytest.mark.parametrize(("name", "keyed"), KEYED, ids=[name for name, _ in KEYED])
def test_every_match_needs_a_word(name: str, keyed: KeyedPattern) -> None:
    """Where the pattern matches, a word is present, and erasing the words ends the match."""
    matched = 0
    for text in TEXTS:
        if keyed.pattern.search(text) is None:
            continue
        matched += 1
        assert keyed.present(text), name
        erased = text
        for word in keyed.words:
            erased = erased.replace(word, "\x00" * len(word))
        assert keyed.pattern.search(erased) is None, name
        assert list(keyed.finditer(erased)) == []
    assert matched >= 1, f"{name} matches no corpus payload or test page"


def test_a_text_without_the_words_is_not_scanned() -> None:
    """The gate answers for the words alone and keeps every match where they occur."""
    keyed = KeyedPattern(r"(?<![\w$])([A-Za-z_$][\w$]*)\s*\.\s*load\s*\(", ("load",))
    assert list(keyed.finditer("hls.attach(video); x.play();")) == []
    assert [m.group(1) for m in keyed.finditer("a.load( b ); c . load(d)")] == ["a", "c"]
    assert keyed.match("x.load(", 0) is not None
    with pytest.raises(ValueError):
        KeyedPattern("a", ())
    with pytest.raises(ValueError):
        KeyedPattern("a", ("",))
    with pytest.raises(ValueError):
        KeyedPattern("a", ("a",), re.IGNORECASE)
