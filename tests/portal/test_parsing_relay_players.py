"""Map popups framing a relay player page, and markers kept in a collection by key."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import handed_live_media
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.kutim.example/cctv"
RELAY = "https://relay.kutim.example:8123/?URL="


def _cams(script: str, base_url: str = BASE) -> tuple[Camera, ...]:
    page = (
        "<!doctype html><html><head><title>Peta</title></head><body><div id='map'></div>"
        f"<script>{script}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _leaflet(name: str, lat: float, src: str, store: str = "") -> str:
    return (
        f"m = L.marker([{lat}, 117.55], {{title: '{name}'}}).addTo(map)"
        f'.bindPopup(\'<b>{name}</b><iframe src="{src}" width="400"></iframe>\');\n{store}\n'
    )


def test_a_relay_page_handed_a_lan_address_is_the_stream() -> None:
    script = "var markers = {}; var m;\n" + "".join(
        _leaflet(name, lat, f"{RELAY}rtsp://admin:secret@192.168.20.{n}:554/ch1", "")
        for n, (name, lat) in enumerate((("Pasar", 0.51), ("Terminal", 0.52)), start=11)
    )
    cameras = _cams(script)
    assert {c.raw_name: c.stream_url for c in cameras} == {
        "Pasar": f"{RELAY}rtsp://192.168.20.11:554/ch1",
        "Terminal": f"{RELAY}rtsp://192.168.20.12:554/ch1",
    }
    assert all("secret" not in str(c) for c in cameras)


def test_a_relay_page_handed_a_public_address_plays_that_address() -> None:
    script = "var m;\n" + _leaflet("Pasar", 0.51, f"{RELAY}rtsp://cam.kutim.example/live")
    assert [c.stream_url for c in _cams(script)] == ["rtsp://cam.kutim.example/live"]


def test_a_lan_page_handed_a_lan_address_plays_that_address() -> None:
    # A list served from the local network keeps reading its neighbours' addresses.
    script = "var m;\n" + _leaflet(
        "Pasar", 0.51, "http://192.168.1.5:8123/?URL=rtsp://192.168.1.9/ch1"
    )
    cameras = _cams(script, base_url="http://192.168.1.5/peta")
    assert [c.stream_url for c in cameras] == ["rtsp://192.168.1.9/ch1"]


def test_a_public_page_framing_a_lan_player_hands_out_no_lan_address() -> None:
    # The page listing the cameras is on the internet: a player page on the LAN (an IP
    # or a local name) handed a LAN device's address gives no viewer anything to play.
    page = "https://cctv.example.go.id/peta"
    for player in (
        "http://192.168.1.20:8000/player.html?url=rtsp://192.168.1.64/ch1",
        "http://cam.local/player.html?url=https://192.168.1.64/a.m3u8",
        "http://192.168.1.20:8000/player.html?url=https://nvr.local/a.m3u8",
    ):
        assert handed_live_media(player, page) is None
    popup = (
        "var m;\nm = L.marker([0.51, 117.55]).addTo(map).bindPopup('<h4>Simpang Tiga</h4>"
        '<iframe src="http://192.168.1.20:8000/player.html?url=rtsp://192.168.1.64/ch1">'
        "</iframe>');"
    )
    with pytest.raises(PortalFormatError, match="No camera list found"):
        _cams(popup, base_url=page)
    beside = "\n" + _leaflet("Pasar", 0.52, "https://cctv.example.go.id/hls/pasar.m3u8")
    cameras = _cams(popup + beside, base_url=page)
    assert [(c.raw_name, c.stream_url) for c in cameras] == [
        ("Pasar", "https://cctv.example.go.id/hls/pasar.m3u8")
    ]
    assert all("192.168." not in str(c) for c in cameras)


def test_a_lan_page_framing_a_lan_player_keeps_its_neighbours_address() -> None:
    player = "http://192.168.1.20:8000/player.html?url=rtsp://192.168.1.64/ch1"
    assert handed_live_media(player, "http://192.168.1.5/peta") == "rtsp://192.168.1.64/ch1"


def test_a_popup_frame_stands_in_only_without_media() -> None:
    with_still = (
        "var m;\nm = L.marker([0.51, 117.55], {title: 'Pasar'}).addTo(map).bindPopup("
        '\'<img src="https://cctv.kutim.example/snap/pasar.jpg">'
        '<iframe src="https://relay.kutim.example/player/pasar"></iframe>\');'
    )
    (camera,) = _cams(with_still)
    assert camera.snapshot_url == "https://cctv.kutim.example/snap/pasar.jpg"
    assert camera.stream_url is None
    framed = "var m;\n" + _leaflet("Pasar", 0.51, "https://relay.kutim.example/player/pasar")
    assert [c.stream_url for c in _cams(framed)] == ["https://relay.kutim.example/player/pasar"]


def test_a_marker_kept_under_a_quoted_key_has_that_id() -> None:
    script = "var markers = {}; var m;\n" + "".join(
        _leaflet(name, lat, f"https://cctv.kutim.example/hls/{key}.m3u8", f"markers['{key}'] = m;")
        for key, name, lat in (("GM-011", "Pasar", 0.51), ("BB-012", "Terminal", 0.52))
    )
    assert {c.raw_name: c.id for c in _cams(script)} == {"Pasar": "GM-011", "Terminal": "BB-012"}


def test_google_markers_kept_in_an_array_by_key() -> None:
    script = "".join(
        f"marker = new google.maps.Marker({{position: new google.maps.LatLng({lat}, 110.8), "
        f"map: map, title: '{name}'}});\ncctv_arr[\"{key}\"] = marker;\n"
        f'info = new google.maps.InfoWindow({{content: \'<iframe src="{RELAY}rtsp://10.3.6.{key}/c">'
        "</iframe>'});\nmarker.addListener('click', function () { info.open(map, marker); });\n"
        for key, name, lat in (("21", "Ngapeman", -7.56), ("22", "Kleco", -7.57))
    )
    cameras = _cams("var cctv_arr = []; var marker, info;\n" + script)
    assert {c.raw_name: (c.id, c.stream_url) for c in cameras} == {
        "Ngapeman": ("21", f"{RELAY}rtsp://10.3.6.21/c"),
        "Kleco": ("22", f"{RELAY}rtsp://10.3.6.22/c"),
    }


def test_a_reused_slot_or_a_word_key_gives_no_id() -> None:
    stores = ("lastOpened['marker'] = m;", "lastOpened['marker'] = m;", "byType['dome'] = m;")
    script = "var lastOpened = {}, byType = {}; var m;\n" + "".join(
        _leaflet(name, lat, f"https://cctv.kutim.example/hls/{n}.m3u8", store)
        for n, (name, lat, store) in enumerate(
            zip(("Pasar", "Terminal", "Pelabuhan"), (0.51, 0.52, 0.53), stores, strict=True)
        )
    )
    cameras = _cams(script)
    assert len(cameras) == 3
    assert all(c.id.startswith("k-") for c in cameras)
    # A slot holding a digit but reused for every marker names none of them either.
    reused = "var last = {}; var m;\n" + "".join(
        _leaflet(name, lat, f"https://cctv.kutim.example/hls/{n}.m3u8", "last['m1'] = m;")
        for n, (name, lat) in enumerate((("Pasar", 0.51), ("Terminal", 0.52)))
    )
    assert all(c.id.startswith("k-") for c in _cams(reused))


def test_an_index_or_a_variable_key_gives_no_id() -> None:
    script = "var list = []; var m; var k = 'x';\n" + "".join(
        _leaflet(name, lat, f"https://cctv.kutim.example/hls/{n}.m3u8", store)
        for n, (name, lat, store) in enumerate(
            (("Pasar", 0.51, "list[0] = m;"), ("Terminal", 0.52, "list[k] = m;"))
        )
    )
    assert all(c.id.startswith("k-") for c in _cams(script))


def test_a_popup_framing_a_map_or_a_form_is_no_camera() -> None:
    script = "var m;\n" + "".join(
        _leaflet(name, lat, src)
        for name, lat, src in (
            ("Kantor", 0.51, "https://www.google.com/maps/embed?pb=!1m18"),
            ("Aduan", 0.52, "https://docs.google.com/forms/d/e/x/viewform?embedded=true"),
            ("Pasar", 0.53, "https://relay.kutim.example/player/pasar"),
        )
    )
    cameras = _cams(script)
    assert [(c.raw_name, c.stream_url) for c in cameras] == [
        ("Pasar", "https://relay.kutim.example/player/pasar")
    ]
