"""Patterns scanned only in texts holding a word every match contains.

A pattern that does not start with fixed text is tried at every position of a script: on
a large page each such scan costs a fraction of a second even when nothing matches, and
the page readers run dozens of them. A substring test is many times cheaper, so a
pattern whose every match contains one of a few words is not run over a text holding
none of them. The words are part of the pattern's definition; a test checks them.
"""

from __future__ import annotations

from collections.abc import Iterator
import re

__all__ = ["KeyedPattern"]


class KeyedPattern:
    """A compiled pattern and the words of which every match contains at least one."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: str, words: tuple[str, ...], flags: int = 0) -> None:
        """Compile pattern; words are case-sensitive and must each be non-empty."""
        if not words or not all(words) or flags & re.IGNORECASE:
            raise ValueError("a keyed pattern needs non-empty, case-sensitive words")
        self.pattern = re.compile(pattern, flags)
        self.words = words

    def present(self, text: str) -> bool:
        """Return whether text holds one of the words, so that a match is possible."""
        return any(word in text for word in self.words)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Return the matches in text, without scanning a text no match can be in."""
        if self.present(text):
            return self.pattern.finditer(text)
        return iter(())

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Match at pos (no word test: the caller already knows where to look)."""
        return self.pattern.match(text, pos)

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """Search text[pos:endpos] (no word test: the span is the caller's bound)."""
        return self.pattern.search(text, pos, endpos)
