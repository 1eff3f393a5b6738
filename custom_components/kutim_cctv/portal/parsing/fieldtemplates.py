"""Media addresses a page's popup template builds from each record's fields.

A map page may list its cameras as bare data (a GeoJSON ``FeatureCollection`` of
``{codigo, descripcion}``, an array of ``{kode, nama, lat, lng}``) and build each
camera's picture in the popup it shows: a template string whose address holds a
placeholder for one of the record's fields. The placeholder is written as the template
engine of the page writes it: Mustache and marker-layer stylesheets ``{{codigo}}``,
template literals ``${id}`` (also ``${feature.properties.id}``), Leaflet's
``L.Util.template`` and ArcGIS popup templates ``{kode}``.

Such an address (``http://host/camaras/cam{{codigo}}.jpg``) is filled with each
placed record's own values (one with coordinates or a geometry: a page's list of users
or articles rendered with an avatar or thumbnail template is no map's) and given to the
record as its still (or stream, or MJPEG, as the
filled address's shape says; a picture's ``src`` without an extension is a still). Only
records that carry no media address of their own are filled, only with text and number
values written as one token, and every placeholder of the address must name one of the
record's fields: an address naming a page variable (``${BASE}/x.jpg``) is left unread.
A template literal may reach the field with brackets (``${camera["id"]}``), and a popup
may show the still as an element's inline style background (``<div
style='background-image: url(/api/get?id=${camera["id"]})'>``). The records may be
another script's (a server's ``window.__DATA__ = {…}`` or JSON block, the map code in the
page's next script: ``fill_templates_across_scripts``).

A page may also join a record's base address and a constant route with ``+``
(``cam.indexUrl + '-wvhttp-01-/GetOneShot?image_size=640x480'``, Canon network cameras;
``c.base + '/axis-cgi/jpg/image.cgi'``, Axis): when the field holds an absolute address
that is no media itself and the joined address is a still, stream or MJPEG by its shape,
each record without media gets its own joined address (``fill_field_joins``). A route
followed by more joined values (``c.base + '/cam/' + c.id``) is no whole address and is
left unread. Nothing is evaluated.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice
import re

from ..fieldurls import looks_like_url, relative_media_kind, url_kind
from ..position import _read_position
from ..shapes import is_id_key
from ..values import JSONValue, index_keys, norm_key
from .methodtemplates import camera_method_templates

__all__ = [
    "fill_field_joins",
    "fill_field_templates",
    "fill_method_templates",
    "fill_templates_across_scripts",
    "object_lists",
    "record_holders",
]

_MAX_RECORDS = 5_000
_MAX_KEYS = 64
_MAX_DEPTH = 6
_MAX_PLACEHOLDERS = 2_000
_MAX_TEMPLATES = 8
_MAX_RUNS = 200
_MAX_FIELDS = 8  # placeholders in one address
_MAX_RUN = 300
# The place holders of the template engines map pages use: {{field}}, ${field}, {field};
# the field may be reached through the record's variable (``${f.properties.codigo}``),
# also with brackets (``${camera["id"]}``, ``${c.properties['kode']}``).
_PLACEHOLDER = re.compile(
    r"(?:\{\{|\$\{|\{)\s*(?:[A-Za-z_$][\w$]{0,40}\??\.){0,3}"
    r"(?:([A-Za-z_][\w-]{0,63})"
    r"|[A-Za-z_$][\w$]{0,40}\s*\[\s*([\"'])([A-Za-z_][\w-]{0,63})\2\s*\])\s*\}\}?"
)
# Characters an address is written with (placeholders' braces and ``$`` included).
_RUN_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!&%=*{}$"
)
_ADDRESS_START = re.compile(r"(?:https?:)?//|\.{0,2}/|[\w-]+/")
_ATTRIBUTE = re.compile(r"([\w-]{1,20})=")
_FIELD_VALUE = re.compile(r"[\w.~%+/-]{1,120}")
# The popup element whose address it is: a picture, a player or a link.
_SOURCE_TAG = re.compile(
    r"<(img|video|source|a)\b[^<>]{0,300}?\b(?:src|href)\s*=\s*[\"']?$", re.IGNORECASE
)
# A popup element showing the picture as its inline style's background
# (``<div style='background-image: url(/api/get?id=${camera["id"]})'>``).
_BACKGROUND = re.compile(
    r"<[A-Za-z][\w-]{0,20}\b[^<>]{0,300}?\bstyle\s*=\s*[\"']?[^<>\"']{0,300}?"
    r"\bbackground(?:-image)?\s*:[^;<>\"'()]{0,80}?\burl\(\s*[\"']?$",
    re.IGNORECASE,
)
_WRAPPERS = ("properties", "attributes")
_SLOTS = {"still": "snapshot", "stream": "stream", "mjpeg": "mjpeg"}


def object_lists(value: JSONValue, depth: int = 0) -> Iterator[list[JSONValue]]:
    """Yield the lists of objects inside a value (at most six levels down)."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        if any(isinstance(entry, dict) for entry in value[:16]):
            yield value
        for entry in value[:16]:
            if isinstance(entry, list | dict):
                yield from object_lists(entry, depth + 1)
    elif isinstance(value, dict):
        for entry in islice(value.values(), 64):
            if isinstance(entry, list | dict):
                yield from object_lists(entry, depth + 1)


def record_holders(record: dict[str, JSONValue]) -> list[dict[str, JSONValue]]:
    """Return the objects holding a record's own fields (GeoJSON ``properties`` too)."""
    inner = [value for key in _WRAPPERS if isinstance(value := record.get(key), dict)]
    return [record, *inner]


def _media(value: JSONValue) -> bool:
    """Return True for a text that is a media address (absolute or next to the page)."""
    if not isinstance(value, str):
        return False
    if looks_like_url(value):
        return url_kind(value) is not None
    return relative_media_kind(value) is not None


def _has_media(holders: list[dict[str, JSONValue]]) -> bool:
    """Return True when a record carries a media address of its own (one level down too)."""
    for holder in holders:
        for value in islice(holder.values(), 32):
            if _media(value):
                return True
            if isinstance(value, dict) and any(_media(v) for v in islice(value.values(), 32)):
                return True
    return False


def _placed(holders: list[dict[str, JSONValue]]) -> bool:
    """Return True when a record is placed on a map: coordinates or a geometry of its own.

    A map's popup template fills the records it places; a list of users, articles or
    products a page renders with an ``<img src="/avatar/{{id}}.jpg">`` template is none.
    """
    return any(_read_position(index_keys(holder)) is not None for holder in holders)


def _field(match: re.Match[str]) -> str:
    """Return the field name a placeholder match names (plain or in brackets)."""
    return match.group(1) or match.group(3)


def _field_text(value: JSONValue) -> str | None:
    """Return a field value that can stand in an address (one token), else None."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value).strip()
    return text if _FIELD_VALUE.fullmatch(text) else None


def _records(
    values: list[JSONValue], named: set[str], *, placed_only: bool
) -> list[list[dict[str, JSONValue]]]:
    """Return the holders of each record holding a named field and no media (at most 5,000).

    With placed_only, only records placed on a map (``_placed``) count.
    """
    found: list[list[dict[str, JSONValue]]] = []
    for value in values:
        for entries in object_lists(value):
            for entry in entries[:_MAX_RECORDS]:
                if len(found) >= _MAX_RECORDS:
                    return found
                if not isinstance(entry, dict):
                    continue
                holders = record_holders(entry)
                if (
                    any(not named.isdisjoint(h) for h in holders)
                    and not _has_media(holders)
                    and (not placed_only or _placed(holders))
                ):
                    found.append(holders)
    return found


def _run(script: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the address written around the placeholder at start:end."""
    left = start
    floor = max(0, start - _MAX_RUN)
    while left > floor and script[left - 1] in _RUN_CHARS:
        left -= 1
    right = end
    ceiling = min(len(script), end + _MAX_RUN)
    while right < ceiling and script[right] in _RUN_CHARS:
        right += 1
    return left, right


def _template(script: str, start: int, end: int) -> tuple[str, bool] | None:
    """Return the address around a placeholder in popup markup, and whether it is a picture.

    Only an address that is an element's ``src`` or ``href`` in markup counts: a
    template's other addresses (an icon's, a request's) are no camera's.
    """
    left, right = _run(script, start, end)
    run = script[left:right]
    if (attribute := _ATTRIBUTE.match(run)) is not None and not run.startswith("http"):
        # An unquoted attribute (``src=http://…/cam{{codigo}}.jpg``): its value only.
        left += attribute.end()
        run = run[attribute.end() :]
    if (address := _ADDRESS_START.search(run)) is None:
        return None
    left += address.start()
    run = run[address.start() :]
    literal, count = _PLACEHOLDER.subn("", run)
    if (
        count > _MAX_FIELDS
        or "/" not in literal
        or len(literal) < 4
        or "{" in literal
        or "}" in literal
    ):
        return None
    tag = _SOURCE_TAG.search(script, max(0, left - _MAX_RUN), left)
    if tag is not None:
        return run, tag.group(1).lower() == "img"
    if _BACKGROUND.search(script, max(0, left - 2 * _MAX_RUN), left) is not None:
        return run, True  # a background is a picture
    return None


def _templates(script: str, keys: set[str]) -> list[tuple[str, bool]]:
    """Return the distinct addresses of the script built from the records' fields."""
    found: list[tuple[str, bool]] = []
    runs = 0
    for match in islice(_PLACEHOLDER.finditer(script), _MAX_PLACEHOLDERS):
        if _field(match) not in keys:
            continue
        runs += 1
        if runs > _MAX_RUNS:
            break
        template = _template(script, match.start(), match.end())
        if template is not None and template not in found:
            found.append(template)
            if len(found) >= _MAX_TEMPLATES:
                break
    return found


def _filled(template: str, fields: dict[str, JSONValue]) -> str | None:
    """Return the address with each placeholder replaced by the record's value, else None."""
    parts: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        value = _field_text(fields.get(_field(match)))
        if value is None:
            return None
        parts.extend((template[position : match.start()], value))
        position = match.end()
    return "".join(parts) + template[position:] if parts else None


def fill_field_templates(
    script: str, values: list[JSONValue], *, placed_only: bool = False
) -> None:
    """Give records without media the addresses the script's templates build from them.

    The records are changed in place: each filled address goes under the slot its shape
    names (``snapshot``, ``stream``, ``mjpeg``) in the object holding the fields. With
    placed_only (a page's data), only records placed on a map are filled.
    """
    if "{" not in script or not values:
        return
    named = {_field(m) for m in islice(_PLACEHOLDER.finditer(script), _MAX_PLACEHOLDERS)}
    if not named:
        return
    records = _records(values, named, placed_only=placed_only)
    if not records:
        return
    keys: set[str] = set()
    for holders in records:
        for holder in holders:
            keys.update(k for k in named.intersection(holder) if _field_text(holder[k]) is not None)
    templates = _templates(script, keys) if keys else []
    if not templates:
        return
    for holders in records:
        fields: dict[str, JSONValue] = {}
        for holder in reversed(holders):
            fields.update(islice(holder.items(), 64))
        for template, picture in templates:
            address = _filled(template, fields)
            if address is None:
                continue
            kind = url_kind(address) if looks_like_url(address) else relative_media_kind(address)
            slot = _SLOTS.get(kind or ("still" if picture else ""))
            if slot is None:
                continue
            # The object holding the field the address is built from takes it.
            first = _PLACEHOLDER.search(template)
            key = _field(first) if first is not None else ""
            holder = next((h for h in holders if key in h), holders[0])
            if slot not in holder:
                holder[slot] = address


_MAX_TEMPLATE_SCRIPTS = 8  # scripts whose templates may fill other scripts' records
_MARKUP_SOURCE = re.compile(r"<[A-Za-z][^<>]{0,300}?\b(?:src|href|style)\s*=", re.IGNORECASE)


def fill_templates_across_scripts(
    scripts: Sequence[str], values: Sequence[list[JSONValue]]
) -> None:
    """Give records without media the addresses another script's popup template builds.

    A server may write its records into one script (``window.__CAMERAS__ = {…}``, a
    ``<script type="application/json">`` block) and the page's map code, in the next,
    builds each popup from them. Each script holding popup markup (an element with a
    ``src``, ``href`` or ``style``; the first eight) fills the placed records of the
    other scripts as ``fill_field_templates`` fills its own. scripts[i] gave values[i];
    a data block is given as an empty text. The records are changed in place.
    """
    if len(scripts) < 2:
        return
    templated = 0
    for number, script in enumerate(scripts):
        if "{" not in script or _MARKUP_SOURCE.search(script) is None:
            continue
        templated += 1
        if templated > _MAX_TEMPLATE_SCRIPTS:
            return
        others = [v for n, found in enumerate(values) if n != number for v in found]
        fill_field_templates(script, others, placed_only=True)


def fill_method_templates(script: str, values: list[JSONValue]) -> None:
    """Give placed records without media the still a record class's method builds.

    The templates come from ``camera_method_templates`` (``Camera.prototype.getImageUrl``): each
    placed record holding every field a template names, and no media of its own, takes
    the filled address as its still.
    """
    if ("prototype" not in script and "class" not in script) or not values:
        return
    templates = camera_method_templates(script)
    if not templates:
        return
    named = {m.group(1) for t in templates for m in _PLACEHOLDER.finditer(t)}
    for holders in _records(values, named, placed_only=True):
        fields: dict[str, JSONValue] = {}
        for holder in reversed(holders):
            fields.update(islice(holder.items(), 64))
        for template in templates:
            address = _filled(template, fields)
            if address is None:
                continue
            first = _PLACEHOLDER.search(template)
            if first is None:
                continue
            key = first.group(1)
            holder = next((h for h in holders if key in h), holders[0])
            holder.setdefault("snapshot", address)
            # The one field a camera's own picture is named by is its id, when the
            # record names none (``loc{{Number}}.jpg``).
            ids = [k for h in holders for k in islice(h, 64) if is_id_key(norm_key(k))]
            value = _field_text(fields.get(key))
            alone = _PLACEHOLDER.search(template, first.end()) is None
            if not ids and value is not None and alone:
                holder.setdefault("id", value)
            break


_MAX_JOINS = 20_000  # ``+ '…'`` joins looked at in one script
_MAX_JOIN_FIELDS = 200  # joins whose left side names a record field
_MAX_BASE = 200  # characters of a base address
# A string literal joined after ``+``: the constant route of an address.
_JOIN = re.compile(r"\+\s*(?:'([^'\\\n]{1,300})'|\"([^\"\\\n]{1,300})\")")
# The record field written just before that ``+``: ``cam.indexUrl``, ``c.props.base``,
# ``cam['host']``.
_JOIN_FIELD = re.compile(
    r"(?:[A-Za-z_$][\w$]{0,40}\??\.){1,3}([A-Za-z_]\w{0,63})\s*$"
    r"|[A-Za-z_$][\w$]{0,40}\s*\[\s*['\"]([A-Za-z_][\w-]{0,63})['\"]\s*\]\s*$"
)
_ROUTE_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!&%=*,;+"
)
_ROUTE_END = frozenset("\"' <>")


def _route(script: str, match: re.Match[str]) -> str | None:
    """Return the constant route a join writes, when the address ends with it, else None.

    The route ends inside the literal where markup goes on (``'mjpg/video.mjpg" width'``)
    or with the literal when no other value is joined after it.
    """
    literal = match.group(1) or match.group(2)
    length = 0
    while length < len(literal) and literal[length] in _ROUTE_CHARS:
        length += 1
    route = literal[:length]
    if length < len(literal):
        if literal[length] not in _ROUTE_END:
            return None
    elif script[match.end() : match.end() + 40].lstrip().startswith("+"):
        return None
    if len(route) < 3 or route.startswith(("http:", "https:", "//")) or "/" not in route:
        return None
    return route


def _base(value: JSONValue) -> str | None:
    """Return a field value that is an absolute address and no media itself, else None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if (
        len(text) > _MAX_BASE
        or not text.startswith(("http://", "https://"))
        or any(c.isspace() or c in "\"'<>" for c in text)
        or url_kind(text) is not None
    ):
        return None
    return text


def _joins(script: str) -> list[tuple[str, str]]:
    """Return the distinct (field, route) pairs the script joins with ``+`` (at most 8)."""
    found: list[tuple[str, str]] = []
    fields = 0
    for match in islice(_JOIN.finditer(script), _MAX_JOINS):
        window = script[max(0, match.start() - 120) : match.start()]
        field = _JOIN_FIELD.search(window)
        if field is None:
            continue
        fields += 1
        if fields > _MAX_JOIN_FIELDS:
            break
        route = _route(script, match)
        name = field.group(1) or field.group(2)
        if route is not None and (name, route) not in found:
            found.append((name, route))
            if len(found) >= _MAX_TEMPLATES:
                break
    return found


def fill_field_joins(script: str, values: list[JSONValue], *, placed_only: bool = False) -> None:
    """Give records without media the addresses the script joins from a base field.

    ``cam.indexUrl + '-wvhttp-01-/GetOneShot?…'`` gives each record whose ``indexUrl``
    is an absolute address (no media itself) that address joined with the route, under
    the slot its shape names; a joined address of no media kind (a status page, the
    camera's own index page) gives nothing. With placed_only, only records placed on a
    map are filled. The records are changed in place.
    """
    if "+" not in script or not values:
        return
    joins = _joins(script)
    if not joins:
        return
    records = _records(values, {name for name, _route in joins}, placed_only=placed_only)
    for holders in records:
        for name, route in joins:
            holder = next((h for h in holders if name in h), None)
            if holder is None or (base := _base(holder[name])) is None:
                continue
            address = base + route
            slot = _SLOTS.get(url_kind(address) or "")
            if slot is not None and slot not in holder:
                holder[slot] = address
