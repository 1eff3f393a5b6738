"""Positional map rows: abbreviated village labels and a trailing code, read after holdout 42.

A Google Maps counting loop over ``var locations = [[nama, lat, lng, kelurahan, …]]``
labels the cells it shows in the info window: an abbreviated district or village label
(``'Kel. ' + locations[i][3]``, ``'Ds. '``, ``'Kec. '``) names the camera's area as the
written-out word does. A camera code after the name (``'rw03-tl'``, ``'CAM-BGL-07'``: one
word of letters and digits) is the id also when a plain word (an access word) stands
between them. Other labels (``Ket.``, ``Telp.``), kinds without digits (``PTZ``) and
second names stay out.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import row_item
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.rownames import _label_key

BASE = "https://peta.kutim.example/cctv/"
ROWS = (
    "['Gang Masjid RT 07', 0.52161, 117.55402, 'Teluk Lingga', 'publik', "
    "'https://kampung.kutim.example/snap/rw03.jpg', {code0}],"
    "['Gang Swadaya RW 05', 0.51433, 117.53902, 'Swarga Bara', 'publik', "
    "'https://kampung.kutim.example/snap/rw05.jpg', {code1}],"
    "['Lapangan Voli RW 08', 0.47612, 117.56511, 'Kabo Jaya', 'publik', "
    "'https://kampung.kutim.example/snap/rw08.jpg', {code2}]"
)


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(label: str, codes: tuple[str, str, str] = ("'rw03-tl'", "'rw05-sb'", "'rw08-kj'")) -> str:
    rows = ROWS.format(code0=codes[0], code1=codes[1], code2=codes[2])
    script = (
        f"var locations = [{rows}];"
        "var infowindow = new google.maps.InfoWindow(); var marker, i;"
        "for (i = 0; i < locations.length; i++) {"
        " marker = new google.maps.Marker({position: new google.maps.LatLng(locations[i][1],"
        " locations[i][2]), map: map, title: locations[i][0]});"
        " google.maps.event.addListener(marker, 'click', (function (marker, i) {"
        " return function () { infowindow.setContent('<b>' + locations[i][0] + '</b><br>"
        f"{label}' + locations[i][3] + '<br><img src=\"' + locations[i][5] + '\">');"
        " infowindow.open(map, marker); }; })(marker, i)); }"
    )
    return f"<html><body><div id='map'></div><script>{script}</script></body></html>"


def test_kel_label_gives_area_and_trailing_code_the_id() -> None:
    found = cameras(_page("Kel. "))
    assert [(c.id, c.area) for c in found] == [
        ("rw03-tl", "Teluk Lingga"),
        ("rw05-sb", "Swarga Bara"),
        ("rw08-kj", "Kabo Jaya"),
    ]
    assert found[0].snapshot_url == "https://kampung.kutim.example/snap/rw03.jpg"
    assert found[0].latitude == 0.52161


def test_ds_and_kec_labels_name_areas() -> None:
    assert [c.area for c in cameras(_page("Ds. "))] == ["Teluk Lingga", "Swarga Bara", "Kabo Jaya"]
    assert [c.area for c in cameras(_page("Kec. "))][0] == "Teluk Lingga"
    assert _label_key("</b><br>Kel. ") == "kelurahan"
    assert _label_key("<br>Ds.") == "desa"
    assert _label_key("<br>Kec. ") == "kecamatan"


def test_other_labels_give_no_area() -> None:
    assert [c.area for c in cameras(_page("Ket. "))] == [None, None, None]
    assert [c.area for c in cameras(_page("Telp. "))] == [None, None, None]
    assert _label_key("<br>Ket. ") == "ket"


def test_trailing_kind_or_plain_word_is_no_id() -> None:
    found = cameras(_page("Kel. ", ("'PTZ'", "'Dome'", "'PTZ'")))
    assert all(c.id not in ("PTZ", "Dome") for c in found)
    found = cameras(_page("Kel. ", ("'Teluk Lingga Ilir'", "'Swarga Bara Ilir'", "'Kabo'")))
    assert all(c.id.startswith("k-") for c in found)


def test_row_item_code_past_a_plain_word() -> None:
    item = row_item(["Gang Masjid RT 07", 0.52161, 117.55402, "publik", "rw03-tl"])
    assert item is not None
    assert item["id"] == "rw03-tl"
    assert item["name"] == "Gang Masjid RT 07"


def test_row_item_second_name_is_no_id() -> None:
    item = row_item(["Gang Masjid RT 07", 0.52161, 117.55402, "publik", "Swarga Bara"])
    assert item is not None
    assert "id" not in item


def test_trailing_code_shared_by_rows_or_naming_a_kind_is_no_id() -> None:
    # A kind or resolution every row carries (``PTZ360``), or one repeated by some rows
    # (``4K``, ``RT07``), names no camera: the ids stay derived, not suffixed by row order.
    for codes in (
        ("'PTZ360'", "'PTZ360'", "'PTZ360'"),
        ("'4K'", "'4K'", "'2MP'"),
        ("'RT07'", "'RT07'", "'RW08'"),
    ):
        found = cameras(_page("Kel. ", codes))
        assert len(found) == 3
        assert all(c.id.startswith("k-") for c in found), codes
        assert [c.area for c in found] == ["Teluk Lingga", "Swarga Bara", "Kabo Jaya"]


def test_row_item_kind_code_is_no_id() -> None:
    for code in ("PTZ360", "2MP", "4K", "1080p"):
        item = row_item(["Gang Masjid RT 07", 0.52161, 117.55402, "publik", code])
        assert item is not None
        assert "id" not in item, code
