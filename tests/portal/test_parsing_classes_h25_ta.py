"""Component state initialised with a camera list (React ``useState``, Vue ``ref``),
Leaflet markers placed at members of a keyed object of positions, and a location's own
camera rows (a framework relation pointing back at the location)."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cams.kutim.example/"


def _parse(text: str, base: str = BASE) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _page(script: str) -> str:
    return f"<!DOCTYPE html><html><body><div id='map'></div><script>{script}</script></body></html>"


# Component state literals.


def test_a_use_state_list_is_read() -> None:
    script = """
    const [cams] = useState([
      {id: 1, name: 'Simpang Tiga', kecamatan: 'Sangatta Utara',
       hls: 'https://cams.kutim.example/a.m3u8'},
      {id: 2, name: 'Pasar Bengalon', kecamatan: 'Bengalon',
       hls: 'https://cams.kutim.example/b.m3u8'},
    ]);
    """
    found = _parse(_page(script))
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("1", "Simpang Tiga", "Sangatta Utara"),
        ("2", "Pasar Bengalon", "Bengalon"),
    ]


@pytest.mark.parametrize(
    "call", ["ref", "shallowRef", "signal", "createSignal", "writable", "useState<Cam[]>"]
)
def test_other_state_containers_are_read(call: str) -> None:
    script = f"""
    const cams = {call}([
      {{id: 'a', name: 'Simpang Tiga', stream: 'https://cams.kutim.example/a.m3u8'}},
      {{id: 'b', name: 'Pasar Pagi', stream: 'https://cams.kutim.example/b.m3u8'}},
    ]);
    """
    assert [c.id for c in _parse(_page(script))] == ["a", "b"]


def test_a_reactive_object_holding_a_list_is_read() -> None:
    script = """
    const state = reactive({ loading: false, cameras: [
      {id: 'a', name: 'Simpang Tiga', stream: 'https://cams.kutim.example/a.m3u8'},
      {id: 'b', name: 'Pasar Pagi', stream: 'https://cams.kutim.example/b.m3u8'},
    ]});
    """
    assert [c.raw_name for c in _parse(_page(script))] == ["Simpang Tiga", "Pasar Pagi"]


def test_state_without_media_and_other_calls_give_no_camera() -> None:
    script = """
    const [tabs] = useState([{id: 1, name: 'Peta'}, {id: 2, name: 'Daftar'}]);
    const items = prefs([{id: 'a', name: 'Simpang', stream: 'https://cams.kutim.example/a.m3u8'}]);
    """
    with pytest.raises(PortalFormatError):
        _parse(_page(script))


# Locations naming districts of their own.


def _spots(locations: list[tuple[str, str]]) -> str:
    rows = [
        {"id": n, "name": name, "location": place, "image": f"https://cams.kutim.example/{n}.jpg"}
        for n, (name, place) in enumerate(locations, start=1)
    ]
    return json.dumps(rows)


def test_a_location_per_camera_named_otherwise_is_its_area() -> None:
    body = _spots(
        [("Surf Point", "Muizenberg"), ("Clifton 4th", "Clifton"), ("Big Bay", "Bloubergstrand")]
    )
    assert [c.area for c in _parse(body)] == ["Muizenberg", "Clifton", "Bloubergstrand"]


def test_locations_repeating_every_camera_name_are_no_area() -> None:
    body = _spots(
        [("Clifton 4th", "Clifton"), ("Camps Bay Beach", "Camps Bay"), ("Big Bay", "Big Bay")]
    )
    assert [c.area for c in _parse(body)] == [None, None, None]


def test_locations_that_every_camera_name_extends_are_no_area() -> None:
    # Each camera named after its own location: the location is the camera's place.
    body = _spots(
        [
            ("Clifton 4th", "Clifton"),
            ("Camps Bay Beach", "Camps Bay"),
            ("Bloubergstrand North", "Bloubergstrand"),
        ]
    )
    assert [c.area for c in _parse(body)] == [None, None, None]


def test_an_address_location_is_no_area() -> None:
    body = _spots([("Gate", "Main Street"), ("Pool", "Beach Road"), ("Lobby", "Harbour Avenue")])
    assert [c.area for c in _parse(body)] == [None, None, None]


# Leaflet markers at members of a keyed object of positions.


_TABLE = """
var titik = {
  "bendungan": [0.5312, 117.5120],
  muara: [0.4921, 117.6014]
};
"""


def test_markers_at_members_of_a_position_object_are_placed() -> None:
    script = (
        _TABLE
        + """
    L.marker(titik["bendungan"]).addTo(map).bindPopup("<p>Bendungan:</p><img src='/b.jpg'>");
    var m = L.marker(titik.muara).addTo(map);
    m.bindPopup("<p>Muara Sangatta</p><img src='/m.jpg'>");
    """
    )
    found = _parse(_page(script))
    assert [(c.raw_name, c.latitude, c.longitude) for c in found] == [
        ("Bendungan", 0.5312, 117.512),
        ("Muara Sangatta", 0.4921, 117.6014),
    ]


def test_an_unknown_member_or_a_table_declared_twice_places_nothing() -> None:
    script = """
    var pos = {a: [0.5, 117.5]};
    pos = {a: [1.5, 118.5]};
    var other = {b: [0.6, 117.6]};
    L.marker(pos.a).bindPopup("<p>Satu</p><img src='/1.jpg'>");
    L.marker(other.c).bindPopup("<p>Dua</p><img src='/2.jpg'>");
    """
    found = _parse(_page(script))
    assert [(c.raw_name, c.latitude) for c in found] == [("Satu", None), ("Dua", None)]


def test_a_long_leading_paragraph_names_no_marker() -> None:
    script = (
        _TABLE
        + """
    L.marker(titik.muara).bindPopup(
      "<p>Kamera ini dipasang oleh dinas untuk memantau muara</p><img src='/m.jpg'>");
    """
    )
    (camera,) = _parse(_page(script))
    assert camera.raw_name != "Kamera ini dipasang oleh dinas untuk memantau muara"


# A location's own camera rows.


def _locations(key: str, points_at: int = 4) -> str:
    data = [
        {
            "id": 4,
            "name": "Alun-alun Pare",
            "lat": -7.77,
            "lon": 112.19,
            "cctvs": [
                {
                    "id": 5,
                    key: points_at,
                    "name": "Alun-alun Pare Timur",
                    "url": "https://c.example/5.m3u8",
                },
                {
                    "id": 6,
                    key: points_at,
                    "name": "Alun-alun Pare Barat",
                    "url": "https://c.example/6.m3u8",
                },
            ],
        }
    ]
    return json.dumps(data)


@pytest.mark.parametrize("key", ["location_id", "lokasi_id", "titik_id"])
def test_rows_pointing_back_at_their_location_take_its_name_as_area(key: str) -> None:
    found = _parse(_locations(key))
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("5", "Alun-alun Pare Timur", "Alun-alun Pare"),
        ("6", "Alun-alun Pare Barat", "Alun-alun Pare"),
    ]
    assert found[0].latitude == -7.77


def test_views_pointing_at_another_record_stay_the_points_views() -> None:
    # A key naming no place (a camera's own id) or pointing elsewhere makes no area.
    for text in (
        _locations("camera_id"),
        _locations("location_id", points_at=9),
    ):
        assert [c.area for c in _parse(text)] == [None, None]


def test_many_position_objects_and_markers_stay_bounded() -> None:
    # Hundreds of keyed objects, some too large, each named by markers: a few are read.
    tables = "".join(
        f"var t{n} = {{{', '.join(f'k{k}: [0.{n}{k}, 117.{k}]' for k in range(40))}}};\n"
        for n in range(300)
    )
    huge = "var big = {" + ", ".join(f"k{k}: [0.5, 117.5]" for k in range(9000)) + "};\n"
    markers = "".join(
        f"L.marker(t{n % 300}.k{n % 40}).bindPopup(\"<p>Kamera {n}</p><img src='/{n}.jpg'>\");\n"
        for n in range(3000)
    )
    markers += "".join(
        f"L.marker(big.k{n}).bindPopup(\"<p>B{n}</p><img src='/b{n}.jpg'>\");\n" for n in range(50)
    )
    found = _parse(_page(tables + huge + markers + "var t1 = {k1: [1.0, 118.0]};\n" * 2000))
    assert found
    assert all(c.latitude is None or c.latitude < 1 for c in found)


def test_numbered_camera_labels_leave_unshared_locations_no_area() -> None:
    # "Camera 2" names no spot of its own: a location of its own is its place.
    body = _spots([("Camera 1", "Centrum"), ("CCTV 2", "Oost"), ("Big Bay", "West")])
    assert [c.area for c in _parse(body)] == [None, None, None]
