"""State that web frameworks embed in a page, read as data and never evaluated.

Server-rendered pages of single-page frameworks carry their data in forms of their own:
JSON in an attribute (Inertia ``data-page``, Livewire ``wire:snapshot`` and
``wire:initial-data``, Astro island ``props``, Alpine ``x-data``), a flat array whose
values refer to each other by index (devalue: Nuxt 3 ``__NUXT_DATA__``, SvelteKit), a
function called with the values it repeats (Nuxt 2 ``window.__NUXT__=(function(a,b){…}
(…))``) or rows of React Server Component flight data (Next.js ``self.__next_f``). Each
is turned back into plain JSON within fixed bounds: sizes are capped, a reference is
followed at most once, and nothing is run.
"""

from __future__ import annotations

from collections.abc import Iterator
import itertools
import json
import re

from ..values import JSONObject, JSONValue
from .javascript import _JS_TOKEN, _balanced_end, _next_char, _string_end, js_to_json, script_values

MAX_STATE_ATTRIBUTES = 32
"""Attributes holding JSON state read per page."""
MAX_STATE_CHARS = 4_000_000
"""Characters of attribute state and flight rows read per page."""
_MIN_STATE = 16
_MAX_DEPTH = 64
_MAX_NODES = 200_000
_MAX_IIFE_PARAMS = 2000
_MAX_IIFES = 4

_ASTRO_TYPES = range(12)
_FLIGHT_PUSH = re.compile(r"__next_f\s*\.\s*push\(\s*(?=\[)")
_FLIGHT_ROW = re.compile(r"([0-9a-fA-F]{1,8}):(?=[\[{\"])")
_IIFE = re.compile(
    r"\(\s*function\s*\(\s*((?:[A-Za-z_$][\w$]*\s*,\s*){0,2000}[A-Za-z_$][\w$]*)?\s*\)"
    r"\s*\{\s*return\s+(?=[\[{])"
)
_IIFE_CALL = re.compile(r"\s*;?\s*\}\s*\)?\s*\(")
_PAREN_SCAN = re.compile(r"[()\"'`]")
_VOID = re.compile(r"\bvoid\s+0\b")


# ---------------------------------------------------------------------------
# Attributes
# ---------------------------------------------------------------------------


def state_attribute(value: str) -> bool:
    """Return True when an attribute value may hold embedded state (JSON or x-data)."""
    start = value[:1]
    return len(value) >= _MIN_STATE and (start in ("{", "[") or "JSON.parse(" in value[:4000])


def attribute_values(value: str) -> list[JSONValue]:
    """Return the data an attribute holds: JSON, or script data such as ``JSON.parse('…')``."""
    try:
        whole: JSONValue = json.loads(value)
    except (ValueError, RecursionError):
        return [revive(found) for found in script_values(value)]
    return [revive(whole)] if isinstance(whole, list | dict) else []


# ---------------------------------------------------------------------------
# Wrapped values: Livewire tuples, Astro props, devalue arrays
# ---------------------------------------------------------------------------


class _Budget:
    """Nodes a revival may still visit."""

    def __init__(self) -> None:
        self.left = _MAX_NODES

    def spend(self) -> bool:
        self.left -= 1
        return self.left >= 0


def revive(value: JSONValue) -> JSONValue:
    """Return a value with framework wrappings undone (bounded; unknown parts unchanged).

    Astro's ``[type, value]`` pairs are read only in the value itself (island props are
    a whole attribute), so a pair of numbers deeper down stays what it is.
    """
    budget = _Budget()
    if isinstance(value, dict) and _astro_props(value):
        return {key: _revive(_astro(item, 1, budget), 1, budget) for key, item in value.items()}
    return _revive(value, 0, budget)


def _revive(value: JSONValue, depth: int, budget: _Budget) -> JSONValue:
    if depth > _MAX_DEPTH or not budget.spend():
        return None
    if isinstance(value, list):
        if _devalue_like(value):
            return _revive(_unflatten(value, budget), depth + 1, budget)
        if _livewire_tuple(value):
            return _revive(value[0], depth + 1, budget)
        return [_revive(item, depth + 1, budget) for item in value]
    if isinstance(value, dict):
        return {
            key: _revive(item, depth + 1, budget)
            for key, item in value.items()
            if not route_table(item)
        }
    return value


def _livewire_tuple(value: list[JSONValue]) -> bool:
    """Return True for Livewire 3's ``[value, {"s": "arr"}]`` pairs of a synthesised value."""
    if len(value) != 2 or not isinstance(value[0], list | dict):
        return False
    meta = value[1]
    return isinstance(meta, dict) and isinstance(meta.get("s"), str) and len(meta) <= 4


def _astro_pair(value: JSONValue) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and type(value[0]) is int
        and value[0] in _ASTRO_TYPES
    )


def _astro_props(value: dict[str, JSONValue]) -> bool:
    """Return True for Astro island props: every value a ``[type, value]`` pair."""
    return bool(value) and all(_astro_pair(item) for item in value.values())


def _astro(value: JSONValue, depth: int, budget: _Budget) -> JSONValue:
    """Return the value of one Astro ``[type, value]`` pair (0 value or object, 1 array)."""
    if depth > _MAX_DEPTH or not budget.spend() or not _astro_pair(value):
        return None
    assert isinstance(value, list)
    kind, inner = value
    if kind == 1 and isinstance(inner, list):
        return [_astro(item, depth + 1, budget) for item in inner]
    if kind == 0 and isinstance(inner, dict):
        return {key: _astro(item, depth + 1, budget) for key, item in inner.items()}
    if kind in (0, 3, 7) and not isinstance(inner, list | dict):
        return inner  # a value, a date or an address
    return None


def _index(value: JSONValue, size: int) -> bool:
    return type(value) is int and -7 <= value < size


def _devalue_like(value: list[JSONValue]) -> bool:
    """Return True for a devalue array: a root of indexes into a list of mixed values.

    A list of records is all objects; a devalue array holds its strings and numbers as
    entries of their own, and its first entry refers to them by index.
    """
    size = len(value)
    if size < 3:
        return False
    root = value[0]
    if isinstance(root, dict):
        if not root or not all(_index(item, size) for item in root.values()):
            return False
    elif isinstance(root, list):
        if not root:
            return False
        head = root[1:] if isinstance(root[0], str) else root
        if not head or not all(_index(item, size) for item in head):
            return False
    else:
        return False
    return any(not isinstance(item, dict | list) for item in value[1:64])


def _unflatten(
    values: list[JSONValue], budget: _Budget, promises: dict[int, JSONValue] | None = None
) -> JSONValue:
    """Return the value a devalue array stands for; each object or array is used once.

    A ``["Promise", id]`` marker (SvelteKit's streamed data) is the value its settled
    chunk carried, when promises are given.
    """
    used: set[int] = set()

    def get(ref: JSONValue, depth: int) -> JSONValue:
        if type(ref) is not int or not 0 <= ref < len(values):
            return None  # -1 undefined, -2 a hole, NaN and infinities: no value
        if depth > _MAX_DEPTH or not budget.spend():
            return None
        value = values[ref]
        if isinstance(value, dict | list):
            if ref in used:
                return None
            used.add(ref)
        if isinstance(value, dict):
            return {key: get(item, depth + 1) for key, item in value.items()}
        if isinstance(value, list):
            if value and isinstance(value[0], str):
                return special(value, depth)
            return [get(item, depth + 1) for item in value]
        return value

    def special(value: list[JSONValue], depth: int) -> JSONValue:
        kind, rest = value[0], value[1:]
        if kind == "Promise" and promises is not None:
            ident = get(rest[0], depth + 1) if len(rest) == 1 else None
            return promises.get(ident) if type(ident) is int else None
        if kind == "Set":
            return [get(item, depth + 1) for item in rest]
        if kind in ("Map", "null"):
            pairs = zip(rest[::2], rest[1::2], strict=False)
            if kind == "Map":
                found = ((get(key, depth + 1), item) for key, item in pairs)
                return {str(key): get(item, depth + 1) for key, item in found}
            return {str(key): get(item, depth + 1) for key, item in pairs}
        if len(rest) == 1 and type(rest[0]) is int:
            return get(rest[0], depth + 1)  # Reactive, Ref, ShallowReactive and the like
        if len(rest) == 1 and isinstance(rest[0], str):
            return rest[0]  # Date, URL, BigInt, RegExp: the text
        return None

    return get(0, 0)


# ---------------------------------------------------------------------------
# SvelteKit data answers
# ---------------------------------------------------------------------------

_MAX_NODES_PER_ANSWER = 64
_MAX_CHUNKS = 256
_SVELTEKIT_START = re.compile(r'\s*\{\s*"type"\s*:\s*"data"\s*,\s*"nodes"\s*:\s*\[')


def _node_data(data: JSONValue, budget: _Budget, promises: dict[int, JSONValue]) -> JSONValue:
    """Return one node's data: a devalue array revived, older plain data as it is."""
    if isinstance(data, list) and data and isinstance(data[0], dict | list):
        return _unflatten(data, budget, promises)
    if isinstance(data, list) and len(data) == 1:
        return data[0]  # a primitive root: [value]
    return data


def _chunks(rest: str) -> list[JSONValue]:
    """Return the chunk lines that follow a streamed answer's first line (bounded)."""
    found: list[JSONValue] = []
    for line in rest[:MAX_STATE_CHARS].split("\n", _MAX_CHUNKS)[:_MAX_CHUNKS]:
        if '"chunk"' not in line:
            continue
        try:
            found.append(json.loads(line))
        except (ValueError, RecursionError):
            continue
    return found


def sveltekit_data(value: JSONValue, rest: str = "") -> JSONObject | None:
    """Return the page data a SvelteKit ``__data.json`` answer carries, else None.

    The answer is ``{"type": "data", "nodes": [...]}``: one entry per layout and the
    page, each ``null`` (no server load), ``{"type": "skip"}`` (not reloaded),
    ``{"type": "error"}`` or ``{"type": "data", "data": <devalue array>, "uses": …}``.
    Streamed promises follow on lines of their own (``{"type": "chunk", "id": 1,
    "data": <devalue array>}``, in rest) and stand where their ``["Promise", id]``
    marker stands. The nodes' data is merged like the page sees it: the page's own
    fields over its layouts'. At most 64 nodes, 256 chunks and one revival budget.
    """
    if not isinstance(value, dict) or value.get("type") != "data":
        return None
    nodes = value.get("nodes")
    if not isinstance(nodes, list) or not nodes or len(nodes) > _MAX_NODES_PER_ANSWER:
        return None
    if not all(node is None or isinstance(node, dict) for node in nodes):
        return None
    budget = _Budget()
    promises: dict[int, JSONValue] = {}
    for chunk in _chunks(rest) if rest else []:
        if (
            isinstance(chunk, dict)
            and chunk.get("type") == "chunk"
            and type(ident := chunk.get("id")) is int
            and "data" in chunk
        ):
            promises.setdefault(ident, _node_data(chunk["data"], budget, {}))
    merged: JSONObject = {}
    for node in nodes:
        if isinstance(node, dict) and node.get("type") == "data" and "data" in node:
            data = _node_data(node["data"], budget, promises)
            if isinstance(data, dict):
                merged.update(data)
    return merged


def sveltekit_answer(text: str) -> JSONObject | None:
    """Return the page data of a SvelteKit ``__data.json`` body, streamed chunks included."""
    match = _SVELTEKIT_START.match(text)
    if match is None:
        return None
    try:
        first, end = json.JSONDecoder().raw_decode(text, text.index("{", 0, match.end()))
    except (ValueError, RecursionError):
        return None
    return sveltekit_data(first, text[end:])


def route_table(value: JSONValue) -> bool:
    """Return True for a router's table of routes (Laravel Ziggy: ``{url, routes}``).

    Its entries are address templates (``cctv/{cctv}``) of the site, never cameras.
    """
    if not isinstance(value, dict):
        return False
    routes = value.get("routes")
    if not isinstance(routes, dict) or not routes:
        return False
    return all(
        isinstance(route, dict) and "uri" in route and "methods" in route
        for route in itertools.islice(routes.values(), 50)
    )


# ---------------------------------------------------------------------------
# Livewire 3 update answers
# ---------------------------------------------------------------------------

_MAX_LIVEWIRE_COMPONENTS = 32
_LIVEWIRE_ANSWER_KEYS = frozenset({"components", "assets"})


def livewire_update_data(value: JSONValue) -> JSONObject | None:
    """Return the component state a Livewire 3 update answer carries, else None.

    ``POST /livewire/update`` answers ``{"components": [{"snapshot": "<JSON text>",
    "effects": {…}}], "assets": …}``: each snapshot is the component's new state written
    as a string (``{"data", "memo", "checksum"}``), its values in Livewire's
    ``[value, {"s": "arr"}]`` tuples. The ``data`` of each component is returned,
    revived; several components are keyed by their name (``memo.name``). The effects
    (re-rendered html, dispatched events) are no state. At most 32 components, their
    snapshots together within the state size cap; any other shape is None.
    """
    if not isinstance(value, dict) or not value.keys() <= _LIVEWIRE_ANSWER_KEYS:
        return None
    components = value.get("components")
    if not isinstance(components, list) or not 0 < len(components) <= _MAX_LIVEWIRE_COMPONENTS:
        return None
    states: list[tuple[str, JSONObject]] = []
    size = 0
    for component in components:
        if not isinstance(component, dict) or not isinstance(component.get("effects"), dict):
            return None
        text = component.get("snapshot")
        if not isinstance(text, str) or not text.startswith("{"):
            return None
        size += len(text)
        if size > MAX_STATE_CHARS:
            return None
        try:
            snapshot: JSONValue = json.loads(text)
        except (ValueError, RecursionError):
            return None
        if not isinstance(snapshot, dict) or not isinstance(memo := snapshot.get("memo"), dict):
            return None
        data = snapshot.get("data")
        if not isinstance(data, dict):
            return None
        name = memo.get("name")
        revived = revive(data)
        if isinstance(revived, dict):
            states.append((name if isinstance(name, str) else str(len(states)), revived))
    if len(states) == 1:
        return states[0][1]
    keyed: JSONObject = {}
    for name, state in states:
        keyed.setdefault(name, state)
    return keyed or None


# ---------------------------------------------------------------------------
# HTML fragments in JSON answers
# ---------------------------------------------------------------------------

_FRAGMENT_TAG = re.compile(r"<[a-zA-Z][\w:-]{0,40}[\s/>]")
_MAX_FRAGMENT_DEPTH = 6
_MAX_FRAGMENT_NODES = 20_000


def html_fragments(value: JSONValue) -> str | None:
    """Return the markup a JSON answer carries in its strings (load-more answers), if any.

    ``{"html": "<article …>", "current_page": 2}`` hands over rendered cards: they are
    read as a page. Strings are taken in order, up to a fixed total size.
    """
    found: list[str] = []
    size = 0
    nodes = 0
    level: list[JSONValue] = [value]
    for _depth in range(_MAX_FRAGMENT_DEPTH):
        following: list[JSONValue] = []
        for current in level:
            children = (
                list(current.values())
                if isinstance(current, dict)
                else current
                if isinstance(current, list)
                else []
            )
            for child in children:
                nodes += 1
                if nodes > _MAX_FRAGMENT_NODES:
                    break
                if isinstance(child, str):
                    if "<" in child and _FRAGMENT_TAG.search(child):
                        size += len(child)
                        if size > MAX_STATE_CHARS:
                            break
                        found.append(child)
                elif isinstance(child, dict | list):
                    following.append(child)
        level = following
    return "\n".join(found) if found else None


# ---------------------------------------------------------------------------
# Next.js flight data
# ---------------------------------------------------------------------------


def flight_values(scripts: list[tuple[str, str]]) -> list[JSONValue]:
    """Return the component props of the rows of a page's Next.js flight data."""
    chunks: list[str] = []
    size = 0
    decoder = json.JSONDecoder()
    for _kind, script in scripts:
        if "__next_f" not in script:
            continue
        for match in _FLIGHT_PUSH.finditer(script):
            try:
                pushed, _end = decoder.raw_decode(script, match.end())
            except (ValueError, RecursionError):
                continue
            if (
                isinstance(pushed, list)
                and len(pushed) == 2
                and pushed[0] == 1
                and isinstance(pushed[1], str)
            ):
                size += len(pushed[1])
                if size > MAX_STATE_CHARS:
                    break
                chunks.append(pushed[1])
    values: list[JSONValue] = []
    budget = _Budget()
    for line in "".join(chunks).split("\n"):
        row = _FLIGHT_ROW.match(line)
        if row is None:
            continue
        try:
            value: JSONValue = json.loads(line[row.end() :])
        except (ValueError, RecursionError):
            continue
        values.extend(_props(_flight(value, 0, budget), 0))
    return values


def _flight(value: JSONValue, depth: int, budget: _Budget) -> JSONValue:
    """Return a flight value with its ``$`` markers read (``$undefined``, ``$D`` dates)."""
    if depth > _MAX_DEPTH or not budget.spend():
        return None
    if isinstance(value, str) and value[:1] == "$":
        if value == "$undefined" or value[:2] in ("$L", "$@", "$F", "$S", "$K", "$Q", "$W"):
            return None if value == "$undefined" else value
        if value[:2] in ("$D", "$$", "$n"):
            return value[2:] if value[:2] != "$$" else value[1:]
        return value
    if isinstance(value, list):
        return [_flight(item, depth + 1, budget) for item in value]
    if isinstance(value, dict):
        return {key: _flight(item, depth + 1, budget) for key, item in value.items()}
    return value


def _props(value: JSONValue, depth: int) -> Iterator[JSONValue]:
    """Yield the props of the elements in a flight row (``["$", type, key, props]``)."""
    if depth > _MAX_DEPTH or not isinstance(value, list):
        return
    if len(value) == 4 and value[0] == "$" and isinstance(value[3], dict):
        props = value[3]
        yield props
        children = props.get("children")
        yield from _props(children, depth + 1)
        return
    for item in value[:200]:
        yield from _props(item, depth + 1)


# ---------------------------------------------------------------------------
# Nuxt 2 state functions
# ---------------------------------------------------------------------------


def _paren_end(text: str, start: int) -> int | None:
    """Return the index after the parenthesis matching text[start], strings aware."""
    depth = 0
    position = start
    while (match := _PAREN_SCAN.search(text, position)) is not None:
        char = match.group()
        if char == "(":
            depth += 1
            if depth > 500:
                return None
        elif char == ")":
            depth -= 1
            if depth == 0:
                return match.end()
        else:
            end = _string_end(text, match.start())
            if end is None:
                return None
            position = end
            continue
        position = match.end()
    return None


def iife_values(script: str) -> list[JSONValue]:
    """Return the object a ``(function(a, b, …){return {…}}(x, y, …))`` script builds.

    The parameters stand for the values passed at the end: each is put in place as data.
    """
    values: list[JSONValue] = []
    if "function" not in script:
        return values
    for match in itertools.islice(_IIFE.finditer(script), _MAX_IIFES):
        params = [name.strip() for name in (match.group(1) or "").split(",") if name.strip()]
        body_end = _balanced_end(script, match.end())
        if body_end is None or len(params) > _MAX_IIFE_PARAMS:
            continue
        call = _IIFE_CALL.match(script, body_end)
        if call is None:
            continue
        args_end = _paren_end(script, call.end() - 1)
        if args_end is None:
            continue
        args_json = js_to_json("[" + _VOID.sub("null", script[call.end() : args_end - 1]) + "]")
        try:
            args = json.loads(args_json) if args_json is not None else None
        except (ValueError, RecursionError):
            args = None
        if not isinstance(args, list):
            continue
        bound = {
            name: json.dumps(args[i] if i < len(args) else None) for i, name in enumerate(params)
        }
        source = _substitute(script[match.end() : body_end], bound)
        converted = js_to_json(source, lenient=True) if source is not None else None
        if converted is None:
            continue
        try:
            value: JSONValue = json.loads(converted)
        except (ValueError, RecursionError):
            continue
        values.append(value)
    return values


def _substitute(source: str, bound: dict[str, str]) -> str | None:
    """Return source with parameters standing as values replaced by their JSON (bounded)."""
    out: list[str] = []
    size = 0
    limit = 4 * len(source) + 1_000_000
    position = 0
    last = 0
    while position < len(source):
        match = _JS_TOKEN.match(source, position)
        if match is None:
            return None
        kind, position = match.lastgroup, match.end()
        if kind == "string":
            end = _string_end(source, match.start())
            if end is None:
                return None
            position = end
        elif kind == "word" and match.group() in bound and _next_char(source, position) != ":":
            replacement = bound[match.group()]
            out.append(source[last : match.start()])
            out.append(replacement)
            size += match.start() - last + len(replacement)
            if size > limit:
                return None
            last = position
        elif kind is None:
            return None
    out.append(source[last:])
    return "".join(out)


# Fields of a Gatsby ``page-data.json`` answer besides its ``result``.
_GATSBY_PAGE_KEYS = frozenset({"componentChunkName", "path", "staticQueryHashes", "slicesMap"})


def gatsby_page_data(value: JSONValue) -> JSONObject | None:
    """Return the query data a Gatsby ``page-data.json`` answer carries, else None.

    The answer is ``{"componentChunkName", "path", "result": {"data": {<query>: {nodes |
    edges[].node}}, "pageContext": {…}}, "staticQueryHashes": [...]}``: the page query's
    ``data``, or the page context when the page ran no query.
    """
    if not isinstance(value, dict) or "componentChunkName" not in value:
        return None
    if len(_GATSBY_PAGE_KEYS & value.keys()) < 2:
        return None
    result = value.get("result")
    if not isinstance(result, dict):
        return None
    data = result.get("data")
    if isinstance(data, dict) and data:
        return data
    context = result.get("pageContext")
    return context if isinstance(context, dict) and context else None
