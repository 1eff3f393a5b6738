"""Answers that key their cameras, or their cameras' states, by the cameras' ids.

A key-value store answers an item as its own fields beside its value: a printer host's
database (``{result: {namespace, key, value: {<uid>: {name, stream_url, …}}}}``) holds
the webcams keyed by id, their addresses root-relative. A viewer's answer may keep the
cameras' states in a map beside its list, keyed by the list's ids (``{feeds: [...],
status: {<feed id>: true}}``), next to other maps keyed the same way (detections) that
say nothing of the states.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import JSONValue

HOST = "https://printer.bengkel.example"
BASE = f"{HOST}/server/database/item?namespace=mainsail&key=webcams"


def cameras(data: JSONValue, base: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON answer as an Automatic portal's."""
    text = json.dumps(data)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _webcam(name: str, path: str, service: str = "mjpegstreamer") -> dict[str, JSONValue]:
    return {
        "name": name,
        "icon": "mdiWebcam",
        "service": service,
        "targetFps": 15,
        "urlStream": f"/{path}/?action=stream",
        "urlSnapshot": f"/{path}/?action=snapshot",
        "flipX": False,
    }


UID_A = "2f8a61c4-0d3b-4e9f-a7c5-6b1e93d0f248"
UID_B = "4a1c9e6f-b2d8-4073-95e1-7f3a0c8d2b14"


def test_store_item_value_keyed_by_uid_is_the_list() -> None:
    answer = {
        "result": {
            "namespace": "mainsail",
            "key": "webcams",
            "value": {UID_A: _webcam("Katil", "webcam"), UID_B: _webcam("Ekstruder", "webcam2")},
        }
    }
    found = {camera.id: camera for camera in cameras(answer)}
    assert set(found) == {UID_A, UID_B}
    bed = found[UID_A]
    assert bed.raw_name == "Katil"
    assert bed.mjpeg_url == f"{HOST}/webcam/?action=stream"
    assert bed.snapshot_url == f"{HOST}/webcam/?action=snapshot"
    assert found[UID_B].mjpeg_url == f"{HOST}/webcam2/?action=stream"


def test_moonraker_webcam_namespace_with_hls_service() -> None:
    answer = {
        "result": {
            "namespace": "webcams",
            "key": None,
            "value": {
                UID_A: {
                    "name": "workshop",
                    "location": "room",
                    "service": "hlsstream",
                    "stream_url": "https://cams.lab.example/hls/workshop/index.m3u8",
                    "snapshot_url": "https://cams.lab.example/hls/workshop/latest.jpg",
                    "uid": UID_A,
                },
                UID_B: {
                    "name": "bed",
                    "location": "printer",
                    "service": "mjpegstreamer-adaptive",
                    "stream_url": "/webcam/?action=stream",
                    "snapshot_url": "/webcam/?action=snapshot",
                    "uid": UID_B,
                },
            },
        }
    }
    found = {camera.id: camera for camera in cameras(answer)}
    assert found[UID_A].stream_url == "https://cams.lab.example/hls/workshop/index.m3u8"
    assert found[UID_A].area is None
    assert found[UID_B].mjpeg_url == f"{HOST}/webcam/?action=stream"


def test_store_item_of_records_without_media_is_no_list() -> None:
    # A store item of settings keyed by id (a preset table) holds no cameras.
    answer = {
        "result": {
            "namespace": "mainsail",
            "key": "presets",
            "value": {
                UID_A: {"name": "PLA", "gcode": "M104 S200", "values": {"extruder": 200}},
                UID_B: {"name": "PETG", "gcode": "M104 S240", "values": {"extruder": 240}},
            },
        }
    }
    with pytest.raises(PortalFormatError):
        cameras(answer)


def test_store_item_with_two_objects_is_not_read_as_one() -> None:
    # Beside a second object the value is not the item's one record table.
    answer = {
        "result": {
            "namespace": "mainsail",
            "meta": {"version": 3},
            "value": {UID_A: _webcam("Katil", "webcam"), UID_B: _webcam("Ekstruder", "webcam2")},
        }
    }
    with pytest.raises(PortalFormatError):
        cameras(answer)


def _feed(ident: str, name: str) -> dict[str, JSONValue]:
    return {
        "id": ident,
        "description": name,
        "imageUrl": f"https://cctv.example/live-view/{ident}/snapshot.jpg",
        "streamUrl": f"https://cctv.example/hls/{ident}/index.m3u8",
    }


FEEDS = [
    _feed("CCTV-1", "Ruas 1 Barat"),
    _feed("CCTV-2", "Ruas 2 Timur"),
    _feed("CCTV-3", "Ruas 3"),
]


def _states(answer: dict[str, JSONValue]) -> dict[str, bool | None]:
    return {camera.id: camera.online for camera in cameras(answer, "https://viewer.example/api")}


def test_status_map_beside_the_list_gives_states() -> None:
    answer: dict[str, JSONValue] = {
        "feeds": list(FEEDS),
        "status": {"CCTV-1": True, "CCTV-2": False, "CCTV-3": True},
        "vehicleDetected": {"CCTV-1": False, "CCTV-2": True, "CCTV-3": True},
        "lastUpdate": "2026-12-05T09:00:00Z",
    }
    assert _states(answer) == {"CCTV-1": True, "CCTV-2": False, "CCTV-3": True}


def test_state_entries_and_words_in_a_wrapped_answer() -> None:
    answer: dict[str, JSONValue] = {
        "data": {
            "cameras": list(FEEDS),
            "camera_status": {
                "CCTV-1": {"name": "Ruas 1 Barat", "state": "CONNECTED"},
                "CCTV-2": {"name": "Ruas 2 Timur", "state": "DISCONNECTED"},
                "CCTV-3": {"name": "Ruas 3", "state": "CONNECTED"},
            },
        }
    }
    assert _states(answer) == {"CCTV-1": True, "CCTV-2": False, "CCTV-3": True}


def test_maps_not_named_for_states_give_none() -> None:
    # Detection results and counts keyed by the same ids are no states.
    answer: dict[str, JSONValue] = {
        "feeds": list(FEEDS),
        "vehicleDetected": {"CCTV-1": True, "CCTV-2": False, "CCTV-3": True},
        "active_tracks": {"CCTV-1": True, "CCTV-2": False, "CCTV-3": False},
        # An alarm, motion, recording or upload state, or a viewer count, is not the
        # camera's, though a state word is in its name.
        "alarm_status": {"CCTV-1": "on", "CCTV-2": "off", "CCTV-3": "off"},
        "motion_state": {"CCTV-1": True, "CCTV-2": False, "CCTV-3": False},
        "recording_status": {"CCTV-1": "active", "CCTV-2": "stopped", "CCTV-3": "active"},
        "upload_status": {"CCTV-1": "ok", "CCTV-2": "error", "CCTV-3": "ok"},
        "viewers_online": {"CCTV-1": 1, "CCTV-2": 0, "CCTV-3": 1},
    }
    assert _states(answer) == {"CCTV-1": None, "CCTV-2": None, "CCTV-3": None}


@pytest.mark.parametrize("name", ["status", "online", "feed_state", "device_online", "states"])
def test_state_maps_named_alone_or_for_the_cameras_give_states(name: str) -> None:
    answer: dict[str, JSONValue] = {
        "cameras": list(FEEDS),
        name: {"CCTV-1": True, "CCTV-2": False, "CCTV-3": True},
    }
    assert _states(answer) == {"CCTV-1": True, "CCTV-2": False, "CCTV-3": True}


def test_state_map_of_other_keys_or_values_gives_none() -> None:
    # A status map keyed by other ids, or holding counts, says nothing of these cameras.
    other_keys: dict[str, JSONValue] = {
        "feeds": list(FEEDS),
        "status": {"server-a": True, "server-b": False, "CCTV-1": True},
    }
    assert set(_states(other_keys).values()) == {None}
    counts: dict[str, JSONValue] = {
        "feeds": list(FEEDS),
        "status": {"CCTV-1": 14, "CCTV-2": 0, "CCTV-3": 3},
    }
    assert set(_states(counts).values()) == {None}


def test_own_state_wins_over_the_map() -> None:
    feeds = [dict(FEEDS[0], online=False), FEEDS[1], FEEDS[2]]
    answer: dict[str, JSONValue] = {
        "feeds": feeds,
        "status": {"CCTV-1": True, "CCTV-2": True, "CCTV-3": False},
    }
    assert _states(answer) == {"CCTV-1": False, "CCTV-2": True, "CCTV-3": False}


@pytest.mark.parametrize(
    "answer",
    [
        # One camera whose outputs are keyed by format.
        {
            "data": {
                "id": 7,
                "name": "Simpang Lima",
                "area": "Kota",
                "streams": {
                    "hls": {"url": "https://cdn.example.org/7/index.m3u8"},
                    "flv": {"url": "https://cdn.example.org/7.flv"},
                },
            }
        },
        {
            "data": {
                "id": 7,
                "name": "Simpang Lima",
                "sources": {
                    "main": {"src": "https://cdn.example.org/7/main.m3u8"},
                    "sub": {"src": "https://cdn.example.org/7/sub.m3u8"},
                },
            }
        },
        # A blog post's image sizes.
        {
            "data": {
                "id": "p1",
                "title": "Blog post",
                "images": {
                    "thumb": {"url": "https://blog.example.org/t.jpg"},
                    "large": {"url": "https://blog.example.org/l.jpg"},
                },
            }
        },
        # A shop product's variants.
        {
            "data": {
                "id": "s1",
                "name": "T-shirt",
                "variants": {
                    "red": {"image": "https://shop.example.org/red.jpg", "price": 10},
                    "blue": {"image": "https://shop.example.org/blue.jpg", "price": 10},
                },
            }
        },
        # HAL links of one record.
        {
            "result": {
                "id": 7,
                "title": "Pantai",
                "links": {
                    "self": {"href": "https://pantai.example.org/api/7"},
                    "image": {"href": "https://pantai.example.org/img/7.jpg"},
                },
            }
        },
        # A store item's value of unnamed entries (sizes keyed by format) is no list.
        {
            "result": {
                "namespace": "gallery",
                "key": "sizes",
                "value": {
                    "thumb": {"url": "https://blog.example.org/t.jpg"},
                    "large": {"url": "https://blog.example.org/l.jpg"},
                },
            }
        },
    ],
)
def test_one_records_object_of_sub_objects_is_no_store_item(answer: JSONValue) -> None:
    """Outputs, sizes, variants or links keyed by a word never become cameras named by it."""
    with pytest.raises(PortalFormatError):
        cameras(answer, "https://api.example.org/v1/item")
