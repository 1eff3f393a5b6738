"""Map pages: popup markup printed entity-escaped into scripts and decoded in the browser."""

from __future__ import annotations

import html
import re

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.escapedmarkup import decoded_markup

BASE = "https://peta.kutim.example/cctv/"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"
JPG = "https://cctv.kutim.example/still/{}.jpg"


def _cams(script: str) -> tuple[Camera, ...]:
    page = (
        "<!doctype html><html><head><title>Peta</title></head><body><div id='map'></div>"
        f"<script>{script}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _escaped(name: str) -> str:
    markup = f'<strong>{name}</strong><img src="{JPG.format(name)}"><a href="{HLS.format(name)}">Live</a>'
    return html.escape(markup, quote=True)


@pytest.mark.parametrize(
    "decoder",
    [
        "window.WPLeafletMapPlugin.unescape",
        "decodeEntities",
        "he.decode",
        "_.unescape",
        "htmlDecode",
    ],
)
def test_leaflet_popups_through_a_decoder(decoder: str) -> None:
    script = (
        f"var m = L.marker([0.5092, 117.5469]);\nm.bindPopup({decoder}('{_escaped('kabo')}'));\n"
        f"var n = L.marker([0.4977, 117.5411]);\nn.bindPopup({decoder}('{_escaped('tiga')}'));"
    )
    cams = _cams(script)
    assert [(c.name, c.latitude, c.stream_url, c.snapshot_url) for c in cams] == [
        ("kabo", 0.5092, HLS.format("kabo"), JPG.format("kabo")),
        ("tiga", 0.4977, HLS.format("tiga"), JPG.format("tiga")),
    ]


def test_wordpress_escaped_quotes_and_double_escaped_ampersands() -> None:
    popup = (
        "&lt;b&gt;Dermaga&lt;/b&gt;&lt;img src=\\&quot;https://cam.kutim.example/s.jpg?w=300&amp;amp;t=1"
        "\\&quot; /&gt;&lt;a href=\\&quot;https://cam.kutim.example/d/index.m3u8\\&quot;&gt;Live&lt;/a&gt;"
    )
    script = (
        "window.WPLeafletMapPlugin.push(function () {\n"
        "var marker = L.marker([0.5239, 117.5893], marker_options);\n"
        f"marker.bindPopup(window.WPLeafletMapPlugin.unescape('{popup}'));\n}});"
    )
    (cam,) = _cams(script)
    assert cam.name == "Dermaga"
    assert cam.snapshot_url == "https://cam.kutim.example/s.jpg?w=300&t=1"
    assert cam.stream_url == "https://cam.kutim.example/d/index.m3u8"


def test_info_window_content_option_built_by_a_decoder() -> None:
    script = (
        "var k = new google.maps.Marker({position: new google.maps.LatLng(0.35, 117.46), map: map});\n"
        f"var w = new google.maps.InfoWindow({{content: decodeEntities('{_escaped('tp1')}')}});\n"
        "google.maps.event.addListener(k, 'click', function () { w.open(map, k); });"
    )
    (cam,) = _cams(script)
    assert (cam.name, cam.latitude, cam.longitude) == ("tp1", 0.35, 117.46)
    assert cam.stream_url == HLS.format("tp1")


def test_escaped_text_without_a_decoder_is_no_markup() -> None:
    # A popup given escaped text shows that text: it holds no link to follow.
    script = f"L.marker([0.5, 117.5]).bindPopup('{_escaped('teks')}');"
    with pytest.raises(PortalFormatError):
        _cams(script)


@pytest.mark.parametrize(
    "args",
    [
        "decodeEntities('plain words &amp; more')",  # nothing escaped like a tag
        "encodeURIComponent('&lt;b&gt;x&lt;/b&gt;')",  # not a decoder
        "decodeEntities(teks)",  # not a literal
        "unescape('&lt;b&gt;' + nama + '&lt;/b&gt;')",  # built from a variable
    ],
)
def test_decoded_markup_needs_a_decoder_over_escaped_literals(args: str) -> None:
    def literal(text: str) -> str | None:
        return text[1:-1] if re.fullmatch(r"'[^']*'", text) else None

    assert decoded_markup(args, literal) is None


def test_oversized_escaped_markup_is_left_alone() -> None:
    huge = "&lt;b&gt;x&lt;/b&gt;" * 10_000
    assert decoded_markup(f"he.decode('{huge}')", lambda text: text[1:-1]) is None
    assert (
        decoded_markup("he.decode('&lt;b&gt;x&lt;/b&gt;')", lambda text: text[1:-1]) == "<b>x</b>"
    )


def test_many_escaped_popups_stay_bounded() -> None:
    # Escaped popups up to the length a call is followed, many markers: read in linear time.
    body = "&lt;a href=&quot;x&quot;&gt;" * 600
    script = "".join(
        f"L.marker([0.{i:04d}, 117.5]).bindPopup(he.decode('{body}'));\n" for i in range(1, 60)
    )
    with pytest.raises(PortalFormatError, match="59 map marker"):
        _cams(script)
