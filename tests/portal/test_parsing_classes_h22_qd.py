"""Player links handing over their stream in the query, xgplayer setups, heading
permalinks, video platform pages under any field name, and feed titles of other
namespaces."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.playerpage import is_platform_video

BASE = "https://cctv.kutim.example/daftar/"


def _parse(text: str, base: str = BASE) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


# Player links whose stream sits in a query parameter.


def test_player_link_gives_the_stream_and_id_of_its_query() -> None:
    page = (
        "<html><body><h2>Samarinda Ulu</h2><ul>"
        "<li><a href='/player/?camId=SMD-07&amp;nama=x&amp;videoUrl="
        "https%3A%2F%2Fhls.kutim.example%2Fsmd07%2Findex.m3u8'>Simpang Lembuswana</a></li>"
        "<li><a href='/player/?camId=SMD-09&amp;videoUrl="
        "https://hls.kutim.example/smd09/index.m3u8'>Jembatan Mahakam</a></li>"
        "</ul><h2>Sungai Kunjang</h2><ul>"
        "<li><a href='/player/?camId=SKJ-01&amp;videoUrl="
        "https://hls.kutim.example/skj01/index.m3u8'>Terminal Sungai Kunjang</a></li>"
        "</ul></body></html>"
    )
    found = _parse(page)
    assert [(c.raw_name, c.stream_url, c.area) for c in found] == [
        ("Simpang Lembuswana", "https://hls.kutim.example/smd07/index.m3u8", "Samarinda Ulu"),
        ("Jembatan Mahakam", "https://hls.kutim.example/smd09/index.m3u8", "Samarinda Ulu"),
        ("Terminal Sungai Kunjang", "https://hls.kutim.example/skj01/index.m3u8", "Sungai Kunjang"),
    ]
    assert [c.id for c in found] == ["SMD-07", "SMD-09", "SKJ-01"]


def test_a_stream_link_with_an_id_parameter_keeps_its_derived_id() -> None:
    # The link is the stream itself: its query's id is part of its address, not a camera id.
    page = (
        "<html><body><ul>"
        "<li><a href='https://hls.kutim.example/live.m3u8?id=4'>Pasar Pagi</a></li>"
        "<li><a href='https://hls.kutim.example/live.m3u8?id=5'>Pelabuhan</a></li>"
        "</ul></body></html>"
    )
    found = _parse(page)
    assert [c.stream_url for c in found] == [
        "https://hls.kutim.example/live.m3u8?id=4",
        "https://hls.kutim.example/live.m3u8?id=5",
    ]
    assert all(c.id not in ("4", "5") for c in found)


def test_a_link_whose_query_names_a_page_is_no_camera() -> None:
    page = (
        "<html><body><ul>"
        "<li><a href='/share?id=3&amp;url=https://kutim.example/berita/7'>Bagikan</a></li>"
        "<li><img src='https://cctv.kutim.example/foto/a.jpg' alt='Simpang Tiga'></li>"
        "</ul></body></html>"
    )
    found = _parse(page)
    assert [c.stream_url for c in found] == [None]
    assert [c.raw_name for c in found] == ["Simpang Tiga"]


# xgplayer.


def _xg_page(script: str) -> str:
    return (
        "<html><body>"
        "<div class='cam'><h4>Dermaga Satu</h4><div id='xg-a'></div></div>"
        "<div class='cam'><h4>Gerbang Utama</h4><div id='xg-b'></div></div>"
        f"<script>{script}</script></body></html>"
    )


def test_xgplayer_options_merged_by_object_assign() -> None:
    script = (
        "var umum = {isLive: true, poster: '/poster/umum.jpg'};"
        "new Player(Object.assign({}, umum, {id: 'xg-a', url: '/hls/a.m3u8'}));"
        "new window.Player(Object.assign({}, umum, {el: document.getElementById('xg-b'),"
        " url: 'https://live.kutim.example/hls/b.m3u8', poster: '/poster/b.jpg'}));"
    )
    found = _parse(_xg_page(script))
    assert [(c.raw_name, c.stream_url, c.snapshot_url) for c in found] == [
        (
            "Dermaga Satu",
            "https://cctv.kutim.example/hls/a.m3u8",
            "https://cctv.kutim.example/poster/umum.jpg",
        ),
        (
            "Gerbang Utama",
            "https://live.kutim.example/hls/b.m3u8",
            "https://cctv.kutim.example/poster/b.jpg",
        ),
    ]


def test_xgplayer_options_held_in_a_variable() -> None:
    script = (
        "var cfgA = {id: 'xg-a', url: 'https://live.kutim.example/a.m3u8', isLive: true};"
        "var cfgB = {id: 'xg-b', url: 'https://live.kutim.example/b.m3u8', isLive: true};"
        "var pa = new HlsJsPlayer(cfgA); var pb = new HlsJsPlayer(cfgB);"
    )
    found = _parse(_xg_page(script))
    assert [(c.raw_name, c.stream_url, c.online) for c in found] == [
        ("Dermaga Satu", "https://live.kutim.example/a.m3u8", None),
        ("Gerbang Utama", "https://live.kutim.example/b.m3u8", None),
    ]


def test_a_player_class_without_a_url_option_is_no_xgplayer() -> None:
    # Vimeo's player.js is also ``new Player(element, options)``: no url, no camera here.
    script = "var p = new Player({id: 'xg-a', video: 19231868, width: 640});"
    page = _xg_page(script).replace(
        "</body>", "<img src='https://cctv.kutim.example/a.jpg' alt='Taman'></body>"
    )
    found = _parse(page)
    assert [c.raw_name for c in found] == ["Taman"]


def test_many_xgplayer_calls_on_unknown_variables_stay_bounded() -> None:
    """Its cost is measured by scripts/bench_hostile.py."""
    script = (
        "var cfg = {id: 'xg-a', url: '/hls/a.m3u8'};"
        + "new Player(cfg);" * 20_000
        + "new Player(Object.assign("
        + "cfg," * 50_000
        + "));"
    )
    found = _parse(_xg_page(script))
    assert [c.stream_url for c in found] == ["https://cctv.kutim.example/hls/a.m3u8"]


# Heading permalinks.


def test_heading_permalink_symbols_are_not_part_of_the_area() -> None:
    def group(area: str, anchor: str, picture: str) -> str:
        return (
            f"<h2 id='{picture}'>{area}{anchor}</h2>"
            f"<p><img src='https://cctv.kutim.example/{picture}1.jpg' alt='Kamera {picture}1'></p>"
            f"<p><img src='https://cctv.kutim.example/{picture}2.jpg' alt='Kamera {picture}2'></p>"
        )

    page = (
        "<html><body>"
        + group("Sangatta Utara", "<a class='anchor' href='#a'>#</a>", "a")
        + group("Bengalon", "<a class='headerlink' href='#b'>\u00b6</a>", "b")
        + group("Kaliorang", "<a href='#c' class='anchor-link'> 🔗</a>", "c")
        + group("Rantau Pulung", "<a href='#d' class='hash-link'>\u200b</a>", "d")
        + "</body></html>"
    )
    assert [c.area for c in _parse(page)] == [
        *("Sangatta Utara", "Sangatta Utara", "Bengalon", "Bengalon"),
        *("Kaliorang", "Kaliorang", "Rantau Pulung", "Rantau Pulung"),
    ]


def test_a_fragment_link_with_words_in_a_heading_keeps_its_text() -> None:
    page = (
        "<html><body>"
        "<h2><a href='#sangatta'>Sangatta</a> Selatan</h2>"
        "<p><img src='https://cctv.kutim.example/a.jpg' alt='Kamera A'></p>"
        "<p><img src='https://cctv.kutim.example/b.jpg' alt='Kamera B'></p>"
        "<h2><a href='#muara'>Muara Wahau</a></h2>"
        "<p><img src='https://cctv.kutim.example/c.jpg' alt='Kamera C'></p>"
        "<p><img src='https://cctv.kutim.example/d.jpg' alt='Kamera D'></p>"
        "</body></html>"
    )
    assert [c.area for c in _parse(page)] == [
        *("Sangatta Selatan", "Sangatta Selatan", "Muara Wahau", "Muara Wahau")
    ]


# Video platform pages under any field name.


def test_platform_video_pages() -> None:
    assert is_platform_video("https://www.youtube.com/embed/Xq2Lr7pWb0c")
    assert is_platform_video("https://www.youtube.com/watch?v=Xq2Lr7pWb0c")
    assert is_platform_video("https://youtu.be/Xq2Lr7pWb0c")
    assert is_platform_video("https://player.vimeo.com/video/812345678")
    assert is_platform_video("https://vimeo.com/812345678")
    assert not is_platform_video("https://www.youtube.com/@dishubkutim")
    assert not is_platform_video("https://www.youtube.com/channel/UCq8rT2vXk4mZpL0aB7cD9eF")
    assert not is_platform_video("https://www.facebook.com/dishubkutim")
    assert not is_platform_video("https://cctv.kutim.example/embed/3")


def test_a_video_page_is_the_stream_only_of_a_camera_with_no_other_media() -> None:
    items = [
        {"id": 1, "nama": "A", "foto": "https://cctv.kutim.example/a.jpg", "yt": ""},
        {"id": 2, "nama": "B", "foto": "", "yt": "https://www.youtube.com/embed/Xq2Lr7pWb0c"},
        {
            "id": 3,
            "nama": "C",
            "foto": "https://cctv.kutim.example/c.jpg",
            "yt": "https://youtu.be/abcdefgh",
        },
        {"id": 4, "nama": "D", "foto": "", "yt": "https://www.youtube.com/@dishubkutim"},
    ]
    found = _parse(json.dumps(items), "https://cctv.kutim.example/api/cctv.json")
    assert [(c.id, c.stream_url, c.snapshot_url) for c in found] == [
        ("1", None, "https://cctv.kutim.example/a.jpg"),
        ("2", "https://www.youtube.com/embed/Xq2Lr7pWb0c", None),
        ("3", None, "https://cctv.kutim.example/c.jpg"),
    ]


# Feed titles of other namespaces.


def test_an_rss_item_title_wins_over_a_module_title() -> None:
    feed = (
        "<?xml version='1.0'?><rss version='2.0' xmlns:media='http://search.yahoo.com/mrss/'"
        " xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><title>CCTV</title>"
        "<item><title>Simpang Empat</title><media:title>Gambar terbaru</media:title>"
        "<pubDate>Thu, 03 Dec 2026 17:48:00 +0800</pubDate><guid isPermaLink='false'>c1</guid>"
        "<enclosure url='https://cctv.kutim.example/c1.jpg' type='image/jpeg'/></item>"
        "<item><dc:title>Kamera dua</dc:title><title>Pelabuhan</title>"
        "<pubDate>Thu, 03 Dec 2026 17:40:00 +0800</pubDate><guid isPermaLink='false'>c2</guid>"
        "<enclosure url='https://cctv.kutim.example/c2.jpg' type='image/jpeg'/></item>"
        "</channel></rss>"
    )
    found = _parse(feed, "https://cctv.kutim.example/feed.xml")
    assert [(c.id, c.raw_name) for c in found] == [("c1", "Simpang Empat"), ("c2", "Pelabuhan")]


def test_a_module_title_alone_still_names_the_item() -> None:
    feed = (
        "<?xml version='1.0'?><rss version='2.0' xmlns:media='http://search.yahoo.com/mrss/'>"
        "<channel><title>CCTV</title>"
        "<item><media:title>Bundaran Sangatta</media:title><guid isPermaLink='false'>c1</guid>"
        "<enclosure url='https://cctv.kutim.example/c1.jpg' type='image/jpeg'/></item>"
        "<item><media:title>Pasar Induk</media:title><guid isPermaLink='false'>c2</guid>"
        "<enclosure url='https://cctv.kutim.example/c2.jpg' type='image/jpeg'/></item>"
        "</channel></rss>"
    )
    found = _parse(feed, "https://cctv.kutim.example/feed.xml")
    assert [c.raw_name for c in found] == ["Bundaran Sangatta", "Pasar Induk"]
