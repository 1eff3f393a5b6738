"""Camera list entries whose own kind field says they only link to another web page."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.mediakind import link_kind
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta-cctv.kutim.example/data/cameras.json"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def entry(ident: str, kind_key: str, kind: str, url: str) -> dict[str, object]:
    """Return one map list entry with its kind field and address."""
    return {"id": ident, "title": f"Kamera {ident}", kind_key: kind, "url": url}


def by_id(found: tuple[Camera, ...]) -> dict[str, Camera]:
    """Return the cameras by id."""
    return {camera.id: camera for camera in found}


def test_link_entry_to_general_cctv_page_is_no_camera() -> None:
    found = by_id(
        cameras(
            [
                entry("a1", "kind", "hls", HLS.format(1)),
                entry("a2", "kind", "link", "https://ksop-sangatta.example/cctv"),
                entry("a3", "protocol", "link", "https://www.kawasan.example/cctv/"),
                entry("a4", "type", "website", "https://dishub.kutim.example/cctv"),
            ]
        )
    )
    assert set(found) == {"a1"}
    assert found["a1"].stream_url == HLS.format(1)


def test_link_entry_to_a_cameras_own_viewer_is_kept() -> None:
    found = by_id(
        cameras(
            [
                entry("b1", "kind", "hls", HLS.format(1)),
                entry("17", "kind", "link", "http://www.atcs.kutim.example/PlayVideo.aspx?ID=17"),
                entry("b3", "kind", "link", "https://cctv.kutim.example/viewer/Player.aspx?cam=x3"),
                entry("b4", "kind", "link", "https://cctv.kutim.example/lihat/b4"),
            ]
        )
    )
    assert set(found) == {"b1", "17", "b3", "b4"}
    assert found["17"].stream_url == "http://www.atcs.kutim.example/PlayVideo.aspx?ID=17"
    assert found["b3"].stream_url == "https://cctv.kutim.example/viewer/Player.aspx?cam=x3"
    assert found["b4"].stream_url == "https://cctv.kutim.example/lihat/b4"


def test_link_entry_whose_address_is_media_keeps_it() -> None:
    still = "https://wisata.kutim.example/cam/gardu/snap.jpg"
    found = by_id(
        cameras(
            [
                entry("c1", "kind", "hls", HLS.format(1)),
                entry("c2", "kind", "link", still),
                entry("c3", "type", "page", HLS.format(3)),
            ]
        )
    )
    assert found["c2"].snapshot_url == still
    assert found["c3"].stream_url == HLS.format(3)


def test_other_kind_words_leave_a_page_address_alone() -> None:
    # Near-misses: no link word in the kind field, so the page stays the stand-in it was.
    found = by_id(
        cameras(
            [
                entry("d1", "kind", "hls", HLS.format(1)),
                entry("d2", "kind", "iframe", "https://ksop-sangatta.example/cctv"),
                entry("d3", "type", "web", "https://bpbd.kutim.example/cctv"),
            ]
        )
    )
    assert found["d2"].stream_url == "https://ksop-sangatta.example/cctv"
    assert found["d3"].stream_url == "https://bpbd.kutim.example/cctv"


def test_link_kind_words() -> None:
    own = frozenset({"kind", "type", "protocol", "url"})
    assert link_kind({"kind": "link"}, own)
    assert link_kind({"protocol": "Web Page"}, own)
    assert link_kind({"type": "machine", "protocol": "link"}, own)
    assert not link_kind({"kind": "hls"}, own)
    assert not link_kind({"kind": "web"}, own)
    assert not link_kind({"url": "link"}, own)
    assert not link_kind({"kind": "link"}, frozenset({"url"}))  # not the record's own field
    assert not link_kind({"kind": "l" * 40}, own)


def test_link_entry_to_an_article_or_a_generic_page_named_by_the_id_is_no_camera() -> None:
    found = cameras(
        [
            {"id": "a1", "kind": "hls", "url": HLS.format(1)},
            {"id": "x", "kind": "link", "url": "https://news.kutim.example/read.php?id=9912"},
            {"id": "2", "kind": "link", "url": "https://news.kutim.example/2024/2/berita"},
            {"id": "cctv", "kind": "link", "url": "https://dishub.kutim.example/cctv"},
            {"id": "9", "kind": "link", "url": "https://kutim.example/berita/detail.php?id=9"},
        ]
    )
    assert [(c.id, c.stream_url) for c in found] == [("a1", HLS.format(1))]


def test_link_entry_to_a_viewer_script_or_route_keyed_by_the_record_is_kept() -> None:
    found = by_id(
        cameras(
            [
                {"id": "e1", "kind": "hls", "url": HLS.format(1)},
                {"id": "4", "kind": "link", "url": "https://cctv.kutim.example/lihat.php?id=4"},
                {"id": "7", "kind": "link", "url": "https://cctv.kutim.example/cctv/live/7"},
                {"id": "ktm-01", "kind": "link", "url": "https://cctv.kutim.example/player/KTM01"},
            ]
        )
    )
    assert {key: camera.stream_url for key, camera in found.items()} == {
        "e1": HLS.format(1),
        "4": "https://cctv.kutim.example/lihat.php?id=4",
        "7": "https://cctv.kutim.example/cctv/live/7",
        "ktm-01": "https://cctv.kutim.example/player/KTM01",
    }


# Typed link lists: a page keyed by an id names a camera only beside a camera sign.

STILL = "https://wisata.kutim.example/webcam/{}/current.jpg"


def test_typed_link_list_of_pages_keyed_by_id_gives_no_camera() -> None:
    # A course's lessons or a hotel guide: no camera word, nothing playing beside them.
    for body in (
        [
            {
                "type": "link",
                "title": "Intro Python",
                "url": "https://learn.example.org/view.php?id=1",
            },
            {"type": "link", "title": "Web Dev", "url": "https://learn.example.org/view.php?id=2"},
        ],
        {
            "items": [
                {
                    "type": "link",
                    "title": "Hotel Mawar",
                    "url": "https://hotels.example/view.php?id=1",
                },
                {
                    "type": "link",
                    "title": "Hotel Melati",
                    "url": "https://hotels.example/view.php?id=2",
                },
            ]
        },
    ):
        try:
            found = cameras(body)
        except PortalFormatError:
            found = ()
        assert found == ()


def test_typed_link_pages_beside_stills_need_a_camera_word() -> None:
    found = by_id(
        cameras(
            [
                {"id": "w1", "type": "image", "title": "Pantai", "url": STILL.format("pantai")},
                {
                    "id": "h1",
                    "type": "link",
                    "title": "Hotel Mawar",
                    "url": "https://hotels.example/view.php?id=1",
                },
                {
                    "id": "m2",
                    "type": "link",
                    "title": "Menu",
                    "url": "https://wisata.kutim.example/page.php?id=2",
                },
                {
                    "id": "c3",
                    "type": "link",
                    "title": "Kamera Dermaga",
                    "url": "https://wisata.kutim.example/live/view.php?id=3",
                },
                {
                    "id": "17",
                    "type": "link",
                    "title": "Bundaran",
                    "url": "https://atcs.kutim.example/PlayVideo.aspx?ID=17",
                },
                {
                    "id": "c5",
                    "type": "link",
                    "title": "Gerbang",
                    "caption": "CCTV gerbang",
                    "url": "https://wisata.kutim.example/lihat.php?id=5",
                },
            ]
        )
    )
    assert {key: camera.stream_url for key, camera in found.items()} == {
        "w1": None,
        "c3": "https://wisata.kutim.example/live/view.php?id=3",
        "17": "https://atcs.kutim.example/PlayVideo.aspx?ID=17",
        "c5": "https://wisata.kutim.example/lihat.php?id=5",
    }
    assert found["w1"].snapshot_url == STILL.format("pantai")


def test_typed_link_pages_beside_a_playing_entry_are_a_camera_maps() -> None:
    found = by_id(
        cameras(
            [
                {"id": "f1", "kind": "hls", "title": "Simpang", "url": HLS.format(1)},
                {
                    "id": "f2",
                    "kind": "link",
                    "title": "Pasar",
                    "url": "https://dishub.kutim.example/view.php?id=2",
                },
            ]
        )
    )
    assert found["f2"].stream_url == "https://dishub.kutim.example/view.php?id=2"


def test_a_camera_word_inside_another_word_is_no_camera_sign() -> None:
    # "Kamar" (a room), "camp" and "Campus" hold no camera word.
    body = [
        {"id": "w1", "type": "image", "title": "Pantai", "url": STILL.format("pantai")},
        {
            "id": "r1",
            "type": "link",
            "title": "Kamar Deluxe",
            "url": "https://hotels.example/view.php?id=1",
        },
        {
            "id": "r2",
            "type": "link",
            "title": "Campus Tour",
            "url": "https://campus.example/view.php?id=2",
        },
    ]
    assert set(by_id(cameras(body))) == {"w1"}


def test_a_course_lesson_list_beside_one_video_keeps_only_the_video() -> None:
    """Beside one playing entry, pages of a script not named for viewing are no viewers."""
    body = [
        {"id": 1, "type": "video", "title": "Intro lesson", "url": HLS.format("intro")},
        {
            "id": 2,
            "type": "link",
            "title": "Lesson 2",
            "url": "https://course.example/lesson.php?id=2",
        },
        {
            "id": 3,
            "type": "link",
            "title": "Lesson 3",
            "url": "https://course.example/lesson.php?id=3",
        },
        {
            "id": 4,
            "type": "link",
            "title": "Chapter 4",
            "url": "https://course.example/read.php?id=4",
        },
        {"id": 5, "type": "link", "title": "Quiz", "url": "https://course.example/quiz?id=5"},
    ]
    assert list(by_id(cameras(body))) == ["1"]


def test_viewer_named_pages_beside_a_playing_entry_stay_camera_pages() -> None:
    """A viewer script or viewing route keyed by the entry stays its camera's page."""
    body = [
        {"id": "v1", "kind": "hls", "title": "Simpang", "url": HLS.format(1)},
        {
            "id": "v2",
            "kind": "link",
            "title": "Pasar",
            "url": "https://dishub.kutim.example/view.php?id=2",
        },
        {
            "id": "v3",
            "kind": "link",
            "title": "Kabo",
            "url": "https://dishub.kutim.example/lihat.php?kode=BGL-01",
        },
        {
            "id": "v4",
            "kind": "link",
            "title": "Pelangi",
            "url": "https://atcs.kutim.example/cctv/live/v4",
        },
        {
            "id": "v6",
            "kind": "link",
            "title": "Terminal",
            "url": "https://dishub.kutim.example/PlayVideo.aspx?ID=17",
        },
        {
            "id": "v5",
            "kind": "link",
            "title": "Lesson 5",
            "url": "https://course.example/lesson.php?id=5",
        },
    ]
    found = by_id(cameras(body))
    assert {key: camera.stream_url for key, camera in found.items()} == {
        "v1": HLS.format(1),
        "v2": "https://dishub.kutim.example/view.php?id=2",
        "v3": "https://dishub.kutim.example/lihat.php?kode=BGL-01",
        "v4": "https://atcs.kutim.example/cctv/live/v4",
        "v6": "https://dishub.kutim.example/PlayVideo.aspx?ID=17",
    }


def test_a_link_naming_its_camera_needs_no_viewer_named_page() -> None:
    """An entry saying it shows a camera keeps its keyed page beside a playing entry or not."""
    body = [
        {"id": "c1", "kind": "hls", "title": "Simpang", "url": HLS.format(1)},
        {
            "id": "c2",
            "kind": "link",
            "title": "CCTV Pasar",
            "url": "https://dishub.kutim.example/lokasi.php?id=2",
        },
    ]
    found = by_id(cameras(body))
    assert found["c2"].stream_url == "https://dishub.kutim.example/lokasi.php?id=2"


def test_viewing_scripts_of_a_course_radio_or_news_site_beside_one_video_are_no_cameras() -> None:
    """Moodle's ``course/view.php``, a radio's player and a news site's watch page are none."""
    for page in (
        "https://school.kutim.example/course/view.php?id={}",
        "https://school.kutim.example/mod/lesson/view.php?id={}",
        "https://radio.kutim.example/player?id={}",
        "https://news.kutim.example/watch?id={}",
        "https://kutim.example/berita/view.php?id={}",
    ):
        body = [
            {"id": "1", "title": "Item 1", "kind": "hls", "url": HLS.format(1)},
            {"id": "2", "title": "Item 2", "kind": "link", "url": page.format(2)},
            {"id": "3", "title": "Item 3", "kind": "link", "url": page.format(3)},
        ]
        assert list(by_id(cameras(body))) == ["1"], page


def test_a_camera_site_named_like_a_course_word_keeps_its_viewers() -> None:
    """Only whole host labels and folder words count: ``/radiologi/`` is no radio."""
    body = [
        {"id": "1", "title": "Item 1", "kind": "hls", "url": HLS.format(1)},
        {
            "id": "2",
            "title": "Item 2",
            "kind": "link",
            "url": "https://dishub.kutim.example/radiologi/view.php?id=2",
        },
    ]
    assert by_id(cameras(body))["2"].stream_url == (
        "https://dishub.kutim.example/radiologi/view.php?id=2"
    )


def test_a_news_or_radio_stations_traffic_camera_viewer_stays_a_camera_page() -> None:
    """A station hosting its city's traffic cameras names them in its folders."""
    for page in (
        "https://www.news.kutim.example/traffic/view.php?id={}",
        "https://radio.kutim.example/cctv/player?id={}",
    ):
        body = [
            {"id": "1", "title": "Item 1", "kind": "hls", "url": HLS.format(1)},
            {"id": "2", "title": "Item 2", "kind": "link", "url": page.format(2)},
        ]
        assert by_id(cameras(body))["2"].stream_url == page.format(2), page
