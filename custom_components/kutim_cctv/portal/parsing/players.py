"""Video players set up by the scripts of a page: one camera per player.

Pages often place each camera's stream in a player library's setup call rather than in
markup: JW Player ``jwplayer(id).setup({file | sources | playlist})``, Clappr
``new Clappr.Player({source, parentId, poster})``, video.js ``videojs(id, {sources,
poster})``, Flowplayer ``flowplayer(el, {clip: {sources} | src})``, DPlayer
``new DPlayer({container, video: {url | quality, pic}})``, Plyr ``player.source = {…}``,
OvenPlayer ``OvenPlayer.create(id, {sources})``, hls.js ``hls.loadSource(url)`` with
``hls.attachMedia(el)``, Shaka ``player.load(url)`` on an attached element, and flv.js
or mpegts.js ``createPlayer({type: 'flv', url})`` attached by ``attachMediaElement(el)``.
xgplayer ``new Player({id, url, poster})`` (its options merged by ``Object.assign`` or held
in a variable) attaches to the element its ``id`` or ``el`` names. A page function wrapping
any of these, called once per camera with literals (``startFlv('video1', '…/cam1.flv')``),
sets up one player per call (``helpercalls.py``).

Each player gives one camera (each item of a player's playlist one camera). Its name is
the player's own title, else the title of the element it is attached to (found by id,
``parentId`` or selector); its still is the player's poster or image, else the element's
``poster``; of several sources, the best HLS one is its stream. Element ids, selectors and
quality labels ("HD", "720p") never name a camera. Only literals (and variables set once
to a string) are read; nothing is evaluated.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
import re
from urllib.parse import parse_qsl, unquote

from ..fieldurls import looks_like_url, relative_media_kind, resolve_url, url_kind
from ..media import is_hls_url
from ..shapes import is_credential_key
from ..values import JSONValue, clean_text, generic_label, quality_rank
from .helpercalls import helper_calls
from .javascript import _balanced_end, _json_or_js
from .keyed import KeyedPattern
from .mapjs import _STRING_VAR, _string_at, _string_at_joined, _string_vars

__all__ = ["Player", "find_players", "player_items", "player_posters"]

_MAX_PLAYERS = 200
# Settings of names a script sets more than once, kept by position (per kind).
_MAX_REPEATED = 2000
_MAX_PLAYLIST = 500
_MAX_SOURCES = 32
_MAX_OPTIONS = 200_000
_QUOTED_ID = r"""(['"])#?([\w.:-]{1,200})"""
# An element a player attaches to, written in one of the usual ways.
_ELEMENT = re.compile(
    r"""document\s*\.\s*getElementById\s*\(\s*(['"])([^'"\n]{1,200})\1\s*\)"""
    r"""|document\s*\.\s*querySelector\s*\(\s*(['"])#([\w.:-]{1,200})\3\s*\)"""
    r"""|\$\s*\(\s*(['"])#([\w.:-]{1,200})\5\s*\)\s*(?:\[\s*0\s*\]|\.\s*get\s*\(\s*0\s*\))"""
)
_ELEMENT_VAR = KeyedPattern(
    r"(?:\b(?:var|let|const)\s+)?(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*(?=document\b|\$\s*\()",
    ("document", "$"),
)
_IDENT = re.compile(r"[A-Za-z_$][\w$]*(?![\w$.(\[])")
# A collection of elements a script looks up by class (``document.querySelectorAll('#cams
# .player')``, ``document.getElementsByClassName('kamera')``): a plain class, optionally
# under an element id. A player attached to its nth element (``parent: tiles[0]``) names
# that element as ``.class[n]`` or ``#id .class[n]``; nothing else of a selector is read.
_COLLECTION_VAR = KeyedPattern(
    r"\b(?:var|let|const)\s+([A-Za-z_$][\w$]{0,60})\s*=\s*document\s*\.\s*"
    r"(?:querySelectorAll\s*\(\s*(['\"])((?:#[\w-]{1,100}\s+)?(?:[a-z][a-z0-9]{0,10})?\.[\w-]{1,100})\2"
    r"|getElementsByClassName\s*\(\s*(['\"])([\w-]{1,100})\4)\s*\)",
    ("querySelectorAll", "getElementsByClassName"),
)
_COLLECTION_SELECTOR = re.compile(r"(?:#([\w-]+)\s+)?(?:[a-z][a-z0-9]*)?\.([\w-]+)")
_INDEXED = re.compile(r"([A-Za-z_$][\w$]{0,60})\s*\[\s*(\d{1,4})\s*\]")
_MAX_COLLECTIONS = 20
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
# Calls whose object argument configures one player, and the element they attach to.
_SETUP = KeyedPattern(
    r"(?P<jw>\bjwplayer\s*\(\s*)"
    r"|(?P<lib>\b(?:videojs|flowplayer|fluidPlayer|OvenPlayer\s*\.\s*create"
    r"|WowzaPlayer\s*\.\s*create"
    r"|new\s+MediaElementPlayer)\s*\(\s*)"
    r"|(?P<new>\bnew\s+(?:window\s*\.\s*)?(?:Clappr\s*\.\s*Player|DPlayer)\s*\(\s*)(?=\{)",
    (
        *("jwplayer", "videojs", "flowplayer", "fluidPlayer", "OvenPlayer", "WowzaPlayer"),
        *("MediaElementPlayer", "Clappr", "DPlayer"),
    ),
)
# xgplayer (ByteDance): ``new Player({id, url, poster})``, ``new window.Player(…)``, its
# HLS/FLV builds ``new HlsJsPlayer(config)``, ``new FlvPlayer(config)``; the options are an
# object literal, ``Object.assign({}, shared, {…})`` or a variable set to an object literal.
_XG_SETUP = KeyedPattern(
    r"\bnew\s+(?:window\s*\.\s*)?"
    r"(?:Player|HlsJsPlayer|FlvJsPlayer|FlvPlayer|HlsPlayer|Mp4Player|XGPlayer)\s*\(\s*",
    ("Player",),
)
_ASSIGN = re.compile(r"Object\s*\.\s*assign\s*\(\s*")
_ARG_SEP = re.compile(r"\s*,\s*")
_OBJECT_VAR = KeyedPattern(
    r"(?<![\w$.])(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*(?=\{)", ("var", "let", "const")
)
_MAX_ASSIGN_ARGS = 6
_MAX_OBJECT_VARS = 1000
_JW_VAR = KeyedPattern(
    r"(?:\b(?:var|let|const)\s+)?(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*jwplayer\s*\(\s*",
    ("jwplayer",),
)
_JW_SETUP = re.compile(r"\s*\)\s*\.\s*setup\s*\(\s*(?=\{)")
_VAR_SETUP = KeyedPattern(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*setup\s*\(\s*(?=\{)", ("setup",))
_PLYR = KeyedPattern(
    r"(?:\b(?:var|let|const)\s+)?(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*new\s+Plyr\s*\(\s*",
    ("Plyr",),
)
_PLYR_SOURCE = KeyedPattern(
    r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*source\s*=\s*(?=\{)", ("source",)
)
_SHAKA = KeyedPattern(
    r"(?:\b(?:var|let|const)\s+)?(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*"
    r"new\s+shaka\s*\.\s*Player\s*\(\s*",
    ("shaka",),
)
# hls.js and Shaka: a media instance loads a URL and attaches to an element.
_LOAD = KeyedPattern(
    r"(?<![\w$.])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*\.\s*(loadSource|load)\s*\(\s*",
    ("load",),
)
_ATTACH = KeyedPattern(
    r"(?<![\w$.])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*\.\s*(attachMedia|attach)\s*\(\s*",
    ("attach",),
)
# flv.js and mpegts.js: createPlayer({type: 'flv', url}) attached by attachMediaElement(el).
_FLV_SETUP = KeyedPattern(
    r"(?:(?<![\w$.])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*=\s*)?"
    r"\b(?:flvjs|mpegts|Mpegts|flvjs\.default|mpegts\.default)\s*\.\s*createPlayer\s*\(\s*(?=\{)",
    ("createPlayer",),
)
_ATTACH_ELEMENT = KeyedPattern(
    r"(?<![\w$.])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?)\s*\.\s*attachMediaElement\s*\(\s*",
    ("attachMediaElement",),
)
_ELEMENT_SRC = KeyedPattern(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*src\s*=(?!=)\s*", ("src",))
# The calls of a player library a page function may make with its parameters.
_HELPER_WORDS = KeyedPattern(
    r"\b(?:createPlayer|loadSource|videojs|jwplayer|Clappr|DPlayer|OvenPlayer|flowplayer"
    r"|fluidPlayer|MediaElementPlayer|WowzaPlayer|Plyr|shaka)\b",
    (
        *("createPlayer", "loadSource", "videojs", "jwplayer", "Clappr", "DPlayer"),
        *("OvenPlayer", "flowplayer", "fluidPlayer", "MediaElementPlayer", "WowzaPlayer"),
        *("Plyr", "shaka"),
    ),
)
_TITLE_KEYS = ("title", "judul", "nama")
_POSTER_KEYS = (
    *("poster", "image", "pic", "splash", "thumbnail", "thumb", "still", "posterImage"),
    "posterFrameURL",  # Wowza Player
)
# Options built by a page helper from literals only: ``videojs(id, opsi('…poster.jpg'))``.
_HELPER_OPTIONS = re.compile(
    r"""\s*,\s*[A-Za-z_$][\w$]*\s*\(\s*((?:(['"])[^'"\n\\]{1,2000}\2\s*,?\s*){1,4})\)"""
)
_HELPER_LITERAL = re.compile(r"""(['"])([^'"\n\\]{1,2000})\1""")
_URL_KEYS = ("file", "src", "source", "url", "hls", "stream", "sourceURL")
# An address written percent-encoded whole (Wowza Player's builder: ``https%3A%2F%2F…``).
_ENCODED_URL = re.compile(r"(?i)(?:https?%3A%2F%2F|%2F)[^\s%]*(?:%[0-9a-f]{2}[^\s%]*){0,200}")
_LIST_KEYS = ("sources", "quality", "qualities", "levels")
_NESTED_KEYS = ("clip", "video", "source", "media", "layoutControls")
_LABEL_KEYS = ("label", "name", "quality", "res", "size", "height", "title")
_ID_KEYS = ("mediaid", "media_id")


@dataclass(slots=True)
class Player:
    """One player found in a script."""

    options: JSONValue
    target: str | None
    span: tuple[int, int]
    stream: str | None = None
    # Spans of the variables the options were read from (``var config = {…}``).
    parts: tuple[tuple[int, int], ...] = ()


def _element_at(text: str, position: int, elements: dict[str, str]) -> str | None:
    """Return the id of the element written at position: a selector, a lookup or a variable."""
    if (match := _ELEMENT.match(text, position)) is not None:
        return match.group(2) or match.group(4) or match.group(6)
    if (quoted := re.compile(_QUOTED_ID).match(text, position)) is not None:
        end = quoted.end()
        return quoted.group(2) if text[end : end + 1] == quoted.group(1) else None
    if (name := _IDENT.match(text, position)) is not None:
        return elements.get(name.group())
    if (indexed := _INDEXED.match(text, position)) is not None:
        if (selector := elements.get(indexed.group(1) + "[]")) is not None:
            return f"{selector}[{int(indexed.group(2))}]"
    return None


def _collections(scripts: list[str]) -> dict[str, str]:
    """Return the element collections the scripts look up by class, as ``name[]`` keys.

    Each gives its selector reduced to ``.class`` or ``#id .class`` (at most 20).
    """
    found: dict[str, str] = {}
    for script in scripts:
        for match in _COLLECTION_VAR.finditer(script):
            if len(found) >= _MAX_COLLECTIONS:
                return found
            if match.group(3):
                selector = _COLLECTION_SELECTOR.fullmatch(match.group(3))
                if selector is None:
                    continue
                scope, cls = selector.group(1), selector.group(2)
                key = f"#{scope} .{cls}" if scope else f".{cls}"
            else:
                key = f".{match.group(5)}"
            found.setdefault(match.group(1) + "[]", key)
    return found


def _string_value(text: str, position: int, variables: dict[str, str]) -> str | None:
    """Return a string literal at position, or the string a variable there was set to."""
    if text[position : position + 1] in ("'", '"', "`"):
        literal = _string_at_joined(text, position)
        return literal[0] if literal is not None else None
    if (name := _IDENT.match(text, position)) is not None:
        return variables.get(name.group())
    return None


def _options(
    script: str, start: int, elements: dict[str, str] | None = None
) -> tuple[JSONValue | None, int]:
    """Return the object literal at start (element lookups read as their selector) and its end.

    An element of a collection (``tiles[0]``) reads as its selector and index.
    """
    end = _balanced_end(script, start)
    if end is None or end - start > _MAX_OPTIONS:
        return None, start + 1
    source = _ELEMENT.sub(
        lambda m: '"#' + (m.group(2) or m.group(4) or m.group(6)).replace('"', "") + '"',
        script[start:end],
    )
    listed = [key[:-2] for key in elements or () if key.endswith("[]")]
    if listed and "[" in source:
        indexed = re.compile(
            rf"(?<![\w$.])({'|'.join(map(re.escape, listed))})\s*\[\s*(\d{{1,4}})\s*\]"
        )
        source = indexed.sub(
            lambda m: f'"#{(elements or {})[m.group(1) + "[]"]}[{int(m.group(2))}]"', source
        )
    return _json_or_js(source, lenient=True), end


def _text(value: JSONValue) -> str | None:
    """Return a value's text when it is a non-empty string."""
    return clean_text(_decoded(value)) if isinstance(value, str) else None


def _decoded(raw: str) -> str:
    """Return an address written percent-encoded whole as it reads, else raw unchanged."""
    if len(raw) <= 4096 and _ENCODED_URL.fullmatch(raw.strip()):
        return unquote(raw.strip())
    return raw


def _first_text(options: dict[str, JSONValue], keys: tuple[str, ...]) -> str | None:
    """Return the first text under keys, at the options' level or in a nested clip/video."""
    for scope in (options, *(options.get(k) for k in _NESTED_KEYS)):
        if isinstance(scope, dict):
            for key in keys:
                if (text := _text(scope.get(key))) is not None:
                    return text
    return None


def _sources(value: JSONValue, depth: int = 5) -> list[tuple[str, JSONValue, str]]:
    """Return the (url, label, type) sources a player option lists, in order."""
    if isinstance(value, str):
        return [(value, None, "")]
    found: list[tuple[str, JSONValue, str]] = []
    if isinstance(value, list) and depth > 0:
        for entry in value[:_MAX_SOURCES]:
            found.extend(_sources(entry, depth - 1))
    elif isinstance(value, dict) and depth > 0:
        kind = value.get("type")
        label = next((value[k] for k in _LABEL_KEYS if k in value), None)
        for key in _URL_KEYS:
            url = value.get(key)
            if isinstance(url, str):
                found.append((url, label, kind if isinstance(kind, str) else ""))
                break
        for key in (*_LIST_KEYS, *_NESTED_KEYS):
            inner = value.get(key)
            if isinstance(inner, list | dict):
                found.extend(_sources(inner, depth - 1))
    return found[:_MAX_SOURCES]


def _best_stream(value: JSONValue, base_url: str) -> str | None:
    """Return a player's best stream: HLS first, then the best quality, then the first."""
    best: tuple[tuple[int, int, int], str] | None = None
    for index, (encoded, label, kind) in enumerate(_sources(value)):
        raw = _decoded(encoded)
        if not looks_like_url(raw):
            continue
        url = resolve_url(raw, base_url)
        if url is None or url_kind(url) != "stream":
            continue
        hls = is_hls_url(url) or "mpegurl" in kind.lower() or kind.lower() == "hls"
        rank = quality_rank(label if isinstance(label, str | int | float) else None) or 0
        key = (int(hls), rank, -index)
        if best is None or key > best[0]:
            best = (key, url)
    return best[1] if best is not None else None


def _own_title(text: str | None) -> str | None:
    """Return a player's title when it names a camera (not an action or a quality)."""
    return None if text is None or generic_label(text) else text


def _player_items(
    player: Player,
    base_url: str,
    describe: Callable[[str | None], dict[str, str]],
) -> list[dict[str, JSONValue]]:
    """Return one item per camera of a player (each playlist entry, else the player)."""
    element = describe(player.target)
    options = player.options if isinstance(player.options, dict) else {}
    playlist = options.get("playlist")
    entries: list[dict[str, JSONValue]] = (
        [e for e in playlist[:_MAX_PLAYLIST] if isinstance(e, dict)]
        if isinstance(playlist, list)
        else [options]
    )
    items: list[dict[str, JSONValue]] = []
    for entry in entries:
        stream = player.stream or _best_stream(entry, base_url)
        if stream is None:
            continue
        item: dict[str, JSONValue] = {"stream": stream}
        identifier = next((entry[k] for k in _ID_KEYS if isinstance(entry.get(k), str)), None)
        if identifier is None and len(entries) == 1:
            identifier = element.get("id")
        if identifier:
            item["id"] = identifier
        name = _own_title(_first_text(entry, _TITLE_KEYS)) or element.get("name")
        if name:
            item["name"] = name
        if len(entries) == 1 and (area := element.get("area")) and area != name:
            item["area"] = area  # the one badge of the card the player sits in
        poster = _first_text(entry, _POSTER_KEYS) or _first_text(options, _POSTER_KEYS)
        poster = poster or element.get("poster")
        if poster and (url := resolve_url(poster, base_url)) and url_kind(url) != "stream":
            item["snapshot"] = url
        items.append(item)
    return items


def _helper_options(helper: re.Match[str] | None) -> dict[str, JSONValue]:
    """Return the options a helper builds from literal arguments: a still is the poster.

    Nothing is evaluated: of the helper's quoted arguments, a picture's address is the
    player's poster and a stream's its source; any other literal is left alone.
    """
    options: dict[str, JSONValue] = {}
    if helper is None:
        return options
    for literal in _HELPER_LITERAL.finditer(helper.group(1)):
        value = literal.group(2)
        kind = url_kind(value) if looks_like_url(value) else None
        if kind == "still":
            options.setdefault("poster", value)
        elif kind == "stream":
            options.setdefault("file", value)
    return options


def _element_vars(script: str) -> dict[str, str]:
    """Return the variables a script sets to an element looked up by id."""
    found: dict[str, str] = {}
    for match in _ELEMENT_VAR.finditer(script):
        element = _ELEMENT.match(script, match.end())
        if element is not None and len(found) < 1000:
            found.setdefault(
                match.group(1), element.group(2) or element.group(4) or element.group(6)
            )
    return found


def _setups(script: str, elements: dict[str, str]) -> list[Player]:
    """Return the players a script configures with an object literal."""
    players: list[Player] = []
    jw_vars = {m.group(1): _element_at(script, m.end(), elements) for m in _JW_VAR.finditer(script)}
    for match in _SETUP.finditer(script):
        if len(players) >= _MAX_PLAYERS:
            break
        start = match.end()
        target: str | None = None
        if match.group("new") is None:
            target = _element_at(script, start, elements)
            close = _balanced_call_arg(script, start)
            if close is None:
                continue
            if match.group("jw"):
                setup = _JW_SETUP.match(script, close)
                if setup is None:
                    continue
                start = setup.end()
            else:
                comma = re.compile(r"\s*,\s*(?=\{)").match(script, close)
                if comma is None:
                    helper = _HELPER_OPTIONS.match(script, close)
                    span = (match.start(), helper.end() if helper else close)
                    players.append(Player(_helper_options(helper), target, span))
                    continue
                start = comma.end()
        options, end = _options(script, start, elements)
        if options is None:
            continue
        if match.group("new") is not None and isinstance(options, dict):
            for key in ("parentId", "parent", "container"):
                value = options.get(key)
                if isinstance(value, str) and value.startswith("#"):
                    target = value[1:]
                    break
        players.append(Player(options, target, (match.start(), end)))
    for match in _VAR_SETUP.finditer(script):
        if match.group(1) in jw_vars and len(players) < _MAX_PLAYERS:
            options, end = _options(script, match.end())
            if options is not None:
                players.append(Player(options, jw_vars[match.group(1)], (match.start(), end)))
    flv_targets = {
        m.group(1).removeprefix("this."): _element_at(script, m.end(), elements)
        for m in _ATTACH_ELEMENT.finditer(script)
    }
    for match in _FLV_SETUP.finditer(script):
        if len(players) >= _MAX_PLAYERS:
            break
        options, end = _options(script, match.end())
        if isinstance(options, dict):
            instance = (match.group(1) or "").removeprefix("this.")
            players.append(Player(options, flv_targets.get(instance), (match.start(), end)))
    plyrs = {m.group(1): _element_at(script, m.end(), elements) for m in _PLYR.finditer(script)}
    for match in _PLYR_SOURCE.finditer(script):
        if match.group(1) in plyrs and len(players) < _MAX_PLAYERS:
            options, end = _options(script, match.end())
            if options is not None:
                players.append(Player(options, plyrs[match.group(1)], (match.start(), end)))
    return players


class _ObjectVars:
    """The object literals a script assigns to variables, found and read on demand."""

    def __init__(self, script: str) -> None:
        self.script = script
        self._starts: dict[str, int] | None = None
        self._read: dict[str, tuple[dict[str, JSONValue], tuple[int, int]] | None] = {}

    def get(self, name: str) -> tuple[dict[str, JSONValue], tuple[int, int]] | None:
        """Return the object a variable was first set to, and the span it was read from."""
        if self._starts is None:
            self._starts = {}
            for match in _OBJECT_VAR.finditer(self.script):
                if len(self._starts) >= _MAX_OBJECT_VARS:
                    break
                self._starts.setdefault(match.group(1), match.start())
        if name in self._read:
            return self._read[name]
        start = self._starts.get(name)
        found: tuple[dict[str, JSONValue], tuple[int, int]] | None = None
        assigned = _OBJECT_VAR.match(self.script, start) if start is not None else None
        if start is not None and assigned is not None:
            options, end = _options(self.script, assigned.end())
            if isinstance(options, dict):
                found = options, (start, end)
        if len(self._read) < _MAX_OBJECT_VARS:
            self._read[name] = found
        return found


def _xg_options(
    script: str, start: int, objects: _ObjectVars
) -> tuple[dict[str, JSONValue] | None, int, tuple[tuple[int, int], ...]]:
    """Return an xgplayer's options at start, where they end, and the variables read.

    An object literal, a variable set to one, or ``Object.assign`` over such arguments
    (later ones win, as the call merges them); anything else gives None.
    """
    assign = _ASSIGN.match(script, start)
    position = assign.end() if assign is not None else start
    merged: dict[str, JSONValue] = {}
    parts: list[tuple[int, int]] = []
    for _ in range(_MAX_ASSIGN_ARGS if assign is not None else 1):
        if script[position : position + 1] == "{":
            options, end = _options(script, position)
            if not isinstance(options, dict):
                return None, start, ()
            merged.update(options)
            position = end
        elif (name := _NAME.match(script, position)) is not None:
            found = objects.get(name.group())
            if found is None:
                return None, start, ()
            merged.update(found[0])
            parts.append(found[1])
            position = name.end()
        else:
            return None, start, ()
        if assign is None or (separator := _ARG_SEP.match(script, position)) is None:
            break
        position = separator.end()
    return merged, position, tuple(parts)


def _xg_target(options: dict[str, JSONValue]) -> str | None:
    """Return the element an xgplayer attaches to: its ``id`` option, else its ``el``."""
    element = options.get("id")
    if isinstance(element, str) and element and len(element) <= 200:
        return element.removeprefix("#")
    element = options.get("el")
    if isinstance(element, str) and element.startswith("#"):
        return element[1:201]
    return None


def _xg_players(script: str) -> list[Player]:
    """Return the xgplayers a script creates: options with a url and an element."""
    players: list[Player] = []
    objects = _ObjectVars(script)
    for match in _XG_SETUP.finditer(script):
        if len(players) >= _MAX_PLAYERS:
            break
        options, end, parts = _xg_options(script, match.end(), objects)
        if options is None or "url" not in options:
            continue
        target = _xg_target(options)
        if target is not None:
            players.append(Player(options, target, (match.start(), end), parts=parts))
    return players


def _balanced_call_arg(script: str, start: int) -> int | None:
    """Return the index after a call's first argument (a string, a lookup or a name)."""
    if (match := _ELEMENT.match(script, start)) is not None:
        return match.end()
    if script[start : start + 1] in ("'", '"'):
        literal = _string_at(script, start)
        return literal[1] if literal is not None else None
    if (indexed := _INDEXED.match(script, start)) is not None:
        return indexed.end()  # an element of a collection (``tiles[0]``)
    if (name := _NAME.match(script, start)) is not None:
        return name.end()
    return start


def _repeated(found: list[tuple[str, int, str]]) -> dict[str, list[tuple[int, str]]]:
    """Return the names set more than once, each with its values by position."""
    counts: dict[str, list[tuple[int, str]]] = {}
    for name, position, value in found[:_MAX_REPEATED]:
        counts.setdefault(name, []).append((position, value))
    return {name: values for name, values in counts.items() if len(values) > 1}


def _assignments(
    script: str, pattern: re.Pattern[str] | KeyedPattern, read: Callable[[str, int], str | None]
) -> dict[str, list[tuple[int, str]]]:
    """Return the variables a script sets more than once, each value read after its ``=``.

    A page defining one setup function per player (``function streamVideo2() { var
    videoSrc = '…'; var video = document.getElementById('player2'); … }``) reuses its
    local names in every function: each use means the nearest setting before it.
    """
    found: list[tuple[str, int, str]] = []
    for match in pattern.finditer(script):
        if len(found) >= _MAX_REPEATED:
            break
        if (value := read(script, match.end())) is not None:
            found.append((match.group(1), match.start(), value))
    return _repeated(found)


def _string_after(script: str, position: int) -> str | None:
    """Return the string literal written at position, if any."""
    literal = _string_at_joined(script, position)
    return literal[0] if literal is not None else None


def _element_after(script: str, position: int) -> str | None:
    """Return the element an element lookup written at position names, if any."""
    element = _ELEMENT.match(script, position)
    if element is None:
        return None
    return element.group(2) or element.group(4) or element.group(6)


def _nearest_before(values: list[tuple[int, str]], position: int) -> str | None:
    """Return the value set last before position, else None."""
    index = bisect_right(values, position, key=lambda entry: entry[0])
    return values[index - 1][1] if index else None


def _repeated_at(
    script: str, position: int, repeated: dict[str, list[tuple[int, str]]]
) -> str | None:
    """Return the nearest earlier value of a name set more than once used at position."""
    if repeated and (name := _IDENT.match(script, position)) is not None:
        values = repeated.get(name.group())
        if values:
            return _nearest_before(values, position)
    return None


def _string_at_use(
    script: str,
    position: int,
    variables: dict[str, str],
    repeated: dict[str, list[tuple[int, str]]],
) -> str | None:
    """Return the string at position; a name set more than once takes its nearest value."""
    value = _repeated_at(script, position, repeated)
    return value if value is not None else _string_value(script, position, variables)


def _element_at_use(
    script: str, position: int, elements: dict[str, str], repeated: dict[str, list[tuple[int, str]]]
) -> str | None:
    """Return the element at position; a name set more than once takes its nearest value."""
    value = _repeated_at(script, position, repeated)
    return value if value is not None else _element_at(script, position, elements)


def _nearest_attach(attaches: list[tuple[int, str | None]], position: int) -> str | None:
    """Return the element of the attach call nearest a load (in its own setup function)."""
    known = [(abs(at - position), target) for at, target in attaches if target is not None]
    return min(known, key=lambda entry: entry[0])[1] if known else None


def _address(value: str) -> bool:
    """Return True for a value written as an address or a stream path next to the page."""
    return looks_like_url(value) or relative_media_kind(value) == "stream"


def _loaded(
    script: str, elements: dict[str, str], variables: dict[str, str], base_url: str
) -> list[Player]:
    """Return the streams media instances load (hls.js, Shaka) or elements are given.

    When a script sets the same names up again (one setup function per player), each
    load takes the values set nearest before it and the attach call nearest to it.
    """
    shaka = {m.group(1): _element_at(script, m.end(), elements) for m in _SHAKA.finditer(script)}
    attached: dict[str, str | None] = dict(shaka)
    attaches: dict[str, list[tuple[int, str | None]]] = {}
    repeated_elements = _assignments(script, _ELEMENT_VAR, _element_after)
    for match in _ATTACH.finditer(script):
        instance = match.group(1).removeprefix("this.")
        if match.group(2) == "attach" and instance not in shaka:
            continue
        target = _element_at_use(script, match.end(), elements, repeated_elements)
        if len(attaches.get(instance, ())) < _MAX_PLAYERS:
            attaches.setdefault(instance, []).append((match.start(), target))
        if target is not None or instance not in attached:
            attached[instance] = target
    repeated_strings = _assignments(script, _STRING_VAR, _string_after)
    players: list[Player] = []
    for match in _LOAD.finditer(script):
        instance = match.group(1).removeprefix("this.")
        if match.group(2) == "load" and instance not in shaka:
            continue
        value = _string_at_use(script, match.end(), variables, repeated_strings)
        url = resolve_url(value, base_url) if value and _address(value) else None
        if url is not None and url_kind(url) == "stream" and len(players) < _MAX_PLAYERS:
            span = (match.start(), match.end() + len(value or ""))
            target = attached.get(instance)
            if len(attaches.get(instance, ())) > 1:
                target = _nearest_attach(attaches[instance], match.start()) or target
            players.append(Player({}, target, span, stream=url))
    for match in _ELEMENT_SRC.finditer(script):
        if match.group(1) not in elements:
            continue
        value = _string_value(script, match.end(), variables)
        url = resolve_url(value, base_url) if value and looks_like_url(value) else None
        if url is not None and url_kind(url) == "stream" and len(players) < _MAX_PLAYERS:
            span = (match.start(), match.end() + len(value or ""))
            players.append(Player({}, elements[match.group(1)], span, stream=url))
    return players


def _script_players(script: str, listed: dict[str, str], base_url: str) -> list[Player]:
    """Return the players one script sets up, in order."""
    elements = {**listed, **_element_vars(script)}
    variables = _string_vars(script)
    players = _setups(script, elements) + _loaded(script, elements, variables, base_url)
    players += _xg_players(script)
    players.sort(key=lambda p: p.span[0])
    return players


def _carries_credential(value: str) -> bool:
    """Return True for an address whose query names a token, password or login."""
    if "?" not in value or len(value) > 4096:
        return False
    query = value.partition("?")[2].partition("#")[0]
    return any(
        is_credential_key(name.lower()) for name, _ in parse_qsl(query, keep_blank_values=True)
    )


def find_players(scripts: list[str], base_url: str) -> list[tuple[int, Player]]:
    """Return the players each script sets up, with the number of the script.

    A page function setting a player up from its parameters gives one player per call
    of it with literals (``startFlv('video1', 'https://…/cam1.flv')``), placed at the
    call, when the call names the element the player is attached to (a function always
    playing into one element shows the camera picked, not one camera per call). A call
    handing over an address whose query carries a token or a login is not read: the page
    mints it for the visit, and a token is never dropped from an address.
    """
    found: list[tuple[int, Player]] = []
    listed = _collections(scripts)
    called: dict[int, list[Player]] = {}
    for call in helper_calls(scripts, _HELPER_WORDS):
        if any(_carries_credential(value) for value in call.values):
            continue
        for player in _script_players(call.body, listed, base_url):
            if player.target in call.values and sum(map(len, called.values())) < _MAX_PLAYERS:
                player.span, player.parts = call.span, ()
                called.setdefault(call.script, []).append(player)
    for number, script in enumerate(scripts):
        if "(" not in script or len(found) >= _MAX_PLAYERS:
            continue
        players = _script_players(script, listed, base_url) + called.get(number, [])
        players.sort(key=lambda p: p.span[0])
        found.extend((number, player) for player in players[: _MAX_PLAYERS - len(found)])
    return found


def player_items(
    players: list[tuple[int, Player]],
    base_url: str,
    describe: Callable[[str | None], dict[str, str]],
    targets: dict[int, str] | None = None,
) -> list[dict[str, JSONValue]]:
    """Return the cameras of the players a page's scripts set up, one per stream.

    describe(id) tells what the page shows about an element: its ``name`` (the title of
    the card holding it, else the page's), ``poster`` and ``id`` (a data id). targets,
    when given, receives the element each camera's player is attached to, by the item's
    ``id()``.
    """
    items: list[dict[str, JSONValue]] = []
    seen: set[str] = set()
    for _number, player in players:
        for item in _player_items(player, base_url, describe):
            stream = str(item["stream"])
            if stream not in seen and len(items) < _MAX_PLAYERS * 4:
                seen.add(stream)
                items.append(item)
                if targets is not None and player.target is not None:
                    targets[id(item)] = player.target
    return items


def player_posters(players: list[tuple[int, Player]], base_url: str) -> dict[str, str]:
    """Return the poster of each player given no stream of its own, by its element's id.

    Such a player plays what its element holds (a ``<video>`` with ``<source>``
    children): its poster option is that element's still.
    """
    posters: dict[str, str] = {}
    for _number, player in players:
        options = player.options if isinstance(player.options, dict) else {}
        if player.target is None or player.stream or _best_stream(options, base_url):
            continue
        poster = _first_text(options, _POSTER_KEYS)
        if poster and (url := resolve_url(poster, base_url)) and url_kind(url) == "still":
            posters.setdefault(player.target, url)
    return posters
