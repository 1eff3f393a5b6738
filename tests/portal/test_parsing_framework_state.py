"""State embedded by web frameworks, and HTML fragments inside JSON answers."""

from __future__ import annotations

import html
import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.media import is_image_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import find_items, parse_body
from custom_components.kutim_cctv.portal.parsing.framework import (
    MAX_STATE_ATTRIBUTES,
    flight_values,
    html_fragments,
    iife_values,
    revive,
    route_table,
)

BASE = "https://cctv.kutim.example/peta"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"


def _cams(text: str, content_type: str | None = None) -> tuple[Camera, ...]:
    return parse_body(
        text, profile=Profile.AUTO, base_url=BASE, prettify=False, content_type=content_type
    ).cameras


def _summary(cameras: tuple[Camera, ...]) -> list[tuple[object, ...]]:
    return [(c.id, c.raw_name, c.area, c.latitude, c.longitude, c.stream_url) for c in cameras]


def _records(count: int = 2, key: str = "nama") -> list[dict[str, object]]:
    return [
        {
            "id": n,
            key: f"Simpang {n}",
            "kecamatan": "Sangatta Utara",
            "lat": 0.5 + n / 1000,
            "lng": 117.5 + n / 1000,
            "stream": HLS.format(f"cam-{n}"),
        }
        for n in range(1, count + 1)
    ]


def _expected(count: int = 2) -> list[tuple[object, ...]]:
    return [
        (
            str(n),
            f"Simpang {n}",
            "Sangatta Utara",
            0.5 + n / 1000,
            117.5 + n / 1000,
            HLS.format(f"cam-{n}"),
        )
        for n in range(1, count + 1)
    ]


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Peta</title></head><body>{body}</body></html>"


def _attr(value: object) -> str:
    return html.escape(json.dumps(value), quote=True)


# ---------------------------------------------------------------------------
# Attributes
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "attribute",
    [
        # Inertia, with the list under props and any key name
        lambda r: (
            f'<div id="app" data-page="{_attr({"component": "Peta", "props": {"kamera": r}, "url": "/", "version": "1"})}"></div>'
        ),
        # Livewire 2
        lambda r: (
            f'<div wire:id="a1" wire:initial-data="{_attr({"fingerprint": {"id": "a1"}, "serverMemo": {"data": {"daftar": r}}})}"></div>'
        ),
        # Livewire 3: arrays as [value, {"s": "arr"}] pairs, nested
        lambda r: (
            f'<div wire:snapshot="{_attr({"data": {"cctvs": [[[x, {"s": "arr"}] for x in r], {"s": "arr"}]}, "memo": {"id": "b2"}})}"></div>'
        ),
        # Any framework's props attribute (react-rails data-react-props, Vue :props)
        lambda r: (
            f"<div data-react-class=\"Peta\" data-react-props='{json.dumps({'cameras': r})}'></div>"
        ),
        # Alpine x-data handing JSON.parse a JavaScript string
        lambda r: (
            "<div x-data=\"{ cari: '', cctvs: JSON.parse('"
            + json.dumps(r).replace('"', "\\u0022").replace("/", "\\/")
            + "') }\"></div>"
        ),
    ],
    ids=["inertia", "livewire2", "livewire3", "react-props", "alpine-json-parse"],
)
def test_state_in_an_attribute_is_read(attribute: object) -> None:
    """JSON state in an attribute gives its cameras, whatever the framework calls it."""
    assert callable(attribute)
    assert _summary(_cams(_page(attribute(_records())))) == _expected()


def test_astro_island_props_are_unwrapped() -> None:
    """Astro's [type, value] pairs give the plain values (0 value or object, 1 array)."""

    def pair(value: object) -> object:
        if isinstance(value, dict):
            return [0, {k: pair(v) for k, v in value.items()}]
        if isinstance(value, list):
            return [1, [pair(v) for v in value]]
        return [0, value]

    props = {"title": [0, "Peta"], "cams": pair(_records(3))}
    page = _page(f'<astro-island uid="x" props="{_attr(props)}" ssr client="load"></astro-island>')
    assert _summary(_cams(page)) == _expected(3)


def test_number_pairs_below_the_top_are_not_astro_pairs() -> None:
    """Only a whole props object is read as Astro pairs: a coordinate pair stays a list."""
    assert revive({"peta": {"center": [0, 117]}}) == {"peta": {"center": [0, 117]}}
    assert revive({"center": [0, 2]}) == {"center": 2}


def test_attribute_state_is_capped() -> None:
    """Only the first attributes holding state are read."""
    filler = "".join(
        f'<i data-x="{_attr({"n": n, "pad": "x" * 20})}"></i>' for n in range(MAX_STATE_ATTRIBUTES)
    )
    late = f'<div data-page="{_attr({"props": {"list": _records()}})}"></div>'
    with pytest.raises(PortalFormatError):
        _cams(_page(filler + late))
    assert _summary(_cams(_page(late + filler))) == _expected()


def test_router_tables_are_no_cameras() -> None:
    """A Ziggy route table (address templates) next to the list adds no camera."""
    ziggy = {
        "url": "https://cctv.kutim.example",
        "routes": {"cctv.show": {"uri": "cctv/{cctv}", "methods": ["GET", "HEAD"]}},
    }
    assert route_table(ziggy)
    assert not route_table({"routes": [{"uri": "a"}]})
    page = _page(
        f'<div data-page="{_attr({"props": {"list": _records(), "ziggy": ziggy}})}"></div>'
        f"<script>const Ziggy = {json.dumps(ziggy)};</script>"
    )
    assert _summary(_cams(page)) == _expected()


# ---------------------------------------------------------------------------
# devalue arrays (Nuxt 3, SvelteKit)
# ---------------------------------------------------------------------------


def _devalue(records: list[dict[str, object]]) -> list[object]:
    out: list[object] = [
        ["Reactive", 1],
        {"data": 2, "serverRendered": 3},
        ["ShallowReactive", 4],
        True,
    ]
    out.append({"cams": 5})
    refs: list[int] = []
    out.append(refs)
    shared: dict[object, int] = {}
    for record in records:
        obj: dict[str, int] = {}
        refs.append(len(out))
        out.append(obj)
        for key, value in record.items():
            if value not in shared:
                shared[value] = len(out)
                out.append(value)
            obj[key] = shared[value]
    return out


def test_nuxt_data_devalue_is_unflattened() -> None:
    """A devalue array in a JSON script gives its cameras, shared values and all."""
    data = json.dumps(_devalue(_records(3)))
    page = _page(f'<script type="application/json" id="__NUXT_DATA__">{data}</script>')
    assert _summary(_cams(page)) == _expected(3)


def test_devalue_follows_each_container_once() -> None:
    """A container referenced twice (or by itself) is followed once: no blow-up, no loop."""
    assert revive([{"a": 1, "b": 1}, [2, 2], "x"]) == {"a": ["x", "x"], "b": None}
    assert revive([{"self": 0}, "pad", 1]) == {"self": None}
    # A chain where every entry refers to the next twice would double at each level.
    chain: list[object] = [{"root": 1}]
    chain += [[n + 1, n + 1] for n in range(1, 5001)]
    chain.append("end")
    result = revive(chain)
    assert json.dumps(result).count("end") <= 1


def test_a_list_of_records_is_no_devalue_array() -> None:
    """Records with numeric fields stay records (a devalue array mixes plain values in)."""
    records: list[object] = [{"id": 1, "status": 1}, {"id": 2, "status": 0}, {"id": 3, "status": 1}]
    assert revive(records) == records


# ---------------------------------------------------------------------------
# Nuxt 2 state functions
# ---------------------------------------------------------------------------


def test_nuxt2_function_parameters_are_put_in_place() -> None:
    """Parameters standing for repeated values take the values passed at the end."""
    script = (
        'window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{}],state:{cctv:{list:['
        '{id:1,nama:"Simpang 1",kecamatan:a,lat:.501,lng:117.501,stream:"https:\\u002F\\u002Fcctv.kutim.example\\u002Fhls\\u002Fcam-1\\u002Findex.m3u8",aktif:b},'
        '{id:2,nama:"Simpang 2",kecamatan:a,lat:.502,lng:117.502,stream:"https:\\u002F\\u002Fcctv.kutim.example\\u002Fhls\\u002Fcam-2\\u002Findex.m3u8",aktif:c}'
        ']}},serverRendered:b}}("Sangatta Utara",true,void 0));'
    )
    assert _summary(_cams(_page(f"<script>{script}</script>"))) == _expected()


def test_nuxt2_function_is_never_run() -> None:
    """A body that computes (calls, operators) is no data and gives nothing."""
    assert iife_values("x=(function(a){return {v: fetch(a)}}(1))") == []
    assert iife_values("x=(function(a){return {v: a + 1}}(1))") == []
    assert iife_values("x=(function(a){return {v: a}}(1))") == [{"v": 1}]
    # A key named like a parameter stays a key.
    assert iife_values("x=(function(a){return {a: a}}(2))") == [{"a": 2}]


def test_nuxt2_substitution_is_bounded() -> None:
    """A large value repeated through a parameter cannot grow the state without bound."""
    big = "x" * 400_000
    body = ",".join(f"k{n}:a" for n in range(50))
    assert iife_values(f'x=(function(a){{return {{{body}}}}}("{big}"))') == []


# ---------------------------------------------------------------------------
# Next.js flight data
# ---------------------------------------------------------------------------


def _flight_page(records: list[dict[str, object]], cut: int) -> str:
    row = "5:" + json.dumps(["$", "$L2", None, {"cameras": records, "extra": "$undefined"}]) + "\n"
    pushes = [[1, '2:I[123,["s"],"Peta"]\n'], [1, row[:cut]], [1, row[cut:]], [1, "0:broken{\n"]]
    return _page("".join(f"<script>self.__next_f.push({json.dumps(p)})</script>" for p in pushes))


@pytest.mark.parametrize("cut", [3, 40, 200])
def test_flight_rows_are_read_across_pushes(cut: int) -> None:
    """A flight row cut across pushes is joined and its component props are read."""
    assert _summary(_cams(_flight_page(_records(), cut))) == _expected()


def test_flight_markers_are_read() -> None:
    """``$undefined`` is no value and ``$D`` dates are their text."""
    script = 'self.__next_f.push([1,"1:[\\"$\\",\\"div\\",null,{\\"a\\":\\"$undefined\\",\\"d\\":\\"$D2026-01-01\\"}]\\n"])'
    assert flight_values([("", script)]) == [{"a": None, "d": "2026-01-01"}]


# ---------------------------------------------------------------------------
# HTML fragments in JSON answers
# ---------------------------------------------------------------------------

_CARDS = "".join(
    f'<div class="card cctv"><img src="/snap/cam-{n}.jpg" alt="Simpang {n}"><h5>Simpang {n}</h5></div>'
    for n in (1, 2)
)


@pytest.mark.parametrize(
    "answer",
    [
        {"html": _CARDS, "current_page": 2, "last_page": 3},
        {"success": True, "data": {"content": _CARDS, "max_num_pages": 2}},
        {"status": "ok", "view": _CARDS, "has_more": False},
    ],
    ids=["laravel", "wordpress", "codeigniter"],
)
@pytest.mark.parametrize("escape", [False, True], ids=["plain", "escaped"])
def test_html_fragment_in_json_is_read_as_a_page(answer: dict[str, object], escape: bool) -> None:
    """Rendered cards in a JSON answer give their cameras (also with \\u003C escapes)."""
    text = json.dumps(answer)
    if escape:
        text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace('"', '"')
    cams = _cams(text, "application/json")
    assert [(c.raw_name, c.snapshot_url) for c in cams] == [
        (f"Simpang {n}", f"https://cctv.kutim.example/snap/cam-{n}.jpg") for n in (1, 2)
    ]


def test_json_list_wins_over_markup() -> None:
    """An answer with a camera list and rendered markup is read from its list."""
    answer = {"data": _records(), "html": _CARDS}
    assert _summary(_cams(json.dumps(answer))) == _expected()


def test_json_without_cameras_or_markup_still_fails_clearly() -> None:
    """A JSON answer with neither a list nor markup says what it found."""
    with pytest.raises(PortalFormatError, match="No camera list"):
        _cams(json.dumps({"html": "Tidak ada data", "current_page": 1}))


def test_fragment_collection_is_bounded() -> None:
    """Huge or deeply nested answers are collected within fixed bounds."""
    deep: object = "<div>x</div>"
    for _ in range(50):
        deep = {"d": deep}
    assert html_fragments(deep) is None
    many = {"rows": [f"<p>{n}</p>" for n in range(100_000)]}
    found = html_fragments(many)
    assert found is not None and found.count("<p>") < 25_000


# ---------------------------------------------------------------------------
# Related rules
# ---------------------------------------------------------------------------


def test_wrapper_of_empty_objects_is_skipped() -> None:
    """Nuxt 2's ``data: [{}]`` next to the real list does not hide it."""
    items = find_items({"data": [{}], "state": {"cams": _records()}}, depth=6)
    assert items is not None and len(items) == 2


@pytest.mark.parametrize(
    ("url", "still"),
    [
        ("https://kamera.kutim.example/live/a/frame?format=jpeg&width=640", True),
        ("https://kamera.kutim.example/live/a?fmt=png", True),
        ("https://kamera.kutim.example/live/a?format=mjpeg", False),
        ("https://kamera.kutim.example/live/a?format=json", False),
        ("https://kamera.kutim.example/live/a/index.m3u8?format=jpeg", False),
    ],
)
def test_picture_format_parameter_marks_a_still(url: str, still: bool) -> None:
    """A frame endpoint asked for a picture format is a still."""
    assert is_image_url(url) is still
