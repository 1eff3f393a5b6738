"""Map marker pictures are no stills; a recorded clip beside live cameras is no camera."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.media import is_marker_picture
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.playlist import playlist_items

BASE = "https://cctv.kutimkab.example/playlist.m3u"


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/assets/img/marker-cctv.png",
        "https://x.example/img/cctv_marker.svg",
        "https://x.example/img/pinCamera.png",
        "https://x.example/img/map-pin-red.png",
        "https://x.example/assets/markers/cctv.png",
        "https://x.example/assets/icons/cctv.png",
    ],
)
def test_marker_and_icon_pictures(url: str) -> None:
    assert is_marker_picture(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/snap/pinang-pasar.jpg",  # a place named Pinang
        "https://x.example/snap/pintu-air.jpg",
        "https://x.example/snap/iconic-bridge.jpg",
        "https://x.example/img/cctv-icon.png",  # a list's shared picture, outside icons/
        "https://x.example/snap/markers-street/cam1.jpg",  # a folder named for a street
        "https://x.example/cam/atcs004/thumb.jpg",
        "https://x.example/snap.jpg?marker=1",
        "",
    ],
)
def test_camera_pictures_are_not_markers(url: str) -> None:
    assert not is_marker_picture(url)


def test_a_marker_icon_object_beside_cameras_is_no_camera() -> None:
    page = """<html><body><div id="map"></div><script>
    var icons = {cctv: 'https://peta.kutimkab.example/assets/img/marker-cctv.png',
                 videotron: 'https://peta.kutimkab.example/assets/img/marker-videotron.png'};
    var titik = [
      {nama: 'Simpang Tiga', lat: 0.50233, lng: 117.5231,
       video: 'https://peta.kutimkab.example/hls/sp3/index.m3u8'},
      {nama: 'Bundaran Pelangi', lat: 0.5099, lng: 117.5402,
       video: 'https://peta.kutimkab.example/hls/pelangi/index.m3u8'}
    ];
    </script></body></html>"""
    result = parse_body(
        page, profile=Profile.AUTO, base_url="https://peta.kutimkab.example/", prettify=False
    )
    assert sorted(camera.name for camera in result.cameras) == ["Bundaran Pelangi", "Simpang Tiga"]
    assert all(camera.snapshot_url is None for camera in result.cameras)


def _playlist(*urls: str) -> str:
    lines = ["#EXTM3U"]
    for number, url in enumerate(urls, 1):
        lines += [f'#EXTINF:-1 tvg-id="c{number}",Kamera {number}', url]
    return "\n".join(lines) + "\n"


def _streams(text: str) -> list[object]:
    return [item["stream"] for item in playlist_items(text, BASE)]


def test_a_recorded_clip_beside_live_cameras_is_dropped() -> None:
    text = _playlist(
        "https://cctv.kutimkab.example/hls/sp3/index.m3u8",
        "rtsp://relay.kutimkab.example/kabo",
        "https://cctv.kutimkab.example/vod/sosialisasi-tertib-lalin.mp4",
        "https://cctv.kutimkab.example/media/profil.mkv",
    )
    assert _streams(text) == [
        "https://cctv.kutimkab.example/hls/sp3/index.m3u8",
        "rtsp://relay.kutimkab.example/kabo",
    ]


def test_live_mp4_addresses_are_kept() -> None:
    text = _playlist(
        "https://cctv.kutimkab.example/hls/sp3/index.m3u8",
        "https://cctv.kutimkab.example/live/cam2/s.mp4",
        "https://cctv.kutimkab.example/api/stream.mp4?src=cam3",
        "https://cctv.kutimkab.example/cam4/stream.mp4",
    )
    assert len(_streams(text)) == 4


def test_a_playlist_of_video_files_only_keeps_them() -> None:
    text = _playlist(
        "https://cctv.kutimkab.example/rekaman/simpang-tiga.mp4",
        "https://cctv.kutimkab.example/rekaman/bundaran.mp4",
    )
    assert len(_streams(text)) == 2


def test_an_entry_read_as_live_by_its_route_is_no_clip() -> None:
    """A camera's MJPEG route ending in ``.mp4`` is live, never a recorded clip."""
    text = _playlist(
        "https://cctv.kutimkab.example/hls/sp3/index.m3u8",
        "https://cam4.kutimkab.example/cgi-bin/mjpg/video.mp4",
        "https://cctv.kutimkab.example/vod/sosialisasi-tertib-lalin.mp4",
    )
    cameras = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [camera.mjpeg_url for camera in cameras if camera.mjpeg_url] == [
        "https://cam4.kutimkab.example/cgi-bin/mjpg/video.mp4"
    ]
    assert len(cameras) == 2
