"""Map popups: a labelled state line, and report markers beside camera markers."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.popupstates import (
    camera_marked,
    marker_tag,
    popup_state,
)

BASE = "https://peta.kutim.example/bencana/"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"
SNAP = "https://cctv.kutim.example/snap/{}.jpg"


def _cams(script: str) -> tuple[Camera, ...]:
    page = (
        "<!doctype html><html><head><title>Peta</title></head><body><div id='map'></div>"
        f"<script>{script}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _camera(name: str, lat: float, state_line: str, icon: str = "iconCctv") -> str:
    return (
        f"L.marker([{lat}, 117.55], {{icon: {icon}}}).addTo(map).bindPopup("
        f"\"<b>{name}</b><br>{state_line}<br><video src='{HLS.format(lat)}'></video>\");"
    )


def _report(name: str, lat: float, icon: str = "iconBanjir", media: str = "") -> str:
    picture = media or f"<img src='uploads/kejadian/{lat}.jpg' width='200'>"
    return (
        f"L.marker([{lat}, 117.56], {{icon: {icon}}}).addTo(map).bindPopup("
        f'"<b>{name}</b><br>Kec. Sangatta Selatan<br>{picture}");'
    )


# --- The state line -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "state"),
    [
        ("<b>A</b><br>Status: <span class='text-success'>Online</span><br>", "Online"),
        ("<b>A</b><br>Status: <span class='text-danger'>Offline</span>", "Offline"),
        ("<h3>A</h3><p>Kondisi: <b>Tidak Aktif</b></p>", "Tidak Aktif"),
        ("<b>A</b><div>State: live</div>", "live"),
    ],
)
def test_a_labelled_state_line_is_read(markup: str, state: str) -> None:
    assert popup_state(markup) == state


@pytest.mark.parametrize(
    "markup",
    [
        "<b>Pos Pantau</b><br>Status: Normal<br>",  # a river's level, no device's state
        "<b>Pos Pantau</b><br>Status: Siaga 3<br>",  # a warning level
        "<b>Simpang</b><br>Kecamatan: Sangatta Utara<br>",  # no state label
        "<b>Simpang</b><br>Online sejak pagi, lalu lintas ramai dan padat sekali di sini",
        "<b>Simpang</b><br>Lalu lintas: Online",  # not a state label
    ],
)
def test_other_lines_state_nothing(markup: str) -> None:
    assert popup_state(markup) is None


def test_popup_state_lines_give_marker_states() -> None:
    cams = _cams(
        "var map = L.map('map');"
        + _camera("CCTV Jembatan", 0.5, "Status: <span class='text-success'>Online</span>")
        + _camera("CCTV Muara", 0.51, "Status: <span class='text-danger'>Offline</span>")
        + _camera("CCTV Dermaga", 0.52, "Status: Normal")
    )
    assert {c.raw_name: c.online for c in cams} == {
        "CCTV Jembatan": True,
        "CCTV Muara": False,
        "CCTV Dermaga": None,
    }


# --- Report markers beside camera markers --------------------------------------------------


def test_marker_tags_read_icon_and_layers() -> None:
    assert marker_tag("[0.5, 117.5], {icon: iconCctv}", [("addTo", "cctvLayer")]) == (
        "iconCctv cctvLayer",
        True,
    )
    assert marker_tag("[0.5, 117.5], {icon: L.icon({iconUrl: 'img/cam.png'})}", []) == (
        "img/cam.png",
        True,
    )
    assert marker_tag("[0.5, 117.5]", [("addTo", "map")]) == ("map", False)
    assert camera_marked("iconCctv mymap")
    assert camera_marked("img/security-camera.png")
    assert camera_marked("map cameraLayer")
    assert not camera_marked("iconBanjir mymap")
    assert not camera_marked("iconCamp map")  # a campsite, no camera


def test_report_markers_with_their_own_icon_are_no_cameras() -> None:
    cams = _cams(
        "var map = L.map('map');"
        + _report("Banjir", 0.47)
        + _report("Tanah Longsor", 0.73, media="Jalan poros tertutup")
        + _camera("CCTV Jembatan Pinang", 0.505, "Status: Online")
        + _camera("CCTV Kenyamukan", 0.466, "Status: Offline")
    )
    assert sorted(c.raw_name or "" for c in cams) == ["CCTV Jembatan Pinang", "CCTV Kenyamukan"]


def test_a_camera_layer_marks_cameras_too() -> None:
    script = (
        "var map = L.map('map'); var cctvLayer = L.layerGroup().addTo(map);"
        "L.marker([0.47, 117.5], {icon: iconKejadian}).addTo(map)"
        ".bindPopup(\"<b>Kebakaran</b><br><img src='foto/kebakaran.jpg'>\");"
        "L.marker([0.50, 117.5], {icon: iconBiru}).addTo(cctvLayer)"
        f".bindPopup(\"<b>Simpang Tiga</b><br><img src='{SNAP.format('simpang3')}'>\");"
    )
    assert [c.raw_name for c in _cams(script)] == ["Simpang Tiga"]


@pytest.mark.parametrize(
    "script",
    [
        # One pin icon for every marker: every marker with a picture is a camera.
        "var map = L.map('map');"
        + _report("Air Terjun", 0.47, icon="pinIcon", media=f"<img src='{SNAP.format('a')}'>")
        + _report("Embung Desa", 0.48, icon="pinIcon", media=f"<img src='{SNAP.format('b')}'>"),
        # Icons by the device's state both name a camera.
        "var map = L.map('map');"
        + _report("Simpang Tiga", 0.47, icon="iconCctvOn", media=f"<img src='{SNAP.format('a')}'>")
        + _report(
            "Teluk Lingga", 0.48, icon="iconCctvOff", media=f"<img src='{SNAP.format('b')}'>"
        ),
        # Icons by state that name no camera at all.
        "var map = L.map('map');"
        + _report("Simpang Tiga", 0.47, icon="iconHijau", media=f"<img src='{SNAP.format('a')}'>")
        + _report("Teluk Lingga", 0.48, icon="iconMerah", media=f"<img src='{SNAP.format('b')}'>"),
    ],
)
def test_markers_drawn_alike_are_all_read(script: str) -> None:
    assert len(_cams(script)) == 2


def test_an_other_icon_with_live_media_stays_a_camera() -> None:
    cams = _cams(
        "var map = L.map('map');"
        + _camera("CCTV Jembatan", 0.505, "Status: Online")
        + _report(
            "Pos Pantau Sungai", 0.47, icon="iconPos", media=f"<video src='{HLS.format('pos')}'>"
        )
    )
    assert sorted(c.raw_name or "" for c in cams) == ["CCTV Jembatan", "Pos Pantau Sungai"]


# --- Markers with stills beside a camera-marked marker (icons by state, dots, layers) -----

_STATE_ICONS = (
    "var map = L.map('map');"
    "var greenIcon = L.icon({iconUrl:'img/marker-green.png'}),"
    " redIcon = L.icon({iconUrl:'img/marker-red.png'}),"
    " cctvIcon = L.icon({iconUrl:'img/cctv.png'});"
    'L.marker([0.51,117.61],{icon: greenIcon}).addTo(map).bindPopup("<b>Simpang Tiga</b><br>'
    "<img src='https://atcs.kutim.example/snap/1.jpg'>\");"
    'L.marker([0.52,117.62],{icon: redIcon}).addTo(map).bindPopup("<b>Taman Bersemi</b><br>'
    "<img src='https://atcs.kutim.example/snap/2.jpg'>\");"
    'L.marker([0.53,117.63],{icon: greenIcon}).addTo(map).bindPopup("<b>Pasar Induk</b><br>'
    "<img src='https://atcs.kutim.example/snap/3.jpg'>\");"
    'L.marker([0.54,117.64],{icon: cctvIcon}).addTo(map).bindPopup("<b>Bundaran Enggang</b><br>'
    "<video src='https://atcs.kutim.example/hls/4.m3u8'></video>\");"
)
_DOTS = (
    "var map = L.map('map'); var cctvLayer = L.layerGroup().addTo(map);"
    "L.marker([0.51,117.61],{icon: L.divIcon({className: 'dot-online'})}).addTo(map)"
    ".bindPopup(\"<b>Simpang Tiga</b><br><img src='https://atcs.kutim.example/snap/1.jpg'>\");"
    "L.marker([0.52,117.62],{icon: L.divIcon({className: 'dot-offline'})}).addTo(map)"
    ".bindPopup(\"<b>Taman Bersemi</b><br><img src='https://atcs.kutim.example/snap/2.jpg'>\");"
    "L.marker([0.53,117.63]).addTo(cctvLayer)"
    ".bindPopup(\"<b>Pasar Induk</b><br><img src='https://atcs.kutim.example/snap/3.jpg'>\");"
)
_TERNARY = (
    "var map = L.map('map'); var st1 = 1, st2 = 0;"
    "var greenIcon = L.icon({iconUrl:'img/green.png'}), redIcon = L.icon({iconUrl:'img/red.png'}),"
    " cctvIcon = L.icon({iconUrl:'img/cctv.png'});"
    "L.marker([0.51,117.61],{icon: st1 == 1 ? greenIcon : redIcon}).addTo(map)"
    ".bindPopup(\"<b>Simpang Tiga</b><br><img src='https://atcs.kutim.example/snap/1.jpg'>\");"
    "L.marker([0.52,117.62],{icon: st2 == 1 ? greenIcon : redIcon}).addTo(map)"
    ".bindPopup(\"<b>Taman Bersemi</b><br><img src='https://atcs.kutim.example/snap/2.jpg'>\");"
    "L.marker([0.53,117.63],{icon: cctvIcon}).addTo(map)"
    ".bindPopup(\"<b>Pasar Induk</b><br><img src='https://atcs.kutim.example/snap/3.jpg'>\");"
)


@pytest.mark.parametrize(
    ("script", "names"),
    [
        (_STATE_ICONS, ["Bundaran Enggang", "Pasar Induk", "Simpang Tiga", "Taman Bersemi"]),
        (_DOTS, ["Pasar Induk", "Simpang Tiga", "Taman Bersemi"]),
        (_TERNARY, ["Pasar Induk", "Simpang Tiga", "Taman Bersemi"]),
    ],
)
def test_stills_beside_the_camera_marked_markers_media_stay_cameras(
    script: str, names: list[str]
) -> None:
    assert sorted(c.raw_name or "" for c in _cams(script)) == names


def test_an_other_icon_without_a_report_word_stays_a_camera() -> None:
    # Its own icon and a still on another host, but nothing says it is a report.
    cams = _cams(
        "var map = L.map('map');"
        + _camera("CCTV Jembatan", 0.505, "Status: Online")
        + _report(
            "Simpang Lima", 0.47, icon="iconHijau", media="<img src='https://atcs.example/s/5.jpg'>"
        )
    )
    assert sorted(c.raw_name or "" for c in cams) == ["CCTV Jembatan", "Simpang Lima"]


def test_a_report_photo_on_the_cameras_host_is_kept() -> None:
    # A report word, but its picture sits on the camera-marked markers' media host.
    cams = _cams(
        "var map = L.map('map');"
        + _camera("CCTV Jembatan", 0.505, "Status: Online")
        + _report("Banjir", 0.47, media=f"<img src='{SNAP.format('banjir')}'>")
    )
    assert sorted(c.raw_name or "" for c in cams) == ["Banjir", "CCTV Jembatan"]
