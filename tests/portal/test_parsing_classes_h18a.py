"""Shapes read after holdout 18: nested keyed groups, ERP records, readings, sitemaps."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import refreshed_still
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.kutim.example/cctv"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"


def cameras(body: object, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value (or a text body) as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _row(ident: int, name: str, **extra: object) -> dict[str, object]:
    return {"id": ident, "nama": name, "url_stream": HLS.format(ident), **extra}


# --- Laravel groupBy with two keys: {kecamatan: {kelurahan: [rows]}} -------------------


def test_two_level_groups_take_the_inner_key_as_area() -> None:
    body = {
        "success": True,
        "data": {
            "Bengalon": {"Sepaso": [_row(1, "Pasar", kecamatan={"nama": "Bengalon"})]},
            "Sangatta Utara": {
                "Singa Gembara": [_row(2, "Simpang Tiga", kecamatan="Sangatta Utara")],
                "Teluk Lingga": [_row(3, "Jembatan", kecamatan="Sangatta Utara")],
            },
        },
    }
    found = cameras(body)
    assert [(c.id, c.area) for c in found] == [
        ("1", "Sepaso"),
        ("2", "Singa Gembara"),
        ("3", "Teluk Lingga"),
    ]


def test_two_level_groups_with_preserved_keys() -> None:
    body = {
        "Pesisir": {"Sangkulirang": {"0": _row(1, "Pelabuhan"), "3": _row(2, "Dermaga")}},
        "Pedalaman": {"Busang": {"1": _row(3, "Jembatan")}},
    }
    found = cameras(body)
    assert [(c.id, c.area) for c in found] == [
        ("1", "Sangkulirang"),
        ("2", "Sangkulirang"),
        ("3", "Busang"),
    ]


def test_a_group_holding_its_camera_list_is_no_sub_group() -> None:
    # {"area": {"data": [...]}} is one level: the outer key is the area.
    body = {"Bengalon": {"data": [_row(1, "Pasar")]}, "Kaubun": {"data": [_row(2, "Simpang")]}}
    assert [(c.id, c.area) for c in cameras(body)] == [("1", "Bengalon"), ("2", "Kaubun")]


def test_a_graphql_answer_is_no_nested_group() -> None:
    body = {"data": {"cctv_kamera": [_row(1, "Pasar", kecamatan={"nama": "Kaubun"})]}}
    assert [(c.id, c.area) for c in cameras(body)] == [("1", "Kaubun")]


# --- Stills left open for a cache-busting timestamp: cctv2/{key}?tx= -------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://jid.tol.example/cctv2/9c41e7b?tx=", True),
        ("https://gerbang.kutim.example/cam/image/501?_=", True),
        ("https://cam.kutim.example/snap/7?", True),
        ("https://cam.kutim.example/snap?size=hd&t=", True),
        ("https://cam.kutim.example/player.php?cam=", False),
        ("https://cam.kutim.example/view?id=", False),
        ("https://cam.kutim.example/snap/7?t=123", False),
        ("https://cam.kutim.example/?t=", False),
    ],
)
def test_refreshed_still_addresses(url: str, expected: bool) -> None:
    assert refreshed_still(url) is expected


def test_an_open_timestamp_makes_a_still_beside_the_stream() -> None:
    body = {
        "data": [
            {
                "key_id": "9c41e7b",
                "nama_lokasi": "Gerbang Tol",
                "url_cctv": "https://jid.tol.example/cctv2/9c41e7b?tx=",
                "url_hls": HLS.format("9c41e7b"),
            },
            {"key_id": "3fa20d6", "nama_lokasi": "Kabo", "url": "https://jid.tol.example/c/3fa?_="},
        ]
    }
    found = cameras(body)
    assert [(c.stream_url, c.snapshot_url) for c in found] == [
        (HLS.format("9c41e7b"), "https://jid.tol.example/cctv2/9c41e7b?tx="),
        (None, "https://jid.tol.example/c/3fa?_="),
    ]


def test_an_open_camera_parameter_stays_a_page() -> None:
    body = [{"id": 1, "nama": "Simpang", "url": "https://cam.kutim.example/player.php?cam="}]
    (camera,) = cameras(body)
    assert camera.snapshot_url is None
    assert camera.stream_url == "https://cam.kutim.example/player.php?cam="


# --- ERP records: many2one [id, "name"] relations and builder-prefixed fields ----------


def test_a_many2one_relation_names_the_area() -> None:
    body = {
        "jsonrpc": "2.0",
        "result": [
            _row(1, "Kabo", kecamatan_id=[2, "Sangatta Selatan"], company_id=[1, "Dishub"]),
            _row(2, "Pinang", kecamatan_id=False, kelurahan_id=[11, "Teluk Lingga"]),
            _row(3, "Rantau", kecamatan_id=False, company_id=[1, "Dishub"]),
        ],
    }
    assert [c.area for c in cameras(body)] == ["Sangatta Selatan", "Teluk Lingga", None]


def test_builder_prefixed_fields_read_like_plain_ones() -> None:
    body = {
        "result": {
            "length": 1,
            "records": [
                {
                    "id": 4,
                    "x_name": "Jembatan",
                    "x_studio_kecamatan": [6, "Telen"],
                    "x_studio_url_hls": HLS.format(4),
                    "x_studio_aktif": False,
                }
            ],
        }
    }
    (camera,) = cameras(body)
    assert (camera.name, camera.area, camera.online) == ("Jembatan", "Telen", False)


def test_an_id_pair_of_numbers_is_no_many2one() -> None:
    (camera,) = cameras([_row(1, "Kabo", kecamatan_id=[2, 3])])
    assert camera.area is None


def test_a_named_state_goes_before_an_active_flag() -> None:
    found = cameras([_row(1, "Kabo", state="rusak", active=True), _row(2, "Pinang", active=True)])
    assert [c.online for c in found] == [False, True]


# --- Readings taken at a nested station: the station is the camera ---------------------


def _reading(ident: int, station: dict[str, object]) -> dict[str, object]:
    return {"id": ident, "ketinggian": 112, "tanggal": "2026-12-02", "pintu_air": station}


def test_a_readings_nested_station_is_the_camera() -> None:
    station = {
        "id": 1,
        "name": "Bendung Hulu",
        "kecamatan": "Sangatta Utara",
        "cctv": HLS.format(1),
    }
    body = [
        {
            "properties": _reading(48213, station),
            "geometry": {"coordinates": ["117.49211000", "0.53302500"]},
        }
    ]
    (camera,) = cameras(body)
    assert (camera.id, camera.name, camera.area) == ("1", "Bendung Hulu", "Sangatta Utara")
    assert (camera.latitude, camera.longitude) == (0.533025, 117.49211)


def test_a_station_without_a_camera_gives_none() -> None:
    body = {
        "data": [
            _reading(1, {"id": 2, "name": "Polder", "cctv": None}),
            _reading(3, {"id": 4, "name": "Hulu", "cctv": HLS.format(4)}),
        ]
    }
    assert [c.id for c in cameras(body)] == ["4"]


def test_a_named_camera_keeps_its_id_beside_a_nested_record() -> None:
    body = [
        {
            "id": 7,
            "judul": "Simpang Tiga",
            "url_stream": HLS.format(7),
            "pos": {"id": 3, "name": "Pos", "foto": "https://pos.kutim.example/3.jpg"},
        }
    ]
    (camera,) = cameras(body)
    assert (camera.id, camera.name, camera.stream_url) == ("7", "Simpang Tiga", HLS.format(7))


def test_two_stations_of_one_record_are_not_merged() -> None:
    body = [
        {
            "id": 9,
            "dari": {"id": 1, "name": "Hulu", "cctv": HLS.format(1)},
            "ke": {"id": 2, "name": "Hilir", "cctv": HLS.format(2)},
        }
    ]
    assert [c.id for c in cameras(body)] == ["9"]  # the record's own id, as before


# --- Columns named after the record's entity: ID_PINTU_AIR, NAMA_PINTU_AIR, LOKASI ------


def _gate(ident: int, name: str, place: str, **extra: object) -> dict[str, object]:
    return {
        "ID_PINTU_AIR": ident,
        "KODE_STASIUN": f"PA-{ident}",
        "NAMA_PINTU_AIR": name,
        "LOKASI": place,
        "CCTV_URL": f"https://banjir.kutim.example/cctv/{ident}.jpg",
        **extra,
    }


def test_entity_columns_name_and_identify_the_record() -> None:
    found = cameras([_gate(101, "Bendung Hulu", "Sangatta Utara"), _gate(103, "Pos", "Bengalon")])
    assert [(c.id, c.name, c.area) for c in found] == [
        ("101", "Bendung Hulu", "Sangatta Utara"),
        ("103", "Pos", "Bengalon"),
    ]


def test_entity_columns_in_a_dataset_xml() -> None:
    rows = "".join(
        f"<Table><IdPos>{n}</IdPos><NamaPos>Pos {n}</NamaPos><Lokasi>Kaubun</Lokasi>"
        f"<UrlCctv>https://sungai.kutim.example/live/{n}.m3u8</UrlCctv></Table>"
        for n in (31, 32)
    )
    text = f'<?xml version="1.0" standalone="yes"?>\n<NewDataSet>{rows}</NewDataSet>'
    found = cameras(text, "https://sungai.kutim.example/xmldata.xml")
    assert [(c.id, c.name, c.area) for c in found] == [
        ("31", "Pos 31", "Kaubun"),
        ("32", "Pos 32", "Kaubun"),
    ]


def test_a_street_address_in_the_place_column_is_no_area() -> None:
    (camera,) = cameras([_gate(101, "Bendung Hulu", "Jl. Yos Sudarso 12")])
    assert (camera.name, camera.area) == ("Bendung Hulu", None)


def test_area_relation_columns_are_no_entity() -> None:
    row = {
        "id": 5,
        "lokasi": "Simpang Tiga",
        "id_kecamatan": 2,
        "nama_kecamatan": "Sangatta Selatan",
        "url_stream": HLS.format(5),
    }
    (camera,) = cameras([row])
    assert (camera.id, camera.name, camera.area) == ("5", "Simpang Tiga", "Sangatta Selatan")


# --- Video sitemaps: urlset entries with video:video ------------------------------------

_SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
    'xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">{}</urlset>'
)


def _video(title: str, live: str, **locs: str) -> str:
    inner = "".join(f"<video:{key}>{value}</video:{key}>" for key, value in locs.items())
    return (
        f"<url><loc>https://cctv.kutim.example/kamera/{len(title)}</loc><video:video>"
        f"<video:title>{title}</video:title>{inner}<video:live>{live}</video:live>"
        "</video:video></url>"
    )


def test_a_video_sitemap_lists_its_live_videos() -> None:
    body = _SITEMAP.format(
        "<url><loc>https://cctv.kutim.example/</loc><priority>1.0</priority></url>"
        + _video(
            "Simpang &amp; Pasar",
            "yes",
            thumbnail_loc="https://cctv.kutim.example/t/1.jpg",
            content_loc=HLS.format(1),
            player_loc="https://cctv.kutim.example/embed/1",
        )
        + _video(
            "Dermaga",
            "yes",
            thumbnail_loc="https://cctv.kutim.example/t/2.jpg",
            player_loc="https://cctv.kutim.example/embed/2",
        )
        + _video("Rekaman Banjir", "no", content_loc="https://cctv.kutim.example/vod/1.mp4")
        + _video("Air Terjun", "yes", player_loc="https://cctv.kutim.example/embed/3")
    )
    found = cameras(body, "https://cctv.kutim.example/sitemap-video.xml")
    assert [(c.name, c.stream_url, c.snapshot_url) for c in found] == [
        ("Simpang & Pasar", HLS.format(1), "https://cctv.kutim.example/t/1.jpg"),
        ("Dermaga", None, "https://cctv.kutim.example/t/2.jpg"),
        ("Air Terjun", "https://cctv.kutim.example/embed/3", None),
    ]


def test_a_sitemap_of_pages_only_is_still_refused() -> None:
    body = _SITEMAP.format("<url><loc>https://cctv.kutim.example/kamera/1.jpg</loc></url>")
    with pytest.raises(PortalFormatError, match="sitemap"):
        cameras(body, "https://cctv.kutim.example/sitemap.xml")
