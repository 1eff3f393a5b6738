"""Turn the upper-case, abbreviated camera names of the portals into display names."""

from __future__ import annotations

import re
from typing import Final
import unicodedata

MAX_NAME_LENGTH: Final = 100
"""Longest camera or area name shown; longer names are cut with an ellipsis."""
_MAX_INPUT: Final = 4000
_ELLIPSIS: Final = "\u2026"
# Control (Cc: C0, DEL, C1), format (Cf: bidi overrides and isolates, zero-width
# characters, soft hyphen, tags) and lone surrogates (Cs).
_INVISIBLE: Final = frozenset({"Cc", "Cf", "Cs"})
_TAG = re.compile(r"</?[A-Za-z!?][^<>]*>")
_MAX_TAG_PASSES: Final = 4

# Abbreviations written on Kutai Timur camera names and what a reader expects instead.
_EXPANSIONS: dict[str, str] = {
    "SIMP": "Simpang",
    "SMPG": "Simpang",
    "JL": "Jl.",
    "JLN": "Jl.",
    "KEC": "Kec.",
    "KEL": "Kel.",
    "KAB": "Kab.",
    "DS": "Desa",
    "SGT": "Sangatta",
    "GG": "Gg.",
}

# Acronyms that stay upper case.
_ACRONYMS = frozenset(
    {
        "ATCS",
        "ATM",
        "BPBD",
        "BPJS",
        "BRI",
        "BNI",
        "CV",
        "DPRD",
        "KM",
        "KPU",
        "MTQ",
        "PDAM",
        "PLN",
        "PT",
        "PTZ",
        "RS",
        "RSUD",
        "RT",
        "RW",
        "SD",
        "SMA",
        "SMK",
        "SMP",
        "SPBU",
        "TK",
        "TNI",
        "UPT",
    }
)

_CCTV = "CCTV"
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_TOKEN = re.compile(r"([^A-Za-z0-9]*)([A-Za-z]+)(\.?)([^A-Za-z0-9]*)")
_GLUED_ABBREVIATION = re.compile(
    r"\b(" + "|".join(sorted(_EXPANSIONS, key=len, reverse=True)) + r")\.(?=[A-Za-z0-9])"
)
_PUNCTUATION_ONLY = re.compile(r"[^A-Za-z0-9]+")


def _case_word(match: re.Match[str]) -> str:
    """Return one word of an upper-case name in display case."""
    word = match.group(0)
    if word in _ACRONYMS or _ROMAN.fullmatch(word):
        return word
    return word.capitalize()


def _pretty_token(token: str) -> str:
    """Return one whitespace-separated token of an upper-case name in display form."""
    match = _TOKEN.fullmatch(token)
    if match is not None:
        lead, word, _dot, trail = match.groups()
        expansion = _EXPANSIONS.get(word)
        if expansion is not None:
            return f"{lead}{expansion}{trail}"
    return _WORD.sub(_case_word, token)


def _is_cctv_word(token: str) -> bool:
    """Return True when a token is only the word CCTV, maybe with punctuation."""
    return token.strip(".,:;-|\u2013\u2014()[]#") == _CCTV


def prettify_name(raw: str) -> str:
    """Return a readable display name for a raw, often upper-case portal name."""
    collapsed = " ".join(raw.split())
    if not collapsed:
        return raw
    if collapsed != collapsed.upper():
        return collapsed
    tokens = _GLUED_ABBREVIATION.sub(r"\1. ", collapsed).split()
    while tokens and (_is_cctv_word(tokens[0]) or _PUNCTUATION_ONLY.fullmatch(tokens[0])):
        tokens.pop(0)
    while tokens and (_is_cctv_word(tokens[-1]) or _PUNCTUATION_ONLY.fullmatch(tokens[-1])):
        tokens.pop()
    if not tokens:
        return collapsed
    return " ".join(_pretty_token(token) for token in tokens)


def _visible(text: str) -> str:
    """Return text without control, format and surrogate characters."""
    if text.isprintable():
        return text
    # Look each distinct character up once: names repeat their characters a lot.
    hidden = {
        ord(char): None
        for char in set(text)
        if not char.isspace() and unicodedata.category(char) in _INVISIBLE
    }
    return text.translate(hidden) if hidden else text


def _without_markup(text: str) -> str:
    """Return text with every tag-like sequence removed, also those that removing forms."""
    for _ in range(_MAX_TAG_PASSES):
        stripped = _TAG.sub("", text)
        if stripped == text:
            return text
        text = stripped
    # Still nested deeper: no angle bracket survives.
    return text.replace("<", "").replace(">", "")


def shorten(text: str, limit: int = MAX_NAME_LENGTH) -> str:
    """Return text cut to at most limit characters, ending in an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 3 // 4:  # end on a word when one ends near the limit
        cut = cut[:space]
    return cut.rstrip(" ,;:-\u2013\u2014") + _ELLIPSIS


def sanitize_name(raw: str, limit: int = MAX_NAME_LENGTH) -> str:
    """Return a portal-supplied name fit to show: visible characters, no markup, capped.

    Whitespace (line breaks, tabs, NEL) becomes single spaces; control and format
    characters (bidi overrides, zero-width characters, C1 controls) go; tags go, whether
    the portal sent them as text or as HTML entities; the length is capped.
    """
    text = _visible(raw[:_MAX_INPUT])
    if "<" in text:
        text = _without_markup(text)
    return shorten(" ".join(text.split()), limit)


# An abbreviated administrative prefix before a place's name (``Kel. Swarga Bara``,
# ``Kec. Bengalon``, ``Ds. Sepaso``): the area is the place; a full word
# (``Kecamatan Kaliorang``) is kept as the portal wrote it.
_AREA_PREFIX = re.compile(r"(?i)(?:kel|kec|ds)\.\s{0,3}(?=\w)")


def area_name(raw: str) -> str:
    """Return an area's name without an abbreviated administrative prefix before it."""
    found = _AREA_PREFIX.match(raw.lstrip()[:64])
    if found is None:
        return raw
    rest = raw.lstrip()[found.end() :]
    return rest if any(char.isalpha() for char in rest) else raw


# A label ending in its kecamatan after a comma or a dash ("Bundaran DPRD - Jl.
# Kalimantan, Kec. Sumbersari", "Terminal Dhaksinarga, Kec. Wonosari"), and the address
# part a dash sets between the name and that tail ("Jl. …", "Desa …", "Dusun …").
_KECAMATAN_TAIL = re.compile(
    r"(?P<head>.{1,160}?)\s{0,3}(?:,|\s[-\u2013\u2014])\s{0,3}"
    r"(?i:kec)\.\s{0,3}(?P<area>[^\W\d_][^\W\d_ .'-]*(?:[ .'-]{1,2}[^\W\d_]+){0,5})\s*"
)
_ADDRESS_PART = re.compile(
    r"\s[-\u2013\u2014]\s{1,3}(?i:(?:jl|jln|gg|ds|dsn|kel)\.|(?:jalan|gang|desa|dusun|kelurahan)\s)"
)
_MAX_LABEL = 240


def kecamatan_tail(label: str) -> tuple[str, str] | None:
    """Return (name, area) of a label ending in its kecamatan, None for any other label.

    Map pages label a point with its name, its address and its kecamatan in one string:
    the abbreviated ``Kec.`` after a comma or a dash ends it and is the camera's area; an
    address the name is set apart from by a dash (``- Jl. Kalimantan``, ``- Desa
    Sumberrejo``) is dropped with it. A full word (``Kecamatan Kaliorang``), a ``Kec.``
    inside the label or a name left without a letter keeps the label as it is.
    """
    text = " ".join(label.split())
    if len(text) > _MAX_LABEL or (match := _KECAMATAN_TAIL.fullmatch(text)) is None:
        return None
    head = match.group("head")
    if (address := _ADDRESS_PART.search(head)) is not None:
        head = head[: address.start()]
    head = head.strip(" ,-\u2013\u2014")
    if not any(char.isalpha() for char in head):
        return None
    return head, match.group("area")


# An Indonesian place line that names a kecamatan (or a kelurahan or desa) first: an
# abbreviated prefix and the place alone (``Kec. Kraksaan``, ``Ds. Sepaso``), or the
# place followed by its regency or city and optionally its province (``Kecamatan
# Candipuro, Kabupaten Lumajang``, ``Kec. Bengalon, Kab. Kutai Timur``). The first place
# is the finest one named. A street, a number or a full word alone (``Kecamatan
# Kaliorang``, kept as written elsewhere) is no such line.
_PLACE_WORDS = r"[^\W\d_]{1,40}(?:[ .'-]{1,2}[^\W\d_]{1,40}){0,5}"
_REGENCY = r"(?:kabupaten|kab\.|kota|kota\s{1,3}administrasi)"
_KECAMATAN_LINE = re.compile(
    rf"(?i)(?:(?:kec|kel|ds)\.\s{{0,3}}(?P<short>{_PLACE_WORDS})"
    rf"|(?:kecamatan|kelurahan|desa)\s{{1,3}}(?P<long>{_PLACE_WORDS})(?=\s{{0,3}},))"
    rf"(?:\s{{0,3}},\s{{0,3}}{_REGENCY}\s{{0,3}}{_PLACE_WORDS}"
    rf"(?:\s{{0,3}},\s{{0,3}}(?:provinsi\s{{1,3}})?{_PLACE_WORDS})?)?"
)
_MAX_PLACE_LINE = 160


# A village (or kelurahan) and the kecamatan it lies in, in one area value (``Desa
# Singa Gembara, Kec. Sangatta Utara``, ``Kel. Swarga Bara, Kecamatan Sangatta Utara,
# Kab. Kutai Timur``): a table's "Desa / Kecamatan" cell or a record's ``desa_kecamatan``.
_VILLAGE_KECAMATAN = re.compile(
    rf"(?i)(?:(?:desa|kelurahan|dusun)\s{{1,3}}|(?:ds|dsn|kel)\.\s{{0,3}}){_PLACE_WORDS}"
    rf"\s{{0,3}},\s{{0,3}}(?:kecamatan\s{{1,3}}|kec\.\s{{0,3}})(?P<area>{_PLACE_WORDS})"
    rf"(?:\s{{0,3}},\s{{0,3}}{_REGENCY}\s{{0,3}}{_PLACE_WORDS}"
    rf"(?:\s{{0,3}},\s{{0,3}}(?:provinsi\s{{1,3}})?{_PLACE_WORDS})?)?"
)


def village_kecamatan(text: str) -> str | None:
    """Return the kecamatan of an area value naming a village first, then its kecamatan.

    The village (``Desa``, ``Kelurahan``, ``Dusun``, ``Ds.``, ``Kel.``) opens the value and
    the kecamatan (``Kec.``, ``Kecamatan``) follows after a comma, optionally with its
    regency and province: the kecamatan is the camera's area. A value naming a village
    alone, a street or anything before the village is none.
    """
    line = " ".join(text.split()) if len(text) <= _MAX_PLACE_LINE * 2 else ""
    if not line or len(line) > _MAX_PLACE_LINE:
        return None
    found = _VILLAGE_KECAMATAN.fullmatch(line)
    return None if found is None else found.group("area")


def kecamatan_line(text: str) -> str | None:
    """Return the finest place a whole kecamatan place line names, else None."""
    line = " ".join(text.split()) if len(text) <= _MAX_PLACE_LINE * 2 else ""
    if not line or len(line) > _MAX_PLACE_LINE:
        return None
    found = _KECAMATAN_LINE.fullmatch(line)
    if found is None:
        return None
    return found.group("short") or found.group("long")


# A label ending in the device's own address after a separator or in brackets
# ("Serambi Depan | 192.168.10.21", "Lobi (192.168.1.64)", "Gudang - IP: 10.0.0.9:8080"):
# a card or list template writing the camera's name and its IP side by side.
_DEVICE_ADDRESS_TAIL = re.compile(
    r"\s{0,3}(?:(?P<open>[(\[])|[|:,]|\s[-/@\u2013\u2014\u00b7])\s{0,3}"
    r"(?:(?i:ip)\s{0,3}[:=]?\s{0,3})?"
    r"(?P<ip>\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?\s{0,3}(?P<close>[)\]])?\s*\Z"
)
_MAX_ADDRESS_TAIL = 48


# An address written as text after a camera's name: a scheme, ``://`` and no space.
_WRITTEN_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]{0,15}://\S+")
_MAX_WRITTEN_ADDRESS = 2000
_ADDRESS_SEPARATORS = " \t\n-|:,;/\u2013\u2014\u00b7"


def without_written_address(name: str) -> str:
    """Return a name without the address an admin list writes after it, else the name.

    A management table's name cell may hold the camera's name and, on the line under
    it, its stream address as text (``Simpang Tiga rtsp://admin:…@cam1…/102``): the
    address is no part of the name. Only a last word that is a whole address (a scheme,
    ``://``, no space) is dropped, and only when a name with a letter stays before it;
    a label that is an address alone is kept (the caller shows or refuses it).
    """
    if "://" not in name[-_MAX_WRITTEN_ADDRESS:]:
        return name
    head, _, last = name.rstrip().rpartition(" ")
    if not head or _WRITTEN_ADDRESS.fullmatch(last[:_MAX_WRITTEN_ADDRESS]) is None:
        return name
    head = head.rstrip(_ADDRESS_SEPARATORS)
    return head if any(char.isalpha() for char in head) else name


def without_device_address(name: str) -> str:
    """Return a name without the device IP written after it, else the name as it is.

    Only a whole IPv4 address (with an optional port), set apart by a bar, colon,
    comma, spaced dash or slash, or in brackets, at the very end is dropped, and only
    when a name with a letter stays before it: a label that is an address alone, or a
    number inside a name ("Ruang Kelas 10.2"), is kept.
    """
    if not name or (not name[-1:].isdigit() and name[-1:] not in ")]"):
        return name
    tail_start = max(0, len(name) - _MAX_ADDRESS_TAIL)
    found = _DEVICE_ADDRESS_TAIL.search(name, tail_start)
    if found is None or bool(found.group("open")) != bool(found.group("close")):
        return name
    if any(int(part) > 255 for part in found.group("ip").split(".")):
        return name
    head = name[: found.start()].rstrip()
    return head if any(char.isalpha() for char in head) else name


# What kind of camera a record's type field gives (``tipe: "PTZ"``, ``cameraType:
# "Fix"``, ``"Speed Dome"``): the camera's build or lens, never its name. A thermal
# camera's ``Thermal`` is left out: a volcano post names its thermal camera so.
_CAMERA_KIND_TEXTS = frozenset(
    {"ptz", "ctz", "fix", "fixed", "dome", "bullet", "fisheye", "fish eye", "turret"}
    | {"box", "speed dome", "speeddome", "mini dome", "ptz dome", "panoramic", "360"}
    | {"statis", "kamera statis", "kamera ptz", "ptz camera", "fixed camera", "dome camera"}
    | {"bullet camera", "kamera fix", "kamera dome"}
)
_KIND_SEPARATORS = re.compile(r"[\s_-]+")


def camera_kind_text(text: str) -> bool:
    """Return True for a text that only names a kind of camera (``PTZ``, ``Fix``)."""
    if len(text) > 40:
        return False
    return _KIND_SEPARATORS.sub(" ", text.strip().lower()) in _CAMERA_KIND_TEXTS
