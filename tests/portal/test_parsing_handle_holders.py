"""Handle→playlist maps in a page's script data, under a holder and under ``data``."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

LAN = "http://192.168.1.10/cctv/"
PUBLIC = "https://cctv.kutimkab.example/"
LAN_HANDLES = {
    "simpang-tiga": "http://192.168.1.21/hls/simpang-tiga/index.m3u8",
    "bundaran-kabo": "http://192.168.1.22/hls/bundaran-kabo/index.m3u8",
}


def _parse(text: str, base: str) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _rows(cameras: list[Camera]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(camera.id, camera.name, camera.area, camera.stream_url) for camera in cameras]


def _page_with_card(card_stream: str) -> str:
    return (
        "<html><head><title>CCTV Kutim</title></head><body><h1>Pantauan CCTV</h1>"
        f"<div class='cam' data-name='Taman Bersemi' data-stream='{card_stream}'></div>"
        f"<script>var streams = {json.dumps(LAN_HANDLES)};</script></body></html>"
    )


def test_lan_page_keeps_its_script_handle_map_beside_a_card() -> None:
    card = "http://192.168.1.30/hls/taman/index.m3u8"
    assert _rows(_parse(_page_with_card(card), LAN)) == [
        ("simpang-tiga", "simpang-tiga", None, LAN_HANDLES["simpang-tiga"]),
        ("bundaran-kabo", "bundaran-kabo", None, LAN_HANDLES["bundaran-kabo"]),
        ("k-aafc7ad27602", "Taman Bersemi", None, card),
    ]


def test_public_page_never_gives_a_script_handle_maps_lan_playlists() -> None:
    card = "https://cdn.kutimkab.example/hls/taman/index.m3u8"
    cameras = _parse(_page_with_card(card), PUBLIC)
    assert [(camera.name, camera.stream_url) for camera in cameras] == [("Taman Bersemi", card)]


def test_public_page_with_only_a_lan_handle_map_is_no_list() -> None:
    page = f"<html><body><script>var streams = {json.dumps(LAN_HANDLES)};</script></body></html>"
    with pytest.raises(PortalFormatError, match="No camera list found in the portal page"):
        _parse(page, PUBLIC)


def test_a_declared_lan_base_makes_no_public_page_local() -> None:
    page = (
        "<html><head><base href='http://192.168.1.10/'></head><body>"
        f"<script>var streams = {json.dumps(LAN_HANDLES)};</script></body></html>"
    )
    with pytest.raises(PortalFormatError, match="No camera list found in the portal page"):
        _parse(page, PUBLIC)
