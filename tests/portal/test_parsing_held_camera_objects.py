"""A record holding the camera's own object beside what it belongs to.

Image and status records put the camera beside its resort, hub, station or provider:
``{resort: {name, region}, camera: {id, name}, url}``. The object under a camera word
(``camera``, ``cam``, ``cctv``, ``kamera``, ``webcam``) is the camera, so its name
(``name``, ``nama``, ``title``, ``label``…) names it before the other object's. The
record's own name still comes first, and an object under any other word names
nothing new.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://snap.kutim.example/api/images"
_JPG = "https://snap.kutim.example/img/{n}.jpg"


def cameras(value: JSONValue) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def _record(n: int, holder: str, camera: dict[str, JSONValue], **extra: JSONValue) -> JSONValue:
    return {
        "resort": {"name": "Bukit Pelangi Park", "region": "Sangatta Utara"},
        holder: {"id": f"c{n}", **camera},
        "url": _JPG.format(n=n),
        **extra,
    }


def test_camera_object_name_beats_resort_name() -> None:
    found = cameras(
        [
            _record(1, "camera", {"name": "Gondola Top", "provider": "brownrice"}),
            _record(2, "camera", {"name": "Courtyard", "provider": "brownrice"}),
        ]
    )
    assert [(c.id, c.name, c.area) for c in found] == [
        ("c1", "Gondola Top", "Sangatta Utara"),
        ("c2", "Courtyard", "Sangatta Utara"),
    ]
    assert found[0].snapshot_url == _JPG.format(n=1)


def test_camera_words_and_name_words() -> None:
    found = cameras(
        [
            _record(1, "cctv", {"nama": "Jembatan Kabo"}),
            _record(2, "webcam", {"title": "Pantai Teluk Lingga"}),
            _record(3, "kamera", {"label": "Simpang Tiga"}),
        ]
    )
    assert [c.name for c in found] == ["Jembatan Kabo", "Pantai Teluk Lingga", "Simpang Tiga"]


def test_camera_object_listed_first_with_title() -> None:
    found = cameras(
        [
            {
                "camera": {"id": 1, "title": "Garasi"},
                "site": {"name": "Rumah Dinas"},
                "image": _JPG.format(n=1),
            },
            {
                "camera": {"id": 2, "title": "Halaman"},
                "site": {"name": "Rumah Dinas"},
                "image": _JPG.format(n=2),
            },
        ]
    )
    assert [c.name for c in found] == ["Garasi", "Halaman"]


def test_record_own_name_still_wins() -> None:
    """Near-miss: the record's own name comes before its camera object's."""
    found = cameras(
        [
            _record(1, "camera", {"name": "IPC-01"}, name="Pintu Belakang"),
            _record(2, "camera", {"name": "IPC-02"}, name="Pintu Depan"),
        ]
    )
    assert [c.name for c in found] == ["Pintu Belakang", "Pintu Depan"]


def test_object_under_another_word_is_not_the_camera() -> None:
    """Near-miss: a ``device`` or ``owner`` object is no camera object; nothing changes."""
    found = cameras(
        [
            {
                "resort": {"name": "Bukit Pelangi Park"},
                "owner": {"name": "PT Pelangi"},
                "id": "c1",
                "url": _JPG.format(n=1),
            },
            {
                "resort": {"name": "Bukit Pelangi Park"},
                "owner": {"name": "PT Pelangi"},
                "id": "c2",
                "url": _JPG.format(n=2),
            },
        ]
    )
    assert [(c.id, c.name) for c in found] == [
        ("c1", "Bukit Pelangi Park"),
        ("c2", "Bukit Pelangi Park"),
    ]


def test_camera_text_field_is_no_object() -> None:
    """Near-miss: ``camera`` holding text (a device model) is no camera object."""
    found = cameras(
        [
            {
                "resort": {"name": "Bukit Pelangi Park"},
                "camera": "Axis Q6135",
                "id": "c1",
                "url": _JPG.format(n=1),
            },
            {
                "resort": {"name": "Bukit Pelangi Park"},
                "camera": "Axis Q6135",
                "id": "c2",
                "url": _JPG.format(n=2),
            },
        ]
    )
    assert [(c.id, c.name) for c in found] == [
        ("c1", "Bukit Pelangi Park"),
        ("c2", "Bukit Pelangi Park"),
    ]
