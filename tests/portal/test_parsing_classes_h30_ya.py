"""Abbreviated place lines in map popups, labels and marker helper calls, read after holdout 30.

A map popup's line holding only an abbreviated district or village name
(``<b>Tugu Kujang</b><br>Kec. Bogor Tengah<br><video …>``) gives the camera's area.

A point's label joining its name, an address and its kecamatan (``'Bundaran DPRD - Jl.
Kalimantan, Kec. Sumbersari'``, a Google Maps ``locations`` row) is the camera's name
with the ``Kec.`` tail as its area; the address set apart by a dash is dropped.

A page helper placing one marker per call (``addmarker({lat, lng}, '<b>Name</b>', 'Kec.
X', '3', snapshot, hls)``) names its arguments by its parameters: an argument passed as
an identifier parameter (``id_cctv``) is the camera's id; a plain text argument that is
a place line is its area, never its name.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.names import kecamatan_tail
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.mapjs import popup_area

BASE = "https://peta.kutim.example/cctv/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(script: str) -> str:
    return f"<html><body><div id='map'></div><script>{script}</script></body></html>"


def _leaflet(*popups: str) -> str:
    lines = [
        f"var marker = L.marker([0.5{n}, 117.5{n}]).bindPopup('{popup}').addTo(map);"
        for n, popup in enumerate(popups)
    ]
    return _page("var map = L.map('map');\n" + "\n".join(lines))


def _video(slug: str) -> str:
    return f'<video src="https://s.kutim.example/hls/{slug}/index.m3u8" autoplay></video>'


# Popup place lines.


def test_an_abbreviated_kecamatan_line_in_a_popup_is_the_area() -> None:
    page = _leaflet(
        f"<b>Simpang Tiga</b><br>Kec. Sangatta Utara<br>{_video('a')}",
        f"<b>Pelabuhan</b><br>Kel.Teluk Lingga<br>{_video('b')}",
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Simpang Tiga", "Sangatta Utara"),
        ("Pelabuhan", "Teluk Lingga"),
    ]


def test_other_abbreviated_lines_in_a_popup_are_no_area() -> None:
    # A street, a phone number, a sentence or a kecamatan inside a longer line.
    page = _leaflet(
        f"<b>Simpang Tiga</b><br>Jl. Yos Sudarso<br>{_video('a')}",
        f"<b>Pelabuhan</b><br>Telp. 0549 21000<br>{_video('b')}",
        f"<b>Bandara</b><br>Kec. 12<br>{_video('c')}",
        f"<b>Terminal</b><br>Dekat kantor Kec. Bengalon<br>{_video('d')}",
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Simpang Tiga", None),
        ("Pelabuhan", None),
        ("Bandara", None),
        ("Terminal", None),
    ]


def test_popup_area_reads_a_whole_abbreviated_line_only() -> None:
    assert popup_area("<b>A</b><br>Ds. Sepaso<br>") == "Sepaso"
    assert popup_area("<b>A</b><br>Kec. " + "Panjang " * 20 + "<br>") is None
    assert popup_area("<b>A</b><br>Kecamatan: Bengalon") == "Bengalon"


# Labels ending in their kecamatan.


def test_a_label_ending_in_its_kecamatan_gives_name_and_area() -> None:
    assert kecamatan_tail("Bundaran DPRD - Jl. Kalimantan, Kec. Sumbersari") == (
        "Bundaran DPRD",
        "Sumbersari",
    )
    assert kecamatan_tail("Pantai Watu Ulo - Desa Sumberrejo, Kec. Ambulu") == (
        "Pantai Watu Ulo",
        "Ambulu",
    )
    assert kecamatan_tail("Terminal Dhaksinarga, Kec. Wonosari") == (
        "Terminal Dhaksinarga",
        "Wonosari",
    )
    assert kecamatan_tail("Simpang Lima - Kec. Tanah Grogot") == ("Simpang Lima", "Tanah Grogot")


def test_labels_without_a_kecamatan_tail_are_kept() -> None:
    assert kecamatan_tail("Pantai Baron - Jl. Pantai Baron") is None
    assert kecamatan_tail("Kantor Kec. Bengalon Lama, Jl. Poros") is None
    assert kecamatan_tail("Alun-alun, Kecamatan Kaliorang") is None
    assert kecamatan_tail("Kec. Bengalon") is None
    assert kecamatan_tail(", Kec. Bengalon") is None
    assert kecamatan_tail("Simpang " * 40 + ", Kec. Bengalon") is None


def test_locations_rows_labelled_with_their_kecamatan() -> None:
    page = _page(
        "var locations = ["
        "['Simpang Tiga - Jl. Yos Sudarso, Kec. Sangatta Utara', 0.51, 117.51, 1,"
        " 'https://s.kutim.example/flv/a.flv'],"
        "['Pelabuhan Maloy', 0.52, 117.52, 2, 'https://s.kutim.example/flv/b.flv']];"
        "var infowindow = new google.maps.InfoWindow();"
        "for (i = 0; i < locations.length; i++) {"
        " marker = new google.maps.Marker({position: new google.maps.LatLng(locations[i][1],"
        " locations[i][2]), map: map});"
        " google.maps.event.addListener(marker, 'click', (function(marker, i) {"
        " return function() { infowindow.setContent(locations[i][0]);"
        " infowindow.open(map, marker); } })(marker, i)); }"
    )
    assert [(c.name, c.area) for c in cameras(page)] == [
        ("Simpang Tiga", "Sangatta Utara"),
        ("Pelabuhan Maloy", None),
    ]


def test_a_record_with_its_own_area_keeps_its_label() -> None:
    answer = (
        '[{"nama": "Simpang Tiga, Kec. Sangatta Utara", "kecamatan": "Sangatta Selatan",'
        ' "hls": "https://s.kutim.example/hls/a/index.m3u8"}]'
    )
    (camera,) = cameras(answer)
    assert (camera.name, camera.area) == ("Simpang Tiga, Kec. Sangatta Utara", "Sangatta Selatan")


# Marker helper calls.

_HELPER = (
    "function addmarker(koordinat, judul, alamat, id_cctv, snapshot, hls) {"
    " var marker = new google.maps.Marker({position: koordinat, map: map});"
    " marker.addListener('click', function () { infowindow.setContent(judul + alamat); }); }\n"
)


def test_helper_arguments_give_id_name_and_area() -> None:
    page = _page(
        _HELPER
        + "addmarker({lat: 0.51, lng: 117.51}, '<b>Simpang Tiga</b><br>', 'Kec. Sangatta Utara',"
        " '3', 'https://s.kutim.example/snap/a.jpg', 'https://s.kutim.example/hls/a/index.m3u8')\n"
        "addmarker({lat: 0.52, lng: 117.52}, '<b>Pelabuhan</b><br>', 'Kec. Bengalon', 9,"
        " 'https://s.kutim.example/snap/b.jpg', '')\n"
    )
    found = [(c.id, c.name, c.area, c.latitude) for c in cameras(page)]
    assert found == [
        ("3", "Simpang Tiga", "Sangatta Utara", 0.51),
        ("9", "Pelabuhan", "Bengalon", 0.52),
    ]


def test_helper_arguments_not_named_as_an_id_give_none() -> None:
    # A number under a parameter of another name, an address that is no place line.
    helper = _HELPER.replace("id_cctv", "zoom")
    page = _page(
        helper + "addmarker({lat: 0.51, lng: 117.51}, '<b>Simpang Tiga</b><br>', 'Jl. Yos Sudarso',"
        " '3', '', 'https://s.kutim.example/hls/a/index.m3u8')\n"
    )
    (camera,) = cameras(page)
    assert camera.id != "3"
    assert camera.area is None


def test_a_digit_only_argument_never_names_a_marker() -> None:
    page = _page(
        "function tambah(lat, lng, nomor, url) { L.marker([lat, lng]).addTo(map); }\n"
        "tambah(0.51, 117.51, '17', 'https://s.kutim.example/hls/a/index.m3u8');\n"
    )
    (camera,) = cameras(page)
    assert camera.name != "17"


def test_many_helper_calls_and_long_labels_stay_bounded() -> None:
    # 1,000 helper calls of long place-like arguments and 2,000 records named by long
    # labels ending in "Kec.": every argument and label is gated by its length before any
    # pattern runs, and none of them gives an area.
    long_text = "Kec. " + "Panjang " * 250
    calls = "".join(
        f"addmarker({{lat: 0.5, lng: 117.{n}}}, '<b>C{n}</b>', '{long_text}', '{n}', '',"
        f" 'https://s.kutim.example/hls/{n}/index.m3u8')\n"
        for n in range(1000)
    )
    found = cameras(_page(_HELPER + calls))
    assert len(found) == 1000
    assert all(camera.area is None for camera in found)
    records = [
        {
            "nama": f"{'Simpang - Jl. ' * 20}{n}, Kec. Bengalon",
            "hls": f"https://s.kutim.example/hls/{n}/index.m3u8",
        }
        for n in range(2000)
    ]
    labelled = cameras(json.dumps(records))
    assert len(labelled) == 2000
    assert all(camera.area is None for camera in labelled)


def test_an_area_parameter_gives_the_area_of_its_argument() -> None:
    page = _page(
        "function tambahKamera(lokasi, nama, kecamatan, url) {"
        " L.marker([lokasi.lat, lokasi.lng]).addTo(map); }\n"
        "tambahKamera({lat: 0.51, lng: 117.51}, '<b>Simpang Tiga</b>', 'Sangatta Utara',"
        " 'https://s.kutim.example/hls/a/index.m3u8');\n"
    )
    (camera,) = cameras(page)
    assert (camera.name, camera.area) == ("Simpang Tiga", "Sangatta Utara")
