"""Recorders' channels, video wall screens, lone XML group records, coded table rows, KML pages.

Each rule is checked with the shape it reads and the near-misses it must leave alone.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.pageonly import page_only
from custom_components.kutim_cctv.portal.recorders import recorder_site
from custom_components.kutim_cctv.portal.wallsources import wall_screen

BASE = "https://cctv.kutim.example/api/list"


def cameras(text: str, base: str = BASE) -> tuple[Camera, ...]:
    """Parse an answer as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _recorder(
    rid: int, name: str, host: str, channels: list[dict[str, object]]
) -> dict[str, object]:
    return {
        "dvr_id": rid,
        "dvr_name": name,
        "dvr_host": host,
        "manufacturer": "Dahua",
        "model": "NVR4108HS-4KS2",
        "serial_number": f"6J0B2C3PAZ{rid}E2F3",
        "channels": channels,
    }


def _channel(number: int, stream_id: int, name: str, url: str) -> dict[str, object]:
    return {
        "channel_id": number,
        "stream_id": stream_id,
        "channel_name": name,
        "status": 1,
        "hls": url,
    }


HLS = "https://gw.kutim.example/hls/{}/index.m3u8"


def test_channels_of_several_recorders_take_the_id_unique_across_them() -> None:
    """channel_id repeats on every recorder: stream_id, unique across all, is the id."""
    answer = [
        _recorder(
            1,
            "Posko BPBD Sangatta",
            "dvr1.kutim.example",
            [
                _channel(1, 11, "Polder Ilham Maulana", HLS.format(11)),
                _channel(2, 12, "Jembatan Pinang", HLS.format(12)),
            ],
        ),
        _recorder(
            2,
            "Pos Pantau Bengalon",
            "dvr2.kutim.example",
            [
                _channel(1, 21, "Sungai Bengalon", HLS.format(21)),
            ],
        ),
    ]
    found = cameras(json.dumps(answer))
    assert [(c.id, c.name, c.area) for c in found] == [
        ("11", "Polder Ilham Maulana", "Posko BPBD Sangatta"),
        ("12", "Jembatan Pinang", "Posko BPBD Sangatta"),
        ("21", "Sungai Bengalon", "Pos Pantau Bengalon"),
    ]


def test_one_recorder_keeps_its_channel_numbers_and_device_names_no_area() -> None:
    """A single recorder's list is unchanged; a recorder named as a device gives no area."""
    answer = [
        _recorder(
            1,
            "NVR Hikvision 01",
            "dvr1.kutim.example",
            [
                _channel(1, 11, "Gerbang Kantor", HLS.format(11)),
                _channel(2, 12, "Ruang Pelayanan", HLS.format(12)),
            ],
        ),
        _recorder(
            2,
            "Dahua DVR 2",
            "dvr2.kutim.example",
            [
                _channel(1, 21, "Parkir Motor", HLS.format(21)),
            ],
        ),
    ]
    found = cameras(json.dumps(answer))
    assert [c.area for c in found] == [None, None, None]
    assert [c.id for c in found] == ["11", "12", "21"]


def test_recorder_site_names() -> None:
    """Only a name of plain words with no device word, maker or number is a site."""
    index: dict[str, object] = {"manufacturer": "Hikvision", "model": "DS-7608NI-K2"}
    assert recorder_site(index, "Gudang Logistik")  # type: ignore[arg-type]
    assert recorder_site(index, "Posko BPBD Sangatta")  # type: ignore[arg-type]
    for name in ("NVR Gudang", "Gudang DVR", "Hikvision Gudang", "Gudang 2", "Gudang", None):
        assert not recorder_site(index, name)  # type: ignore[arg-type]
    assert not recorder_site({"model": "Kantor Camat"}, "Kantor Camat")


def _screen(position: int, source: dict[str, object]) -> dict[str, object]:
    return {"posisi": position, "sumber": source}


def test_wall_screens_read_as_the_cameras_they_show() -> None:
    """A camera source's record is the camera; an app, a call, an empty screen are none."""
    camera = {
        "id": "VW-101",
        "judul": "Simpang Tiga Sangatta",
        "lokasi": {"kecamatan": "Sangatta Utara", "lat": 0.50233, "lng": 117.5231},
        "media": {"hls": "https://wall.kutim.example/media/vw-101/index.m3u8"},
    }
    other = dict(
        camera,
        id="VW-104",
        judul="Jl. Yos Sudarso",
        media={"jpeg": "https://wall.kutim.example/media/vw-104/latest.jpg"},
    )
    answer = {
        "data": {
            "layout": {
                "nama": "Siaga",
                "layar": [
                    _screen(1, {"tipe": "kamera", "kamera": camera}),
                    _screen(
                        2,
                        {
                            "tipe": "aplikasi",
                            "nama": "Panic Button",
                            "url": "https://wall.kutim.example/apps/panic",
                        },
                    ),
                    _screen(
                        3,
                        {
                            "tipe": "panggilan_video",
                            "nama": "Regu Damkar",
                            "url": "https://wall.kutim.example/call/damkar",
                        },
                    ),
                    _screen(4, {"tipe": "kamera", "kamera": other}),
                    _screen(5, {"tipe": "kosong"}),
                ],
            }
        }
    }
    found = cameras(json.dumps(answer))
    assert [(c.id, c.name, c.area) for c in found] == [
        ("VW-101", "Simpang Tiga Sangatta", "Sangatta Utara"),
        ("VW-104", "Jl. Yos Sudarso", "Sangatta Utara"),
    ]


def test_wall_screen_near_misses() -> None:
    """A player's MIME-typed source, a record without a position, a big record: no screen."""
    player = {
        "position": 1,
        "source": {"type": "application/x-mpegURL", "src": "https://a.example/x.m3u8"},
    }
    assert wall_screen(player) == (False, None)  # type: ignore[arg-type]
    assert wall_screen({"source": {"type": "camera", "camera": {"id": "A"}}, "name": "x"}) == (
        False,
        None,
    )
    assert wall_screen({"posisi": 1, "sumber": "kamera"}) == (False, None)
    assert wall_screen(
        {"posisi": 1, "sumber": {"tipe": "peta", "url": "https://a.example/peta"}}
    ) == (True, None)
    shown = wall_screen({"slot": 2, "source": {"type": "camera", "camera": {"id": "A"}}})
    assert shown == (True, {"id": "A"})


_XML = """<?xml version="1.0" encoding="UTF-8"?>
<daftar>
  <kecamatan nama="Sangatta Utara">
    <titik id="SU-01"><nama>Polder Ilham Maulana</nama><gambar>https://x.kutim.example/g/su-01.jpg</gambar></titik>
    <titik id="SU-02"><nama>Muara Sungai</nama><gambar>https://x.kutim.example/g/su-02.jpg</gambar></titik>
  </kecamatan>
  <kecamatan nama="Sangatta Selatan">
    <titik id="SS-01"><nama>Tanjakan Bukit Pelangi</nama><gambar>https://x.kutim.example/g/ss-01.jpg</gambar></titik>
  </kecamatan>
</daftar>
"""


def test_lone_record_of_a_group_keeps_its_own_name() -> None:
    """A group holding one record where its siblings list theirs: the record's own name."""
    found = cameras(_XML, "https://x.kutim.example/data.xml")
    assert [(c.id, c.name, c.area) for c in found] == [
        ("SU-01", "Polder Ilham Maulana", "Sangatta Utara"),
        ("SU-02", "Muara Sungai", "Sangatta Utara"),
        ("SS-01", "Tanjakan Bukit Pelangi", "Sangatta Selatan"),
    ]


def _row(code: str, name: str, page: bool, still: bool, other: str = "") -> str:
    link = f'<a href="/cctv/lihat/{code}">Lihat</a>' if page else other or "-"
    image = f'<img src="/cctv/cuplikan/{code}.jpg">' if still else "-"
    return f"<tr><td>{name}</td><td>Teluk Lingga</td><td>{link}</td><td>{image}</td></tr>"


def _table(*rows: str) -> str:
    head = "<tr><th>Lokasi</th><th>Kelurahan</th><th>Tayangan</th><th>Cuplikan</th></tr>"
    return f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


TABLE_BASE = "https://diskominfo.kutim.example/cctv/daftar"


def test_coded_rows_give_codes_to_a_lone_page_and_a_lone_still() -> None:
    """Two rows coding page and still alike: a page-only and a still-only row take codes."""
    found = cameras(
        _table(
            _row("SB-01", "Gerbang Bukit Pelangi", True, True),
            _row("SU-03", "Pelabuhan Kenyamukan", True, True),
            _row("SG-02", "Simpang Taman Bersemi", True, False),
            _row("TL-07", "Simpang Pasar Induk", False, True),
        ),
        TABLE_BASE,
    )
    assert [c.id for c in found] == ["SB-01", "SU-03", "SG-02", "TL-07"]
    assert found[2].stream_url == "https://diskominfo.kutim.example/cctv/lihat/SG-02"
    assert found[3].stream_url is None


def test_one_coded_row_or_a_linked_still_gives_no_codes() -> None:
    """One coded row proves nothing; a still beside a news link keeps a derived id."""
    found = cameras(
        _table(
            _row("SB-01", "Gerbang Bukit Pelangi", True, True),
            _row("TL-07", "Simpang Pasar Induk", False, True),
        ),
        TABLE_BASE,
    )
    assert found[1].id != "TL-07"
    news = '<a href="/berita/2026/01/simpang-ditutup">Berita</a>'
    found = cameras(
        _table(
            _row("SB-01", "Gerbang Bukit Pelangi", True, True),
            _row("SU-03", "Pelabuhan Kenyamukan", True, True),
            _row("TL-07", "Simpang Pasar Induk", False, True, other=news),
        ),
        TABLE_BASE,
    )
    assert found[2].id != "TL-07"


def _camera(url: str) -> Camera:
    return Camera(
        id="a",
        raw_name="A",
        name="A",
        area=None,
        latitude=None,
        longitude=None,
        online=None,
        stream_url=url,
        stream_key=None,
        snapshot_url=None,
        mjpeg_url=None,
    )


def test_broadcast_pages_play_and_press_releases_do_not() -> None:
    """``/siaran/…`` and ``/tayang/…`` are pages that play; ``/siaran-pers/…`` is none."""
    assert not page_only(_camera("https://a.kutim.example/siaran/jln-04"))
    assert not page_only(_camera("https://a.kutim.example/tayang/jln-04"))
    assert page_only(_camera("https://a.kutim.example/siaran-pers/2026/festival"))
    assert page_only(_camera("https://a.kutim.example/berita/2026/festival"))


# --- a wall's tiles placed on the screen ----------------------------------------------

WALL = "https://vms.kutimkab.example/api/wall"


def _tile(tile: object, camera: str, name: str, position: dict[str, object]) -> dict[str, object]:
    return {
        "id": tile,
        "cameraId": camera,
        "cameraName": name,
        "position": position,
        "liveUrl": f"https://vms.kutimkab.example/live/{camera}/index.m3u8",
    }


def test_a_tiles_screen_position_is_no_map_position_and_its_camera_id_wins() -> None:
    answer = {
        "layout": "2x2",
        "tiles": [
            _tile("tile-1", "CAM-07", "Simpang Tiga", {"x": 0, "y": 0, "w": 1, "h": 1}),
            _tile("tile-2", "CAM-09", "Dermaga", {"x": 2, "y": 1}),
            _tile("tile-3", "CAM-11", "Pasar Induk", {"row": 1, "col": 2}),
        ],
    }
    found = cameras(json.dumps(answer), WALL)
    assert [(c.id, c.name, c.latitude, c.longitude) for c in found] == [
        ("CAM-07", "Simpang Tiga", None, None),
        ("CAM-09", "Dermaga", None, None),
        ("CAM-11", "Pasar Induk", None, None),
    ]


def test_a_position_object_in_degrees_stays_a_map_position() -> None:
    answer = {
        "data": [
            {
                "id": n,
                "name": name,
                "position": position,
                "stream": f"https://vms.kutimkab.example/live/{n}/index.m3u8",
            }
            for n, name, position in (
                (1, "A", {"lat": 0.5, "lng": 117.5}),
                (2, "B", {"x": 117.1, "y": 0.6}),
            )
        ]
    }
    found = cameras(json.dumps(answer), WALL)
    assert [(c.latitude, c.longitude) for c in found] == [(0.5, 117.5), (0.6, 117.1)]
