"""SvelteKit ``__data.json`` answers: devalue node data, skipped nodes, streamed chunks."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.framework import sveltekit_answer, sveltekit_data

BASE = "https://cctv.kutim.example/peta/__data.json?x-sveltekit-invalidated=01"
HLS = "https://cctv.kutim.example/live/{}/index.m3u8"

# devalue of {"cameras": [{"id": "a", "nama": "Kabo", "hls": HLS(a), "aktif": true},
#                         {"id": "b", "nama": "Tiga", "hls": HLS(b), "aktif": true}]}
PAGE = [
    {"cameras": 1},
    [2, 7],
    {"id": 3, "nama": 4, "hls": 5, "aktif": 6},
    "a",
    "Kabo",
    HLS.format("a"),
    True,
    {"id": 8, "nama": 9, "hls": 10, "aktif": 6},
    "b",
    "Tiga",
    HLS.format("b"),
]


def _node(data: object) -> dict[str, object]:
    return {"type": "data", "data": data, "uses": {"dependencies": [], "search_params": []}}


def _cams(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "layout",
    [None, {"type": "skip"}, _node([{"judul": 1}, "CCTV Kutim"]), {"type": "error", "error": {}}],
)
def test_page_node_is_read_beside_any_layout_node(layout: object) -> None:
    """Layout nodes that were skipped, absent, failed or hold data leave the page's list."""
    text = json.dumps({"type": "data", "nodes": [layout, _node(PAGE)]})
    cameras = _cams(text)
    assert [(c.id, c.name, c.stream_url, c.online) for c in cameras] == [
        ("a", "Kabo", HLS.format("a"), True),
        ("b", "Tiga", HLS.format("b"), True),
    ]


def test_nodes_merge_page_over_layout() -> None:
    """The page's fields win over a layout's of the same name, as the page sees them."""
    layout = [{"cameras": 1, "site": 2}, [], "Dishub"]
    merged = sveltekit_data({"type": "data", "nodes": [_node(layout), _node(PAGE)]})
    assert merged is not None
    assert merged["site"] == "Dishub"
    assert isinstance(merged["cameras"], list) and len(merged["cameras"]) == 2


def test_markers_and_undefined() -> None:
    """Dates and Sets read as text and lists; -1 (undefined) as no value."""
    data = [
        {"a": 1, "b": 2, "c": -1, "d": 4},
        ["Date", "2026-11-30T00:00:00.000Z"],
        ["Set", 3],
        "x",
        5,
    ]
    merged = sveltekit_data({"type": "data", "nodes": [_node(data)]})
    assert merged == {"a": "2026-11-30T00:00:00.000Z", "b": ["x"], "c": None, "d": 5}


def test_streamed_chunks_stand_for_their_promises() -> None:
    """Chunk lines after the first settle the promises the page data names, in any order."""
    page = [{"judul": 1, "cameras": 2, "total": 4}, "Peta", ["Promise", 3], 1, ["Promise", 5], 2]
    first = json.dumps({"type": "data", "nodes": [None, _node(page)]})
    # The cameras' chunk is a devalue array of its own: the list at its root.
    chunk = [[1, 6], {"id": 2, "nama": 3, "hls": 4, "aktif": 5}, "a", "Kabo", HLS.format("a"), True]
    chunk += [{"id": 7, "nama": 8, "hls": 9, "aktif": 5}, "b", "Tiga", HLS.format("b")]
    lines = [
        first,
        json.dumps({"type": "chunk", "id": 2, "data": [2]}),
        json.dumps({"type": "chunk", "id": 1, "data": chunk}),
    ]
    text = "\n".join(lines) + "\n"
    merged = sveltekit_answer(text)
    assert merged is not None and merged["total"] == 2 and merged["judul"] == "Peta"
    assert [(c.id, c.name, c.area) for c in _cams(text)] == [
        ("a", "Kabo", None),
        ("b", "Tiga", None),
    ]


def test_unsettled_promise_is_no_value() -> None:
    """A promise whose chunk never came (or failed) holds nothing."""
    page = [{"cameras": 1}, ["Promise", 2], 1]
    text = json.dumps({"type": "data", "nodes": [_node(page)]}) + "\n"
    text += json.dumps({"type": "chunk", "id": 1, "error": [{"message": 1}, "gagal"]}) + "\n"
    assert sveltekit_answer(text) == {"cameras": None}
    with pytest.raises(PortalFormatError):
        _cams(text)


def test_plain_node_data_of_older_answers() -> None:
    """Node data written as a plain object (before devalue) is read as it is."""
    plain = {"cameras": [{"id": "a", "nama": "Kabo", "hls": HLS.format("a")}]}
    text = json.dumps({"type": "data", "nodes": [_node(plain)]})
    assert [c.id for c in _cams(text)] == ["a"]


@pytest.mark.parametrize(
    "value",
    [
        {"type": "data", "nodes": "x"},
        {"type": "data", "nodes": []},
        {"type": "data", "nodes": [1, 2]},
        {"type": "redirect", "location": "/login"},
        {"type": "data", "data": PAGE},
        [PAGE],
    ],
)
def test_what_is_no_sveltekit_answer(value: object) -> None:
    """Only {type: data, nodes: [null or node objects]} is a SvelteKit data answer."""
    assert sveltekit_data(value) is None  # type: ignore[arg-type]


def test_answer_without_media_is_a_format_error() -> None:
    """A data answer whose page holds no camera media says so, with no camera."""
    page = [{"user": 1, "menu": 2}, "tamu", [3], {"href": 4, "label": 5}, "/peta", "Peta"]
    with pytest.raises(PortalFormatError):
        _cams(json.dumps({"type": "data", "nodes": [None, _node(page)]}))


def test_a_devalue_looking_list_elsewhere_is_left_alone() -> None:
    """Outside a SvelteKit answer a list of records is never revived by index."""
    items = [{"id": 1, "nama": "Kabo", "hls": HLS.format("a")}, "x", 3]
    assert [c.name for c in _cams(json.dumps({"items": items}))] == ["Kabo"]


def test_hostile_answers_are_bounded() -> None:
    """Cycles, deep chains, many nodes and many chunks are read within fixed bounds."""
    cycle = [{"self": 0, "list": 1}, [0, 1]]
    assert sveltekit_data({"type": "data", "nodes": [_node(cycle)]}) == {
        "self": None,
        "list": [None, None],
    }
    chain: list[object] = [{"next": i + 1} for i in range(100_000)] + ["end"]
    too_many = {"type": "data", "nodes": [None] * 65}
    assert sveltekit_data(too_many) is None
    merged = sveltekit_data({"type": "data", "nodes": [_node(chain)]})
    assert merged is not None and "next" in merged
    first = json.dumps({"type": "data", "nodes": [_node([{"a": 1}, ["Promise", 2], 1])]})
    chunks = "\n".join(
        json.dumps({"type": "chunk", "id": i, "data": [i]}) for i in range(1, 20_000)
    )
    found = sveltekit_answer(first + "\n" + chunks)
    assert found == {"a": 1}
