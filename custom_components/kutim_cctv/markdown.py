"""Placeholders for texts Home Assistant renders as markdown: repair issues and their flows.

Camera names, portal titles and error messages come from the portal. In a repair text
they must read as the text they are, never as markup: no link, image, emphasis, heading,
list or HTML tag may come out of them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
import re
from typing import Final

from .portal.names import shorten

MAX_PLACEHOLDER_LENGTH: Final = 1200
"""Longest placeholder text (ten names of at most 100 characters, and separators)."""
# Characters that start markup anywhere in a line (CommonMark and GitHub's extensions).
_INLINE = re.compile(r"([\\`*_\[\]<>&~|])")
# What starts a block at the beginning of a line: heading, list, quote, rule, setext line.
_BLOCK_START = re.compile(r"^(\d{1,9})([.)])|^([#+\-=>])")


def _block_escape(match: re.Match[str]) -> str:
    """Escape the character that would open a block."""
    if match.group(1) is not None:
        return f"{match.group(1)}\\{match.group(2)}"
    return f"\\{match.group(3)}"


def markdown_text(value: str) -> str:
    """Return value escaped to render as itself in markdown, on one line, length capped."""
    text = shorten(" ".join(value.split()), MAX_PLACEHOLDER_LENGTH)
    text = _INLINE.sub(r"\\\1", text)
    return _BLOCK_START.sub(_block_escape, text, count=1)


def markdown_code(value: str) -> str:
    """Return value fit for a code span: one line, no backtick that would end the span."""
    return shorten(" ".join(value.replace("`", "'").split()), MAX_PLACEHOLDER_LENGTH)


def markdown_placeholders(
    values: Mapping[str, str], *, code: Collection[str] = ()
) -> dict[str, str]:
    """Return translation placeholders escaped for markdown; keys in code go in code spans."""
    return {
        key: markdown_code(value) if key in code else markdown_text(value)
        for key, value in values.items()
    }
