"""Player pages handing over their stream in the fragment, read after holdout 31.

A player page plays the address its own address names. Besides a query parameter
(``player.html?src=https%3A%2F%2F…m3u8``), many HLS and flv.js player pages read it
from ``location.hash``: the fragment is an absolute address written whole
(``flv-player/#https://…/camera.flv``, percent-encoded too) or parameters (``#url=…``,
a hash route's ``#/play?src=…``). Wherever a player link's query is read (links in
cards and tables, frames, map popups, JSON fields), its fragment is read the same way.

An app's menu entry opened in a web view lists its address as the single argument
(``{title, provider: "webview", arguments: ["…/flv-player/#https://…/cam.flv"]}``): a
short list of texts under an unknown field gives the media a player page among them
hands over, as it gives media addresses written directly.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import inner_media_url, player_address_values
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://atcs.kutim.example/cctv/"
PLAYER = "https://player.kutim.example/flv-player/"
MEDIA = "https://media.kutim.example:8086/camera"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


# The shared helper.


def test_a_fragment_written_as_an_address_is_handed_to_the_player() -> None:
    assert player_address_values(f"{PLAYER}#{MEDIA}/a.flv") == [f"{MEDIA}/a.flv"]
    encoded = f"{PLAYER}#https%3A%2F%2Fmedia.kutim.example%2Fhls%2Fa%2Findex.m3u8"
    assert player_address_values(encoded) == ["https://media.kutim.example/hls/a/index.m3u8"]


def test_fragment_parameters_and_hash_routes_are_read_like_a_query() -> None:
    assert player_address_values(f"{PLAYER}#url=https%3A%2F%2Fm.example%2Fa.flv") == [
        "https://m.example/a.flv"
    ]
    route = f"{PLAYER}#/play?cam=3&src=https%3A%2F%2Fm.example%2Fa%2Findex.m3u8"
    assert player_address_values(route) == ["https://m.example/a/index.m3u8"]


def test_the_query_comes_before_the_fragment() -> None:
    url = f"{PLAYER}?src=https%3A%2F%2Fq.example%2Fa.m3u8#https://f.example/b.flv"
    assert player_address_values(url) == ["https://q.example/a.m3u8", "https://f.example/b.flv"]


def test_fragments_naming_no_address_hand_nothing() -> None:
    for url in (
        "https://peta.kutim.example/#lokasi-cctv",
        f"{PLAYER}#top",
        f"{PLAYER}#/cctv/12",
        f"{PLAYER}#cam=3&autoplay=1",
        f"{PLAYER}#!/kamera/simpang-tiga",
    ):
        assert player_address_values(url) == [], url


def test_the_helper_is_bounded() -> None:
    many = "&".join(f"k{n}=https://m.example/{n}.m3u8" for n in range(500))
    assert len(player_address_values(f"{PLAYER}?{many}#{many}")) == 20
    assert player_address_values(f"{PLAYER}?{'x' * 5000}#https://m.example/a.flv") == []


def test_a_fragment_address_gives_media_only_by_its_shape_and_never_a_login() -> None:
    assert inner_media_url(f"{PLAYER}#{MEDIA}/a.flv", BASE) == (f"{MEDIA}/a.flv", "stream")
    assert inner_media_url(f"{PLAYER}#https://www.kutim.example/tentang", BASE) is None
    with_login = inner_media_url(f"{PLAYER}#https://admin:ZmSecret9@cam.example/a.flv", BASE)
    assert with_login is None or "ZmSecret9" not in with_login[0]


# Web view arguments in an app's camera list.


def _entry(title: str, *arguments: str, provider: str = "webview") -> dict[str, object]:
    return {"title": title, "provider": provider, "arguments": list(arguments)}


def test_a_web_view_argument_holding_a_player_page_gives_its_stream() -> None:
    payload = [
        _entry("BALAIKOTA", f"{PLAYER}#{MEDIA}/BalaiKota.flv"),
        _entry("GLADAG", f"{PLAYER}?url={MEDIA}/Gladag.flv"),
        _entry("MANAHAN (NONAKTIF)"),
        _entry("PETA ATCS", "https://peta.kutim.example/#lokasi", provider="link"),
    ]
    assert [(c.name, c.stream_url) for c in cameras(json.dumps(payload))] == [
        ("BALAIKOTA", f"{MEDIA}/BalaiKota.flv"),
        ("GLADAG", f"{MEDIA}/Gladag.flv"),
    ]


def test_web_view_arguments_naming_only_pages_are_no_cameras() -> None:
    payload = [
        _entry("Peta", "https://peta.kutim.example/#lokasi"),
        _entry("Berita", f"{PLAYER}#/berita/12"),
    ]
    with pytest.raises(PortalFormatError):
        cameras(json.dumps(payload))


def test_a_long_argument_list_is_no_camera_s_own() -> None:
    links = [f"{PLAYER}#{MEDIA}/{n}.flv" for n in range(12)]
    payload = [_entry("Semua", *links), _entry("Juga semua", *links)]
    with pytest.raises(PortalFormatError):
        cameras(json.dumps(payload))


# Player links in pages.


def _card(title: str, href: str) -> str:
    return (
        f'<div class="card"><h5 class="card-title">{title}</h5>'
        f'<a class="btn" href="{href}">Lihat</a></div>'
    )


def test_card_links_to_a_player_page_give_the_stream_in_its_fragment() -> None:
    page = (
        "<html><body><section><h2>Kecamatan Laweyan</h2>"
        + _card("Simpang Jongke", f"{PLAYER}#url=https%3A%2F%2Fm.example%2Fjongke.flv")
        + _card("Simpang Kembang", f"{PLAYER}#{MEDIA}/kembang.flv")
        + "</section><section><h2>Kecamatan Jebres</h2>"
        + _card("Simpang Panggung", f"{PLAYER}#/play?src={MEDIA}/panggung.flv")
        + _card("Tugu Cembeng", f"{PLAYER}#{MEDIA}/cembeng.flv")
        + '</section><a href="#top">Kembali ke atas</a></body></html>'
    )
    assert [(c.name, c.area, c.stream_url) for c in cameras(page)] == [
        ("Simpang Jongke", "Laweyan", "https://m.example/jongke.flv"),
        ("Simpang Kembang", "Laweyan", f"{MEDIA}/kembang.flv"),
        ("Simpang Panggung", "Jebres", f"{MEDIA}/panggung.flv"),
        ("Tugu Cembeng", "Jebres", f"{MEDIA}/cembeng.flv"),
    ]


def test_table_rows_linking_a_player_page_give_the_stream_in_its_fragment() -> None:
    rows = "".join(
        f'<tr><td>{n}</td><td>{name}</td><td><a href="{PLAYER}#{MEDIA}/{n}.flv">Live</a></td></tr>'
        for n, name in ((1, "Simpang Tiga"), (2, "Pelabuhan"))
    )
    page = (
        "<html><body><table><tr><th>No</th><th>Lokasi</th><th>Live</th></tr>"
        f"{rows}</table></body></html>"
    )
    assert [(c.name, c.stream_url) for c in cameras(page)] == [
        ("Simpang Tiga", f"{MEDIA}/1.flv"),
        ("Pelabuhan", f"{MEDIA}/2.flv"),
    ]


def test_a_map_popup_linking_a_player_page_gives_the_stream_in_its_fragment() -> None:
    script = (
        "var map = L.map('map');"
        "L.marker([0.51, 117.51]).addTo(map).bindPopup('<b>Simpang Tiga</b><br>"
        f'<a href="{PLAYER}#{MEDIA}/tiga.flv">Live</a>\');'
        "L.marker([0.52, 117.52]).addTo(map).bindPopup('<b>Pelabuhan</b><br>"
        f'<a href="{PLAYER}#{MEDIA}/pelabuhan.flv">Live</a>\');'
    )
    page = f"<html><body><div id='map'></div><script>{script}</script></body></html>"
    assert [(c.name, c.latitude, c.stream_url) for c in cameras(page)] == [
        ("Simpang Tiga", 0.51, f"{MEDIA}/tiga.flv"),
        ("Pelabuhan", 0.52, f"{MEDIA}/pelabuhan.flv"),
    ]


def test_links_whose_fragment_names_no_media_are_no_cameras() -> None:
    page = (
        "<html><body>"
        + _card("Peta CCTV", "https://peta.kutim.example/#lokasi-cctv")
        + _card("Tentang", f"{PLAYER}#https://www.kutim.example/tentang")
        + "</body></html>"
    )
    with pytest.raises(PortalFormatError):
        cameras(page)


# Bounds.


def test_many_player_links_with_huge_fragments_stay_bounded() -> None:
    noise = "k=v&" * 5000 + "src=https%3A%2F%2Fm.example%2Flate.flv"
    cards = "".join(_card(f"Kamera {n}", f"{PLAYER}?q={n}#{noise}") for n in range(200))
    with pytest.raises(PortalFormatError):
        cameras(f"<html><body>{cards}</body></html>")
    hashes = "#" * 3000
    payload = [
        _entry(f"Kamera {n}", *[f"{PLAYER}#{hashes}{MEDIA}/{n}.flv"] * 8) for n in range(300)
    ]
    with pytest.raises(PortalFormatError):
        cameras(json.dumps(payload))


# Stream fields holding a player page.


def _record(n: int, stream: str, key: str = "stream") -> dict[str, object]:
    return {"id": n, "nama": f"Simpang {n}", "lat": 0.5 + n / 100, "lng": 117.5, key: stream}


def test_a_stream_field_holding_a_player_page_gives_the_address_it_is_handed() -> None:
    payload = {
        "data": [
            _record(1, "https://p.kutim.example/player/?vurl=https://m.example/1/index.m3u8"),
            _record(2, f"{PLAYER}#{MEDIA}/2.flv", key="url"),
            _record(3, f"{PLAYER}#/play?src={MEDIA}/3.flv", key="link"),
        ]
    }
    assert [c.stream_url for c in cameras(json.dumps(payload))] == [
        "https://m.example/1/index.m3u8",
        f"{MEDIA}/2.flv",
        f"{MEDIA}/3.flv",
    ]


def test_a_stream_field_player_page_handed_no_live_address_stays_the_page() -> None:
    poster = "https://p.kutim.example/player/?poster=https://m.example/1.jpg&cam=1"
    lan = "https://p.kutim.example/player/?src=http://192.168.1.20/live/2.m3u8"
    payload = {"data": [_record(1, poster), _record(2, lan)]}
    assert [c.stream_url for c in cameras(json.dumps(payload))] == [poster, lan]
