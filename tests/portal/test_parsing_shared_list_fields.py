"""Fields read across a whole list: a name field several records share beside their
descriptions, a jurisdiction naming each camera's town, and a view's preview still."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.sharedplace import jurisdiction_places

BASE = "https://lalin.dishub.kutimkab.example/api/cameras"
STILL = "https://lalin.dishub.kutimkab.example/snap/{}.jpg"
HLS = "https://vid.lalin.kutimkab.example/live/{}/playlist.m3u8"

PLACES = ["Simpang Tiga Sangatta", "Taman Bersemi Utama", "Dermaga Kenyamukan", "Pasar Induk"]


def _cams(payload: Any, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def _grouped(key: str, groups: list[str], descriptions: list[str]) -> list[dict[str, Any]]:
    return [
        {"Id": 100 + n, "Description": text, key: group, "ImageUrl": STILL.format(n)}
        for n, (group, text) in enumerate(zip(groups, descriptions, strict=True))
    ]


# --- A name field several records share, beside their descriptions ----------------------


@pytest.mark.parametrize("key", ["TourName", "corridorName", "GroupName", "playlist_name"])
def test_shared_group_name_gives_way_to_descriptions(key: str) -> None:
    groups = ["Pesisir Sangatta", "Pesisir Sangatta", "Poros Bontang", "Poros Kaliorang"]
    cams = _cams(_grouped(key, groups, PLACES))
    assert [c.name for c in cams] == PLACES
    assert [c.id for c in cams] == ["100", "101", "102", "103"]


def test_shared_region_name_is_the_area_not_the_name() -> None:
    regions = ["Sangatta Utara", "Sangatta Utara", "Sangatta Selatan", "Sangatta Selatan"]
    cams = _cams(_grouped("RegionName", regions, PLACES))
    assert [(c.name, c.area) for c in cams] == list(zip(PLACES, regions, strict=True))


def test_xml_tour_list_names_cameras_by_description() -> None:
    body = (
        '<ArrayOfCamera xmlns="http://tempuri.org/">'
        + "".join(
            f"<Camera><Id>{n}</Id><Description>{text}</Description>"
            f"<CameraImageURL>{STILL.format(n)}</CameraImageURL>"
            f"<TourName>{'Tur Pesisir' if n < 2 else 'Tur Kota'}</TourName></Camera>"
            for n, text in enumerate(PLACES)
        )
        + "</ArrayOfCamera>"
    )
    cams = parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [c.name for c in cams] == PLACES


def test_group_name_differing_on_every_record_keeps_naming() -> None:
    groups = ["Kamera Simpang", "Kamera Taman", "Kamera Dermaga", "Kamera Pasar"]
    cams = _cams(_grouped("TourName", groups, PLACES))
    assert [c.name for c in cams] == groups  # nothing shared: the field names each one


@pytest.mark.parametrize(
    "descriptions",
    [
        # one description repeated: it is no camera's own
        ["Kamera lalu lintas", "Kamera lalu lintas", "Dermaga Kenyamukan", "Pasar Induk"],
        # one-word descriptions
        ["Utara", "Selatan", "Timur", "Barat"],
        # an office's name
        ["Dinas Perhubungan Kutim", "Taman Bersemi Utama", "Dermaga Kenyamukan", "Pasar Induk"],
    ],
)
def test_shared_group_name_stays_without_plain_descriptions(descriptions: list[str]) -> None:
    groups = ["Pesisir Sangatta", "Pesisir Sangatta", "Poros Bontang", "Poros Kaliorang"]
    cams = _cams(_grouped("TourName", groups, descriptions))
    assert [c.name for c in cams] == groups


def test_known_name_field_is_never_passed_over() -> None:
    records = [
        {"id": n, "name": "Simpang Tiga", "description": text, "image": STILL.format(n)}
        for n, text in enumerate(PLACES)
    ]
    assert {c.name for c in _cams(records)} == {"Simpang Tiga"}


def test_two_records_are_too_few_to_tell_a_shared_name() -> None:
    cams = _cams(_grouped("TourName", ["Tur Pesisir", "Tur Pesisir"], PLACES[:2]))
    assert [c.name for c in cams] == ["Tur Pesisir", "Tur Pesisir"]


# --- jurisdiction naming each camera's town ---------------------------------------------


def _layer(jurisdictions: list[Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    features = []
    for n, jurisdiction in enumerate(jurisdictions):
        properties = {
            "id": 700 + n,
            "description": PLACES[n % len(PLACES)] + f" {n}",
            "jurisdiction": jurisdiction,
            "image_url": STILL.format(n),
            **(extra or {}),
        }
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [117.5 + n / 100, 0.5]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def test_jurisdictions_naming_places_are_areas() -> None:
    towns = ["Sangatta Utara", "Sangatta Selatan", "Kaubun", "Rantau Pulung", "Kaubun"]
    cams = _cams(_layer(towns))
    assert [c.area for c in cams] == towns


@pytest.mark.parametrize(
    "jurisdictions",
    [
        # one jurisdiction for the whole list: who runs it, or too little to tell
        ["Sangatta Utara"] * 4,
        # two places only
        ["Sangatta Utara", "Kaubun", "Kaubun", "Sangatta Utara"],
        # agencies and codes
        ["Dishub Kutim", "Kaubun", "Bengalon", "Sangkulirang"],
        ["SCDOT", "Kaubun", "Bengalon", "Sangkulirang"],
        ["BPJN Kaltim", "Kaubun", "Bengalon", "Sangkulirang"],
        ["City of Sangatta", "Kaubun", "Bengalon", "Sangkulirang"],
        ["Department of Transportation", "Kaubun", "Bengalon", "Sangkulirang"],
        ["CA", "NV", "OR", "WA"],
        # kinds of jurisdiction written in capitals
        ["SANGATTA FULL PURPOSE", "SANGATTA LIMITED PURPOSE", "SANGATTA 2 MILE ETJ", "KAUBUN"],
        # kinds of jurisdiction or ownership, no places
        ["State", "City", "County", "State", "Federal"],
        ["Federal", "State", "Local", "Private"],
        ["Public", "Private", "Partner"],
        ["Police", "Fire", "Highways"],
        ["State Highway", "Kabupaten", "Kota", "Swasta"],
        # not text, or missing on a record
        [1, 2, 3, 4],
        ["Kaubun", "Bengalon", "Sangkulirang", None],
        # an address or a link
        ["Jl. Yos Sudarso 4", "Kaubun", "Bengalon", "Sangkulirang"],
        ["https://agency.kutimkab.example/", "Kaubun", "Bengalon", "Sangkulirang"],
    ],
)
def test_jurisdictions_that_are_no_places_give_no_area(jurisdictions: list[Any]) -> None:
    cams = _cams(_layer(jurisdictions))
    assert cams and all(c.area is None for c in cams)


def test_jurisdiction_kinds_are_no_places() -> None:
    for kinds in (
        ["State", "City", "County", "State", "Federal"],
        ["Federal", "State", "Local", "Private"],
        ["Public", "Private", "Partner"],
        ["Police", "Fire", "Highways"],
    ):
        assert not jurisdiction_places([{"jurisdiction": kind} for kind in kinds])
    towns = ["Sangatta Utara", "Kaubun", "Rantau Pulung"]
    assert jurisdiction_places([{"jurisdiction": town} for town in towns])


def test_an_area_field_of_the_records_wins_over_jurisdiction() -> None:
    towns = ["Sangatta Utara", "Sangatta Selatan", "Kaubun", "Rantau Pulung"]
    cams = _cams(_layer(towns, {"kecamatan": "Bengalon"}))
    assert {c.area for c in cams} == {"Bengalon"}


def test_jurisdiction_label_and_url_are_not_read() -> None:
    rows = [
        {"camera_id": n, "location_name": PLACES[n], "jurisdiction_label": town}
        | {"screenshot_address": STILL.format(n)}
        for n, town in enumerate(["Sangatta Utara", "Kaubun", "Bengalon", "Sangkulirang"])
    ]
    assert all(c.area is None for c in _cams(rows))
    assert not jurisdiction_places(list(rows))


# --- A view's preview picture as the camera's still --------------------------------------


def _viewed(views: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": 41, "name": "Simpang Tiga Sangatta", "views": views}


@pytest.mark.parametrize(
    "key", ["videoPreviewUrl", "previewUrl", "posterUrl", "thumbnailUrl", "preview_image_url"]
)
def test_video_view_preview_is_the_still(key: str) -> None:
    (cam,) = _cams([_viewed([{"type": "WMP", "url": HLS.format("a"), key: STILL.format("a")}])])
    assert cam.stream_url == HLS.format("a")
    assert cam.snapshot_url == STILL.format("a")


def test_rtmp_view_with_preview_keeps_the_camera_by_its_still() -> None:
    cams = _cams(
        [
            _viewed([{"type": "FLASH", "url": "rtmp://vid.kutimkab.example/live/a"}])
            | {"id": 40, "name": "Tanpa Pratinjau"},
            _viewed(
                [
                    {
                        "type": "FLASH",
                        "url": "rtmp://vid.kutimkab.example/live/b",
                        "videoPreviewUrl": STILL.format("b"),
                    }
                ]
            ),
        ]
    )
    assert [(c.id, c.stream_url, c.snapshot_url) for c in cams] == [("41", None, STILL.format("b"))]


def test_view_own_picture_comes_before_its_preview() -> None:
    view = {"type": "JPEG", "url": STILL.format("full"), "thumbnailUrl": STILL.format("small")}
    (cam,) = _cams([_viewed([view])])
    assert cam.snapshot_url == STILL.format("full")


@pytest.mark.parametrize(
    "preview",
    [
        "https://vid.lalin.kutimkab.example/preview/a.mp4",  # a video clip
        "https://lalin.dishub.kutimkab.example/watch/a",  # a viewer page
        "http://192.168.1.64/ISAPI/Streaming/channels/101/picture",  # LAN device
        "http://10.0.0.5/snap.jpg",  # LAN address
        "https://admin:rahasia@lalin.dishub.kutimkab.example/snap/a.jpg",  # credentials
        "rtmp://vid.kutimkab.example/live/a.jpg",
    ],
)
def test_view_preview_that_is_no_public_picture_is_refused(preview: str) -> None:
    cams = _cams(
        [
            _viewed([{"url": HLS.format("a"), "videoPreviewUrl": preview}]),
            {"id": 42, "name": "Pasar Induk", "image_url": STILL.format("p")},
        ]
    )
    by_id = {c.id: c for c in cams}
    assert by_id["41"].snapshot_url is None
    assert by_id["41"].stream_url == HLS.format("a")


@pytest.mark.parametrize(
    "preview",
    [
        "http://camera/snap.jpg",  # a single-label name
        "http://cam01.local/a.jpg",  # a local name
        "http://metadata.google.internal/a.jpg",  # a cloud's metadata service
        "http://169.254.169.254/a.jpg",
    ],
)
def test_rtmp_view_preview_on_a_local_host_makes_no_camera(preview: str) -> None:
    def rtmp(n: int, still: str) -> dict[str, Any]:
        view = {"type": "FLASH", "url": f"rtmp://vid.kutimkab.example/live/{n}"}
        return {"id": n, "name": f"Kamera {n}", "views": [view | {"posterUrl": still}]}

    rows = [rtmp(n, preview if n < 3 else STILL.format(n)) for n in range(5)]
    cams = _cams(rows)
    assert [(c.id, c.snapshot_url) for c in cams] == [
        ("3", STILL.format(3)),
        ("4", STILL.format(4)),
    ]


def test_preview_of_a_later_view_is_not_read() -> None:
    views = [
        {"url": HLS.format("a")},
        {"url": HLS.format("b"), "previewUrl": STILL.format("b")},
    ]
    (cam,) = _cams([_viewed(views)])
    assert cam.snapshot_url is None
