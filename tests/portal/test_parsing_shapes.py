"""Classes of portal shapes: identifier fields, nesting, link-list keys, geometry, errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.__main__ import main
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, ParseResult, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.mapjs import marker_items
from custom_components.kutim_cctv.portal.shapes import choose_id_key, flat_index, screen_placement
from custom_components.kutim_cctv.portal.values import norm_key

BASE = "https://portal.kutim.example/api/list"
M3U8 = "https://stream.kutim.example/hls/{}/index.m3u8"


def parse(body: object, base: str = BASE) -> ParseResult:
    """Parse a JSON value or a text as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False)


def cameras(body: object) -> tuple[Camera, ...]:
    """Return the cameras of a body."""
    return parse(body).cameras


@pytest.mark.parametrize(
    "field", ["id_cctv", "cctv_id", "kode", "kode_cctv", "mid", "uuid", "slug", "cameraCode"]
)
def test_identifier_fields_are_used_never_status_codes(field: str) -> None:
    """An identifier-like field gives the ids; a status code next to it never does."""
    items = [
        {
            field: f"SGT-{n}",
            "code": 1,
            "status_id": n,
            "name": f"Simpang {n}",
            "url": M3U8.format(n),
        }
        for n in (1, 2, 3)
    ]
    assert [c.id for c in cameras(items)] == ["SGT-1", "SGT-2", "SGT-3"]


def test_repeated_values_are_no_identifier() -> None:
    """A field named like an id whose values repeat is not used; unique ones are."""
    rows = [{"group_id": 1, "kode": f"K{n}"} for n in range(3)]
    assert choose_id_key(rows) == "kode"
    assert choose_id_key([{"group_id": 1}, {"group_id": 1}]) is None
    assert choose_id_key([{"code": 200}]) is None  # a lone numeric code is a status


@pytest.mark.parametrize("wrapper", ["attributes", "properties", "fields", "detail"])
def test_fields_in_a_wrapper_object(wrapper: str) -> None:
    """Fields that sit in a wrapper sub-object are the item's own fields."""
    items = [
        {
            "id": 7,
            wrapper: {
                "nama": "Taman",
                "stream_url": M3U8.format("t"),
                "lat": "0.5",
                "lng": "117.5",
            },
        }
    ]
    camera = cameras({"data": items})[0]
    assert (camera.id, camera.raw_name, camera.stream_url) == ("7", "Taman", M3U8.format("t"))
    assert (camera.latitude, camera.longitude) == (0.5, 117.5)


def test_nested_media_and_coordinates() -> None:
    """Media and coordinates in nested objects are found."""
    item = {
        "id": 1,
        "name": "A",
        "stream": {"webrtc": "https://x.example/play.html?name=a", "hls": M3U8.format("a")},
        "location": {"street": "Jl. A", "coordinates": {"lat": 0.51, "lng": 117.55}},
    }
    camera = cameras([item])[0]
    assert camera.stream_url == M3U8.format("a")
    assert (camera.latitude, camera.longitude) == (0.51, 117.55)


def test_credentials_in_nested_details_are_never_copied() -> None:
    """User names, passwords and URLs with user information in sub-objects are ignored."""
    item = {
        "id": 1,
        "name": "A",
        "details": {
            "password": "Rahasia1",
            "user": "admin",
            "auto_host": "rtsp://admin:Rahasia1@10.0.0.2/1",
        },
        "snapshot": "https://x.example/a.jpg",
    }
    index, _ = flat_index(item, norm_key)
    assert [key for key, value in index.items() if "Rahasia1" in repr(value)] == ["details"]
    camera = cameras([item])[0]
    assert "Rahasia1" not in repr(camera)
    assert camera.stream_url is None


def test_groups_give_their_name_as_area() -> None:
    """Cameras nested in groups take the group's name as their area, at any nesting."""
    body = {
        "provinsi": [
            {
                "name": "Kalimantan Timur",
                "kabupaten": [],
                "items": [
                    {
                        "name": "Sangatta Utara",
                        "cameras": [{"id": 1, "name": "A", "url": M3U8.format(1)}],
                    },
                    {
                        "name": "Bengalon",
                        "cameras": [{"id": 2, "name": "B", "url": M3U8.format(2)}],
                    },
                ],
            }
        ]
    }
    found = {c.id: c.area for c in cameras(body)}
    assert found == {"1": "Sangatta Utara", "2": "Bengalon"}


def test_keyed_groups() -> None:
    """An object keyed by area names whose values are camera lists is read per area."""
    body = {"Sangatta Utara": [{"id": 1, "nama": "A", "link": M3U8.format(1)}], "Bengalon": []}
    assert [(c.id, c.area) for c in cameras(body)] == [("1", "Sangatta Utara")]


@pytest.mark.parametrize("key", ["cctv", "streams", "kamera", "cameras", "links"])
@pytest.mark.parametrize("shape", ["string", "absolute list", "relative list"])
def test_link_list_key_holding_urls(key: str, shape: str) -> None:
    """A link-list key holding one URL, or a list of URL strings, gives the media URL."""
    value: Any = {
        "string": M3U8.format("k"),
        "absolute list": [M3U8.format("k"), M3U8.format("other")],
        "relative list": ["/hls/k/index.m3u8"],
    }[shape]
    camera = cameras([{"id": 1, "name": "A", key: value}])[0]
    expected = (
        "https://portal.kutim.example/hls/k/index.m3u8"
        if shape == "relative list"
        else M3U8.format("k")
    )
    assert camera.stream_url == expected


@pytest.mark.parametrize(
    ("geometry", "position"),
    [
        ({"type": "Point", "coordinates": [117.5, 0.5]}, (0.5, 117.5)),
        ({"type": "Point", "coordinates": [117.5, 0.5, 10]}, (0.5, 117.5)),
        ({"type": "MultiPoint", "coordinates": [[117.5, 0.5], [118, 1]]}, (0.5, 117.5)),
        (
            {
                "type": "GeometryCollection",
                "geometries": [{"type": "Point", "coordinates": [117.5, 0.5]}],
            },
            (0.5, 117.5),
        ),
        ({"type": "LineString", "coordinates": [[117.5, 0.5], [118, 1]]}, (None, None)),
        (None, (0.7, 117.7)),
    ],
)
def test_every_geometry_that_locates_a_camera(geometry: Any, position: tuple[Any, Any]) -> None:
    """Point, MultiPoint and GeometryCollection locate; a null geometry uses the properties."""
    properties: dict[str, Any] = {"name": "A", "stream": M3U8.format("a")}
    if geometry is None:
        properties["lat_lng"] = "0.7,117.7"
    body = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "geometry": geometry, "properties": properties}],
    }
    camera = cameras(body)[0]
    assert (camera.latitude, camera.longitude) == position


def test_qgis_export_upper_case_keys_and_crs() -> None:
    """QGIS exports with upper-case attribute names and a crs member are read."""
    body = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "features": [
            {
                "type": "Feature",
                "properties": {
                    "FID": 0,
                    "ID_CCTV": "A1",
                    "NAMA": "SIMPANG",
                    "KECAMATAN": "BENGALON",
                    "LINK": M3U8.format(1),
                },
                "geometry": {"type": "Point", "coordinates": [117.5, 0.5]},
            }
        ],
    }
    camera = cameras(body)[0]
    assert (camera.id, camera.raw_name, camera.area) == ("A1", "SIMPANG", "BENGALON")


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("0.5,117.5", (0.5, 117.5)),
        ("0.5, 117.5", (0.5, 117.5)),
        ("0.5;117.5", (0.5, 117.5)),
        ("0.5 ; 117.5", (0.5, 117.5)),
        ("0,5;117,5", (0.5, 117.5)),
        ("0,5 117,5", (0.5, 117.5)),
        ("-", (None, None)),
        ("", (None, None)),
    ],
)
def test_combined_coordinate_strings(text: str, position: tuple[Any, Any]) -> None:
    """Combined coordinate strings are read in every spelling; '-' is unknown."""
    camera = cameras([{"id": 1, "name": "A", "koordinat": text, "url": M3U8.format(1)}])[0]
    assert (camera.latitude, camera.longitude) == position


def test_leaflet_google_and_openlayers_markers() -> None:
    """One item per literal marker, with its media from the popup's links."""
    script = """
    L.marker([0.5, 117.5], {title: 'A'}).addTo(map).bindPopup('<a href="/hls/a/index.m3u8">x</a>');
    L.circleMarker([0.6, 117.6]).bindPopup("<b>B</b><img src='/b.jpg'>");
    new google.maps.Marker({position: {lat: 0.7, lng: 117.7}, title: "C"});
    new google.maps.InfoWindow({content: '<a href="https://x.example/c.m3u8">c</a>'});
    new ol.Feature({geometry: new ol.geom.Point(ol.proj.fromLonLat([117.8, 0.8])), name: 'D', url: 'https://x.example/d.m3u8'});
    L.marker(c.coords).bindPopup(c.name);
    """
    items = marker_items(script, "https://portal.kutim.example/peta")
    assert items == [
        {
            "name": "A",
            "lat": 0.5,
            "lng": 117.5,
            "stream_url": "https://portal.kutim.example/hls/a/index.m3u8",
        },
        {"name": "B", "lat": 0.6, "lng": 117.6, "snapshot": "https://portal.kutim.example/b.jpg"},
        {"name": "C", "lat": 0.7, "lng": 117.7, "stream_url": "https://x.example/c.m3u8"},
        {"name": "D", "lat": 0.8, "lng": 117.8, "url": "https://x.example/d.m3u8"},
    ]


def test_marker_scan_is_bounded() -> None:
    """A page with a huge number of markers yields a capped number of items."""
    one = "L.marker([0.5, 117.5], {title: 'A'}).bindPopup('<a href=\"/a.m3u8\">x</a>');\n"
    assert len(marker_items(one * 5000, BASE)) == 2000


def test_cards_described_by_data_attributes() -> None:
    """Cards with data-* attributes count even without an image; entities are decoded."""
    page = (
        "<html><body>"
        '<div class="card" data-id="9" data-stream="/hls/9/index.m3u8" data-lat="0.5" '
        'data-lng="117.5" data-kecamatan="Bengalon"><h4>Simpang &amp; Pasar</h4></div>'
        "</body></html>"
    )
    camera = parse(page, "https://portal.kutim.example/").cameras[0]
    assert (camera.id, camera.raw_name, camera.area) == ("9", "Simpang & Pasar", "Bengalon")
    assert camera.stream_url == "https://portal.kutim.example/hls/9/index.m3u8"
    assert (camera.latitude, camera.longitude) == (0.5, 117.5)


def test_deep_and_wide_items_are_bounded() -> None:
    """Very deep or very wide items are read with bounded work."""
    deep: dict[str, Any] = {"x": "end"}
    for _ in range(2000):
        deep = {"next": deep}
    wide = {f"k{n}": {"v": n} for n in range(20_000)}
    index, _ = flat_index({"deep": deep, **wide}, norm_key)
    assert len(index) <= 20_000 + 300


def test_unknown_shape_error_says_what_was_found() -> None:
    """The error names counts and media-like fields, never values."""
    body = {"rows": [{"nama": "A", "video_path": "cam/a", "secret_token": "Rahasia"}] * 3}
    with pytest.raises(PortalFormatError) as caught:
        parse(body)
    message = str(caught.value)
    assert "3 entries" in message
    assert "video_path" in message
    assert "Rahasia" not in message and "cam/a" not in message


def test_cli_prints_what_was_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The probe CLI prints the error with the description of the answer."""
    body = tmp_path / "answer.json"
    body.write_text(json.dumps({"items": [{"judul": "A", "hls_path": "x"}]}))
    assert main(["parse", str(body), "--base-url", BASE]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: No camera list found")
    assert "hls_path" in err and "1 entries" in err


@pytest.mark.parametrize("field", ["idkamera", "cctvid", "kamera_id", "idCctv"])
def test_run_together_identifier_names(field: str) -> None:
    """Identifier names written together (idkamera, cctvid) are identifiers too."""
    items = [{field: n, "name": f"S{n}", "url": M3U8.format(n)} for n in (5, 6)]
    assert [c.id for c in cameras(items)] == ["5", "6"]


def test_media_linked_from_markup_in_a_field() -> None:
    """A field holding popup or description markup gives the media it links."""
    item = {
        "name": "A",
        "popupContent": "<b>A</b><a href='https://x.example/p.html?src=https://x.example/a.m3u8'>x</a>",
        "description": '<img src="/a.jpg">',
    }
    camera = cameras([item])[0]
    assert camera.stream_url == "https://x.example/a.m3u8"
    assert camera.snapshot_url == "https://portal.kutim.example/a.jpg"


def test_group_entries_under_any_name() -> None:
    """A group's camera list counts under any key when its entries carry media."""
    body = {
        "wilayah": [
            {"nama_wilayah": "Kaubun", "titik": [{"id": 1, "nama": "A", "stream": M3U8.format(1)}]}
        ]
    }
    assert [(c.id, c.area) for c in cameras(body)] == [("1", "Kaubun")]


def test_positional_rows() -> None:
    """Rows written as arrays give name, position and media; integers are no coordinates."""
    page = (
        "<html><body><script>var rows = [['Simpang A', 7, 0.5055, 117.5489, "
        "'https://x.example/a.m3u8'], ['Taman B', 1, 2, 'https://x.example/b.jpg']];</script></body></html>"
    )
    found = parse(page, "https://portal.kutim.example/").cameras
    assert [(c.raw_name, c.latitude, c.longitude, c.stream_url, c.snapshot_url) for c in found] == [
        ("Simpang A", 0.5055, 117.5489, "https://x.example/a.m3u8", None),
        ("Taman B", None, None, None, "https://x.example/b.jpg"),
    ]


def test_image_carrying_its_stream_in_data_attributes() -> None:
    """An image with data-hls is one camera with both still and stream."""
    page = '<html><body><img src="/t.jpg" data-hls="/h/index.m3u8" alt="Kantor"></body></html>'
    camera = parse(page, "https://portal.kutim.example/").cameras[0]
    assert (camera.raw_name, camera.snapshot_url, camera.stream_url) == (
        "Kantor",
        "https://portal.kutim.example/t.jpg",
        "https://portal.kutim.example/h/index.m3u8",
    )


def test_mediamtx_v2_keyed_items_and_shinobi_behind_a_proxy() -> None:
    """Older MediaMTX path maps and Shinobi root-relative paths behind a proxy are read."""
    mtx = {"items": {"a": {"confName": "all", "source": None, "ready": True}}}
    found = parse(mtx, "http://m.example:9997/v2/paths/list").cameras
    assert [c.stream_url for c in found] == ["http://m.example:8888/a/index.m3u8"]
    shinobi = [{"mid": "m", "ke": "g", "name": "A", "streams": ["/KEY/hls/g/m/s.m3u8"]}]
    found = parse(shinobi, "https://p.example/shinobi/KEY/monitor/g").cameras
    assert found[0].stream_url == "https://p.example/shinobi/KEY/hls/g/m/s.m3u8"


def test_groups_keyed_by_name_holding_objects() -> None:
    """A map of area names to objects holding camera lists is read per area."""
    body = {
        "districts": {
            "Sangatta Utara": {"cameras": [{"id": "a", "title": "A1", "hls": M3U8.format("a")}]},
            "Bengalon": {
                "count": 1,
                "cameras": [{"id": "b", "title": "B1", "hls": M3U8.format("b")}],
            },
        }
    }
    assert [(c.id, c.area) for c in cameras(body)] == [("a", "Sangatta Utara"), ("b", "Bengalon")]


def test_location_text_is_a_name_but_a_location_pair_is_a_position() -> None:
    """A location field names the place unless it holds coordinates."""
    named = cameras([{"camera_id": 1, "location": "Simpang Empat", "live": M3U8.format(1)}])[0]
    assert named.raw_name == "Simpang Empat"
    placed = cameras([{"id": 2, "nama": "B1", "location": "0.5, 117.5", "live": M3U8.format(2)}])[0]
    assert (placed.raw_name, placed.latitude, placed.longitude) == ("B1", 0.5, 117.5)


def test_player_link_naming_its_stream() -> None:
    """An embed or player URL whose query names the stream gives that stream."""
    url = "https://x.example/player?src=" + M3U8.format("e")
    assert cameras([{"id": 1, "nama": "E1", "embed_url": url}])[0].stream_url == M3U8.format("e")


def test_popup_held_in_a_variable_and_card_named_by_data_attribute() -> None:
    """Popup templates in variables are resolved; a data-lokasi names its card."""
    script = "var p = '<b>Kabo</b><a href=\"/k.m3u8\">x</a>'; L.marker([0.5, 117.5]).bindPopup(p);"
    assert marker_items(script, BASE)[0]["name"] == "Kabo"
    page = (
        '<html><body><a href="#" data-src="/k.m3u8" data-lokasi="Dermaga">Dermaga '
        '<span class="badge">LIVE</span></a></body></html>'
    )
    assert parse(page, "https://portal.kutim.example/").cameras[0].raw_name == "Dermaga"


def test_camera_cap_holds_inside_groups() -> None:
    """A single group holding more cameras than the cap is cut at the cap."""
    from custom_components.kutim_cctv.portal.models import MAX_CAMERAS

    group = [
        {
            "name": "Area",
            "cameras": [
                {"id": n, "name": f"C{n}", "url": M3U8.format(n)} for n in range(MAX_CAMERAS + 50)
            ],
        }
    ]
    result = parse({"areas": group})
    assert len(result.cameras) == MAX_CAMERAS
    assert result.capped


def test_groups_nested_three_levels_under_any_names() -> None:
    """kecamatan -> desa -> kamera: the nearest group names the area."""
    body = {
        "kecamatan": [
            {
                "nama": "Muara Wahau",
                "desa": [
                    {
                        "nama": "Wahau Baru",
                        "kamera": [{"id": "w", "nama": "Kantor Desa", "stream": M3U8.format("w")}],
                    }
                ],
            }
        ]
    }
    assert [(c.id, c.area) for c in cameras(body)] == [("w", "Wahau Baru")]


def test_suffix_ids_abbreviated_areas_and_shared_info_windows() -> None:
    """recordid-style ids, kecamatan objects under 'kec' and setContent info windows."""
    rows = [
        {"recordid": f"r{n}", "kec": {"nama": "Kaubun"}, "nama": f"S{n}", "url": M3U8.format(n)}
        for n in (1, 2)
    ]
    assert [(c.id, c.area) for c in cameras(rows)] == [("r1", "Kaubun"), ("r2", "Kaubun")]
    assert choose_id_key([{"valid": True}, {"valid": False}]) is None
    script = (
        "var w = new google.maps.InfoWindow();"
        "var m = new google.maps.Marker({position: {lat: 0.4, lng: 117.4}, title: 'T'});"
        "m.addListener('click', function () { w.setContent('<a href=\"/t.m3u8\">x</a>'); });"
    )
    assert marker_items(script, BASE)[0]["stream_url"] == "https://portal.kutim.example/t.m3u8"


@pytest.mark.parametrize(
    ("key", "value", "placed"),
    [
        ("position", {"x": 0, "y": 2}, True),
        ("position", {"x": 0, "y": 0, "w": 1, "h": 1}, True),
        ("position", {"row": 1, "col": 2}, True),
        ("layout", {"x": 0.5, "y": 0.25, "width": 0.5, "height": 0.5}, True),
        ("position", {"x": 117.1, "y": 0.6}, False),  # degrees
        ("position", {"x": 13046000, "y": 56000}, False),  # Web Mercator metres
        ("position", {"lat": 0, "lng": 2}, False),
        ("position", {"x": 0, "y": 2, "label": "A"}, False),
        ("marker", {"x": 0, "y": 2}, False),
    ],
)
def test_screen_placement(key: str, value: dict[str, object], placed: bool) -> None:
    assert screen_placement(key, value, norm_key) is placed  # type: ignore[arg-type]
    index, _ = flat_index({"id": 1, key: value}, norm_key)
    assert ("x" in index) is (not placed and "x" in value)
