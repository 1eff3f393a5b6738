"""Camera states written as camelCase enumeration values, and the photos of places.

A road authority's camera layer writes the state as one enumeration value: DATEX II's
CCTV availability (``videoOrImagesAvailable``, ``videoOrImagesUnavailableDueToCameraFault``,
``videoOrImagesBlankedByOperator``) or a device registry's ``inService``/``OutOfService``.

A list of places (``surf_spots``, ``spots``, ``beaches``) giving each place a camera
address under a field named for a camera (``live_cam``, ``backup_cam``, ``webcamUrl``)
beside a plain picture field (``imageSrc``, ``image``) holds the place's photo there: no
still, and a place whose camera fields are empty is no camera.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import parse_status

BASE = "https://ogc.jalan-kutim.example/ogc/features/collections/cameras/items"
SPOTS = "https://ombak.kutim.example/api/spots.json"


def _parse(value: object, base: str = BASE) -> list[Camera]:
    return parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


@pytest.mark.parametrize(
    ("value", "state"),
    [
        ("videoOrImagesAvailable", True),
        ("VideoOrImagesAvailable", True),
        ("videoOrImagesUnavailableDueToCameraFault", False),
        ("videoOrImagesBlankedByOperator", False),
        ("videoOrImagesBlankedBySystemAdministrator", False),
        ("inService", True),
        ("OutOfService", False),
        ("underMaintenance", False),
        ("outOfOrder", False),
    ],
)
def test_enumeration_values_give_the_state(value: str, state: bool) -> None:
    assert parse_status(value) is state


@pytest.mark.parametrize(
    "value",
    [
        "notReported",
        "planned",
        "published",
        "recordingIsOff",
        "videoOrImagesRequested",  # a DATEX-like value naming no availability
        "imageAvailability",  # a field's name, no state
        "video Or Images Available 2",  # spaces and digits: no enumeration value
        "X" * 200,
    ],
)
def test_other_enumeration_values_say_nothing(value: str) -> None:
    assert parse_status(value) is None


def _feature(ident: str, status: object, **extra: object) -> dict[str, object]:
    return {
        "type": "Feature",
        "id": f"CctvSimple.{ident}",
        "geometry": {"type": "Point", "coordinates": [117.5541, 0.50233]},
        "properties": {
            "CAMERA_ID": ident,
            "DESCRIPTION": f"Simpang {ident}",
            "STILL_IMAGE_URL": f"https://kamera.jalan-kutim.example/api/images/{ident}",
            "STATUS_STILL_IMAGE_SERVICE_LEVEL": 1,
            "STATUS_STILL_IMAGE_AVAILABILITY": status,
            **extra,
        },
    }


def test_datex_availability_under_a_status_field_is_the_state() -> None:
    cameras = _parse(
        {
            "type": "FeatureCollection",
            "features": [
                _feature("3000047_1", "videoOrImagesAvailable"),
                _feature("3000070_1", "videoOrImagesUnavailableDueToCameraFault"),
                _feature("3000081_1", None),
            ],
        }
    )
    states = {camera.id: camera.online for camera in cameras}
    assert states == {"3000047_1": True, "3000070_1": False, "3000081_1": None}


def test_publication_status_is_no_camera_state() -> None:
    cameras = _parse(
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [117.55, 0.50]},
                    "properties": {
                        "cameraId": "CAM-1",
                        "title": "Simpang Empat",
                        "publicationStatus": "published",
                        "imageUrl": "https://gis.pupr-kutim.example/kamera/cam-1/latest.jpg",
                    },
                }
            ],
        }
    )
    assert [camera.online for camera in cameras] == [None]


def _spot(name: str, **extra: object) -> dict[str, object]:
    slug = name.lower().replace(" ", "-")
    return {"id": slug, "name": name, "lat": 0.55, "lon": 117.64, **extra}


def test_spot_photo_is_no_still_and_a_spot_without_camera_is_none() -> None:
    cameras = _parse(
        {
            "surf_spots": [
                _spot(
                    "Teluk Lingga",
                    live_cam="https://cam.pantai-kutim.example/hls/tlingga/playlist.m3u8",
                    imageSrc="/images/spots/teluk-lingga.jpg",
                ),
                _spot("Sekerat", live_cam="", backup_cam="", imageSrc="/images/spots/sekerat.jpg"),
                _spot("Kaliorang", imageSrc="/images/spots/kaliorang.jpg"),
            ]
        },
        SPOTS,
    )
    assert [(c.name, c.stream_url, c.snapshot_url) for c in cameras] == [
        ("Teluk Lingga", "https://cam.pantai-kutim.example/hls/tlingga/playlist.m3u8", None)
    ]


def test_a_photo_on_the_camera_address_stays_the_still() -> None:
    cameras = _parse(
        {
            "spots": [
                _spot(
                    "Teluk Lingga",
                    webcamUrl="https://live.ombak-kutim.example/hls/tl/playlist.m3u8",
                    imageUrl="https://cam.ombak-kutim.example/webcam/teluk-lingga/latest.jpg",
                )
            ]
        },
        SPOTS,
    )
    assert [c.snapshot_url for c in cameras] == [
        "https://cam.ombak-kutim.example/webcam/teluk-lingga/latest.jpg"
    ]


def test_places_naming_no_camera_keep_their_pictures() -> None:
    # A spot list without any camera field is read as before: its picture is its still.
    cameras = _parse(
        {
            "spots": [
                _spot("Teluk Lingga", image="https://ombak.kutim.example/snap/teluk-lingga.jpg"),
                _spot("Sekerat", image="https://ombak.kutim.example/snap/sekerat.jpg"),
            ]
        },
        SPOTS,
    )
    assert [c.snapshot_url for c in cameras] == [
        "https://ombak.kutim.example/snap/teluk-lingga.jpg",
        "https://ombak.kutim.example/snap/sekerat.jpg",
    ]


def test_a_camera_list_not_named_for_places_keeps_its_image() -> None:
    # The rule reads place lists only: a camera list's image beside its cam_url stays.
    cameras = _parse(
        {
            "cameras": [
                {
                    "id": 1,
                    "name": "Dermaga Kenyamukan",
                    "cam_url": "https://pantau.kutimkab.example/hls/kenyamukan/index.m3u8",
                    "image": "https://pantau.kutimkab.example/thumbs/kenyamukan.jpg",
                }
            ]
        },
        SPOTS,
    )
    assert [c.snapshot_url for c in cameras] == [
        "https://pantau.kutimkab.example/thumbs/kenyamukan.jpg"
    ]
