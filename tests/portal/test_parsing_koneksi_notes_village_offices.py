"""Connection columns as camera states, states with a note after a dash, village offices."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import JSONValue, parse_status
from custom_components.kutim_cctv.portal.villageoffice import is_village, village_office

BASE = "https://pusdalops.bpbd.kutimkab.example/cctv"


def _parse(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _by_id(cameras: tuple[Camera, ...]) -> dict[str, Camera]:
    return {camera.id: camera for camera in cameras}


# --- A connection column (Koneksi) ---------------------------------------------------------


def _row(code: str, name: str, koneksi: str, link: str) -> str:
    return (
        f"<tr><td>{code}</td><td>{name}</td><td>Bengalon</td><td>{koneksi}</td>"
        f"<td><img src='/cctv/snap/{code.lower()}.jpg' alt=''></td>"
        f"<td><a href='{link}'>Lihat</a></td></tr>"
    )


def _table(*rows: str, header: str = "Koneksi") -> str:
    return (
        "<!doctype html><html><head><title>CCTV</title></head><body>"
        "<p>Status server: <span class='badge'>MATI</span></p>"
        "<table><thead><tr><th>Kode</th><th>Lokasi</th><th>Kecamatan</th>"
        f"<th>{header}</th><th>Tangkapan</th><th>Aksi</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></body></html>"
    )


def test_koneksi_column_gives_each_camera_its_state() -> None:
    cams = _by_id(
        _parse(
            _table(
                _row("B-01", "Jembatan Bengalon", "Terhubung", "/cctv/hls/b-01.m3u8"),
                _row("B-02", "Dermaga Bengalon", "Terputus", "/cctv/hls/b-02.m3u8"),
                _row("B-03", "Pasar Bengalon", "Tidak Terhubung", "/cctv/hls/b-03.m3u8"),
                _row("B-04", "Pelabuhan Bengalon", "Fiber Optik", "/cctv/hls/b-04.m3u8"),
            )
        )
    )
    assert cams["B-01"].online is True
    assert cams["B-02"].online is False
    assert cams["B-03"].online is False
    # A medium typed into the column states nothing; the server badge is no camera's.
    assert cams["B-04"].online is None
    assert cams["B-01"].stream_url == "https://pusdalops.bpbd.kutimkab.example/cctv/hls/b-01.m3u8"


def test_english_connection_column_reads_too() -> None:
    cams = _by_id(
        _parse(
            _table(
                _row("C-1", "Simpang Tiga", "Connected", "/cctv/hls/c-1.m3u8"),
                _row("C-2", "Bundaran", "Disconnected", "/cctv/hls/c-2.m3u8"),
                header="Connection",
            )
        )
    )
    assert (cams["C-1"].online, cams["C-2"].online) == (True, False)


def test_koneksi_column_never_takes_a_lan_address_as_media() -> None:
    cams = _by_id(
        _parse(
            _table(
                _row("L-1", "Jembatan Pinang", "Terhubung", "/cctv/hls/l-1.m3u8"),
                _row("L-2", "Gudang BPBD", "Terhubung", "http://192.168.10.20/live/l-2.m3u8"),
            )
        )
    )
    assert cams["L-1"].online is True
    for camera in cams.values():
        for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url):
            assert url is None or "192.168." not in url


def test_json_koneksi_field_is_a_state() -> None:
    body = {
        "data": [
            {
                "id": "rt-1",
                "nama_cctv": "Gang Mawar RT 03",
                "kecamatan": "Sangatta Utara",
                "koneksi": "Terputus",
                "hls": "https://cctvrt.kutimkab.example/hls/rt-1/index.m3u8",
            },
            {
                "id": "rt-2",
                "nama_cctv": "Pos Ronda RT 07",
                "kecamatan": "Sangatta Utara",
                "koneksi": "Wireless",
                "hls": "https://cctvrt.kutimkab.example/hls/rt-2/index.m3u8",
            },
        ]
    }
    cams = _by_id(_parse(json.dumps(body)))
    assert cams["rt-1"].online is False
    assert cams["rt-2"].online is None


# --- A state with a note after a spaced dash -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Non Aktif - Perbaikan", False),
        ("Tidak Aktif - Dalam Perbaikan", False),
        ("Aktif - 24 jam", True),
        ("Aktif \u2013 Terpantau Operator", True),
        ("Offline \u2014 Kabel Putus", False),
        ("Online - maintenance", None),  # the note says the opposite
        ("Aktif - Nonaktif", None),
        ("Online - Offline", None),  # a choice, not a state
        ("Kamera 3 - rusak", None),  # the head names no state
        ("Pasar Induk Sangatta - Los Ikan", None),  # a name, no state
        ("Non-Aktif", False),  # an unspaced hyphen, read as before
        ("Aktif", True),
    ],
)
def test_dashed_state(text: str, state: bool | None) -> None:
    assert parse_status(text) is state


def test_dashed_state_in_a_json_status_field() -> None:
    body = {
        "data": [
            {
                "id_cctv": 1,
                "nama_kamera": "Pasar Induk Sangatta - Parkir Motor",
                "kecamatan": "Sangatta Utara",
                "status": "Non Aktif - Perbaikan",
                "link_stream": "https://pasar.kutimkab.example/stream/1/playlist.m3u8",
            },
            {
                "id_cctv": 2,
                "nama_kamera": "Pasar Bengalon - Parkir",
                "kecamatan": "Bengalon",
                "status": "Aktif - Normal",
                "link_stream": "https://pasar.kutimkab.example/stream/2/playlist.m3u8",
            },
        ]
    }
    cams = _by_id(_parse(json.dumps(body)))
    assert (cams["1"].online, cams["2"].online) == (False, True)
    # The spaced hyphen in a name stays part of the name.
    assert cams["1"].name == "Pasar Induk Sangatta - Parkir Motor"


# --- Village records named by their office -------------------------------------------------


def _village(code: str, desa: str, kantor: str | None, **extra: object) -> dict[str, object]:
    record: dict[str, object] = {"kode_desa": code, "nama_desa": desa}
    if kantor is not None:
        record["kantor"] = kantor
    record["cctv"] = {
        "aktif": True,
        "siaran": f"https://cctvdesa.kutimkab.example/siaran/{code}/index.m3u8",
    }
    record.update(extra)
    return record


def _groups(*groups: tuple[str, list[dict[str, object]]]) -> str:
    return json.dumps(
        {
            "judul": "CCTV Kantor Desa",
            "kecamatan": [
                {"kecamatan": name, "jumlah_desa": len(desa), "desa": desa} for name, desa in groups
            ],
        }
    )


def test_village_office_names_the_camera_and_kecamatan_places_it() -> None:
    cams = _by_id(
        _parse(
            _groups(
                (
                    "Bengalon",
                    [
                        _village("d1", "Sepaso", "Kantor Desa Sepaso"),
                        _village("d2", "Tepian Langsat", "Kantor Desa Tepian Langsat"),
                    ],
                ),
                ("Kaliorang", [_village("d3", "Bangun Jaya", "Kantor Desa Bangun Jaya")]),
            )
        )
    )
    assert (cams["d1"].name, cams["d1"].area) == ("Kantor Desa Sepaso", "Bengalon")
    assert (cams["d2"].name, cams["d2"].area) == ("Kantor Desa Tepian Langsat", "Bengalon")
    assert (cams["d3"].name, cams["d3"].area) == ("Kantor Desa Bangun Jaya", "Kaliorang")


def test_office_naming_someone_else_is_no_name() -> None:
    cams = _by_id(
        _parse(
            _groups(
                (
                    "Kaubun",
                    [
                        _village("k1", "Bumi Rapak", "Diskominfo Staper"),
                        _village("k2", "Kadungan Jaya", "Kadungan Jaya"),
                        _village("k3", "Cipta Graha", None),
                    ],
                )
            )
        )
    )
    # Nothing names the office: the village names the camera as before.
    assert cams["k1"].name == "Bumi Rapak"
    assert cams["k2"].name == "Kadungan Jaya"
    assert cams["k3"].name == "Cipta Graha"


def test_camera_with_its_own_name_keeps_it_and_its_village() -> None:
    cams = _by_id(
        _parse(
            _groups(
                (
                    "Kongbeng",
                    [
                        _village(
                            "m1",
                            "Miau Baru",
                            "Kantor Desa Miau Baru",
                            nama_cctv="Simpang Tiga Miau Baru",
                        ),
                        _village("m2", "Sri Pantun", "Kantor Desa Sri Pantun"),
                    ],
                )
            )
        )
    )
    assert cams["m1"].name == "Simpang Tiga Miau Baru"
    assert cams["m1"].area == "Miau Baru"
    assert (cams["m2"].name, cams["m2"].area) == ("Kantor Desa Sri Pantun", "Kongbeng")


def test_village_office_outside_a_group_keeps_the_village_area() -> None:
    body = {
        "data": [
            _village("f1", "Sepaso", "Kantor Desa Sepaso"),
            _village("f2", "Sekerat", "Kantor Desa Sekerat", kecamatan="Bengalon"),
        ]
    }
    cams = _by_id(_parse(json.dumps(body)))
    assert (cams["f1"].name, cams["f1"].area) == ("Kantor Desa Sepaso", "Sepaso")
    assert (cams["f2"].name, cams["f2"].area) == ("Kantor Desa Sekerat", "Bengalon")


def test_village_office_helper_bounds() -> None:
    own = frozenset({"nama_desa", "kantor"})
    index: dict[str, JSONValue] = {"nama_desa": "Sepaso", "kantor": "Kantor Desa Sepaso"}
    assert village_office(index, own, "Sepaso") == "Kantor Desa Sepaso"
    # A partial word is no village: "Sepaso Timur" holds "Sepaso", "Sepasoan" does not.
    index["kantor"] = "Kantor Desa Sepasoan"
    assert village_office(index, own, "Sepaso") is None
    # An address is no office.
    index["kantor"] = "https://desa.example/Sepaso"
    assert village_office(index, own, "Sepaso") is None
    # A village field inherited from a group (not the record's own) counts not.
    index["kantor"] = "Kantor Desa Sepaso"
    assert village_office(index, frozenset({"kantor"}), "Sepaso") is None
    assert is_village(index, own, "sepaso")
    assert not is_village(index, own, "Bengalon")


@pytest.mark.parametrize(
    "text",
    [
        "Online - Camera offline",
        "Aktif - Kamera tidak tayang",
        "Aktif - Tidak ada sinyal",
        "Connected - No signal",
        "Active - No video",
        "Normal - Putus",
        "Aktif - Mati lampu",
        "Tersedia - Habis",
        "On - Standby",
    ],
)
def test_an_online_state_whose_dashed_note_says_it_is_down_states_nothing(text: str) -> None:
    assert parse_status(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Non Aktif - Perbaikan", False), ("Offline — Kabel Putus", False), ("Aktif – 24 Jam", True)],
)
def test_dashed_notes_agreeing_with_their_state_still_read(text: str, expected: bool) -> None:
    assert parse_status(text) is expected


def test_an_office_name_is_read_like_every_name_entities_decoded_markup_dropped() -> None:
    records = [
        {
            "id": 1,
            "nama_desa": "Sepaso",
            "kantor": "Kantor Desa Sepaso &amp; Aula",
            "hls": "https://cctv.kutimkab.example/hls/1/index.m3u8",
        },
        {
            "id": 2,
            "nama_desa": "Sepaso&nbsp;Timur",
            "kantor": "Kantor Desa Sepaso Timur &lt;script&gt;alert(1)&lt;/script&gt;",
            "hls": "https://cctv.kutimkab.example/hls/2/index.m3u8",
        },
    ]
    found = parse_body(
        json.dumps({"data": records}),
        profile=Profile.AUTO,
        base_url="https://cctv.kutimkab.example/api",
        prettify=False,
    ).cameras
    assert [camera.name for camera in found] == [
        "Kantor Desa Sepaso & Aula",
        "Kantor Desa Sepaso Timur",
    ]
    assert not any("<" in camera.raw_name or "&lt;" in camera.raw_name for camera in found)
