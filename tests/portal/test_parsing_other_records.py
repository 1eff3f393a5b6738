"""Records that are no cameras beside cameras, and list-wide values that place none.

Sound files in a camera playlist, map markers of other road-side equipment, a list page
every record links, a country every record names, and hash-routed player pages.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.featurekinds import other_feature_records
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.pageonly import page_only

BASE = "https://kamera.kutim.example/api/kamera"


def _cams(body: object, base: str = BASE) -> tuple[Camera, ...]:
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


# --- Sound files in a playlist ------------------------------------------------------------


def _playlist(*entries: tuple[str, str]) -> str:
    lines = ["#EXTM3U"]
    for title, url in entries:
        lines += [f"#EXTINF:-1,{title}", url]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "sound",
    [
        "https://kamera.kutim.example/audio/imbauan.mp3",
        "https://kamera.kutim.example/audio/IMBAUAN.MP3",
        "https://kamera.kutim.example/radio/arsip.m4a",
        "https://kamera.kutim.example/musik/ruang-tunggu.aac",
        "audio/pengumuman.ogg",
    ],
)
def test_playlist_sound_file_is_no_camera(sound: str) -> None:
    cams = _cams(
        _playlist(
            ("Simpang Tiga", "https://kamera.kutim.example/live/sts/index.m3u8"),
            ("Imbauan", sound),
            ("Pasar Induk", "https://kamera.kutim.example/live/pasar/index.m3u8"),
        ),
        "https://kamera.kutim.example/kamera.m3u",
    )
    assert [cam.name for cam in cams] == ["Simpang Tiga", "Pasar Induk"]


def test_playlist_camera_in_a_folder_named_mp3_stays() -> None:
    cams = _cams(
        _playlist(
            ("Kantin", "https://kamera.kutim.example/mp3cam/video.mjpg"),
            ("Gerbang", "https://kamera.kutim.example/live/mp3/index.m3u8"),
        ),
        "https://kamera.kutim.example/kamera.m3u",
    )
    assert [cam.mjpeg_url or cam.stream_url for cam in cams] == [
        "https://kamera.kutim.example/mp3cam/video.mjpg",
        "https://kamera.kutim.example/live/mp3/index.m3u8",
    ]


def test_playlist_of_sound_files_only_is_no_camera_list() -> None:
    with pytest.raises(PortalFormatError):
        _cams(
            _playlist(
                ("Lagu 1", "https://radio.kutim.example/a.mp3"),
                ("Lagu 2", "https://radio.kutim.example/b.mp3"),
            ),
            "https://radio.kutim.example/lagu.m3u",
        )


def test_playlist_lan_entry_still_refused_beside_sound_files() -> None:
    cams = _cams(
        _playlist(
            ("Simpang Tiga", "https://kamera.kutim.example/live/sts/index.m3u8"),
            ("Ruang Kontrol", "http://192.168.10.40:8080/video.mjpg"),
            ("Imbauan", "https://kamera.kutim.example/audio/imbauan.mp3"),
            ("Pasar Induk", "https://kamera.kutim.example/live/pasar/index.m3u8"),
            ("Kabo", "https://kamera.kutim.example/live/kabo/index.m3u8"),
        ),
        "https://kamera.kutim.example/kamera.m3u",
    )
    assert [cam.name for cam in cams] == ["Simpang Tiga", "Pasar Induk", "Kabo"]
    assert not any("192.168" in str(cam.mjpeg_url) for cam in cams)


# --- Map markers of other equipment -------------------------------------------------------


def _marker(ident: str, group: str, page: str) -> dict[str, object]:
    return {
        "markerid": ident,
        "tooltip": f"Titik {ident}",
        "lat": 0.5,
        "lon": 117.5,
        "framehtml": f'<iframe src="mapbubbles/{page}.aspx?site={ident}"></iframe>',
        "markergroup": group,
    }


def test_sign_and_weather_markers_beside_cameras_are_dropped() -> None:
    body = {
        "d": [
            _marker("cam_1", "map-cameras", "camerasite"),
            _marker("dms_3", "map-dms", "dmssite"),
            _marker("cam_2", "map-cameras", "camerasite"),
            _marker("wx_2", "map-weather", "rwissite"),
        ]
    }
    cams = _cams(body, "https://lalin.kutim.example/default.aspx/LoadCameraData")
    assert [cam.id for cam in cams] == ["cam_1", "cam_2"]


@pytest.mark.parametrize(
    ("kinds", "dropped"),
    [
        (["cameras", "signs", "weatherStations", "incidents"], {1, 2, 3}),
        (["camera", "rwis", "Kamera Cuaca", "roadwork"], {1, 3}),
        # Kinds of camera only, or no camera named at all: nothing is dropped.
        (["PTZ", "ATCS", "Fixed"], set()),
        (["weather", "weather", "weather"], set()),
        (["cctv", "museum", "cctv"], set()),
    ],
)
def test_other_feature_records(kinds: list[str], dropped: set[int]) -> None:
    items: list[object] = [{"type": kind, "name": str(n)} for n, kind in enumerate(kinds)]
    assert other_feature_records(items) == dropped  # type: ignore[arg-type]


def test_other_feature_kind_under_a_name_field_is_not_read() -> None:
    items: list[object] = [{"name": "cameras"}, {"name": "weather"}]
    assert other_feature_records(items) == frozenset()  # type: ignore[arg-type]


# --- A list page every record links -------------------------------------------------------


def _flood(slug: str, url: str, embed: str, link: str = "/kamera") -> dict[str, object]:
    return {"id": slug, "name": slug.title(), "url": url, "embed_url": embed, "link": link}


def test_shared_list_link_is_no_camera_media() -> None:
    cams = _cams(
        [
            _flood("hulu", "https://s.banjir.kutim.example/hulu.m3u8", ""),
            _flood("muara", "", "https://watch.banjir.kutim.example/#/embed/a03b7e"),
            _flood("sepaso", "https://s.banjir.kutim.example/sepaso.m3u8", ""),
            _flood("langsat", "", ""),
        ],
        "https://banjir.kutim.example/api/kamera",
    )
    assert {cam.id: cam.stream_url for cam in cams} == {
        "hulu": "https://s.banjir.kutim.example/hulu.m3u8",
        "muara": "https://watch.banjir.kutim.example/#/embed/a03b7e",
        "sepaso": "https://s.banjir.kutim.example/sepaso.m3u8",
    }


def test_own_links_of_each_record_are_kept() -> None:
    cams = _cams(
        [
            {"id": "a", "name": "Dermaga", "link": "https://www.youtube.com/watch?v=Hk3pQ9vLm2A"},
            {"id": "b", "name": "Kolam", "link": "https://www.youtube.com/watch?v=Zt8wQ1nRr4E"},
            {"id": "c", "name": "Gerbang", "link": "https://www.youtube.com/watch?v=x7Rb2Lw9NcU"},
        ]
    )
    assert [cam.stream_url for cam in cams] == [
        "https://www.youtube.com/watch?v=Hk3pQ9vLm2A",
        "https://www.youtube.com/watch?v=Zt8wQ1nRr4E",
        "https://www.youtube.com/watch?v=x7Rb2Lw9NcU",
    ]


# --- Hash-routed player pages -------------------------------------------------------------


def _page_camera(url: str) -> Camera:
    return Camera(id="x", raw_name="x", name="x", stream_url=url)


@pytest.mark.parametrize(
    ("url", "only_page"),
    [
        ("https://watch.kutim.example/#/cembed/9e8d7c6b5a", False),
        ("https://pantau.kutim.example/#!/player/simpang-tiga", False),
        ("https://pantau.kutim.example/#peta", True),
        ("https://pantau.kutim.example/#/tentang", True),
        # A fragment on a page of its own is an anchor, never a route.
        ("https://pantau.kutim.example/berita/banjir#/embed/x", True),
    ],
)
def test_hash_route_names_the_player(url: str, only_page: bool) -> None:
    assert page_only(_page_camera(url)) is only_page


# --- One country for a whole list ---------------------------------------------------------


def _sourced(ident: str, country: str) -> dict[str, object]:
    return {
        "id": ident,
        "name": ident.title(),
        "country": country,
        "lat": 0.5,
        "lon": 117.5,
        "embedUrl": f"https://www.youtube.com/embed/{ident}Abc12345",
    }


def test_one_country_for_every_record_is_no_area() -> None:
    cams = _cams(
        [
            _sourced("kenyamukan", "Indonesia"),
            _sourced("bengalon", "Indonesia "),
            _sourced("kaliorang", "indonesia"),
        ]
    )
    assert [cam.area for cam in cams] == [None, None, None]


def test_two_records_naming_one_country_are_placed_by_it() -> None:
    """A list frames its cameras by one country from three records on; two may be placed."""
    cams = _cams([_sourced("kenyamukan", "Indonesia"), _sourced("bengalon", "Indonesia")])
    assert [cam.area for cam in cams] == ["Indonesia", "Indonesia"]


def test_countries_of_a_list_spanning_countries_stay_areas() -> None:
    cams = _cams([_sourced("kenyamukan", "Indonesia"), _sourced("sabah", "Malaysia")])
    assert [cam.area for cam in cams] == ["Indonesia", "Malaysia"]


# --- A map page beside video platform embeds ----------------------------------------------


def _source(ident: str, src: str) -> dict[str, object]:
    return {"id": ident, "name": ident.title(), "embedUrl": src}


def test_map_page_beside_platform_embeds_is_no_camera() -> None:
    cams = _cams(
        [
            _source("maloy", "https://www.youtube.com/embed/Mj7tQ2pLx9A?autoplay=1"),
            _source("radar", "https://radar.flight.kutim.example/?icao=WALT&zoom=10"),
            _source("sungai", "https://www.youtube.com/embed/live_stream?channel=UCsgtRiver"),
        ]
    )
    assert [cam.id for cam in cams] == ["maloy", "sungai"]


def test_pages_beside_a_single_platform_embed_are_kept() -> None:
    cams = _cams(
        [
            _source("maloy", "https://www.youtube.com/embed/Mj7tQ2pLx9A?autoplay=1"),
            _source("dermaga", "https://pelabuhan.kutim.example/dermaga"),
        ]
    )
    assert [cam.id for cam in cams] == ["maloy", "dermaga"]


def test_an_other_kind_marker_playing_video_stays_and_one_with_a_picture_does_not() -> None:
    """A sign's rendering or a station's chart is no camera; a marker playing video is one."""
    station = _marker("wx_7", "map-weather", "rwissite")
    station["image"] = "https://lalin.kutim.example/rwis/wx_7-chart.png"
    sign = _marker("dms_8", "map-dms", "dmssite")
    sign["hls"] = "https://lalin.kutim.example/hls/dms_8/index.m3u8"
    mjpeg = _marker("wx_9", "map-weather", "rwissite")
    mjpeg["mjpeg"] = "https://lalin.kutim.example/mjpg/wx_9/video.mjpg"
    body = {
        "d": [
            _marker("cam_1", "map-cameras", "camerasite"),
            station,
            _marker("dms_3", "map-dms", "dmssite"),
            sign,
            mjpeg,
            _marker("cam_2", "map-cameras", "camerasite"),
        ]
    }
    cams = _cams(body, "https://lalin.kutim.example/default.aspx/LoadCameraData")
    assert [cam.id for cam in cams] == ["cam_1", "dms_8", "wx_9", "cam_2"]
    assert cams[1].stream_url == "https://lalin.kutim.example/hls/dms_8/index.m3u8"
    assert cams[2].mjpeg_url == "https://lalin.kutim.example/mjpg/wx_9/video.mjpg"
