"""Areas joined from a sibling list of places, and lists of records keyed by camera names.

A camera cloud's home screen (Blink's ``{networks: [{id, name}], cameras: [{network_id}]}``)
lists the places its cameras belong to beside them: a ``<place>_id`` field whose every
value is the id of a record of the sibling list named for that place gives the camera
that place's name as its area. Fields naming people or devices (``user_id`` beside
``users``) join nothing, nor does a field with an id the list lacks.

A status answer written one camera a list entry under its name (``[{"Kenyamukan -
Dermaga Penumpang": {id, nama_lokasi, stream_url}}]``) is named by the keys; the place
field inside (``nama_lokasi``, ``lokasi``) never overrides a title key, while a camera
name field of the record's own (``nama_cctv``) still wins."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://rest-kt9.cams.kutimkab.example/api/v3/accounts/1/homescreen"


def _parse(value: object, base: str = BASE) -> list[Camera]:
    return parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def _cam(ident: int, name: str, **extra: object) -> dict[str, object]:
    return {"id": ident, "name": name, "thumbnail": f"/media/cam/{ident}/clip", **extra}


NETWORKS = [{"id": 71, "name": "Puskesmas Wahau", "armed": True}, {"id": 72, "name": "Kantor Desa"}]


def test_network_id_names_the_network_as_area() -> None:
    cameras = _parse(
        {
            "networks": NETWORKS,
            "sync_modules": [{"id": 5, "name": "Sync", "network_id": 71, "status": "online"}],
            "cameras": [_cam(1, "Pintu IGD", network_id=71), _cam(2, "Balai", network_id=72)],
        }
    )
    assert [(c.raw_name, c.area) for c in cameras] == [
        ("Pintu IGD", "Puskesmas Wahau"),
        ("Balai", "Kantor Desa"),
    ]
    assert cameras[0].snapshot_url == "https://rest-kt9.cams.kutimkab.example/media/cam/1/clip"


def test_site_id_joins_sites_but_user_id_joins_no_owner() -> None:
    cameras = _parse(
        {
            "users": [{"id": 1, "name": "Operator Dishub"}, {"id": 2, "name": "Admin"}],
            "sites": [{"id": "s1", "name": "Pasar Induk"}, {"id": "s2", "name": "Terminal Kabo"}],
            "cameras": [
                _cam(1, "Los Ikan", site_id="s1", user_id=1),
                _cam(2, "Jalur", user_id=2, site_id="s2"),
            ],
        }
    )
    assert [(c.raw_name, c.area) for c in cameras] == [
        ("Los Ikan", "Pasar Induk"),
        ("Jalur", "Terminal Kabo"),
    ]
    only_users = _parse(
        {
            "users": [{"id": 1, "name": "Operator Dishub"}, {"id": 2, "name": "Admin"}],
            "cameras": [_cam(1, "Los Ikan", user_id=1), _cam(2, "Jalur", user_id=2)],
        }
    )
    assert [c.area for c in only_users] == [None, None]


def test_an_id_the_list_lacks_joins_nothing() -> None:
    cameras = _parse(
        {
            "networks": NETWORKS,
            "cameras": [_cam(1, "A", network_id=71), _cam(2, "B", network_id=99)],
        }
    )
    assert [c.area for c in cameras] == [None, None]


def test_an_own_area_is_kept() -> None:
    cameras = _parse(
        {
            "networks": NETWORKS,
            "cameras": [
                _cam(1, "A", network_id=71, area="Sangatta Utara"),
                _cam(2, "B", network_id=72),
            ],
        }
    )
    assert [c.area for c in cameras] == ["Sangatta Utara", "Kantor Desa"]


def test_places_without_ids_or_names_are_no_table() -> None:
    cameras = _parse(
        {
            "networks": [{"name": "Puskesmas Wahau"}, {"name": "Kantor Desa"}],
            "cameras": [_cam(1, "A", network_id=71), _cam(2, "B", network_id=72)],
        }
    )
    assert [c.area for c in cameras] == [None, None]


STATUS = "https://vision.dishub.kutimkab.example/api/cctv/status"


def _hls(slug: str) -> str:
    return f"https://vision.dishub.kutimkab.example/hls/{slug}/index.m3u8"


def test_a_list_keyed_by_camera_names_is_named_by_its_keys() -> None:
    cameras = _parse(
        [
            {
                "Kenyamukan - Dermaga": {
                    "id": "a1",
                    "nama_lokasi": "Pelabuhan Kenyamukan",
                    "stream_url": _hls("k1"),
                }
            },
            {
                "Kenyamukan - Parkir": {
                    "id": "a2",
                    "nama_lokasi": "Pelabuhan Kenyamukan",
                    "stream_url": _hls("k2"),
                }
            },
            {
                "Tanjung Bara - Apron": {
                    "id": "a3",
                    "lokasi": "Bandara Tanjung Bara",
                    "stream_url": _hls("tb"),
                }
            },
        ],
        STATUS,
    )
    assert [(c.id, c.raw_name) for c in cameras] == [
        ("a1", "Kenyamukan - Dermaga"),
        ("a2", "Kenyamukan - Parkir"),
        ("a3", "Tanjung Bara - Apron"),
    ]


def test_an_own_camera_name_beats_the_key() -> None:
    cameras = _parse(
        [
            {
                "Pelabuhan Maloy": {
                    "id": "m1",
                    "nama_cctv": "Maloy - Dermaga Curah",
                    "hls": _hls("m1"),
                }
            },
            {
                "Pantai Teluk Lombok": {
                    "id": "t1",
                    "lokasi": "Pantai Teluk Lombok",
                    "hls": _hls("t1"),
                }
            },
        ],
        STATUS,
    )
    assert [c.raw_name for c in cameras] == ["Maloy - Dermaga Curah", "Pantai Teluk Lombok"]


def test_wrapper_keys_and_repeated_keys_are_no_titles() -> None:
    wrapped = _parse(
        [
            {"cctv": {"id": 1, "nama_lokasi": "Simpang Tiga", "stream_url": _hls("s1")}},
            {"cctv": {"id": 2, "nama_lokasi": "Bundaran Singa", "stream_url": _hls("s2")}},
        ],
        STATUS,
    )
    assert [c.raw_name for c in wrapped] == ["Simpang Tiga", "Bundaran Singa"]
    repeated = _parse(
        [
            {
                "Kamera Pelabuhan": {
                    "id": 1,
                    "nama_lokasi": "Dermaga Satu",
                    "stream_url": _hls("d1"),
                }
            },
            {"Kamera Pelabuhan": {"id": 2, "nama_lokasi": "Dermaga Dua", "stream_url": _hls("d2")}},
        ],
        STATUS,
    )
    assert [c.raw_name for c in repeated] == ["Dermaga Satu", "Dermaga Dua"]


def test_a_keyed_lan_stream_among_public_ones_is_left_out() -> None:
    cameras = _parse(
        [
            {"Terminal - Jalur": {"id": "t1", "stream_url": _hls("t1")}},
            {"Terminal - Halte": {"id": "t3", "stream_url": _hls("t3")}},
            {"Bandara - Apron": {"id": "b1", "stream_url": _hls("b1")}},
            {"Terminal - Ruang Tunggu": {"id": "t2", "stream_url": "rtsp://10.30.2.41:554/ch1"}},
        ],
        STATUS,
    )
    assert [(c.id, c.raw_name) for c in cameras] == [
        ("t1", "Terminal - Jalur"),
        ("t3", "Terminal - Halte"),
        ("b1", "Bandara - Apron"),
    ]
