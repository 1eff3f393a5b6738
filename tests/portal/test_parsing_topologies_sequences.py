"""TopoJSON topologies, JSON text sequences, pinyin-keyed arrays, legend series, CJK tables."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.decode import json_sequence
from custom_components.kutim_cctv.portal.parsing.plotly import plotly_records
from custom_components.kutim_cctv.portal.parsing.topojson import topology_features

BASE = "https://peta.kutim.example/cctv/"
IMG = "https://cctv.kutim.example/img/{}.jpg"


def _parse(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _topology(geometries: list[object], transform: object = None) -> dict[str, object]:
    topology: dict[str, object] = {
        "type": "Topology",
        "objects": {"kamera_kutim": {"type": "GeometryCollection", "geometries": geometries}},
        "arcs": [],
    }
    if transform is not None:
        topology["transform"] = transform
    return topology


def _point(code: str, coordinates: list[object], **extra: object) -> dict[str, object]:
    properties = {"kode": code, "nama": f"Simpang {code}", "snapshot": IMG.format(code), **extra}
    return {"type": "Point", "coordinates": coordinates, "properties": properties}


def test_quantized_topology_positions_are_decoded() -> None:
    """A quantized point is x * scale + translate; the object's name is no area."""
    transform = {"scale": [0.001, 0.0005], "translate": [117.0, 0.5]}
    cameras = _parse(json.dumps(_topology([_point("A1", [500, 100])], transform)))
    assert [(c.id, c.longitude, c.latitude, c.area) for c in cameras] == [
        ("A1", pytest.approx(117.5), pytest.approx(0.55), None)
    ]


def test_topology_in_an_envelope_and_multipoint() -> None:
    """A topology under an API's ``result`` is read; a MultiPoint stands at its first."""
    geometry = _point("B2", [[117.1, 0.6], [117.2, 0.7]])
    geometry["type"] = "MultiPoint"
    answer = {"statusCode": 200, "result": _topology([geometry])}
    cameras = _parse(json.dumps(answer))
    assert [(c.id, c.longitude, c.latitude) for c in cameras] == [("B2", 117.1, 0.6)]


@pytest.mark.parametrize(
    "transform",
    [
        {"scale": [1e308, 1e308], "translate": [1e308, 1e308]},
        {"scale": "1,1", "translate": [0, 0]},
        {"scale": [True, 1], "translate": [0, 0]},
    ],
)
def test_hostile_transform_gives_no_position(transform: object) -> None:
    """Overflowing or malformed transforms leave the camera without a position."""
    cameras = _parse(json.dumps(_topology([_point("C3", [9999, 9999])], transform)))
    assert [(c.id, c.latitude, c.longitude) for c in cameras] == [("C3", None, None)]


def test_hostile_quantized_number_gives_no_position() -> None:
    """A quantized integer beyond a double's exact range is no position."""
    transform = {"scale": [1, 1], "translate": [0, 0]}
    huge = int("9" * 400)
    features = topology_features(_topology([_point("D4", [huge, 1])], transform))
    assert features is not None
    assert features[0]["geometry"] is None  # type: ignore[index]


def test_topology_geometry_count_is_bounded() -> None:
    """A topology of a million nested geometries is read in bounded time and count."""
    nested: dict[str, object] = {"type": "GeometryCollection", "geometries": []}
    geometries = [{"type": "Point", "coordinates": [0, 0]}] * 100_000
    nested["geometries"] = [{"type": "GeometryCollection", "geometries": geometries}] * 10
    features = topology_features(_topology([nested]))
    assert features is not None and len(features) <= 8000


def test_not_a_topology() -> None:
    """A document typed otherwise, or without objects, is no topology."""
    assert topology_features({"type": "Topology", "objects": []}) is None
    assert topology_features({"type": "FeatureCollection", "features": []}) is None


def _feature(code: str) -> dict[str, object]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [117.5, 0.5]},
        "properties": {"kode": code, "nama": f"Simpang {code}", "snapshot": IMG.format(code)},
    }


@pytest.mark.parametrize("separator", ["\n", "\x1e", "\r\n\x1e"])
def test_geojson_text_sequence(separator: str) -> None:
    """Features one per line or per record separator are one list."""
    text = "".join(separator + json.dumps(_feature(code)) + "\n" for code in ("E1", "E2", "E3"))
    assert [c.id for c in _parse(text)] == ["E1", "E2", "E3"]


def test_two_different_documents_are_no_sequence() -> None:
    """An answer followed by an unrelated document is not a sequence of records."""
    answer = json.dumps({"data": [_feature("F1")["properties"]]})
    assert json_sequence(answer + "\n" + json.dumps({"debug": True, "ms": 3})) is None
    assert json_sequence(json.dumps(_feature("F1")) + " " + json.dumps(_feature("F2"))) is None
    assert json_sequence(json.dumps(_feature("F1"))) is None


def test_pinyin_keyed_array() -> None:
    """Pinyin-initial keys (bh, mc, qy, jd, wd, tp) give id, name, area and position."""
    records = [
        {
            "bh": "3301",
            "mc": "文三路口",
            "qy": "西湖区",
            "jd": 120.13,
            "wd": 30.27,
            "tp": IMG.format(1),
        },
        {
            "bh": "3302",
            "mc": "延安路口",
            "qy": "上城区",
            "jd": 120.16,
            "wd": 30.26,
            "tp": IMG.format(2),
        },
    ]
    page = f"<html><body><script>var jkdw = {json.dumps(records)};</script></body></html>"
    cameras = _parse(page)
    assert [(c.id, c.name, c.area, c.latitude, c.longitude) for c in cameras] == [
        ("3301", "文三路口", "西湖区", 30.27, 120.13),
        ("3302", "延安路口", "上城区", 30.26, 120.16),
    ]


def _chart(series_name: str) -> str:
    data = [
        {
            "id": f"C-{n}",
            "name": f"Cam {n}",
            "lat": -33.4 - n / 100,
            "lon": -70.6,
            "foto": IMG.format(n),
        }
        for n in (1, 2)
    ]
    option = {
        "series": [{"name": "Regiones"}, {"type": "mappoint", "name": series_name, "data": data}]
    }
    return f"<html><body><script>Highcharts.mapChart('m', {json.dumps(option)});</script></body></html>"


def test_legend_series_name_is_no_area() -> None:
    """A series named for what it shows ("Cámaras") gives no area; a place's name does."""
    assert [c.area for c in _parse(_chart("Cámaras"))] == [None, None]
    assert [c.area for c in _parse(_chart("Providencia"))] == ["Providencia", "Providencia"]


def test_language_suffixed_name_is_a_name_not_an_id() -> None:
    """``gaugenameid`` (a name in Indonesian) names the camera; ``gaugeid`` is its id."""
    rows = [
        {"gaugeid": f"TMA{n}", "gaugenameid": f"Pos Sungai {n}", "cctv": IMG.format(n)}
        for n in (1, 2)
    ]
    cameras = _parse(json.dumps(rows))
    assert [(c.id, c.name) for c in cameras] == [("TMA1", "Pos Sungai 1"), ("TMA2", "Pos Sungai 2")]


def _table(headers: list[str], cells: list[list[str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
    return f"<html><body><table><tr>{head}</tr>{body}</table></body></html>"


def test_japanese_camera_table_headers() -> None:
    """カメラ番号 is the id, 地点名 the name, 所在地 the area; 河川名 (a river) is neither."""
    image = '<a href="img/{0}_l.jpg"><img src="img/{0}_s.jpg"></a>'
    page = _table(
        ["カメラ番号", "地点名", "河川名", "所在地", "画像"],
        [
            ["K-01", "明治橋", "北上川", "盛岡市", image.format("k01")],
            ["K-02", "紫波橋", "北上川", "紫波町", image.format("k02")],
        ],
    )
    cameras = _parse(page)
    assert [(c.id, c.name, c.area, c.snapshot_url) for c in cameras] == [
        ("K-01", "明治橋", "盛岡市", BASE + "img/k01_l.jpg"),
        ("K-02", "紫波橋", "紫波町", BASE + "img/k02_l.jpg"),
    ]


def test_image_map_picture_is_no_camera() -> None:
    """A picture with a ``usemap`` (a clickable location map) is not a camera's still."""
    page = (
        '<html><body><img src="img/ichizu.png" usemap="#m" alt="カメラ位置図">'
        '<map name="m"><area href="#a" alt="A"></map>'
        '<img src="snap/cam1.jpg" alt="Cam 1"></body></html>'
    )
    try:
        names = [c.name for c in _parse(page)]
    except PortalFormatError:
        names = []
    assert "カメラ位置図" not in names


def _plot(trace: dict[str, object]) -> str:
    return (
        "<html><body><div id='m'></div><script>"
        f"Plotly.newPlot('m', [{json.dumps(trace)}], {{}});</script></body></html>"
    )


def test_plotly_map_trace_columns_are_points() -> None:
    """lat/lon/hovertext columns and customdata labelled by the hovertemplate."""
    trace = {
        "type": "scattermapbox",
        "lat": [0.5, 0.6],
        "lon": [117.5, 117.6],
        "hovertext": ["Simpang A", "Simpang B"],
        "customdata": [
            ["A-1", "Sangatta Utara", IMG.format("a")],
            ["B-2", "Bengalon", IMG.format("b")],
        ],
        "hovertemplate": "<b>%{hovertext}</b><br>camera_id=%{customdata[0]}<br>kecamatan=%{customdata[1]}",
    }
    cameras = _parse(_plot(trace))
    assert [(c.id, c.name, c.area, c.latitude, c.snapshot_url) for c in cameras] == [
        ("A-1", "Simpang A", "Sangatta Utara", 0.5, IMG.format("a")),
        ("B-2", "Simpang B", "Bengalon", 0.6, IMG.format("b")),
    ]


def test_plotly_non_map_trace_is_not_read_as_points() -> None:
    """A bar chart trace carrying lat/lon columns is no map of cameras."""
    records = plotly_records({"type": "bar", "lat": [1, 2], "lon": [3, 4]})
    assert records is None


def test_plotly_points_are_bounded() -> None:
    """A trace of a million points gives at most twice the camera cap of records."""
    big = {"type": "scattergeo", "lat": [0.5] * 1_000_000, "lon": [117.5] * 1_000_000}
    records = plotly_records([big, big])
    assert records is not None and len(records) == 4000


def test_gpx_link_text_is_no_name() -> None:
    """A GPX link's ``<text>`` labels the link; the waypoint's ``<name>`` names the camera."""
    gpx = (
        '<?xml version="1.0"?><gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1">'
        '<wpt lat="47.1" lon="11.8"><name>Hütte Webcam</name>'
        f'<link href="{IMG.format("h")}"><text>Aktuelles Bild</text><type>image/jpeg</type></link>'
        '<link href="https://huette.example/"><text>Website</text><type>text/html</type></link>'
        "</wpt>"
        '<wpt lat="47.2" lon="11.9"><name>Alm Webcam</name>'
        f'<link href="{IMG.format("a")}"><text>Bild</text><type>image/jpeg</type></link></wpt>'
        "</gpx>"
    )
    cameras = _parse(gpx)
    assert [(c.name, c.snapshot_url) for c in cameras] == [
        ("Hütte Webcam", IMG.format("h")),
        ("Alm Webcam", IMG.format("a")),
    ]


def _stills_and_frame(frame: str) -> str:
    return (
        "<html><body>"
        f'<h3>Ramp</h3><img src="{IMG.format("ramp")}" alt="Ramp">'
        f'<h3>Wharf</h3><img src="{IMG.format("wharf")}" alt="Wharf">'
        f'<h3>Bar</h3><iframe src="{frame}" allowfullscreen></iframe>'
        '<figure><img data-src="https://cdn.example/u/a1-sponsor/marine.jpg" '
        'data-image="https://cdn.example/u/a1-sponsor/marine.jpg" alt="Thanks to Marine">'
        "</figure></body></html>"
    )


def test_camera_host_frame_beside_stills_is_a_camera() -> None:
    """A player served by a host named for cameras counts beside stills; a sponsor does not."""
    frame = "https://player.beachcam-network.example/embed/bar?mute=1"
    cameras = _parse(_stills_and_frame(frame))
    assert [c.name for c in cameras] == ["Ramp", "Wharf", "Bar"]
    assert cameras[2].stream_url == frame


def test_promotional_frame_beside_stills_is_no_camera() -> None:
    """A video site's frame among stills (a promotional video) stays out."""
    cameras = _parse(_stills_and_frame("https://www.youtube.com/embed/dQw4w9WgXcQ"))
    assert [c.name for c in cameras] == ["Ramp", "Wharf"]
