"""Picture-format still CGIs, platform embeds under an embed field, rounded feature points."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.fieldurls import url_kind
from custom_components.kutim_cctv.portal.media import _STILL_ENDINGS, _jpeg_frame_route, _media_url
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutimkab.example/api/kamera"


def parse(payload: object) -> tuple[Camera, ...]:
    text = json.dumps(payload)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def by_name(cameras: tuple[Camera, ...]) -> dict[str, Camera]:
    return {camera.raw_name: camera for camera in cameras}


# --- D-Link style still CGIs named after the picture format ---------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://cam.kutimkab.example/image/jpeg.cgi",
        "https://cam.kutimkab.example/image/jpg.cgi",
        "https://cam.kutimkab.example/jpeg.cgi",
        "https://cam.kutimkab.example:8080/cgi-bin/jpeg.cgi?resolution=640x480",
        "https://cam.kutimkab.example/IMAGE/JPEG.CGI",
    ],
)
def test_picture_format_cgi_is_a_still(url: str) -> None:
    assert url_kind(url) == "still"


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://cam.kutimkab.example/mjpeg.cgi", "mjpeg"),  # motion JPEG, not a still
        ("https://cam.kutimkab.example/video/mjpg.cgi", "mjpeg"),  # D-Link's own MJPEG
        ("https://cam.kutimkab.example/nphjpeg.cgi", None),  # a longer name: unknown
        ("https://cam.kutimkab.example/jpeg.cgi.php", None),  # not a CGI route
    ],
)
def test_near_miss_cgi_names_are_not_stills(url: str, kind: str | None) -> None:
    assert url_kind(url) == kind


def test_picture_format_cgi_has_one_owner() -> None:
    # The frame-script rule alone reads ``jpeg.cgi``/``jpg.cgi``; the still endings list
    # none of them, so both spellings keep one rule.
    assert not [ending for ending in _STILL_ENDINGS if "jpeg.cgi" in ending or "jpg.cgi" in ending]
    routes = [
        _media_url("https://cam.kutimkab.example/image/jpeg.cgi"),
        _media_url("https://cam.kutimkab.example/cgi-bin/jpg.cgi"),
        _media_url("https://cam.kutimkab.example/nphjpeg.cgi"),
    ]
    assert [route is not None and _jpeg_frame_route(route) for route in routes] == [
        True,
        True,
        False,
    ]


def test_generic_url_field_reads_the_cgi_still_as_snapshot() -> None:
    cameras = by_name(
        parse(
            {
                "data": [
                    {
                        "id": 1,
                        "name": "Dermaga",
                        "url": "https://cam1.kutimkab.example/image/jpeg.cgi",
                    },
                    {
                        "id": 2,
                        "name": "Pasar",
                        "url": "https://cam2.kutimkab.example/video/mjpg.cgi",
                    },
                ]
            }
        )
    )
    assert cameras["Dermaga"].snapshot_url == "https://cam1.kutimkab.example/image/jpeg.cgi"
    assert cameras["Dermaga"].stream_url is None
    assert cameras["Pasar"].mjpeg_url == "https://cam2.kutimkab.example/video/mjpg.cgi"
    assert cameras["Pasar"].snapshot_url is None


def test_lan_cgi_still_is_not_taken_from_a_public_list() -> None:
    cameras = by_name(
        parse(
            {
                "data": [
                    {"id": 1, "name": "Gudang", "url": "http://192.168.1.40/image/jpeg.cgi"},
                    {
                        "id": 2,
                        "name": "Kabo",
                        "url": "https://kabo.kutimkab.example/image/jpeg.cgi",
                    },
                    {"id": 3, "name": "Sekerat", "url": "https://sekerat.kutimkab.example/jpg.cgi"},
                ]
            }
        )
    )
    assert "Gudang" not in cameras
    assert cameras["Kabo"].snapshot_url == "https://kabo.kutimkab.example/image/jpeg.cgi"
    assert cameras["Sekerat"].snapshot_url == "https://sekerat.kutimkab.example/jpg.cgi"


# --- a video platform's embed under an embed field ------------------------------------

STILL = "https://cctv.kutimkab.example/snap/{}.jpg"


def embed_list(key: str, embeds: list[str]) -> tuple[Camera, ...]:
    return parse(
        {
            "webcams": [
                {"id": number, "title": f"Cam {number}", "image": STILL.format(number), key: embed}
                for number, embed in enumerate(embeds, start=1)
            ]
        }
    )


@pytest.mark.parametrize("key", ["embed", "embedUrl", "embed_url", "embedded_url"])
def test_platform_embed_under_an_embed_field_plays_beside_the_still(key: str) -> None:
    live = "https://www.youtube.com/embed/live_stream?channel=UCkutimSimpang3"
    video = "https://www.youtube.com/embed/Tl9LinggaLv1?autoplay=1"
    cameras = by_name(embed_list(key, [live, video]))
    assert cameras["Cam 1"].stream_url == live
    assert cameras["Cam 1"].snapshot_url == STILL.format(1)
    assert cameras["Cam 2"].stream_url == video
    assert cameras["Cam 2"].snapshot_url == STILL.format(2)


@pytest.mark.parametrize(
    "embed",
    [
        "https://www.youtube.com/watch?v=tl31KaliorangX",  # a watch page is no player
        "https://www.youtube.com/@BengalonLive/live",  # a channel's page
        "https://www.google.com/maps/embed?pb=!1m18!1m12",  # a map's embed
    ],
)
def test_non_player_under_an_embed_field_does_not_replace_the_still(embed: str) -> None:
    (camera,) = embed_list("embed", [embed])
    assert camera.stream_url is None
    assert camera.snapshot_url == STILL.format(1)


@pytest.mark.parametrize("key", ["iframe", "iframe_src"])
def test_framed_player_beside_a_still_only_stands_in(key: str) -> None:
    # A player framed beside a still (a balloon's iframe) is no stream of its own.
    (camera,) = embed_list(key, ["https://www.youtube.com/embed/Tl9LinggaLv1"])
    assert camera.stream_url is None
    assert camera.snapshot_url == STILL.format(1)


@pytest.mark.parametrize("key", ["map_embed", "share_embed"])
def test_embed_fields_of_maps_and_sharing_are_not_players(key: str) -> None:
    (camera,) = embed_list(key, ["https://www.youtube.com/embed/Tl9LinggaLv1"])
    assert camera.stream_url is None
    assert camera.snapshot_url == STILL.format(1)


def test_live_address_wins_over_an_embed() -> None:
    (camera,) = parse(
        {
            "webcams": [
                {
                    "id": 1,
                    "title": "Maloy",
                    "image": STILL.format(1),
                    "embed": "https://www.youtube.com/embed/Ml0yPort9Xq",
                    "streamUrl": "https://live.kutimkab.example/hls/cam1/index.m3u8",
                }
            ]
        }
    )
    assert camera.stream_url == "https://live.kutimkab.example/hls/cam1/index.m3u8"


def test_embed_player_comes_before_an_entry_page_that_only_stands_in() -> None:
    (camera,) = parse(
        {
            "items": [
                {
                    "url": "https://directory.example/en/kutim/muara-wahau.html",
                    "title": "Muara Wahau",
                    "embedUrl": "https://www.youtube.com/embed/Wh4uCross77",
                }
            ]
        }
    )
    assert camera.stream_url == "https://www.youtube.com/embed/Wh4uCross77"


DIRECTORY_PAGE = "https://directory.example/en/kutim/muara-wahau.html"


@pytest.mark.parametrize("key", ["iframe", "iframe_src", "iframeUrl"])
def test_framed_platform_player_stands_in_before_a_directory_page(key: str) -> None:
    # A scraper's item with no still: the framed YouTube embed is its player, before the
    # directory page under url, though the page is written first.
    (camera,) = parse(
        {
            "items": [
                {
                    "url": DIRECTORY_PAGE,
                    "title": "Muara Wahau",
                    key: "https://www.youtube.com/embed/Wh4uCross77",
                }
            ]
        }
    )
    assert camera.stream_url == "https://www.youtube.com/embed/Wh4uCross77"
    assert camera.snapshot_url is None


@pytest.mark.parametrize(
    "framed",
    [
        "https://www.youtube.com/watch?v=Wh4uCross77",  # a watch page is no embed player
        "https://www.youtube.com/@BengalonLive/live",  # a channel's live page
        "https://www.google.com/maps/embed?pb=!1m18!1m12",  # a map's embed
    ],
)
def test_framed_non_player_does_not_come_before_the_directory_page(framed: str) -> None:
    (camera,) = parse(
        {"items": [{"url": DIRECTORY_PAGE, "title": "Muara Wahau", "iframe": framed}]}
    )
    assert camera.stream_url == DIRECTORY_PAGE
    assert camera.snapshot_url is None


def test_framed_player_beside_a_still_stays_out_before_a_directory_page() -> None:
    # Beside a still the framed player only stands in, as in a map balloon: the still alone.
    (camera,) = parse(
        {
            "items": [
                {
                    "url": DIRECTORY_PAGE,
                    "title": "Sangatta",
                    "snapshotUrl": STILL.format(1),
                    "iframe": "https://www.youtube.com/embed/live_stream?channel=UCsangattaSq01",
                }
            ]
        }
    )
    assert camera.stream_url is None
    assert camera.snapshot_url == STILL.format(1)


def test_live_address_wins_over_a_framed_player() -> None:
    (camera,) = parse(
        {
            "items": [
                {
                    "url": DIRECTORY_PAGE,
                    "title": "Maloy",
                    "iframe": "https://www.youtube.com/embed/Ml0yPort9Xq",
                    "streamUrl": "https://live.kutimkab.example/hls/cam1/index.m3u8",
                }
            ]
        }
    )
    assert camera.stream_url == "https://live.kutimkab.example/hls/cam1/index.m3u8"


# --- GeoJSON geometry rounded from its properties' position ----------------------------


def feature(number: int, point: list[float], lat: object, lng: object) -> dict[str, object]:
    return {
        "type": "Feature",
        "id": number,
        "geometry": {"type": "Point", "coordinates": point},
        "properties": {
            "name": f"CCTV {number}",
            "lat": lat,
            "lng": lng,
            "stream_url": f"https://cctv.kutimkab.example/hls/cam{number}/index.m3u8",
        },
    }


def positions(*features: dict[str, object]) -> dict[str, tuple[float | None, float | None]]:
    cameras = parse({"type": "FeatureCollection", "features": list(features)})
    return {camera.raw_name: (camera.latitude, camera.longitude) for camera in cameras}


def test_properties_more_precise_than_the_rounded_geometry_are_read() -> None:
    got = positions(
        feature(1, [117.5461, 0.5098], "0.50981", "117.54612"),  # rounded to 4
        feature(2, [117.5702, 0.4662], 0.46624, 117.57019),  # numbers, rounded
        feature(3, [116.973, 1.112], "1.1123815", "116.9730649"),  # cut to 3 decimals
    )
    assert got["CCTV 1"] == pytest.approx((0.50981, 117.54612))
    assert got["CCTV 2"] == pytest.approx((0.46624, 117.57019))
    assert got["CCTV 3"] == pytest.approx((1.1123815, 116.9730649))


def test_geometry_elsewhere_than_its_properties_wins() -> None:
    got = positions(
        feature(1, [117.8571, 0.9712], "0.52811", "117.56204"),  # another place
        feature(2, [117.5461, 0.5099], "0.50981", "117.54612"),  # one coordinate off
    )
    assert got["CCTV 1"] == pytest.approx((0.9712, 117.8571))
    assert got["CCTV 2"] == pytest.approx((0.5099, 117.5461))


def test_coarse_geometry_is_never_read_as_a_rounding() -> None:
    # A one-decimal or whole-degree point (a region's centre) is the feature's own.
    got = positions(
        feature(1, [117.5, 0.5], "0.50981", "117.54612"),
        feature(2, [117.0, 1.0], "1.0123", "117.0456"),
    )
    assert got["CCTV 1"] == pytest.approx((0.5, 117.5))
    assert got["CCTV 2"] == pytest.approx((1.0, 117.0))


def test_geometry_as_precise_as_its_properties_keeps_its_value() -> None:
    got = positions(feature(1, [117.54612, 0.50981], "0.5098", "117.5461"))
    assert got["CCTV 1"] == pytest.approx((0.50981, 117.54612))
