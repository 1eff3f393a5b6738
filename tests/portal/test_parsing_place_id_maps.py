"""Places holding their cameras as an object keyed by each camera's id."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/api/places"
LIVE = "https://cctv.kutim.example/live/"


def cameras(value: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def hls(handle: str) -> str:
    return f"{LIVE}{handle}/index.m3u8"


def read(found: tuple[Camera, ...]) -> list[tuple[str, str, str | None, str | None]]:
    return [(c.id, c.name, c.area, c.stream_url) for c in found]


SANGATTA = {
    "cam-01": {"name": "Simpang Tiga", "hls": hls("cam-01")},
    "cam-02": {"name": "Bundaran", "hls": hls("cam-02")},
}
BENGALON = {"cam-03": {"name": "Pasar", "hls": hls("cam-03")}}
EXPECTED = [
    ("cam-01", "Simpang Tiga", "Sangatta Utara", hls("cam-01")),
    ("cam-02", "Bundaran", "Sangatta Utara", hls("cam-02")),
    ("cam-03", "Pasar", "Bengalon", hls("cam-03")),
]


def test_each_record_of_a_places_id_map_is_a_camera_of_that_place() -> None:
    found = cameras(
        {
            "places": [
                {"name": "Sangatta Utara", "cameras": SANGATTA},
                {"name": "Bengalon", "cameras": BENGALON},
            ]
        }
    )
    assert read(found) == EXPECTED


def test_one_place_alone_holding_an_id_map() -> None:
    found = cameras({"places": [{"name": "Sangatta Utara", "cameras": SANGATTA}]})
    assert read(found) == EXPECTED[:2]


def test_a_record_naming_its_own_id_keeps_it() -> None:
    found = cameras(
        {
            "places": [
                {
                    "name": "Sangatta Utara",
                    "kamera": {
                        "a": {"id": "CAM-7", "name": "Simpang Tiga", "hls": hls("cam-07")},
                        "b": {"id": "CAM-8", "name": "Bundaran", "hls": hls("cam-08")},
                    },
                }
            ]
        }
    )
    assert read(found) == [
        ("CAM-7", "Simpang Tiga", "Sangatta Utara", hls("cam-07")),
        ("CAM-8", "Bundaran", "Sangatta Utara", hls("cam-08")),
    ]


def test_unnamed_records_are_named_as_a_places_unnamed_list_entries() -> None:
    # As ``cameras: [{id, hls}, …]`` under a place reads: the place names them, numbered.
    unnamed = {"cam-01": {"hls": hls("cam-01")}, "cam-02": {"hls": hls("cam-02")}}
    found = cameras({"places": [{"name": "Sangatta Utara", "cameras": unnamed}]})
    listed = cameras(
        {
            "places": [
                {
                    "name": "Sangatta Utara",
                    "cameras": [{"id": key, **value} for key, value in unnamed.items()],
                }
            ]
        }
    )
    assert (
        read(found)
        == read(listed)
        == [
            ("cam-01", "Sangatta Utara 1", None, hls("cam-01")),
            ("cam-02", "Sangatta Utara 2", None, hls("cam-02")),
        ]
    )


def test_a_list_of_places_each_one_key_over_its_id_map() -> None:
    found = cameras([{"Sangatta Utara": SANGATTA}, {"Bengalon": BENGALON}])
    assert read(found) == EXPECTED
    assert read(cameras([{"Sangatta Utara": SANGATTA}])) == EXPECTED[:2]


def test_one_cameras_outputs_keyed_by_kind_are_no_cameras() -> None:
    found = cameras(
        {
            "places": [
                {
                    "name": "Simpang Tiga",
                    "cameras": {
                        "main": {"hls": f"{LIVE}st/main.m3u8"},
                        "sub": {"hls": f"{LIVE}st/sub.m3u8"},
                    },
                }
            ]
        }
    )
    assert [(c.name, c.area, c.stream_url) for c in found] == [
        ("Simpang Tiga", None, f"{LIVE}st/main.m3u8")
    ]


def test_a_map_under_streams_is_no_id_map_of_cameras() -> None:
    found = cameras(
        {
            "places": [
                {
                    "name": "Simpang Tiga",
                    "streams": {"cam-01": {"hls": hls("cam-01")}, "cam-02": {"hls": hls("cam-02")}},
                }
            ]
        }
    )
    assert [(c.name, c.area, c.stream_url) for c in found] == [
        ("Simpang Tiga", None, hls("cam-01"))
    ]


def test_records_without_media_are_no_cameras_of_the_place() -> None:
    found = cameras(
        {
            "places": [
                {
                    "name": "Sangatta Utara",
                    "hls": f"{LIVE}su/index.m3u8",
                    "cameras": {
                        "cam-01": {"name": "Simpang Tiga", "status": "on"},
                        "cam-02": {"name": "Bundaran", "status": "off"},
                    },
                }
            ]
        }
    )
    assert [(c.name, c.area, c.stream_url) for c in found] == [
        ("Sangatta Utara", None, f"{LIVE}su/index.m3u8")
    ]


def test_one_key_entries_over_records_without_media_stay_refused() -> None:
    with pytest.raises(PortalFormatError, match="none of its 2 entries has a stream or image"):
        cameras(
            [
                {"Sangatta Utara": {"cam-01": {"name": "Simpang Tiga", "status": "on"}}},
                {"Bengalon": {"cam-02": {"name": "Pasar", "status": "on"}}},
            ]
        )


def test_wrapper_and_title_keyed_entries_keep_their_reading() -> None:
    wrapped = cameras(
        [
            {"cctv": {"id": "cam-01", "name": "Simpang Tiga", "hls": hls("cam-01")}},
            {"cctv": {"id": "cam-02", "name": "Bundaran", "hls": hls("cam-02")}},
        ]
    )
    titled = cameras(
        [
            {"Simpang Tiga": {"id": "cam-01", "hls": hls("cam-01")}},
            {"Bundaran": {"id": "cam-02", "hls": hls("cam-02")}},
        ]
    )
    expected = [
        ("cam-01", "Simpang Tiga", None, hls("cam-01")),
        ("cam-02", "Bundaran", None, hls("cam-02")),
    ]
    assert read(wrapped) == expected
    assert read(titled) == expected
