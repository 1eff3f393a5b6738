"""A script's list declared under a news name (``const NEWS = [{title, url}]``)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.parsing import parse_body, script_values

BASE = "https://berita.kutimkab.example/"

NEWS = (
    '[{"title": "Banjir di Sangatta", "url": "https://berita.kutimkab.example/2026/11/banjir"},'
    ' {"title": "Jalan rusak Bengalon", "url": "https://berita.kutimkab.example/2026/11/jalan"},'
    ' {"title": "Pasar murah", "url": "https://berita.kutimkab.example/2026/11/pasar"}]'
)


def page(script: str) -> str:
    return (
        "<!doctype html><html><head><title>Berita Kutim</title></head><body>"
        '<header><nav><a href="/">Beranda</a> <a href="/kategori/daerah">Daerah</a></nav></header>'
        '<main><h1>Berita Terkini</h1><article><h2><a href="/2026/11/banjir">Banjir di Sangatta'
        "</a></h2><p>Hujan deras mengguyur Sangatta.</p></article></main>"
        f"<script>{script}</script></body></html>"
    )


@pytest.mark.parametrize("name", ["NEWS", "berita", "articles", "posts"])
def test_a_declared_news_list_of_article_pages_is_no_camera_list(name: str) -> None:
    with pytest.raises(PortalFormatError):
        parse_body(page(f"const {name} = {NEWS};"), profile=Profile.AUTO, base_url=BASE)
    assert script_values(f"const {name} = {NEWS};") == []


def test_a_news_named_list_playing_live_video_is_still_read() -> None:
    live = '[{"title": "Simpang Tiga", "url": "https://cctv.kutimkab.example/hls/simpang.m3u8"}]'
    cameras = parse_body(
        page(f"const NEWS = {live};"), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras
    assert [c.stream_url for c in cameras] == ["https://cctv.kutimkab.example/hls/simpang.m3u8"]


@pytest.mark.parametrize("name", ["beritaTerbaru", "dataBerita", "newsItems", "posts_data"])
def test_a_list_named_with_a_news_word_is_no_camera_list(name: str) -> None:
    entries = ", ".join(
        f'{{"title": "Banjir di Sangatta {n}", "url": "https://portal.example.go.id/berita/{n}",'
        f' "image": "https://portal.example.go.id/img/{n}.jpg", "date": "2024-05-01"}}'
        for n in range(3)
    )
    body = (
        "<html><head><title>Portal Kabupaten</title></head><body><div id='app'></div>"
        f"<script>const {name} = [{entries}];</script></body></html>"
    )
    try:
        cameras = parse_body(body, profile=Profile.AUTO, base_url="https://portal.example.go.id/")
    except PortalFormatError:
        return
    assert list(cameras.cameras) == []
