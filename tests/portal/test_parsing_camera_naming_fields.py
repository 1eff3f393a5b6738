"""Which field names a camera: XML groups named by a place field, ``near``, compact codes.

Also the still under a ``static`` field and an operator's embedded player as the stream.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import _coded_name, _near_name, _player_embed
from custom_components.kutim_cctv.portal.parsing import parse_body

JSON_BASE = "https://api.lalin.kutim.example/api/cameras/"
XML_BASE = "https://wisata.kutim.example/feed/kamera.xml"


def _json(value: object, base: str = JSON_BASE) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def _xml(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=XML_BASE, prettify=False).cameras


# --- XML groups named by a place field -----------------------------------------------------


def _destinasi(code: str, place: str, cams: str, name_tag: str = "namaDestinasi") -> str:
    return (
        f"<destinasi kode='{code}'><{name_tag}>{place}</{name_tag}>"
        f"<kecamatan>Sangatta Utara</kecamatan>{cams}</destinasi>"
    )


def _kamera(cid: str, label: str | None, *, media: bool = True) -> str:
    own = f"<label>{label}</label>" if label is not None else ""
    still = f"https://wisata.kutim.example/snap/{cid}.jpg" if media else ""
    return f"<kamera id='{cid}'>{own}<gambar>{still}</gambar></kamera>"


def test_group_of_one_camera_keeps_the_cameras_own_label() -> None:
    doc = (
        "<?xml version='1.0'?><pemantauan>"
        + _destinasi("D1", "Pantai Teluk Lingga", _kamera("K1", "Parkir") + _kamera("K2", "Bibir"))
        + _destinasi("D2", "Taman Bukit Pelangi", _kamera("K3", "Gerbang Taman Bukit Pelangi"))
        + "</pemantauan>"
    )
    cams = {c.id: c for c in _xml(doc)}
    assert set(cams) == {"K1", "K2", "K3"}
    assert cams["K3"].name == "Gerbang Taman Bukit Pelangi"
    assert cams["K3"].area == "Sangatta Utara"
    assert cams["K1"].name == "Parkir"


def test_group_named_by_a_suffixed_name_field_too() -> None:
    doc = (
        "<?xml version='1.0'?><daftar>"
        + _destinasi(
            "S1", "Terminal", _kamera("A1", "Pintu Masuk") + _kamera("A2", "Loket"), "site_name"
        )
        + _destinasi("S2", "Pelabuhan", _kamera("B1", "Dermaga Penumpang"), "site_name")
        + "</daftar>"
    )
    names = {c.id: c.name for c in _xml(doc)}
    assert names["B1"] == "Dermaga Penumpang"


def test_unnamed_camera_of_a_group_of_one_still_takes_the_groups_name() -> None:
    doc = (
        "<?xml version='1.0'?><pemantauan>"
        + _destinasi("D1", "Pantai Teluk Lingga", _kamera("K1", "Parkir") + _kamera("K2", "Bibir"))
        + _destinasi("D2", "Pulau Miang", _kamera("K3", None))
        + "</pemantauan>"
    )
    names = {c.id: c.name for c in _xml(doc)}
    assert names["K3"] == "Pulau Miang"  # the camera names nothing: read as before


def test_group_with_media_of_its_own_is_the_record() -> None:
    doc = (
        "<?xml version='1.0'?><pemantauan>"
        + _destinasi("D1", "Pantai Teluk Lingga", _kamera("K1", "Parkir") + _kamera("K2", "Bibir"))
        + "<destinasi kode='D2'><namaDestinasi>Pulau Miang</namaDestinasi>"
        "<siaran>https://wisata.kutim.example/live/d2/index.m3u8</siaran>"
        + _kamera("K3", "Detail")
        + "</destinasi></pemantauan>"
    )
    names = {c.name for c in _xml(doc)}
    assert "Pulau Miang" in names  # the group is the camera, its child a detail
    assert "Detail" not in names


# --- A camera named by the place it stands near -------------------------------------------


def _record(**fields: object) -> dict[str, object]:
    return {
        "id": 4,
        "latitude": "0.50233",
        "longitude": "117.5231",
        "road": "Jl. Yos Sudarso",
        "location_description": "Di bundaran, menghadap ke timur.",
        "description": "Kamera PTZ di bundaran. Dapat digerakkan petugas.",
        "stream_url": "https://stream.kutim.example/62/embed",
        "static_url": "https://stream.kutim.example/62",
        **fields,
    }


def test_near_names_the_camera_and_static_url_is_its_still() -> None:
    (cam,) = _json([_record(near="Simpang Tiga Sangatta")])
    assert cam.name == "Simpang Tiga Sangatta"
    assert cam.snapshot_url == "https://stream.kutim.example/62"
    assert cam.stream_url == "https://stream.kutim.example/62/embed"
    assert cam.area is None


def test_own_name_field_beats_near() -> None:
    (cam,) = _json([_record(near="Simpang Tiga", name="Terminal Sangatta")])
    assert cam.name == "Terminal Sangatta"


@pytest.mark.parametrize(
    "near",
    ["0.50233, 117.5231", "Di dekat simpang, menghadap ke timur.", "https://peta.kutim.example/x"],
)
def test_near_that_is_no_place_names_nothing(near: str) -> None:
    index: dict[str, object] = {"near": near}
    assert _near_name(index, frozenset(index)) is None  # type: ignore[arg-type]


def test_near_of_another_record_is_not_read() -> None:
    index = {"near": "Simpang Tiga"}
    assert _near_name(index, frozenset()) is None  # type: ignore[arg-type]


def test_lan_embed_player_is_never_media_from_a_public_answer() -> None:
    (cam,) = _json(
        [
            _record(near="Jembatan Bengalon", stream_url="http://192.168.20.14/44/embed"),
            _record(id=5, near="Bundaran", stream_url="https://stream.kutim.example/27/embed"),
        ]
    )[:1]
    assert cam.stream_url is None
    assert cam.snapshot_url == "https://stream.kutim.example/62"


def test_credentials_in_embed_are_not_copied() -> None:
    cams = _json([_record(near="Simpang", stream_url="https://u:p@stream.kutim.example/62/embed")])
    assert all("u:p@" not in (c.stream_url or "") for c in cams)


@pytest.mark.parametrize(
    ("url", "embed"),
    [
        ("https://stream.kutim.example/62/embed", True),
        ("https://stream.kutim.example/cam/12/embed.html", True),
        ("https://stream.kutim.example/62", False),
        ("https://stream.kutim.example/62/embed?autoplay=1", False),
        ("https://stream.kutim.example/embed", False),
        ("ftp://stream.kutim.example/62/embed", False),
        ("https://berita.kutim.example/2024/embed-artikel", False),
        # no camera or stream word, or a news site's videos and a shop's goods
        ("https://news.example/video/123/embed", False),
        ("https://toko.example/produk/1/embed", False),
        ("https://portal.example/62/embed", False),
        ("https://live.news.example/video/5/embed", False),
        ("https://cctv.kutimtower.example/Sangatta-Utara-001-700114_1/embed.html", True),
        ("https://cam.makmal.example/pintu/embed.html", True),
    ],
)
def test_player_embed_shape(url: str, embed: bool) -> None:
    assert _player_embed(url) is embed


def test_embed_page_under_a_generic_link_is_no_stream_beside_a_still() -> None:
    (cam,) = _json(
        [
            {
                "id": 1,
                "name": "Simpang",
                "image_url": "https://stream.kutim.example/1.jpg",
                "url": "https://stream.kutim.example/1/embed",
            }
        ]
    )
    assert cam.stream_url is None  # the record's own link, not a field naming its player


# --- Compact camera codes as names ---------------------------------------------------------


def _coded(name: str, description: str) -> str | None:
    index = {"name": name, "description": description}
    return _coded_name(index, frozenset(index))  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["KTMCCTVSGT00101", "SGTCCTV01", "SGTCAM016"])
def test_compact_code_yields_to_a_spot_description(code: str) -> None:
    assert _coded(code, "Jl. Yos Sudarso at Simpang Tiga Sangatta") == code


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("KTMCCTVSGT00101", "KTMCCTVSGT00102"),  # the description is a code too
        ("KTMCCTVSGT00101", "Jembatan"),  # one word
        ("AH150", "Jl. Poros Sangatta at Simpang Kabo"),  # a road designation, too short
        ("SR520", "Jl. Poros at Simpang"),
        ("Simpang Tiga", "Jl. Yos Sudarso at Simpang Tiga"),  # words: a name
        ("ktmcctv00101", "Jl. Yos Sudarso at Simpang Tiga"),  # not written as a code
        (
            "SKLCCTV01",
            (
                "Kamera ini dipasang oleh Dinas Perhubungan pada tahun 2024 untuk memantau "
                "arus kendaraan di ruas jalan poros setiap hari."
            ),
        ),
    ],
)
def test_compact_code_near_misses_keep_the_name(name: str, description: str) -> None:
    assert _coded(name, description) is None


def test_geojson_stream_code_named_by_description() -> None:
    layer = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [117.5231, 0.50233]},
                "properties": {
                    "id": "4101",
                    "name": "KTMCCTVSGT00101",
                    "description": "Jl. Yos Sudarso at Simpang Tiga Sangatta",
                    "image_url": "https://snap.kutim.example/thumbs/KTMCCTVSGT00101.flv.png",
                    "https_url": "https://media.kutim.example/rtplive/KTMCCTVSGT00101/playlist.m3u8",
                    "rtmp_url": "rtmp://media.kutim.example:1935/rtplive/KTMCCTVSGT00101",
                },
            }
        ],
    }
    (cam,) = _json(layer, "https://lalin.kutim.example/layers/cams")
    assert cam.name == "Jl. Yos Sudarso at Simpang Tiga Sangatta"
    assert cam.id == "4101"
    assert not (cam.stream_url or "").startswith("rtmp")


@pytest.mark.parametrize(
    ("base", "records"),
    [
        (
            "https://news.example/api/berita",
            [
                {
                    "title": "Banjir Sangatta",
                    "thumbnail": "https://news.example/img/1.jpg",
                    "video_url": "https://news.example/video/123/embed",
                },
                {
                    "title": "Jalan rusak",
                    "thumbnail": "https://news.example/img/2.jpg",
                    "video_url": "https://news.example/video/124/embed",
                },
            ],
        ),
    ],
)
def test_news_and_product_embed_pages_are_no_live_stream(
    base: str, records: list[dict[str, object]]
) -> None:
    # The records' pictures stay as they were read before; their embed pages play nothing.
    text = json.dumps({"data": records})
    cams = parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras
    assert [c.stream_url for c in cams] == [None, None]


def test_a_shops_priced_products_with_embed_videos_are_no_camera_list() -> None:
    # A shop's priced products under ``data`` (pictures and product video pages) are a
    # catalogue, no camera list: no camera at all, not cameras without a stream.
    records = [
        {
            "name": f"Kamera {model}",
            "harga": price,
            "image": f"https://toko.example/p/{n}.jpg",
            "video": f"https://toko.example/produk/{n}/embed",
        }
        for n, (model, price) in enumerate((("Hikvision 2MP", 850000), ("Dahua 4MP", 950000)))
    ]
    with pytest.raises(PortalFormatError, match="shop's catalogue"):
        parse_body(
            json.dumps({"data": records}),
            profile=Profile.AUTO,
            base_url="https://toko.example/api",
            prettify=False,
        )
