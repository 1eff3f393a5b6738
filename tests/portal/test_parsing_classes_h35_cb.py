"""Script streams joined to a cache-busting time, read after holdout 35.

A page whose script builds each player's address as a literal joined to the time
(``'…/index.m3u8?t=' + Date.now()``, ``'…?_=' + new Date().getTime()``, ``'…?ts=' +
(new Date()).getTime()``, ``'…?nocache=' + Math.random()``, ``'…?v=' + +new Date()``) asks
for the same camera every time: the open parameter the time fills is no part of the
address. A parameter that tells cameras apart (``?cam=`` + a time) stays, and so does a
literal joined to anything else (``'…?t=' + token``) or a complete query (``?key=…``).
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.mapjs import _string_at_joined

BASE = "https://cctv.desa.example/kamera"


def _page(script: str) -> tuple[Camera, ...]:
    body = (
        "<html><body><h1>Kamera Desa</h1>"
        '<div class="cam"><h2>Balai Desa</h2><video id="v1"></video></div>'
        '<div class="cam"><h2>Pasar Desa</h2><video id="v2"></video></div>'
        f"<script>{script}</script></body></html>"
    )
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _joined(script: str) -> str | None:
    literal = _string_at_joined(script, script.index("'"))
    return literal[0] if literal is not None else None


# The time expressions a script joins.


def test_each_time_expression_drops_the_open_parameter() -> None:
    for tail in (
        "Date.now()",
        "new Date().getTime()",
        "(new Date()).getTime()",
        "new Date().valueOf()",
        "+new Date()",
        "+ new Date",
        "Math.random()",
    ):
        assert _joined(f"'/hls/a/index.m3u8?t=' + {tail};") == "/hls/a/index.m3u8", tail


def test_each_open_parameter_form_is_dropped() -> None:
    for query in ("?t=", "?_=", "?ts=", "?nocache=", "?", "?x=1&t=", "?x=1&"):
        kept = "?x=1" if query.startswith("?x=1") else ""
        assert _joined(f"'/s/i.m3u8{query}' + Date.now()") == "/s/i.m3u8" + kept, query


# What stays.


def test_a_parameter_telling_cameras_apart_stays() -> None:
    assert _joined("'/s/i.m3u8?cam=' + Date.now()") == "/s/i.m3u8?cam="
    assert _joined("'/s/i.m3u8?id=' + Math.random()") == "/s/i.m3u8?id="


def test_a_literal_joined_to_anything_else_stays() -> None:
    assert _joined("'/s/i.m3u8?t=' + token") == "/s/i.m3u8?t="
    assert _joined("'/s/i.m3u8?t=' + now") == "/s/i.m3u8?t="
    assert _joined("'/s/i.m3u8?t=' + Date.parse(x)") == "/s/i.m3u8?t="
    assert _joined("'/s/i.m3u8?t=';\nDate.now()") == "/s/i.m3u8?t="


def test_a_complete_query_and_markup_stay() -> None:
    assert _joined("'/s/i.m3u8?key=pub7' + Date.now()") == "/s/i.m3u8?key=pub7"
    assert _joined("'<img src=\"/a.jpg?t=' + Date.now()") == '<img src="/a.jpg?t='


# Whole pages.


def test_hls_instances_loading_a_busted_literal() -> None:
    found = _page(
        "var h1 = new Hls(); h1.loadSource('/stream/balai/index.m3u8?t=' + Date.now());"
        "h1.attachMedia(document.getElementById('v1'));"
        "var h2 = new Hls(); h2.loadSource('/stream/pasar/index.m3u8?_=' + Math.random());"
        "h2.attachMedia(document.getElementById('v2'));"
    )
    assert [(c.name, c.stream_url) for c in found] == [
        ("Balai Desa", "https://cctv.desa.example/stream/balai/index.m3u8"),
        ("Pasar Desa", "https://cctv.desa.example/stream/pasar/index.m3u8"),
    ]


def test_setup_functions_reusing_a_busted_variable() -> None:
    setup = (
        "(function () {{ var video = document.getElementById('{el}');"
        ' var videoSrc = "https://cctv.desa.example/stream/{key}/index.m3u8?t=" + Date.now();'
        " var hls = new Hls(); hls.loadSource(videoSrc); hls.attachMedia(video); }})();"
    )
    found = _page(setup.format(el="v1", key="balai") + setup.format(el="v2", key="pasar"))
    assert [c.stream_url for c in found] == [
        "https://cctv.desa.example/stream/balai/index.m3u8",
        "https://cctv.desa.example/stream/pasar/index.m3u8",
    ]


def test_a_real_query_value_is_kept_on_a_page() -> None:
    found = _page(
        "var h1 = new Hls(); h1.loadSource('/stream/balai/index.m3u8?key=pub7');"
        "h1.attachMedia(document.getElementById('v1'));"
    )
    assert [c.stream_url for c in found] == [
        "https://cctv.desa.example/stream/balai/index.m3u8?key=pub7"
    ]
