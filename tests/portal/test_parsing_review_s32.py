"""Negative cases of the readers added for holdout 33's last classes and holdout 34's.

- A camera firmware's or app's MJPEG route is known by its whole path and its port
  (``:81/stream`` of the ESP32-CAM sketch, ``/video`` and ``/videofeed`` of Android IP
  Webcam on ``:8080``). A site served on such a port has pages at those paths too: as a
  link's target (a ``Video`` menu entry, a list of video pages, a table's link) such an
  address is a page, never an MJPEG camera; shown as a picture or named by a record's
  media field it stays the device's MJPEG stream.
- A recorder's channel is its id when the list has none, written as a number or as the
  recorder labels it (``CH01``, an NVR's IP channel ``D1``): a label is read as before
  channel numbers were checked; ports, codes and words still are no channel.
- A record's ``key`` holding a code (``H429F``, ``gl-n12``) identifies the camera; one
  holding a service's token (``sk_live_8f3a9c2b1d7e4f60``, ``live_x7k2p9q4``: a hash or
  letters and digits switching more than a code does) or a render key named for the
  item's position (``item-0``, ``row-1``) never does.
- A page function setting up a player is read once per call with its literals, and the
  bodies all calls read are capped together: a long function called 200 times is cheap.
- A site menu's entry opened through a camera viewer script is no camera; a filter's
  phrase above a list (``Semua Kecamatan``, ``All Districts``) is no district; whether an
  element is navigation is decided once per element, not again for every link below it.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.shapes import choose_id_key

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


@pytest.mark.parametrize(
    "labels", [("D1", "D2", "D3"), ("CH01", "CH02", "CH03"), ("IP1", "IP2", "IP3")]
)
def test_channel_labels_stay_the_ids(labels: tuple[str, str, str]) -> None:
    answer = json.dumps(
        {
            "cameras": [
                {"channel": label, "name": name, "stream": f"https://v.example.com/{n}.m3u8"}
                for n, (label, name) in enumerate(
                    zip(labels, ("Simpang", "Pasar", "Terminal"), strict=True)
                )
            ]
        }
    )
    assert [c.id for c in _cameras(answer)] == list(labels)


def test_values_that_are_no_channel_labels_are_no_id() -> None:
    for values in (("main", "sub"), ("-1", "-2"), ("CH8554", "CH8555"), ("ch 1 a", "ch 2 a")):
        rows = [{"chan": v, "name": str(i)} for i, v in enumerate(values)]
        assert choose_id_key(rows) is None


def _keyed_map(keys: tuple[str, str, str]) -> str:
    cams = ", ".join(
        f"{{ key: '{key}', district: '{district}', desc: '{desc}', lat: 22.2{n}, lng: 114.1{n}, "
        f"img: 'https://tdcctv.example.hk/cctv/image/{n}.JPG' }}"
        for n, (key, district, desc) in enumerate(
            zip(
                keys,
                ("Central", "Wan Chai", "Eastern"),
                ("Queen Street", "Gloucester Road", "Corridor"),
                strict=True,
            )
        )
    )
    return (
        f"<html><body><div id='map'></div><script>const cams = [{cams}];"
        "cams.forEach(c => L.marker([c.lat, c.lng]).bindPopup(c.desc + '<img src=\"' + c.img"
        " + '\">').addTo(map));</script></body></html>"
    )


@pytest.mark.parametrize(
    "keys",
    [
        ("sk_live_8f3a9c2b1d7e4f60", "sk_live_1a2b3c4d5e6f7081", "sk_live_99aa88bb77cc66dd"),
        ("live_x7k2p9q4", "live_m3n8v1c6", "live_q9w2e7r5"),
        ("item-0", "item-1", "item-2"),
        ("row_1", "row_2", "row_3"),
    ],
)
def test_a_token_or_position_key_is_no_id(keys: tuple[str, str, str]) -> None:
    cameras = _cameras(_keyed_map(keys))
    assert [c.name for c in cameras] == ["Queen Street", "Gloucester Road", "Corridor"]
    assert all(c.id.startswith("k-") for c in cameras)


@pytest.mark.parametrize("keys", [("H429F", "K614F", "TM810F"), ("gl-n12", "gl-s04", "lk-07")])
def test_a_code_key_stays_the_id(keys: tuple[str, str, str]) -> None:
    assert [c.id for c in _cameras(_keyed_map(keys))] == list(keys)


def test_a_long_player_helper_called_many_times_stays_bounded() -> None:
    """A page function of ~20,000 characters called 200 times is read a bounded number of times.

    Each call's body is read again by the player readers, so the bodies the calls read
    are capped together (the cost is measured by scripts/bench_hostile.py).
    """
    statement = (
        "var h{i} = new Hls(); h{i}.loadSource(url + '/s{i}.m3u8'); "
        "h{i}.attachMedia(document.getElementById(el)); var p{i} = flvjs.createPlayer("
        "{{type: 'flv', url: url}}); p{i}.attachMediaElement(document.getElementById(el));\n"
    )
    body = ""
    count = 0
    while len(body) < 19_500:
        body += statement.format(i=count)
        count += 1
    helper = "function startFlv(el, url) {\n" + body + "}\n"
    calls = "".join(
        f"startFlv('v{n}', 'https://media.example.go.id/camera/cam{n}');\n" for n in range(200)
    )
    videos = "".join(
        f'<div class="col"><video id="v{n}"></video><h5>Kamera {n}</h5></div>' for n in range(200)
    )
    page = f"<html><body>{videos}<script>{helper}{calls}</script></body></html>"
    try:
        cameras = _cameras(page)
    except PortalFormatError:
        cameras = ()
    assert len(cameras) <= 200
    assert all(
        (camera.stream_url or "").startswith("https://media.example.go.id/camera/cam")
        for camera in cameras
    )


_VIEWER_LIST_WITH_MENU = """<html><body>
<ul class="sidebar navbar-nav">
<li class="nav-item"><a href="camview.php?camkey=settings">Pengaturan</a></li>
<li class="nav-item"><a href="page.php?key=about">Tentang Kami</a></li>
</ul>
<h2>Webcam List</h2><ul class="list">
<li><a href="camview.php?camkey=dieng01">Kawah Sikidang</a></li>
<li><a href="camview.php?camkey=dieng02">Telaga Warna</a></li>
<li><a href="camview.php?camkey=dieng03">Candi Arjuna</a></li>
</ul></body></html>"""


def test_a_menu_entry_through_the_viewing_script_is_no_camera() -> None:
    """A sidebar's settings page opened through the viewer script joins no camera list."""
    cameras = _cameras(_VIEWER_LIST_WITH_MENU)
    assert [camera.id for camera in cameras] == ["dieng01", "dieng02", "dieng03"]
    assert [camera.name for camera in cameras] == [
        "Kawah Sikidang",
        "Telaga Warna",
        "Candi Arjuna",
    ]
    assert all("settings" not in (camera.stream_url or "") for camera in cameras)


@pytest.mark.parametrize(
    "phrase",
    ["Semua Kecamatan", "Seluruh Kecamatan", "All Districts", "Pilih Kecamatan", "semua kec."],
)
def test_a_filter_phrase_above_the_list_is_no_area(phrase: str) -> None:
    """A filter's "every district" or a picker prompt above the list places no camera."""
    answer = {
        "kecamatan": phrase,
        "cctvs": [
            {"id": "c1", "name": "Simpang Lima", "stream": "https://s.example/a.m3u8"},
            {"id": "c2", "name": "Tugu Muda", "stream": "https://s.example/b.m3u8"},
        ],
    }
    cameras = _cameras(json.dumps(answer))
    assert [camera.name for camera in cameras] == ["Simpang Lima", "Tugu Muda"]
    assert [camera.area for camera in cameras] == [None, None]


def test_a_district_named_above_the_list_still_places_its_cameras() -> None:
    """The filter-phrase rule leaves a real district name (two words, one of them a place)."""
    answer = {
        "kecamatan": "Semarang Tengah",
        "cctvs": [
            {"id": "c1", "name": "Simpang Lima", "stream": "https://s.example/a.m3u8"},
            {"id": "c2", "name": "Tugu Muda", "stream": "https://s.example/b.m3u8"},
        ],
    }
    cameras = _cameras(json.dumps(answer))
    assert [camera.area for camera in cameras] == ["Semarang Tengah", "Semarang Tengah"]


def test_many_live_links_under_deep_classed_elements_stay_bounded() -> None:
    """Live-camera links under deep elements of many classes: navigation is read once each.

    Each element's own classes are matched once, not again for every link below it
    (the cost is measured by scripts/bench_hostile.py).
    """
    classes = " ".join(f"aaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbbbbbb-{n:02d}" for n in range(16))
    links = "".join(
        f'<li><a href="https://live{n}.other.example/live/cam{n}">Live CCTV</a></li>'
        for n in range(1500)
    )
    block = f'<div class="{classes}">' * 12 + f"<ul>{links}</ul>" + "</div>" * 12
    menu = '<nav><ul><li><a href="https://menu.other.example/live">Live CCTV</a></li></ul></nav>'
    try:
        cameras = _cameras(f"<html><body>{menu}{block}{block}</body></html>")
    except PortalFormatError:
        cameras = ()
    assert all("menu.other.example" not in (camera.stream_url or "") for camera in cameras)
    assert len(cameras) <= 3000
