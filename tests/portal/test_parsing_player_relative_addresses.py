"""A relative address handed to a player page is the player's own site's, not the list's."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.fieldurls import inner_media_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

PAGE = "https://portal.kutim.example/cctv"
PLAYER = "https://player.kutim.example/embed.html"


def parse(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=PAGE, prettify=False).cameras


def test_inner_media_url_resolves_against_the_player_page() -> None:
    assert inner_media_url(f"{PLAYER}?src=/hls/simpang/index.m3u8", PAGE) == (
        "https://player.kutim.example/hls/simpang/index.m3u8",
        "stream",
    )
    assert inner_media_url(f"{PLAYER}#url=/live/pasar.flv", PAGE) == (
        "https://player.kutim.example/live/pasar.flv",
        "stream",
    )


def test_an_absolute_handed_address_is_kept_as_written() -> None:
    handed = "https://cdn.kutim.example/hls/kabo/index.m3u8"
    assert inner_media_url(f"{PLAYER}?src={handed}", PAGE) == (handed, "stream")


def test_a_player_on_the_page_host_reads_as_before() -> None:
    assert inner_media_url("/player/embed.html?src=/hls/a/index.m3u8", PAGE) == (
        "https://portal.kutim.example/hls/a/index.m3u8",
        "stream",
    )


def test_framed_players_hand_their_own_site_addresses() -> None:
    page = (
        "<html><body><h1>CCTV</h1>"
        '<div class="card"><h3>Simpang Tiga</h3>'
        f'<iframe src="{PLAYER}?src=/hls/simpang/index.m3u8"></iframe></div>'
        '<div class="card"><h3>Pasar</h3>'
        f'<iframe src="{PLAYER}?src=/hls/pasar/index.m3u8"></iframe></div>'
        "</body></html>"
    )
    assert [(c.name, c.stream_url) for c in parse(page)] == [
        ("Simpang Tiga", "https://player.kutim.example/hls/simpang/index.m3u8"),
        ("Pasar", "https://player.kutim.example/hls/pasar/index.m3u8"),
    ]


def test_a_player_link_in_a_record_hands_its_own_site_address() -> None:
    body = json.dumps(
        {
            "cameras": [
                {"id": 1, "name": "Simpang", "player": f"{PLAYER}?src=/hls/1/index.m3u8"},
                {"id": 2, "name": "Pasar", "player": f"{PLAYER}?src=/hls/2/index.m3u8"},
            ]
        }
    )
    assert [(c.id, c.stream_url) for c in parse(body)] == [
        ("1", "https://player.kutim.example/hls/1/index.m3u8"),
        ("2", "https://player.kutim.example/hls/2/index.m3u8"),
    ]


def test_a_lan_player_on_a_public_page_hands_no_lan_media() -> None:
    page = (
        "<html><body><h3>Cam 1</h3>"
        f'<iframe src="{PLAYER}?src=/hls/cam1.m3u8"></iframe>'
        "<h3>Cam 2</h3>"
        '<iframe src="http://localhost:8080/embed.html?src=/hls/cam2.m3u8"></iframe>'
        "<h3>Cam 3</h3>"
        '<iframe src="http://192.168.1.5/embed.html?src=/hls/cam3.m3u8"></iframe>'
        "</body></html>"
    )
    found = parse(page)
    streams = [c.stream_url or "" for c in found]
    assert "https://player.kutim.example/hls/cam1.m3u8" in streams
    assert not any(
        url.startswith(("http://localhost:8080/hls/", "http://192.168.1.5/hls/")) for url in streams
    )
    assert len({c.name for c in found}) == len(found)


def test_a_public_player_handed_a_lan_address_hands_nothing() -> None:
    handed = "http://10.0.0.5/hls/a.m3u8"
    page = (
        f'<html><body><h3>Gerbang</h3><iframe src="{PLAYER}?src={handed}"></iframe></body></html>'
    )
    assert all(c.stream_url != handed for c in parse(page))
