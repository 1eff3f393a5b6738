"""A route that saves, uploads or deletes a snapshot is no picture."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.media import is_image_url, is_snapshot_action
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/api/cameras"
HOST = "https://cctv.kutim.example"


def cameras(payload: object) -> tuple[Camera, ...]:
    """Parse a JSON payload as an Automatic portal answer."""
    text = json.dumps(payload)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "path",
    [
        "/cctv/SaveSnapshot.ashx?cam=3",
        "/api/snapshot/delete?id=4",
        "/api/snapshot/upload",
        "/api/snapshots/4/delete",
        "/snapshot_save.php?cam=3",
        "/DeleteSnapshot.aspx?cam=3",
        "/snapshot.php?action=delete&id=3",
        "/snapshot/?cmd=upload&cam=3",
    ],
)
def test_snapshot_actions_are_no_pictures(path: str) -> None:
    assert is_image_url(HOST + path) is False


@pytest.mark.parametrize(
    "path",
    [
        "/api/snapshot/4",
        "/cgi-bin/snapshot.cgi?channel=1",
        "/GetSnapshot.ashx?cam=3",
        "/snapshot/latest?cam=3",
        "/api/snapshot/download?cam=3",
        "/snapshots/saved/cam3.jpg",
        "/uploads/snapshot/cam3.jpg",
        "/snapshot.php?action=view&id=3",
    ],
)
def test_snapshots_shown_stay_pictures(path: str) -> None:
    assert is_image_url(HOST + path) is True


def test_a_records_snapshot_action_is_no_still() -> None:
    found = cameras(
        [
            {
                "id": "3",
                "name": "Simpang Tiga",
                "hls": f"{HOST}/live/3.m3u8",
                "simpan": f"{HOST}/cctv/SaveSnapshot.ashx?cam=3",
            },
            {
                "id": "4",
                "name": "Bundaran",
                "hls": f"{HOST}/live/4.m3u8",
                "hapus": f"{HOST}/api/snapshot/delete?id=4",
                "preview": f"{HOST}/api/snapshot/4",
            },
        ]
    )
    assert [(c.id, c.name, c.stream_url, c.snapshot_url) for c in found] == [
        ("3", "Simpang Tiga", f"{HOST}/live/3.m3u8", None),
        ("4", "Bundaran", f"{HOST}/live/4.m3u8", f"{HOST}/api/snapshot/4"),
    ]


@pytest.mark.parametrize(
    ("field", "path"),
    [
        ("url", "/api/SaveSnapshot.ashx?cam=1"),
        ("url", "/snapshot/delete?id=1"),
        ("url", "/snapshot.php?action=delete"),
        ("url", "/api/snapshots/1/remove"),
        ("stream", "/snapshot/upload?cam=1"),
        ("snapshot", "/api/SaveSnapshot.ashx?cam=1"),
    ],
)
def test_a_snapshot_action_is_no_media_under_any_field(field: str, path: str) -> None:
    payload = {"cameras": [{"id": 1, "name": "Simpang Tiga", field: HOST + path}]}
    with pytest.raises(PortalFormatError) as raised:
        cameras(payload)
    assert str(raised.value) == (
        "No camera list found in the portal answer: none of its 1 entries has a stream"
        " or image URL (found 1 list(s), the largest with 1 entries, 1 object(s); fields"
        f" that looked like media: {field})"
    )


def test_a_snapshot_action_under_url_leaves_the_records_stream() -> None:
    found = cameras(
        {
            "cameras": [
                {
                    "id": 1,
                    "name": "Simpang Tiga",
                    "url": f"{HOST}/snapshot/delete?id=1",
                    "hls": f"{HOST}/live/1.m3u8",
                }
            ]
        }
    )
    assert [(c.id, c.name, c.stream_url, c.snapshot_url, c.mjpeg_url) for c in found] == [
        ("1", "Simpang Tiga", f"{HOST}/live/1.m3u8", None, None)
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/snapshot/latest?cam=1",
        "/GetSnapshot.ashx?cam=1",
        "/snapshot.php?action=view&id=1",
        "/api/snapshot/download?cam=1",
        "/uploads/snapshot/cam1.jpg",
    ],
)
def test_a_snapshot_shown_under_url_stays_the_still(path: str) -> None:
    found = cameras({"cameras": [{"id": 1, "name": "Simpang Tiga", "url": HOST + path}]})
    assert [(c.id, c.name, c.stream_url, c.snapshot_url, c.mjpeg_url) for c in found] == [
        ("1", "Simpang Tiga", None, HOST + path, None)
    ]


@pytest.mark.parametrize("field", ["snapshot_url", "url", "image"])
@pytest.mark.parametrize(
    "path",
    [
        "/snapshots/upload/{cam}.jpg",
        "/snapshot_uploads/{cam}/latest.jpg",
        "/ftp/snapshotsave/{cam}.jpg",
        "/snapshot/{cam}.jpg?act=save",
        "/snapshots/{cam}/delete.png",
    ],
)
def test_a_picture_in_a_folder_saying_an_action_stays_the_still(field: str, path: str) -> None:
    found = cameras(
        [
            {"id": 1, "name": "A", field: HOST + path.format(cam="cam1")},
            {"id": 2, "name": "B", field: HOST + path.format(cam="cam2")},
        ]
    )
    assert [(c.id, c.name, c.stream_url, c.snapshot_url, c.mjpeg_url) for c in found] == [
        ("1", "A", None, HOST + path.format(cam="cam1"), None),
        ("2", "B", None, HOST + path.format(cam="cam2"), None),
    ]


@pytest.mark.parametrize("field", ["snapshot_url", "url", "image"])
def test_a_playlist_in_a_folder_saying_an_action_stays_the_stream(field: str) -> None:
    path = "/hls/snapshot-remover/cam1/index.m3u8"
    found = cameras([{"id": 1, "name": "A", field: HOST + path}])
    assert [(c.id, c.name, c.stream_url, c.snapshot_url, c.mjpeg_url) for c in found] == [
        ("1", "A", HOST + path, None, None)
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/snapshot-remover/cam1",
        "/snapshotsaver/cam1",
        "/snapshot_uploads/cam1/latest",
        "/snapshots/upload/cam1",
    ],
)
def test_an_action_word_inside_a_longer_word_or_a_folder_is_no_action(path: str) -> None:
    assert is_snapshot_action(HOST + path) is False


@pytest.mark.parametrize(
    "path",
    [
        "/cctv/SaveSnapshot.ashx?cam=3",
        "/snapshot-save?cam=3",
        "/snapshotsave.php?cam=3",
        "/DeleteSnapshots.aspx",
        "/api/snapshots/4/upload/",
        "/snapshot.cgi?action=save",
    ],
)
def test_a_route_without_a_media_suffix_saying_an_action_is_one(path: str) -> None:
    assert is_snapshot_action(HOST + path) is True
