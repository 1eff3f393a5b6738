"""Columns framed by the camera word and kind columns titling cameras, read after holdout 32.

A camera table that ends every column with its camera word (``type_cctv``,
``address_cctv``, ``link_cctv``, ``kota_cctv``, ``lat_cctv``) is read as if the columns
had their plain names: ``link`` is the camera's link (a picture with a login loses the
login), ``kota`` its city, ``ip`` no page at all. A field already known under its framed
name (``nama_cctv``, ``lokasi_cctv``, ``kode_cctv``) keeps it; a record where fewer than
three fields, or only half of them, carry the suffix is read as before.

A column header's note in parentheses (``RTSP (internal)``, ``HLS (VM)``, ``Lat (WGS84)``)
is no part of its name when the words before it name a known field and no word of the
note does (``Lokasi CCTV (latitude,longitude)`` stays whole). Of a record's RTSP address
and an HLS address, the HLS one is its stream, whichever column comes first.

A column named for the camera's kind (``type``, ``jenis``, ``type_cctv``) whose value
differs on every record of a list of four or more, each value a title of letters (most of
several words, never a format word), names each camera where no name field does, before
its street address. A kind repeated across the list (``cctv arteri``, ``PTZ``) never does.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.prefixed import camera_suffix, unsuffixed
from custom_components.kutim_cctv.portal.values import norm_key

BASE = "https://k3i.polda.example/masterdata/cctv/getCCTV"


def cameras(records: list[dict[str, object]], base: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON list of records as an Automatic portal answer."""
    body = json.dumps({"status": True, "data": records})
    return parse_body(body, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _suffixed(number: int, **fields: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": number,
        "address_cctv": f"Jl. Raya Nomor {number}",
        "ip_cctv": "https://vms.polda.example",
        "link_cctv": f"https://vms.polda.example/snapshot/cam{number}.jpg",
        "lat_cctv": f"-7.3{number}",
        "lng_cctv": f"112.7{number}",
        "status_cctv": 1,
    }
    record.update(fields)
    return record


# Camera-word suffixes.


def test_the_camera_suffix_is_that_of_most_fields() -> None:
    assert camera_suffix(frozenset({"id", "type_cctv", "link_cctv", "lat_cctv"})) == "_cctv"
    assert camera_suffix(frozenset({"id", "nama_kamera", "url_kamera", "kota_kamera"})) == (
        "_kamera"
    )


def test_a_few_suffixed_fields_make_no_suffix() -> None:
    assert camera_suffix(frozenset({"id", "nama", "link_cctv", "lat_cctv"})) is None
    assert camera_suffix(frozenset({"id", "name", "url", "lat", "lng", "a_cctv", "b_cctv"})) is (
        None
    )
    assert camera_suffix(frozenset({"cctv", "_cctv", "1_cctv", "name"})) is None


def test_suffixed_fields_take_their_plain_names_in_place() -> None:
    index: dict[str, object] = {"type_cctv": "A", "link_cctv": "u", "kota_cctv": "K", "id": 1}
    renamed, own = unsuffixed(index, frozenset(index), "_cctv")  # type: ignore[arg-type]
    assert list(renamed) == ["type", "link", "kota", "id"]
    assert own == frozenset({"type", "link", "kota", "id"})


def test_known_framed_names_and_taken_plain_names_stay() -> None:
    index: dict[str, object] = {
        "nama_cctv": "A",
        "lokasi_cctv": "B",
        "kode_cctv": "C",
        "link_cctv": "u",
        "link": "v",
    }
    renamed, _own = unsuffixed(index, frozenset(index), "_cctv")  # type: ignore[arg-type]
    assert list(renamed) == ["nama_cctv", "lokasi_cctv", "kode_cctv", "link_cctv", "link"]


def test_a_suffixed_city_column_is_the_area() -> None:
    found = cameras(
        [
            {
                "id": 1,
                "name_cctv": "Tugu Kujang",
                "kota_cctv": "Kota Bogor",
                "link_cctv": "https://s.example/hls/a.m3u8",
            },
            {
                "id": 2,
                "name_cctv": "Simpang Ciawi",
                "kota_cctv": "Kabupaten Bogor",
                "link_cctv": "https://s.example/hls/b.m3u8",
            },
        ]
    )
    assert [(c.name, c.area) for c in found] == [
        ("Tugu Kujang", "Kota Bogor"),
        ("Simpang Ciawi", "Kabupaten Bogor"),
    ]


def test_a_suffixed_kecamatan_still_beats_the_city() -> None:
    found = cameras(
        [
            {
                "id": 1,
                "nama_cctv": "Tugu",
                "kecamatan_cctv": "Bogor Tengah",
                "kota_cctv": "Kota Bogor",
                "link_cctv": "https://s.example/hls/a.m3u8",
            },
        ]
    )
    assert [c.area for c in found] == ["Bogor Tengah"]


def test_a_suffixed_link_with_a_login_is_the_still_without_it() -> None:
    picture = "dewaruci-cam.polda.example:8081/ISAPI/Streaming/channels/101/picture"
    found = cameras(
        [
            _suffixed(
                1, link_cctv=f"http://admin:AntPass77@{picture}", ip_cctv="http://203.0.113.9:8081"
            ),
            _suffixed(2),
        ]
    )
    assert found[0].snapshot_url == f"http://{picture}"
    assert found[0].stream_url is None
    assert "AntPass77" not in json.dumps([c.snapshot_url for c in found])


def test_a_suffixed_ip_column_is_no_page() -> None:
    found = cameras(
        [
            _suffixed(
                1,
                link_cctv="https://transcode.example/showcam.php?channel=3",
                ip_cctv="https://satudata.example/peta-cctv",
            ),
            _suffixed(2, link_cctv="", ip_cctv="https://vms.polda.example"),
            _suffixed(3),
        ]
    )
    assert [(c.id, c.stream_url) for c in found] == [
        ("1", "https://transcode.example/showcam.php?channel=3"),
        ("3", None),
    ]


def test_a_lone_suffixed_field_is_read_as_before() -> None:
    found = cameras(
        [{"id": 1, "nama": "Simpang", "link_cctv": "https://satudata.example/peta-cctv"}]
    )
    assert [c.stream_url for c in found] == ["https://satudata.example/peta-cctv"]


# Kind columns titling cameras.


def _titled(*titles: str) -> list[dict[str, object]]:
    return [
        _suffixed(n, type_cctv=title, kategori_cctv="CCTV SIMPANG")
        for n, title in enumerate(titles, start=1)
    ]


def test_a_kind_column_differing_on_every_record_names_the_cameras() -> None:
    found = cameras(
        _titled("Simpang Bundaran Waru", "Flyover Aloha", "Gerbang Tol Waru", "Bundaran Satelit")
    )
    assert [c.name for c in found] == [
        "Simpang Bundaran Waru",
        "Flyover Aloha",
        "Gerbang Tol Waru",
        "Bundaran Satelit",
    ]


def test_a_plain_jenis_column_of_titles_names_the_cameras() -> None:
    records = [
        {
            "id": n,
            "jenis": title,
            "alamat": f"Jl. Nomor {n}",
            "url": f"https://s.example/hls/{n}.m3u8",
        }
        for n, title in enumerate(
            ("Pantai Sanur", "Pelabuhan Padang Bay", "Pasar Badung", "Terminal Mengwi"), start=1
        )
    ]
    assert [c.name for c in cameras(records)] == [
        "Pantai Sanur",
        "Pelabuhan Padang Bay",
        "Pasar Badung",
        "Terminal Mengwi",
    ]


def test_a_repeated_kind_never_names_a_camera() -> None:
    found = cameras(_titled("cctv arteri", "cctv arteri", "cctv gerbang", "cctv arteri"))
    assert [c.name for c in found] == [f"Jl. Raya Nomor {n}" for n in range(1, 5)]


def test_a_kind_column_of_too_few_records_never_names_a_camera() -> None:
    found = cameras(_titled("Simpang Bundaran Waru", "Flyover Aloha", "Gerbang Tol Waru"))
    assert [c.name for c in found] == [f"Jl. Raya Nomor {n}" for n in range(1, 4)]


def test_single_word_or_format_kinds_never_name_a_camera() -> None:
    found = cameras(_titled("PTZ", "Fixed", "Dome", "Bullet"))
    assert [c.name for c in found] == [f"Jl. Raya Nomor {n}" for n in range(1, 5)]
    found = cameras(_titled("hls", "mjpeg", "Simpang Satu Dua", "Simpang Tiga Empat"))
    assert [c.name for c in found] == [f"Jl. Raya Nomor {n}" for n in range(1, 5)]


def test_a_name_field_beats_a_kind_column_of_titles() -> None:
    records = _titled(
        "Simpang Bundaran Waru", "Flyover Aloha", "Gerbang Tol Waru", "Bundaran Satelit"
    )
    for n, record in enumerate(records, start=1):
        record["nama_cctv"] = f"Kamera {n}"
    assert [c.name for c in cameras(records)] == [f"Kamera {n}" for n in range(1, 5)]


# Header notes and RTSP beside HLS.


def test_a_header_note_naming_no_field_is_dropped() -> None:
    assert norm_key("RTSP (internal)") == "rtsp"
    assert norm_key("HLS (VM)") == "hls"
    assert norm_key("Lat (WGS84)") == "lat"
    assert norm_key("Snapshot (JPEG)") == "snapshot"


def test_a_header_note_naming_a_field_or_after_an_unknown_name_stays() -> None:
    assert norm_key("Lokasi CCTV (latitude,longitude)") == "lokasi_cctv_(latitude,longitude)"
    assert norm_key("RTSP URL (main stream)") == "rtsp_url_(main_stream)"
    assert norm_key("Ruangan (lantai)") == "ruangan_(lantai)"
    assert norm_key("(internal)") == "(internal)"


LAN = "http://10.21.0.19/cctv/kamera.csv"
_HEADER = "No;Ruangan;RTSP (DVR);HLS (VM)\n"


def _csv(*rows: str) -> tuple[Camera, ...]:
    body = _HEADER + "\n".join(rows) + "\n"
    return parse_body(body, profile=Profile.AUTO, base_url=LAN, prettify=False).cameras


def test_an_rtsp_only_row_keeps_its_rtsp_without_the_login() -> None:
    found = _csv(
        "1;Ruang Guru;rtsp://admin:RahasiaKutim1@10.21.0.14:554/mode=real&idc=2&ids=1;",
        "2;Perpustakaan;rtsp://admin:RahasiaKutim1@10.21.0.14:554/mode=real&idc=5&ids=1;",
    )
    assert [c.stream_url for c in found] == [
        "rtsp://10.21.0.14:554/mode=real&idc=2&ids=1",
        "rtsp://10.21.0.14:554/mode=real&idc=5&ids=1",
    ]


def test_hls_beside_rtsp_is_the_stream() -> None:
    found = _csv(
        "1;Ruang Guru;rtsp://admin:RahasiaKutim1@10.21.0.14:554/mode=real&idc=2&ids=1;"
        "http://10.21.0.19:8080/hls/guru/index.m3u8",
    )
    assert [c.stream_url for c in found] == ["http://10.21.0.19:8080/hls/guru/index.m3u8"]


def test_rtsp_never_replaces_hls_nor_a_still() -> None:
    records = [
        {
            "nama": "A",
            "hls": "https://s.example/hls/a/index.m3u8",
            "rtsp": "rtsp://s.example:554/a",
        },
        {"nama": "B", "rtsp": "rtsp://s.example:554/b", "snapshot": "https://s.example/b.jpg"},
    ]
    found = cameras(records, base="https://portal.example/api/cameras")
    assert [(c.stream_url, c.snapshot_url) for c in found] == [
        ("https://s.example/hls/a/index.m3u8", None),
        ("rtsp://s.example:554/b", "https://s.example/b.jpg"),
    ]


# Bounds.


def test_many_suffixed_records_with_kind_titles_stay_bounded() -> None:
    records = []
    for n in range(1000):
        record = _suffixed(n, type_cctv=f"Simpang Nomor {n}")
        record.update({f"extra{k}_cctv": f"nilai {k}" for k in range(60)})
        records.append(record)
    found = cameras(records)
    assert found[0].name == "Simpang Nomor 0"
    assert found[0].snapshot_url == "https://vms.polda.example/snapshot/cam0.jpg"
    assert len(found) <= 1000
