"""Identifier choice, areas from relations and terms, geometries as text, server lists.

Each test covers a class of input: the spellings real exports use, plus hostile variants
(malformed or oversized text, huge term lists) that must stay bounded.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.shapes import choose_id_key, is_guid
from custom_components.kutim_cctv.portal.values import JSONValue

HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"
GUID_A = "{6A1F3E2B-9C4D-4E8A-B1F2-3C4D5E6F7A81}"
GUID_B = "0b7c2d4e-5f6a-4b1c-8d2e-9f0a1b2c3d42"


def cameras(body: JSONValue, url: str = "https://cctv.kutim.example/api/cctv") -> list[Camera]:
    """Parse a JSON answer fetched from url."""
    result = parse_body(json.dumps(body), profile=Profile.AUTO, base_url=url, prettify=False)
    return list(result.cameras)


# --- identifiers ---------------------------------------------------------------------


@pytest.mark.parametrize("guid_key", ["GlobalID", "globalid", "global_id", "GUID", "guid"])
@pytest.mark.parametrize("record_key", ["OBJECTID", "ObjectId", "object_id", "fid", "ogc_fid"])
def test_record_number_beats_guid(guid_key: str, record_key: str) -> None:
    """ArcGIS/QGIS/OGR record numbers identify a record; replication GUIDs do not."""
    items = [
        {record_key: n, guid_key: guid, "nama": f"Simpang {n}", "url": HLS.format(n)}
        for n, guid in ((1, GUID_A), (2, GUID_B))
    ]
    assert [c.id for c in cameras(items)] == ["1", "2"]


@pytest.mark.parametrize("camera_key", ["cctv_id", "id_cctv", "kode_cctv", "id"])
def test_camera_id_beats_record_number(camera_key: str) -> None:
    """An id named for the camera still beats OBJECTID and GlobalID."""
    items = [
        {"OBJECTID": n, "GlobalID": GUID_A if n == 1 else GUID_B, camera_key: f"KT-{n}",
         "nama": f"Simpang {n}", "url": HLS.format(n)}
        for n in (1, 2)
    ]  # fmt: skip
    assert [c.id for c in cameras(items)] == ["KT-1", "KT-2"]


def test_uuid_still_beats_slug() -> None:
    """Demoting GlobalID does not demote a uuid column against a slug."""
    rows = [{"uuid": GUID_B, "slug": "simpang"}, {"uuid": GUID_B[:-1] + "3", "slug": "kabo"}]
    assert choose_id_key(rows) == "uuid"


@pytest.mark.parametrize("value", [GUID_A, GUID_B, GUID_B.upper(), f" {GUID_A} "])
def test_guid_values(value: str) -> None:
    """Braced and plain GUIDs are recognised; other ids are not GUIDs."""
    assert is_guid(value)
    assert not is_guid("KT-001") and not is_guid(12) and not is_guid(GUID_B[:-2])


def _feature(feature_id: JSONValue, properties: dict[str, Any], lng: float) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": feature_id,
        "geometry": {"type": "Point", "coordinates": [lng, 0.51]},
        "properties": properties,
    }


@pytest.mark.parametrize(
    ("key", "values"),
    [
        ("GlobalID", [GUID_A, "{0B7C2D4E-5F6A-4B1C-8D2E-9F0A1B2C3D42}"]),
        ("guid", [GUID_B, "1c7a4d2f-5e3b-4a9f-8b8c-4d3e2f1a0b92"]),
        ("uuid", [GUID_B, "1c7a4d2f-5e3b-4a9f-8b8c-4d3e2f1a0b92"]),
        ("OBJECTID", [101, 102]),
        ("fid", [0, 1]),
        ("slug", ["simpang-a", "simpang-b"]),
    ],
)
def test_feature_id_beats_generic_property_ids(key: str, values: list[JSONValue]) -> None:
    """A GeoJSON feature's own id beats record numbers, GUIDs and slugs in properties."""
    features = [
        _feature(f"cctv.{n}", {key: v, "nama": f"Titik {n}", "url": HLS.format(n)}, 117.5 + n / 100)
        for n, v in zip((1, 2), values, strict=True)
    ]
    found = cameras({"type": "FeatureCollection", "features": features})
    assert [c.id for c in found] == ["cctv.1", "cctv.2"]


@pytest.mark.parametrize("key", ["id", "cctv_id", "id_kamera"])
def test_camera_id_in_properties_beats_feature_id(key: str) -> None:
    """An id named for the camera inside the properties keeps winning (corpus convention)."""
    features = [
        _feature(n, {key: f"KT-{n}", "nama": f"Titik {n}", "url": HLS.format(n)}, 117.5 + n / 100)
        for n in (1, 2)
    ]
    found = cameras({"type": "FeatureCollection", "features": features})
    assert [c.id for c in found] == ["KT-1", "KT-2"]


# --- geometry as text ------------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["geom", "st_asgeojson", "location", "the_geom", "geojson", "shape"]
)
@pytest.mark.parametrize(
    "text",
    [
        '{"type":"Point","coordinates":[117.5312,0.5321]}',
        '{"type": "Point", "coordinates": [117.5312, 0.5321, 12.5]}',
        '{"type":"MultiPoint","coordinates":[[117.5312,0.5321]]}',
        (
            '{"type":"Point","crs":{"type":"name","properties":{"name":"EPSG:4326"}},'
            '"coordinates":[117.5312,0.5321]}'
        ),
        '  {"coordinates":[117.5312,0.5321],"type":"Point"}  ',
    ],
)
def test_geojson_text_gives_position(key: str, text: str) -> None:
    """GeoJSON geometries serialised into a text column (ST_AsGeoJSON) are positions."""
    (camera,) = cameras([{"id": 1, "nama": "Bundaran Kabo", "url": HLS.format(1), key: text}])
    assert (camera.latitude, camera.longitude) == (0.5321, 117.5312)
    assert camera.raw_name == "Bundaran Kabo"


def test_geojson_text_in_web_mercator_is_converted() -> None:
    """A geometry text declaring EPSG:3857 is converted to degrees."""
    text = json.dumps(
        {
            "type": "Point",
            "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
            "coordinates": [13084362.0, 56742.0],
        }
    )
    (camera,) = cameras([{"id": 1, "nama": "Kabo", "url": HLS.format(1), "geom": text}])
    assert camera.latitude is not None and abs(camera.latitude - 0.5097) < 1e-3
    assert camera.longitude is not None and abs(camera.longitude - 117.54) < 1e-2


@pytest.mark.parametrize(
    "text",
    [
        '{"type":"LineString","coordinates":[[117.5,0.5],[117.6,0.6]]}',
        '{"type":"Polygon","coordinates":[[[117.5,0.5],[117.6,0.6],[117.5,0.6],[117.5,0.5]]]}',
        '{"type":"Point","coordinates":[117.5312,0.5321]',  # truncated
        '{"type":"Point","coordinates":["a","b"]}',
        '{"type":"Point","coordinates":[1e999,0.5]}',
        '{"type":"Point","coordinates":[117.5,0.5],"pad":"' + "x" * 5000 + '"}',  # oversized
        '{"coordinates":' + "[" * 2000 + "]" * 2000 + "}",  # deep nesting
        "{}",
    ],
)
def test_bad_geojson_text_is_no_position(text: str) -> None:
    """Lines, areas, malformed, oversized or deeply nested text give no position."""
    (camera,) = cameras([{"id": 1, "nama": "Kabo", "url": HLS.format(1), "geom": text}])
    assert (camera.latitude, camera.longitude) == (None, None)


def test_geojson_text_is_never_a_name() -> None:
    """Serialised data is no camera name, even under a name-like key."""
    text = '{"type":"Point","coordinates":[117.5312,0.5321]}'
    (camera,) = cameras([{"lokasi_geojson": text, "url": HLS.format(1)}])
    assert camera.raw_name != text and "{" not in camera.raw_name
    assert camera.latitude == 0.5321


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("geometry", "0.5321,117.5312"),
        ("geometry", "0.5321, 117.5312"),
        ("the_geom", "POINT(117.5312 0.5321)"),
        ("geom", "SRID=4326;POINT (117.5312 0.5321)"),
        ("geolocation", "0.5321;117.5312"),
    ],
)
def test_pair_and_wkt_text_under_geometry_names(key: str, text: str) -> None:
    """A "lat,lng" pair or WKT point under a geometry-like name is the position."""
    (camera,) = cameras([{"id": 1, "nama": "Kabo", "url": HLS.format(1), key: text}])
    assert (camera.latitude, camera.longitude) == (0.5321, 117.5312)


# --- ZoneMinder positions --------------------------------------------------------------


def _zm(number: int, lat: JSONValue, lng: JSONValue) -> dict[str, Any]:
    return {
        "Monitor": {"Id": str(number), "Name": f"Cam-{number}", "Function": "Monitor",
                    "Path": "rtsp://admin:ZmSecret9@10.1.1.1/x", "Latitude": lat, "Longitude": lng},
        "Monitor_Status": {"Status": "Connected"},
    }  # fmt: skip


@pytest.mark.parametrize(
    ("lat", "lng", "want"),
    [
        ("0.49810000", "117.53370000", (0.4981, 117.5337)),
        (0.4981, 117.5337, (0.4981, 117.5337)),
        (None, None, (None, None)),
        ("", "", (None, None)),
        ("0.00000000", "0.00000000", (None, None)),
        ("95.5", "500.1", (None, None)),
        ("0.4981", None, (None, None)),
    ],
)
def test_zoneminder_position(lat: JSONValue, lng: JSONValue, want: tuple[Any, Any]) -> None:
    """ZoneMinder 1.36+ Latitude/Longitude place a monitor; empty or bad ones do not."""
    url = "https://zm.kutim.example/zm/api/monitors.json"
    for body in ({"monitors": [_zm(4, lat, lng)]}, {"monitor": _zm(4, lat, lng)}):
        (camera,) = cameras(body, url)
        assert (camera.latitude, camera.longitude) == want
        assert camera.mjpeg_url == "https://zm.kutim.example/zm/cgi-bin/nph-zms?mode=jpeg&monitor=4"
        assert "ZmSecret9" not in repr(camera)


# --- MediaMTX lists ---------------------------------------------------------------------


def _muxer(path: str) -> dict[str, Any]:
    return {"path": path, "created": "2026-12-02T01:00:00Z", "lastRequest": "2026-12-02T03:00:00Z",
            "bytesSent": 1024}  # fmt: skip


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("http://mtx.kutim.example:9997/v3/hlsmuxers/list", "http://mtx.kutim.example:8888"),
        ("http://mtx.kutim.example:9997/v2/hlsmuxers/list?page=0", "http://mtx.kutim.example:8888"),
        ("https://k.example/mediamtx/v3/hlsmuxers/list", "https://k.example/mediamtx"),
    ],
)
def test_mediamtx_hls_muxers(url: str, base: str) -> None:
    """Each HLS muxer is a camera named by its path, HLS on the server's HLS address."""
    body = {"pageCount": 1, "itemCount": 2, "items": [_muxer("kabo"), _muxer("sgt/pasar induk")]}
    found = cameras(body, url)
    assert [(c.id, c.raw_name) for c in found] == [("kabo", "kabo"), ("sgt/pasar induk",) * 2]
    assert [c.stream_url for c in found] == [
        f"{base}/kabo/index.m3u8",
        f"{base}/sgt/pasar%20induk/index.m3u8",
    ]


def test_mediamtx_empty_muxer_list_reads_like_an_empty_path_list() -> None:
    """No muxer serving now reads like a server without paths: no cameras."""
    empty = {"pageCount": 0, "itemCount": 0, "items": []}
    assert cameras(empty, "http://m.example:9997/v3/hlsmuxers/list") == []
    assert cameras(empty, "http://m.example:9997/v3/paths/list") == []


SESSION_LISTS = {
    "rtspsessions": {"id": "4a3c…", "created": "2026-12-02T01:00:00Z", "remoteAddr": "192.168.1.20:50000",
                     "state": "read", "path": "kabo", "query": "", "transport": "TCP",
                     "bytesReceived": 1, "bytesSent": 2},
    "webrtcsessions": {"id": "5b4d…", "created": "2026-12-02T01:00:00Z", "remoteAddr": "10.0.0.3:4000",
                       "peerConnectionEstablished": True, "localCandidate": "host/udp/10.0.0.2/8189",
                       "remoteCandidate": "prflx/udp/10.0.0.3/4000", "state": "read", "path": "kabo",
                       "query": "", "bytesReceived": 1, "bytesSent": 2},
    "rtmpconns": {"id": "6c5e…", "created": "2026-12-02T01:00:00Z", "remoteAddr": "10.0.0.4:1935",
                  "state": "publish", "path": "kabo", "query": "", "bytesReceived": 1, "bytesSent": 2},
    "srtconns": {"id": "7d6f…", "created": "2026-12-02T01:00:00Z", "remoteAddr": "10.0.0.5:8890",
                 "state": "read", "path": "kabo", "query": "", "bytesReceived": 1, "bytesSent": 2},
}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(SESSION_LISTS))
def test_mediamtx_sessions_are_not_cameras(kind: str) -> None:
    """Reader and publisher sessions are clients, never cameras: a clear error says so."""
    body = {"pageCount": 1, "itemCount": 2, "items": [SESSION_LISTS[kind]] * 2}
    with pytest.raises(PortalFormatError, match="session"):
        cameras(body, f"http://mtx.kutim.example:9997/v3/{kind}/list")


# --- areas from relations and terms ---------------------------------------------------


@pytest.mark.parametrize("name_key", ["judul", "keterangan", "nama_titik", "namaLokasi", "caption"])
@pytest.mark.parametrize("children_key", ["kamera", "cctvs", "titik_kamera"])
def test_parent_of_cameras_is_their_area(name_key: str, children_key: str) -> None:
    """A parent holding a one-to-many list of named cameras names their area."""
    body = {
        "data": [
            {"id": 1, "nama": "Sangatta Utara", children_key: [
                {"id": 5, name_key: "Bundaran Kabo", "stream": HLS.format(5)},
                {"id": 6, name_key: "Simpang Tiga", "stream": HLS.format(6)}]},
            {"id": 2, "nama": "Bengalon", children_key: [
                {"id": 9, name_key: "Pasar Bengalon", "stream": HLS.format(9)}]},
        ]
    }  # fmt: skip
    found = cameras(body)
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("5", "Bundaran Kabo", "Sangatta Utara"),
        ("6", "Simpang Tiga", "Sangatta Utara"),
        ("9", "Pasar Bengalon", "Bengalon"),
    ]


def test_strapi_populated_relation_is_a_group() -> None:
    """Children wrapped the Strapi way ({data: [{id, attributes}]}) are cameras of the parent."""
    body = {"data": [{"id": 1, "attributes": {"nama": "Rantau Pulung", "kameras": {"data": [
        {"id": 21, "attributes": {"judul": "Pasar Rantau Pulung", "url_hls": HLS.format(21)}}]}}}]}  # fmt: skip
    (camera,) = cameras(body)
    assert (camera.id, camera.raw_name, camera.area) == (
        "21",
        "Pasar Rantau Pulung",
        "Rantau Pulung",
    )


def test_unnamed_links_stay_a_map_point() -> None:
    """A place with several unnamed links is one place with several cameras, not an area."""
    body = [
        {
            "id": 3,
            "nama": "Simpang Kabo",
            "links": [{"url": HLS.format("a")}, {"url": HLS.format("b")}],
        }
    ]
    found = cameras(body)
    assert [(c.raw_name, c.area) for c in found] == [
        ("Simpang Kabo 1", None),
        ("Simpang Kabo 2", None),
    ]


def _post(number: int, terms: JSONValue) -> dict[str, Any]:
    return {"id": number, "title": {"rendered": f"CCTV {number}"}, "acf": {"hls_url": HLS.format(number)},
            "_embedded": {"wp:term": terms}}  # fmt: skip


def _term(taxonomy: str, name: str) -> dict[str, Any]:
    return {"id": 1, "name": name, "slug": name.lower(), "taxonomy": taxonomy}


@pytest.mark.parametrize(
    ("terms", "area"),
    [
        ([[_term("kecamatan", "Bengalon")]], "Bengalon"),
        (
            [[_term("category", "Sangatta Utara")], [_term("post_tag", "Lalu Lintas")]],
            "Sangatta Utara",
        ),
        ([[_term("category", "Umum")], [_term("wilayah_cctv", "Kaliorang")]], "Kaliorang"),
        ([[_term("category", "Uncategorized")]], None),
        ([[], [_term("post_tag", "Sangatta Utara")]], None),
        ([[_term("category", "Lalu Lintas"), _term("district", "Sangkulirang")]], "Sangkulirang"),
        ([[_term("kecamatan", "Sangatta &amp; Sekitarnya")]], "Sangatta & Sekitarnya"),
        ("not a list", None),
        ([[{"name": "Bengalon"}]], None),
    ],
)
def test_wordpress_embedded_terms(terms: JSONValue, area: str | None) -> None:
    """Place taxonomies name the area, then a real category; tags never do."""
    (camera,) = cameras([_post(412, terms)], "https://k.example/wp-json/wp/v2/cctv?_embed")
    assert camera.area == area


def test_category_objects_name_the_area() -> None:
    """Category objects without a taxonomy field ({id, name, slug}) are categories too."""
    body = [
        {
            "id": 1,
            "nama": "Kabo",
            "url": HLS.format(1),
            "categories": [{"id": 7, "name": "Bengalon"}],
        }
    ]
    (camera,) = cameras(body)
    assert camera.area == "Bengalon"


def test_huge_term_lists_are_bounded() -> None:
    """Thousands of terms or deep term nesting are read only in part, quickly."""
    many = [[_term("post_tag", f"t{n}") for n in range(5000)]] * 50
    (camera,) = cameras([_post(1, many)])
    assert camera.area is None
    deep: JSONValue = [_term("kecamatan", "Bengalon")]
    for _ in range(200):
        deep = [deep]
    (camera,) = cameras([_post(2, deep)])
    assert camera.area in (None, "Bengalon")
