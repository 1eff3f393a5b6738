"""Scheme-less addresses, lettered coordinates, [lat, lng] GeoJSON and ports, after holdout 35.

Some exports write their pictures' and streams' addresses from the host name on,
without ``https://`` (a Calle 30 style ``<URL>www.mc30.example/xml-data/…/X.jpg</URL>``,
a CSV column ``stills.coastcams.example.org/wc-1/latest.jpg``). Such a value is the
https address on that host, not a path beside the list: a dotted host name whose last
label is a top-level domain's (a generic one, a reserved one such as ``example``, or a
country's two letters), an optional port, then ``/``.

Relative paths stay relative: a first segment without a dot (``img/cam.1.jpg``), a file
name with no ``/`` after it (``camera.jpg``, ``www.x.com``), a dotted first segment whose
last label is no top-level domain (``lib.js/``, ``v1.2/``) and paths starting with ``.``
or ``/``.

Coordinates written as navigators and map pages write them, with a degree sign and a
hemisphere letter (``40.76°N, 73.99°W``, ``33.86° S 151.21° E``, ``S 34.0011``) or in
degrees, minutes and seconds (``22°58′16″S``), are signed decimal degrees: S and W are
negative, and in a pair the letters say which number is the latitude. A number with no
letter or two, a bare whole number with a letter (``5 W``), minutes or seconds of 60 or
more, two latitudes, and text that is no coordinate (``See map N/A``) are none.

A GeoJSON collection whose Point features are written [lat, lng] (a spreadsheet web app
handing its points straight to markers) is read in that order: at least two points and
half of them carry a second number beyond 90 degrees, and no point is unambiguously
written [lng, lat]. Its ambiguous points (``[40.758, -73.9855]``) are then read latitude
first. One stray point, a minority, or any point written [lng, lat] leaves the
collection in GeoJSON's order.

The seaport or harbour a camera watches, named in a text field (``port: "Port of
Hamburg"``, ``harbour``, ``pelabuhan``, ``hafen``, ``puerto``), is its area when nothing
else places it (after a search hit's province, before a country). A ``port`` holding a
number, ``554/tcp``, a protocol word or a ``host:port`` is a network port, never a place.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.fieldurls import looks_like_url, resolve_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.position import written_lat_first
from custom_components.kutim_cctv.portal.values import _number, hemisphere_degrees, hemisphere_pair

BASE = "https://data.city.example/traffic/cameras.json"


def parse(text: str) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal reads it."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE).cameras


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "www.mc30.example/xml-data/a/09NC39TV01.jpg",
            "https://www.mc30.example/xml-data/a/09NC39TV01.jpg",
        ),
        ("cams.city.gov:8080/snap/2.jpg", "https://cams.city.gov:8080/snap/2.jpg"),
        ("media.harbour.co.uk/live/a/index.m3u8", "https://media.harbour.co.uk/live/a/index.m3u8"),
        ("trafico.ayto.es/camaras/TV-1.jpg?t=1", "https://trafico.ayto.es/camaras/TV-1.jpg?t=1"),
    ],
)
def test_host_without_scheme_is_https_on_that_host(value: str, expected: str) -> None:
    """A value starting with a host name and ``/`` is the https address on that host."""
    assert resolve_url(value, BASE) == expected
    assert looks_like_url(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("img/cam.1.jpg", "https://data.city.example/traffic/img/cam.1.jpg"),
        ("camera.jpg", "https://data.city.example/traffic/camera.jpg"),
        ("www.x.com", "https://data.city.example/traffic/www.x.com"),
        ("lib.js/cam.jpg", "https://data.city.example/traffic/lib.js/cam.jpg"),
        ("v1.2/cam.jpg", "https://data.city.example/traffic/v1.2/cam.jpg"),
        ("./snap.v2/cam.jpg", "https://data.city.example/traffic/snap.v2/cam.jpg"),
        ("/img/cam.1.jpg", "https://data.city.example/img/cam.1.jpg"),
    ],
)
def test_relative_paths_stay_relative(value: str, expected: str) -> None:
    """Relative paths and file names with dots are resolved against the list's address."""
    assert resolve_url(value, BASE) == expected


@pytest.mark.parametrize(
    "value", ["img/cam.1.jpg", "camera.jpg", "Jl. Sudirman/Km 3", "St.Louis/Downtown"]
)
def test_relative_values_and_labels_are_not_urls(value: str) -> None:
    """Relative paths, names and labels with a dot and a slash are not written like URLs."""
    assert not looks_like_url(value)


def test_login_before_a_host_without_scheme_is_not_copied() -> None:
    """A login written before a scheme-less host never reaches an address."""
    url = resolve_url("admin:RahasiaKutim1@cams.city.gov/snap.jpg", BASE)
    assert url is None or "RahasiaKutim1" not in url


def test_xml_list_with_scheme_less_picture_addresses() -> None:
    """An XML camera list whose URL element omits the scheme gives https pictures."""
    xml = (
        "<Camaras>"
        "<Camara><Posicion><Latitud>40.40</Latitud><Longitud>-3.66</Longitud></Posicion>"
        "<Nombre>09NC39TV01</Nombre><URL>www.mc30.example/img/09NC39TV01.jpg</URL></Camara>"
        "<Camara><Posicion><Latitud>40.41</Latitud><Longitud>-3.73</Longitud></Posicion>"
        "<Nombre>04FT92TV01</Nombre><URL>www.mc30.example/img/04FT92TV01.jpg</URL></Camara>"
        "</Camaras>"
    )
    cameras = parse(xml)
    assert [c.snapshot_url for c in cameras] == [
        "https://www.mc30.example/img/09NC39TV01.jpg",
        "https://www.mc30.example/img/04FT92TV01.jpg",
    ]


def test_json_list_keeps_relative_pictures_beside_the_list() -> None:
    """In one list, a scheme-less host is read as a host and a relative path as a path."""
    doc = {
        "cameras": [
            {"id": "a", "name": "North gate", "image": "cams.city.example/img/a.jpg"},
            {"id": "b", "name": "South gate", "image": "img/b.v2.jpg"},
        ]
    }
    cameras = parse(json.dumps(doc))
    assert [c.snapshot_url for c in cameras] == [
        "https://cams.city.example/img/a.jpg",
        "https://data.city.example/traffic/img/b.v2.jpg",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("40.76°N, 73.99°W", (40.76, -73.99)),
        ("33.86° S 151.21° E", (-33.86, 151.21)),
        ("151.21° E, 33.86° S", (-33.86, 151.21)),
        ("S 34.0011, E 151.2302", (-34.0011, 151.2302)),
        ("22°58′16″S 43°11′17″W", (-22.971111, -43.188056)),
        ("51°30'26\"N 0°7'39\"W", (51.507222, -0.1275)),
    ],
)
def test_pair_with_hemisphere_letters(text: str, expected: tuple[float, float]) -> None:
    """A pair written with hemisphere letters is read by its letters; S and W negate."""
    assert hemisphere_pair(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "See map N/A",
        "40.76N 73.99N",
        "N 12, E 5",
        "N 40.5 W",
        "40.76, -73.99",
        "95.1°N, 10.0°E",
    ],
)
def test_pairs_that_are_no_lettered_coordinates(text: str) -> None:
    """Text, two latitudes, whole numbers, two letters on one number or none are no pair."""
    assert hemisphere_pair(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("33.8610° S", (-33.861, "lat")),
        ("33°52′30″S", (-33.875, "lat")),
        ("S 34.0011", (-34.0011, "lat")),
        ("151.2108° E", (151.2108, "lng")),
        ("73.99°W", (-73.99, "lng")),
    ],
)
def test_one_coordinate_with_a_hemisphere_letter(text: str, expected: tuple[float, str]) -> None:
    """A latitude or longitude cell with a letter is a signed number."""
    assert hemisphere_degrees(text) == expected
    assert _number(text) == expected[0]


@pytest.mark.parametrize(
    "text", ["5 W", "N/A", "North", "40°61′N", "40.5°", "N 40.5 W", "190.0° E"]
)
def test_values_that_are_no_lettered_coordinate(text: str) -> None:
    """A bare whole number, out-of-range minutes or degrees, or no single letter: none."""
    assert hemisphere_degrees(text) is None
    assert _number(text) is None


def test_markdown_table_coordinates_column_with_letters() -> None:
    """A table's Coordinates column written with letters places each camera."""
    page = (
        "<table><thead><tr><th>ID</th><th>Location</th><th>Coordinates</th><th>URL</th></tr>"
        "</thead><tbody>"
        "<tr><td>3</td><td>Times Square, NYC</td><td>40.76°N, 73.99°W</td>"
        "<td><code>https://video.tsq.example/live/playlist.m3u8</code></td></tr>"
        "<tr><td>9</td><td>Sydney Harbor</td><td>33.86°S, 151.22°E</td>"
        "<td><code>https://harbour.example/hls/harbour.m3u8</code></td></tr>"
        "<tr><td>4</td><td>Lab feed</td><td>not published</td>"
        "<td><code>https://lab.example/hls/lab.m3u8</code></td></tr>"
        "</tbody></table>"
    )
    cameras = parse_body(page, profile=Profile.AUTO, base_url="https://docs.example/cams").cameras
    assert [(c.latitude, c.longitude) for c in cameras] == [
        (40.76, -73.99),
        (-33.86, 151.22),
        (None, None),
    ]


def test_json_latitude_longitude_fields_with_letters() -> None:
    """Separate latitude and longitude fields written with letters are signed numbers."""
    doc = {
        "webcams": [
            {
                "name": "Circular Quay",
                "latitude": "33.8610° S",
                "longitude": "151.2108° E",
                "image": "https://cams.port.example/cq.jpg",
            },
            {
                "name": "Darling Harbour",
                "latitude": "33°52′30″S",
                "longitude": "151°11′56″E",
                "image": "https://cams.port.example/dh.jpg",
            },
        ]
    }
    cameras = parse(json.dumps(doc))
    assert [(c.latitude, c.longitude) for c in cameras] == [
        (-33.861, 151.2108),
        (-33.875, 151.198889),
    ]


def test_many_lettered_values_and_host_like_paths_stay_bounded() -> None:
    """Thousands of near-coordinates and dotted near-hosts are read within their bounds."""
    records = [
        {
            "name": f"Camera {number}",
            "latitude": "N 1.1° " * 11 + "S",
            "longitude": "1°1′1″ " * 11 + "W",
            "coordinates": "1.1°N 1.1°N " * 6,
            "image": "a." * 600 + f"com/{number}.jpg",
            "video": "cam.example/" + "x" * 3000 + ".m3u8",
        }
        for number in range(3000)
    ]
    cameras = parse(json.dumps({"cameras": records}))
    assert len(cameras) == 2000  # the list cap
    assert all(c.latitude is None and c.longitude is None for c in cameras)
    assert cameras[0].stream_url is not None
    assert cameras[0].stream_url.startswith("https://cam.example/xxx")


def _collection(*points: tuple[float, float]) -> dict[str, object]:
    """Return a FeatureCollection of named Point features with a stream each."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": list(point)},
                "properties": {
                    "name": f"Camera {number}",
                    "video": f"https://live.cams.example/{number}/index.m3u8",
                },
            }
            for number, point in enumerate(points)
        ],
    }


def _positions(doc: dict[str, object]) -> list[tuple[float | None, float | None]]:
    """Return the (lat, lng) of the cameras a document gives."""
    return [(c.latitude, c.longitude) for c in parse(json.dumps(doc))]


def test_collection_written_lat_first_reads_its_ambiguous_points_so() -> None:
    """Points beyond 90 in second place make the collection's order [lat, lng]."""
    doc = _collection((35.6595, 139.7005), (43.0606, 141.3545), (40.758, -73.9855))
    assert written_lat_first(doc["features"])  # type: ignore[arg-type]
    assert _positions(doc) == [(35.6595, 139.7005), (43.0606, 141.3545), (40.758, -73.9855)]


def test_one_stray_lat_first_point_does_not_turn_the_collection() -> None:
    """A single [lat, lng] point is read by its own numbers; the others stay [lng, lat]."""
    doc = _collection((11.5755, 48.1374), (11.5494, 48.1418), (-33.8731, 151.2065))
    assert not written_lat_first(doc["features"])  # type: ignore[arg-type]
    assert _positions(doc) == [(48.1374, 11.5755), (48.1418, 11.5494), (-33.8731, 151.2065)]


def test_a_point_written_lng_first_keeps_the_geojson_order() -> None:
    """A point unambiguously written [lng, lat] keeps every point in GeoJSON's order."""
    doc = _collection((35.66, 139.70), (43.06, 141.35), (116.8, -1.2), (11.57, 48.13))
    assert not written_lat_first(doc["features"])  # type: ignore[arg-type]
    assert _positions(doc)[3] == (48.13, 11.57)


def test_a_minority_of_lat_first_points_keeps_the_geojson_order() -> None:
    """Two lat-first points among many ambiguous ones do not turn the collection."""
    doc = _collection((35.66, 139.70), (43.06, 141.35), *[(11.5 + n / 100, 48.1) for n in range(5)])
    assert not written_lat_first(doc["features"])  # type: ignore[arg-type]
    assert _positions(doc)[2] == (48.1, 11.5)


def test_web_mercator_collections_are_not_read_lat_first() -> None:
    """A geometry carrying its own crs is never counted."""
    doc = _collection((35.66, 139.70), (43.06, 141.35))
    for feature in doc["features"]:  # type: ignore[attr-defined]
        feature["geometry"]["crs"] = {"type": "name", "properties": {"name": "EPSG:4326"}}
    assert not written_lat_first(doc["features"])  # type: ignore[arg-type]


def _port_cameras(port: object, **more: object) -> tuple[Camera, ...]:
    """Parse two camera records carrying the same port value."""
    records = [
        {
            "id": f"c{n}",
            "name": f"Quay {n}",
            "port": port,
            **more,
            "hls": f"https://live.port.example/c{n}/index.m3u8",
        }
        for n in range(2)
    ]
    return parse(json.dumps({"cameras": records}))


def test_port_named_in_a_text_field_is_the_area() -> None:
    """A port's name beside the camera's own is its area."""
    assert [c.area for c in _port_cameras("Port of Hamburg")] == ["Port of Hamburg"] * 2


@pytest.mark.parametrize("key", ["harbour", "pelabuhan", "hafen", "puerto", "port_name"])
def test_other_port_words_name_the_area(key: str) -> None:
    """Harbour, pelabuhan, Hafen, puerto: the same place under other words."""
    records = [
        {
            "id": f"c{n}",
            "name": f"Quay {n}",
            key: "Pelabuhan Semayang",
            "hls": f"https://live.port.example/c{n}/index.m3u8",
        }
        for n in range(2)
    ]
    assert [c.area for c in parse(json.dumps({"cameras": records}))] == ["Pelabuhan Semayang"] * 2


@pytest.mark.parametrize("port", [554, "8080", "554/tcp", "rtsp", "HTTP", "10.0.0.5:554", ""])
def test_network_ports_are_never_an_area(port: object) -> None:
    """A number, a protocol or an address under ``port`` is a device's network port."""
    assert [c.area for c in _port_cameras(port)] == [None, None]


def test_finer_places_win_over_the_port() -> None:
    """A district given beside the port is the area."""
    cameras = _port_cameras("Port of Rotterdam", district="Maasvlakte")
    assert [c.area for c in cameras] == ["Maasvlakte", "Maasvlakte"]
