"""Block-structured ``key==value`` / ``key=value`` configuration files served as text.

Camera software keeps its cameras in plain configuration files of blocks of settings:
INI files (``[cam1]`` then ``name = …``, ``url = …``; Python's configparser also takes
``name: …``), TOML-like arrays of tables (``[[cameras]]``) and marker-delimited blocks
(a video ingestion service's repeated ``__CAMERA__`` lines, each followed by
``name==…``, ``rtsp_address==…``). Such a file is read as data, never evaluated: a block
becomes an object of its settings, a section written once is an object under its name
(so ``[cam1]`` is read like a JSON object keyed by id), a section written more than
once, a ``[[…]]`` table or a ``__MARKER__`` block a list of objects under its name.

A body is read this way only when EVERY line of content (after blank lines and ``#``,
``;`` or ``//`` comments) is a block header or a ``key==value``/``key=value``/
``key: value`` setting, with at least one header and one setting inside a block, so a
page, a script, a CSV table, YAML or an ``.env`` file is never taken for one.

Settings naming a login (``password``, ``rtsp_authentication``, ``user``, ``token``…) are
dropped, never read. An address under a key naming its scheme (``rtsp_address``,
``rtsp_url``, ``rtmp_url``) written without it (``host[:port]/path``) is read with that
scheme, a ``user:pass@`` before its host dropped. Work is bounded: at most ``MAX_CHARS``
characters, ``MAX_LINES`` lines, ``MAX_BLOCKS`` blocks and ``MAX_SETTINGS`` settings
a block.
"""

from __future__ import annotations

import re

from ..values import JSONValue, norm_key

MAX_CHARS = 1_000_000
MAX_LINES = 50_000
MAX_BLOCKS = 10_000
MAX_SETTINGS = 200

# ``__CAMERA__``: a marker line opening a block (a word between double underscores).
_MARKER = re.compile(r"__([A-Za-z][A-Za-z0-9]{0,40}(?:_[A-Za-z0-9]{1,40}){0,8})__")
# ``[cam1]``, ``[Simpang Tiga]``, ``[[cameras]]``: an INI section or a TOML table.
_SECTION = re.compile(r"(\[\[?)\s*([^\[\]\r\n=]{1,80}?)\s*(\]\]?)")
# ``key==value``, ``key=value``, ``key = value``, ``key: value``.
_SETTING = re.compile(r"([A-Za-z_][\w.-]{0,63})\s*(==|=|:)\s*(.*)")
_COMMENTS = ("#", ";", "//")
# Words of a setting's name that make it a login: its value is never read.
_LOGIN_WORDS = frozenset(
    {
        "password",
        "passwd",
        "pass",
        "pwd",
        "secret",
        "token",
        "auth",
        "authentication",
        "credential",
        "credentials",
        "login",
        "user",
        "username",
        "apikey",
    }
)
# Schemes a setting's name may give an address written without one.
_NAMED_SCHEMES = ("rtsps", "rtsp", "rtmps", "rtmp")
# ``host[:port][/path]`` written without a scheme, optionally after ``user:pass@``.
_SCHEMELESS = re.compile(
    r"(?:[^\s/@:]{1,128}(?::[^\s/@]{0,128})?@)?"
    r"((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})\.){1,10}[A-Za-z0-9-]{1,63}(?::\d{1,5})?(?:[/?]\S*)?)"
)


def _login_key(key: str) -> bool:
    """Return True when a setting's name names a login (``rtsp_authentication``)."""
    return not _LOGIN_WORDS.isdisjoint(norm_key(key).split("_"))


def _value(key: str, raw: str) -> str:
    """Return a setting's value: unquoted, an address given the scheme its key names."""
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    if "://" in value:
        return value
    words = norm_key(key).split("_")
    scheme = next((name for name in _NAMED_SCHEMES if name in words), None)
    if scheme is not None and (found := _SCHEMELESS.fullmatch(value)) is not None:
        return f"{scheme}://{found.group(1)}"
    return value


def _header(line: str) -> tuple[str, bool] | None:
    """Return a block header's name and whether its blocks always make a list."""
    if (marker := _MARKER.fullmatch(line)) is not None:
        return marker.group(1), True
    section = _SECTION.fullmatch(line)
    if section is None or len(section.group(1)) != len(section.group(3)):
        return None
    return section.group(2), len(section.group(1)) == 2


def block_config_document(text: str) -> dict[str, JSONValue] | None:
    """Return a block-structured configuration file's data, or None when it is none."""
    if len(text) > MAX_CHARS:
        return None
    top: dict[str, JSONValue] = {}
    blocks: list[tuple[str, bool, dict[str, JSONValue]]] = []
    current: dict[str, JSONValue] | None = None
    settings = 0
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines()):
        if number >= MAX_LINES:
            return None
        line = raw.strip()
        if not line or line.startswith(_COMMENTS):
            continue
        if (header := _header(line)) is not None:
            if len(blocks) >= MAX_BLOCKS:
                return None
            current = {}
            blocks.append((header[0], header[1], current))
            continue
        setting = _SETTING.fullmatch(line)
        if setting is None:
            return None  # a line of any other kind: no configuration file of blocks
        target = top if current is None else current
        key = setting.group(1)
        if current is not None:
            settings += 1
        if len(target) >= MAX_SETTINGS or _login_key(key) or key in target:
            continue
        target[key] = _value(key, setting.group(3))
    if not blocks or not settings:
        return None
    counts: dict[str, int] = {}
    for name, _listed, _block in blocks:
        counts[name] = counts.get(name, 0) + 1
    data: dict[str, JSONValue] = {}
    for name, listed, block in blocks:
        if listed or counts[name] > 1:
            entries = data.setdefault(name, [])
            if isinstance(entries, list):
                entries.append(block)
        else:
            data.setdefault(name, block)
    for key, value in top.items():
        data.setdefault(key, value)
    return data
