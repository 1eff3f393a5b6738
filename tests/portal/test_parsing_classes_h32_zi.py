"""Map features carrying their media only in a description property, read after holdout 32.

An OpenLayers feature (or any marker whose options are read) whose media is written
only in a ``desc`` property holding HTML (``desc: '<b>…</b><img src=…>'``, shown by a
click handler with ``content.innerHTML = feature.get('desc')``) takes that markup as its
popup, as ``description`` already was: its pictures, videos and links are the camera's
media, its place line the area. A ``desc`` of plain text, or markup without media, gives
no camera; an icon is never media.

A counting loop over positional rows (``for (i = 0; i < markers.length; i++)`` reading
``markers[i][0]`` as the marker's title and ``markers[i][1]``, ``markers[i][2]`` as its
position) is read like a loop naming its row variable. When it hands each marker a popup
from a parallel array at the same index (``infoWindow.setContent(infoWindowContent[i][0])``,
``bindPopup(popups[i])``), that array's markup is the row's popup: its media and place
line. A cell handed to the marker as its ``icon`` is never a still. An array of another
length, markup without media, or an array indexed by another variable gives nothing.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.cams.example/cctv/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(script: str) -> str:
    return f"<html><body><div id='map'></div><script>{script}</script></body></html>"


# OpenLayers features with a desc HTML property.


def _feature(fid: str, name: str, lon: float, lat: float, desc: str) -> str:
    return (
        "new ol.Feature({geometry: new ol.geom.Point(ol.proj.fromLonLat(["
        f"{lon}, {lat}])), id: '{fid}', name: '{name}', desc: '{desc}'}})"
    )


def test_a_feature_desc_markup_gives_its_media_and_area() -> None:
    script = (
        "var src = new ol.source.Vector({features: ["
        + _feature(
            "A-1",
            "Pos Satu",
            112.9,
            -8.1,
            '<b>Pos Satu</b><br><small>Kec. Candipuro</small><img src="/snap/a1.jpg">',
        )
        + ","
        + _feature(
            "A-2",
            "Pos Dua",
            113.0,
            -8.2,
            '<b>Pos Dua</b><video><source src="https://v.cams.example/a2/index.m3u8"></video>',
        )
        + "]}); map.on('click', function (e) { content.innerHTML = f.get('desc'); });"
    )
    found = cameras(_page(script))
    assert [(c.id, c.name) for c in found] == [("A-1", "Pos Satu"), ("A-2", "Pos Dua")]
    assert found[0].snapshot_url == "https://peta.cams.example/snap/a1.jpg"
    assert found[0].area == "Candipuro"
    assert (found[0].latitude, found[0].longitude) == (-8.1, 112.9)
    assert found[1].stream_url == "https://v.cams.example/a2/index.m3u8"


def test_a_feature_desc_without_media_is_no_camera() -> None:
    script = (
        "var src = new ol.source.Vector({features: ["
        + _feature("A-1", "Pos Satu", 112.9, -8.1, '<b>Pos Satu</b><img src="/snap/a1.jpg">')
        + ","
        + _feature("A-2", "Pos Dua", 113.0, -8.2, "<b>Pos Dua</b><i>Kamera offline</i>")
        + "]});"
    )
    assert [c.id for c in cameras(_page(script))] == ["A-1"]


def test_a_plain_text_desc_is_no_media() -> None:
    script = (
        "var src = new ol.source.Vector({features: ["
        + _feature("A-1", "Pos Satu", 112.9, -8.1, "Kamera pantau lalu lintas")
        + "], style: new ol.style.Style({image: new ol.style.Icon({src: '/img/cctv.png'})})});"
    )
    with pytest.raises(PortalFormatError):
        cameras(_page(script))


# Parallel marker and info-window arrays joined by a counting loop's index.

_GMAPS_LOOP = """
for (i = 0; i < markers.length; i++) {
    var position = new google.maps.LatLng(markers[i][1], markers[i][2]);
    marker = new google.maps.Marker({position: position, map: map, icon: markers[i][3],
        title: markers[i][0]});
    google.maps.event.addListener(marker, 'click', (function(marker, i) {
        return function() { infoWindow.setContent(CONTENT); infoWindow.open(map, marker); }
    })(marker, i));
}
"""

_MARKERS = """var markers = [
    ["Simpang Satu", -7.39, 112.72, "/img/cctv-green.png"],
    ["Simpang Dua", -7.44, 112.71, "/img/cctv-green.png"],
    ["Simpang Tiga", -7.54, 112.69, "/img/cctv-red.png"]
];
"""

_INFO = """var infoWindowContent = [
    ['<div><h3>Simpang Satu</h3><img src="/snap/satu.jpg"><br>Kec. Gedangan</div>'],
    ['<div><h3>Simpang Dua</h3><a href="https://v.cams.example/dua/index.m3u8">Live</a>' +
     '<br>Kec. Krian</div>'],
    ['<div><h3>Simpang Tiga</h3><span>Kamera dalam perbaikan</span></div>']
];
"""


def test_a_parallel_info_window_array_gives_each_row_its_media_and_area() -> None:
    script = _MARKERS + _INFO + _GMAPS_LOOP.replace("CONTENT", "infoWindowContent[i][0]")
    found = cameras(_page(script))
    assert [(c.name, c.area) for c in found] == [
        ("Simpang Satu", "Gedangan"),
        ("Simpang Dua", "Krian"),
    ]
    assert found[0].snapshot_url == "https://peta.cams.example/snap/satu.jpg"
    assert found[0].stream_url is None
    assert found[1].stream_url == "https://v.cams.example/dua/index.m3u8"
    assert found[1].snapshot_url is None  # its icon cell is no still
    assert (found[1].latitude, found[1].longitude) == (-7.44, 112.71)


def test_a_flat_popups_array_is_read_by_index_too() -> None:
    script = (
        "const rows = [['Kabo', 0.53, 117.52], ['Singa', 0.49, 117.56]];"
        "const popups = ['<h5>Kabo</h5><img src=\"/foto/kabo.jpg\">',"
        " '<h5>Singa</h5><video src=\"/hls/singa.m3u8\"></video>'];"
        "for (let j = 0; j < rows.length; j++) {"
        " L.marker([rows[j][1], rows[j][2]], {title: rows[j][0]}).bindPopup(popups[j]).addTo(map);"
        "}"
    )
    found = cameras(_page(script))
    assert [c.name for c in found] == ["Kabo", "Singa"]
    assert found[0].snapshot_url == "https://peta.cams.example/foto/kabo.jpg"
    assert found[1].stream_url == "https://peta.cams.example/hls/singa.m3u8"


def test_a_popups_array_of_another_length_is_not_joined() -> None:
    info = _INFO.replace(
        "    ['<div><h3>Simpang Tiga</h3><span>Kamera dalam perbaikan</span></div>']\n", ""
    ).replace("Kec. Krian</div>'],", "Kec. Krian</div>']")
    script = _MARKERS + info + _GMAPS_LOOP.replace("CONTENT", "infoWindowContent[i][0]")
    assert all(c.area is None for c in _cameras_or_none(script))


def test_an_array_indexed_by_another_variable_is_not_joined() -> None:
    script = _MARKERS + _INFO + _GMAPS_LOOP.replace("CONTENT", "infoWindowContent[k][0]")
    assert all(c.area is None for c in _cameras_or_none(script))


def _cameras_or_none(script: str) -> tuple[Camera, ...]:
    try:
        return cameras(_page(script))
    except PortalFormatError:
        return ()


def test_many_counting_loops_and_popup_calls_stay_bounded() -> None:
    rows = ",".join(f"['Cam {n}', -7.{n:04d}, 112.{n:04d}]" for n in range(1000))
    popups = ",".join(f"['<h3>Cam {n}</h3><img src=\"/s/{n}.jpg\">']" for n in range(1000))
    calls = "".join(f"w.setContent(p{n}[i][0]);" for n in range(1000))
    loops = "".join(
        f"for (i = 0; i < rows{n}.length; i++) {{ t = {{title: rows{n}[i][0]}}; }}"
        for n in range(50)
    )
    script = (
        f"var rows = [{rows}]; var info = [{popups}];"
        + "".join(f"var p{n} = [{rows}];" for n in range(5))
        + "for (i = 0; i < rows.length; i++) {"
        " m = new google.maps.Marker({position: new google.maps.LatLng(rows[i][1], rows[i][2]),"
        " title: rows[i][0]}); " + calls + " w.setContent(info[i][0]); }" + loops
    )
    # Only the first few arrays handed to a popup are tried (each is parsed once): the
    # popups array named after thousands of others is not read, so no row has media.
    assert _cameras_or_none(script) == ()
