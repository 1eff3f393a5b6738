"""Named modal calls handing player pages, and a preview script repeated on every card."""

from __future__ import annotations

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.pdam.example/dashboard"
PREVIEW = "https://cctv.pdam.example/preview/live.m3u8"


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def card(call: str, name: str, preview: bool = True) -> str:
    player = (
        '<video id="preview-player" muted></video><script>'
        "var v = document.getElementById('preview-player');"
        f'var hls = new Hls(); hls.loadSource("{PREVIEW}"); hls.attachMedia(v);</script>'
        if preview
        else ""
    )
    return f'<div class="card" onclick="{call}">{player}<h2>{name}</h2></div>'


def page(cards: list[str]) -> str:
    return f"<html><body><h1>Dashboard CCTV</h1>{''.join(cards)}</body></html>"


def test_named_calls_hand_player_pages_and_the_repeated_preview_is_dropped() -> None:
    html = page(
        [
            card(
                "openCctvModal('IPA Kudungga', 'https://nvr.pdam.example/stream.html?src=ipa&amp;mode=mse')",
                "IPA Kudungga",
            ),
            card(
                "openCctvModal('Reservoir', 'https://www.youtube.com/embed/Lm8Qx2Vt5Rk')",
                "Reservoir",
            ),
            card(
                "openCctvModal('Kantor', 'https://cctv.pdam.example/hls/kantor/index.m3u8')",
                "Kantor",
            ),
        ]
    )
    cameras = {camera.name: camera.stream_url for camera in parse(html)}
    assert cameras == {
        "IPA Kudungga": "https://nvr.pdam.example/stream.html?src=ipa&mode=mse",
        "Reservoir": "https://www.youtube.com/embed/Lm8Qx2Vt5Rk",
        "Kantor": "https://cctv.pdam.example/hls/kantor/index.m3u8",
    }
    assert PREVIEW not in cameras.values()


def test_escaped_quotes_in_the_name_literal_are_undone() -> None:
    html = page(
        [
            card(
                "openCctvModal('Pompa \\&#039;B\\&#039;', 'https://www.youtube.com/embed/Aa1Bb2Cc3Dd')",
                "x",
            ),
            card("openCctvModal('Pompa A', 'https://www.youtube.com/embed/Ee4Ff5Gg6Hh')", "y"),
        ]
    )
    assert {camera.name for camera in parse(html)} == {"Pompa 'B'", "Pompa A"}


def test_one_preview_script_stays_a_camera() -> None:
    html = (
        "<html><body><h1>Dermaga Maloy</h1><video id='hero'></video><script>"
        f"var h = new Hls(); h.loadSource('{PREVIEW}'); h.attachMedia(document.getElementById('hero'));"
        "</script></body></html>"
    )
    assert [camera.stream_url for camera in parse(html)] == [PREVIEW]


def test_calls_without_a_name_or_without_a_player_page_give_nothing() -> None:
    html = page(
        [
            card(
                "openCctvModal('Kantor', 'https://cctv.pdam.example/hls/kantor/index.m3u8')",
                "Kantor",
                False,
            ),
            card("tampil('https://nvr.pdam.example/stream.html?src=kolam')", "Kolam", False),
            card(
                "bukaBerita('Banjir Sangatta', 'https://berita.pdam.example/berita/2025/banjir')",
                "Berita",
                False,
            ),
            card(
                "bagikan('Bagikan Halaman', 'https://www.facebook.com/sharer/sharer.php?u=x')",
                "Bagikan",
                False,
            ),
        ]
    )
    streams = {camera.stream_url for camera in parse(html)}
    assert streams == {"https://cctv.pdam.example/hls/kantor/index.m3u8"}


def test_a_lan_player_page_is_never_media() -> None:
    html = page(
        [
            card(
                "openCctvModal('IPA', 'https://nvr.pdam.example/stream.html?src=ipa')", "IPA", False
            ),
            card(
                "openCctvModal('Booster', 'http://192.168.1.250:1984/stream.html?src=b')",
                "Booster",
                False,
            ),
        ]
    )
    cameras = parse(html)
    assert [camera.name for camera in cameras] == ["IPA"]
    assert all("192.168" not in (camera.stream_url or "") for camera in cameras)
