"""Negative cases of the readers added for holdout 33's last classes and holdout 34's.

- A camera firmware's or app's MJPEG route is known by its whole path and its port
  (``:81/stream`` of the ESP32-CAM sketch, ``/video`` and ``/videofeed`` of Android IP
  Webcam on ``:8080``). A site served on such a port has pages at those paths too: as a
  link's target (a ``Video`` menu entry, a list of video pages, a table's link) such an
  address is a page, never an MJPEG camera; shown as a picture or named by a record's
  media field it stays the device's MJPEG stream.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.example.go.id/"


def _cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


_MENU_PAGE = """<html><body>
<nav><ul class="menu">
<li><a href="/">Beranda</a></li><li><a href="/video">Video</a></li>
<li><a href="/galeri">Galeri</a></li><li><a href="/berita">Berita</a></li>
</ul></nav>
<h1>CCTV Kota</h1>
<div class="cams">
<div class="cam"><h5>Simpang Lima</h5>
<video src="https://stream.example.go.id/live/simpanglima.m3u8"></video></div>
<div class="cam"><h5>Pasar Baru</h5>
<video src="https://stream.example.go.id/live/pasarbaru.m3u8"></video></div>
</div>
<footer><a href="http://dishub.example.go.id:8080/video">Video Kegiatan</a></footer>
</body></html>"""


def test_a_site_on_a_device_port_keeps_its_video_page_a_page() -> None:
    cameras = _cameras(_MENU_PAGE, "http://dishub.example.go.id:8080/")
    assert [c.name for c in cameras] == ["Simpang Lima", "Pasar Baru"]
    assert all(c.mjpeg_url is None for c in cameras)


def test_a_list_of_links_to_device_routes_is_no_camera_list() -> None:
    page = """<html><body><h2>Daftar Video</h2><ul>
    <li><a href="http://media.example.go.id:8080/video">Video Profil Kabupaten</a></li>
    <li><a href="http://media.example.go.id:8000/videofeed">Video Kegiatan Bupati</a></li>
    <li><a href="http://media.example.go.id:81/stream">Streaming Radio Daerah</a></li>
    </ul></body></html>"""
    with pytest.raises(PortalFormatError):
        _cameras(page)


def test_a_table_linking_device_routes_gives_no_mjpeg() -> None:
    rows = "".join(
        f'<tr><td>{name}</td><td><a href="http://media.example.go.id:8080/video">Video</a></td>'
        f'<td><a href="https://v.example.go.id/hls/{n}/index.m3u8">Live</a></td></tr>'
        for n, name in enumerate(("Simpang Lima", "Pasar Baru", "Terminal"))
    )
    page = f"<table><tr><th>Nama</th><th>Video</th><th>Live</th></tr>{rows}</table>"
    cameras = _cameras(page)
    assert [c.name for c in cameras] == ["Simpang Lima", "Pasar Baru", "Terminal"]
    assert all(c.mjpeg_url is None for c in cameras)


def test_device_routes_shown_as_pictures_or_named_as_media_stay_mjpeg() -> None:
    page = """<html><body><div class="cards">
    <div class="card"><img src="http://cam1.example.go.id:8080/video" alt="Gerbang Utama"></div>
    <div class="card"><img src="http://cam2.example.go.id:8080/video" alt="Perpustakaan"></div>
    </div></body></html>"""
    assert [c.mjpeg_url for c in _cameras(page)] == [
        "http://cam1.example.go.id:8080/video",
        "http://cam2.example.go.id:8080/video",
    ]
    answer = json.dumps(
        {
            "data": [
                {"id": "c1", "name": "Gerbang", "stream_url": "http://192.168.8.21:81/stream"},
                {"id": "c2", "name": "Kandang", "stream_url": "http://192.168.8.35:8080/video"},
            ]
        }
    )
    assert [c.mjpeg_url for c in _cameras(answer, "http://192.168.8.1/")] == [
        "http://192.168.8.21:81/stream",
        "http://192.168.8.35:8080/video",
    ]
