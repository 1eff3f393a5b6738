"""Bare ``&`` between query fields in markup keeps every field, as a browser reads it.

HTML still decodes some named references without their semicolon (``&copy``, ``&reg``,
``&times``, ``&para``, ``&not``, ``&sect``, ``&cent``). Inside an attribute a browser
keeps such a name literal when ``=``, a letter or a digit follows it, so
``snap.jpg?cam=1&region=2&timestamp=9`` asks for ``region`` and ``timestamp``. Decoded as
text it would become ``?cam=1®ion=2×tamp=9``: a broken address shown as the camera's.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import literal_ampersands, unescape_attribute

BASE = "https://cctv.kota.example/"
QUERY = "cam=7&region=2&timestamp=1700000000&section=3&notify=0&para=x&copy=1&cent=4"
ESCAPED = QUERY.replace("&", "&amp;")


def _cameras(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _media(cameras: tuple[Camera, ...]) -> list[str | None]:
    return [c.stream_url or c.snapshot_url or c.mjpeg_url for c in cameras]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (f"a.jpg?{QUERY}", f"a.jpg?{QUERY}"),
        ("?a=1&times2=3", "?a=1&times2=3"),
        ("?x&copy=1", "?x&copy=1"),
        ("?a=1&amp;region=2", "?a=1&region=2"),
        ("?a=1&#38;region=2", "?a=1&region=2"),
        ("&lt;b&gt;Pos &amp; Jaga&lt;/b&gt;", "<b>Pos & Jaga</b>"),
        # References that are references: a semicolon, or nothing word-like after them.
        ("&copy; Dishub 2024", "© Dishub 2024"),
        ("&copy Dishub", "© Dishub"),
        ("&notin;", "∉"),
        ("x&reg", "x®"),
        ("&copy;=1", "©=1"),
        # The markup characters are always read as such: an address holding one is cut.
        ("x&ltb.m3u8", "x<b.m3u8"),
        ("?a=1&quot=2", '?a=1"=2'),
        ("a&gtb", "a>b"),
        # A name no reference starts with is left as written.
        ("?a=1&b=2&camera=3", "?a=1&b=2&camera=3"),
    ],
)
def test_attribute_references_decode_as_a_browser_decodes_them(written: str, read: str) -> None:
    assert unescape_attribute(written) == read


def test_text_without_ampersand_is_returned_as_is() -> None:
    text = "https://cctv.kota.example/a.m3u8?cam=1"
    assert unescape_attribute(text) is text
    assert literal_ampersands(text) is text


def _cards(query: str) -> str:
    return "".join(
        f'<div class="cctv-card"><h3>Simpang {n}</h3>'
        f'<img src="https://cctv.kota.example/snap/{n}.jpg?{query}"></div>'
        for n in (1, 2)
    )


@pytest.mark.parametrize("query", [QUERY, ESCAPED])
def test_card_pictures_keep_their_query(query: str) -> None:
    cameras = _cameras(f"<html><body>{_cards(query)}</body></html>")
    assert _media(cameras) == [f"https://cctv.kota.example/snap/{n}.jpg?{QUERY}" for n in (1, 2)]


def test_video_sources_table_links_and_data_attributes_keep_their_query() -> None:
    video = "".join(
        f'<div class="cam"><h4>Kamera {n}</h4><video><source src="/live/{n}.m3u8?{QUERY}" '
        'type="application/x-mpegURL"></video></div>'
        for n in (1, 2)
    )
    table = (
        "<table><tr><th>No</th><th>Nama</th><th>Link</th></tr>"
        + "".join(
            f'<tr><td>{n}</td><td>Titik {n}</td><td><a href="/live/{n}.m3u8?{QUERY}">Live</a></td></tr>'
            for n in (1, 2)
        )
        + "</table>"
    )
    data = "".join(
        f'<div class="cctv-item" data-name="Pos {n}" data-stream="/live/{n}.m3u8?{QUERY}"></div>'
        for n in (1, 2)
    )
    for page in (video, table, data):
        cameras = _cameras(f"<html><body>{page}</body></html>")
        assert _media(cameras) == [
            f"https://cctv.kota.example/live/{n}.m3u8?{QUERY}" for n in (1, 2)
        ]


def test_framework_state_in_an_attribute_keeps_its_query() -> None:
    state = {
        "component": "Cctv/Index",
        "props": {
            "cctvs": [
                {"id": n, "name": f"Pos {n}", "url": f"/live/{n}.m3u8?{QUERY}"} for n in (1, 2)
            ]
        },
    }
    # A page writing the state with its ampersands bare, and one escaping them.
    for amp in ("&", "&amp;"):
        written = json.dumps(state).replace("&", amp).replace('"', "&quot;")
        cameras = _cameras(f'<html><body><div id="app" data-page="{written}"></div></body></html>')
        assert _media(cameras) == [
            f"https://cctv.kota.example/live/{n}.m3u8?{QUERY}" for n in (1, 2)
        ]


def test_popup_markup_keeps_its_query() -> None:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [117.5 + n / 10, 0.5]},
            "properties": {
                "name": f"Titik {n}",
                "popupContent": f'<b>Titik {n}</b><img src="/snap/{n}.jpg?{QUERY}">',
            },
        }
        for n in (1, 2)
    ]
    geojson = json.dumps({"type": "FeatureCollection", "features": features})
    leaflet = (
        "<html><body><div id='map'></div><script>var map = L.map('map');"
        + "".join(
            f"L.marker([0.{n}, 117.5]).addTo(map).bindPopup('<b>Titik {n}</b><br>"
            f'<img src="/snap/{n}.jpg?{QUERY}">\');'
            for n in (1, 2)
        )
        + "</script></body></html>"
    )
    for text in (geojson, leaflet):
        assert _media(_cameras(text)) == [
            f"https://cctv.kota.example/snap/{n}.jpg?{QUERY}" for n in (1, 2)
        ]


def test_kml_balloons_keep_their_query() -> None:
    placemarks = (
        "<Placemark><name>Titik 1</name><description><![CDATA["
        f'<img src="https://cctv.kota.example/snap/1.jpg?{QUERY}">]]></description>'
        "<Point><coordinates>117.5,0.5</coordinates></Point></Placemark>"
        # Markup escaped once for XML, its query escaped once more for HTML.
        "<Placemark><name>Titik 2</name><description>&lt;img src=&quot;"
        f"https://cctv.kota.example/snap/2.jpg?{QUERY.replace('&', '&amp;amp;')}&quot;&gt;"
        "</description><Point><coordinates>117.6,0.5</coordinates></Point></Placemark>"
    )
    kml = (
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document>{placemarks}</Document></kml>"
    )
    assert _media(_cameras(kml)) == [
        f"https://cctv.kota.example/snap/{n}.jpg?{QUERY}" for n in (1, 2)
    ]


def test_references_in_attributes_are_still_decoded() -> None:
    """Names and addresses written with real references read as their characters."""
    page = "".join(
        f'<div class="cctv-card"><h3>Simpang {n}</h3><img alt="Pos &amp; Jaga {n}" '
        f'title="Jl. A&eacute;ro {n}" src="/snap/{n}.jpg?cam={n}&amp;size=640"></div>'
        for n in (1, 2)
    )
    cameras = _cameras(f"<html><body>{page}</body></html>")
    assert _media(cameras) == [
        f"https://cctv.kota.example/snap/{n}.jpg?cam={n}&size=640" for n in (1, 2)
    ]


def test_a_tag_with_repeated_and_bare_attributes_keeps_the_first_value() -> None:
    page = "".join(
        f'<div class="cctv-card"><h3>Simpang {n}</h3><img loading=lazy '
        f'src="/snap/{n}.jpg?{QUERY}" src="/other.jpg?a=1&times=2"></div>'
        for n in (1, 2)
    )
    cameras = _cameras(f"<html><body>{page}</body></html>")
    assert _media(cameras) == [f"https://cctv.kota.example/snap/{n}.jpg?{QUERY}" for n in (1, 2)]


def test_many_tags_and_a_huge_attribute_of_bare_ampersands_stay_bounded() -> None:
    """Tags read again for their bare ampersands cost one pass each (bench_hostile case)."""
    cards = "".join(
        f'<div class="cctv-card" data-x="{"&reg=1" * 20}"><h3>Simpang {n}</h3>'
        f'<img src="/snap/{n}.jpg?{QUERY}"></div>'
        for n in range(5_000)
    )
    state = "&quot;a&quot;:&quot;" + "&times&para=1&notin;&copy;" * 100_000 + "&quot;"
    page = f'<html><body><div id="app" data-page="{{{state}}}"></div>{cards}</body></html>'
    cameras = _cameras(page)
    assert cameras
    assert _media(cameras[:2]) == [
        f"https://cctv.kota.example/snap/{n}.jpg?{QUERY}" for n in (0, 1)
    ]
