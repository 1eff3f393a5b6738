"""Camera markers written in the inline JavaScript of map pages.

Map pages often place every camera with a literal marker call of a map library:
Leaflet ``L.marker([lat, lng], {title}).bindPopup('<a href=…>')`` (or
``L.circleMarker``), Google Maps ``new google.maps.Marker({position, title})`` with an
``InfoWindow`` whose content links the stream, or OpenLayers
``new ol.Feature({geometry: new ol.geom.Point(ol.proj.fromLonLat([lng, lat])), …})``.
Each marker becomes one item; its media come from the popup's links and from URL
valued options. Only literal numbers and strings are read; nothing is evaluated.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import islice
import re
from typing import Any

from ..aliases import AREA_KEYS, IDENTIFYING_PARAMS, STATUS_KEYS
from ..fieldurls import (
    framed_page,
    html_media,
    looks_like_url,
    relative_media_kind,
    resolve_url,
    url_kind,
)
from ..shapes import is_id_key
from ..values import JSONValue, clean_text, generic_label, norm_key, parse_status
from .embeds import non_player_frame
from .escapedmarkup import decoded_markup
from .functions import ScriptFunctions
from .helperargs import HelperParams
from .infowindows import OpenedWindows
from .javascript import regex_end
from .keyed import KeyedPattern
from .mapgroups import LayerGroups, chain_calls, handler_media
from .markerids import MarkerIds
from .popupstates import drop_other_markers, marker_tag, popup_state
from .popuptemplates import PopupTemplates
from .popupviewers import popup_viewer

__all__ = ["marker_items", "player_streams", "scan_budget"]

# Characters scanned looking for the end of calls, left for the answer being parsed. Each
# call is scanned up to _MAX_CALL characters; thousands of unclosed calls close together
# would otherwise cost thousands of such scans. When the budget is spent, calls are no
# longer followed (the page gives what was read so far).
_SCAN_BUDGET: ContextVar[list[int] | None] = ContextVar("kutim_cctv_scan_budget", default=None)
# The popup template functions of the script being read (``popupHtml(title, src)``).
_TEMPLATES: ContextVar[PopupTemplates | None] = ContextVar("kutim_cctv_templates", default=None)
_CALL_CHARS = re.compile(r"[\"'`()\[\]{}/]")


@contextmanager
def scan_budget(chars: int) -> Iterator[None]:
    """Bound the characters all call scans of one answer may read together."""
    token = _SCAN_BUDGET.set([chars])
    try:
        yield
    finally:
        _SCAN_BUDGET.reset(token)


def _spend(chars: int) -> None:
    """Take scanned characters from the budget of the answer being parsed."""
    budget = _SCAN_BUDGET.get()
    if budget is not None:
        budget[0] -= chars


def _room(start: int, limit: int) -> int:
    """Return how far from start a scan may read: its own limit, within the budget."""
    budget = _SCAN_BUDGET.get()
    return start + (limit if budget is None else max(0, min(limit, budget[0])))


_MAX_HELPERS = 50
# Calls handing a URL or markup literal to a function: the only helpers worth a look.
# Up to two short calls may come before it (``addCam(map, L.latLng(lat, lng), 'Name', url)``).
_MEDIA_CALL = re.compile(
    r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*\("
    r"(?=[^()]{0,400}?(?:\([^()]{0,80}\)[^()]{0,200}?){0,2}[\"'`](?:https?://|/|<))"
)
_CONCAT = re.compile(r"\s*\+\s*")

_MAX_MARKERS = 2000
_MAX_GROUP_ENTRIES = 500
# Handlers a marker's click runs (Leaflet on, Google addListener, DOM addEventListener).
_HANDLER_CALLS = frozenset({"on", "addListener", "addEventListener"})
_CLICK = re.compile(r"\s*[\"'](?:click|dblclick|popupopen|gmp-click)[\"']\s*,")
_MAX_CALL = 20_000
_NUM = r"[+-]?\d+(?:\.\d+)?"
_NUMBER = re.compile(rf"\s*({_NUM})\s*$")
# A marker constructor; the variable it is assigned to (``var m = new L.marker(``) is read
# back from it (_marker_calls), never tried at every word of the script. Every
# constructor starts with ``new`` or Leaflet's ``L``: other places are passed at once.
_MARKER_CALL = KeyedPattern(
    r"(?=[nL])(?:(?P<leaflet>(?:\bnew\s+)?\bL\s*\.\s*(?:[mM]arker|[cC]ircleMarker|[cC]ircle)\s*\()"
    r"|(?P<google>\bnew\s+google\s*\.\s*maps\s*\.\s*Marker\s*\("
    r"|\bnew\s+(?:[A-Za-z_$][\w$]*\s*\.\s*){0,3}AdvancedMarkerElement\s*\()"
    # MapLibre GL forks named for their vendor too (vietmapgl, the Vietnamese national SDK).
    r"|(?P<gl>\bnew\s+(?:mapboxgl|maplibregl|[A-Za-z][A-Za-z0-9]{0,20}gl)\s*\.\s*Marker\s*\()"
    r"|(?P<ol>\bnew\s+(?:ol\s*\.\s*)?Feature\s*\()"
    r"|(?P<ol2>\bnew\s+OpenLayers\s*\.\s*(?:Marker|Feature(?:\s*\.\s*Vector)?)\s*\()"
    r"|(?P<here>\bnew\s+H\s*\.\s*map\s*\.\s*(?:Dom)?Marker\s*\()"
    # Any other library's marker constructor, read by structure: a position (literal,
    # position constructor or variable) and options whose markup is the popup. Yandex
    # Placemark, Bing Pushpin, Kakao/Naver/2GIS/Baidu/Amap/TomTom/Azure markers...
    r"|(?P<generic>\bnew\s+(?:[A-Za-z_$][\w$]*\s*\.\s*){1,3}"
    r"(?:Placemark|Pushpin|Marker|HtmlMarker|MarkerAnnotation|ImageAnnotation)\s*\()"
    # Features of a map SDK's data layer: a geometry, the feature's properties and its id
    # (Azure Maps atlas.data.Feature and atlas.Shape, Google Maps Data.Feature, ArcGIS
    # Graphic with its attributes, also imported as a bare name).
    r"|(?P<feature>\bnew\s+(?:(?:[A-Za-z_$][\w$]*\s*\.\s*){1,3}Feature|atlas\s*\.\s*Shape"
    r"|(?:[A-Za-z_$][\w$]*\s*\.\s*){0,3}Graphic)\s*\())",
    ("arker", "ircle", "Feature", "Placemark", "Pushpin", "Annotation", "Shape", "Graphic"),
)
_MARKER_VAR = re.compile(r"(?:\b(?:var|let|const)\s+)?(?<![\w$])[A-Za-z_$][\w$]*\s*=\s*")
_FAMILIES = ("leaflet", "google", "gl", "ol", "ol2", "here", "generic", "feature")
# Where a marker's popup content is set after it: Google InfoWindows (also imported as
# a bare name), OpenLayers 2 popups (content is their fourth argument), HERE bubbles.
_WINDOWS = {
    "google": re.compile(
        r"\bnew\s+(?:google\s*\.\s*maps\s*\.\s*)?InfoWindow\s*\(|\.\s*setContent\s*\("
    ),
    "ol2": re.compile(r"\bnew\s+OpenLayers\s*\.\s*Popup(?:\s*\.\s*\w+)?\s*\("),
    "here": re.compile(r"\bnew\s+H\s*\.\s*ui\s*\.\s*InfoBubble\s*\("),
}
_BIND = KeyedPattern(
    r"(?<![\w$])(?P<var>[A-Za-z_$][\w$]*)\s*\.\s*(?:bindPopup|setData)\s*\(",
    ("bindPopup", "setData"),
)
_CHAIN_BIND = re.compile(
    r"\s*(?:\.\s*\w+\s*\([^()]*(?:\([^()]*\)[^()]*){0,64}\)\s*){0,16}?\.\s*bindPopup\s*\("
)
_CHAIN_TOOLTIP = re.compile(
    r"\s*(?:\.\s*\w+\s*\([^()]*(?:\([^()]*\)[^()]*){0,64}\)\s*){0,16}?\.\s*bindTooltip\s*\("
)
_TOOLTIP = KeyedPattern(
    r"(?<![\w$])(?P<var>[A-Za-z_$][\w$]*)\s*\.\s*bindTooltip\s*\(", ("bindTooltip",)
)
# A Leaflet popup object: L.popup(options).setContent('…'), inline or in a variable.
# Other libraries' popup builders too: new mapboxgl.Popup(…).setHTML('…'), new tt.Popup(…).
_POPUP_OBJECT = KeyedPattern(
    r"(?:\b(?P<var>[A-Za-z_$][\w$]*)\s*=\s*)?"
    r"(?:(?:\bnew\s+)?\bL\s*\.\s*[pP]opup|\bnew\s+(?:[A-Za-z_$][\w$]*\s*\.\s*){1,3}Popup)\s*\(",
    ("opup",),
)
# Where a popup object's call is; the popup pattern is matched only in the text before it.
_POPUP_CALL = KeyedPattern(r"\.\s*[pP]opup\s*\(", ("opup",))
_POPUP_LOOKBACK = 300
_SET_CONTENT = re.compile(r"\s*(?:\.\s*\w+\s*\([^()]*\)\s*){0,16}?\.\s*(?:setContent|setHTML)\s*\(")
_LEAFLET_PAIR = re.compile(rf"^\s*\[\s*({_NUM})\s*,\s*({_NUM})\s*\]")
_LEAFLET_LATLNG = re.compile(
    rf"^\s*(?:new\s+)?L\s*\.\s*[lL]at[lL]ng\s*\(\s*({_NUM})\s*,\s*({_NUM})\s*\)"
)
# A {lat, lng} literal: keys in either order, quoted or not, long or short names.
_OBJECT = re.compile(r"\s*\{([^{}]{0,300})\}")
_OBJECT_LAT = re.compile(rf"(?<![\w$])[\"']?lat(?:itude)?[\"']?\s*:\s*({_NUM})(?![\w.])")
_OBJECT_LNG = re.compile(
    rf"(?<![\w$])[\"']?(?:lng|lon|long|longitude)[\"']?\s*:\s*({_NUM})(?![\w.])"
)
_HERE_POINT = re.compile(rf"^\s*new\s+H\s*\.\s*geo\s*\.\s*Point\s*\(\s*({_NUM})\s*,\s*({_NUM})")
_GOOGLE_POSITION = re.compile(
    rf"[\"']?position[\"']?\s*:\s*(?=\{{)"
    rf"|[\"']?position[\"']?\s*:\s*new\s+google\s*\.\s*maps\s*\.\s*LatLng\s*\(\s*({_NUM})\s*,\s*({_NUM})\s*\)"
)
_OL_POINT = re.compile(
    rf"Point\s*\(\s*(?:(?:ol\s*\.\s*proj\s*\.\s*)?(?:fromLonLat|transform)\s*\(\s*)?"
    rf"\[\s*({_NUM})\s*,\s*({_NUM})\s*\]"
)
_OL_POINT_VAR = re.compile(r"Point\s*\(\s*([A-Za-z_$][\w$]*)\s*\)")
# OpenLayers 2 writes lon, lat: new OpenLayers.LonLat(lon, lat), Geometry.Point(x, y).
_OL2_LONLAT = re.compile(
    rf"\bnew\s+OpenLayers\s*\.\s*(?:LonLat|Geometry\s*\.\s*Point)\s*\(\s*({_NUM})\s*,\s*({_NUM})\s*\)"
)
_OL2_VAR = re.compile(
    rf"\b([A-Za-z_$][\w$]*)\s*=\s*new\s+OpenLayers\s*\.\s*LonLat\s*\(\s*({_NUM})\s*,\s*({_NUM})\s*\)"
)
_ARG_IDENTIFIER = re.compile(r"(?:^|,)\s*([A-Za-z_$][\w$]*)\s*(?=,|$)")
# Options holding a popup's markup (OpenLayers feature attributes, HERE data...).
_HTML_OPTIONS = (
    "popupcontenthtml",
    "popupcontent",
    "description",
    "desc",
    "content",
    "html",
    "popup",
)
_ICON_OPTIONS = frozenset({"icon", "iconurl", "externalgraphic", "backgroundgraphic"})
_LNGLAT = re.compile(rf"\.\s*setLngLat\s*\(\s*\[\s*({_NUM})\s*,\s*({_NUM})\s*\]")
_SET_HTML = re.compile(r"\.\s*setHTML\s*\(")
_OPTION = re.compile(r"""(?:^|[{,\s])["']?([A-Za-z_$][\w$-]*)["']?\s*:\s*(?=["'`])""")
_NAME_OPTIONS = (
    "title",
    "name",
    "nama",
    "label",
    "lokasi",
    "judul",
    "hintcontent",
    "ballooncontentheader",
    "iconcaption",
)
_EMPHASIS = re.compile(
    r"<(b|strong|h[1-6]|figcaption)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^>]*>")
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.DOTALL)
_SIMPLE = {"n": "\n", "r": "", "t": " "}
# A variable set to a string literal, also wrapped in jQuery: var html = $(`<div>…</div>`)[0].
_STRING_VAR = re.compile(
    r"\b(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:(?:\$|jQuery)\s*\(\s*)?(?=[\"'`])"
)
# Content given to a popup object in its own statement: popup.setContent(html).
_CONTENT_SET = KeyedPattern(
    r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*(?:setContent|setHTML)\s*\(", ("setContent", "setHTML")
)
_IDENTIFIER = re.compile(r"\s*([A-Za-z_$][\w$]*)\s*$")
_JOINED_VAR = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*\[(?=\s*[\"'`])")
_JOIN_CALL = re.compile(r"\s*\.\s*join\s*\(\s*(?:([\"'])(.{0,8}?)\1)?\s*\)", re.DOTALL)
_MAX_VARS = 5000
_MAX_JOINED = 64
# A page element a marker is built on: {element: el} among its options, or its only argument.
_ELEMENT_ARG = re.compile(
    r"^\s*(?:\{[^{}]{0,300}?(?<![\w$])element\s*:\s*([A-Za-z_$][\w$]*)\s*[,}]"
    r"|([A-Za-z_$][\w$]*)\s*$)"
)
# What may follow a statement's last literal: its end, not more of the expression.
_STATEMENT_END = re.compile(r"[ \t]*(?:[;,)}\]\r\n]|$)")
# A stream handed to a player: hls.loadSource(x), video.src = x, player.src(x), and the
# source options of player setups (Clappr source, JW Player file, video.js src).
_PLAYER_ARG = re.compile(
    r"\.\s*loadSource\s*\(\s*|\.\s*src\s*(?:=(?!=)\s*|\(\s*)"
    r"|(?<![\w$])[\"']?(?:source|file|src)[\"']?\s*:\s*"
)
_MAX_PLAYER_STREAMS = 50


def _unescape(match: re.Match[str]) -> str:
    """Return the character a JavaScript escape stands for."""
    body = match.group(1)
    if body[0] in "ux" and len(body) > 1:
        return chr(int(body[1:], 16))
    return _SIMPLE.get(body, body)


def _string_at(text: str, start: int) -> tuple[str, int] | None:
    """Return the JavaScript string literal at start and the index after it."""
    quote = text[start]
    position = start + 1
    end = min(len(text), start + _MAX_CALL)
    while position < end:
        char = text[position]
        if char == "\\":
            position += 2
            continue
        if char == quote:
            body = text[start + 1 : position]
            if quote == "`" and "${" in body:
                return None
            return _ESCAPE.sub(_unescape, body), position + 1
        if char == "\n" and quote != "`":
            return None
        position += 1
    return None


# A time a script joins to an address so that no cache answers it: ``Date.now()``,
# ``new Date().getTime()``, ``(new Date()).getTime()``, ``+new Date()``, ``Math.random()``.
_TIME_JOIN = re.compile(
    r"[ \t]{0,8}\+[ \t]{0,8}(?:\+[ \t]{0,8}new\s+Date\b(?:\s*\(\s*\))?"
    r"|\(?\s*new\s+Date\s*\(\s*\)\s*\)?\s*\.\s*(?:getTime|valueOf)\s*\(\s*\)"
    r"|Date\s*\.\s*now\s*\(\s*\)|Math\s*\.\s*random\s*\(\s*\))"
)
# The parameter left open at the end of such a literal (``?t=``, ``&_=``, a bare ``?``).
_OPEN_TIME_PARAM = re.compile(r"[?&](?:([A-Za-z_]{1,16})=)?$")


def _without_time_param(text: str, end: int, value: str) -> str:
    """Return a literal address without the cache-busting parameter a time fills.

    ``'…/index.m3u8?t=' + Date.now()`` is the address ``…/index.m3u8``: the script adds
    the time so that no cache answers, and the time is no part of the camera's address.
    A parameter that tells cameras apart (``?cam=`` + a time) stays; so does a literal
    joined to anything else (``'…?cam=' + id``) and a complete query (``?key=pub7``).
    """
    if value[-1:] not in ("=", "?", "&") or _TIME_JOIN.match(text, end) is None:
        return value
    if "<" in value or any(char.isspace() for char in value):
        return value  # markup or text, not an address
    match = _OPEN_TIME_PARAM.search(value[-18:])
    if match is None or (match[1] or "").lower() in IDENTIFYING_PARAMS:
        return value
    return value[: len(value) - len(match[0])]


def _string_at_joined(text: str, start: int) -> tuple[str, int] | None:
    """Return the string literal at start (a cache-busting time parameter dropped), its end."""
    literal = _string_at(text, start)
    if literal is None:
        return None
    return _without_time_param(text, literal[1], literal[0]), literal[1]


def _call_end(text: str, start: int) -> int | None:
    """Return the index after the parenthesis closing the call opened before start."""
    depth = 1
    position = start
    end = min(len(text), _room(start, _MAX_CALL))
    try:
        while (match := _CALL_CHARS.search(text, position, end)) is not None:
            position = match.start()
            char = text[position]
            if char in "\"'`":
                literal = _string_at(text, position)
                if literal is None:
                    return None
                position = literal[1]
                continue
            if char == "/":
                # A regular expression literal (name.replace(/'/g, "\\'")) holds no bracket
                # or string; a slash dividing is passed over.
                position = regex_end(text, position, start) or position + 1
                continue
            if char in "([{":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return position + 1
            position += 1
        position = end
        return None
    finally:
        _spend(position - start)


def _strings(text: str) -> dict[str, str]:
    """Return the string-valued options written in an argument list."""
    found: dict[str, str] = {}
    for match in _OPTION.finditer(text):
        literal = _string_at(text, match.end())
        if literal is not None:
            found.setdefault(match.group(1).lower(), literal[0])
    return found


def _first_string(text: str) -> str | None:
    """Return the first string literal of an argument list (a popup's content)."""
    stripped = text.lstrip()
    if not stripped[:1] or stripped[0] not in "\"'`":
        return None
    literal = _string_at(stripped, 0)
    return literal[0] if literal is not None else None


def _popup_name(html: str) -> str | None:
    """Return the emphasised title of a popup, or its leading text, or its one link's text."""
    if (match := _EMPHASIS.search(html)) is not None:
        return clean_text(_TAG.sub(" ", match.group(2)))
    if (sole := _sole_link_name(html)) is not None:
        return sole
    lead = re.split(r"<(?:br|a|img|iframe|video|div|p)\b", html, maxsplit=1, flags=re.IGNORECASE)[0]
    text = clean_text(_TAG.sub(" ", lead))
    if not text and (first := _LEAD_PARAGRAPH.match(html)) is not None:
        # A popup opening with a short paragraph before its picture ("<p>Igls:</p><img>").
        text = clean_text(_TAG.sub(" ", first.group(1)))
        text = text.rstrip(":").rstrip() if text else None
        return text if text and len(text.split()) <= _MAX_LEAD_WORDS else None
    return text if text and len(text) <= 120 else None


# A popup that is one link and nothing else, perhaps inside one or two layout elements:
# the Leaflet quick-start idiom ``'<a href="' + url + '" target="_blank">' + name +
# '</a>'`` (a camera's stream or still linked under its name).
_SOLE_LINK = re.compile(
    r"\s*(?:<(?:div|p|span|center)\b[^<>]{0,200}>\s*){0,2}"
    r"<a\b[^<>]{1,2000}>([^<>]{1,160})</a\s*>"
    r"\s*(?:</(?:div|p|span|center)\s*>\s*){0,2}",
    re.IGNORECASE,
)
_LINK_ADDRESS = re.compile(r"\shref\s*=", re.IGNORECASE)
_MAX_SOLE_LINK_POPUP = 3000
_MAX_SOLE_LINK_WORDS = 12


def _sole_link_name(html: str) -> str | None:
    """Return the text of the one link a popup consists of, when it names a place.

    The link must have an address (``href``) and be the popup's only content; a label
    saying what to do (``Lihat CCTV``, ``View webcam``), an address written as text, a
    state word, a number or a long sentence names nothing.
    """
    if len(html) > _MAX_SOLE_LINK_POPUP or (match := _SOLE_LINK.fullmatch(html)) is None:
        return None
    if _LINK_ADDRESS.search(match.group(0), 0, match.start(1)) is None:
        return None
    text = clean_text(match.group(1))
    if not text or len(text.split()) > _MAX_SOLE_LINK_WORDS or not any(c.isalpha() for c in text):
        return None
    if looks_like_url(text) or generic_label(text) or parse_status(text) is not None:
        return None
    return text


# A popup's leading paragraph, when media follow it (a button playing them too).
_LEAD_PARAGRAPH = re.compile(
    r"\s*<p\b[^<>]{0,200}>([^<>]{1,80})</p\s*>\s*(?=<(?:img|a|iframe|video|button)\b)",
    re.IGNORECASE,
)
_MAX_LEAD_WORDS = 6


def _in_range(lat: float, lng: float) -> tuple[float, float] | None:
    """Return a position in degrees, or None for projected metres or swapped numbers."""
    return (lat, lng) if -90.0 <= lat <= 90.0 and -180.0 <= lng <= 180.0 else None


def _ol2_position(
    args: str, start: int, lonlats: list[tuple[int, str, float, float]]
) -> tuple[float, float] | None:
    """Return (lat, lng) of an OpenLayers 2 marker: a literal LonLat or a variable set to one."""
    if (match := _OL2_LONLAT.search(args)) is not None:
        return _in_range(float(match.group(2)), float(match.group(1)))
    names = {m.group(1) for m in _ARG_IDENTIFIER.finditer(args)}
    found = [entry for entry in lonlats if entry[0] < start and entry[1] in names]
    return _in_range(found[-1][3], found[-1][2]) if found else None


def _object_position(text: str, start: int = 0) -> tuple[float, float] | None:
    """Return (lat, lng) of a ``{lat, lng}`` object literal that opens at start."""
    match = _OBJECT.match(text, start)
    if match is None:
        return None
    lat, lng = _OBJECT_LAT.search(match.group(1)), _OBJECT_LNG.search(match.group(1))
    if lat is None or lng is None:
        return None
    return _in_range(float(lat.group(1)), float(lng.group(1)))


def _position(family: str, args: str) -> tuple[float, float] | None:
    """Return (lat, lng) written literally in a marker call's arguments."""
    if family == "leaflet":
        match = _LEAFLET_PAIR.match(args) or _LEAFLET_LATLNG.match(args)
        if match is None:
            return _object_position(args)
        return float(match.group(1)), float(match.group(2))
    if family == "here":
        if (match := _HERE_POINT.match(args)) is not None:
            return _in_range(float(match.group(1)), float(match.group(2)))
        return _object_position(args)
    if family == "google":
        match = _GOOGLE_POSITION.search(args)
        if match is None:
            return None
        if match.group(1) is None:
            return _object_position(args, match.end())
        return float(match.group(1)), float(match.group(2))
    match = _OL_POINT.search(args)
    return _in_range(float(match.group(2)), float(match.group(1))) if match else None


def _arguments(args: str, limit: int = 16) -> list[str]:
    """Return the top-level arguments of an argument list (strings and nesting respected)."""
    found: list[str] = []
    depth = 0
    start = position = 0
    while position < len(args) and len(found) < limit:
        char = args[position]
        if char in "\"'`":
            literal = _string_at(args, position)
            if literal is None:
                break
            position = literal[1]
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            found.append(args[start:position])
            start = position + 1
        position += 1
    found.append(args[start:])
    return found


def _window_content(family: str, args: str, variables: dict[str, str]) -> str | None:
    """Return the content handed to a popup window, bubble or setContent call."""
    if family == "ol2":
        parts = _arguments(args)
        return _content(parts[3], variables) if len(parts) > 3 else None
    found = _strings(args).get("content") or _content(args, variables)
    if found is not None and "+" in args and args.lstrip().startswith("{"):
        # Markup joined in the option itself ({content: '<h4>…</h4>' + '<img …>'}): all of it.
        value = next((v for k, v in _entries(args.strip()) if k.lower() == "content"), None)
        found = (_content(value, variables) if value is not None else None) or found
    if found is None and args.lstrip().startswith("{"):
        # An options object whose content is built by a call: {content: decode('…')}.
        value = next((v for k, v in _entries(args.strip()) if k.lower() == "content"), None)
        found = _content(value, variables) if value is not None else None
    return found


def _joined_rest(script: str, literal: tuple[str, int]) -> str:
    """Return a literal with the literals joined to it by ``+`` (``'<h3>…' + '<img …>'``).

    Only a statement made of literals alone is joined (at most 64 pieces, 100 KB); one
    that goes on with another expression keeps its first literal, as before.
    """
    pieces = [literal[0]]
    position = literal[1]
    size = len(literal[0])
    while len(pieces) < _MAX_JOINED and size <= _MAX_CONTENT:
        joint = _CONCAT.match(script, position)
        if joint is None or script[joint.end() : joint.end() + 1] not in ("'", '"', "`"):
            break
        following = _string_at(script, joint.end())
        if following is None:
            break
        pieces.append(following[0])
        size += len(following[0])
        position = following[1]
    if len(pieces) == 1 or _STATEMENT_END.match(script, position) is None:
        return literal[0]
    return "".join(pieces)


def _string_vars(script: str) -> dict[str, str]:
    """Return the variables a script sets to a string literal (popup templates).

    Markup joined from an array of literals (``['<div>', '…'].join('')``) counts too.
    """
    found: dict[str, str] = {}
    for match in _STRING_VAR.finditer(script):
        if len(found) >= _MAX_VARS:
            break
        literal = _string_at_joined(script, match.end())
        if literal is not None:
            found.setdefault(match.group(1), _joined_rest(script, literal))
    if "join" not in script:
        return found
    for count, match in enumerate(_JOINED_VAR.finditer(script)):
        if count >= _MAX_VARS or len(found) >= _MAX_VARS:
            break
        close = _call_end(script, match.end())
        join = _JOIN_CALL.match(script, close) if close is not None else None
        if close is not None and join is not None:
            text = _text_value(script[match.end() - 1 : join.end()], found)
            if text is not None:
                found.setdefault(match.group(1), text)
    return found


def _content(args: str, variables: dict[str, str]) -> str | None:
    """Return popup content: a string literal, a variable holding one, or a popup object.

    A call of a page function building the markup from its parameters
    (``popupHtml('Polder', 'https://…m3u8')``) gives the markup it returns; a call of
    any other page function, what its arguments give (``PopupTemplates.called``).
    """
    if args.lstrip()[:1] in ("'", '"') and len(args) <= _MAX_CALL and "+" in args:
        # Markup joined from literal pieces ('<h4>…</h4>' + '<img src=…>'): all of it.
        if (joined := _literal_text(args, {})) is not None:
            return joined
    if (literal := _first_string(args)) is not None:
        return literal
    match = _IDENTIFIER.match(args)
    if match:
        return variables.get(match.group(1))
    popup = _POPUP_OBJECT.match(args.lstrip())
    if popup:
        return _popup_object(args.lstrip(), popup.end(), variables)
    if "&" in args and (markup := decoded_markup(args, lambda t: _literal_text(t, variables))):
        return markup
    templates = _TEMPLATES.get()
    if templates is None:
        return None
    return templates.render(args, variables, _text_value) or templates.called(
        args.strip(), variables, _text_value
    )


def _popup_object(text: str, start: int, variables: dict[str, str]) -> str | None:
    """Return the content of ``L.popup(…).setContent('…')`` whose options open at start."""
    end = _call_end(text, start)
    if end is None or (chained := _SET_CONTENT.match(text, end)) is None:
        return None
    close = _call_end(text, chained.end())
    return _content(text[chained.end() : close - 1], variables) if close is not None else None


def _popup_objects(script: str, variables: dict[str, str]) -> dict[str, str]:
    """Return the variables a script sets to a Leaflet popup object with literal content.

    The popup pattern may start at any identifier (the variable it is assigned to), so it
    is matched only just before each ``.popup(``/``.Popup(`` call of the script (every
    popup object is made by a library's qualified call: ``L.popup(``, ``mapboxgl.Popup(``).
    """
    found: dict[str, str] = {}
    for count, call in enumerate(_POPUP_CALL.finditer(script)):
        if len(found) >= _MAX_VARS or count >= _MAX_MARKERS * 2:
            break
        start = max(0, call.start() - _POPUP_LOOKBACK)
        match = next(
            (
                m
                for m in _POPUP_OBJECT.pattern.finditer(script, start, call.end())
                if m.end() == call.end()
            ),
            None,
        )
        if match is None or not match.group("var"):
            continue
        if content := _popup_object(script, match.end(), variables):
            found.setdefault(match.group("var"), content)
    return found


def _popup_variables(script: str) -> dict[str, str]:
    """Return the variables holding popup markup: strings, popup objects and their content."""
    variables = _string_vars(script)
    # Contents set on a window count only in scripts that make popups (not on every
    # element whose HTML a script sets).
    if _POPUP_OBJECT.present(script):
        for key, value in _popup_objects(script, variables).items():
            variables.setdefault(key, value)
        for key, value in _contents_set(script, variables).items():
            variables.setdefault(key, value)
    return variables


def _contents_set(script: str, variables: dict[str, str]) -> dict[str, str]:
    """Return popup variables given one content by a ``popup.setContent(…)`` statement.

    A variable given two different contents (one shared window) is left out.
    """
    found: dict[str, str | None] = {}
    for count, match in enumerate(_CONTENT_SET.finditer(script)):
        if count >= _MAX_MARKERS * 2:
            break
        close = _call_end(script, match.end())
        content = _content(script[match.end() : close - 1], variables) if close else None
        name = match.group(1)
        if content is None or name in variables:
            continue
        found[name] = content if found.get(name, content) == content else None
    return {name: text for name, text in found.items() if text is not None}


def _tooltip(script: str, start: int, variables: dict[str, str]) -> str | None:
    """Return the plain-text label of the tooltip call whose arguments open at start."""
    close = _call_end(script, start)
    if close is None:
        return None
    content = _content(_arguments(script[start : close - 1])[0], variables)
    if not content:
        return None
    label = _popup_name(content) if "<" in content else clean_text(content)
    return None if not label or generic_label(label) else label


def _markup_sources(options: dict[str, str], popup: str | None) -> tuple[str | None, ...]:
    """Return a marker's markup: HTML in its own options (feature attributes), its popup."""
    markup = next((options[k] for k in _HTML_OPTIONS if "<" in options.get(k, "")), None)
    return markup, popup


def _add_missing(item: dict[str, JSONValue], found: dict[str, str]) -> None:
    """Add what a marker's click handler gives to the slots its item leaves empty."""
    for key, value in found.items():
        item.setdefault(key, value)


def _own_fields(args: str, area: str | None = None) -> dict[str, str]:
    """Return the camera's own fields kept in a marker's options (``kecamatan``, ``idCctv``).

    Leaflet keeps unknown options on ``marker.options`` and Google Maps sets them on the
    marker, so pages store a camera's area and id there; an OpenLayers feature's
    properties are the camera's own fields. Only options named as an area or an
    identifier (``kecamatan``, ``id``, ``kode``, ``idCctv``) are read; the library's own
    options (``pane``, ``alt``) never are.
    The label of the layer group holding the marker is its area otherwise.
    """
    found: dict[str, str] = {}
    for count, match in enumerate(_FIELD_OPTION.finditer(args)):
        if count >= _MAX_DATA_FIELDS:
            break
        key = norm_key(match.group(1))
        if key not in AREA_KEYS and not _CAMERA_ID_KEY.fullmatch(key) and not is_id_key(key):
            continue
        if match.group(2) is not None:
            found.setdefault(key, match.group(2))
        elif (literal := _string_at(args, match.end())) is not None:
            found.setdefault(key, literal[0])
    if area:
        found.setdefault("area", area)
    return found


# A popup's line naming the camera's place by a label ("Khu vực: Sơn Trà",
# "<b>Kecamatan:</b> Bengalon"): lines end at block tags and line breaks.
_POPUP_LINE_BREAK = re.compile(r"<(?:/?br|/?p|/?div|/?li|/?tr|/?h\d)\b[^>]{0,200}>", re.IGNORECASE)
_POPUP_LABELLED = re.compile(
    r"\s*([^\W\d_](?:[^\W\d:]| (?=[^\W\d_])){0,23}?)\s{0,3}[:\uff1a]\s{0,3}([^\W\d_].{0,60}?)\s*"
)
_MAX_POPUP_LINES = 64
# A popup's line that is only an abbreviated district or village name ("Kec. Tanah
# Sareal", "Kel. Pekauman", "Ds. Sepaso"): the abbreviation is the label.
_POPUP_ABBREVIATED = re.compile(
    r"(?i:kec|kel|ds)\.\s{0,3}([^\W\d_][^\W\d_ .'-]*(?:[ .'-]{1,2}[^\W\d_]+){0,5})"
)


def popup_area(markup: str) -> str | None:
    """Return the place a popup's labelled line gives (an area word before a colon).

    A line holding only an abbreviated district or village name (``Kec. Tanah Sareal``,
    at most six words, no digits) gives it too. A popup without either may give it in
    its place line (see ``_place_line``).
    """
    text = _POPUP_LINE_BREAK.sub("\n", markup[:_MAX_CALL])
    for line in text.split("\n", _MAX_POPUP_LINES)[:_MAX_POPUP_LINES]:
        plain = clean_text(_TAG.sub(" ", line))
        if not plain:
            continue
        match = _POPUP_LABELLED.fullmatch(plain)
        if match is not None and norm_key(match.group(1)) in AREA_KEYS:
            value = match.group(2).strip()
            if value and not looks_like_url(value) and not generic_label(value):
                return value
        if len(plain) <= _MAX_ABBREVIATED_LINE and (
            abbreviated := _POPUP_ABBREVIATED.fullmatch(plain)
        ):
            return abbreviated.group(1)
    return _place_line(markup[:_MAX_CALL])


def labelled_area(markup: str) -> str | None:
    """Return the place a balloon's or popup's labelled line gives, and only that.

    ``County: Sangatta Utara<br>``, ``<b>Kecamatan:</b> Bengalon``: the label must be an
    area field's name; a line labelled otherwise (``Source: …``, ``Type: …``) gives none.
    """
    text = _POPUP_LINE_BREAK.sub("\n", markup[:_MAX_CALL])
    for line in text.split("\n", _MAX_POPUP_LINES)[:_MAX_POPUP_LINES]:
        plain = clean_text(_TAG.sub(" ", line))
        match = _POPUP_LABELLED.fullmatch(plain) if plain else None
        if match is not None and norm_key(match.group(1)) in AREA_KEYS:
            value = match.group(2).strip()
            if value and not looks_like_url(value) and not generic_label(value):
                return value
    return None


_MAX_ABBREVIATED_LINE = 80
# An identifier handed to a helper as a string: a short code without spaces.
_ARGUMENT_ID = re.compile(r"[\w.:-]{1,64}")
_MAX_DEFINITIONS_READ = 2000
# A helper's parameter naming the camera (``judul``, ``nama_cctv``, ``title``, ``camName``).
_NAME_PARAM = re.compile(
    r"(?:nama|name|judul|title|label|lokasi|caption)(?:_?(?:cctv|kamera|camera|cam|lokasi|titik))?"
    r"|(?:cctv|kamera|camera|cam)_?(?:nama|name|judul|title|label)"
)
# A helper's parameter holding a position (``latlng``, ``koordinat``, ``pos``, ``coords``),
# compared without underscores; and those holding a latitude or a longitude alone.
_POSITION_PARAMS = frozenset(
    {
        "latlng",
        "latlon",
        "latlong",
        "koordinat",
        "kordinat",
        "coord",
        "coords",
        "coordinate",
        "coordinates",
        "pos",
        "posisi",
        "position",
    }
)
_LAT_PARAMS = frozenset({"lat", "latitude", "lintang"})
_LNG_PARAMS = frozenset({"lng", "lon", "long", "longitude", "bujur"})
_QUOTED_NUMBER = re.compile(rf"\s*({_NUM})\s*")
# What a name parameter may receive that names no camera: an event, a CSS selector.
_EVENT_NAMES = frozenset(
    {
        "click",
        "dblclick",
        "contextmenu",
        "mouseover",
        "mouseout",
        "mouseenter",
        "mouseleave",
        "mousedown",
        "mouseup",
        "mousemove",
        "popupopen",
        "popupclose",
        "tooltipopen",
        "load",
        "change",
        "input",
        "submit",
        "focus",
        "blur",
        "keyup",
        "keydown",
        "touchstart",
        "touchend",
        "resize",
        "zoomend",
        "moveend",
    }
)
_SELECTOR = re.compile(r"[#.\[]\S{1,80}")
_MAX_NAME = 120


# A popup's place line: right after its emphasised title (across line breaks and block
# edges), one small element, or one element classed as a place, holding only text
# (``<b>Old Town Depot</b><br><small>Area 2</small>``, ``<span class="district">``).
_TITLE_THEN_LINE = re.compile(
    r"<(b|strong|h[1-6])\b[^<>]{0,200}>([^<>]{1,160})</\1\s*>"
    r"(?:\s|<br\s*/?>|</?(?:div|p)\b[^<>]{0,200}>){0,6}"
    r"<(small|span|em|i|p|div)\b([^<>]{0,200})>([^<>]{1,80})</\3\s*>",
    re.IGNORECASE,
)
_PLACE_LINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:location|lokasi|area|district|kecamatan|wilayah|zone|zona|suburb"
    r"|neighbou?rhood|quartier|barrio|bairro|municipality|municipio|town|place)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CLASS_ATTRIBUTE = re.compile(r"""\bclass\s*=\s*["']([^"']{0,200})["']""", re.IGNORECASE)
_MAX_PLACE_WORDS = 6
# A time, a date or a count: when the picture was taken, never a place.
_TIME_LIKE = re.compile(r"\d\s*[:/]\s*\d|\d{4}-\d\d")


# The picture or player right after a popup's place paragraph.
_PICTURE_NEXT = re.compile(
    r"(?:\s|<br\s*/?>|</?div\b[^<>]{0,200}>){0,4}<(?:img|video|iframe)\b", re.IGNORECASE
)
# A place name written as one: up to four capitalised words (short lower-case joining
# words such as "de", "am", "frá" between them), no digits.
_PLACE_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*")
_MAX_PARAGRAPH_PLACE_WORDS = 4
_MAX_JOINING_WORD = 3


def _picture_follows(markup: str, position: int) -> bool:
    """Return True when a picture or player comes right after position in a popup."""
    return _PICTURE_NEXT.match(markup, position) is not None


def _place_name(text: str) -> bool:
    """Return True for a short line written as a place name ("Undir Eyjafjöllum")."""
    words = text.split()
    if not words or len(words) > _MAX_PARAGRAPH_PLACE_WORDS or not words[0][:1].isupper():
        return False
    return (
        all(
            _PLACE_WORD.fullmatch(word) is not None
            and (word[0].isupper() or len(word) <= _MAX_JOINING_WORD)
            for word in words
        )
        and not words[-1][:1].islower()
    )


def _place_line(markup: str) -> str | None:
    """Return the place a popup's line under its title gives, when it gives one.

    The line is one ``<small>`` element, or an element classed as a place (``location``,
    ``district``, ``area``), right after the emphasised title; its text is a short
    place name: up to six words, no sentence, address, time, date or state word, and
    not the title again. A plain text line (``<b>Name</b><br>I am a popup.``) is none.
    A plain paragraph between the title and the popup's picture
    (``<strong>Grindavíkurhöfn</strong><p>Grindavík</p><img …>``) is the place line too
    when it is written as a place name (up to four capitalised words, no digits); a
    sentence there (``<p>Looking north over the lake</p>``) is a caption.
    """
    match = _TITLE_THEN_LINE.search(markup)
    if match is None:
        return None
    tag, attributes = match.group(3).lower(), match.group(4)
    text = clean_text(match.group(5))
    if tag != "small":
        classes = _CLASS_ATTRIBUTE.search(attributes)
        if (classes is None or _PLACE_LINE_CLASS.search(classes.group(1)) is None) and not (
            tag == "p" and text and _picture_follows(markup, match.end()) and _place_name(text)
        ):
            return None
    title = clean_text(match.group(2)) or ""
    if not text or len(text.split()) > _MAX_PLACE_WORDS or text.casefold() == title.casefold():
        return None
    if text[-1] in ".!?:;," or _TIME_LIKE.search(text) or not any(c.isalpha() for c in text):
        return None
    if looks_like_url(text) or generic_label(text) or parse_status(text) is not None:
        return None
    return text


def _marker_item(
    options: dict[str, str],
    markups: tuple[str | None, ...],
    position: tuple[float, float] | None,
    base_url: str,
    fields: dict[str, str] | None = None,
) -> dict[str, JSONValue]:
    """Return one marker as an item: its name, position and the media of its markup.

    Plain fields of the marker's data object (an id, a kecamatan) are kept for the
    item reader under their own names.
    """
    item: dict[str, JSONValue] = {}
    # A title that says what to do ("Klik untuk melihat CCTV") never names a marker.
    name = next(
        (options[k] for k in _NAME_OPTIONS if options.get(k) and not generic_label(options[k])),
        None,
    )
    for html_text in markups:
        if name is None and html_text:
            name = _popup_name(html_text)
            name = None if generic_label(name) else name
    if name:
        item["name"] = clean_text(name)
    if position is not None:
        item["lat"], item["lng"] = position
    for html_text in markups:
        if html_text:
            for key, value in html_media(html_text, base_url).items():
                item.setdefault(key, value)
            # A player page the popup frames stands in when the marker has no media
            # (never a map, a form or a social widget framed in it).
            page = framed_page(html_text, base_url)
            if page is not None and not non_player_frame(page):
                item.setdefault("iframe_src", page)
    for key, value in options.items():
        if (
            key not in _NAME_OPTIONS
            and key not in _HTML_OPTIONS
            and key not in _ICON_OPTIONS
            and (looks_like_url(value) or relative_media_kind(value) is not None)
        ):
            # A media path next to the page (``hls: 'media/a/playlist.m3u8'``) is the
            # marker's as an address is.
            item.setdefault(key, value)
    for key, value in (fields or {}).items():
        if key not in _NAME_OPTIONS and key not in ("lat", "lng", "name"):
            item.setdefault(key, value)
    if not any(norm_key(key) in AREA_KEYS for key in item):
        area = next((found for text in markups if text and (found := popup_area(text))), None)
        if area is not None:
            item["area"] = area
    if not any(norm_key(key) in STATUS_KEYS for key in item):
        state = next((found for text in markups if text and (found := popup_state(text))), None)
        if state is not None:
            item["status"] = state
    # A viewer page the popup links beside the still, named by the camera's code.
    popup_viewer(item, markups, base_url)
    return item


def _leaflet_label(
    script: str,
    end: int,
    limit: int,
    var: str | None,
    tooltips: dict[str, list[int]],
    variables: dict[str, str],
) -> str | None:
    """Return a Leaflet marker's tooltip label: chained to it, or bound to its variable."""
    if (chained := _CHAIN_TOOLTIP.match(script, end)) is not None:
        return _tooltip(script, chained.end(), variables)
    own = tooltips.get(var or "", [])
    at = bisect_left(own, end)
    if at < len(own) and own[at] < limit:
        return _tooltip(script, own[at], variables)
    return None


def _fuller_label(label: str, popup: str | None) -> str:
    """Return a tooltip's label, or the popup's heading that it shortens.

    A tooltip often shows the start of the name the popup's heading gives in full
    (``Bundaran Pelangi`` beside ``<p>Bundaran Pelangi & Jl. APT Pranoto</p>``): the
    heading names the camera then. A heading that does not start with the label (another
    text) leaves the label.
    """
    if not popup or "<" not in popup:
        return label
    heading = _popup_name(popup[:_MAX_CALL])
    heading = clean_text(heading) if heading else None
    if heading and len(heading) > len(label) and heading.startswith(label + " "):
        return heading
    return label


def _helpers(functions: ScriptFunctions) -> list[str]:
    """Return the names of functions a script defines whose body places a map marker.

    A page function that places a marker is called once per camera with literal
    arguments: ``function tambahKamera(lat, lng, nama, url) {L.marker([lat, lng])…}``.
    """
    script = functions.script
    found: list[str] = []
    called: set[str] = set()
    for match in _MEDIA_CALL.finditer(script):
        called.add(match.group(1))
        if len(called) > _MAX_VARS:
            break
    if not called:
        return found
    examined = 0
    for definition in functions.definitions():
        if examined >= _MAX_HELPERS:
            break
        if definition.name not in called:
            continue
        examined += 1
        params_end = _call_end(script, definition.params_start)
        if params_end is None:
            continue
        brace = script.find("{", params_end, params_end + 8)
        body_end = _call_end(script, brace + 1) if brace >= 0 else None
        if body_end is None:
            continue
        name = definition.name
        if _MARKER_CALL.search(script, brace, body_end) and name not in found:
            found.append(name)
    return found


def _literal_text(part: str, variables: dict[str, str]) -> str | None:
    """Return an argument made only of string literals joined by ``+`` (or string variables)."""
    pieces: list[str] = []
    position = 0
    text = part.strip()
    while position < len(text):
        if text[position] in "\"'`":
            literal = _string_at(text, position)
            if literal is None:
                return None
            pieces.append(literal[0])
            position = literal[1]
        elif (name := re.match(r"[A-Za-z_$][\w$]*", text[position:])) and name.group() in variables:
            pieces.append(variables[name.group()])
            position += name.end()
        else:
            return None
        joint = _CONCAT.match(text, position)
        if joint is None or position >= len(text):
            break
        position = joint.end()
    return "".join(pieces) if pieces and position >= len(text) else None


def _names_camera(text: str) -> bool:
    """Return True for a plain text a helper's name parameter receives that names a camera.

    An event name (``'click'``), a CSS selector (``'#peta'``), a URL, a number, one
    character (a Google Maps marker label ``'A'``) or a text without a letter names nothing.
    """
    plain = clean_text(text) or ""
    return (
        2 <= len(plain) <= _MAX_NAME
        and any(char.isalpha() for char in plain)
        and plain.lower() not in _EVENT_NAMES
        and _SELECTOR.fullmatch(plain) is None
        and not looks_like_url(plain)
        and not generic_label(plain)
    )


def _argument_position(part: str, key: str) -> tuple[float, float] | None:
    """Return (lat, lng) of a helper argument written as a position.

    A constructor or factory naming its order (Leaflet's or Google Maps' ``LatLng``, a
    ``LngLat``, ``fromLonLat``) says it is one; a ``[lat, lng]`` array of exactly
    two numbers is one only under a parameter named as a position (``latlng``,
    ``koordinat``, ``pos``). A pair outside [-90, 90] / [-180, 180] is none.
    """
    if (match := _POSITION_CTOR.match(part)) is not None and match.group("kind") != "Point":
        return _value_position(part, False, {})
    if key.replace("_", "") not in _POSITION_PARAMS:
        return None
    if (match := _LEAFLET_PAIR.match(part)) is None or part[match.end() :].strip():
        return None
    return _in_range(float(match.group(1)), float(match.group(2)))


def _coordinate(part: str, variables: dict[str, str]) -> float | None:
    """Return a number written bare or quoted (``0.5``, ``'0.5'``) as an argument."""
    if (number := _NUMBER.match(part)) is not None:
        return float(number.group(1))
    text = _literal_text(part, variables) if "[" not in part else None
    quoted = _QUOTED_NUMBER.fullmatch(text) if text is not None and len(text) <= 32 else None
    return float(quoted.group(1)) if quoted is not None else None


def _call_item(
    parts: list[str],
    variables: dict[str, str],
    base_url: str,
    params: tuple[str, ...] = (),
) -> dict[str, JSONValue] | None:
    """Return a camera from the literal arguments of a marker helper call, if any.

    The helper's parameter names say what some arguments are: one passed as a parameter
    named as an identifier (``id_cctv``, ``kode``) is the camera's id, one named as an
    area (``kecamatan``) its area, one named as a name (``judul``, ``nama_cctv``,
    ``title``) its name, whatever plain text comes first. A position is a ``{lat, lng}``
    object, a ``LatLng``, a ``[lat, lng]`` array passed as a position parameter, or two
    numbers passed as ``lat`` and ``lng``; else the first two numbers. A plain text
    argument that is a place line (``'Kec. Padang Barat'``, ``'Kecamatan: Bengalon'``)
    is the camera's area whatever its parameter is called, never its name.
    """
    position: tuple[float, float] | None = None
    numbers: list[float] = []
    texts: list[str] = []
    fields: dict[str, str] = {}
    named: str | None = None
    coordinates: dict[str, float] = {}
    for index, part in enumerate(parts):
        key = norm_key(params[index]) if index < len(params) else ""
        names_id = bool(key) and (is_id_key(key) or _CAMERA_ID_KEY.fullmatch(key) is not None)
        names_camera = bool(key) and _NAME_PARAM.fullmatch(key) is not None
        axis = "lat" if key in _LAT_PARAMS else "lng" if key in _LNG_PARAMS else None
        if axis is not None and (value := _coordinate(part, variables)) is not None:
            coordinates.setdefault(axis, value)
            if _NUMBER.match(part) is None:
                continue  # a quoted number: no text
        if part.lstrip().startswith("{"):
            position = position or _object_position(part)
        elif (number := _NUMBER.match(part)) is not None:
            if names_id and float(number.group(1)).is_integer():
                fields.setdefault("id", number.group(1).strip())
            else:
                numbers.append(float(number.group(1)))
        elif (text := _literal_text(part, variables)) is not None:
            plain = "<" not in text and not looks_like_url(text)
            if plain and names_id and _ARGUMENT_ID.fullmatch(text.strip()):
                fields.setdefault("id", text.strip())
            elif plain and key in AREA_KEYS and clean_text(text):
                fields.setdefault("area", clean_text(text) or "")
            elif plain and len(text) <= _MAX_ABBREVIATED_LINE and (place := popup_area(text)):
                fields.setdefault("area", place)
            elif plain and names_camera:
                if named is None and _names_camera(text):
                    named = text
            else:
                if names_camera and named is None and "<" in text:
                    title = _popup_name(text)
                    named = title if title and _names_camera(title) else None
                texts.append(text)
        elif key and (found := _argument_position(part, key)) is not None:
            position = position or found
    if "lat" in coordinates and "lng" in coordinates:
        # Numbers passed as lat and lng decide the position, out of range or not.
        position = position or _in_range(coordinates["lat"], coordinates["lng"])
    elif position is None and len(numbers) >= 2:
        first, second = numbers[0], numbers[1]
        # Leaflet order unless the first number can only be a longitude.
        position = _in_range(second, first) if abs(first) > 90 else _in_range(first, second)
    markups = tuple(t for t in texts if "<" in t)
    options: dict[str, str] = {}
    for index, text in enumerate(t for t in texts if "<" not in t):
        if looks_like_url(text):
            options.setdefault(url_kind(text) or f"url{index}", text)
        elif (
            "title" not in options
            and len(text) <= _MAX_NAME
            and any(char.isalpha() for char in text)
            and not generic_label(text)
        ):
            options["title"] = text
    if named is not None:
        options["title"] = named
    item = _marker_item(options, markups, position, base_url, fields)
    media = {k for k in item if k not in ("name", "lat", "lng")}
    return item if media else None


# The arguments holding popup markup of marker helper calls read on one page, all calls
# together: popups of thousands of characters each cost what this much markup costs (a
# 2 MB page, not seconds); plain-text arguments, even beside a short popup, are bounded
# by the marker count alone.
_MAX_HELPER_TEXT = 400_000


def _helper_items(
    functions: ScriptFunctions, base_url: str, variables: dict[str, str]
) -> list[JSONValue]:
    """Return one item per call of a marker helper with literal position and media."""
    items: list[JSONValue] = []
    script = functions.script
    helpers = _helpers(functions)
    if not helpers:
        return items
    params: dict[str, tuple[str, ...]] = {}
    for count, definition in enumerate(functions.definitions()):
        if count >= _MAX_DEFINITIONS_READ:
            break
        if definition.name in helpers and definition.params and not definition.member:
            params.setdefault(definition.name, definition.params)
    names = "|".join(re.escape(name) for name in sorted(helpers, key=len, reverse=True))
    read = 0
    for match in re.finditer(rf"\b(?:{names})\s*\(", script):
        if len(items) >= _MAX_MARKERS or read > _MAX_HELPER_TEXT:
            break
        before = script[max(0, match.start() - 10) : match.start()].rstrip()
        if before.endswith(("function", ".")) or (
            match.start() > 0 and script[match.start() - 1] == "$"
        ):
            continue  # the definition itself, or a method of another object
        end = _call_end(script, match.end())
        if end is None:
            continue
        parts = _arguments(script[match.end() : end - 1])
        # Popup markup is what reading a call costs; plain texts beside it are bounded by
        # the marker count alone.
        read += sum(len(part) for part in parts if "<" in part)
        item = _call_item(
            parts, variables, base_url, params.get(match.group().rstrip("( \t\n"), ())
        )
        if item is not None:
            items.append(item)
    return items


# Coordinate factory functions, called without new: Mapy.cz SMap.Coords.fromWGS84(lng, lat),
# ol.proj.fromLonLat([lng, lat]), Cesium's fromDegrees(lng, lat), Leaflet's L.latLng(lat, lng).
_FACTORIES = "latLng|fromLatLng|fromWGS84|fromLonLat|fromLngLat|fromDegrees"
_LNG_FIRST = frozenset({"LngLat", "LonLat", "fromWGS84", "fromLonLat", "fromLngLat", "fromDegrees"})
# Positions of other libraries: a constructor whose name says the order (LatLng, Location
# and Coordinate are latitude first, LngLat and LonLat longitude first; a bare Point is read
# by value), a [a, b] pair, or a variable set once to either.
_POSITION_CTOR = re.compile(
    rf"^\s*(?:new\s+(?:[A-Za-z_$][\w$]*\s*\.\s*){{0,3}}"
    rf"(?P<kind>LatLng|latLng|Location|Coordinate|LngLat|LonLat|Point)"
    rf"|(?:[A-Za-z_$][\w$]*\s*\.\s*){{0,3}}(?P<factory>{_FACTORIES}))"
    rf"\s*\(\s*(?:\[\s*)?({_NUM})\s*,\s*({_NUM})"
)
_PAIR = re.compile(rf"^\s*\[\s*({_NUM})\s*,\s*({_NUM})\s*(?:,\s*{_NUM}\s*)?\]\s*$")
_POSITION_VAR = re.compile(
    r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=(?![=>])\s*(?=new\s+(?:[A-Za-z_$][\w$]*\s*\.\s*){0,3}"
    r"(?:LatLng|latLng|Location|Coordinate|LngLat|LonLat|Point)\s*\("
    rf"|(?:[A-Za-z_$][\w$]*\s*\.\s*){{0,3}}(?:{_FACTORIES})\s*\()"
)
# A variable set to an object literal naming a latitude: var pos1 = {lat: -6.3, lng: 105.8}.
_OBJECT_POSITION_VAR = KeyedPattern(
    r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=(?![=>])(?=\s*\{[^{}]{0,300}?[\"']?lat)",
    ("lat",),
)
# Option keys holding a marker's position; arrays under them are [lng, lat] (GeoJSON,
# 2GIS, Azure, Amap) unless the key says latitude first.
_POSITION_KEYS = frozenset(
    {"position", "latlng", "location", "coordinates", "coords", "lnglat", "point", "geometry"}
)
_NESTED_TEXT = ("text", "title", "name")
# Objects a map library keeps on a marker for the page: the camera's own fields.
_DATA_OPTIONS = frozenset(
    {"data", "extdata", "userdata", "metadata", "properties", "attributes", "customdata"}
)
_MAX_DATA_FIELDS = 64
# A marker option holding a plain value: a number, or a string literal that follows.
_FIELD_OPTION = re.compile(
    r"""(?:^|[{,\s])["']?([A-Za-z_$][\w$-]*)["']?\s*:\s*(?:(-?\d+)(?=\s*[,}])|(?=["'`]))"""
)
_CAMERA_ID_KEY = re.compile(
    r"(?:id|kode|code|no)_?(?:cctv|camera|cam|kamera)|(?:cctv|camera|cam|kamera)_?(?:id|kode|code|no)"
)
_GENERIC_WINDOW = re.compile(
    r"(?:(?<![\w$.])(?P<var>[A-Za-z_$][\w$]*)\s*=\s*)?\bnew\s+(?:[A-Za-z_$][\w$]*\s*\.\s*){1,3}"
    r"(?:InfoWindow|Infobox|InfoBox|InfoBubble|Popup|Balloon)\s*\("
)
_WINDOW_OPEN = re.compile(
    r"(?<![\w$.])(?P<win>[A-Za-z_$][\w$]*)\s*\.\s*open\s*\(\s*(?:[\w$.]+\s*,\s*)?"
    r"(?P<marker>[A-Za-z_$][\w$]*)\s*\)"
)
# Markup given to a card or popup in statements after it is made: Mapy.cz cards
# (card.getHeader().innerHTML = …, card.getBody().innerHTML = …) and setBody/setHeader.
_BODY_SET = re.compile(
    r"(?<![\w$.])(?P<var>[A-Za-z_$][\w$]*)\s*\.\s*(?:(?P<get>get(?P<part>Header|Body|Footer|Content)"
    r"\s*\(\s*\)\s*\.\s*innerHTML\s*\+?=(?!=)\s*)|set(?P<setpart>Header|Body|Footer)\s*\(\s*)"
)
_MAX_BODY_PARTS = 8
# A window handed to a marker's method (marker.decorate(SMap.Marker.Feature.Card, card),
# marker.setPopup(popup)): that marker's window.
_WINDOW_TIE = re.compile(
    r"(?<![\w$.])(?P<marker>[A-Za-z_$][\w$]*)\s*\.\s*[A-Za-z_$][\w$]*\s*\("
    r"\s*(?:[\w$.]+\s*,\s*){0,3}(?P<win>[A-Za-z_$][\w$]*)\s*\)"
)
_TOKEN = re.compile(r"[\w.:-]{1,64}")
_PROPERTY_SET = re.compile(
    r"(?<![\w$.])(?P<var>[A-Za-z_$][\w$]*)\s*\.\s*(?P<prop>[A-Za-z_$][\w$]*)\s*=(?![=>])\s*"
)
# A statement calling a method of a variable (``penanda.setLngLat(…)``), and variables
# set to a literal pair (``var posisi = [117.97, 0.99];``).
_VAR_CALL = re.compile(r"(?<![\w$.])([A-Za-z_$][\w$]*)(?=\s*\.\s*[A-Za-z_$][\w$]*\s*\()")
_PAIR_VAR = re.compile(
    rf"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=(?![=>])\s*\[\s*({_NUM})\s*,\s*({_NUM})\s*\]\s*(?:;|$)",
    re.MULTILINE,
)
_MAX_BUILDER_CALLS = 32
_JOIN = re.compile(r"\]\s*\.\s*join\s*\(\s*(?:([\"'])(.{0,8}?)\1)?\s*\)\s*$", re.DOTALL)
_MAX_CONTENT = 100_000


def _pair_position(first: float, second: float, lng_first: bool) -> tuple[float, float] | None:
    """Return (lat, lng) of a pair: a number beyond ±90 is the longitude, else by convention."""
    if abs(first) > 90 >= abs(second):
        return _in_range(second, first)
    if abs(second) > 90 >= abs(first):
        return _in_range(first, second)
    return _in_range(second, first) if lng_first else _in_range(first, second)


def _value_position(
    text: str,
    lng_first: bool,
    positions: dict[str, tuple[float, float] | None],
    *,
    points_x_first: bool = False,
) -> tuple[float, float] | None:
    """Return (lat, lng) of one argument or option value of another library's marker."""
    if (match := _POSITION_CTOR.match(text)) is not None:
        first, second = float(match.group(3)), float(match.group(4))
        kind = match.group("kind") or match.group("factory")
        if kind in _LNG_FIRST:
            return _in_range(second, first)
        if kind == "Point":
            return _pair_position(first, second, points_x_first)
        return _in_range(first, second)
    if (match := _PAIR.match(text)) is not None:
        return _pair_position(float(match.group(1)), float(match.group(2)), lng_first)
    if (name := _IDENTIFIER.match(text)) is not None:
        return positions.get(name.group(1))
    if text.lstrip().startswith("{"):
        return _object_position(text)
    return None


def _entries(text: str) -> list[tuple[str, str]]:
    """Return the top-level ``key: value`` entries of an object literal's text."""
    body = text.strip()
    if not body.startswith("{") or not body.endswith("}"):
        return []
    found: list[tuple[str, str]] = []
    for entry in _arguments(body[1:-1]):
        key, colon, value = entry.partition(":")
        key = key.strip().strip("\"'")
        if colon and re.fullmatch(r"[A-Za-z_$][\w$-]*", key):
            found.append((key, value))
    return found


def _text_value(text: str, variables: dict[str, str]) -> str | None:
    """Return a string value: literals joined by ``+``, string variables, ``[…].join('')``."""
    value = text.strip()
    if value.startswith("[") and (join := _JOIN.search(value)) is not None:
        pieces = [_literal_text(p, variables) for p in _arguments(value[1 : join.start()])]
        if pieces and all(p is not None for p in pieces):
            return (join.group(2) or "").join(p for p in pieces if p is not None)
        return None
    return _literal_text(value, variables)


def _data_entries(text: str, variables: dict[str, str]) -> dict[str, str]:
    """Return the text and number entries of a marker's data object (``data: {id, hls}``)."""
    found: dict[str, str] = {}
    for key, value in _entries(text)[:_MAX_DATA_FIELDS]:
        if (number := _NUMBER.match(value)) is not None:
            found.setdefault(key.lower(), number.group(1))
        elif (string := _text_value(value, variables)) is not None:
            found.setdefault(key.lower(), string)
    return found


def _generic_options(
    text: str, variables: dict[str, str], data: dict[str, str] | None = None
) -> dict[str, str]:
    """Return the string options of an object literal, nested labels ({text}) included.

    The entries of a data object the library keeps for the page (MapKit JS and Leaflet
    ``data``, Amap ``extData``, Bing ``metadata``…) count as options; its plain fields
    (an id, a kecamatan) go into data when given.
    """
    options: dict[str, str] = {}
    for key, value in _entries(text):
        lowered = key.lower()
        if lowered in _ICON_OPTIONS:
            continue
        if value.strip().startswith("{"):
            if lowered in _DATA_OPTIONS:
                for inner, entry in _data_entries(value, variables).items():
                    options.setdefault(inner, entry)
                    if data is not None and not looks_like_url(entry) and "<" not in entry:
                        data.setdefault(inner, entry)
                continue
            nested = {k.lower(): v for k, v in _entries(value)}
            found = next((nested[k] for k in _NESTED_TEXT if k in nested), None)
            string = _text_value(found, variables) if found is not None else None
        else:
            string = _text_value(value, variables)
        if string is not None:
            options.setdefault(lowered, string)
    return options


def _generic_position(
    parts: list[str],
    positions: dict[str, tuple[float, float] | None],
    *,
    lng_first: bool = False,
) -> tuple[float, float] | None:
    """Return (lat, lng) of another library's marker: its first positional or keyed position.

    lng_first reads a bare ``Point(a, b)`` of a data feature as x, y.
    """
    for part in parts:
        if part.strip().startswith("{"):
            for key, value in _entries(part):
                lowered = key.lower()
                if lowered in _POSITION_KEYS:
                    lng_first = not lowered.startswith("lat")
                    if (found := _value_position(value, lng_first, positions)) is not None:
                        return found
            if (found := _object_position(part)) is not None:
                return found
        elif (
            found := _value_position(part, False, positions, points_x_first=lng_first)
        ) is not None:
            return found
    return None


def _var_statements(script: str, names: frozenset[str]) -> dict[str, list[int]]:
    """Return where statements calling a method of each marker variable start (after its name)."""
    found: dict[str, list[int]] = {}
    if not names:
        return found
    for count, match in enumerate(_VAR_CALL.finditer(script)):
        if count >= _MAX_MARKERS * 8:
            break
        if match.group(1) in names:
            found.setdefault(match.group(1), []).append(match.end())
    return found


def _pair_vars(script: str) -> dict[str, tuple[float, float]]:
    """Return the variables set once to a literal ``[a, b]`` pair (a position to be)."""
    found: dict[str, tuple[float, float] | None] = {}
    for count, match in enumerate(_PAIR_VAR.finditer(script)):
        if count >= _MAX_VARS:
            break
        pair = float(match.group(2)), float(match.group(3))
        name = match.group(1)
        found[name] = pair if found.get(name, pair) == pair else None
    return {name: pair for name, pair in found.items() if pair is not None}


def _position_vars(script: str) -> dict[str, tuple[float, float] | None]:
    """Return the variables set to a position constructor: None when set to two positions.

    A variable set to a ``{lat, lng}`` object literal (``var pos1 = {lat: -6.3, lng:
    105.8}``, keys in any order) is one too; set again to an object of other values (a
    loop's ``{lat: row.lat, …}``), it is none.
    """
    found: dict[str, tuple[float, float] | None] = {}
    for count, match in enumerate(_POSITION_VAR.finditer(script)):
        if count >= _MAX_VARS:
            break
        position = _value_position(script[match.end() : match.end() + 200], False, {})
        name = match.group(1)
        if name in found and found[name] != position:
            found[name] = None
        else:
            found[name] = position
    for count, match in enumerate(_OBJECT_POSITION_VAR.finditer(script)):
        if count >= _MAX_VARS:
            break
        position = _object_position(script, match.end())
        name = match.group(1)
        if name in found and found[name] != position:
            found[name] = None
        else:
            found[name] = position
    return found


def _expression(script: str, start: int) -> str | None:
    """Return the expression assigned at start: an object literal, or up to the statement end."""
    if script[start : start + 1] in "{[":
        end = _call_end(script, start + 1)
        return script[start:end] if end is not None else None
    stop = re.compile(r";|\n\s*(?:var|let|const|[A-Za-z_$][\w$.]*\s*(?:\(|=[^=]))")
    end = _call_end_of_statement(script, start, stop)
    return script[start:end] if end is not None else None


def _call_end_of_statement(script: str, start: int, stop: re.Pattern[str]) -> int | None:
    """Return where a statement assigned from start ends (its ``;`` or the next statement)."""
    match = stop.search(script, start, min(len(script), _room(start, _MAX_CALL)))
    end = match.start() if match is not None else None
    _spend((end or min(len(script), start + _MAX_CALL)) - start)
    return end


def _generic_extras(script: str, variables: dict[str, str], names: set[str], limit: int) -> _Extras:
    """Return what other statements give generic markers.

    Options set on a marker variable after it (``pin.metadata = {…}``), the content of
    the window each marker opens (``info.open(map, marker)``), every window's content
    by position (a window right after its marker), and the plain fields of data objects
    set on a marker (``annotation.data = {id, kecamatan}``).
    """
    properties: dict[str, dict[str, str]] = {}
    fields: dict[str, dict[str, str]] = {}
    for count, match in enumerate(_PROPERTY_SET.finditer(script)):
        if count >= limit:
            break
        if match.group("var") not in names:
            continue
        value = _expression(script, match.end())
        if value is None:
            continue
        own = properties.setdefault(match.group("var"), {})
        prop = match.group("prop").lower()
        if value.lstrip().startswith("{"):
            data = fields.setdefault(match.group("var"), {})
            wrapped = f"{{{prop}: {value}}}" if prop in _DATA_OPTIONS else value
            for key, option in _generic_options(wrapped, variables, data).items():
                own.setdefault(key, option)
        elif (text := _text_value(value, variables)) is not None:
            own.setdefault(prop, text)
    windows: dict[str, str] = {}
    placed: list[tuple[int, str, str]] = []
    for count, match in enumerate(_GENERIC_WINDOW.finditer(script)):
        if count >= limit:
            break
        end = _call_end(script, match.end())
        if end is None:
            continue
        parts = _arguments(script[match.end() : end - 1])
        content: str | None = None
        for part in parts:
            if part.strip().startswith("{"):
                options = _generic_options(part, variables)
                content = next((options[k] for k in options if "<" in options[k]), None)
            else:
                content = _text_value(part, variables)
                content = content if content and "<" in content else None
            if content:
                break
        if content:
            placed.append((match.start(), content, match.group("var") or ""))
            if match.group("var"):
                windows.setdefault(match.group("var"), content)
    for var, body in _card_bodies(script, variables, limit).items():
        windows.setdefault(var, body)
    opened: dict[str, str] = {}
    tied: set[str] = set()
    if windows:
        for pattern in (_WINDOW_OPEN, _WINDOW_TIE):
            for count, match in enumerate(pattern.finditer(script)):
                if count >= limit:
                    break
                if match.group("win") in windows and match.group("marker") in names:
                    opened.setdefault(match.group("marker"), windows[match.group("win")])
                    tied.add(match.group("win"))
    # A window opened on a named marker belongs to it, not to the marker written before it.
    placed_windows = [(at, text) for at, text, var in placed if var not in tied]
    return properties, opened, placed_windows, fields


def _card_bodies(script: str, variables: dict[str, str], limit: int) -> dict[str, str]:
    """Return the markup statements give cards after they are made, header first as written.

    A header holding plain text is read as a heading (the card's title).
    """
    found: dict[str, list[str]] = {}
    if "innerHTML" not in script and ".set" not in script:
        return {}
    for count, match in enumerate(_BODY_SET.finditer(script)):
        if count >= limit:
            break
        if match.group("get") is not None:
            value = _expression(script, match.end())
        else:
            close = _call_end(script, match.end())
            value = script[match.end() : close - 1] if close is not None else None
        text = _text_value(value, variables) if value is not None else None
        if not text:
            continue
        if (match.group("part") or match.group("setpart")) == "Header" and "<" not in text:
            text = f"<b>{text}</b>"
        parts = found.setdefault(match.group("var"), [])
        if len(parts) < _MAX_BODY_PARTS:
            parts.append(text)
    return {var: "".join(parts) for var, parts in found.items() if "<" in "".join(parts)}


def _generic_item(
    args: str,
    after: tuple[dict[str, str], dict[str, str]],
    window: str | None,
    variables: dict[str, str],
    positioned: tuple[dict[str, tuple[float, float] | None], bool],
    base_url: str,
) -> dict[str, JSONValue]:
    """Return another library's marker as an item: position, name, popup media, data.

    A data feature (``new atlas.data.Feature(point, {props}, id)``, an ArcGIS
    ``Graphic(point, symbol, attributes)``) keeps its properties as positional objects
    after its geometry: their plain fields are the camera's own, and its ``Point(x, y)``
    is written longitude first.
    """
    positions, feature = positioned
    options_after, fields_after = after
    parts = _arguments(args)
    options: dict[str, str] = {}
    data: dict[str, str] = {}
    for number, part in enumerate(parts):
        if part.strip().startswith("{"):
            for key, value in _generic_options(part, variables, data).items():
                options.setdefault(key, value)
            if feature:
                # Properties after the geometry; the id an options object gives the feature.
                for key, value in _data_entries(part, variables).items():
                    if (
                        (number > 0 or key == "id")
                        and not looks_like_url(value)
                        and "<" not in value
                    ):
                        data.setdefault(key, value)
    for key, value in options_after.items():
        options.setdefault(key, value)
    for key, value in fields_after.items():
        data.setdefault(key, value)
    for part in parts[1:]:
        # A one-word string among the positional arguments is the marker's id
        # (Mapy.cz new SMap.Marker(coords, "cctv-07", {title})).
        literal = _first_string(part)
        if literal is not None and _TOKEN.fullmatch(literal) and literal == part.strip()[1:-1]:
            data.setdefault("id", literal)
            break
    markups = [value for value in options.values() if "<" in value][:8]
    if window:
        markups.append(window)
    plain = {k: v for k, v in options.items() if "<" not in v}
    position = _generic_position(parts, positions, lng_first=feature)
    return _marker_item(plain, tuple(markups), position, base_url, data)


_Extras = tuple[
    dict[str, dict[str, str]], dict[str, str], list[tuple[int, str]], dict[str, dict[str, str]]
]


def _generic_marker(
    script: str,
    where: tuple[str, int, int, str | None],
    extras: _Extras,
    variables: dict[str, str],
    positions: tuple[dict[str, tuple[float, float] | None], bool],
    base_url: str,
    reading: tuple[tuple[float, float] | None, str | None] = (None, None),
) -> dict[str, JSONValue]:
    """Return another library's marker: its arguments, their end, the next marker, its variable.

    positions holds the position variables and whether the marker is a data feature.
    """
    args, end, limit, var = where
    properties, opened, placed, fields = extras
    window = opened.get(var or "")
    at = bisect_left(placed, (end, ""))
    if window is None and at < len(placed) and placed[at][0] < limit:
        window = placed[at][1]
    after = properties.get(var or "", {}), fields.get(var or "", {})
    item = _generic_item(args, after, window, variables, positions, base_url)
    _chained_media(item, script[end : min(limit, end + _MAX_CALL)], variables, base_url, reading)
    return item


# A marker placed at a member of a keyed object of positions (``Koordinaten.igls``,
# ``coords["simpang-tiga"]``), and such an object's declaration and entries.
_MEMBER_ARG = re.compile(
    r"\s*([A-Za-z_$][\w$]*)\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*([\"'])([^\"'\\\n]{1,80})\3\s*\])"
    r"\s*(?:,|$)"
)
_TABLE_ENTRY = re.compile(
    rf"(?:([A-Za-z_$][\w$]*)|([\"'])([^\"'\\\n]{{1,80}})\2)\s*:\s*\[\s*({_NUM})\s*,\s*({_NUM})\s*\]"
)
_MAX_TABLE_CHARS = 65_536
_MAX_TABLE_ENTRIES = 2000
_MAX_TABLES = 16
_MAX_TABLE_DECLARATIONS = 8
_IDENTIFIER_END = re.compile(r"[\w$.]")


class _PositionTables:
    """Objects of a script keyed by place, each value a literal ``[lat, lng]`` pair.

    ``const Koordinaten = {igls: [47.23, 11.408], …}`` and markers placed at its members
    (``L.marker(Koordinaten.igls)``): a table is read only when a marker names it, from
    its one declaration (a name declared twice is no table), at most 64 KB of it.
    """

    def __init__(self, script: str) -> None:
        """Remember the script; nothing is scanned yet."""
        self._script = script
        self._tables: dict[str, dict[str, tuple[float, float]]] = {}

    def position(self, args: str) -> tuple[float, float] | None:
        """Return the pair a marker's first argument names as a table's member."""
        match = _MEMBER_ARG.match(args)
        if match is None:
            return None
        name, key = match.group(1), match.group(2) or match.group(4)
        if name not in self._tables:
            if len(self._tables) >= _MAX_TABLES:
                return None
            self._tables[name] = self._read(name)
        pair = self._tables[name].get(key)
        return _in_range(*pair) if pair is not None else None

    def _read(self, name: str) -> dict[str, tuple[float, float]]:
        # A literal prefix: the scan skips ahead to each occurrence of the name.
        declared = re.compile(rf"{re.escape(name)}\s*=(?![=>])\s*\{{")
        found = [
            match
            for match in islice(declared.finditer(self._script), _MAX_TABLE_DECLARATIONS)
            if not _IDENTIFIER_END.match(self._script[max(0, match.start() - 1) : match.start()])
        ]
        if len(found) != 1:
            return {}
        start = found[0].end() - 1
        end = _call_end(self._script, start + 1)
        body = self._script[start : end if end is not None else start]
        if not body or len(body) > _MAX_TABLE_CHARS:
            return {}
        table: dict[str, tuple[float, float]] = {}
        for entry in islice(_TABLE_ENTRY.finditer(body), _MAX_TABLE_ENTRIES):
            key = entry.group(1) or entry.group(3)
            table[key] = float(entry.group(4)), float(entry.group(5))
        return table


def _marker_position(
    family: str,
    args: str,
    start: int,
    lonlats: list[tuple[int, str, float, float]],
    positions: dict[str, tuple[float, float] | None],
    tables: _PositionTables | None = None,
) -> tuple[float, float] | None:
    """Return (lat, lng) of a known library's marker.

    Google and Leaflet markers and OpenLayers points may name a variable set to a
    position constructor or factory (``var titik = L.latLng(…)``, ``ol.proj.fromLonLat``),
    and Leaflet markers a member of a keyed object of positions.
    """
    if family == "ol2":
        return _ol2_position(args, start, lonlats)
    position = _position(family, args)
    if position is None and family in ("google", "leaflet") and positions:
        position = _generic_position(_arguments(args), positions)
    if position is None and family == "leaflet" and tables is not None:
        position = tables.position(args)
    if position is None and family == "ol" and (point := _OL_POINT_VAR.search(args)):
        position = positions.get(point.group(1))
    return position


def _builder_calls(
    script: str, where: tuple[int, int, str | None], statements: dict[str, list[int]]
) -> list[tuple[str, str]]:
    """Return the setter calls of a marker: chained to it, or on its variable until the next."""
    end, limit, var = where
    calls = chain_calls(script, end, limit, _call_end)
    own = statements.get(var or "", [])
    for at in own[bisect_left(own, end) :]:
        if at >= limit or len(calls) >= _MAX_BUILDER_CALLS:
            break
        calls.extend(chain_calls(script, at, limit, _call_end))
    return calls[:_MAX_BUILDER_CALLS]


def _builder_reading(
    calls: list[tuple[str, str]],
    variables: dict[str, str],
    positions: tuple[dict[str, tuple[float, float] | None], dict[str, tuple[float, float]]],
) -> tuple[tuple[float, float] | None, str | None]:
    """Return the position and popup markup a marker's setter calls give.

    ``setLngLat`` takes a ``[lng, lat]`` pair, a ``{lng, lat}`` object, a position
    constructor or a variable holding one; ``setPopup`` a popup object built inline
    (``new tt.Popup().setHTML(…)``, also wrapped in a page function) or a variable.
    """
    position: tuple[float, float] | None = None
    popup: str | None = None
    built, pairs = positions
    for method, args in calls:
        if method == "setLngLat" and position is None:
            position = _value_position(args, True, built)
            name = _IDENTIFIER.match(args)
            if position is None and name is not None and name.group(1) in pairs:
                position = _pair_position(*pairs[name.group(1)], True)
        elif method in ("setPopup", "setHTML") and popup is None:
            popup = _content(args, variables)
            if popup is None and (inner := _SET_CONTENT.search(args)) is not None:
                close = _call_end(args, inner.end())
                popup = _content(args[inner.end() : close - 1], variables) if close else None
    return position, popup


def _chained_media(
    item: dict[str, JSONValue],
    chain: str,
    variables: dict[str, str],
    base_url: str,
    reading: tuple[tuple[float, float] | None, str | None] = (None, None),
) -> None:
    """Add what calls chained to a marker give: ``.setLngLat([lng, lat])``, ``.setHTML('…')``.

    What its own setter calls give comes first; else the first such calls before the
    next marker.
    """
    position, html_text = reading
    if "lat" not in item and position is not None:
        item["lat"], item["lng"] = position
    if "lat" not in item and (lnglat := _LNGLAT.search(chain)) is not None:
        item["lat"], item["lng"] = float(lnglat.group(2)), float(lnglat.group(1))
    if html_text is None and (html_call := _SET_HTML.search(chain)) is not None:
        close = _call_end(chain, html_call.end())
        html_text = _content(chain[html_call.end() : close - 1], variables) if close else None
    if html_text is not None:
        if html_text and "name" not in item and (name := _popup_name(html_text)):
            if not generic_label(name):
                item["name"] = name
        for key, value in html_media(html_text or "", base_url).items():
            item.setdefault(key, value)
        if html_text and not any(norm_key(key) in AREA_KEYS for key in item):
            if (area := popup_area(html_text)) is not None:
                item["area"] = area


def _undecorate(items: list[JSONValue]) -> None:
    """Drop a still shown by markers of different cameras: a theme picture, no still."""
    shown: dict[str, set[tuple[str, ...]]] = {}
    for item in items:
        if isinstance(item, dict) and isinstance(still := item.get("snapshot"), str):
            others = tuple(str(item.get(k)) for k in ("stream", "mjpeg", "name", "lat", "lng"))
            shown.setdefault(still, set()).add(others)
    shared = {still for still, owners in shown.items() if len(owners) > 1}
    if not shared:
        return
    for item in items:
        if isinstance(item, dict) and item.get("snapshot") in shared:
            del item["snapshot"]


class _MarkerCall:
    """A marker constructor's match, from the variable it is assigned to if any."""

    __slots__ = ("_call", "_start", "_var")

    def __init__(self, call: re.Match[str], start: int, var: str | None) -> None:
        self._call, self._start, self._var = call, start, var

    def start(self) -> int:
        """Return where the statement starts (its ``var``/``let``/``const``, its variable)."""
        return self._start

    def end(self) -> int:
        """Return where the constructor's arguments start."""
        return self._call.end()

    def group(self, name: str) -> str | Any:
        """Return the variable (``var``) or the constructor's family group (as re.Match)."""
        return self._var if name == "var" else self._call.group(name)


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_$"


def _assigned(script: str, start: int, floor: int) -> tuple[int, str | None]:
    """Return where a marker statement starts and its variable: ``var m = `` before start.

    Read back from the constructor at start, never before floor (the previous marker's
    end): the variable is the word before an ``=`` written just before it, with the
    ``var``/``let``/``const`` before that word if any.
    """
    at = start
    while at > floor and script[at - 1].isspace():
        at -= 1
    if at <= floor or script[at - 1] != "=":
        return start, None
    at -= 1
    while at > floor and script[at - 1].isspace():
        at -= 1
    word_end = at
    while at > floor and _word_char(script[at - 1]):
        at -= 1
    word_start = at
    first = script[word_start] if word_start < word_end else ""
    if not first or not (first.isascii() and (first.isalpha() or first in "_$")):
        return start, None
    if word_start > 0 and _word_char(script[word_start - 1]):
        return start, None  # the word goes on before floor
    begin = word_start
    while at > floor and script[at - 1].isspace():
        at -= 1
    if at < word_start:
        for keyword in ("var", "let", "const"):
            before = at - len(keyword)
            if (
                before >= floor
                and script.startswith(keyword, before)
                and (before == 0 or not (script[before - 1].isalnum() or script[before - 1] == "_"))
            ):
                begin = before
                break
    if _MARKER_VAR.fullmatch(script, begin, start) is None:
        return start, None
    return begin, script[word_start:word_end]


def _marker_calls(script: str) -> list[_MarkerCall]:
    """Return the script's marker constructors (at most _MAX_MARKERS), each with its variable."""
    calls: list[_MarkerCall] = []
    floor = 0
    for call in islice(_MARKER_CALL.finditer(script), _MAX_MARKERS):
        begin, var = _assigned(script, call.start(), floor)
        calls.append(_MarkerCall(call, begin, var))
        floor = call.end()
    return calls


def _popup_windows(
    script: str,
    markers: list[_MarkerCall],
    families: list[str],
    variables: dict[str, str],
) -> tuple[dict[str, list[int]], OpenedWindows | None]:
    """Return where each family's windows take their content, and the windows opened on markers.

    A window opened on a named Google marker is that marker's, so it is not among the
    windows read by position (the one written after a marker).
    """
    opened = (
        OpenedWindows(
            script,
            frozenset(
                m.group("var")
                for f, m in zip(families, markers, strict=True)
                if f == "google" and m.group("var")
            ),
            _call_end,
            lambda args: _window_content("google", args, variables),
        )
        if "google" in families
        else None
    )
    windows = {
        family: [
            m.end()
            for m in islice(pattern.finditer(script), _MAX_MARKERS * 2)
            if opened is None or m.end() not in opened.tied
        ]
        for family, pattern in _WINDOWS.items()
        if family in families
    }
    return windows, opened


def _window_popup(
    script: str,
    family: str,
    span: tuple[int, int, str | None, bool],
    found: tuple[dict[str, list[int]], OpenedWindows | None],
    variables: dict[str, str],
) -> str | None:
    """Return a marker's window content: the window opened on it, else the one after it.

    span is the marker call's end, where the next marker starts, its variable and
    whether that variable holds this marker only.
    """
    end, limit, var, only = span
    windows, opened = found
    if opened is not None and family == "google" and var:
        if (content := opened.content(var, end, limit, only)) is not None:
            return content
    if family not in windows:
        return None
    starts = windows[family]
    at = bisect_left(starts, end)
    start = starts[at] if at < len(starts) and starts[at] < limit else None
    if start is not None and (close := _call_end(script, start)) is not None:
        return _window_content(family, script[start : close - 1], variables)
    return None


def _marker_handler(
    groups: LayerGroups | None,
    args: str,
    family: str,
    span: tuple[int, int, int, int, str | None],
) -> str | None:
    """Return a marker's click handler: its variable's, else its element's.

    A MapLibre or Mapbox marker built on a page element (``new maplibregl.Marker({element:
    el})``, ``new mapboxgl.Marker(el)``) is clicked through that element: the element's
    listener written after the marker before it and before the marker, else the first
    after it, before the next.
    """
    if groups is None:
        return None
    floor, start, end, limit, var = span
    if (own := groups.handler(var, end, limit)) is not None:
        return own
    element = _ELEMENT_ARG.match(args) if family in ("gl", "generic") else None
    if element is None:
        return None
    return groups.element_handler(element.group(1) or element.group(2), (floor, start, limit))


def marker_items(script: str, base_url: str) -> list[JSONValue]:
    """Return one item per literal map marker of a script."""
    functions = ScriptFunctions(script)
    token = _TEMPLATES.set(PopupTemplates(functions, _call_end, _arguments))
    try:
        return _marker_items(functions, base_url)
    finally:
        _TEMPLATES.reset(token)


def _marker_items(functions: ScriptFunctions, base_url: str) -> list[JSONValue]:
    """Return one item per literal map marker of a script (templates already read)."""
    script = functions.script
    variables = _popup_variables(script)
    binds: dict[str, list[tuple[int, str]]] = {}
    for count, match in enumerate(_BIND.finditer(script)):
        if count >= _MAX_MARKERS * 2:
            break
        end = _call_end(script, match.end())
        if end is not None and (content := _content(script[match.end() : end - 1], variables)):
            binds.setdefault(match.group("var"), []).append((match.start(), content))
    tooltips: dict[str, list[int]] = {}
    for count, match in enumerate(_TOOLTIP.finditer(script)):
        if count >= _MAX_MARKERS * 2:
            break
        tooltips.setdefault(match.group("var"), []).append(match.end())
    markers = _marker_calls(script)
    families = [next(f for f in _FAMILIES if m.group(f) is not None) for m in markers]
    names = Counter(m.group("var") for m in markers if m.group("var"))
    windows, opened = _popup_windows(script, markers, families, variables)
    lonlats = (
        [
            (m.start(), m.group(1), float(m.group(2)), float(m.group(3)))
            for m in islice(_OL2_VAR.finditer(script), _MAX_MARKERS * 2)
        ]
        if "ol2" in families
        else []
    )
    positions = _position_vars(script)
    extras = (
        _generic_extras(
            script,
            variables,
            {m.group("var") for m in markers if m.group("var")},
            _MAX_MARKERS * 2,
        )
        if "generic" in families or "feature" in families
        else ({}, {}, [], {})
    )
    groups = (
        LayerGroups(script, _call_end, lambda text: _arguments(text, _MAX_GROUP_ENTRIES))
        if markers
        else None
    )
    ids = MarkerIds(script, frozenset(names), _string_at)
    builders = "setLngLat" in script or "setPopup" in script
    statements = _var_statements(script, frozenset(names)) if builders else {}
    built = (positions, _pair_vars(script) if "setLngLat" in script else {})
    helpers = HelperParams(functions, _call_end, _arguments)
    tables = _PositionTables(script)
    items: list[JSONValue] = []
    # What marks each item's marker (its icon, its layers), None for other items.
    tags: list[tuple[str, bool] | None] = []
    for number, marker in enumerate(markers):
        end = _call_end(script, marker.end())
        if end is None:
            continue
        family = families[number]
        limit = markers[number + 1].start() if number + 1 < len(markers) else len(script)
        floor = markers[number - 1].end() if number else 0
        args = script[marker.end() : end - 1]
        var = marker.group("var")
        calls = chain_calls(script, end, limit, _call_end) if family == "leaflet" else []
        handler = next(
            (a for m, a in calls if m in _HANDLER_CALLS and _CLICK.match(a)),
            _marker_handler(groups, args, family, (floor, marker.start(), end, limit, var)),
        )
        clicked = handler_media(handler, _string_at) if handler else {}
        passed = helpers.fields(handler, _string_at) if handler else {}
        given = ids.fields(var, end, limit, names[var] == 1) if var else {}
        reading: tuple[tuple[float, float] | None, str | None] = (None, None)
        if builders and family in ("generic", "gl", "feature"):
            calls = _builder_calls(script, (end, limit, var), statements)
            reading = _builder_reading(calls, variables, built)
        if family in ("generic", "feature"):
            item = _generic_marker(
                script,
                (args, end, limit, var),
                extras,
                variables,
                (positions, family == "feature"),
                base_url,
                reading,
            )
            for key, value in given.items():
                item.setdefault(key, value)
            _add_missing(item, clicked)
            _add_missing(item, passed)
            if len(item) > 1:
                items.append(item)
                tags.append(None)
            continue
        position = _marker_position(family, args, marker.start(), lonlats, positions, tables)
        options = _strings(args)
        popup: str | None = None
        label: str | None = None
        if family == "leaflet":
            chained = _CHAIN_BIND.match(script, end)
            if chained is not None:
                close = _call_end(script, chained.end())
                if close is not None:
                    popup = _content(script[chained.end() : close - 1], variables)
            label = _leaflet_label(script, end, limit, var, tooltips, variables)
        elif family == "gl":
            # Mapbox GL / MapLibre: marker.setLngLat([lng, lat]).setPopup(…setHTML('…')).
            chain = script[end : min(limit, end + _MAX_CALL)]
            position, popup = reading
            if position is None and (lnglat := _LNGLAT.search(chain)) is not None:
                position = float(lnglat.group(2)), float(lnglat.group(1))
            if popup is None and (html_call := _SET_HTML.search(chain)) is not None:
                close = _call_end(chain, html_call.end())
                if close is not None:
                    popup = _content(chain[html_call.end() : close - 1], variables)
        if popup is None and var and family in ("leaflet", "here"):
            # The bind that follows this marker, else the first bind of its variable.
            own = binds.get(var, [])
            at = bisect_left(own, (end, ""))
            after = own[at] if at < len(own) and own[at][0] < limit else None
            chosen = after or (own[0] if own else None)
            popup = chosen[1] if chosen else None
        if popup is None:
            span = (end, limit, var, names[var] == 1)
            popup = _window_popup(script, family, span, (windows, opened), variables)
        if label is not None:
            options.setdefault("title", _fuller_label(label, popup))
        fields = _own_fields(args, groups.area(var, calls, marker.start()) if groups else None)
        # The library's own id beats an id kept in the options, which beats one handed
        # to a page helper by the marker's click handler.
        fields = {**passed, **fields, **given}
        item = _marker_item(options, _markup_sources(options, popup), position, base_url, fields)
        _add_missing(item, clicked)
        if len(item) > 1:
            items.append(item)
            tags.append(marker_tag(args, calls) if family == "leaflet" else None)
    items = _camera_markers(items, tags)
    if len(items) < _MAX_MARKERS and ("function" in script or "=>" in script):
        items.extend(_helper_items(functions, base_url, variables)[: _MAX_MARKERS - len(items)])
    _undecorate(items)
    return items


def _camera_markers(items: list[JSONValue], tags: list[tuple[str, bool] | None]) -> list[JSONValue]:
    """Return the marker items without the other things a camera map marks apart."""
    if not any(tags):
        return items
    pairs = [(item, tag) for item, tag in zip(items, tags, strict=True) if isinstance(item, dict)]
    if len(pairs) != len(items):
        return items
    return list(drop_other_markers(pairs))


def player_streams(script: str, base_url: str, skip: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Return the stream URLs a script hands to a video player, as literals or variables.

    Only streams count (HLS, DASH, RTSP, FLV): a ``src`` option holding an image or a
    page is no camera. Variables are read only when set once to a string literal.
    Streams inside the skip spans (players already read as cameras) are left out.
    """
    variables = _string_vars(script)
    found: list[str] = []
    for match in _PLAYER_ARG.finditer(script):
        if len(found) >= _MAX_PLAYER_STREAMS:
            break
        if any(begin <= match.start() < end for begin, end in skip):
            continue
        start = match.end()
        value: str | None = None
        if script[start : start + 1] in ("'", '"', "`"):
            literal = _string_at(script, start)
            value = literal[0] if literal is not None else None
        elif (
            name := re.match(r"[A-Za-z_$][\w$]*(?![\w$.(\[])", script[start : start + 64])
        ) is not None:
            value = variables.get(name.group())
        if value is None or not looks_like_url(value):
            continue
        url = resolve_url(value, base_url)
        if url is not None and url_kind(url) == "stream" and url not in found:
            found.append(url)
    return found
