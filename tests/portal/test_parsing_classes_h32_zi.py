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

A record field holding popup markup Base64-encoded (``popupData: "PGRpdi…"``, decoded by
the page with ``atob``) is read as that markup: its pictures, videos, players and heading.
Only a value of Base64 characters alone, at most 64 KiB, decoding to valid UTF-8 that
opens with a tag is decoded; a token, an encoded picture or encoded plain text is not.

A picture inside a link to a picture (a "click to enlarge" or lightbox link), with no
caption, alt text or card of its own, is kept like the same picture without its link:
when a page script keeps reloading it (``$('img.webcam').each(… '?random=' + t)``, or by
its id), it is a camera's still named by the heading over it. Without such a script it
stays unread, as before.
"""

from __future__ import annotations

import base64
import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import base64_markup

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


# Popup markup shipped Base64-encoded in a record field.


def _b64(text: str, *, urlsafe: bool = False) -> str:
    raw = text.encode()
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def test_base64_markup_is_decoded_only_when_it_encodes_markup() -> None:
    html = "<div><h4>Cam</h4><img src='/a.jpg'></div>"
    assert base64_markup(_b64(html)) == html
    assert base64_markup(_b64("\n   " + html)) == "\n   " + html
    assert base64_markup(_b64(html + "?>", urlsafe=True).rstrip("=")) == html + "?>"
    assert base64_markup(_b64("Kamera pelabuhan https://v.example/a.m3u8")) is None
    assert base64_markup(_b64("a < b and c > d, no tag here at all")) is None
    assert base64_markup(base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(64)).decode()) is None
    assert base64_markup("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc") is None  # a token
    assert base64_markup("SimpangEmpatKaboSangattaUtara") is None
    mixed = _b64(html + "??>>", urlsafe=True)
    assert "-" in mixed or "_" in mixed
    assert base64_markup("+" + mixed[1:]) is None  # two alphabets mixed
    assert base64_markup(_b64("<p>" + "x" * 70_000 + "</p>")) is None  # too long


def test_a_keyed_feed_of_base64_popups_gives_their_players() -> None:
    popup = "<table><tr><th>{0}</th></tr><tr><td><iframe src='https://t.example/showcam.php?channel={1}'></iframe></td></tr></table>"
    data = {
        "status": 200,
        "data": {
            str(n): {
                "cctv_id": n,
                "lat": -8.1 - n / 100,
                "lng": 115.2,
                "ch_name": f"Pos {n}",
                "popupData": _b64(popup.format(f"Pos {n}", n * 3)),
            }
            for n in (1, 2)
        }
        | {
            "3": {
                "cctv_id": 3,
                "lat": -8.4,
                "lng": 115.3,
                "ch_name": "Pos 3",
                "popupData": _b64("<p>Perbaikan</p>"),
            }
        },
    }
    found = cameras(json.dumps(data))
    assert [(c.id, c.name) for c in found] == [("1", "Pos 1"), ("2", "Pos 2")]
    assert found[1].stream_url == "https://t.example/showcam.php?channel=6"


def test_a_record_list_of_base64_popups_gives_media_and_heading_names() -> None:
    records = [
        {
            "id": "a",
            "lat": 1.1,
            "lng": 117.1,
            "content": _b64("<div><h4>Alpha</h4><img src='/s/a.jpg'></div>"),
        },
        {
            "id": "b",
            "lat": 1.2,
            "lng": 117.2,
            "content": _b64("<div><h4>Beta</h4><video src='/h/b.m3u8'></video></div>"),
        },
    ]
    found = cameras(json.dumps(records))
    assert [c.name for c in found] == ["Alpha", "Beta"]
    assert found[0].snapshot_url == "https://peta.cams.example/s/a.jpg"
    assert found[1].stream_url == "https://peta.cams.example/h/b.m3u8"


def test_base64_plain_text_or_a_picture_is_no_camera() -> None:
    text = _b64("see https://v.example/a.m3u8 <live>")
    picture = base64.b64encode(bytes(range(256))).decode()
    for field in ({"note": text}, {"blob": picture}):
        record = {"id": "a", "lat": 1.1, "lng": 117.1, "name": "Alpha", **field}
        with pytest.raises(PortalFormatError):
            cameras(json.dumps({"data": [record]}))


def test_many_long_base64_fields_stay_bounded() -> None:
    long_markup = _b64("<div><img src='/s/x.jpg'>" + "<p>kamera</p>" * 3_000 + "</div>")
    too_long = _b64("<div>" + "<p>kamera</p>" * 6_000 + "</div>")
    records = [
        {"id": f"c{n}", "lat": 1.0, "lng": 117.0, "a": long_markup, "b": too_long, "c": too_long}
        for n in range(60)
    ]
    found = cameras(json.dumps({"data": records}))
    assert len(found) == 60
    assert found[0].snapshot_url == "https://peta.cams.example/s/x.jpg"


# Pictures inside links to themselves, reloaded by a page script.

_LINKED = """<div class="row">
<div class="col-md-6"><h5>Piste 23</h5><a href="https://w.example/cam1/image.jpg">
<img class="img-responsive webcam" src="https://w.example/cam1/image.jpg"></a></div>
<div class="col-md-6"><h5>Parking avions</h5><a href="https://w.example/cam3/image.jpg">
<img class="img-responsive webcam" src="https://w.example/cam3/image.jpg"></a></div>
</div>"""

_RELOAD = """<script>
function refreshWebcam() {
  $('img.webcam').each(function () {
    this.src = this.src.split('?')[0] + "?random=" + new Date().getTime();
  });
}
setInterval(refreshWebcam, 30000);
</script>"""


def test_linked_pictures_a_script_reloads_are_stills_named_by_their_headings() -> None:
    found = cameras(f"<html><body>{_LINKED}{_RELOAD}</body></html>")
    assert [(c.name, c.snapshot_url) for c in found] == [
        ("Piste 23", "https://w.example/cam1/image.jpg"),
        ("Parking avions", "https://w.example/cam3/image.jpg"),
    ]


def test_linked_pictures_no_script_reloads_stay_unread() -> None:
    with pytest.raises(PortalFormatError):
        cameras(f"<html><body>{_LINKED}</body></html>")


def test_a_linked_picture_the_script_does_not_reload_is_no_camera() -> None:
    logo = '<a href="/img/club.jpg"><img class="brand" src="/img/club.jpg"></a>'
    found = cameras(f"<html><body><header>{logo}</header>{_LINKED}{_RELOAD}</body></html>")
    assert [c.name for c in found] == ["Piste 23", "Parking avions"]
