"""CSV/TSV camera lists, type metadata that names nothing, and axis-named coordinates."""

from __future__ import annotations

import json

import aiohttp
from aiohttp import web
import pytest

from custom_components.kutim_cctv.portal import CameraList, PortalClient, PortalSettings
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import MAX_CAMERAS, Camera, PortalFormat, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.delimited import (
    MAX_CELL,
    delimited_items,
    looks_like_delimited,
)
from custom_components.kutim_cctv.portal.values import media_column, norm_key

BASE = "https://data.kutim.example/dataset/cctv.csv"
HEADER = ["id", "nama", "kecamatan", "lat", "lng", "url_stream", "status"]
ROWS = [
    [
        "7",
        "Simpang Tiga",
        "Sangatta Utara",
        "0.5091",
        "117.5468",
        "https://c.kutim.example/a.m3u8",
        "AKTIF",
    ],
    [
        "8",
        "Pasar Induk",
        "Sangatta Selatan",
        "0.4987",
        "117.5432",
        "https://c.kutim.example/b.m3u8",
        "TIDAK AKTIF",
    ],
]


def _cams(text: str) -> tuple[Camera, ...]:
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return result.cameras


def _table(delimiter: str, newline: str = "\n", rows: list[list[str]] = ROWS) -> str:
    lines = [delimiter.join(HEADER), *(delimiter.join(row) for row in rows)]
    return newline.join(lines) + newline


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_delimited_rows_read_like_json_items(delimiter: str, newline: str, bom: str) -> None:
    """Every delimiter, line end and BOM gives the same cameras with every field read."""
    result = parse_body(
        bom + _table(delimiter, newline), profile=Profile.AUTO, base_url=BASE, prettify=False
    )
    assert result.format is PortalFormat.CSV
    first, second = result.cameras
    assert (first.id, first.raw_name, first.area) == ("7", "Simpang Tiga", "Sangatta Utara")
    assert (first.latitude, first.longitude) == (0.5091, 117.5468)
    assert first.stream_url == "https://c.kutim.example/a.m3u8"
    assert (first.online, second.online) == (True, False)
    assert second.raw_name == "Pasar Induk"


def test_quoted_cells_hold_delimiters_quotes_and_line_breaks() -> None:
    text = (
        "id,name,latitude,longitude,image_url\r\n"
        '1,"Jl. Yos Sudarso ""Simpang Tiga"", arah utara",0.5,117.5,https://t.kutim.example/1.jpg\r\n'
        '2,"Dermaga\r\nKenyamukan",0.52,117.56,https://t.kutim.example/2.jpg\r\n'
    )
    first, second = _cams(text)
    assert first.raw_name == 'Jl. Yos Sudarso "Simpang Tiga", arah utara'
    assert first.snapshot_url == "https://t.kutim.example/1.jpg"
    assert second.raw_name == "Dermaga Kenyamukan"


def test_region_columns_do_not_name_the_camera() -> None:
    """Province and regency name columns are places; the location column names it."""
    text = (
        "id,nama_provinsi,nama_kabupaten_kota,nama_kecamatan,lokasi_cctv,tautan\n"
        "1,KALIMANTAN TIMUR,KUTAI TIMUR,BENGALON,Kantor Desa Sepaso,https://c.kutim.example/s.m3u8\n"
    )
    (camera,) = _cams(text)
    assert camera.raw_name == "Kantor Desa Sepaso"
    assert camera.area == "BENGALON"


@pytest.mark.parametrize(
    "text",
    [
        '{"id": 1, "name": "a,b"}\n{"id": 2}',
        '[{"id": 1, "url": "https://c.kutim.example/a.m3u8"}]',
        "<html><body>id,name\n1,a</body></html>",
        "#EXTM3U\n#EXTINF:-1,Simpang\nhttps://c.kutim.example/a.m3u8\n",
        "var cams = [1, 2];\nfoo(a, b);\n",
        "https://c.kutim.example/a.m3u8\nhttps://c.kutim.example/b.m3u8\n",
        "Service unavailable, please retry\n",
        "Service unavailable, please retry\nlater\n",
        'callback({"a": 1, "b": 2})',
        "",
        "\ufeff\r\n",
    ],
)
def test_other_bodies_are_not_delimited(text: str) -> None:
    assert not looks_like_delimited(text)


def test_inconsistent_rows_are_not_a_table() -> None:
    text = "id,name,url\n1\n2,a,b,c,d,e\n3\n4,x\n"
    assert not looks_like_delimited(text)


def test_table_without_cameras_says_what_was_found() -> None:
    with pytest.raises(PortalFormatError, match=r"CSV table .*2 rows"):
        _cams("kode,keterangan,tahun\nA,satu,2024\nB,dua,2025\n")


def test_rows_columns_and_cells_are_bounded() -> None:
    header = ",".join(f"kolom{i}" for i in range(1000))
    row = ",".join("x" * 10 for _ in range(1000))
    items = delimited_items(f"{header}\n{row}\n{row}")
    assert len(items) == 2
    assert all(isinstance(item, dict) and len(item) == 256 for item in items)
    long = "id,name,url\n1," + "n" * (MAX_CELL * 3) + ",https://c.kutim.example/a.m3u8\n"
    (item,) = delimited_items(long)
    assert isinstance(item, dict) and len(str(item["name"])) == MAX_CELL


def test_huge_table_is_capped() -> None:
    rows = [f"{i},Kamera {i},https://c.kutim.example/{i}.m3u8" for i in range(MAX_CAMERAS + 500)]
    cameras = _cams("id,nama,url\n" + "\n".join(rows))
    assert len(cameras) == MAX_CAMERAS


def test_malformed_csv_gives_a_clear_error_or_bounded_result() -> None:
    # An unterminated quote swallows the rest of the text into one (oversized) cell.
    text = 'id,nama,url\n1,"Simpang,https://c.kutim.example/a.m3u8\n' + "x" * 300_000
    with pytest.raises(PortalFormatError):
        _cams(text)
    with pytest.raises(PortalFormatError, match="CSV"):
        delimited_items(text)
    # A table whose later rows run into an unterminated quote keeps its earlier rows.
    rows = "".join(f"{i},Kamera {i},https://c.kutim.example/{i}.m3u8\n" for i in range(30))
    cameras = _cams("id,nama,url\n" + rows + '99,"Rusak,https://c.kutim.example/r.m3u8\n')
    assert 30 <= len(cameras) <= 31


def test_credentials_in_csv_urls_are_stripped() -> None:
    text = "id,nama,rtsp\n1,Simpang,rtsp://admin:RahasiaKutim1@cam.kutim.example/live\n"
    try:
        cameras = _cams(text)
    except PortalFormatError:
        return
    for camera in cameras:
        assert "RahasiaKutim1" not in repr(camera)


def test_markup_in_csv_names_is_not_kept() -> None:
    text = 'id,nama,url\n1,"<b>Simpang</b> <script>x()</script>",https://c.kutim.example/a.m3u8\n'
    (camera,) = _cams(text)
    assert "<" not in camera.raw_name and "<" not in camera.name


@pytest.mark.parametrize(
    ("meta_key", "meta_value"),
    [
        ("__typename", "CctvEntity"),
        ("@type", "VideoObject"),
        ("_type", "camera"),
        ("$type", "Kutim.Cctv.Models.CameraDto, Kutim.Cctv"),
        ("kind", "CameraDto"),
        ("objectType", "CctvRecord"),
    ],
)
def test_type_metadata_never_names_a_camera(meta_key: str, meta_value: str) -> None:
    """A meta field before a name-like field of an unknown spelling is never the name."""
    items = [
        {
            meta_key: meta_value,
            "id": 3,
            "judul_kamera": "Simpang Kabo",
            "hls": "https://c.kutim.example/k.m3u8",
        },
        {
            meta_key: meta_value,
            "id": 4,
            "keterangan": "Jembatan Pinang",
            "hls": "https://c.kutim.example/p.m3u8",
        },
    ]
    first, second = _cams(json.dumps({"data": items}))
    assert (first.raw_name, second.raw_name) == ("Simpang Kabo", "Jembatan Pinang")


def test_class_names_are_no_names() -> None:
    items = [
        {"id": 1, "x_label": "CctvEntity", "url": "https://c.kutim.example/1.m3u8"},
        {"id": 2, "x_label": "Kutim.Cctv.Api.CameraDto", "url": "https://c.kutim.example/2.m3u8"},
    ]
    cameras = _cams(json.dumps(items))
    assert all(
        camera.raw_name not in ("CctvEntity", "Kutim.Cctv.Api.CameraDto") for camera in cameras
    )


@pytest.mark.parametrize(
    ("x_key", "y_key"),
    [
        ("coordx", "coordy"),
        ("coord_x", "coord_y"),
        ("posX", "posY"),
        ("pos_x", "pos_y"),
        ("koordinat_x", "koordinat_y"),
        ("koordinatX", "koordinatY"),
        ("positionX", "positionY"),
        ("x", "y"),
    ],
)
@pytest.mark.parametrize("as_text", [False, True])
def test_axis_named_coordinates(x_key: str, y_key: str, as_text: bool) -> None:
    """x is the longitude and y the latitude, as numbers or as text."""
    x, y = (117.5468, 0.5091)
    item = {
        "id": 1,
        "nama": "Simpang Tiga",
        x_key: str(x) if as_text else x,
        y_key: str(y) if as_text else y,
        "hls": "https://c.kutim.example/a.m3u8",
    }
    (camera,) = _cams(json.dumps([item]))
    assert (camera.latitude, camera.longitude) == (y, x)


def test_axis_pair_written_the_other_way_round() -> None:
    item = {
        "id": 1,
        "nama": "A",
        "coordx": 0.5091,
        "coordy": 117.5468,
        "hls": "https://c.kutim.example/a.m3u8",
    }
    (camera,) = _cams(json.dumps([item]))
    assert (camera.latitude, camera.longitude) == (0.5091, 117.5468)


@pytest.mark.parametrize(("x", "y"), [(640.0, 480.0), (5000.0, 12.0), (float("1e308"), 1.0)])
def test_axis_values_outside_degrees_give_no_position(x: float, y: float) -> None:
    item = {"id": 1, "nama": "A", "posx": x, "posy": y, "hls": "https://c.kutim.example/a.m3u8"}
    (camera,) = _cams(json.dumps([item]))
    assert camera.latitude is None and camera.longitude is None


def test_named_latitude_beats_axis_fields() -> None:
    item = {
        "id": 1,
        "nama": "A",
        "latitude": 0.51,
        "longitude": 117.55,
        "posx": 12.0,
        "posy": 3.0,
        "hls": "https://c.kutim.example/a.m3u8",
    }
    (camera,) = _cams(json.dumps([item]))
    assert (camera.latitude, camera.longitude) == (0.51, 117.55)


@pytest.mark.usefixtures("socket_enabled")
async def test_csv_download_over_http() -> None:
    """A CSV resource served as text/csv is read through the client like any list."""
    body = _table(";", "\r\n").encode("cp1252")

    async def serve(_request: web.Request) -> web.Response:
        return web.Response(body=body, content_type="text/csv")

    app = web.Application()
    app.router.add_get("/download/cctv.csv", serve)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        async with aiohttp.ClientSession() as session:
            client = PortalClient(
                session, PortalSettings(profile=Profile.AUTO, url=f"{base}/download/cctv.csv")
            )
            result = await client.async_get_cameras()
            assert isinstance(result, CameraList)
            assert [(c.id, c.raw_name, c.area, c.online) for c in result.cameras] == [
                ("7", "Simpang Tiga", "Sangatta Utara", True),
                ("8", "Pasar Induk", "Sangatta Selatan", False),
            ]
    finally:
        await runner.cleanup()


def test_noise_that_looks_like_a_table_does_not_hide_json() -> None:
    """Two lines that split alike are no camera table: the JSON after them is read."""
    text = (
        "Warning: header, already sent\n"
        '[{"nama": "Simpang", "url": "https://c.kutim.example/a.m3u8"}]'
    )
    assert looks_like_delimited(text)
    (camera,) = _cams(text)
    assert (camera.raw_name, camera.stream_url) == ("Simpang", "https://c.kutim.example/a.m3u8")


def test_media_columns_named_address_word_first() -> None:
    """``URL RTSP`` / ``Link HLS`` are the RTSP and HLS columns: the RTSP stands in alone."""
    assert media_column("URL RTSP") == "rtsp_url"
    assert media_column("urlRTSP") == "rtsp_url"
    assert media_column("Link HLS") == "hls_url"
    assert media_column("URL Snapshot") == "snapshot_url"
    assert media_column("url_gambar") == "url_gambar"  # no media field of that name
    assert media_column("Link") == "Link"
    assert norm_key("URL RTSP") == "url_rtsp"  # a key alone is read as written
    text = (
        "Kode;Nama;URL RTSP;URL HLS\r\n"
        "K1;Simpang Satu;rtsp://op:Rahasia1@10.0.0.5:554/ch1;https://s.example/k1/index.m3u8\r\n"
        "K2;Simpang Dua;rtsp://op:Rahasia1@cam2.s.example:554/ch1;\r\n"
    )
    found = parse_body(
        text, profile=Profile.AUTO, base_url="https://s.example/daftar.csv", prettify=False
    ).cameras
    assert [(c.id, c.stream_url) for c in found] == [
        ("K1", "https://s.example/k1/index.m3u8"),
        ("K2", "rtsp://cam2.s.example:554/ch1"),
    ]
    assert all("Rahasia1" not in (c.stream_url or "") for c in found)


@pytest.mark.parametrize(
    "hosts",
    [
        ("192.168.1.10:554/Streaming/Channels/101", "10.0.0.5:554/s1"),
        ("cam3.rtrwnet-waru.example:554/Streaming/Channels/101", "cam4.rtrwnet-waru.example/s1"),
    ],
)
def test_a_records_one_url_rtsp_is_its_input_not_its_stream(hosts: tuple[str, str]) -> None:
    """A server's record naming one ``url_rtsp`` (a device's input) gives no camera."""
    text = json.dumps(
        [
            {"id": 1, "nama": "Gerbang", "url_rtsp": f"rtsp://admin:rahasia@{hosts[0]}"},
            {"id": 2, "nama": "Pos", "url_rtsp": f"rtsp://admin:rahasia@{hosts[1]}"},
        ]
    )
    with pytest.raises(PortalFormatError):
        parse_body(
            text,
            profile=Profile.AUTO,
            base_url="https://cctv.example.org/api/kamera",
            prettify=False,
        )


def test_a_records_address_first_media_keys_read_beside_each_other() -> None:
    """``urlRTSP`` beside ``urlHLS`` names an admin table's media columns: both are read."""
    text = (
        '[{"id":1,"nama":"Gerbang","urlRTSP":"rtsp://a:b@cam1.kampus.example/s1",'
        '"urlHLS":"https://hls.kampus.example/1/index.m3u8"},'
        '{"id":2,"nama":"Pos","urlRTSP":"rtsp://a:b@cam2.kampus.example/s1","urlHLS":""}]'
    )
    found = parse_body(
        text, profile=Profile.AUTO, base_url="https://cctv.kampus.example/api", prettify=False
    ).cameras
    assert [(c.id, c.stream_url) for c in found] == [
        ("1", "https://hls.kampus.example/1/index.m3u8"),
        ("2", "rtsp://cam2.kampus.example/s1"),
    ]
