"""A place holding its own camera rows: the kecamatan it names places them; RT/RW is no area."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

_BASE = "https://psu.kutim.example/api/perumahan"


def _cameras(value: object, base: str = _BASE) -> list[Camera]:
    return list(parse_body(json.dumps(value), profile=Profile.AUTO, base_url=base).cameras)


def _estate(estate_id: int, name: str, **fields: object) -> dict[str, object]:
    return {
        "id": estate_id,
        "nama_perumahan": name,
        **fields,
        "cctvs": [
            {
                "id": estate_id * 10 + 1,
                "nama_cctv": "Gerbang Utama",
                "ip_cctv": "192.168.1.64",
                "video": f"https://video.kutim.example/hls/{estate_id}-gerbang/index.m3u8",
                "perumahanId": estate_id,
            },
            {
                "id": estate_id * 10 + 2,
                "nama_cctv": "Pos Satpam",
                "ip_cctv": "192.168.1.65",
                "video": f"https://video.kutim.example/hls/{estate_id}-pos/index.m3u8",
                "perumahanId": estate_id,
            },
        ],
    }


def test_estate_list_places_cameras_in_its_kecamatan() -> None:
    answer = {
        "status": "OK",
        "data": [
            _estate(
                3, "Perumahan Griya Asri", kecamatan="Sangatta Utara", kelurahan="Teluk Lingga"
            ),
            _estate(4, "Perumahan Kabo Permai", kecamatan="Sangatta Selatan"),
        ],
    }
    cameras = _cameras(answer)
    assert [(c.id, c.area) for c in cameras] == [
        ("31", "Sangatta Utara"),
        ("32", "Sangatta Utara"),
        ("41", "Sangatta Selatan"),
        ("42", "Sangatta Selatan"),
    ]


def test_single_estate_wrapper_places_cameras_in_its_kecamatan() -> None:
    answer = {"perumahan": _estate(9, "Perumahan Bukit Pelangi", kecamatan="Sangatta Utara")}
    assert {c.area for c in _cameras(answer)} == {"Sangatta Utara"}


def test_private_ip_field_is_never_media() -> None:
    estate = _estate(5, "Perumahan Bengalon Indah", kecamatan="Bengalon")
    cctvs = estate["cctvs"]
    assert isinstance(cctvs, list)
    cctvs[1]["video"] = "rtsp://admin:Rahasia1@192.168.1.65:554/Streaming/Channels/101"
    cameras = _cameras({"status": "OK", "data": [estate]})
    assert [c.id for c in cameras] == ["51"]
    for camera in cameras:
        urls = (camera.stream_url, camera.snapshot_url, camera.mjpeg_url)
        assert all(url is None or "192.168." not in url for url in urls)
        assert all(url is None or "Rahasia1" not in url for url in urls)


def test_region_or_kabupaten_stays_below_the_place_name() -> None:
    # A volcano's region (or a beach's kabupaten) is coarser than the place: its name wins.
    answer = [
        {
            "id": "etna",
            "name": "Etna",
            "region": "Sicilia",
            "lives": [
                {
                    "volcano_id": "etna",
                    "url": "https://www.youtube.com/watch?v=abcdefghijk",
                    "name": "Etna live",
                },
                {
                    "volcano_id": "etna",
                    "url": "https://www.youtube.com/watch?v=bcdefghijkl",
                    "name": "Etna south",
                },
            ],
        }
    ]
    cameras = _cameras(answer, "https://volcano.example/api/volcanoes")
    assert cameras and {c.area for c in cameras} == {"Etna"}


def test_estate_without_kecamatan_keeps_its_name() -> None:
    answer = {
        "status": "OK",
        "data": [_estate(6, "Perumahan Swarga Bara", kabupaten="Kutai Timur")],
    }
    assert {c.area for c in _cameras(answer)} == {"Perumahan Swarga Bara"}


def test_kecamatan_not_matching_the_area_read_changes_nothing() -> None:
    # A kecamatan field holding a code is no name: the estate's name stays the area.
    answer = {"status": "OK", "data": [_estate(7, "Perumahan Munthe", kecamatan="6408011")]}
    assert {c.area for c in _cameras(answer)} == {"Perumahan Munthe"}


def _rt_row(
    camera_id: int, kecamatan: dict[str, object] | None, category: str
) -> dict[str, object]:
    return {
        "id": camera_id,
        "name": f"RT {camera_id:02d} Sangatta",
        "liveViewUrl": f"https://tilik.kutim.example/live/{camera_id}/video1_stream.m3u8",
        "ipaddress": "192.168.201.41",
        "kelurahan": {"nama_kelurahan": "Singa Gembara", "kecamatan": kecamatan}
        if kecamatan is not None
        else None,
        "location": {"id": 4, "name": category},
    }


def test_rt_rw_category_is_no_area() -> None:
    rows = [
        _rt_row(1, {"nama_kecamatan": "Sangatta Utara"}, "RT/RW"),
        _rt_row(2, None, "RT/RW"),
        _rt_row(3, None, "RT - RW"),
        _rt_row(4, None, "rt/rw"),
    ]
    cameras = _cameras(
        {"meta": {"code": 200}, "data": rows}, "https://tilik.kutim.example/api/cctv"
    )
    assert [(c.id, c.area) for c in cameras] == [
        ("1", "Sangatta Utara"),
        ("2", None),
        ("3", None),
        ("4", None),
    ]


def test_other_categories_and_numbered_units_are_unchanged() -> None:
    rows = [_rt_row(5, None, "Pasar Induk"), _rt_row(6, None, "RT Sejahtera Bersama")]
    cameras = _cameras({"data": rows}, "https://tilik.kutim.example/api/cctv")
    assert [(c.id, c.area) for c in cameras] == [
        ("5", "Pasar Induk"),
        ("6", "RT Sejahtera Bersama"),
    ]


def test_neighbourhood_kind_helper() -> None:
    from custom_components.kutim_cctv.portal.values import neighbourhood_kind

    assert neighbourhood_kind("RT/RW")
    assert neighbourhood_kind(" rt - rw ")
    assert neighbourhood_kind("RW")
    assert not neighbourhood_kind("RT 07")
    assert not neighbourhood_kind("RT/RW 05 Sangatta")
    assert not neighbourhood_kind("Rantau")
    assert not neighbourhood_kind(None)
    assert not neighbourhood_kind("RT/" * 1000)
