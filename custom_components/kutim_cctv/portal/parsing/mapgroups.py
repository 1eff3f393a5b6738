"""Leaflet layer groups, the labels a layers control gives them, and click handlers.

Map pages often sort their markers into one layer group per kecamatan and offer the
groups in a layers control: ``L.control.layers(baseLayers, {"Sangatta Utara": group})``
or ``control.addOverlay(group, "Bengalon")``, or in a panel-layers control (leaflet-panel-layers:
``L.control.panelLayers(base, [{group: "Kecamatan", layers: [{name: "Bengalon", layer:
group}]}])``). A marker joins a group by a chained
``.addTo(group)``, by ``group.addLayer(marker)`` / ``addLayers([…])``, inline as
``group.addLayer(L.marker(…))``, or when the group is made from it
(``L.layerGroup([a, b])``). When two or more groups holding markers carry such labels,
each label is the area of the markers in its group; a single labelled group (``CCTV``)
or labels that are states (``Online``) say nothing about places.

Markers also hand their stream to a page player in a click handler
(``.on('click', () => bukaCctv('Simpang', 'https://…m3u8'))``,
``marker.addListener('click', …)``): the media addresses written as literals in the
handler are the marker's media. Everything is read from literals; nothing is evaluated.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
import re

from ..fieldurls import looks_like_url, url_kind
from ..values import clean_text, generic_label, parse_status

__all__ = ["LayerGroups", "chain_calls", "handler_media"]

_MAX_GROUPS = 500
_MAX_STATEMENTS = 8000
_MAX_CHAIN = 16
_MAX_HANDLER_URLS = 8
_IDENT = r"[A-Za-z_$][\w$]*"
_GROUP_CTOR = re.compile(
    rf"(?<![\w$.])({_IDENT})\s*=\s*(?:new\s+)?L\s*\.\s*"
    r"(?:layerGroup|featureGroup|markerClusterGroup|LayerGroup|FeatureGroup|MarkerClusterGroup)"
    r"\s*\("
)
_ADD_TO = re.compile(rf"(?<![\w$.])({_IDENT})\s*\.\s*addTo\s*\(\s*({_IDENT})\s*\)")
_ANY_ADD_TO = re.compile(rf"\.\s*addTo\s*\(\s*({_IDENT})\s*\)")
_ADD_LAYER = re.compile(rf"(?<![\w$.])({_IDENT})\s*\.\s*addLayers?\s*\(")
_INLINE_ADD = re.compile(rf"(?<![\w$.])({_IDENT})\s*\.\s*addLayer\s*\(\s*$")
_CONTROL = re.compile(
    r"\bL\s*\.\s*control\s*\.\s*(?:layers|groupedLayers|panelLayers)\s*\("
    r"|\bnew\s+L\s*\.\s*Control\s*\.\s*(?:Layers|GroupedLayers|PanelLayers)\s*\("
)
_ADD_OVERLAY = re.compile(rf"\.\s*add(?:Overlay|BaseLayer)\s*\(\s*({_IDENT})\s*,\s*(?=[\"'`])")
_OBJECT_VAR = re.compile(rf"(?<![\w$.])({_IDENT})\s*=\s*(?=[{{\[])")
# A panel-layers item: ``{name: "Bengalon", icon: …, layer: group}``, or a group of
# items ``{group: "Kecamatan", layers: […]}`` (its heading is no label).
_ITEM_FIELD = re.compile(r"""^\s*(?:(["'])(\w{1,12})\1|(\w{1,12}))\s*:\s*(.*)$""", re.DOTALL)
_NESTED_LABELS = re.compile(
    rf"""^\s*(?:(["'`])(.{{1,200}}?)\1|({_IDENT}))\s*:\s*(?=\{{)""", re.DOTALL
)
_LABELLED = re.compile(
    rf"""^\s*(?:(["'`])(.{{1,200}}?)\1|({_IDENT}))\s*:\s*({_IDENT})\s*$""", re.DOTALL
)
_NAMES = re.compile(rf"^\s*({_IDENT})\s*$")
_HANDLER = re.compile(
    rf"(?:(?<![\w$.])({_IDENT})\s*\.\s*(?:getElement\s*\(\s*\)\s*\.\s*)?"
    rf"(?:on|addListener|addEventListener)\s*\(\s*"
    rf"|\bgoogle\s*\.\s*maps\s*\.\s*event\s*\.\s*addListener\s*\(\s*({_IDENT})\s*,\s*)"
    r"[\"'](?:click|dblclick|popupopen|gmp-click|select)[\"']\s*,"
)
_CHAIN_CALL = re.compile(r"\s*\.\s*([A-Za-z_$][\w$]*)\s*\(")
_QUOTE = re.compile(r"[\"'`]")
_TAG = re.compile(r"<[^>]*>")
_MEDIA_SLOTS = {"stream": "stream", "still": "snapshot", "mjpeg": "mjpeg"}

# Helpers of the map reader: the end of a call opened before an index, the string
# literal at an index, and an argument list split at its top-level commas.
CallEnd = Callable[[str, int], "int | None"]
StringAt = Callable[[str, int], "tuple[str, int] | None"]
Arguments = Callable[[str], list[str]]


def chain_calls(script: str, end: int, limit: int, call_end: CallEnd) -> list[tuple[str, str]]:
    """Return the calls chained to an expression ending at end: (method, arguments)."""
    calls: list[tuple[str, str]] = []
    position = end
    while len(calls) < _MAX_CHAIN and (match := _CHAIN_CALL.match(script, position)):
        if match.end() >= limit:
            break
        close = call_end(script, match.end())
        if close is None:
            break
        calls.append((match.group(1), script[match.end() : close - 1]))
        position = close
    return calls


def handler_media(text: str, string_at: StringAt) -> dict[str, str]:
    """Return the media addresses written as literals in an event handler, by slot."""
    found: dict[str, str] = {}
    position = 0
    count = 0
    while count < _MAX_HANDLER_URLS * 4 and (match := _QUOTE.search(text, position)):
        literal = string_at(text, match.start())
        if literal is None:
            position = match.end()
            continue
        count += 1
        value, position = literal
        if looks_like_url(value) and (kind := url_kind(value.strip())) in _MEDIA_SLOTS:
            found.setdefault(_MEDIA_SLOTS[kind], value.strip())
            if len(found) >= _MAX_HANDLER_URLS:
                break
    return found


class LayerGroups:
    """The layer groups of one script, the markers they hold and their labels."""

    def __init__(self, script: str, call_end: CallEnd, arguments: Arguments) -> None:
        """Find groups, memberships, labels and click handlers in a script."""
        self._script = script
        self._call_end = call_end
        self._arguments = arguments
        self.groups: set[str] = set()
        self.members: dict[str, str] = {}
        self.held: set[str] = set()
        self.handlers: dict[str, list[tuple[int, str]]] = {}
        labels: dict[str, str | None] = {}
        if "L" in script:
            self._read_groups()
            for group, label in self._labels():
                labels[group] = label if labels.get(group, label) == label else None
        self._read_handlers()
        self.areas = self._areas(labels)

    def _read_groups(self) -> None:
        script = self._script
        for count, match in enumerate(_GROUP_CTOR.finditer(script)):
            if count >= _MAX_GROUPS:
                break
            group = match.group(1)
            self.groups.add(group)
            close = self._call_end(script, match.end())
            if close is not None:
                for name in self._listed(script[match.end() : close - 1]):
                    self.members.setdefault(name, group)
        if not self.groups:
            return
        for count, match in enumerate(_ADD_TO.finditer(script)):
            if count >= _MAX_STATEMENTS:
                break
            if match.group(2) in self.groups:
                self.members.setdefault(match.group(1), match.group(2))
        for count, match in enumerate(_ANY_ADD_TO.finditer(script)):
            if count >= _MAX_STATEMENTS:
                break
            self.held.add(match.group(1))  # something (a marker, a chain) joins it
        for count, match in enumerate(_ADD_LAYER.finditer(script)):
            if count >= _MAX_STATEMENTS:
                break
            group = match.group(1)
            if group not in self.groups:
                continue
            self.held.add(group)
            close = self._call_end(script, match.end())
            if close is not None:
                for name in self._listed(script[match.end() : close - 1]):
                    self.members.setdefault(name, group)

    def _listed(self, args: str) -> list[str]:
        """Return the variable names an argument list gives: ``a`` or ``[a, b]``."""
        text = args.strip()
        if text.startswith("[") and text.endswith("]"):
            text = text[1:-1]
        return [m.group(1) for part in self._arguments(text) if (m := _NAMES.match(part))]

    def _labels(self) -> list[tuple[str, str]]:
        """Return (group, label) pairs offered in layers controls."""
        script = self._script
        found: list[tuple[str, str]] = []
        objects: dict[str, int] | None = None
        for count, match in enumerate(_CONTROL.finditer(script)):
            if count >= _MAX_GROUPS:
                break
            close = self._call_end(script, match.end())
            if close is None:
                continue
            for part in self._arguments(script[match.end() : close - 1])[:2]:
                text = part.strip()
                if (name := _NAMES.match(text)) is not None:
                    if objects is None:
                        objects = {
                            m.group(1): m.end()
                            for _n, m in zip(
                                range(_MAX_STATEMENTS), _OBJECT_VAR.finditer(script), strict=False
                            )
                        }
                    start = objects.get(name.group(1))
                    end = self._call_end(script, start + 1) if start is not None else None
                    text = script[start:end] if start is not None and end is not None else ""
                found.extend(self._object_labels(text) or self._item_labels(text))
        for count, match in enumerate(_ADD_OVERLAY.finditer(script)):
            if count >= _MAX_GROUPS:
                break
            close = self._call_end(script, match.end())  # inside the call, at the label
            if close is None:
                continue
            parts = self._arguments(script[match.end() : close - 1])
            label = _label_text(parts[0]) if parts else None
            if label is not None:
                found.append((match.group(1), label))
        return found

    def _item_labels(self, text: str, depth: int = 1) -> list[tuple[str, str]]:
        """Return the (group, label) entries of a panel-layers items array's text."""
        body = text.strip()
        if not body.startswith("[") or not body.endswith("]"):
            return []
        found: list[tuple[str, str]] = []
        for entry in self._arguments(body[1:-1])[:_MAX_GROUPS]:
            item = entry.strip()
            if not item.startswith("{") or not item.endswith("}"):
                continue
            fields: dict[str, str] = {}
            for part in self._arguments(item[1:-1])[:16]:
                if (field := _ITEM_FIELD.match(part)) is not None:
                    key = field.group(2) or field.group(3)
                    fields.setdefault(key, field.group(4).strip())
            if "layers" in fields:
                if depth > 0:
                    found.extend(self._item_labels(fields["layers"], depth - 1))
                continue
            layer = _NAMES.match(fields.get("layer", ""))
            label = _label_text(fields.get("name", ""))
            if layer is not None and label is not None:
                found.append((layer.group(1), label))
        return found

    def _object_labels(self, text: str, depth: int = 1) -> list[tuple[str, str]]:
        """Return the (group, label) entries of an overlays object literal's text.

        Grouped overlays (``{"Kecamatan": {"Bengalon": layer}}``, leaflet-groupedlayercontrol)
        give the labels of their inner objects; the heading above them is no label.
        """
        body = text.strip()
        if not body.startswith("{") or not body.endswith("}"):
            return []
        found: list[tuple[str, str]] = []
        for entry in self._arguments(body[1:-1])[:_MAX_GROUPS]:
            if depth > 0 and (nested := _NESTED_LABELS.match(entry)) is not None:
                found.extend(self._object_labels(entry[nested.end() :], depth - 1))
                continue
            if (match := _LABELLED.match(entry)) is None:
                continue
            raw = match.group(2) if match.group(2) is not None else match.group(3)
            if (label := _plain_label(raw)) is not None:
                found.append((match.group(4), label))
        return found

    def _areas(self, labels: dict[str, str | None]) -> dict[str, str]:
        """Return each marker group's label when two or more groups carry place labels."""
        held = self.held | set(self.members.values())
        areas = {
            group: label
            for group, label in labels.items()
            if label is not None and group in self.groups and group in held
        }
        if len(set(areas.values())) < 2:
            return {}
        return areas

    def _read_handlers(self) -> None:
        script = self._script
        for count, match in enumerate(_HANDLER.finditer(script)):
            if count >= _MAX_STATEMENTS:
                break
            close = self._call_end(script, match.end())  # inside the call, after the event
            if close is not None:
                own = self.handlers.setdefault(match.group(1) or match.group(2), [])
                own.append((match.end(), script[match.end() : close - 1]))

    def handler(self, var: str | None, end: int, limit: int) -> str | None:
        """Return the click handler of a marker variable: the one after it, else its first."""
        own = self.handlers.get(var or "", [])
        if not own:
            return None
        at = bisect_left(own, (end, ""))
        chosen = own[at] if at < len(own) and own[at][0] < limit else own[0]
        return chosen[1] or None

    def element_handler(self, element: str, span: tuple[int, int, int]) -> str | None:
        """Return the click handler of the page element a marker is built on.

        span is where the marker before ends, where this marker starts and where the next
        starts: the element's last handler between the two markers before it, else its
        first one after it before the next.
        """
        floor, start, limit = span
        own = self.handlers.get(element, [])
        at = bisect_left(own, (start, ""))
        if at and own[at - 1][0] > floor:
            return own[at - 1][1] or None
        return (own[at][1] or None) if at < len(own) and own[at][0] < limit else None

    def area(self, var: str | None, chained: list[tuple[str, str]], start: int) -> str | None:
        """Return the area of a marker: the label of the group it joins."""
        if not self.areas:
            return None
        group: str | None = None
        for method, args in chained:
            if method == "addTo" and (name := _NAMES.match(args)) is not None:
                group = name.group(1) if name.group(1) in self.areas else group
        if group is None and var:
            group = self.members.get(var)
        if group is None:
            before = self._script[max(0, start - 80) : start]
            if (inline := _INLINE_ADD.search(before)) is not None:
                group = inline.group(1)
        return self.areas.get(group or "")


def _label_text(part: str) -> str | None:
    """Return the label a string literal argument gives."""
    text = part.strip()
    if len(text) < 2 or text[0] not in "\"'`" or text[-1] != text[0]:
        return None
    return _plain_label(text[1:-1])


def _plain_label(raw: str) -> str | None:
    """Return a control label as plain text, unless it names no place."""
    text = clean_text(_TAG.sub(" ", raw))
    if not text or len(text) > 80 or generic_label(text) or parse_status(text) is not None:
        return None
    return text
