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

A PLS playlist (``[playlist]`` with ``File1=``/``Title1=``) is left to the playlist
reader, a line that is an address (``https://…``) is no setting, and a key repeated in one
block refuses the file (no value is silently dropped).

Settings naming a login or a secret (the shared credential and secret words: ``password``,
``rtsp_authentication``, ``user``, ``token``, ``pw``, ``api_key``, ``bearer``…) are
dropped, never read. An address under a key naming its scheme (``rtsp_address``,
``rtsp_url``, ``rtmp_url``) written without it (``host[:port]/path``) is read with that
scheme on a public host or an IP address, a ``user:pass@`` before its host dropped, or not
at all; no scheme-less value is ever a path on the portal when it starts with a host and
port or an internal host (``localhost/live``). Work is bounded: at most ``MAX_CHARS``
characters, ``MAX_LINES`` lines, ``MAX_BLOCKS`` blocks and ``MAX_SETTINGS`` settings
a block.
"""

from __future__ import annotations

import re

from ..fieldurls import secret_setting_key
from ..policy import is_internal_host, is_public_host, parse_ip_host
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
# ``[playlist]`` with ``File1=``/``Title1=``: a PLS playlist, left to the playlist reader.
_PLAYLIST_SECTION = "playlist"
_PLAYLIST_ENTRY = re.compile(r"(?:file|title|length)[0-9]{1,6}", re.IGNORECASE)
# ``https://…`` on a line of its own: an address, never a ``key: value`` setting.
_ADDRESS_LINE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,31}://")
# Schemes a setting's name may give an address written without one.
_NAMED_SCHEMES = ("rtsps", "rtsp", "rtmps", "rtmp")
# ``host[:port][/path]`` written without a scheme, optionally after ``user:pass@``.
_SCHEMELESS = re.compile(
    r"(?:[^\s/@:]{1,128}(?::[^\s/@]{0,128})?@)?"
    r"(((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})\.){1,10}[A-Za-z0-9-]{1,63})(?::([0-9]{1,5}))?"
    r"(?:[/?]\S*)?)",
    re.ASCII,
)
# A scheme-less value starting with a host and port (``localhost:554/live``) or a host
# name alone before its path (``localhost/live``): never a path on the portal.
_HOST_FIRST = re.compile(r"([^\s/?#:]{1,253})(:\d{1,12})?[/?#]")
_MAX_PORT = 65_535


def _public_or_device_host(host: str) -> bool:
    """Return True for a host a scheme-less address may name: a public one or an IP.

    A private IP address is a LAN camera's, judged later by the host policy; a local or
    internal name (``localhost``, ``camera1``, ``metadata.google.internal``) is none.
    """
    if is_internal_host(host):
        return False
    return is_public_host(host) or parse_ip_host(host) is not None


def _value(key: str, raw: str) -> str | None:
    """Return a setting's value: unquoted, an address given the scheme its key names.

    A scheme-less value under a key naming a scheme is that scheme's address on a public
    host (or an IP address) or nothing; a scheme-less value under any key that starts
    with a host and port or an internal host name (``localhost/live``) is nothing, never
    a path on the portal.
    """
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    if "://" in value:
        return value
    words = norm_key(key).split("_")
    scheme = next((name for name in _NAMED_SCHEMES if name in words), None)
    if scheme is not None:
        found = _SCHEMELESS.fullmatch(value)
        if found is None:
            # ``rtsp_port=554``, ``rtsp_transport=tcp``: no address, kept as written.
            return None if any(char in value for char in "/:@.") else value
        if not _public_or_device_host(found.group(2)) or (
            found.group(3) is not None and int(found.group(3)) > _MAX_PORT
        ):
            return None
        return f"{scheme}://{found.group(1)}"
    if not value.startswith(("/", ".")) and (first := _HOST_FIRST.match(value)) is not None:
        host = first.group(1)
        if first.group(2) is not None or is_internal_host(host):
            return None  # ``host:port/path`` or ``localhost/live``: an address, no path
        if any(char.isdigit() and not char.isascii() for char in host):
            return None  # an address written in another script's digits
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
    seen: set[str] = set()  # the current block's keys, dropped ones too
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
            seen = set()
            blocks.append((header[0], header[1], current))
            continue
        setting = _SETTING.fullmatch(line)
        if setting is None or _ADDRESS_LINE.match(line) is not None:
            return None  # a line of any other kind (or an address): no file of blocks
        target = top if current is None else current
        key = setting.group(1)
        if current is not None:
            settings += 1
            if blocks[-1][0].lower() == _PLAYLIST_SECTION and _PLAYLIST_ENTRY.fullmatch(key):
                return None  # a PLS playlist: read by the playlist reader, not here
        if key in seen:
            return None  # a key repeated in one block: no value is silently dropped
        seen.add(key)
        if len(target) >= MAX_SETTINGS or secret_setting_key(key):
            continue
        if (read := _value(key, setting.group(3))) is not None:
            target[key] = read
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
