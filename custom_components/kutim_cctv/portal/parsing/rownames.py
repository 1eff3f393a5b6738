"""Positional rows named by the loop that places them on a map.

Map pages keep their cameras as rows of values (the marker-cluster plugin's
``var addressPoints = [[lat, lng, title, …], …]``) and loop over them to place markers.
What each cell means is written in the loop, not in the data: a variable named for it
(``var title = a[2]; var kecamatan = a[3]``), an object key (``{title: a[2]}``), or the
label written before it in the popup (``'Kecamatan: ' + p[0]``, ``'<b>' + p[1] + '</b>'``
for the heading). Rows whose loop names a name or an area cell this way are read as
objects keyed by those names; the other cells keep their reading by value (media by
their kind, the position from two neighbouring fractional numbers in degree ranges).

Which of two position cells is the latitude is what the loop's own call says when it
hands them to a map library: OpenLayers (``ol.proj.fromLonLat([c[0], c[1]])``,
``ol.proj.transform([…], …)``, ``new ol.geom.Point([…])``), Mapbox and MapLibre
(``setLngLat([…])``, ``new LngLat(…)``) and GeoJSON ``coordinates: […]`` take the
longitude first; Leaflet (``L.marker([…])``, ``L.latLng(…)``) and Google
(``new google.maps.LatLng(…)``, ``{lat: c[0], lng: c[1]}``) the latitude first.

A counting loop reads its rows by index (``for (i = 0; i < markers.length; i++)`` with
``markers[i][0]``, the Google Maps "multiple markers" pattern). The popup it hands the
marker may come from a parallel array at the same index (``infoWindow.setContent(
infoWindowContent[i][0])``, ``bindPopup(popups[i])``): that array's markup is the row's
popup, read for its media and place line like any record's markup. A cell handed to the
marker as its icon (``icon: markers[i][3]``) is never media.

A cell the loop writes as one of two opposite state words (``(markers[i][6] == 1 ?
'Online' : 'Offline')``, ``m[5] ? 'Aktif' : 'Tidak Aktif'``) is the row's state: the
comparison with its literal (or the cell's truth) is worked out per row as JavaScript
would; yes/no answers and words stating no state are not read.

Only literal rows are read and nothing else is evaluated. Work is bounded: at most
``_MAX_LOOPS`` loops a script, ``_MAX_ROWS`` rows and ``_MAX_CELLS`` cells a row; a
counting loop is read in its own body (at most ``_MAX_BODY`` characters), and each
array handed to a popup is parsed once a script.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
import functools
import html
import itertools
import re

from ..aliases import AREA_KEYS, NAME_KEYS, STATUS_KEYS
from ..fieldurls import looks_like_url
from ..normalise import row_columns, row_item, shared_code_columns, with_row_columns
from ..values import JSONObject, JSONValue, clean_text, norm_key, parse_status
from ..viewerlinks import CAMERA_PATH_WORDS, CAMERA_WORDS, camera_word_pattern
from .javascript import _balanced_end, _json_or_js

__all__ = ["named_rows"]

_MAX_LOOPS = 20
_MAX_ROWS = 5000
_MAX_CELLS = 32
_MAX_USES = 2000
_MAX_PARALLEL = 4  # arrays tried as a counting loop's popups
_MAX_BODY = 20_000  # characters of a counting loop's body read for its rows' cells
_IDENT = r"[A-Za-z_$][\w$]*"
# A loop handing each row of V to a variable R: R = V[i] in a for loop, V.forEach(R => …)
# or .map, for (const R of V), jQuery's $.each(V, function (i, R) {…}).
_LOOPS = (
    # (not ``var nama = rows[i][0]``: a cell of the row, named by a counting loop)
    re.compile(
        rf"(?<![\w$.])(?P<row>{_IDENT})\s*=\s*(?P<list>{_IDENT})\s*\[\s*{_IDENT}\s*\](?!\s*\[)"
    ),
    re.compile(
        rf"(?<![\w$.])(?P<list>{_IDENT})\s*\.\s*(?:forEach|map)\s*\(\s*"
        rf"(?:(?:async\s+)?function\s*\(\s*|\(\s*)?(?P<row>{_IDENT})\s*[,)=]"
    ),
    re.compile(
        rf"\bfor\s*\(\s*(?:var|let|const)\s+(?P<row>{_IDENT})\s+of\s+(?P<list>{_IDENT})\s*\)"
    ),
    re.compile(
        rf"\$\s*\.\s*each\s*\(\s*(?P<list>{_IDENT})\s*,\s*function\s*\(\s*{_IDENT}\s*,\s*"
        rf"(?P<row>{_IDENT})\s*\)"
    ),
)
# A counting loop over V: for (i = 0; i < V.length; i++), its rows read as V[i].
_INDEX_LOOP = re.compile(
    rf"\bfor\s*\(\s*(?:(?:var|let)\s+)?(?P<index>{_IDENT})\s*=\s*0\s*;\s*(?P=index)\s*<=?\s*"
    rf"(?P<list>{_IDENT})\s*\.\s*length\b"
)
# Where a loop hands a marker its popup: setContent(…), setHTML(…), bindPopup(…), content: ….
_POPUP_ARG = r"(?:\.\s*(?:setContent|setHTML|bindPopup)\s*\(\s*|[{,]\s*[\"']?content[\"']?\s*:\s*)"
_ICONS = frozenset({"icon", "iconurl", "iconimage", "markericon"})
_LABEL_TAIL = re.compile(r"[\s:.\-–=|]+$")
# Separators a label line puts between the cell before it and its own label
# (``lokasi[i][4] + ' - Kec. ' + lokasi[i][5]``, ``' · Kel. '``, ``', Ds. '``).
_LABEL_LEAD = re.compile(r"^[\s\-–—|·•,/]+")
_LABEL_WORDS = re.compile(r"[^\W\d_]+(?:[ .][^\W\d_]+){0,2}")
_HEADING_TAG = re.compile(r"<(?:b|strong|h[1-6]|figcaption|th)\b[^>]*>\s*$", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_NAMES = frozenset(NAME_KEYS)
_NAMING = _NAMES | frozenset(AREA_KEYS)
_STATES = frozenset(STATUS_KEYS)


def _uses(script: str, row: str) -> dict[int, str]:
    """Return the names a loop gives the cells of its row (a pattern), by cell index."""
    if re.search(rf"(?:{row})\s*\[\s*\d", script) is None:
        return {}  # every use is a cell (``row[2]``): a row never indexed names none
    cell = rf"{row}\s*\[\s*(\d{{1,2}})\s*\]"
    found: dict[int, str] = {}
    patterns = (
        # var kecamatan = a[3]; let title = row[2],
        (re.compile(rf"(?<![\w$.])({_IDENT})\s*=\s*{cell}\s*(?=[;,\n)}}])"), False),
        # {title: a[2], kecamatan: a[3]}
        (re.compile(rf"[{{,]\s*[\"']?({_IDENT})[\"']?\s*:\s*{cell}\s*(?=[,}}\n])"), False),
        # 'Kecamatan: ' + p[0], '<b>' + p[1]
        (re.compile(rf"([\"'])((?:(?!\1)[^\\\n]|\\.){{0,200}})\1\s*\+\s*{cell}"), True),
    )
    for pattern, labelled in patterns:
        for match in itertools.islice(pattern.finditer(script), _MAX_USES):
            index = int(match.group(match.lastindex or 0))
            key = _label_key(match.group(2)) if labelled else norm_key(match.group(1))
            if key and index < _MAX_CELLS:
                found.setdefault(index, key)
    return found


# A cell's state the loop writes as one of two words: ``row[6] == 1 ? 'Online' :
# 'Offline'``, ``m[5] ? 'Aktif' : 'Tidak Aktif'`` (a comparison with a literal number,
# string or flag, or the cell's own truth).
_LITERAL = r"-?\d{1,9}(?:\.\d{1,9})?|\"[^\"\\\n]{0,40}\"|'[^'\\\n]{0,40}'|true|false"
_WORD = r"[^'\"\\\n<>]{1,30}"
# Words answering a yes/no question (``PTZ: Ya/Tidak``), no camera's state.
_YES_NO = frozenset({"ya", "tidak", "iya", "yes", "no", "y", "n", "true", "false", "ja", "nein"})
_YES_NO |= frozenset({"oui", "non", "si", "sí", "sim", "nao", "não", "1", "0"})


def _js_equal(value: JSONValue, literal: JSONValue, strict: bool) -> bool:
    """Return the outcome of ``value == literal`` (``===`` when strict) for literal cells."""
    number = (int, float)
    if isinstance(value, bool) or isinstance(literal, bool):
        if strict or not (isinstance(value, bool) and isinstance(literal, bool)):
            return value is literal
        return value == literal
    if isinstance(value, number) and isinstance(literal, number):
        # Python compares an int and a float exactly, a huge int (``1e400`` written out)
        # included, where float() of it would overflow.
        return value == literal
    if isinstance(value, str) and isinstance(literal, str):
        return value == literal
    if strict:
        return False
    text, other = (value, literal) if isinstance(value, str) else (literal, value)
    if isinstance(text, str) and isinstance(other, number):
        try:
            return float(text.strip()[:64] or "0") == other
        except ValueError:
            return False
    return False


def _js_truthy(value: JSONValue) -> bool:
    """Return the truth JavaScript gives a literal cell."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    if isinstance(value, str):
        return value != ""
    return value is not None


_Ternary = tuple[str | None, JSONValue, str, str]


# What follows a row's name in a state ternary: the cell (``[3]``), an optional comparison
# with a literal, then ``? "word" : "word"``. Groups: cell, operator, literal, the two
# words (4 and 6 are their quotes).
_TERNARY_TAIL = (
    rf"\s*\[\s*(\d{{1,2}})\s*\]\s*(?:(===?|!==?)\s*({_LITERAL})\s*)?\)?\s*\?\s*"
    rf"([\"'])({_WORD})\4\s*:\s*([\"'])({_WORD})\6"
)


@functools.lru_cache(maxsize=64)
def _ternary_pattern(row: str) -> re.Pattern[str]:
    """Return the pattern ``row + tail`` of a row's state ternaries, compiled once a row."""
    return re.compile(row + _TERNARY_TAIL)


def _ternary_matches(script: str, row: str) -> Iterator[re.Match[str]]:
    """Yield the state ternaries on a row's cells, as one pattern ``row + tail`` finds them.

    The search runs in the regular expression engine: a loop in Python over each place
    the row's pattern matches costs two calls for every letter of a one-letter row name.
    """
    return _ternary_pattern(row).finditer(script)


def _ternary_states(script: str, row: str) -> dict[int, _Ternary]:
    """Return, by cell index, the state ternaries a loop writes from its row's cells.

    Each is (operator or None, literal compared with, word when true, word when false);
    the two words must state opposite states (``Online``/``Offline``, ``Aktif``/``Tidak
    Aktif``), never a yes/no answer or other words (``Siang``/``Malam``, an icon).
    """
    found: dict[int, _Ternary] = {}
    for match in itertools.islice(_ternary_matches(script, row), _MAX_USES):
        index = int(match.group(1))
        yes, no = match.group(5).strip(), match.group(7).strip()
        if index >= _MAX_CELLS or yes.lower() in _YES_NO or no.lower() in _YES_NO:
            continue
        states = parse_status(yes), parse_status(no)
        if None in states or states[0] == states[1]:
            continue
        literal: JSONValue = None
        if match.group(3) is not None:
            literal = _json_or_js(match.group(3), lenient=True)
            if literal is None:
                continue
        found.setdefault(index, (match.group(2), literal, yes, no))
    return found


def _ternary_word(row: list[JSONValue], index: int, ternary: _Ternary) -> str | None:
    """Return the state word a ternary gives one row, None when the cell is missing."""
    if index >= len(row):
        return None
    operator, literal, yes, no = ternary
    value = row[index]
    if operator is None:
        holds = _js_truthy(value)
    else:
        holds = _js_equal(value, literal, operator in ("===", "!=="))
        if operator.startswith("!"):
            holds = not holds
    return yes if holds else no


# Two cells of the row handed to a position call, in the order the call names:
# longitude first (OpenLayers, Mapbox/MapLibre, GeoJSON) or latitude first (Leaflet,
# Google). A cell may be wrapped in parseFloat(…) or Number(…).
_LON_FIRST = (
    r"\b(?:fromLonLat|fromLngLat|transform|geom\s*\.\s*Point|new\s+Point|setLngLat|LngLat|LonLat)"
    r"\s*\(\s*\[?|[\"']?coordinates[\"']?\s*:\s*\["
)
_LAT_FIRST = r"(?:\bL\s*\.\s*(?:marker|circleMarker|latLng)|\b(?:from)?LatLng)\s*\(\s*\[?"


def _positions(script: str, row: str) -> tuple[int, int] | None:
    """Return the (lat, lng) cells of a row (a pattern) as the loop's position call names them."""
    cell = rf"(?:(?:parseFloat|Number)\s*\(\s*)?{row}\s*\[\s*(\d{{1,2}})\s*\]\s*\)?"
    for prefix, lon_first in ((_LON_FIRST, True), (_LAT_FIRST, False)):
        pattern = re.compile(rf"(?:{prefix})\s*{cell}\s*,\s*{cell}")
        for match in itertools.islice(pattern.finditer(script), _MAX_USES):
            first, second = int(match.group(1)), int(match.group(2))
            if first == second or max(first, second) >= _MAX_CELLS:
                continue
            return (second, first) if lon_first else (first, second)
    if "lat" not in script:
        return None
    keyed = re.search(
        rf"[{{,]\s*[\"']?lat[\"']?\s*:\s*{cell}\s*,\s*[\"']?(?:lng|lon)[\"']?\s*:\s*{cell}", script
    )
    if keyed is not None and keyed.group(1) != keyed.group(2):
        first, second = int(keyed.group(1)), int(keyed.group(2))
        if max(first, second) < _MAX_CELLS:
            return first, second
    return None


# Indonesian abbreviations a popup writes before a district's or village's name
# (``'Kel. ' + p[3]``, ``'Ds. ' + p[3]``, ``'Kec. ' + p[4]``), as popups' place lines do.
_ABBREVIATED_AREAS = {"kec": "kecamatan", "kel": "kelurahan", "ds": "desa"}


def _label_key(literal: str) -> str | None:
    """Return the field a popup label names (``Kecamatan:``), or ``name`` for a heading.

    An abbreviated district or village label (``Kec.``, ``Kel.``, ``Ds.``) names the
    area it abbreviates.
    """
    if _HEADING_TAG.search(literal):
        return "name"
    tail = literal.rsplit(">", 1)[-1]
    text = clean_text(_LABEL_LEAD.sub("", _LABEL_TAIL.sub("", _TAG.sub(" ", tail))))
    if not text or not _LABEL_WORDS.fullmatch(text):
        return None
    key = norm_key(text)
    return _ABBREVIATED_AREAS.get(key, key)


def _assigned_list(
    script: str, name: str, fits: Callable[[list[JSONValue]], bool]
) -> list[JSONValue] | None:
    """Return the first non-empty literal list a script assigns to a variable that fits."""
    for match in re.finditer(rf"(?<![\w$.]){re.escape(name)}\s*=\s*(?=\[)", script):
        end = _balanced_end(script, match.end())
        if end is None:
            continue
        value = _json_or_js(script[match.end() : end], lenient=True)
        if isinstance(value, list) and value and fits(value):
            return value
    return None


def _is_rows(value: list[JSONValue]) -> bool:
    """Return True for a list most of whose first entries are rows (lists)."""
    sample = value[:50]
    return 2 * sum(isinstance(row, list) for row in sample) > len(sample)


def _rows_of(script: str, name: str) -> list[JSONValue] | None:
    """Return the literal rows a script assigns to a variable, if it is a list of rows."""
    return _assigned_list(script, name, _is_rows)


def _parallel_popups(
    script: str,
    body: str,
    name: str,
    index: str,
    count: int,
    lists: dict[str, list[JSONValue] | None],
) -> tuple[list[JSONValue], list[str | None]] | None:
    """Return each row's popup markup from the array a counting loop indexes beside it.

    ``infoWindow.setContent(infoWindowContent[i][0])`` in a loop over ``markers`` gives
    row ``k`` the markup ``infoWindowContent[k][0]``; the array must hold one entry a
    row. Returns the array and the markup of each row, or None when the loop hands no
    such array to a popup.
    """
    pattern = re.compile(
        rf"{_POPUP_ARG}({_IDENT})\s*\[\s*{re.escape(index)}\s*\]"
        rf"(?:\s*\[\s*(\d{{1,2}})\s*\])?\s*[),}}\n;]"
    )
    tried: set[str] = {name}
    for match in itertools.islice(pattern.finditer(body), _MAX_USES):
        other = match.group(1)
        if other in tried or len(tried) > _MAX_PARALLEL:
            continue
        tried.add(other)
        if other not in lists:
            if len(lists) >= 2 * _MAX_PARALLEL:
                continue  # the loops of a script parse a few arrays at most, each once
            lists[other] = _assigned_list(script, other, lambda _value: True)
        values = lists[other]
        if values is None or len(values) != count:
            continue
        cell = None if match.group(2) is None else int(match.group(2))
        popups: list[str | None] = []
        for value in values:
            if cell is not None:
                value = value[cell] if isinstance(value, list) and cell < len(value) else None
            markup = isinstance(value, str) and "<" in value and ">" in value
            popups.append(value if isinstance(value, str) and markup else None)
        if any(popups):
            return values, popups
    return None


def _loop_body(script: str, loop: re.Match[str]) -> str:
    """Return a counting loop's header and body: the block after it, at most _MAX_BODY long.

    Its rows' cells, position call and popup are read there only, so that the ordinary
    loops of a long script never each have the whole script scanned.
    """
    brace = script.find("{", loop.end(), loop.end() + 200)
    if brace < 0:
        return script[loop.start() : loop.end() + _MAX_BODY]
    window = script[brace : brace + _MAX_BODY]
    end = _balanced_end(window, 0)
    return script[loop.start() : brace + (len(window) if end is None else end)]


def _position_columns(rows: list[list[JSONValue]]) -> tuple[int, int] | None:
    """Return the (lat, lng) cell indexes: neighbouring fractional numbers in degree ranges."""
    for row in rows[:20]:
        numbers = [
            float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None
            for v in row[:_MAX_CELLS]
        ]
        for index, (first, second) in enumerate(itertools.pairwise(numbers)):
            if first is None or second is None or first.is_integer() or second.is_integer():
                continue
            if abs(first) <= 90 and abs(second) <= 180:
                return index, index + 1
            if abs(second) <= 90 and abs(first) <= 180:
                return index + 1, index
    return None


def _named_pair(rows: list[list[JSONValue]], pair: tuple[int, int]) -> bool:
    """Return True when the rows hold numbers in degree ranges in the named cells."""
    lat, lng = pair
    seen = False
    for row in rows[:20]:
        if max(pair) >= len(row):
            return False
        a, b = row[lat], row[lng]
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (a, b)):
            return False
        if abs(float(a)) > 90 or abs(float(b)) > 180:  # type: ignore[arg-type]
            return False
        seen = True
    return seen


def _row_object(
    row: list[JSONValue],
    names: dict[int, str],
    pair: tuple[int, int] | None,
    named: bool = False,
    shared: frozenset[int] = frozenset(),
) -> JSONObject:
    """Return one row as an object: its named text cells, the rest read by value.

    Cells the loop names as something other than the name are left out of the reading
    by value (an area written first is no name); a named name cell wins over the first
    name-like text.
    """
    texts: dict[int, str] = {}
    for index, key in names.items():
        cell = row[index] if index < len(row) else None
        if isinstance(cell, str) and not looks_like_url(cell):
            texts[index] = key
    placed = set(pair) if named and pair is not None else set()
    placed |= {index for index, key in names.items() if key in _ICONS}
    blanked = [
        None if (index in texts and texts[index] not in _NAMES) or index in placed else value
        for index, value in enumerate(row[:_MAX_CELLS])
    ]
    item: JSONObject = row_item(blanked, shared) or {}
    if pair is not None and max(pair) < len(row) and (named or "lat" not in item):
        item["lat"], item["lng"] = row[pair[0]], row[pair[1]]
    for index, key in texts.items():
        value = row[index]
        if key in _NAMES and isinstance(value, str) and (text := clean_text(value)):
            item["name"] = text
        else:
            item.setdefault(key, value)
    return item


def _unnamed_columns(
    item: JSONObject,
    row: list[JSONValue],
    names: dict[int, str],
    columns: tuple[int | None, int | None],
) -> None:
    """Add the area and id a row's columns give (``row_columns``) unless the loop names them."""
    area, ident = columns
    with_row_columns(
        item,
        row,
        (None if area in names else area, None if ident in names else ident),
    )


# A popup template building a player's or a picture's address from one cell of the row
# (``'<iframe src="PlayVideo.aspx?ID=' + p[0] + '" …'``): the literal before the cell
# opens a media element's ``src`` (groups: tag, quote, address so far), the literal after
# it closes the address.
_MEDIA_SRC = re.compile(
    r"<(iframe|img|video|source|embed)\b[^<>]{0,200}?\bsrc\s*=\s*([\"']?)([^\"'<>\s]{0,200})$",
    re.IGNORECASE,
)
_TEMPLATE_CELL = r"\s*\[\s*(?P<cell>\d{1,2})\s*\]\s*\+\s*"
# The literal after the cell, read forwards from its opening quote (one bounded match).
_TEMPLATE_TAIL = re.compile(r"([\"'])((?:(?!\1)[^\\\n]|\\.){0,300})\1")
_MAX_LITERAL = 300  # characters of a template's literal before or after the cell
_MAX_JOIN = 40  # characters between the literal before a cell and the cell
_MAX_TEMPLATES = 8
_TEMPLATE_VALUE = re.compile(r"[\w.~-]{1,64}")
_Template = tuple[int, str, str, str]  # cell, tag, address before the cell, after it


def _unescaped(literal: str) -> str:
    """Return a script string literal's text with its quote escapes undone."""
    return literal.replace('\\"', '"').replace("\\'", "'").replace("\\/", "/")


def _literal_before(scope: str, end: int) -> str | None:
    """Return the text of the string literal a ``+`` joins to the cell starting at end.

    Read backwards from the cell within a bounded window: spaces, the ``+``, spaces, the
    closing quote, then at most ``_MAX_LITERAL`` characters back on one line to the same
    quote not escaped by a backslash. None when the cell follows no literal.
    """
    lowest = max(0, end - _MAX_JOIN)
    position = end - 1
    while position >= lowest and scope[position].isspace():
        position -= 1
    if position < lowest or scope[position] != "+":
        return None
    position -= 1
    while position >= lowest and scope[position].isspace():
        position -= 1
    if position < lowest or scope[position] not in "\"'" or _escaped(scope, position):
        return None
    close, quote = position, scope[position]
    lowest = max(0, close - _MAX_LITERAL - 1)
    lowest = scope.rfind("\n", lowest, close) + 1 or lowest  # one line
    position = scope.rfind(quote, lowest, close)
    while position >= 0 and _escaped(scope, position):
        position = scope.rfind(quote, lowest, position)
    return None if position < 0 else scope[position + 1 : close]


def _escaped(scope: str, position: int) -> bool:
    """Return True when an odd run of backslashes (at most 16 read) ends before position."""
    slashes = 0
    while slashes < 16 and position - 1 - slashes >= 0 and scope[position - 1 - slashes] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _id_templates(scope: str, row: str) -> list[_Template]:
    """Return the media addresses a loop's popup builds around one cell of its row.

    ``'<iframe src="PlayVideo.aspx?ID=' + p[0] + '" scrolling="no">'`` gives (0,
    "iframe", "PlayVideo.aspx?ID=", ""): the literal before the cell opens a media
    element's ``src`` (an iframe, picture, video, source or embed; never a link), the
    literal after it closes the address (a quoted attribute's quote, else a space or the
    tag's end). An address the template continues with another value is no template.

    Linear in the scope: the row's cell uses (``p[0] +``) are found first and only a
    bounded window around each is read (the literal before it backwards, the literal
    after it forwards). ``named_rows`` keeps the answer per (row, scope), so the loops
    sharing one scope read it once.
    """
    if "src" not in scope or "+" not in scope:
        return []
    uses = re.compile(f"(?:{row}){_TEMPLATE_CELL}")
    found: list[_Template] = []
    for match in itertools.islice(uses.finditer(scope), _MAX_USES):
        lead = _literal_before(scope, match.start())
        if lead is None:
            continue
        opened = _MEDIA_SRC.search(_unescaped(lead))
        if opened is None:
            continue
        after = _TEMPLATE_TAIL.match(scope, match.end())
        if after is None:
            continue
        tag, quote, before = opened.group(1).lower(), opened.group(2), opened.group(3)
        tail = _unescaped(after.group(2))
        if quote:
            end = tail.find(quote)
        else:
            end = next(
                (i for i, char in enumerate(tail) if char.isspace() or char == ">"), len(tail)
            )
        if end < 0:
            continue  # the address goes on with another value
        template = (int(match.group("cell")), tag, before, tail[:end])
        if template[0] < _MAX_CELLS and template not in found:
            found.append(template)
        if len(found) >= _MAX_TEMPLATES:
            break
    return found


# A sign that rows given their popup by a row-id template are cameras: a camera word
# (``viewerlinks.CAMERA_PATH_WORDS``, ``livecam``/``ipcam``/``webcam`` too) or a viewing
# word of a live picture (``live``, ``stream``, ``player``, ``snapshot``, ``PlayVideo``)
# in the template's address, or in the names of the list or the loop's row
# (``cctvList``, ``kamera``). A hotel map's ``'/images/hotels/' + h[0] + '.jpg'`` or a
# video site's ``/embed/`` player shows no camera (``watch``, ``play``, ``embed`` and
# ``video`` alone are no sign).
_TEMPLATE_SIGN_WORDS = CAMERA_PATH_WORDS | frozenset(
    {"live", "livestream", "liveview", "stream", "streaming", "player", "snapshot"}
    | {"playvideo", "siaran", "pantau"}
)
_TEMPLATE_SIGN_TOKEN = re.compile(
    rf"(?:live|ip|web)(?:{camera_word_pattern(CAMERA_WORDS)})", re.IGNORECASE
)
_SIGN_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _camera_sign(text: str) -> bool:
    """Return True when an address or a name writes a camera or live-viewing word."""
    text = text[: _MAX_LITERAL * 2]
    words = [word.lower() for word in _SIGN_WORD.findall(text)]
    pairs = (a + b for a, b in itertools.pairwise(words))
    return any(
        word in _TEMPLATE_SIGN_WORDS or _TEMPLATE_SIGN_TOKEN.fullmatch(word)
        for word in itertools.chain(words, pairs)
    )


def _camera_templates(templates: list[_Template], names: tuple[str, ...]) -> list[_Template]:
    """Return the row-id templates whose address or whose list or row names a camera."""
    if any(_camera_sign(name) for name in names):
        return templates
    return [t for t in templates if _camera_sign(f"{t[2]} {t[3]}")]


def _fill_id_templates(
    rows: list[list[JSONValue]], objects: list[JSONValue], templates: list[_Template]
) -> bool:
    """Give each row without media the popup element its template builds from its id.

    Only a template around the row's id cell is filled (the cell whose value the row's
    reading took as its id), with a value written as one token; a row with a media
    address of its own or a popup already is left as it is. Returns True when any row
    was given one.
    """
    given = False
    for cells, item in zip(rows, objects, strict=True):
        if not isinstance(item, dict) or "popup" in item:
            continue
        if any(isinstance(v, str) and (looks_like_url(v) or "/" in v) for v in cells):
            continue  # the row's own address
        for cell, tag, before, after in templates:
            value = cells[cell] if cell < len(cells) else None
            if isinstance(value, bool) or not isinstance(value, str | int):
                continue
            text = str(value)
            if not _TEMPLATE_VALUE.fullmatch(text) or str(item.get("id")) != text:
                continue
            address = html.escape(f"{before}{text}{after}", quote=True)
            item["popup"] = f'<{tag} src="{address}"></{tag}>'
            given = True
            break
    return given


def named_rows(script: str) -> list[tuple[list[JSONValue], list[JSONValue]]]:
    """Return (rows, objects) for each list of rows a loop names the cells of.

    A parallel popups array read with a loop's rows is returned with no objects, so that
    it is not read again on its own.
    """
    found: list[tuple[list[JSONValue], list[JSONValue]]] = []
    seen: set[str] = set()
    lists: dict[str, list[JSONValue] | None] = {}  # parallel arrays, each parsed once
    loops: list[tuple[str, str, str | None, str]] = [
        (match.group("list"), re.escape(match.group("row")), None, script)
        for pattern in _LOOPS
        for match in itertools.islice(pattern.finditer(script), _MAX_LOOPS)
    ]
    if "length" in script:
        loops += [
            (
                match.group("list"),
                rf"(?<![\w$.]){re.escape(match.group('list'))}\s*\[\s*{re.escape(match.group('index'))}\s*\]",
                match.group("index"),
                _loop_body(script, match),
            )
            for match in itertools.islice(_INDEX_LOOP.finditer(script), _MAX_LOOPS)
        ]
    # What the loops of one row name write in one scope, read once: twenty lists each
    # placed by its own ``forEach(function (r) {…})`` share the whole script as scope.
    uses: dict[tuple[str, str], dict[int, str]] = {}
    positions: dict[tuple[str, str], tuple[int, int] | None] = {}
    states: dict[tuple[str, str], dict[int, _Ternary]] = {}
    found_templates: dict[tuple[str, str], list[_Template]] = {}
    for name, row, index, scope in loops:
        plain = None if index is not None else row.replace("\\", "")
        if name in seen or len(seen) >= _MAX_LOOPS:
            continue
        seen.add(name)
        if (row, scope) not in uses:
            uses[row, scope] = _uses(scope, row)
        names = uses[row, scope]
        naming = any(key in _NAMING for key in names.values())
        if (row, scope) not in found_templates:
            found_templates[row, scope] = _id_templates(scope, row)
        templates = found_templates[row, scope]
        if templates:
            signs = (name,) if plain is None else (name, plain)
            templates = _camera_templates(templates, signs)
        if not naming and not templates:
            continue
        rows = _rows_of(script, name)
        if rows is None:
            continue
        cells = [r for r in rows[:_MAX_ROWS] if isinstance(r, list)]
        if (row, scope) not in positions:
            positions[row, scope] = _positions(scope, row)
        called = positions[row, scope]
        named = called is not None and _named_pair(cells, called)
        pair = called if named else _position_columns(cells)
        shared = shared_code_columns(list(cells))
        objects: list[JSONValue] = [_row_object(r, names, pair, named, shared) for r in cells]
        if "?" in scope and (row, scope) not in states:
            states[row, scope] = _ternary_states(scope, row)
        if "?" in scope and (ternaries := states[row, scope]):
            for cells_row, item in zip(cells, objects, strict=True):
                if not isinstance(item, dict) or any(key in _STATES for key in item):
                    continue
                for cell, ternary in sorted(ternaries.items()):
                    if (word := _ternary_word(cells_row, cell, ternary)) is not None:
                        item["status"] = word
                        break
        if len(cells) == len(rows) and (columns := row_columns(rows)) != (None, None):
            for cells_row, item in zip(cells, objects, strict=True):
                if isinstance(item, dict):
                    _unnamed_columns(item, cells_row, names, columns)
        parallel = None
        if index is not None and len(cells) == len(rows):
            parallel = _parallel_popups(script, scope, name, index, len(rows), lists)
        if parallel is not None:
            values, popups = parallel
            for item, popup in zip(objects, popups, strict=False):
                if popup is not None and isinstance(item, dict):
                    item.setdefault("popup", popup)
            found.append((values, []))  # the popups array is read with its rows only
        filled = bool(templates) and len(cells) == len(rows)
        filled = filled and _fill_id_templates(cells, objects, templates)
        if naming or filled:
            found.append((rows, objects))
    return found
