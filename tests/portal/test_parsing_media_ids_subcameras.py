"""Playlist media ids, uploaded films' posters, unique feature ids and sub-cameras."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.media import clip_poster
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/api/cameras"
LIVE = "https://live.kutim.example/hls"


def _parse(data: object) -> list[Camera]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _entry(media_id: str, feed_id: str, title: str, file: str, image: str) -> dict[str, object]:
    kind = "video/mp4" if file.endswith(".mp4") else "application/vnd.apple.mpegurl"
    return {
        "mediaid": media_id,
        "feedid": feed_id,
        "title": title,
        "image": image,
        "sources": [{"file": file, "type": kind}],
    }


LIVE_ENTRIES = [
    _entry(
        "simpang", "FeedSimpang", "Simpang Tiga", f"{LIVE}/simpang/index.m3u8", "/p/simpang.jpg"
    ),
    _entry(
        "pelangi", "FeedPelangi", "Bukit Pelangi", f"{LIVE}/pelangi/index.m3u8", "/p/pelangi.jpg"
    ),
]


def test_playlist_item_media_id_beats_its_feed_id() -> None:
    cameras = _parse({"playlist": LIVE_ENTRIES})
    assert [c.id for c in cameras] == ["simpang", "pelangi"]


def test_camel_case_media_id_beats_feed_id() -> None:
    items = [
        {"mediaId": "cam-a", "feedId": "feed-a", "title": "A", "hls": f"{LIVE}/a/index.m3u8"},
        {"mediaId": "cam-b", "feedId": "feed-b", "title": "B", "hls": f"{LIVE}/b/index.m3u8"},
    ]
    assert [c.id for c in _parse(items)] == ["cam-a", "cam-b"]


def test_feed_id_alone_still_identifies_items() -> None:
    """Without a media id, a unique feed id stays the items' id (near miss)."""
    items = [
        {"feedid": "FeedA", "title": "A", "hls": f"{LIVE}/a/index.m3u8"},
        {"feedid": "FeedB", "title": "B", "hls": f"{LIVE}/b/index.m3u8"},
    ]
    assert [c.id for c in _parse(items)] == ["FeedA", "FeedB"]


def test_uploaded_promo_film_with_its_poster_is_no_camera() -> None:
    promo = _entry(
        "profil",
        "FeedProfil",
        "Profil Kabupaten",
        "https://vod.kutim.example/k/profil_kutim_2024.mp4",
        "https://img.kutim.example/playlist/profil_kutim_2024.jpg",
    )
    cameras = _parse({"playlist": [*LIVE_ENTRIES, promo]})
    assert [c.id for c in cameras] == ["simpang", "pelangi"]


def test_uploaded_film_beside_an_unrelated_picture_keeps_the_picture() -> None:
    """A still named otherwise than the film is kept as before (near miss)."""
    promo = _entry(
        "profil",
        "FeedProfil",
        "Profil Kabupaten",
        "https://vod.kutim.example/k/profil_kutim_2024.mp4",
        "https://img.kutim.example/snap/dermaga.jpg",
    )
    cameras = _parse({"playlist": [*LIVE_ENTRIES, promo]})
    assert [c.id for c in cameras] == ["simpang", "pelangi", "profil"]
    assert cameras[2].stream_url is None
    assert cameras[2].snapshot_url == "https://img.kutim.example/snap/dermaga.jpg"


@pytest.mark.parametrize(
    ("clip", "still", "expected"),
    [
        (
            "https://v.example/k/profil_kutim_2024.mp4",
            "https://i.example/p/profil_kutim_2024.jpg",
            True,
        ),
        (
            "https://s.example/wp-content/uploads/2023/08/profil-wisata.mp4",
            "https://s.example/wp-content/uploads/2023/08/profil-wisata-poster.jpg",
            True,
        ),
        (
            "https://s.example/uploads/festival-2024.mp4",
            "https://s.example/festival-2024_thumb.png",
            True,
        ),
        # A live server's file is no uploaded clip.
        (
            "https://s.example/live/pasar-induk/index.mp4",
            "https://s.example/thumbs/index.jpg",
            False,
        ),
        # A clip that is no upload (no upload folder, year or promotion word).
        ("https://s.example/videos/dermaga.mp4", "https://s.example/videos/dermaga.jpg", False),
        # Names too short or generic to tie the two.
        ("https://s.example/uploads/2024/video.mp4", "https://s.example/thumbs/video.jpg", False),
        ("https://s.example/uploads/2024/a1.mp4", "https://s.example/a1.jpg", False),
        # Another name, or no picture at all.
        ("https://s.example/uploads/2024/profil.mp4", "https://s.example/snap/cam-3.jpg", False),
        (
            "https://s.example/uploads/2024/profil-kota.mp4",
            "https://s.example/profil-kota.m3u8",
            False,
        ),
    ],
)
def test_clip_poster(clip: str, still: str, expected: bool) -> None:
    assert clip_poster(clip, still) is expected


def test_unique_feature_identifier_is_the_id() -> None:
    items = [
        {
            "ufid": "CAM-ID-KTM-K68",
            "name": "Simpang",
            "snapshotUrl": "/img/68.jpg",
            "lat": 0.5,
            "lng": 117.5,
        },
        {
            "UFID": "CAM-ID-KTM-K71",
            "name": "Pasar",
            "snapshotUrl": "/img/71.jpg",
            "lat": 0.6,
            "lng": 117.6,
        },
    ]
    assert [c.id for c in _parse(items)] == ["CAM-ID-KTM-K68", "CAM-ID-KTM-K71"]


def test_unique_feature_identifier_yields_to_an_id() -> None:
    """A record's own ``id`` stays first (near miss)."""
    items = [
        {"id": 1, "ufid": "F-1", "name": "Simpang", "hls": f"{LIVE}/1/index.m3u8"},
        {"id": 2, "ufid": "F-2", "name": "Pasar", "hls": f"{LIVE}/2/index.m3u8"},
    ]
    assert [c.id for c in _parse(items)] == ["1", "2"]


def _camera(cid: int, name: str, **extra: object) -> dict[str, object]:
    return {"ID": cid, "Name": name, "VideoURL": f"{LIVE}/{cid}/index.m3u8", **extra}


def test_sub_cameras_in_a_group_naming_the_main_camera() -> None:
    sub = {
        "ID": 70,
        "Name": "Km 12 Arah Bengalon",
        "GroupId": 69,
        "Images": ["https://i.example/70.jpg"],
    }
    items = [_camera(1, "Simpang Tiga", Group=[]), _camera(69, "Km 12", Group=[sub])]
    cameras = _parse(items)
    assert sorted(c.id for c in cameras) == ["1", "69", "70"]
    assert next(c for c in cameras if c.id == "70").snapshot_url == "https://i.example/70.jpg"


def test_children_naming_their_main_camera_keep_it() -> None:
    child = {"id": 11, "title": "Pantai Dermaga", "parent_id": 10, "hls": f"{LIVE}/11/index.m3u8"}
    items = [
        {"id": 10, "title": "Pantai", "hls": f"{LIVE}/10/index.m3u8", "children": [child]},
        {"id": 20, "title": "Bukit", "hls": f"{LIVE}/20/index.m3u8", "children": []},
    ]
    assert sorted(c.id for c in _parse(items)) == ["10", "11", "20"]


def test_entries_naming_another_record_are_no_sub_cameras() -> None:
    """A group whose entries name another parent, or carry no id, adds no main camera.

    Such entries are read as the record's links, as before (near miss): the record is
    no camera beside them.
    """
    good = {"ID": 70, "Name": "Km 12 Arah Bengalon", "GroupId": 69, "VideoURL": f"{LIVE}/70/i.m3u8"}
    other = {**good, "GroupId": 5}
    no_id = {"Name": "Km 12 Arah Sangatta", "GroupId": 69, "VideoURL": f"{LIVE}/71/i.m3u8"}
    read = {}
    for label, group in (("good", [good]), ("other", [other]), ("no_id", [no_id])):
        cameras = _parse([_camera(1, "Simpang Tiga", Group=[]), _camera(69, "Km 12", Group=group)])
        read[label] = sorted(c.id for c in cameras)
    assert read["good"] == ["1", "69", "70"]
    assert read["other"] == ["1", "70"]
    assert read["no_id"] == ["1", "69-1"]


def test_player_selector_parent_is_no_sub_camera() -> None:
    """A player's ``parentId: "#player"`` names a page element: no main camera (near miss)."""
    items = [
        _camera(
            1,
            "Simpang Tiga",
            Players=[{"id": 7, "parentId": "#player-1", "file": f"{LIVE}/x.m3u8"}],
        ),
        _camera(2, "Pasar", Players=[{"id": 8, "parentId": "#player-2", "file": f"{LIVE}/y.m3u8"}]),
    ]
    assert sorted(c.id for c in _parse(items)) == ["7", "8"]
