"""Watched features as areas, a picture's full copy beside its smaller ones, building rooms."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://pantau.bpbd.kutim.example/ashcam-api/webcamApi/webcams"
IMG = "https://pantau.bpbd.kutim.example/ashcam-api/images/{}/{}.jpg"
HLS = "https://media.dishub.kutim.example/hls/{}/index.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def webcam(code: str, feature: str, **extra: object) -> dict[str, object]:
    """Return an Ashcam-style webcam record with its current picture and smaller copies."""
    return {
        "webcamCode": code,
        "webcamName": f"Kamera {code.title()}",
        "vName": feature,
        "vnum": "KT0301",
        "latitude": 0.93,
        "longitude": 117.64,
        "hasImages": "Y",
        **extra,
        "currentImageUrl": IMG.format(code, "current"),
        "currentMediumImageUrl": IMG.format(code, "current-medium"),
        "currentThumbImageUrl": IMG.format(code, "current-thumb"),
    }


def test_watched_feature_is_the_area_and_the_full_picture_the_still() -> None:
    found = cameras({"webcams": [webcam("beriun", "Gunung Beriun"), webcam("karst", "Karst")]})
    assert [(c.id, c.area, c.snapshot_url) for c in found] == [
        ("beriun", "Gunung Beriun", IMG.format("beriun", "current")),
        ("karst", "Karst", IMG.format("karst", "current")),
    ]


def test_volcano_name_field_is_the_area_but_a_bare_volcano_code_is_not() -> None:
    rows = [
        {"id": "a1", "name": "Kawah Utara", "volcano_name": "Gunung Beriun"},
        {"id": "a2", "name": "Kawah Selatan", "volcano": "kt-beriun", "vnum": "KT0301"},
    ]
    for row in rows:
        row["image"] = IMG.format(row["id"], "current")
    found = cameras({"data": rows})
    assert [(c.id, c.area) for c in found] == [("a1", "Gunung Beriun"), ("a2", None)]


def test_a_record_named_by_its_feature_field_is_the_feature_not_its_area() -> None:
    # A volcano observatory's table (``gm_nama_gunung`` beside its province) or a list of
    # volcanoes under ``volcano_name``: each record is the volcano, named by that field,
    # and keeps the area it had (its province, else none).
    prefixed = [
        {
            "gm_code": code,
            "gm_nama_gunung": name,
            "gm_prov_bnpb": province,
            "cctv_url": IMG.format(code, "current"),
        }
        for code, name, province in (
            ("KLD", "Kelud", "Jawa Timur"),
            ("SLM", "Slamet", "Jawa Tengah"),
        )
    ]
    assert [(c.id, c.raw_name, c.area) for c in cameras(prefixed)] == [
        ("KLD", "Kelud", "Jawa Timur"),
        ("SLM", "Slamet", "Jawa Tengah"),
    ]
    named = [
        {"code": code, "volcano_name": name, "image": IMG.format(code, "current")}
        for code, name in (("KLD", "Kelud"), ("SLM", "Slamet"))
    ]
    assert [(c.id, c.raw_name, c.area) for c in cameras(named)] == [
        ("KLD", "Kelud", None),
        ("SLM", "Slamet", None),
    ]


def test_owner_copy_under_external_url_never_beats_the_services_picture() -> None:
    owner = "https://webcam.tambang.example/ridge/latest.jpg"
    found = cameras({"webcams": [webcam("ridge", "Gunung Beriun", externalUrl=owner)]})
    assert [c.snapshot_url for c in found] == [IMG.format("ridge", "current")]


def test_a_smaller_copy_alone_is_the_still() -> None:
    record = webcam("pr01", "Sungai Sangatta")
    record["currentImageUrl"] = None
    record.pop("currentThumbImageUrl")
    found = cameras({"webcams": [record]})
    assert [c.snapshot_url for c in found] == [IMG.format("pr01", "current-medium")]


def test_plain_twin_on_a_lan_host_is_never_media() -> None:
    record = webcam("lan", "Gunung Beriun")
    record["currentImageUrl"] = "http://192.168.1.20/snap/current.jpg"
    found = cameras({"webcams": [record]})
    assert found
    for camera in found:
        assert "192.168." not in (camera.snapshot_url or "")
        assert camera.stream_url is None


def test_plain_twin_on_a_lan_host_name_is_never_media() -> None:
    # Wildcard names spelling a private address, loopback wildcard domains and single
    # labels are the local network as much as a literal private address is.
    for host in ("10.0.0.5.nip.io", "cam.localhost.direct", "nvr"):
        record = webcam("lan", "Gunung Beriun")
        record["currentImageUrl"] = f"http://{host}/img/current.jpg"
        found = cameras({"webcams": [record]})
        assert [c.snapshot_url for c in found] == [IMG.format("lan", "current-medium")], host


def test_a_stream_under_the_plain_name_is_no_picture() -> None:
    found = cameras(
        {
            "cameras": [
                {
                    "id": "s1",
                    "name": "Simpang Tiga",
                    "live_stream_url": HLS.format("s1"),
                    "live_stream_small_url": IMG.format("s1", "small"),
                }
            ]
        }
    )
    assert [(c.stream_url, c.snapshot_url) for c in found] == [
        (HLS.format("s1"), IMG.format("s1", "small"))
    ]


def rooms(building_key: bool, room_ref: bool) -> list[dict[str, object]]:
    """Return a building's rooms holding their cameras (Laravel's RoomResource)."""
    out: list[dict[str, object]] = []
    for number, name in ((1, "Lobi Utama"), (2, "Halaman Uji KIR")):
        room: dict[str, object] = {"id": number, "name": name}
        if building_key:
            room["building_id"] = 1
        cams = []
        for index in (1, 2):
            cam: dict[str, object] = {
                "id": number * 10 + index,
                "name": f"{name} - Kamera {index}",
                "ip_rtsp_url": f"rtsp://admin:Rahasia1@cam{number}{index}.dishub.kutim.example:554/stream",
            }
            if room_ref:
                cam["room_id"] = number
            cams.append(cam)
        room["cctvs"] = cams
        out.append(room)
    return out


def test_rooms_of_a_building_give_no_area_and_logins_are_dropped() -> None:
    for building_key, room_ref in ((True, True), (True, False), (False, True)):
        found = cameras({"success": True, "data": rooms(building_key, room_ref)})
        assert [c.id for c in found] == ["11", "12", "21", "22"]
        assert {c.area for c in found} == {None}
        for camera in found:
            assert camera.stream_url is not None
            assert "Rahasia1" not in camera.stream_url and "admin" not in camera.stream_url


def test_a_room_camera_on_a_private_address_is_left_out() -> None:
    data = rooms(True, True)
    data[0]["cctvs"][0]["ip_rtsp_url"] = "rtsp://admin:Rahasia1@192.168.5.11:554/stream"  # type: ignore[index]
    found = cameras({"data": data})
    assert [c.id for c in found] == ["12", "21", "22"]


def test_districts_holding_their_cameras_keep_their_name_as_area() -> None:
    data = [
        {
            "id": number,
            "name": district,
            "cctvs": [
                {"id": number * 10 + i, "location_id": number, "name": f"{district} {i}"}
                | {"url": HLS.format(f"{number}-{i}")}
                for i in (1, 2)
            ],
        }
        for number, district in ((1, "Sangatta Utara"), (2, "Bengalon"))
    ]
    found = cameras({"data": data})
    assert [c.area for c in found] == ["Sangatta Utara"] * 2 + ["Bengalon"] * 2


def test_a_floor_field_alone_leaves_a_district_or_building_its_area() -> None:
    # A null ``floor`` or a building telling how many floors it has is the site, not a
    # room of a building.
    for first, second in (
        (("Sangatta Utara", "floor", None), ("Bengalon", "floor", None)),
        (("Mall Sangatta", "floor", "3 lantai"), ("Pasar Induk Bengalon", "lantai", 2)),
    ):
        data = [
            {
                "id": number,
                "name": name,
                key: value,
                "cameras": [
                    {"id": f"{number}{i}", "name": f"Simpang {number}{i}"}
                    | {"snapshot": f"https://cctv.kutim.example/{number}{i}.jpg"}
                    for i in (1, 2)
                ],
            }
            for number, (name, key, value) in enumerate((first, second), 1)
        ]
        found = cameras(data)
        assert [c.area for c in found] == [first[0]] * 2 + [second[0]] * 2


def test_a_null_building_reference_makes_no_room() -> None:
    data = rooms(True, False)
    for room in data:
        room["building_id"] = None
    found = cameras({"data": data})
    assert [c.area for c in found] == ["Lobi Utama"] * 2 + ["Halaman Uji KIR"] * 2


def poles(refer: bool) -> list[dict[str, object]]:
    """Return camera poles named road @ cross place, each holding its map cameras."""
    out: list[dict[str, object]] = []
    for number, site in (
        (101, "SH-1 @ Simpang Tiga Sangatta"),
        (102, "Jl. Pelabuhan @ Kenyamukan"),
    ):
        cams = []
        for index in (1, 2):
            cam: dict[str, object] = {
                "id": number * 10 + index,
                "location": f"Kamera {number}-{index}",
                "latitude": "0.5",
                "longitude": "117.5",
                "streamDictionary": {"streamSrc": HLS.format(f"{number}-{index}")},
            }
            if refer:
                cam["cameraPoleId"] = number
            cams.append(cam)
        out.append({"id": number, "description": site, "mapCameras": cams})
    return out


def test_a_pole_its_cameras_refer_to_is_their_area_even_written_as_a_road() -> None:
    found = cameras(poles(refer=True))
    assert [c.area for c in found] == ["SH-1 @ Simpang Tiga Sangatta"] * 2 + [
        "Jl. Pelabuhan @ Kenyamukan"
    ] * 2


def test_a_road_named_group_without_pole_references_stays_no_area() -> None:
    found = cameras(poles(refer=False))
    assert len(found) == 4
    assert {c.area for c in found} == {None}


def test_a_pole_camera_on_a_private_address_is_left_out() -> None:
    data = poles(refer=True)
    data[0]["mapCameras"][0]["streamDictionary"] = {"streamSrc": "rtsp://10.40.2.22:554/live"}  # type: ignore[index]
    found = cameras(data)
    assert [c.id for c in found] == ["1012", "1021", "1022"]
