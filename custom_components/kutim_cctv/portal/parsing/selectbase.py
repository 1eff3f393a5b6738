"""Stream pickers whose script puts a folder in front of the value picked.

A single-player page lists its cameras as the options of a ``<select>`` whose values are
stream file names (``<option value="kranji.m3u8">Flyover Kranji</option>``); the change
handler joins them to a base address the script writes
(``var baseUrl = "https://…/m3/"; … player.src(baseUrl + $(this).val())``,
``'https://…/hls/' + this.value``, `` `${BASE}${e.target.value}` ``). This module finds
that base for one select: only in a handler written on the select itself or in the script
text following a reference to the select's id or name. Nothing is evaluated: the literal
base and the variable names are read as written.
"""

from __future__ import annotations

from collections.abc import Sequence
import re

from .keyed import KeyedPattern

_MAX_SCRIPT = 500_000
_MAX_SCRIPTS = 64
_MAX_REFERENCES = 16
_WINDOW = 2500
_MAX_JOINS = 8
_MAX_LOOKUPS = 6
_MAX_BASE = 300
# Handler texts read for one page, over all its selects.
_MAX_WINDOWS = 64

# The value of the select a change handler reads.
_VALUE_EXPRS = (
    r"\$\(\s*this\s*\)\s*\.val\(\s*\)",
    r"\$\(\s*this\s*\)\s*\.find\([^()\n]{0,60}\)\s*\.val\(\s*\)",
    r"this\s*\.value",
    r"[A-Za-z_$][\w$]{0,30}\s*\.\s*(?:target|currentTarget|srcElement)\s*\.\s*value",
)
_VALUE_EXPR = "(?:" + "|".join(_VALUE_EXPRS) + ")"
# A variable given that value (``var file = $(this).val();``).
_VALUE_VAR = KeyedPattern(
    r"\b(?:var|let|const)\s+([A-Za-z_$][\w$]{0,40})\s*=\s*" + _VALUE_EXPR + r"\s*[;,\n]",
    ("value", "val("),
)
_LEFT = r"""(?:(['"])([^'"\\\n]{1,300})\1|(?<![\w$.])([A-Za-z_$][\w$.]{0,60}))"""
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]{0,40}")


def _is_base(text: str) -> bool:
    """Return True for a literal that can be a folder or a query a value ends."""
    return (
        0 < len(text) <= _MAX_BASE
        and not any(c.isspace() for c in text)
        and text.endswith(("/", "="))
        and (text.startswith(("http://", "https://", "//", "/", "./")) or "/" in text)
    )


def _assigned(scripts: Sequence[str], name: str) -> str | None:
    """Return the literal the scripts assign to a variable or property name, if any."""
    last = name.rsplit(".", 1)[-1]
    if not _IDENTIFIER.fullmatch(last):
        return None
    pattern = re.compile(re.escape(last) + r"""\s*[:=]\s*(['"])([^'"\\\n]{1,300})\1""")
    for script in scripts:
        for count, found in enumerate(pattern.finditer(script)):
            if count >= _MAX_REFERENCES:
                break
            before = script[found.start() - 1 : found.start()]
            if before and (before.isalnum() or before in "_$."):
                continue
            if _is_base(found.group(2)):
                return found.group(2)
    return None


def _joined_base(window: str, scripts: Sequence[str], lookups: list[int]) -> str | None:
    """Return the base a handler's text joins to the select's value, if any.

    lookups counts down the variables still to be looked up in the scripts.
    """
    if "+" not in window and "`" not in window:
        return None  # nothing is joined here
    names = [found.group(1) for found in _VALUE_VAR.finditer(window)][:8]
    values = "|".join([*_VALUE_EXPRS, *(re.escape(name) for name in names)])
    join = re.compile(_LEFT + r"\s*\+\s*(?:" + values + r")(?![\w$])")
    template = re.compile(r"`([^`$\\\n]{1,300})\$\{\s*(?:" + values + r")\s*\}`")
    for count, found in enumerate(join.finditer(window)):
        if count >= _MAX_JOINS:
            break
        if found.group(2) is not None:
            if _is_base(found.group(2)):
                return found.group(2)
        elif lookups[0] > 0:
            lookups[0] -= 1
            if (base := _assigned(scripts, found.group(3))) is not None:
                return base
    for found in template.finditer(window):
        if _is_base(found.group(1)):
            return found.group(1)
    return None


def _references(script: str, key: str) -> list[int]:
    """Return where a script names the select by its id or name (a whole token)."""
    found: list[int] = []
    start = 0
    while len(found) < _MAX_REFERENCES:
        index = script.find(key, start)
        if index < 0:
            break
        start = index + len(key)
        before = script[index - 1 : index]
        after = script[start : start + 1]
        if (before.isalnum() or before in "_-$") or (after.isalnum() or after in "_-$"):
            continue
        found.append(index)
    return found


class SelectBases:
    """The bases a page's scripts join to its selects' values, read within one budget.

    A page's selects share its scripts: the handler texts read for all of them together
    are at most ``_MAX_WINDOWS``, the variables looked up at most ``_MAX_LOOKUPS``, and
    the base found for the same id and name is read once.
    """

    def __init__(self, scripts: Sequence[str]) -> None:
        """Keep the page's scripts (at most ``_MAX_SCRIPTS``, cut to ``_MAX_SCRIPT``)."""
        self._texts = [script[:_MAX_SCRIPT] for script in scripts[:_MAX_SCRIPTS]]
        self._windows = _MAX_WINDOWS
        self._lookups = [_MAX_LOOKUPS]
        self._found: dict[tuple[str, ...], str | None] = {}

    def base(self, keys: Sequence[str], handler: str) -> str | None:
        """Return the base the scripts join to a select's value, or None.

        keys are the select's id and name; handler its own change handler's text.
        """
        if handler and self._windows > 0:
            self._windows -= 1
            if (base := _joined_base(handler[:_WINDOW], self._texts, self._lookups)) is not None:
                return base
        known = tuple(key for key in keys if key and len(key) <= 100)
        if known not in self._found:
            self._found[known] = self._referenced_base(known)
        return self._found[known]

    def _referenced_base(self, keys: tuple[str, ...]) -> str | None:
        """Return the base joined in the script text after a reference to one of keys."""
        for script in self._texts:
            for key in keys:
                for index in _references(script, key):
                    if self._windows <= 0:
                        return None
                    self._windows -= 1
                    window = script[index : index + _WINDOW]
                    if (base := _joined_base(window, self._texts, self._lookups)) is not None:
                        return base
        return None
