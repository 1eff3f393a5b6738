"""Field values: JSON types, canonical field names, and text, number and status values."""

from __future__ import annotations

import base64
import binascii
from functools import lru_cache
import html
from html.entities import html5
import itertools
import math
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .aliases import (
    ABBREVIATIONS,
    ALIAS_KEYS,
    GENERIC_LINK_WORDS,
    MJPEG_KEYS,
    OFFLINE_WORDS,
    ONLINE_WORDS,
    PRICE_KEY_WORDS,
    PRODUCT_KEY_WORDS,
    QUALITY_RANKS,
    SNAPSHOT_KEYS,
    STREAM_KEYS,
    UNKNOWN_NUMBERS,
    WEBCAM_LINK_WORDS,
    WEBCAM_VIEW_WORDS,
    WEBCAM_WORDS,
)

if TYPE_CHECKING:
    from collections.abc import Mapping


type JSONValue = bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None
type JSONObject = dict[str, JSONValue]


class ReaderText(str):
    """Text a page reader puts under a NUL key of an item it built itself.

    Only a reader makes one (a viewer page it checked, ``VIEWER_PAGE_KEY``); a payload's
    decoder makes plain ``str``. A key holding a NUL whose value is not one of these
    came with the payload, and its item's index leaves it out (``payload_sentinel``).
    """

    __slots__ = ()


def payload_sentinel(key: str, value: object) -> bool:
    """Say whether a field is a payload's copy of a reader's NUL key: never read."""
    return "\0" in key and type(value) is not ReaderText


_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEPARATORS = re.compile(r"[-\s.]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_MAX_TEXT = 4000
# Markup in a field value (a rendered table cell, a badge): a tag, never a bare "<".
_MARKUP_TAG = re.compile(r"<[a-zA-Z/!][^<>]{0,2000}>")
_LINE_TAG = re.compile(r"<(?:br|hr|/p|/div|/li|/h[1-6]|/tr)\b[^<>]{0,2000}>", re.IGNORECASE)
_HIDDEN_TAGS = re.compile(
    r"<(script|style|template)\b[^<>]{0,2000}>.{0,4000}?</\1\s*>", re.IGNORECASE | re.DOTALL
)


# A character escaped in an internal column name (SharePoint ``Camera_x0020_nummer``,
# ``L_x00e4_ngengrad``; Excel and OData do the same): read as the character itself.
_ESCAPED_CHAR = re.compile(r"_x([0-9a-fA-F]{4})_")


def _unescaped_char(match: re.Match[str]) -> str:
    """Return the character an ``_xHHHH_`` escape stands for (separators as a space)."""
    char = chr(int(match.group(1), 16))
    return char if char.isalnum() else " "


_BUILDER_PREFIX = "x_studio_"
# Field names written run together in one case, without a separator or a capital to split
# them (a video-analysis box's ``rtspurl``, ``netstatus``, ``chnstatus``; Hikvision's
# ``RTSPURL``): the separated field each spells. Only whole names are mapped, so a name
# that merely starts or ends so (``imageurl``, ``docstatus``) keeps its own reading.
_RUN_TOGETHER_KEYS = {
    "rtspurl": "rtsp_url",
    "hlsurl": "hls_url",
    "flvurl": "flv_url",
    "streamurl": "stream_url",
    "liveurl": "live_url",
    "videourl": "video_url",
    "netstatus": "net_status",
    "networkstatus": "network_status",
    "linkstatus": "link_status",
    "chnstatus": "channel_status",
    "channelstatus": "channel_status",
}
# A media column written with its address word first (``URL RTSP``, ``Link HLS``,
# ``urlSnapshot``, ``Alamat RTSP``): the field ``{kind}_url`` names (``rtsp_url``). A
# table's or a sheet's header is always read so; a record's key only beside another
# (``urlRTSP`` with ``urlHLS``): a server's record naming one ``url_rtsp`` keeps its
# camera's input there, never a stream.
_ADDRESS_WORDS = ("url_", "link_", "uri_", "alamat_", "tautan_")
_MEDIA_URL_KEYS = frozenset(key for key in (*STREAM_KEYS, *SNAPSHOT_KEYS, *MJPEG_KEYS))
_MIN_ADDRESS_FIRST_KEYS = 2


def _media_address_first(canonical: str) -> str:
    """Return ``{kind}_url`` for a media column named address word first, else as given."""
    for word in _ADDRESS_WORDS:
        if canonical.startswith(word) and (
            (kind := f"{canonical[len(word) :]}_url") in _MEDIA_URL_KEYS
        ):
            return kind
    return canonical


def named_address_first(canonical: str) -> bool:
    """Return True for a canonical key naming a media field address word first (url_rtsp)."""
    return _media_address_first(canonical) != canonical


def media_column(name: str) -> str:
    """Return a table header naming a media column address word first as its field.

    ``URL RTSP`` is ``rtsp_url`` and ``Link HLS`` ``hls_url``; any other header is
    returned as given.
    """
    canonical = norm_key(name)
    field = _media_address_first(canonical)
    return name if field == canonical else field


# Fields of a camera record saying which of its addresses it plays (an RTSP/embed
# camera manager's ``camera_type: "rtsp"`` beside ``url_rtsp`` and ``embed_url``).
_CAMERA_TYPE_KEYS = ("camera_type", "cam_type", "stream_type", "tipe_kamera", "jenis_stream")
_MAX_TYPE_WORD = 16


def _typed_address(
    index: Mapping[str, JSONValue], own: frozenset[str], named: Mapping[str, str]
) -> bool:
    """Return True when a record's camera-type field names its one address-first field.

    A camera manager keeping RTSP and embedded cameras in one table (``{camera_type:
    "rtsp", url_rtsp, embed_url: null}``) says by the type that ``url_rtsp`` is the
    camera's own stream, not a media server's input; a type naming another medium
    (``embed``) or no type at all leaves a lone ``url_rtsp`` as written.
    """
    if len(named) != 1:
        return False
    ((key, _field),) = named.items()
    medium = key.split("_", 1)[1]
    for type_key in _CAMERA_TYPE_KEYS:
        value = index.get(type_key) if type_key in own else None
        if isinstance(value, str) and len(value) <= _MAX_TYPE_WORD:
            return value.strip().lower() == medium and isinstance(index.get(key), str)
    return False


def address_first_fields(
    index: Mapping[str, JSONValue], own: frozenset[str]
) -> tuple[dict[str, JSONValue], frozenset[str]]:
    """Return a record's fields with its media keys named address word first renamed.

    A record naming two or more media fields so (``urlRTSP`` and ``urlHLS``, an admin
    table's columns) has them read as ``rtsp_url`` and ``hls_url``; the field's own
    spelling wins. A record naming only one (a media server's ``url_rtsp`` input) keeps
    it as written.
    """
    named = {key: field for key in own if (field := _media_address_first(key)) != key}
    if len(set(named.values())) < _MIN_ADDRESS_FIRST_KEYS and not _typed_address(index, own, named):
        return dict(index), own
    fields = dict(index)
    for key, field in sorted(named.items()):
        if field not in own:
            fields.setdefault(field, index[key])
    return fields, own | frozenset(named.values())


# The words of a column header's note in parentheses (``rtsp_(internal)``).
_NOTE_WORDS = re.compile(r"[^\W_]+")


def _without_note(canonical: str) -> str:
    """Return a header without its note in parentheses when the note names no field.

    ``RTSP (internal)`` is the ``rtsp`` column and ``Lat (WGS84)`` the ``lat`` one: the
    words before the note are a known field's name, and no word of the note is. A note
    naming fields of its own (``Lokasi CCTV (latitude,longitude)``) keeps the header
    whole.
    """
    head, _, note = canonical[:-1].rpartition("_(")
    if head not in ALIAS_KEYS:
        return canonical
    if any(word in ALIAS_KEYS for word in _NOTE_WORDS.findall(note)):
        return canonical
    return head


# A media field named with ``uri`` for ``url`` (an API's ``imageUri``, ONVIF's
# ``StreamUri`` and ``SnapshotUri``): the ``_url`` field of that media. A bare ``uri`` (a
# map's ``uri: "camera/18493"`` reference) and other ``*_uri`` fields stay as written.
_URI_ENDING = "_uri"
# A stream field named in another language: an address word and the language's word for
# a stream (French ``URL_FLUX``, ``url_flux_donnee``, Spanish ``url_flujo``, Portuguese
# ``link_fluxo``, Italian ``url_flusso``), with at most one qualifier of video or data.
# A feed of news (``url_flux_rss``, ``url_flujo_noticias``) names no stream.
_FOREIGN_ADDRESS_WORDS = frozenset(
    {"url", "uri", "lien", "link", "enlace", "adresse", "direccion", "endereco", "indirizzo"}
)
_FOREIGN_STREAM_WORDS = frozenset({"flux", "flujo", "fluxo", "flusso"})
_FOREIGN_VIDEO_QUALIFIERS = frozenset(
    {"video", "vidéo", "vídeo", "camera", "camara", "cámara", "cam", "webcam", "cctv"}
)
_FOREIGN_STREAM_QUALIFIERS = frozenset(
    {"video", "vidéo", "vídeo", "donnee", "donnée", "donnees", "données", "datos", "dados"}
    | {"dati", "direct", "directo", "direto", "diretta", "live", "camera", "camara", "cámara"}
)


def _foreign_stream_field(canonical: str) -> bool:
    """Return True for a stream field named in another language (``url_flux_donnee``)."""
    words = canonical.split("_", 3)
    if len(words) not in (2, 3):
        return False
    first, second, *rest = words
    if rest and rest[0] not in _FOREIGN_STREAM_QUALIFIERS:
        return False
    return (first in _FOREIGN_ADDRESS_WORDS and second in _FOREIGN_STREAM_WORDS) or (
        not rest and first in _FOREIGN_STREAM_WORDS and second in _FOREIGN_ADDRESS_WORDS
    )


# Words of a foreign stream field's address that say it shows video: a player or viewer
# page (``visionneuse.html``, ``visor/c11``, ``FenetreVideo.html``), a camera, a video
# stream (``.m3u8``, ``mjpg``, ``rtsp://``). A data feed (``gtfs-rt``, ``gbfs.json``), a
# radio or a podcast (``.mp3``, ``feed.xml``, an Icecast mount) has none of them.
_FOREIGN_VIDEO_PARTS = (
    *("video", "vidéo", "vídeo", "visor", "visionneuse", "viewer", "player", "lecteur"),
    *("reproductor", "camera", "camara", "cámara", "webcam", "cctv", "mjpg", "mjpeg"),
    *("m3u8", "mpd", "rtsp", "hls", "flv"),
)
_FOREIGN_CAM_WORD = re.compile(r"(?<![a-z])cams?(?![a-z])")


def foreign_stream_value(key: str, value: object) -> bool:
    """Return False for a foreign stream field (``url_flux``) whose address shows no video.

    ``flux``, ``flujo`` and ``fluxo`` are any feed: French open data's ``url_flux_donnees``
    is a GTFS-RT or GBFS data feed, a radio's ``url_flux`` its MP3 or Icecast mount, a
    podcast's its RSS. Such a field is a stream only when it is named for video
    (``url_flux_video``) or its address shows video (a player page, a camera, HLS, RTSP,
    MJPEG). Any other field, and an empty value, is kept.
    """
    canonical = _SEPARATORS.sub("_", _CAMEL.sub("_", key.strip())).lower()
    if not isinstance(value, str) or not value.strip() or not _foreign_stream_field(canonical):
        return True
    if not _FOREIGN_VIDEO_QUALIFIERS.isdisjoint(canonical.split("_")):
        return True
    address = value.strip().lower()[:512]
    return any(part in address for part in _FOREIGN_VIDEO_PARTS) or bool(
        _FOREIGN_CAM_WORD.search(address)
    )


def _media_field_spelling(canonical: str) -> str:
    """Return the media field a ``*_uri`` or another language's stream field names."""
    if canonical.endswith(_URI_ENDING) and (url := canonical[:-1] + "l") in _MEDIA_URL_KEYS:
        return url
    if _foreign_stream_field(canonical):
        return "stream_url"
    return canonical


@lru_cache(maxsize=2048)
def _norm_short_key(key: str) -> str:
    """Return the canonical form of a field name of ordinary length."""
    if "_x" in key:
        key = _ESCAPED_CHAR.sub(_unescaped_char, key)
    canonical = _SEPARATORS.sub("_", _CAMEL.sub("_", key.strip())).lower()
    canonical = _RUN_TOGETHER_KEYS.get(canonical, canonical)
    if canonical.endswith(")") and "_(" in canonical:
        canonical = _without_note(canonical)
    if canonical.startswith(_BUILDER_PREFIX) and len(canonical) > len(_BUILDER_PREFIX):
        # Fields added with a business suite's visual builder (Odoo Studio's
        # ``x_studio_kecamatan``) are named like the plain field after its prefix.
        canonical = canonical[len(_BUILDER_PREFIX) :]
    if "_" in canonical:
        # Column abbreviations of Indonesian databases: kd_cctv, nm_cctv, nm_kec.
        head, _, rest = canonical.partition("_")
        if head in ABBREVIATIONS and rest:
            canonical = f"{ABBREVIATIONS[head]}_{rest}"
        canonical = _media_field_spelling(canonical)
    return canonical


def norm_key(key: str) -> str:
    """Return a field name in the canonical snake_case form used for alias lookups."""
    if len(key) > 64:
        return _SEPARATORS.sub("_", _CAMEL.sub("_", key.strip())).lower()
    return _norm_short_key(key)


def index_keys(item: Mapping[str, JSONValue]) -> dict[str, JSONValue]:
    """Return the item's values by canonical key; the first spelling of a key wins."""
    index: dict[str, JSONValue] = {}
    for key, value in item.items():
        canonical = norm_key(key)
        if canonical == "stream_url" and not foreign_stream_value(key, value):
            continue  # a data feed, radio or podcast named with a foreign stream word
        if not payload_sentinel(canonical, value):
            index.setdefault(canonical, value)
    return index


def clean_text(value: str) -> str | None:
    """Return text unescaped, without control characters, whitespace collapsed."""
    text = value[:_MAX_TEXT]
    if "&" in text:
        text = html.unescape(text)
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = " ".join(_CONTROL.sub("", text).split())
    return text or None


def stripped_value(
    value: JSONValue, limit: int | None = None, *, integers: bool = False
) -> str | None:
    """Return a string value (its first ``limit`` characters) stripped, else None.

    An empty or blank string is None; with ``integers`` an integer (never a boolean) is
    its digits. Nothing else is unescaped or collapsed: ``cleaned_value`` does that.
    """
    if isinstance(value, str):
        return value[:limit].strip() or None
    if integers and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def cleaned_value(value: JSONValue, limit: int, *, integers: bool = False) -> str | None:
    """Return a string value's first ``limit`` characters as ``clean_text`` reads them.

    With ``integers`` an integer (never a boolean) is its digits; anything else is None.
    """
    if isinstance(value, str):
        return clean_text(value[:limit])
    if integers and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


# Named references HTML still reads without their semicolon (``&copy``, ``&reg``,
# ``&times``, ``&para``, ``&not``…). Inside an attribute such a name followed by ``=``,
# a letter or a digit is no reference: ``snap.jpg?cam=1&region=2&timestamp=9`` is a
# query, never ``?cam=1®ion=2×tamp=9``. The markup characters (``&lt``, ``&gt``,
# ``&quot``, ``&amp``) are always read as such, so an address holding one is cut there.
_LEGACY_NAMES = frozenset(
    name
    for name in html5
    if not name.endswith(";") and name.lower() not in ("lt", "gt", "quot", "amp")
)
# A reference read only when its name starts with one of those: any other name is kept
# as written whatever follows, so a query of plain fields (``&cam=1&page=2``) costs no
# look at each of its ampersands.
_NAMED_REFERENCE = re.compile(
    r"&(?=" + "|".join(sorted(_LEGACY_NAMES)) + r")([A-Za-z][A-Za-z0-9]{0,31})(;?)"
)


# Stands for a literal ampersand while the rest of a value is decoded: a noncharacter,
# which no reference decodes to (``&#xFDD0;`` decodes to nothing).
_LITERAL_MARK = "\ufdd0"


def _literal_as(value: str, stand_in: str) -> str:
    """Return value with each ampersand an attribute keeps literal written as stand_in."""

    def written(match: re.Match[str]) -> str:
        text, end = match.group(), match.end()
        if _literal_reference(text, match.string[end : end + 1]):
            return stand_in + text[1:]
        return text

    return _NAMED_REFERENCE.sub(written, value)


@lru_cache(maxsize=1024)
def _literal_reference(written: str, following: str) -> bool:
    """Return True when a reference (``&para``, ``&notin;``) before a character is literal.

    Pages repeat the same few query fields thousands of times: each is decided once.
    """
    name, semicolon = written[1:].removesuffix(";"), written.endswith(";")
    if semicolon and f"{name};" in html5:
        return False
    for end in range(len(name), 1, -1):
        if name[:end] not in _LEGACY_NAMES:
            continue
        after = name[end] if end < len(name) else following
        return after.isalnum() or (after == "=" and not semicolon)
    return False


def literal_ampersands(value: str) -> str:
    """Return value with the ampersands an attribute keeps literal escaped as ``&amp;``."""
    return _literal_as(value, "&amp;") if "&" in value else value


def marked_ampersands(value: str) -> str:
    """Return value with the ampersands an attribute keeps literal marked for ``unmarked``.

    A value already holding the mark is returned as it is: it is read as written.
    """
    if "&" not in value or _LITERAL_MARK in value:
        return value
    return _literal_as(value, _LITERAL_MARK)


def unmarked(value: str) -> str:
    """Return a value of ``marked_ampersands`` decoded, its literal ampersands as written."""
    text = html.unescape(value) if "&" in value else value
    return text.replace(_LITERAL_MARK, "&") if _LITERAL_MARK in text else text


def unescape_attribute(value: str) -> str:
    """Return an attribute value, or markup holding attributes, with its references decoded.

    References are decoded as a browser decodes them inside an attribute: a name HTML
    reads without a semicolon stays literal before ``=``, a letter or a digit, so a URL
    written with bare ``&`` between its query fields keeps every field.
    """
    if "&" not in value:
        return value
    if _LITERAL_MARK in value:
        return html.unescape(literal_ampersands(value))
    return unmarked(marked_ampersands(value))


def is_markup(text: str) -> bool:
    """Return True when a field value holds HTML markup (at least one tag)."""
    return "<" in text and _MARKUP_TAG.search(text, 0, _MAX_TEXT) is not None


# Base64 text (standard or URL-safe alphabet, padded or not) long enough to hold a tag.
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_MAX_BASE64 = 65_536  # characters of encoded markup decoded at most
# Markup decoded from Base64 opens with a tag or a comment, after white space only.
_OPENING_TAG = re.compile(r"\s*<(?:[A-Za-z][\w-]{0,20}[\s/>]|!--)")


def base64_markup(value: str) -> str | None:
    """Return the HTML markup a Base64 field value encodes, or None.

    Map feeds ship each record's popup Base64-encoded (``popupData: "PGRpdi…"``,
    decoded by the page with ``atob``). Only a value made of Base64 characters alone, at
    most 64 KiB, decoding to valid UTF-8 text that opens with a tag and holds markup, is
    read; anything else (a token, an encoded picture, plain text) gives None.
    """
    if len(value) > _MAX_BASE64 or len(value) < 16 or _BASE64.fullmatch(value) is None:
        return None
    body = value.rstrip("=")
    urlsafe = "-" in body or "_" in body
    if len(body) % 4 == 1 or (urlsafe and ("+" in body or "/" in body)):
        return None  # no Base64 length, or two alphabets mixed
    padded = body + "=" * (-len(body) % 4)
    try:
        raw = (
            base64.urlsafe_b64decode(padded) if urlsafe else base64.b64decode(padded, validate=True)
        )
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if _OPENING_TAG.match(text) is None or not is_markup(text) or _CONTROL.search(text):
        return None
    return text


def markup_text(value: str) -> str | None:
    """Return the first line of visible text in markup (a rendered cell or a badge).

    ``<a href="…">Simpang Empat</a>`` reads "Simpang Empat", ``<b>Name</b><br><small>…``
    reads "Name", ``<span class="badge">Online</span>`` reads "Online".
    """
    text = _HIDDEN_TAGS.sub(" ", value[:_MAX_TEXT])
    for line in _LINE_TAG.split(text, maxsplit=16):
        if (cleaned := clean_text(_MARKUP_TAG.sub(" ", line))) is not None:
            return cleaned
    return None


_LABEL_WORD = re.compile(r"[^\W_]+")


# A resolution label: "720p", "1080p60", "480", "720P HD", "HD 720p".
_RESOLUTION = re.compile(r"(\d{3,4})[pi](?:\d{2})?")


def digits_int(text: str, max_digits: int) -> int | None:
    """Return the number ASCII digits write (``"8080"``), else None.

    ``str.isdigit`` also takes digits ``int`` refuses (``"²"``) and other scripts'
    digits; only ``0``–``9``, at most max_digits of them (spaces around ignored), count.
    """
    text = text.strip()
    if not text or len(text) > max_digits or not text.isascii() or not text.isdigit():
        return None
    return int(text)


_MAX_PORT = 65535


def port_number(value: JSONValue) -> int | None:
    """Return a TCP port 1–65535 written as a number or as ASCII digits (``"8554"``), else None.

    A boolean, a digit of another script (``"²"``) and a number out of range are none.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = digits_int(value, 5)
    return value if isinstance(value, int) and 0 < value <= _MAX_PORT else None


def quality_rank(label: str | float | None) -> int | None:
    """Return how good a stream a quality or source label announces; None if it is none.

    Labels are a player's choices ("HD", "720p", "Auto", "Tinggi", "Cadangan") or a
    source's size (720). A higher number is a better stream.
    """
    if isinstance(label, bool) or label is None:
        return None
    if isinstance(label, int | float):
        return int(label) if 100 <= label <= 9999 else None
    words = " ".join(_LABEL_WORD.findall(label.lower()[:40]))
    if not words:
        return None
    if words in QUALITY_RANKS:
        return QUALITY_RANKS[words]
    best: int | None = None
    for word in words.split():
        if word in QUALITY_RANKS:
            rank = QUALITY_RANKS[word]
        elif (match := _RESOLUTION.fullmatch(word)) is not None:
            rank = int(match.group(1))
        else:
            return None
        best = rank if best is None else max(best, rank)
    return best


def quality_label(text: str | None) -> bool:
    """Return True for a quality or source label ("HD", "720p", "Utama"), never a name."""
    return bool(text) and quality_rank(text) is not None


def generic_label(text: str | None) -> bool:
    """Return True for a link or button label that says what to do, not which camera.

    A quality or source label ("HD", "720p", "Cadangan") never names a camera either.
    """
    if not text:
        return False
    if quality_label(text):
        return True
    words = _LABEL_WORD.findall(text.lower()[:80])
    return not words or all(word in GENERIC_LINK_WORDS for word in words)


def _scalar_text(value: JSONValue) -> str | None:
    """Return a string or number as cleaned text; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        return markup_text(value) if is_markup(value) else clean_text(value)
    return None


# One coordinate written as navigators and map pages write it: decimal degrees, or
# degrees, minutes and seconds, with a hemisphere letter before or after the number
# (``33.86° S``, ``S 34.0011``, ``22°58′16″S``, ``40.76°N``), or the Indonesian
# hemisphere words (``Lintang Utara``/``Selatan``, ``Bujur Timur``/``Barat``) as they are
# abbreviated after it (``7,99° LS``, ``0°30'15" LU``, ``117.52 BT``). Indonesian texts
# write the decimal comma and join the pair with ``dan`` (``7,5° LS dan 110,4° BT``), and
# some keep the sign beside the word (``-8.0358° LS``); a sign saying the other
# hemisphere than the letters makes no coordinate.
_DEGREES_BODY = (
    r"(-)?(\d{1,3}(?:[.,]\d{1,12})?)\s?(°|º)?\s?"
    r"(?:(\d{1,2}(?:[.,]\d{1,8})?)\s?['′’]\s?(?:(\d{1,2}(?:[.,]\d{1,8})?)\s?(?:\"|″|''|”)\s?)?)?"
)
_HEMISPHERE = r"(L[US]|B[TB]|[NSEW])"
_DEGREES = rf"(?:{_HEMISPHERE}\s?{_DEGREES_BODY}|{_DEGREES_BODY}\s?{_HEMISPHERE})"
_HEMISPHERE_DEGREES = re.compile(_DEGREES)
_HEMISPHERE_PAIR = re.compile(rf"{_DEGREES}\s?(?:[,;/&]|dan|and)?\s?{_DEGREES}")
# The hemisphere each Indonesian word says (``LU`` north, ``LS`` south, ``BT`` east,
# ``BB`` west).
_HEMISPHERE_WORDS = {"LU": "N", "LS": "S", "BT": "E", "BB": "W"}
_HEMISPHERE_MARKS = ("N", "S", "E", "W", "LU", "LS", "BT", "BB")
_MAX_DEGREES_TEXT = 80
_DEGREE_GROUPS = 12


def _has_hemisphere(text: str) -> bool:
    """Return True when a text holds a hemisphere letter or word (a cheap test first)."""
    return any(mark in text for mark in _HEMISPHERE_MARKS)


def _signed_degrees(groups: tuple[str | None, ...]) -> tuple[float, str] | None:
    """Return (signed degrees, 'lat' or 'lng') of one matched coordinate, else None."""
    before, *written_after, after = groups
    minus, written, sign, minutes_text, seconds_text = (
        written_after[:5] if before else written_after[5:]
    )
    word = before or after
    if written is None or word is None:
        return None
    letter = _HEMISPHERE_WORDS.get(word, word)
    degrees = written.replace(",", ".")
    minutes = None if minutes_text is None else minutes_text.replace(",", ".")
    seconds = None if seconds_text is None else seconds_text.replace(",", ".")
    if minutes is not None and "." in degrees:
        return None
    if minutes is None and sign is None and "." not in degrees:
        return None  # ``5 W``, ``N 12``: a bare whole number is no coordinate
    if minus and letter in "NE":
        return None  # ``-7.5° LU``: the sign and the word say different hemispheres
    value = float(degrees)
    if minutes is not None:
        if float(minutes) >= 60 or (seconds is not None and float(seconds) >= 60):
            return None
        value = round(value + float(minutes) / 60 + float(seconds or 0) / 3600, 6)
    axis = "lat" if letter in "NS" else "lng"
    if value > (90 if axis == "lat" else 180):
        return None
    return (-value if letter in "SW" else value), axis


def hemisphere_degrees(text: str) -> tuple[float, str] | None:
    """Return (signed degrees, 'lat' or 'lng') of a coordinate with a hemisphere letter.

    ``33.86° S`` is -33.86 on the latitude axis, ``73°59′24″W`` -73.99 on the longitude
    one: S and W are negative. A number without a letter, or with two, is none.
    """
    if len(text) > _MAX_DEGREES_TEXT:
        return None
    found = _HEMISPHERE_DEGREES.fullmatch(text.strip())
    return None if found is None else _signed_degrees(found.groups())


def hemisphere_pair(text: str) -> tuple[float, float] | None:
    """Return (lat, lng) of a pair written with hemisphere letters, else None.

    ``40.76°N, 73.99°W``, ``33.86° S 151.21° E``, ``S 34.0011 E 151.2302`` and their
    degrees-minutes-seconds forms: the letters say which number is the latitude, so the
    order is the text's own; one of N/S and one of E/W are needed.
    """
    if len(text) > _MAX_DEGREES_TEXT or not _has_hemisphere(text):
        return None
    found = _HEMISPHERE_PAIR.fullmatch(text.strip())
    if found is None:
        return None
    groups = found.groups()
    first = _signed_degrees(groups[:_DEGREE_GROUPS])
    second = _signed_degrees(groups[_DEGREE_GROUPS:])
    if first is None or second is None or first[1] == second[1]:
        return None
    return (first[0], second[0]) if first[1] == "lat" else (second[0], first[0])


def _number(value: JSONValue) -> float | None:
    """Return a coordinate number from a number or a numeric string; None if unknown."""
    if isinstance(value, bool) or value is None:
        return None
    result: float
    if isinstance(value, int | float):
        try:
            result = float(value)
        except OverflowError:
            return None
    elif isinstance(value, str):
        text = value.strip()
        if text.lower() in UNKNOWN_NUMBERS:
            return None
        if _DECIMAL_COMMA.fullmatch(text):
            text = text.replace(",", ".")
        if not _NUMBER.fullmatch(text):
            degrees = hemisphere_degrees(text) if _has_hemisphere(text) else None
            return None if degrees is None else degrees[0]
        result = float(text)
    else:
        return None
    return result if math.isfinite(result) else None


def number_axis(value: JSONValue) -> str | None:
    """Return 'lat' or 'lng' when a coordinate text names its axis by a hemisphere, else None.

    ``7,99° LS`` says latitude and ``117,52° BT`` longitude; a bare number says nothing.
    """
    if not isinstance(value, str) or len(value) > _MAX_DEGREES_TEXT or not _has_hemisphere(value):
        return None
    degrees = hemisphere_degrees(value)
    return None if degrees is None else degrees[1]


_LINK_LABEL_WORD = re.compile(r"[^\W_]+")
_MAX_LINK_LABEL_WORDS = 4


def webcam_link_label(text: str, *, live_names: bool = False) -> bool:
    """Return True for a link label that only says it shows a webcam ("Lihat CCTV").

    At most four words, each a viewing verb, a camera word or a filler ("View the
    webcams"), with a verb and a camera word among them; with ``live_names`` "live"
    names the camera too ("Watch live"). A bare verb ("Lihat") is none.
    """
    words = _LINK_LABEL_WORD.findall(text[:80].lower())
    found = set(words)
    names = WEBCAM_WORDS | {"live"} if live_names else WEBCAM_WORDS
    return (
        0 < len(words) <= _MAX_LINK_LABEL_WORDS
        and found <= WEBCAM_LINK_WORDS
        and bool(found & WEBCAM_VIEW_WORDS)
        and bool(found & names)
    )


# A text stating a price (``Rp 850.000``, ``rp 3.000.000``, ``IDR 1.2jt``, ``$19``,
# ``€ 45``), the currency after the amount (``850.000 IDR``, ``45,00 €``) or a price
# label before it (``Harga: 1.250.000``): a shop's item, never a camera.
_PRICE = re.compile(
    r"(?:(?i:\b(?:rp|idr|usd|eur|gbp))\.?|[$€£¥])\s?\d"
    r"|(?<![\d.,])\d[\d.,]{0,15}\s?(?:(?i:(?:idr|usd|eur|gbp)\b)|[$€£¥])"
    r"|(?i:\b(?:harga|price)\s?:\s?)\d"
)
_MAX_PRICE_TEXT = 4000
_MAX_PRODUCT_KEY = 64
_MAX_KEY_TEXT = 200


def states_price(text: str, limit: int = _MAX_PRICE_TEXT) -> bool:
    """Return True when the text's first limit characters state a price (``Rp 850.000``).

    The one test of a shop's product in text: a card's line, a popup, a sidebar link's
    piece. A shop's word alone ("Beli", "Stok") or a currency name without an amount
    ("Tol Rp") states none.
    """
    return _PRICE.search(text[: min(limit, _MAX_PRICE_TEXT)]) is not None


# The shop words, one list read three ways. SHOP_WORDS name a shop or its goods: a
# page's address names a shop when one starts a word of its host or path
# (``tokocctv.example.id``, ``/products/``: ``shop_address``), and a folder so named
# holds no camera's viewer page (``viewerlinks``). BUYING_WORDS (a buy or cart button)
# and SHOP_CAMERA_KINDS (the kinds of camera a shop sells and sorts its goods by) are
# read in a card's text (``sells_goods``) and as such a folder, never in a page's
# address (``/cartografi/``, ``/pantai-dome/`` name no shop).
SHOP_WORDS = frozenset({"toko", "shop", "store", "produk", "product", "katalog", "catalog"})
BUYING_WORDS = frozenset({"beli", "buy", "cart", "keranjang"})
SHOP_CAMERA_KINDS = frozenset({"bullet", "dome", "ptz"})
# Read in a card's text only, beside the shared words: a checkout, a stock count or SKU.
# As a link's folder these are not refused (no folder list holds them).
_SHOP_TEXT_EXTRA = frozenset({"checkout", "stok", "stock", "sku"})
_SHOP_ADDRESS = re.compile(r"\b(?:" + "|".join(sorted(SHOP_WORDS)) + ")")


def shop_address(text: str) -> bool:
    """Return True when a lower-cased host and path name a shop (a word of SHOP_WORDS)."""
    return _SHOP_ADDRESS.search(text) is not None


_MAX_SHOP_URL = 300


def shop_page(url: str) -> bool:
    """Return True when a page's address names a shop (``shop_address``).

    Its host or path names a shop or its goods (``tokocctv.example.id``, ``/produk/``,
    ``/shop/``); an address no page is at (``http://[zz/``) names none.
    """
    try:
        parts = urlsplit(url[:_MAX_SHOP_URL])
    except ValueError:
        return False
    return shop_address(f"{parts.hostname or ''}{parts.path}".lower())


# Words of a card that sell what it shows, beside its price: a buy or cart button, a
# stock count or SKU, a camera model's words (``Bullet 2MP``, ``PTZ``, ``IP Camera``).
# A toll gate's tariff, a parking fee or a ski pass beside a camera's picture says none.
_SHOP_TEXT = re.compile(
    r"(?i)\b(?:"
    + "|".join(sorted(BUYING_WORDS | _SHOP_TEXT_EXTRA | SHOP_CAMERA_KINDS))
    + r"|ip\s?cam(?:era)?|\d{1,2}\s?mp)\b"
)


def sells_goods(text: str, limit: int = _MAX_PRICE_TEXT) -> bool:
    """Return True when the text's first limit characters say a shop sells something.

    Read beside ``states_price``: a priced card is a product only with such a word.
    """
    return _SHOP_TEXT.search(text[: min(limit, _MAX_PRICE_TEXT)]) is not None


def priced_goods(text: str, *, on_shop_page: bool = False, limit: int = _MAX_PRICE_TEXT) -> bool:
    """Return True when a text is a shop's product: a price beside a shop's word.

    ``states_price`` beside ``sells_goods`` (``Kamera Bullet 2MP Rp 449.000``, ``Harga:
    6.900.000 · Stok: 5``), or a price alone on a shop's page (``on_shop_page``). A toll
    gate's tariff, a parking fee or a ski pass alone (``Parkir Rp 2.000/jam``) is none,
    and so is a shop's word without a price (``Simpang Beli``).
    """
    return states_price(text, limit) and (on_shop_page or sells_goods(text, limit))


# A name written as a road (``Jl. Yos Sudarso``, ``Jln. Soekarno-Hatta``, ``Jalan Poros
# Sangatta - Bengalon``, ``Route 9``, ``Highway 1``, ``I-95``, ``AH150``): a road a camera
# stands on, never an area. A toll road (``Jalan Tol Balikpapan - Samarinda``) is a
# section of its own, read as an area where a section is (``ruas``); a name starting
# with a place word (``Simpang Jalan Baru``, ``Kawasan Jalan Baru``) is no road.
_ROAD_NAME = re.compile(
    r"(?i:jl|jln|jalan|route|rte|highway|hwy)\b(?!\.?\s?(?i:tol|toll|tollway)\b)"
    r"|(?:AH|I|US|SR|SH|A|N|E)[- ]?\d{1,4}[A-Z]?\b"
)
_MAX_ROAD_NAME = 120


def road_written(text: str | None) -> bool:
    """Return True when a group's name is written as a road (see _ROAD_NAME)."""
    if not text or len(text) > _MAX_ROAD_NAME:
        return False
    return _ROAD_NAME.match(text.strip()) is not None


# A road section named by the two places it runs between (``Bontang - Sangatta``,
# ``Muara Wahau – Kongbeng``, ``Kaliorang to Sangkulirang``, ``Sangatta s/d Bengalon``):
# each end one to four words led by a capital letter, no digits. A toll section
# (``Jalan Tol Sangatta - Bontang``, ``Tol Batang-Semarang``) is an area as a ``ruas`` is.
_PLACE_END = r"[^\W\d_][^\W\d_.'’]*\.?(?:[ ][^\W\d_][^\W\d_.'’]*\.?){0,3}"
_ROUTE_SECTION = re.compile(
    rf"(?P<a>{_PLACE_END})(?:\s+(?:[-–—]|to|ke|s/d|s\.d\.|sampai|hingga)\s+|[-–—])"
    rf"(?P<b>{_PLACE_END})"
)
_TOLL_WORDS = frozenset({"tol", "toll", "tollway", "expressway", "turnpike", "lebuhraya"})
_MAX_ROUTE_SECTION = 80


def route_section(text: str | None) -> bool:
    """Return True when a group's name is a road section between two places."""
    if not text or len(text) > _MAX_ROUTE_SECTION:
        return False
    match = _ROUTE_SECTION.fullmatch(text.strip())
    if match is None or not match["a"][0].isupper() or not match["b"][0].isupper():
        return False
    words = re.split(r"[\s\-–—/.]+", text.lower())
    return _TOLL_WORDS.isdisjoint(words)


# A neighbourhood unit written alone (``RT 07``, ``RT. 012``, ``RT 07/RW 02``, ``RW 05``,
# ``Rukun Tetangga 3``): a block of households inside a kelurahan or desa, no area.
_NEIGHBOURHOOD_UNIT = re.compile(
    r"(?i:rt|rw|rukun[ ]tetangga|rukun[ ]warga)\.?[ ]?(?:no\.?[ ]?)?\d{1,3}"
    r"(?:[ ]?/[ ]?(?:(?i:rw)\.?[ ]?)?\d{1,3})?"
)
_MAX_NEIGHBOURHOOD_UNIT = 40


# The neighbourhood units named as a kind, with no number (``RT/RW``, ``RT``, ``RW``,
# ``RT - RW``): a portal's category of neighbourhood cameras, never a place.
_NEIGHBOURHOOD_KIND = re.compile(r"(?i:rt|rw)(?:[ ]?[/&-][ ]?(?i:rt|rw))?")
_MAX_NEIGHBOURHOOD_KIND = 12


def neighbourhood_kind(text: str | None) -> bool:
    """Return True when a text only names the neighbourhood-unit kind (``RT/RW``)."""
    if not text or len(text) > _MAX_NEIGHBOURHOOD_KIND:
        return False
    return _NEIGHBOURHOOD_KIND.fullmatch(text.strip()) is not None


def neighbourhood_unit(text: str | None) -> bool:
    """Return True when a group's name is only an RT or RW number (see _NEIGHBOURHOOD_UNIT)."""
    if not text or len(text) > _MAX_NEIGHBOURHOOD_UNIT:
        return False
    return _NEIGHBOURHOOD_UNIT.fullmatch(text.strip()) is not None


def product_key(
    key: str,
    *,
    price_only: bool = False,
    limit: int = _MAX_PRODUCT_KEY,
    max_words: int | None = None,
) -> bool:
    """Return True when a record's key names a product's field.

    The one test of a shop's record by its keys: a price (``price``, ``harga``,
    ``sale_price``) or, unless price_only, stock or an article number (``stok``,
    ``sku``). Read on the key's first limit characters and its first max_words words.
    """
    words = norm_key(key[: min(limit, _MAX_KEY_TEXT)]).split("_")[:max_words]
    return not (PRICE_KEY_WORDS if price_only else PRODUCT_KEY_WORDS).isdisjoint(words)


def parse_status(value: JSONValue) -> bool | None:
    """Return True/False for the many ways portals say online/offline; None if unknown."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return value == 1
        return None
    if isinstance(value, str):
        if (dashed := _dashed_status(value[:200].lower())) is not None:
            return dashed
        word = " ".join(value[:200].lower().replace("_", " ").replace("-", " ").split())
        if word in ONLINE_WORDS:
            return True
        if word in OFFLINE_WORDS:
            return False
        # A state dated by a note ("Offline sejak 28/11", "down since 2 Dec") is that state.
        since = _SINCE.fullmatch(word) or _FOR_NOW.fullmatch(word)
        if since is not None:
            state = since.group(1)
            return True if state in ONLINE_WORDS else False if state in OFFLINE_WORDS else None
        if (bilingual := _bilingual_status(word)) is not None:
            return bilingual
        if (noted := _noted_status(word)) is not None:
            return noted
        if (checked := _checked_status(word)) is not None:
            return checked
        return _enumerated_status(value[:_MAX_ENUM_STATE])
    return None


# A state written as one camelCase or PascalCase enumeration value (``outOfService``,
# ``InService``, ``underMaintenance``; DATEX II's ``videoOrImagesAvailable``).
_CAMEL_STATE = re.compile(r"[A-Za-z][a-z]+(?:[A-Z][a-z]*)+")
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z]+")
_MAX_ENUM_STATE = 80
# DATEX II's CCTV availability enumeration names what it speaks of first ("video or images
# available", "... unavailable due to camera fault", "... blanked by operator"): the
# subject is dropped, and so is the cause after "due to" or "by".
_ENUM_SUBJECTS = ("video or images ", "video or image ", "images ", "image ", "video ")
_ENUM_CAUSES = (" due to ", " by ")
# A picture blanked (by the operator, the police, the system) is not shown: offline.
_BLANKED_WORDS = frozenset({"blanked", "blanked out"})


def _enumerated_status(value: str) -> bool | None:
    """Read a state written as one camelCase or PascalCase enumeration value.

    ``outOfService``, ``OutOfOrder`` and ``underMaintenance`` are offline, ``inService``
    online: the value's words read as status words. DATEX II's CCTV availability values
    (``videoOrImagesAvailable`` online; ``videoOrImagesUnavailableDueToCameraFault`` and
    ``videoOrImagesBlankedByOperator`` offline) are read without their subject and cause.
    A value of other words (``notReported``, ``planned``, ``recordingIsOff``) says nothing;
    a value with spaces, digits or marks is no enumeration value.
    """
    if _CAMEL_STATE.fullmatch(value) is None:
        return None
    text = " ".join(word.lower() for word in _CAMEL_WORD.findall(value))
    if text in ONLINE_WORDS or text in OFFLINE_WORDS:
        return text in ONLINE_WORDS
    subject = next((prefix for prefix in _ENUM_SUBJECTS if text.startswith(prefix)), None)
    if subject is None:
        return None
    state = text.removeprefix(subject)
    for cause in _ENUM_CAUSES:
        state = state.partition(cause)[0]
    if state in _BLANKED_WORDS:
        return False
    if state in ("available", "unavailable", "not available"):
        return state == "available"
    return None


# A state followed by a note in brackets: "Non Aktif (Perbaikan)", "Offline [maintenance]".
_NOTED = re.compile(r"([^()\[\]]{1,40}?) ?[(\[]([^()\[\]]{1,60})[)\]]")


def _noted_status(word: str) -> bool | None:
    """Read a state written with a note in brackets after it.

    "Non Aktif (Perbaikan)" is offline, "Aktif (24 jam)" online: the state before the
    brackets counts, unless the note states the opposite ("Online (maintenance)"
    states nothing). A note alone ("Kamera 3 (rusak)") states nothing either.
    """
    match = _NOTED.fullmatch(word)
    if match is None:
        return None
    head, note = match.group(1).strip(), match.group(2).strip()
    state = True if head in ONLINE_WORDS else False if head in OFFLINE_WORDS else None
    noted = True if note in ONLINE_WORDS else False if note in OFFLINE_WORDS else None
    if state is None or (noted is not None and noted != state):
        return None
    return state


# A state and a note set apart by a spaced dash: "Non Aktif - Perbaikan", "Aktif – 24 jam".
_DASHED = re.compile(r"(.{1,40}?)\s+[-\u2013\u2014]\s+(.{1,60})")


def _dashed_status(text: str) -> bool | None:
    """Read a state written with a note after a spaced dash.

    "Non Aktif - Perbaikan" is offline, "Aktif - 24 jam" online: read as a note in
    brackets is ("Non Aktif (Perbaikan)"). A note stating the opposite ("Online -
    Offline", a choice) or a head naming no state ("Kamera 3 - rusak") states nothing.
    """
    match = _DASHED.fullmatch(" ".join(text.split()))
    if match is None:
        return None
    head, note = (
        " ".join(part.replace("_", " ").replace("-", " ").split()) for part in match.groups()
    )
    if "(" in note or ")" in note:
        return None
    state = _noted_status(f"{head} ({note})")
    return None if state and _note_says_down(note) else state


# Words of a note saying a camera is down, cut or without picture ("Online - Camera offline",
# "Aktif - Tidak ada sinyal", "Normal - Putus", "Tersedia - Habis"): no online state then.
_DOWN_NOTE_WORDS = frozenset(
    {"tidak", "tak", "no", "not", "non", "tanpa", "putus", "mati", "habis", "rusak", "error"}
    | {"gangguan", "down", "standby", "lost", "loss", "gagal", "failed", "failure"}
)


def _note_says_down(note: str) -> bool:
    """Return True when a note after an online state says the camera is down."""
    words = note.split()[:12]
    phrases = [*words, *(" ".join(pair) for pair in itertools.pairwise(words))]
    return any(phrase in OFFLINE_WORDS or phrase in _DOWN_NOTE_WORDS for phrase in phrases)


def _bilingual_status(word: str) -> bool | None:
    """Read a state written in two languages, one slash between them.

    "Online / En ligne" is online and "Offline / Hors ligne" offline: both halves state
    the same; "Online / Offline" (a choice) or a half naming no state states nothing.
    """
    if word.count("/") != 1:
        return None
    first, _, second = (half.strip() for half in word.partition("/"))
    states = [
        True if half in ONLINE_WORDS else False if half in OFFLINE_WORDS else None
        for half in (first, second)
    ]
    return states[0] if states[0] is not None and states[0] == states[1] else None


def _checked_status(word: str) -> bool | None:
    """Read a check report's state: a mark before a state, or an HTTP reply to the address.

    "✅ Online" and a badge's "● ONLINE" are online; "✅ 200 OK" (a success reply, its reason phrase written) is
    online and "❌ 404 Not Found" or "503 Service Unavailable" (an error reply) offline.
    A bare number ("200") or a redirect ("301 Moved Permanently") states nothing.
    """
    text = word.lstrip(STATE_MARKS).strip()
    if text != word and (text in ONLINE_WORDS or text in OFFLINE_WORDS):
        return text in ONLINE_WORDS
    dotted = word.lstrip(STATE_DOTS).strip()
    if dotted not in (word, "live") and (dotted in ONLINE_WORDS or dotted in OFFLINE_WORDS):
        # A badge's state after its coloured dot ("● ONLINE", "• Offline"); "● LIVE" is
        # a decoration every player carries, no state.
        return dotted in ONLINE_WORDS
    code, _, reason = text.partition(" ")
    if len(code) != 3 or not code.isdigit() or reason not in _HTTP_REASONS:
        return None
    return True if code[0] == "2" else False if code[0] in "45" else None


# Marks a report writes before a state or a group of a state (check marks, crosses, traffic
# lights; U+FE0F asks for the emoji form of the mark before it).
STATE_MARKS = "✅☑✔✓❌❎✖✗✘⛔🟢🔴\ufe0f "
# Dots a badge draws before its state word ("● ONLINE"); a list's bullets too, so they are
# no mark of a check report's headings.
STATE_DOTS = "●•⬤◉○◯ "
# Reason phrases of HTTP replies (RFC 9110) a check report writes after the status code.
_HTTP_REASONS = frozenset(
    {"ok", "created", "accepted", "no content", "partial content", "not modified"}
    | {"bad request", "unauthorized", "forbidden", "not found", "method not allowed"}
    | {"request timeout", "gone", "too many requests", "internal server error"}
    | {"not implemented", "bad gateway", "service unavailable", "gateway timeout"}
    | {"moved permanently", "found", "see other", "temporary redirect"}
)


# A state said to hold for now ("Currently unavailable", "Temporarily offline",
# "Sementara tidak tersedia", "Saat ini offline") is that state.
_FOR_NOW = re.compile(
    r"(?:currently|temporarily|presently|at the moment|right now|untuk sementara|sementara"
    r"|saat ini|sedang|untuk saat ini) (.{2,40})"
)
_SINCE = re.compile(r"(.{2,30}?) (?:sejak|since|seit|desde|depuis|dal|sinds|per) [\w/.:, ]{1,40}")
