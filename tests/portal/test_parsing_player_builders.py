"""Player builder snippets and media servers' player links."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.media import is_placeholder_picture
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.names import area_name
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.embeds import server_player_page

BASE = "https://dishub.kutim.example/live"
LIVE = "https://live.kutim.example:1935/atcs"


def _cams(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _wowza(number: int, name: str, options: str) -> str:
    return (
        f'<div class="col"><h4 class="judul">{name}</h4><div id="player{number}"></div>'
        f"<script>WowzaPlayer.create('player{number}', {{{options}}});</script></div>"
    )


def test_wowza_builder_reads_percent_encoded_addresses() -> None:
    source = quote(f"{LIVE}/simpang3.stream/playlist.m3u8", safe="")
    poster = quote("https://dishub.kutim.example/poster/simpang3.jpg", safe="")
    options = (
        f'"license":"PLAY1-aaaa","title":"","sourceURL":"{source}","posterFrameURL":"{poster}"'
    )
    other = f'"sourceURL":"{quote(LIVE + "/kabo.stream/playlist.m3u8", safe="")}"'
    page = f"<html><body>{_wowza(1, 'Simpang Tiga', options)}{_wowza(2, 'Kabo Jaya', other)}</body></html>"
    cameras = _cams(page)
    assert [(c.raw_name, c.stream_url, c.snapshot_url) for c in cameras] == [
        (
            "Simpang Tiga",
            f"{LIVE}/simpang3.stream/playlist.m3u8",
            "https://dishub.kutim.example/poster/simpang3.jpg",
        ),
        ("Kabo Jaya", f"{LIVE}/kabo.stream/playlist.m3u8", None),
    ]


def test_wowza_play2_sources_list_and_title() -> None:
    options = (
        f'"license":"PLAY2-bbbb","sources":[{{"sourceURL":"{LIVE}/terminal.stream/playlist.m3u8"}},'
        '{"sourceURL":""}],"title":"Terminal Sangatta","posterFrameURL":"/poster/terminal.jpg"'
    )
    (camera,) = _cams(f"<html><body>{_wowza(3, 'Ignored Heading', options)}</body></html>")
    assert camera.raw_name == "Terminal Sangatta"
    assert camera.stream_url == f"{LIVE}/terminal.stream/playlist.m3u8"
    assert camera.snapshot_url == "https://dishub.kutim.example/poster/terminal.jpg"


def test_a_commented_out_wowza_player_is_no_camera() -> None:
    options = f'"sourceURL":"{quote(LIVE + "/x.stream/playlist.m3u8", safe="")}"'
    page = (
        "<html><body><div id='p1'></div><script>//WowzaPlayer.create('p1', {"
        + options
        + "});\n</script></body></html>"
    )
    with pytest.raises(PortalFormatError):
        _cams(page)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://m.example:5443/LiveApp/play.html?name=cam1&playOrder=hls", True),
        ("https://m.example:5443/WebRTCAppEE/play.html?id=cam1", True),
        ("https://m.example:5443/LiveApp/play.html", False),
        ("https://m.example/play.html?name=cam1", False),
        ("https://m.example/LiveApp/play.php?name=cam1", False),
        ("ftp://m.example/LiveApp/play.html?name=cam1", False),
    ],
)
def test_server_player_pages(url: str, expected: bool) -> None:
    assert server_player_page(url) is expected


def _card(name: str, picture: str | None, place: str, stream_id: str) -> str:
    image = f'<img src="{picture}" alt="{name}">' if picture else ""
    return (
        f'<div class="card">{image}<h5 class="card-title">{name}</h5>'
        f'<p class="small"><i class="bi bi-geo-alt"></i> {place}</p>'
        f'<a href="https://m.example:5443/LiveApp/play.html?name={stream_id}">Tonton</a></div>'
    )


def test_ant_media_cards_keep_previews_and_play_pages_stand_in() -> None:
    page = "<html><body>{}</body></html>".format(
        _card(
            "Simpang Kabo",
            "https://m.example:5443/LiveApp/previews/kabo.png",
            "Kel. Swarga Bara",
            "kabo",
        )
        + _card("Kantor Camat", "/assets/img/cctv-default.png", "Kel. Teluk Lingga", "camat")
        + _card("Taman", None, "Kec. Sangatta Utara", "taman")
    )
    cameras = _cams(page)
    assert [(c.raw_name, c.area, c.stream_url, c.snapshot_url) for c in cameras] == [
        ("Simpang Kabo", "Swarga Bara", None, "https://m.example:5443/LiveApp/previews/kabo.png"),
        (
            "Kantor Camat",
            "Teluk Lingga",
            "https://m.example:5443/LiveApp/play.html?name=camat",
            None,
        ),
        ("Taman", "Sangatta Utara", "https://m.example:5443/LiveApp/play.html?name=taman", None),
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Kel. Swarga Bara", "Swarga Bara"),
        ("kec.Bengalon", "Bengalon"),
        ("Ds.  Sepaso", "Sepaso"),
        ("Kecamatan Kaliorang", "Kecamatan Kaliorang"),
        ("Kel.", "Kel."),
        ("Kelapa Dua", "Kelapa Dua"),
        ("Desa Sepaso", "Desa Sepaso"),
    ],
)
def test_area_prefixes(raw: str, expected: str) -> None:
    assert area_name(raw) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/assets/img/cctv-default.png", True),
        ("https://a.example/img/default_thumb.jpg", True),
        ("https://a.example/img/defaultCamera.jpg", True),
        ("https://a.example/cam/12/default.jpg", False),
        ("https://a.example/default/cctv12.jpg", False),
    ],
)
def test_default_pictures(url: str, expected: bool) -> None:
    assert is_placeholder_picture(url) is expected


def test_hostile_encoded_sources_stay_bounded() -> None:
    encoded = "https%3A%2F%2F" + "%2F" * 50_000 + "a.m3u8"
    page = _wowza(1, "Besar", f'"sourceURL":"{encoded}"') * 10
    with pytest.raises(PortalFormatError):
        _cams(f"<html><body>{page}</body></html>")
