"""Tests of the portal body parsers: every format, shape and quirk the client reads."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import (
    DEFAULT_KUTIM_HLS,
    Camera,
    ParseResult,
    PortalFormat,
    Profile,
)
from custom_components.kutim_cctv.portal.parsing import (
    JSONValue,
    KutimPage,
    decode_body,
    load_json,
    parse_body,
    parse_kutim_page,
)

FIXTURES = Path(__file__).parent / "fixtures"
HLS = "https://cctv.kutaitimurkab.go.id"
BASE = "https://portal.kutim.example/api/cctv"
M3U8 = "https://media.kutim.example/hls/cam/index.m3u8"


def fixture_text(name: str) -> str:
    """Return a fixture file decoded like a portal body."""
    return decode_body((FIXTURES / name).read_bytes())


def fixture_json(name: str) -> JSONValue:
    """Return a JSON fixture as a value."""
    value: JSONValue = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return value


def auto(body: object, **kwargs: object) -> ParseResult:
    """Parse a body (a JSON value is serialised first) with the AUTO profile."""
    text = body if isinstance(body, str) else json.dumps(body)
    options: dict[str, object] = {"profile": Profile.AUTO, "base_url": BASE}
    options.update(kwargs)
    return parse_body(text, **options)  # type: ignore[arg-type]


def one(body: object, **kwargs: object) -> Camera:
    """Parse a body that holds exactly one camera and return it."""
    result = auto(body, **kwargs)
    assert len(result.cameras) == 1, result
    return result.cameras[0]


def by_id(result: ParseResult) -> dict[str, Camera]:
    """Return the cameras of a result by id."""
    return {camera.id: camera for camera in result.cameras}


def derived(seed: str) -> str:
    """Return the id the parser derives from an identifying text."""
    return "k-" + hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:12]


# ---------------------------------------------------------------------------
# F1: Kutim pages
# ---------------------------------------------------------------------------


def test_kutim_page1() -> None:
    """The first Kutim page: string coordinates, a camera without place, a broken item."""
    page = parse_kutim_page(fixture_json("kutim_page1.json"), hls_base=HLS + "/")
    assert isinstance(page, KutimPage)
    assert page.raw_count == 5
    assert page.total == 8
    assert page.total_pages == 2
    result = page.result
    assert result.format is PortalFormat.KUTIM
    assert result.skipped == 1
    assert result.warnings == ()
    assert [c.id for c in result.cameras] == ["101", "102", "103", "105"]
    first = result.cameras[0]
    assert first == Camera(
        id="101",
        raw_name="CCTV SIMP 3 JL. YOS SUDARSO",
        name="Simpang 3 Jl. Yos Sudarso",
        latitude=0.50912,
        longitude=117.54683,
        stream_url=f"{HLS}/hls/simpang-yossudarso-1/index.m3u8",
        stream_key="simpang-yossudarso-1",
    )
    cams = by_id(result)
    assert cams["103"].latitude is None
    assert cams["103"].longitude is None
    assert cams["103"].has_stream
    assert cams["105"].latitude == pytest.approx(0.53381)
    assert cams["105"].stream_key == "bukit pelangi/gerbang"
    assert cams["105"].stream_url == f"{HLS}/hls/bukit%20pelangi%2Fgerbang/index.m3u8"


def test_kutim_page2_and_names() -> None:
    """The second page carries the same totals; names get prettified."""
    page = parse_kutim_page(fixture_json("kutim_page2.json"), hls_base=HLS)
    assert (page.raw_count, page.total, page.total_pages) == (3, 8, 2)
    assert [c.name for c in page.result.cameras] == [
        "Kec. Sangatta Selatan",
        "Jl. Pendidikan - SMA 1",
        "Simpang Kabo",
    ]
    assert page.result.skipped == 0


def test_kutim_without_prettify_keeps_raw_names() -> None:
    """With prettify off the display name is the raw name."""
    page = parse_kutim_page(fixture_json("kutim_page2.json"), hls_base=HLS, prettify=False)
    assert [c.name for c in page.result.cameras] == [c.raw_name for c in page.result.cameras]
    assert page.result.cameras[0].name == "CCTV KEC. SGT SELATAN"


ITEM: dict[str, JSONValue] = {"id": 1, "name": "CCTV SIMP KABO", "streamKey": "kabo"}


@pytest.mark.parametrize(
    "data",
    [
        [ITEM],
        {"items": [ITEM]},
        {"result": [ITEM]},
        {"cctv": [ITEM]},
        {"data": {"data": [ITEM], "total": 1, "last_page": 1}},
        {"data": {"items": [ITEM]}},
        {"success": True, "payload": {"rows": [ITEM]}},
    ],
)
def test_kutim_list_shapes(data: JSONValue) -> None:
    """The Kutim list is found in a bare list, common wrappers and nested wrappers."""
    page = parse_kutim_page(data, hls_base=HLS)
    assert page.raw_count == 1
    assert page.result.cameras[0].stream_url == f"{HLS}/hls/kabo/index.m3u8"


def test_kutim_laravel_totals() -> None:
    """Totals nested in a paginator object are read."""
    page = parse_kutim_page({"data": {"data": [ITEM], "total": 40, "last_page": 4}}, hls_base=HLS)
    assert (page.total, page.total_pages) == (40, 4)


@pytest.mark.parametrize(
    ("extra", "total", "pages"),
    [
        ({}, None, None),
        ({"total": "12"}, 12, None),
        ({"totalItems": 30, "pageCount": 3}, 30, 3),
        ({"totalData": 5.0}, 5, None),
        ({"count": 9}, 9, None),
        ({"meta": {"pagination": {"total": 77, "total_pages": 8}}}, 77, 8),
        ({"pagination": {"totalRecords": 3, "lastPage": "1"}}, 3, 1),
        ({"total": -5, "totalPages": True}, None, None),
        ({"total": "lots", "pages": [1, 2]}, None, None),
        ({"total": 10**12}, None, None),
        ({"total": 2.5}, None, None),
    ],
)
def test_kutim_totals_are_read_when_sane(
    extra: dict[str, JSONValue], total: int | None, pages: int | None
) -> None:
    """Totals and page counts come from many spellings; nonsense is ignored."""
    page = parse_kutim_page({"data": [ITEM], **extra}, hls_base=HLS)
    assert (page.total, page.total_pages) == (total, pages)


def test_kutim_bare_list_has_no_totals() -> None:
    """A bare list carries no totals."""
    page = parse_kutim_page([ITEM, ITEM], hls_base=HLS)
    assert (page.raw_count, page.total, page.total_pages) == (2, None, None)
    assert len(page.result.cameras) == 1


@pytest.mark.parametrize(
    ("item", "key", "url"),
    [
        ({"id": 1, "stream_key": "a-1"}, "a-1", f"{HLS}/hls/a-1/index.m3u8"),
        ({"id": 1, "key": "b 2"}, "b 2", f"{HLS}/hls/b%202/index.m3u8"),
        ({"id": 1, "path": "cam/3"}, "cam/3", f"{HLS}/hls/cam%2F3/index.m3u8"),
        ({"id": 1, "streamKey": 44}, "44", f"{HLS}/hls/44/index.m3u8"),
        ({"id": 1, "path": "/hls/direct/index.m3u8"}, None, f"{HLS}/hls/direct/index.m3u8"),
    ],
)
def test_kutim_stream_key_aliases(item: dict[str, JSONValue], key: str | None, url: str) -> None:
    """Stream keys come from streamKey and its aliases; a URL-valued path is a URL."""
    camera = parse_kutim_page({"data": [item]}, hls_base=HLS).result.cameras[0]
    assert camera.stream_key == key
    assert camera.stream_url == url


def test_kutim_optional_fields_are_read() -> None:
    """Status, area and thumbnail are read when the portal starts sending them."""
    item: dict[str, JSONValue] = {
        "id": 9,
        "name": "CCTV TAMAN",
        "streamKey": "taman",
        "status": "aktif",
        "kecamatan": "Sangatta Utara",
        "thumbnail": "/thumb/taman.jpg",
        "url": "https://cctv.kutim.example/map?cam=9",
    }
    camera = parse_kutim_page({"data": [item]}, hls_base=HLS).result.cameras[0]
    assert camera.online is True
    assert camera.area == "Sangatta Utara"
    assert camera.snapshot_url == f"{HLS}/thumb/taman.jpg"
    assert camera.stream_url == f"{HLS}/hls/taman/index.m3u8"


def test_kutim_camera_without_name_or_id() -> None:
    """A nameless camera is named after its area or stream key; its id is derived."""
    page = parse_kutim_page(
        {"data": [{"streamKey": "s-1"}, {"id": 3, "streamKey": "s-3", "kecamatan": "Rantau"}]},
        hls_base=HLS,
    )
    first, second = page.result.cameras
    assert first.id == derived("s-1")
    assert first.name == first.raw_name == "s-1"
    assert second.raw_name == "Rantau 3"


@pytest.mark.parametrize("data", [{"message": "Unauthorized"}, {"data": None}, 42, None, "x"])
def test_kutim_without_any_list_is_a_format_error(data: JSONValue) -> None:
    """A Kutim answer without any list is a format error."""
    with pytest.raises(PortalFormatError):
        parse_kutim_page(data, hls_base=HLS)


def test_kutim_page_of_only_broken_items_is_not_an_error() -> None:
    """Broken items are counted so paging can go on."""
    page = parse_kutim_page({"data": [1, "x", {"id": 5}]}, hls_base=HLS)
    assert page.result.cameras == ()
    assert (page.raw_count, page.result.skipped) == (3, 3)


def test_profile_kutim_matches_parse_kutim_page() -> None:
    """The KUTIM profile of parse_body is parse_kutim_page's result."""
    text = fixture_text("kutim_page1.json")
    result = parse_body(text, profile=Profile.KUTIM, base_url=BASE, hls_base=HLS)
    assert result == parse_kutim_page(load_json(text), hls_base=HLS).result
    default = parse_body(text, profile=Profile.KUTIM, base_url=BASE)
    assert (
        default.cameras[0].stream_url == f"{DEFAULT_KUTIM_HLS}/hls/simpang-yossudarso-1/index.m3u8"
    )


def test_auto_detects_the_kutim_shape() -> None:
    """AUTO reports the Kutim format for items with stream keys."""
    result = auto(fixture_json("kutim_page1.json"), hls_base=HLS)
    assert result.format is PortalFormat.KUTIM
    assert len(result.cameras) == 4
    assert result.cameras[0].stream_url == f"{HLS}/hls/simpang-yossudarso-1/index.m3u8"


def test_auto_kutim_shape_prefers_explicit_stream_urls() -> None:
    """Outside the Kutim profile a direct stream URL beats one built from the key."""
    camera = one([{"id": 1, "streamKey": "k", "stream_url": M3U8}], hls_base=HLS)
    assert camera.stream_url == M3U8
    assert camera.stream_key == "k"
    keyonly = one([{"id": 1, "streamKey": "k"}])
    assert keyonly.stream_url is None
    assert keyonly.has_stream


# ---------------------------------------------------------------------------
# F2: JSON lists
# ---------------------------------------------------------------------------


def test_json_flat() -> None:
    """A flat array with cctv_* aliases; unknown fields are dropped."""
    result = auto(fixture_text("json_flat.json"), base_url="https://portal.kutim.example/api")
    assert result.format is PortalFormat.JSON
    assert result.skipped == 0
    cams = by_id(result)
    assert cams["7"] == Camera(
        id="7",
        raw_name="Simpang Tiga Jl. Yos Sudarso (PTZ)",
        name="Simpang Tiga Jl. Yos Sudarso (PTZ)",
        area="Sangatta Utara",
        latitude=0.5091,
        longitude=117.5468,
        online=False,
        stream_url="https://stream.kutim.example/atcs/yossudarso.stream/playlist.m3u8",
        snapshot_url="https://stream.kutim.example/thumb/7.jpg",
    )
    assert cams["8"].online is True
    assert cams["8"].stream_url == "https://stream.kutim.example/atcs/bersemi.stream/playlist.m3u8"
    assert cams["9"].stream_url == "rtsp://stream.kutim.example:8554/kenyamukan"
    assert (cams["9"].latitude, cams["9"].longitude) == (None, None)
    assert "not-for-anyone" not in repr(result)


def test_json_wrapped_nested() -> None:
    """A list nested one level in data.items; relative and protocol-relative URLs."""
    result = auto(
        fixture_text("json_wrapped_nested.json"), base_url="http://portal.kutim.example/api/v1/cctv"
    )
    cams = by_id(result)
    assert list(cams) == ["b1d1", "b1d2", "b1d3"]
    first = cams["b1d1"]
    assert first.name == "Simpang Empat Sangatta Selatan"
    assert first.raw_name == "SIMPANG EMPAT SANGATTA SELATAN"
    assert first.stream_url == "http://media.kutim.example/live/sgt-selatan/index.m3u8"
    assert first.snapshot_url == "http://portal.kutim.example/snap/sgt-selatan.jpg"
    assert first.online is True
    assert first.area == "Sangatta Selatan"
    second = cams["b1d2"]
    assert (second.latitude, second.longitude) == (0.5201, 117.559)
    assert second.stream_url == "http://portal.kutim.example/api/v1/live/pasar-induk/index.m3u8"
    assert second.online is False
    assert second.area == "Sangatta Utara"
    third = cams["b1d3"]
    assert (third.latitude, third.longitude) == (None, None)
    assert third.online is True


def test_json_keyed_by_id() -> None:
    """An object keyed by id: the key is the id unless the value has one."""
    result = auto(fixture_text("json_keyed.json"))
    assert [c.id for c in result.cameras] == ["7", "8", "custom-9"]
    assert [c.online for c in result.cameras] == [True, False, None]


def test_json_keyed_inside_a_wrapper() -> None:
    """An id-keyed object may itself sit under a wrapper key."""
    result = auto({"data": {"a1": {"name": "Satu", "url": M3U8}}})
    assert [(c.id, c.name) for c in result.cameras] == [("a1", "Satu")]


@pytest.mark.parametrize(
    "wrapper",
    ["data", "records", "markers", "items", "result", "rows", "cctv", "list", "Data", "CCTV"],
)
def test_json_wrappers(wrapper: str) -> None:
    """The camera list is found under every common wrapper key."""
    result = auto({"status": "ok", wrapper: [{"id": 1, "name": "Satu", "url": M3U8}]})
    assert [c.id for c in result.cameras] == ["1"]


@pytest.mark.parametrize(
    "body",
    [
        {"result": {"data": [{"id": 1, "url": M3U8}]}},
        {"data": {"items": [{"id": 1, "url": M3U8}]}},
        {"response": {"list": [{"id": 1, "url": M3U8}]}},
        {"ok": True, "payload_x": {"kamera_aktif": [{"id": 1, "url": M3U8}], "tags": [{"a": 1}]}},
        {"data": json.dumps([{"id": 1, "url": M3U8}])},
        {"data": "[not json", "items": [{"id": 1, "url": M3U8}]},
        {"1": {"type": "Feature", "geometry": None, "properties": {"url": M3U8}}},
        {"1": {"nama": "Titik", "links": [{"id": 1, "url": M3U8}]}},
        {"hasil": {"daftar": [{"id": 1, "sumber": M3U8}, 5], "menu": [{"judul": "Beranda"}]}},
        json.dumps([{"id": 1, "url": M3U8}]),
        {"id": 1, "url": M3U8},
    ],
)
def test_json_nested_and_unusual_shapes(body: JSONValue) -> None:
    """Nested wrappers, unknown keys, doubly encoded JSON and a lone camera object."""
    camera = one(body)
    assert (camera.id, camera.stream_url) == ("1", M3U8)


@pytest.mark.parametrize(
    ("item", "field", "expected"),
    [
        ({"cctv_id": "c7"}, "id", "c7"),
        ({"code": "K-1"}, "id", "K-1"),
        ({"uuid": "u-1"}, "id", "u-1"),
        ({"marker_id": 12}, "id", "12"),
        ({"ch_id": 3.0}, "id", "3"),
        ({"id": " 12 "}, "id", "12"),
        ({"cctv_name": "Satu"}, "name", "Satu"),
        ({"cctv_title": "Dua"}, "name", "Dua"),
        ({"nama": "Tiga"}, "name", "Tiga"),
        ({"lokasi": "Empat"}, "name", "Empat"),
        ({"title": "Lima"}, "name", "Lima"),
        ({"ch_name": "Enam"}, "name", "Enam"),
        ({"name": 17}, "name", "17"),
        ({"kecamatan": "Bengalon"}, "area", "Bengalon"),
        ({"nama_kecamatan": "Rantau Pulung"}, "area", "Rantau Pulung"),
        ({"district": "Kaliorang"}, "area", "Kaliorang"),
        ({"name": "Simpang", "location_name": "Sangkulirang"}, "area", "Sangkulirang"),
        ({"location_name": "Sangkulirang"}, "raw_name", "Sangkulirang"),
        ({"location_name": "Simpang", "kecamatan": "Bengalon"}, "area", "Bengalon"),
        ({"wilayah": "Muara Wahau"}, "area", "Muara Wahau"),
        ({"area": {"id": 3, "nama": "Teluk Pandan"}}, "area", "Teluk Pandan"),
        ({"latitude": "0.5", "longitude": "117.5"}, "latitude", 0.5),
        ({"cctv_latitude": 0.5, "cctv_longitude": 117.5}, "longitude", 117.5),
        ({"lat": 0.5, "lon": 117.5}, "longitude", 117.5),
        ({"lat": 0.5, "long": 117.5}, "longitude", 117.5),
        ({"latLng": "0.5,117.5"}, "latitude", 0.5),
        ({"status_online": "offline"}, "online", False),
        ({"cctv_status": 1}, "online", True),
        ({"is_active": False}, "online", False),
        ({"active": "active"}, "online", True),
    ],
)
def test_json_field_aliases(item: dict[str, JSONValue], field: str, expected: object) -> None:
    """Every documented alias fills the right camera field."""
    camera = one([{"url": M3U8, **item}])
    assert getattr(camera, field) == expected


@pytest.mark.parametrize(
    "alias",
    [
        "stream",
        "stream_url",
        "stream_cctv",
        "cctv_link",
        "url",
        "link",
        "hls",
        "hls_url",
        "tautan",
        "video_src",
        "streamUrl",
        "Stream-URL",
        "stream url",
        "HLSUrl",
    ],
)
def test_json_stream_aliases(alias: str) -> None:
    """Every stream alias (in any case and separator style) gives the stream URL."""
    assert one([{"id": 1, alias: M3U8}]).stream_url == M3U8


@pytest.mark.parametrize(
    "alias", ["thumbnail", "poster", "gambar", "snapshot", "image", "preview", "foto", "still"]
)
def test_json_snapshot_aliases(alias: str) -> None:
    """Every snapshot alias gives a still URL, even for a URL of unknown shape."""
    camera = one([{"id": 1, alias: "https://snap.kutim.example/get?cam=1"}])
    assert camera.snapshot_url == "https://snap.kutim.example/get?cam=1"
    assert camera.stream_url is None


def test_json_camel_case_keys() -> None:
    """camelCase, dashed and spaced keys match the aliases."""
    camera = one(
        [
            {
                "cctvId": 4,
                "cctvName": "Simpang Sangatta Baru",
                "Nama Kecamatan": "Sangatta Utara",
                "streamUrl": M3U8,
                "Thumbnail-URL": "https://snap.kutim.example/4.jpg",
                "isActive": "ya",
                "Keterangan" * 10: "kolom dengan nama yang sangat panjang",
            }
        ]
    )
    assert camera.id == "4"
    assert camera.name == "Simpang Sangatta Baru"
    assert camera.area == "Sangatta Utara"
    assert camera.snapshot_url == "https://snap.kutim.example/4.jpg"
    assert camera.online is True


def test_value_based_recognition() -> None:
    """Unknown field names are recognised by their values."""
    item = {
        "kode": "A1",
        "judul_kamera": "Simpang Kabo",
        "sumber": "https://x.example/live/a.m3u8",
        "koordinat": "0.5,117.5",
    }
    camera = one([item])
    assert camera.name == "Simpang Kabo"
    assert camera.stream_url == "https://x.example/live/a.m3u8"
    assert (camera.latitude, camera.longitude) == (0.5, 117.5)
    # An identifier field named "kode" is the camera's id (no hash is invented).
    assert camera.id == "A1"


def test_value_based_urls_by_kind() -> None:
    """Still and MJPEG URLs under unknown names fill their slots; other URLs are ignored."""
    camera = one(
        [
            {
                "halaman": "https://cctv.kutim.example/lihat/5",
                "cuplikan": "https://cctv.kutim.example/snap/5.jpg",
                "siaran": "https://cctv.kutim.example/mjpg/5.mjpg",
                "rekaman": "https://cctv.kutim.example/vod/5.flv",
            }
        ]
    )
    assert camera.snapshot_url == "https://cctv.kutim.example/snap/5.jpg"
    assert camera.mjpeg_url == "https://cctv.kutim.example/mjpg/5.mjpg"
    assert camera.stream_url == "https://cctv.kutim.example/vod/5.flv"


def test_value_based_name_prefers_name_like_keys() -> None:
    """A name-like key wins; otherwise any readable text is used."""
    hinted = one([{"x": "Kode B7", "keterangan_lokasi": "Depan Pasar", "s": M3U8}])
    assert hinted.name == "Depan Pasar"
    anywhere = one([{"kode": "B7", "tipe": "aktif", "s": M3U8, "hash": "a" * 32}])
    assert anywhere.name == "B7"
    nothing = one([{"n": 5, "s": M3U8}])
    assert nothing.name == nothing.id


@pytest.mark.parametrize(
    ("item", "position"),
    [
        ({"posisi_lintang": "0.51", "posisi_bujur": "117.55"}, (0.51, 117.55)),
        ({"gps_lat": 0.51, "gps_long": 117.55}, (0.51, 117.55)),
        ({"position": [0.51, 117.55]}, (0.51, 117.55)),
        ({"position": [117.55, 0.51]}, (0.51, 117.55)),
        ({"location": {"lat": 0.51, "lng": 117.55}}, (0.51, 117.55)),
        ({"geo": "117.55, 0.51"}, (0.51, 117.55)),
        ({"latlng_str": "0.51;117.55"}, (0.51, 117.55)),
        ({"titik": "(0.51 117.55)"}, (0.51, 117.55)),
        ({"geometry": {"type": "Point", "coordinates": [117.55, 0.51]}}, (0.51, 117.55)),
        ({"loc": {"type": "Point", "coordinates": [117.55, 0.51]}}, (0.51, 117.55)),
        ({"coord": "tidak ada"}, (None, None)),
        ({"koordinat": [1]}, (None, None)),
    ],
)
def test_value_based_coordinates(
    item: dict[str, JSONValue], position: tuple[float | None, float | None]
) -> None:
    """Coordinates under unknown keys, as pairs, strings, objects or geometries."""
    camera = one([{"id": 1, "url": M3U8, **item}])
    assert (camera.latitude, camera.longitude) == position


# ---------------------------------------------------------------------------
# Coordinates, status, ids, names and URLs
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lat", "lng", "position"),
    [
        ("0.5091", "117.5468", (0.5091, 117.5468)),
        (" 0,5091 ", "117,5468", (0.5091, 117.5468)),
        (0.5, 117, (0.5, 117.0)),
        ("-0.25", "+117.5", (-0.25, 117.5)),
        ("", "", (None, None)),
        ("-", "-", (None, None)),
        ("null", "null", (None, None)),
        (None, None, (None, None)),
        (0, 0, (None, None)),
        ("0", "0.0", (None, None)),
        ("0.5", "", (None, None)),
        ("NaN", "117.5", (None, None)),
        ("1e400", "117.5", (None, None)),
        ("0.5.1", "117", (None, None)),
        (True, 117.5, (None, None)),
        ([0.5], 117.5, (None, None)),
        (117.5468, 0.5091, (0.5091, 117.5468)),
        (95.5, 200.0, (None, None)),
        (-91, 10, (10.0, -91.0)),
        (-91, 181, (None, None)),
    ],
)
def test_coordinates(
    lat: JSONValue, lng: JSONValue, position: tuple[float | None, float | None]
) -> None:
    """Numbers or strings, decimal commas, unknown markers, swaps and range checks."""
    camera = one([{"id": 1, "url": M3U8, "lat": lat, "lng": lng}])
    assert (camera.latitude, camera.longitude) == position


def test_nan_and_infinity_from_json() -> None:
    """NaN and Infinity tokens parse and count as unknown coordinates."""
    camera = one(f'[{{"id": 1, "url": "{M3U8}", "lat": NaN, "lng": Infinity}}]')
    assert (camera.latitude, camera.longitude) == (None, None)


@pytest.mark.parametrize(
    ("value", "position"),
    [
        ("0.51,117.55", (0.51, 117.55)),
        ("0.51, 117.55", (0.51, 117.55)),
        ("[0.51, 117.55]", (0.51, 117.55)),
        ("0,51 117,55", (0.51, 117.55)),
        ("0.51,117.55,20", (0.51, 117.55)),
        ([0.51, "117.55"], (0.51, 117.55)),
        ("0,0", (None, None)),
        ("", (None, None)),
        ("abc,def", (None, None)),
        ("1,2,3,4,5", (None, None)),
        (12, (None, None)),
    ],
)
def test_combined_lat_lon(value: JSONValue, position: tuple[float | None, float | None]) -> None:
    """A combined lat_lon field in its many spellings."""
    camera = one([{"id": 1, "url": M3U8, "lat_lon": value}])
    assert (camera.latitude, camera.longitude) == position


def test_out_of_range_warning_is_counted_once() -> None:
    """Out-of-range coordinates give one summary warning, not one per camera."""
    items = [{"id": n, "url": f"{M3U8}?n={n}", "lat": 95, "lng": 500} for n in range(5)]
    result = auto(items)
    assert len(result.cameras) == 5
    assert all(c.latitude is None for c in result.cameras)
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("5 camera(s) had coordinates out of range")


@pytest.mark.parametrize(
    ("value", "online"),
    [
        (True, True),
        (False, False),
        (1, True),
        (0, False),
        (1.0, True),
        (2, None),
        ("1", True),
        ("0", False),
        ("aktif", True),
        ("Aktif", True),
        ("nonaktif", False),
        ("Tidak Aktif", False),
        ("non-aktif", False),
        ("online", True),
        ("OFFLINE", False),
        ("active", True),
        ("inactive", False),
        ("on", True),
        ("off", False),
        ("up", True),
        ("down", False),
        ("live", True),
        ("hidup", True),
        ("mati", False),
        ("normal", True),
        ("rusak", False),
        ("error", False),
        ("true", True),
        ("false", False),
        ("yes", True),
        ("no", False),
        ("ya", True),
        ("tidak", False),
        # A camera under maintenance is not watchable: offline, like "perbaikan".
        ("maintenance", False),
        ("TURNED_ON", True),
        ("REMOVED", False),
        ("pending", None),
        ("", None),
        (None, None),
        ([1], None),
    ],
)
def test_status_families(value: JSONValue, online: bool | None) -> None:
    """Every status spelling maps to online True/False, anything else to unknown."""
    assert one([{"id": 1, "url": M3U8, "status": value}]).online is online


@pytest.mark.parametrize(
    ("fields", "online"),
    [
        ({"visible": 1}, True),
        ({"is_active": "0"}, False),
        ({"status": "kode-7", "visible": 1}, None),
        ({"status": "offline", "is_active": 1}, False),
        ({"status": None, "active": "on"}, True),
    ],
)
def test_weak_status_flags(fields: dict[str, JSONValue], online: bool | None) -> None:
    """visible and is_active only count when no other status field is present."""
    assert one([{"id": 1, "url": M3U8, **fields}]).online is online


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (7, "7"),
        (7.0, "7"),
        (7.5, "7.5"),
        ("  x-9 ", "x-9"),
        (True, derived(M3U8)),
        ("", derived(M3U8)),
        (None, derived(M3U8)),
        ([1], derived(M3U8)),
    ],
)
def test_ids(value: JSONValue, expected: str) -> None:
    """Ids become text; unusable ids are replaced by a derived one."""
    assert one([{"id": value, "url": M3U8}]).id == expected


def test_derived_ids_survive_token_changes() -> None:
    """The derived id ignores token query parameters but keeps identifying ones."""
    first = one([{"url": f"{M3U8}?token=aaa&expires=1"}])
    second = one([{"url": f"{M3U8}?token=bbb&expires=2#t=3"}])
    assert first.id == second.id == derived(M3U8)
    assert first.stream_url != second.stream_url
    cam1 = one([{"url": "https://g.kutim.example/api/stream.m3u8?src=cam1&t=1"}])
    cam2 = one([{"url": "https://g.kutim.example/api/stream.m3u8?src=cam2&t=1"}])
    assert cam1.id != cam2.id


def test_derived_id_sources_in_order() -> None:
    """The derived id uses the stream URL first, then the still, then the MJPEG URL."""
    still = "https://s.kutim.example/a.jpg"
    mjpeg = "https://s.kutim.example/a.mjpg"
    assert one([{"url": M3U8, "snapshot": still}]).id == derived(M3U8)
    assert one([{"snapshot": still, "mjpeg": mjpeg}]).id == derived(still)
    assert one([{"mjpeg": mjpeg}]).id == derived(mjpeg)


def test_names_are_cleaned() -> None:
    """Entities are unescaped and whitespace collapsed; the raw name stays unprettified."""
    camera = one([{"id": 1, "name": "  SIMP&amp;PASAR\n  INDUK\t", "url": M3U8}])
    assert camera.raw_name == "SIMP&PASAR INDUK"
    assert camera.name == "Simp&Pasar Induk"


def test_unusable_names_and_numbers() -> None:
    """A NaN name is no name; integers too large for a float are unknown coordinates."""
    body = f'[{{"id": 1, "name": NaN, "url": "{M3U8}", "lat": 1{"0" * 400}, "lng": 117}}]'
    camera = one(body)
    assert camera.name == "1"
    assert camera.latitude is None


def test_marker_icons_are_not_stills() -> None:
    """Map marker and icon images under unknown names are not taken as stills."""
    camera = one(
        [
            {
                "id": 1,
                "url": M3U8,
                "marker_img": "https://m.kutim.example/img/red.png",
                "gbr": "https://m.kutim.example/img/icon-cam.png",
            }
        ]
    )
    assert camera.snapshot_url is None


def test_missing_name_uses_area_and_id() -> None:
    """A camera without a name is called after its area and id."""
    camera = one([{"id": 4, "kecamatan": "Bengalon", "url": M3U8}])
    assert camera.raw_name == "Bengalon 4"


def test_prettify_off() -> None:
    """Without prettify the display name is the cleaned raw name."""
    camera = one([{"id": 1, "name": "CCTV SIMP  KABO", "url": M3U8}], prettify=False)
    assert camera.name == camera.raw_name == "CCTV SIMP KABO"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https:\\/\\/m.kutim.example\\/a.m3u8", "https://m.kutim.example/a.m3u8"),
        ("  https://m.kutim.example/a.m3u8\n", "https://m.kutim.example/a.m3u8"),
        ("https://m.kutim.example/a b.m3u8", "https://m.kutim.example/a%20b.m3u8"),
        ("/hls/a.m3u8", "https://portal.kutim.example/hls/a.m3u8"),
        ("hls/a.m3u8", "https://portal.kutim.example/api/hls/a.m3u8"),
        ("//cdn.kutim.example/a.m3u8", "https://cdn.kutim.example/a.m3u8"),
        ("rtsps://10.0.0.5:322/live", "rtsps://10.0.0.5:322/live"),
        ("http://192.168.1.10/live/a.m3u8", "http://192.168.1.10/live/a.m3u8"),
    ],
)
def test_url_cleanup_and_resolution(value: str, expected: str) -> None:
    """URLs are unescaped, trimmed and resolved; private addresses are left to the client."""
    assert one([{"id": 1, "url": value}]).stream_url == expected


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "data:image/png;base64,AAAA",
        "ftp://files.kutim.example/a.m3u8",
        "file:///etc/passwd",
        "https://",
        "http://[::1",
        "https://a.example/\x00x.m3u8",
        "",
        42,
    ],
)
def test_unusable_urls_are_dropped(value: JSONValue) -> None:
    """Unsupported schemes and broken URLs are dropped; the item survives on its still."""
    camera = one([{"id": 1, "url": value, "thumbnail": "https://s.kutim.example/1.jpg"}])
    assert camera.stream_url is None
    assert camera.snapshot_url == "https://s.kutim.example/1.jpg"
    with pytest.raises(PortalFormatError):
        auto([{"id": 1, "url": value}])


def test_protocol_relative_without_base() -> None:
    """A protocol-relative URL without a usable base gets https."""
    assert one([{"url": "//c.kutim.example/a.m3u8"}], base_url="").stream_url == (
        "https://c.kutim.example/a.m3u8"
    )


def test_malformed_items_are_skipped_without_losing_others() -> None:
    """Items that are not objects or have nothing to watch are counted as skipped."""
    result = auto(
        {"data": [{"id": 1, "url": M3U8}, "nonsense", 3, None, [1], {"id": 2, "name": "x"}]}
    )
    assert [c.id for c in result.cameras] == ["1"]
    assert result.skipped == 5


# ---------------------------------------------------------------------------
# Multi-link map points and duplicates
# ---------------------------------------------------------------------------


def test_multi_link_points_inherit_from_their_parent() -> None:
    """Each link is a camera, inheriting place and status unless it has its own."""
    point = {
        "id": 5,
        "nama": "Bukit Pelangi",
        "kecamatan": "Sangatta Utara",
        "lat": 0.5338,
        "lng": 117.5941,
        "status": "aktif",
        "cameras": [
            {"url": "https://c.kutim.example/hls/bp-1/index.m3u8"},
            {"id": "bp-x", "name": "Bukit Pelangi [lobi]", "url": "/hls/bp-2/index.m3u8"},
            {"url": "https://c.kutim.example/hls/bp-3/index.m3u8", "lat": 0.54, "lng": 117.6},
            {"url": "https://c.kutim.example/hls/bp-4/index.m3u8", "status": "mati"},
            "broken",
            {"name": "no url"},
        ],
    }
    result = auto([point])
    assert result.skipped == 2
    cams = by_id(result)
    assert list(cams) == ["5-1", "bp-x", "5-3", "5-4"]
    assert cams["5-1"].name == "Bukit Pelangi 1"
    assert cams["5-1"].area == "Sangatta Utara"
    assert (cams["5-1"].latitude, cams["5-1"].longitude) == (0.5338, 117.5941)
    assert cams["5-1"].online is True
    assert cams["bp-x"].name == "Bukit Pelangi [lobi]"
    assert cams["bp-x"].stream_url == "https://portal.kutim.example/hls/bp-2/index.m3u8"
    assert (cams["5-3"].latitude, cams["5-3"].longitude) == (0.54, 117.6)
    assert cams["5-4"].online is False


def test_single_link_uses_the_parent_name() -> None:
    """A point with one unnamed link keeps the point's name."""
    camera = one([{"id": 5, "name": "Pos Jaga", "links": [{"url": M3U8}]}])
    assert (camera.id, camera.name) == ("5-1", "Pos Jaga")


def test_point_without_usable_links_falls_back_to_itself() -> None:
    """A point whose link list is useless is read as a normal item."""
    camera = one([{"id": 5, "url": M3U8, "items": [{"x": 1}]}])
    assert camera.id == "5"


def test_duplicate_ids() -> None:
    """Identical repeats are dropped; differing ones get a numbered id and a warning."""
    base = {"id": 7, "name": "Satu", "url": M3U8}
    items = [
        base,
        dict(base),
        {**base, "name": "Dua"},
        {"id": "7-2", "name": "Asli", "url": M3U8},
        {**base, "name": "Tiga"},
        {**base, "name": "Dua"},
    ]
    result = auto(items)
    assert [(c.id, c.name) for c in result.cameras] == [
        ("7", "Satu"),
        ("7-3", "Dua"),
        ("7-2", "Asli"),
        ("7-4", "Tiga"),
    ]
    assert len(result.warnings) == 2
    assert all("duplicate camera id '7'" in w for w in result.warnings)
    assert auto(items) == result


def test_warnings_are_capped() -> None:
    """Many warnings are cut to twenty plus a summary line."""
    items = [{"id": 1, "name": f"Kamera {n}", "url": M3U8} for n in range(32)]
    result = auto(items)
    assert len(result.cameras) == 32
    assert len(result.warnings) == 21
    assert result.warnings[-1] == "… and 11 more"


# ---------------------------------------------------------------------------
# F3: GeoJSON
# ---------------------------------------------------------------------------


def test_geojson_two_cameras() -> None:
    """GeoJSON Points are [lng, lat]; altitude is ignored; properties use F2 aliases."""
    result = auto(fixture_text("geojson_two_cameras.json"), base_url="https://cctv.kutim.example/")
    assert result.format is PortalFormat.GEOJSON
    first, second = result.cameras
    assert first == Camera(
        id="21",
        raw_name="Polder Ilham Maulana Sisi Timur",
        name="Polder Ilham Maulana Sisi Timur",
        area="Sangatta Utara",
        latitude=0.5139,
        longitude=117.5512,
        online=True,
        stream_url="https://cctv.kutim.example/hls/polder-im-3/index.m3u8",
    )
    assert second.id == "f-22"
    assert (second.latitude, second.longitude) == (0.447, 117.5602)
    assert second.online is False
    assert second.stream_url == "https://cctv.kutim.example/hls/sgt-selatan/index.m3u8"


def test_geojson_profile_and_non_point_geometry() -> None:
    """Non-Point geometries leave the place unknown but keep the camera."""
    body = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [[117.5, 0.5], [117.6, 0.6]]},
                "properties": {"id": 1, "name": "Jalan Poros", "url": M3U8},
            },
            {"type": "Feature", "geometry": None, "properties": {"id": 2, "url": M3U8 + "?2"}},
            {"type": "Feature", "properties": None, "id": 3},
        ],
    }
    result = parse_body(json.dumps(body), profile=Profile.GEOJSON, base_url=BASE)
    assert result.format is PortalFormat.GEOJSON
    assert [(c.id, c.latitude) for c in result.cameras] == [("1", None), ("2", None)]
    assert result.skipped == 1


def test_geojson_bare_feature_list_and_single_feature() -> None:
    """A bare list of features and a lone feature are GeoJSON too."""
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [117.5, 0.5]},
        "properties": {"id": 1, "url": M3U8},
    }
    assert auto([feature]).format is PortalFormat.GEOJSON
    single = parse_body(json.dumps(feature), profile=Profile.GEOJSON, base_url=BASE)
    assert (single.cameras[0].latitude, single.cameras[0].longitude) == (0.5, 117.5)


def test_geojson_profile_refuses_other_json() -> None:
    """The GEOJSON profile refuses JSON that is not GeoJSON."""
    with pytest.raises(PortalFormatError, match="GeoJSON"):
        parse_body(fixture_text("json_flat.json"), profile=Profile.GEOJSON, base_url=BASE)


def test_json_profile_reads_geojson_as_json() -> None:
    """The JSON profile reads every shape but reports the JSON format."""
    result = parse_body(
        fixture_text("geojson_two_cameras.json"), profile=Profile.JSON, base_url=BASE
    )
    assert result.format is PortalFormat.JSON
    assert len(result.cameras) == 2
    kutim = parse_body(
        fixture_text("kutim_page2.json"), profile=Profile.JSON, base_url=BASE, hls_base=HLS
    )
    assert kutim.format is PortalFormat.JSON
    assert kutim.cameras[0].stream_url == f"{HLS}/hls/kec-sgt-selatan/index.m3u8"


# ---------------------------------------------------------------------------
# F4: HTML pages
# ---------------------------------------------------------------------------

PAGE = "https://cctv.kutim.example/map"


def test_html_script_arrays() -> None:
    """Arrays assigned in scripts, with brackets and quotes in names and per-point links."""
    result = auto(fixture_text("html_script_array.html"), base_url=PAGE)
    assert result.format is PortalFormat.HTML
    assert result.skipped == 1
    cams = by_id(result)
    assert list(cams) == ["51", "52", "6", "7", "x1", "x2"]
    assert cams["51"].name == "Bukit Pelangi [gerbang]"
    assert cams["51"].stream_url == "https://cctv.kutim.example/hls/bp-gerbang/index.m3u8"
    assert (cams["51"].latitude, cams["51"].longitude) == (0.5338, 117.5941)
    assert (cams["51"].online, cams["52"].online) == (True, False)
    assert cams["6"].name == 'Simpang {Kabo} "Baru" ]'
    assert cams["6"].stream_url == "https://cctv.kutim.example/hls/simpang-kabo/index.m3u8"
    assert cams["x1"].latitude == 0.492
    assert cams["x2"].name == "Jum'at Berkah"
    assert cams["x2"].online is None


def test_html_json_parse() -> None:
    """Lists passed to JSON.parse in single- or double-quoted strings."""
    result = auto(fixture_text("html_jsonparse.html"), base_url=PAGE)
    assert [(c.id, c.name) for c in result.cameras] == [
        ("41", "Simpang 'Tiga' [Utara]"),
        ("42", "Jl. Soekarno Hatta"),
        ("43", 'Polder "Besar"'),
    ]
    assert result.cameras[0].latitude == 0.5101
    assert result.cameras[2].stream_url == "https://cctv.kutim.example/hls/polder-besar/index.m3u8"


def test_html_video_cards() -> None:
    """Video cards named by the nearest heading; relative sources; posters as stills."""
    result = auto(
        fixture_text("html_video_cards.html"), base_url="https://cctv.kutim.example/live/index.html"
    )
    assert result.format is PortalFormat.HTML
    assert [(c.name, c.stream_url) for c in result.cameras] == [
        ("Taman Bersemi", "https://cctv.kutim.example/hls/taman-bersemi/index.m3u8"),
        ("Polder Ilham Maulana", "https://cctv.kutim.example/live/hls/polder/index.m3u8"),
        ("Simpang Kabo & Pasar", "https://media.kutim.example/hls/kabo/index.m3u8"),
        ("Bundaran Kota (live)", "https://media.kutim.example/hls/bundaran/index.m3u8"),
        ("Dermaga", "https://media.kutim.example/hls/dermaga/index.m3u8"),
    ]
    assert result.cameras[0].snapshot_url == "https://cctv.kutim.example/thumb/taman-bersemi.jpg"
    assert all(c.id.startswith("k-") for c in result.cameras)


def test_html_image_grid_skips_logos() -> None:
    """Image grids give still cameras; logos, icons, banners and sprites are ignored."""
    result = auto(fixture_text("html_img_grid.html"), base_url="https://cctv.kutim.example/snap/")
    assert [(c.name, c.snapshot_url, c.mjpeg_url) for c in result.cameras] == [
        ("Simpang Tiga", "https://cctv.kutim.example/snapshot/cam1.jpg?t=1712345678", None),
        (
            "Taman Bersemi",
            "https://snap.kutim.example/memfs/0c7f3a10-1111-4a4a-8b8b-123456789abc.jpg",
            None,
        ),
        ("Pasar Induk (MJPEG)", None, "http://203.0.113.41:8081/mjpg/video.mjpg"),
    ]
    assert result.cameras[0].id == derived("https://cctv.kutim.example/snapshot/cam1.jpg")


def test_html_link_with_thumbnail_and_heading_fallback() -> None:
    """A stream link wraps its still; unnamed media take the preceding heading."""
    page = """<html><body>
    <h2>Kecamatan Sangatta Utara</h2>
    <ul>
      <li><a href="/hls/a/index.m3u8"><img src="/thumb/a.jpg" alt="Simpang A"></a></li>
      <li><a href="/hls/b/index.m3u8" title="Simpang B"></a></li>
    </ul>
    <style>.cam { color: red } [data-x] {} h3 { content: "<video src='/x.m3u8'>" }</style>
    <iframe></iframe><img alt="tanpa sumber"><img src="/peta.svg" alt="Peta"><div class="cam"><img src="/thumb/pasar-marker.png"></div>
    <section><h3>Pelabuhan</h3></section>
    <video src="/hls/c/index.m3u8"></video><video src="/hls/d/index.m3u8"></video>
    </body></html>"""
    result = auto(page, base_url=PAGE)
    assert [(c.name, c.snapshot_url) for c in result.cameras] == [
        ("Simpang A", "https://cctv.kutim.example/thumb/a.jpg"),
        ("Simpang B", None),
        ("Pelabuhan", None),
        ("Pelabuhan", None),
    ]


def test_html_markup_repeating_script_cameras_is_not_doubled() -> None:
    """A card showing a camera already listed in a script does not add a second camera."""
    page = f"""<html><script>var cams = [{{"id": 1, "name": "Satu", "url": "{M3U8}"}}];</script>
    <div class="cam"><h3>Satu</h3><video src="{M3U8}"></video></div></html>"""
    result = auto(page, base_url=PAGE)
    assert [c.id for c in result.cameras] == ["1"]


def test_html_next_data_json_script() -> None:
    """A JSON script (such as a framework's page data) is searched deeply for the list."""
    data = {"props": {"pageProps": {"menu": [{"href": "/map"}], "cctvs": [{"id": 8, "url": M3U8}]}}}
    page = f'<html><script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></html>'
    assert [c.id for c in auto(page, base_url=PAGE).cameras] == ["8"]


def test_html_javascript_literals() -> None:
    """Plain JavaScript object literals are read; code that is not data is skipped."""
    page = """<html><script>
    let broken = [{id: 1, url: makeUrl(1)}];
    window.cams = [
      {id: 0x10, name: 'Gerbang', url: 'https://m.kutim.example/g.m3u8', lat: .5, lng: 117.,
       note: `plain`, alt: -Infinity, // trailing comment
      },
      {'id': '17', "name": "Parkir", url: "https://m.kutim.example/p.m3u8", 3: 'numeric key',
       online: true, extra: null, hidden: false},
    ];
    </script></html>"""
    result = auto(page, base_url=PAGE)
    assert [(c.id, c.name) for c in result.cameras] == [("16", "Gerbang"), ("17", "Parkir")]
    assert (result.cameras[0].latitude, result.cameras[0].longitude) == (0.5, 117.0)
    assert result.cameras[1].online is True


def test_html_javascript_string_escapes() -> None:
    """JavaScript escapes inside JSON.parse strings are decoded before the JSON."""
    script = (
        'var a = JSON.parse(\'[{"id":1,"name":"Pos \\x41\\u{1F600}\\u{110000} sam\\\n'
        'bung\\\\t\\u0042","url":"' + M3U8 + "\"}]');"
    )
    camera = one(f"<html><script>{script}</script></html>", base_url=PAGE)
    assert camera.name == "Pos A\U0001f600 sambung B"


@pytest.mark.parametrize(
    "script",
    [
        "var a = [{id: 1, url: `https://m.kutim.example/${x}.m3u8`}];",
        "var a = [{id: 1, url: 'https://m.kutim.example/a.m3u8' + suffix}];",
        "var a = [{id: 1, url: 'unterminated}];",
        "var a = [{id: 1 /* open comment",
        "var a = [{id: 1}, // open line comment",
        "var a = [{id: 1, url: 'x'}}];",
        "var a = [{id: 1, url: -x}];",
        "var a = [{id: 1, u: 1" + "0" * 5000 + "}];",
        "var a = JSON.parse('[{\"id\":1, broken');",
        "var a = JSON.parse('unterminated);",
        "var a = [{id: 1 2, url: 'https://m.kutim.example/a.m3u8'}];",
        "var a = [{id: 1, url: 'https://m.kutim.example/a.m3u8\n'}];",
        "var a = [{id: 1, url: 'https://m.kutim.example/a.m3u8'}",
        "var a = " + "[" * 600 + "{url: 'https://m.kutim.example/a.m3u8'}" + "]" * 600 + ";",
    ],
)
def test_html_scripts_without_usable_data(script: str) -> None:
    """Scripts whose literals are not plain data yield no camera."""
    with pytest.raises(PortalFormatError, match="No camera list found"):
        auto(f"<html><script>{script}</script></html>", base_url=PAGE)


def test_html_without_cameras_is_a_format_error() -> None:
    """An HTML page without any camera is a format error."""
    page = '<html><body><h1>Maintenance</h1><img src="/logo.png" alt="logo"></body></html>'
    with pytest.raises(PortalFormatError, match="No camera list found"):
        auto(page)
    with pytest.raises(PortalFormatError):
        parse_body(page, profile=Profile.HTML, base_url=PAGE)


def test_html_profile_and_plain_javascript() -> None:
    """The HTML profile reads pages and bare JavaScript files."""
    page = fixture_text("html_script_array.html")
    assert len(parse_body(page, profile=Profile.HTML, base_url=PAGE).cameras) == 6
    script = f'var cctv = [{{"id": 3, "url": "{M3U8}"}}];'
    assert parse_body(script, profile=Profile.HTML, base_url=PAGE).cameras[0].id == "3"


def test_html_kutim_items_in_a_page() -> None:
    """Kutim-shaped items inside a page get stream URLs built from their keys."""
    page = '<script>var cams = [{"id": 1, "name": "A", "streamKey": "a"}];</script>'
    camera = parse_body(page, profile=Profile.HTML, base_url=PAGE, hls_base=HLS).cameras[0]
    assert camera.stream_url == f"{HLS}/hls/a/index.m3u8"


def test_html_markup_the_parser_gives_up_on() -> None:
    """Cameras read before markup the HTML parser refuses are kept."""
    page = '<div class="cam"><h3>Satu</h3><video src="/a.m3u8"><![foo[ x ]]><video src="/b.m3u8">'
    result = auto(page, base_url=PAGE)
    assert [(c.name, c.stream_url) for c in result.cameras] == [
        ("Satu", "https://cctv.kutim.example/a.m3u8")
    ]


def test_html_unclosed_script_is_read() -> None:
    """A page cut off inside its script still yields the script's cameras."""
    page = f'<html><script>var cams = [{{"id": 1, "url": "{M3U8}"}}];'
    assert [c.id for c in auto(page, base_url=PAGE).cameras] == ["1"]


def test_html_broken_markup_is_tolerated() -> None:
    """Unclosed and misnested tags do not lose the cameras found."""
    page = (
        '<div class="cam"><h3>Satu<video src="/a.m3u8"></div><p><b>x</p>'
        '<div class="cam"><h3>Dua</h3><video src="/b.m3u8">'
    )
    result = auto(page, base_url=PAGE)
    assert [c.stream_url for c in result.cameras] == [
        "https://cctv.kutim.example/a.m3u8",
        "https://cctv.kutim.example/b.m3u8",
    ]


# ---------------------------------------------------------------------------
# F5: stills and MJPEG
# ---------------------------------------------------------------------------


def test_snapshot_profile() -> None:
    """Still and MJPEG URLs are classified by value; the format is SNAPSHOT."""
    result = parse_body(fixture_text("snapshot_list.json"), profile=Profile.SNAPSHOT, base_url=BASE)
    assert result.format is PortalFormat.SNAPSHOT
    cams = by_id(result)
    assert all(c.stream_url is None for c in result.cameras)
    assert cams["zm-3"].snapshot_url == (
        "https://zm.kutim.example/zm/cgi-bin/nph-zms?mode=single&monitor=3"
    )
    assert (
        cams["zm-3"].mjpeg_url == "https://zm.kutim.example/zm/cgi-bin/nph-zms?mode=jpeg&monitor=3"
    )
    assert cams["rs-1"].snapshot_url is not None
    assert (
        cams["g2-1"].snapshot_url == "https://go2rtc.kutim.example/api/frame.jpeg?src=simpang_kabo"
    )
    assert (
        cams["am-1"].snapshot_url
        == "https://ams.kutim.example:5443/LiveApp/previews/kenyamukan.png"
    )
    assert cams["mj-1"].mjpeg_url == "http://203.0.113.40:8080/mjpg/video.mjpg"
    assert cams["cam-6"].snapshot_url == "https://still.kutim.example/capture?cam=6"
    assert all(c.has_still for c in result.cameras)


def test_snapshot_list_in_auto_profile() -> None:
    """In AUTO a still URL is never a stream URL; an unknown URL under 'url' stays a stream."""
    cams = by_id(auto(fixture_text("snapshot_list.json")))
    assert cams["g2-1"].stream_url is None
    assert cams["g2-1"].snapshot_url is not None
    assert cams["rs-1"].stream_url is None
    assert cams["mj-1"].stream_url is None
    assert cams["cam-6"].stream_url == "https://still.kutim.example/capture?cam=6"


def test_snapshot_profile_keeps_real_streams() -> None:
    """An HLS URL stays a stream in the SNAPSHOT profile; HTML pages work there too."""
    camera = parse_body(
        json.dumps([{"id": 1, "url": M3U8}]), profile=Profile.SNAPSHOT, base_url=BASE
    ).cameras[0]
    assert camera.stream_url == M3U8
    page = '<figure><img src="/snap/1.jpg" alt="Satu"></figure>'
    result = parse_body(page, profile=Profile.SNAPSHOT, base_url=PAGE)
    assert result.format is PortalFormat.SNAPSHOT
    assert result.cameras[0].snapshot_url == "https://cctv.kutim.example/snap/1.jpg"


@pytest.mark.parametrize(
    ("field", "url", "slot"),
    [
        ("url", "https://zm.example/zm/cgi-bin/nph-zms?mode=single&monitor=3", "snapshot_url"),
        ("url", "https://zm.example/zm/cgi-bin/nph-zms?mode=jpeg&monitor=3", "mjpeg_url"),
        ("snapshot", "https://zm.example/zm/cgi-bin/nph-zms?monitor=3", "mjpeg_url"),
        ("stream", "https://r.example/memfs/9b2e.jpg", "snapshot_url"),
        ("stream", "https://g.example/api/frame.jpeg?src=cam", "snapshot_url"),
        ("url", "https://a.example:5443/LiveApp/previews/cam.png", "snapshot_url"),
        ("url", "http://m.example:8080/?action=stream", "mjpeg_url"),
        ("url", "http://m.example:8080/?action=snapshot", "snapshot_url"),
        ("url", "http://m.example/axis-cgi/mjpg/video.cgi", "mjpeg_url"),
        ("mjpeg", "https://zm.example/zm/cgi-bin/nph-zms?mode=single&monitor=1", "snapshot_url"),
        ("mjpeg", "https://m.example/live", "mjpeg_url"),
        ("thumbnail", M3U8, "stream_url"),
        ("url", "https://m.example/live/cam.mpd", "stream_url"),
        ("url", "https://m.example/live/cam.flv", "stream_url"),
        ("url", "rtsp://m.example/cam", "stream_url"),
    ],
)
def test_url_classification(field: str, url: str, slot: str) -> None:
    """A URL goes to the slot its shape says, whatever field it came in."""
    camera = one([{"id": 1, field: url}])
    assert getattr(camera, slot) == url
    others = {"stream_url", "snapshot_url", "mjpeg_url"} - {slot}
    assert all(getattr(camera, other) is None for other in others)


# ---------------------------------------------------------------------------
# Bodies: encodings, noise, content types
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b'{"a": "Sangatta"}', '{"a": "Sangatta"}'),
        (b'\xef\xbb\xbf{"a": 1}', '{"a": 1}'),
        ('\ufeff{"a": "é"}'.encode("utf-16-le"), '{"a": "é"}'),
        ('\ufeff{"a": "é"}'.encode("utf-16-be"), '{"a": "é"}'),
        ('\ufeff{"a": 1}'.encode("utf-32-le"), '{"a": 1}'),
        ('{"a": "é"}'.encode("utf-16-le"), '{"a": "é"}'),
        ('[{"a": 1}]'.encode("utf-16-be"), '[{"a": 1}]'),
        ('{"a": "Jl. Pramuka — é"}'.encode("cp1252"), '{"a": "Jl. Pramuka — é"}'),
        (b'{"a": "\x81\xe9"}', '{"a": "\x81é"}'),
        (b"", ""),
    ],
)
def test_decode_body(raw: bytes, text: str) -> None:
    """Bodies decode with BOMs, UTF-16/32 and legacy encodings, never raising."""
    assert decode_body(raw) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('\ufeff{"a": 1}', {"a": 1}),
        ("  [1, 2]  ", [1, 2]),
        ('{"a": 1}\n<!-- 0.02s -->', {"a": 1}),
        ('{"a": 1}{"b": 2}', {"a": 1}),
        ('Notice: [1] {x} array\n<br>{"data": [1, 2, 3]}', {"data": [1, 2, 3]}),
        ('<b>Warning</b> [x] {"data": []} tail', {"data": []}),
        ('"text"', "text"),
        ("42", 42),
    ],
)
def test_load_json(text: str, value: JSONValue) -> None:
    """JSON is found behind noise and before trailing garbage; the largest document wins."""
    assert load_json(text) == value


def test_load_json_php_warning_fixture() -> None:
    """A PHP warning before the JSON and a comment after it are skipped."""
    data = load_json(fixture_text("php_warning_prefix.txt"))
    assert isinstance(data, dict)
    assert data["status"] == "ok"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "<html><body>Not found</body></html>", "{broken", "[" * 100_000, "1" * 5000],
)
def test_load_json_errors(text: str) -> None:
    """Text without a JSON document is a format error, never another exception."""
    with pytest.raises(PortalFormatError, match="The portal answer is not JSON"):
        load_json(text)


def test_load_json_gives_up_on_many_long_failures() -> None:
    """Scanning for a JSON start is bounded even when every candidate fails late."""
    with pytest.raises(PortalFormatError):
        load_json("[" * 64 + "0," * 60_000 + "x")


def test_cut_off_json_is_an_error_not_a_fragment() -> None:
    """A document that ends unfinished is reported, not replaced by an inner fragment."""
    body = '{"data": [{"id": 1, "url": "' + M3U8 + '"}, {"id": 2, "url": "' + M3U8
    with pytest.raises(PortalFormatError, match="cut off"):
        load_json(body)
    with pytest.raises(PortalFormatError, match="cut off"):
        auto(body[:-10])


def test_page_ending_in_a_broken_script_still_parses() -> None:
    """A cut-off script at the end of a page does not hide the page's cameras."""
    page = (
        '<html><script type="application/json">{"cams": [{"id": 9, "url": "/x.m3u8"'
        '</script><script>var a = JSON.parse(\'[{"id": 8, "url": "/y.m3u8\');</script>'
        '<div class="cam"><h3>Satu</h3><video src="/a.m3u8"></video></div>'
        '<script>var later = [{"id": 1, "url": "/b.m3u8"'
    )
    result = auto(page, base_url=PAGE)
    assert [(c.name, c.stream_url) for c in result.cameras] == [
        ("Satu", "https://cctv.kutim.example/a.m3u8")
    ]


def test_load_json_says_when_it_got_html() -> None:
    """The error mentions an HTML answer."""
    with pytest.raises(PortalFormatError, match="HTML page"):
        load_json("<html>login</html>")


def test_auto_php_warning_prefix() -> None:
    """A PHP warning prefix does not stop AUTO from reading the JSON."""
    result = auto(fixture_text("php_warning_prefix.txt"), content_type="text/html")
    assert result.format is PortalFormat.JSON
    assert [c.name for c in result.cameras] == ["Simpang Perum Pinang", "Jl. Apt Pranoto"]


def test_auto_json_served_as_html() -> None:
    """JSON with a text/html content type is still read as JSON."""
    result = auto(fixture_text("json_flat.json"), content_type="text/html; charset=UTF-8")
    assert result.format is PortalFormat.JSON
    assert len(result.cameras) == 3


def test_auto_utf16_and_bom_bodies() -> None:
    """UTF-16 and BOM-prefixed bodies parse after decode_body."""
    raw = (FIXTURES / "json_keyed.json").read_bytes().decode("utf-8")
    for body in (("\ufeff" + raw).encode("utf-16-le"), b"\xef\xbb\xbf" + raw.encode()):
        assert len(auto(decode_body(body)).cameras) == 3


def test_auto_json_content_type_with_html_noise() -> None:
    """A declared JSON body is read as JSON even behind page-like noise."""
    body = '<div>debug</div><script>x</script>[{"id": 1, "url": "' + M3U8 + '"}]'
    result = auto(body, content_type="application/json")
    assert result.format is PortalFormat.JSON


def test_auto_falls_back_to_html_when_json_has_no_cameras() -> None:
    """A JSON fragment without cameras in a page does not hide the page's cameras."""
    body = '[1, 2]<p><video src="/a.m3u8"></video></p>'
    assert auto(body, base_url=PAGE).format is PortalFormat.HTML


@pytest.mark.parametrize(
    "body", ["just text", "{}", "[1, 2, 3]", '{"error": "Unauthorized"}', '[{"id": 1}]', "null"]
)
def test_auto_without_cameras_is_a_format_error(body: str) -> None:
    """Answers without any camera-like list are format errors."""
    with pytest.raises(PortalFormatError):
        auto(body)


@pytest.mark.parametrize("body", ["[]", '{"data": []}', '{"items": [], "total": 0}'])
def test_empty_lists_are_not_errors(body: str) -> None:
    """An empty list parses to zero cameras."""
    result = auto(body)
    assert result.cameras == ()
    assert result.skipped == 0
    json_result = parse_body(body, profile=Profile.JSON, base_url=BASE)
    assert json_result.format is PortalFormat.JSON
    assert json_result.cameras == ()


def test_json_profile_refuses_html() -> None:
    """The JSON profile does not fall back to HTML."""
    with pytest.raises(PortalFormatError, match="not JSON"):
        parse_body(fixture_text("html_video_cards.html"), profile=Profile.JSON, base_url=PAGE)


def test_surrogates_and_control_characters_are_cleaned() -> None:
    """Lone surrogates and control characters never reach the camera fields."""
    body = (
        '[{"id": "a\\ud800", "name": "Pos\\u0000 \\ud83d\\ude00 \\udc00", "url": "' + M3U8 + '"}]'
    )
    camera = one(body)
    assert camera.id == "a\ufffd"
    assert camera.name == "Pos \U0001f600 \ufffd"


# ---------------------------------------------------------------------------
# The portal's own name


CAMERA_ITEM = {"id": 1, "name": "Simpang", "stream_url": M3U8}
VIDEO = f'<body><video src="{M3U8}" title="Simpang"></video></body></html>'


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "<html><head><title>CCTV Kota Bontang</title></head>" + VIDEO,
            "CCTV Kota Bontang",
        ),
        (
            "<html><head><title>\n  Peta &amp; CCTV\t</title></head>" + VIDEO,
            "Peta & CCTV",
        ),
        # No title element, or one without a letter: no name.
        ("<html>" + VIDEO, None),
        (
            "<html><head><title> 404 </title></head>" + VIDEO,
            None,
        ),
        ({"type": "FeatureCollection", "name": "cctv_kaltim", "features": []}, "cctv_kaltim"),
        ({"name": "CCTV Samarinda", "data": [CAMERA_ITEM]}, "CCTV Samarinda"),
        ({"title": "Kamera Publik", "data": [CAMERA_ITEM]}, "Kamera Publik"),
        ([CAMERA_ITEM], None),
        ({"name": 12, "data": [CAMERA_ITEM]}, None),
    ],
)
def test_portal_title(body: object, title: str | None) -> None:
    """A GeoJSON layer name, a list's name or a page title names the portal."""
    if isinstance(body, dict) and body.get("type") == "FeatureCollection":
        body = {
            **body,
            "features": [
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [117.5, 0.5]},
                    "properties": CAMERA_ITEM,
                }
            ],
        }
    assert auto(body).title == title


def test_portal_title_is_bounded() -> None:
    """A hostile title is cut to a title's length and stripped of markup and controls."""
    page = "<html><head><title><b>x</b>\x00\x1b[31m" + "Nama " * 10_000 + "</title></head>" + VIDEO
    title = auto(page).title
    assert title is not None
    assert len(title) <= 60
    assert title.endswith("…")
    assert "\x00" not in title
    assert "\x1b" not in title
    assert "<" not in title
