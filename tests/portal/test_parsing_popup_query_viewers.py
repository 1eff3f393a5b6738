"""Map popups linking a camera's viewer script keyed by one query field (``lihat.php?id=4``)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.mapjs import _marker_calls
from custom_components.kutim_cctv.portal.viewerlinks import query_viewer_key

BASE = "https://peta.kutim.example/peta/maps.php"
HELPER = """
function addMarker(lat, lng, info) {
    var marker = new google.maps.Marker({map: map, position: new google.maps.LatLng(lat, lng)});
    google.maps.event.addListener(marker, 'click', function() {
        infoWindow.setContent(info);
        infoWindow.open(map, marker);
    });
}
"""


def _cams(*popups: str, title: str = "Peta CCTV", base: str = BASE) -> tuple[Camera, ...]:
    calls = "\n".join(
        f"addMarker(0.{50 + n}1, 117.5{n}3, '{popup}');" for n, popup in enumerate(popups)
    )
    page = (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        "<div id='map-canvas'></div><script>var infoWindow = new google.maps.InfoWindow;"
        f"{HELPER}{calls}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _popup(
    name: str, href: str, caption: str = "Lihat CCTV", extra: str = "Kec. Sangatta Utara"
) -> str:
    return f'<b>{name}</b><br>{extra}<br><a href="{href}" target="_blank">{caption}</a>'


def test_camera_link_to_a_viewer_script_is_the_stream() -> None:
    cams = _cams(
        _popup("Simpang Tiga", "http://cctv.kutim.example/lihat.php?id=4"),
        _popup("Bundaran Pelangi", "/cctv/pantau.php?id=7", "Pantau"),
        _popup("Dermaga Sepaso", "/cctv/view_cctv.php?kode=SPS-01", "Tonton Live"),
    )
    got = {(c.id, c.name, c.area, c.stream_url) for c in cams}
    assert got == {
        ("4", "Simpang Tiga", "Sangatta Utara", "http://cctv.kutim.example/lihat.php?id=4"),
        (
            "7",
            "Bundaran Pelangi",
            "Sangatta Utara",
            "https://peta.kutim.example/cctv/pantau.php?id=7",
        ),
        (
            "SPS-01",
            "Dermaga Sepaso",
            "Sangatta Utara",
            "https://peta.kutim.example/cctv/view_cctv.php?kode=SPS-01",
        ),
    }
    assert all(c.snapshot_url is None and c.mjpeg_url is None for c in cams)


def test_only_the_camera_captioned_link_is_taken() -> None:
    popup = (
        '<b>Pasar Bengalon</b><br><a href="https://maps.google.com/?q=0.74,117.75">Lihat Lokasi</a>'
        ' | <a href="lihat.php?id=15">Lihat CCTV</a>'
    )
    cams = _cams(popup, _popup("Simpang Kabo", "lihat.php?id=9"))
    assert {c.stream_url for c in cams} == {
        "https://peta.kutim.example/peta/lihat.php?id=15",
        "https://peta.kutim.example/peta/lihat.php?id=9",
    }


@pytest.mark.parametrize(
    ("href", "caption"),
    [
        ("detail.php?id=8", "Lihat CCTV"),  # a detail page
        ("berita.php?id=21", "Lihat CCTV"),  # an article
        ("lihat.php?id=8", "Detail"),  # a caption showing no camera
        ("lihat.php?id=8", "Baca Berita"),
        ("/admin/lihat.php?id=8", "Lihat CCTV"),  # an admin page
        ("/berita/lihat.php?id=8", "Lihat CCTV"),
        ("http://192.168.0.25/lihat.php?id=8", "Lihat CCTV"),  # a LAN host
        ("http://10.1.2.3/pantau.php?id=8", "Lihat CCTV"),
        ("http://127.0.0.1/lihat.php?id=8", "Lihat CCTV"),
        ("http://admin:rahasia@cctv.kutim.example/lihat.php?id=8", "Lihat CCTV"),  # a login
        ("lihat.php?id=8&user=admin", "Lihat CCTV"),  # a second field
        ("lihat.php?page=2", "Lihat CCTV"),  # no id field
        ("lihat.php?id=simpang tiga sangatta", "Lihat CCTV"),
        ("profil.php?id=4", "Lihat CCTV"),
        ("rtmp://cctv.kutim.example/lihat.php?id=8", "Lihat CCTV"),
    ],
)
def test_near_misses_give_nothing(href: str, caption: str) -> None:
    good = _popup("Simpang Kabo", "lihat.php?id=9")
    cams = _cams(good, _popup("Kantor Dishub", href, caption))
    assert [c.name for c in cams] == ["Simpang Kabo"]


def test_a_shop_popup_stating_a_price_gives_nothing() -> None:
    shop = '<b>Toko Kamera Jaya</b><br>Paket 4 kamera Rp 2.750.000<br><a href="lihat.php?id=90">Lihat CCTV</a>'
    with pytest.raises(PortalFormatError):
        _cams(shop)


def test_markers_without_links_give_no_list() -> None:
    with pytest.raises(PortalFormatError):
        _cams("<b>Terminal Rantau Pulung</b><br>Kec. Rantau Pulung<br><i>Belum terpasang</i>")


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://cctv.kutim.example/lihat.php?id=4", "4"),
        ("https://cctv.kutim.example/peta/pantau.php?cam=ktm-07", "ktm-07"),
        ("https://cctv.kutim.example/view_cctv.php?kode=BGL-01", "BGL-01"),
        ("https://cctv.kutim.example/live.asp?id=12", "12"),
        ("https://cctv.kutim.example/lihat.php", None),
        ("https://cctv.kutim.example/lihat.php?id=4#peta", None),
        ("https://cctv.kutim.example/detail_cctv.php?id=4", None),
        ("https://cctv.kutim.example/foto/lihat.php?id=4", None),
        ("https://cctv.kutim.example/lihat.php?id=4;x", None),
        ("http://192.168.1.5/lihat.php?id=4", None),
        ("https://cctv.kutim.example/" + "a/" * 6 + "lihat.php?id=4", None),
    ],
)
def test_query_viewer_key(url: str, key: str | None) -> None:
    assert query_viewer_key(url) == key


@pytest.mark.parametrize(
    ("title", "base", "markers"),
    [
        (
            "Peta Masjid Kutai Timur",
            "https://masjid.kutimkab.example/peta/",
            [
                ("Masjid Agung Al-Faruq", "Kajian tiap Jumat", "live.php?id=3", "Live Streaming"),
                ("Masjid Raya Bengalon", "Sholat Jumat", "live.php?id=4", "Tonton Live"),
            ],
        ),
        (
            "Jadwal Liga Kutim",
            "https://pssi.kutimkab.example/",
            [
                ("Stadion Kudungga", "Persikutim vs Perseba 2-1", "live.php?id=3", "Live"),
                ("GOR Bukit Pelangi", "Voli putri", "live.php?id=4", "Lihat Live"),
            ],
        ),
        (
            "Lacak Bus Kutim",
            "https://trans.kutimkab.example/",
            [
                ("Bus Trans Kutim 01", "Rute Sangatta-Bengalon", "view.php?id=3", "Pantau"),
                ("Bus Trans Kutim 02", "Rute Sangatta-Kaliorang", "view.php?id=4", "Pantau"),
            ],
        ),
        (
            "Kualitas Udara",
            "https://dlh.kutimkab.example/",
            [
                ("Stasiun ISPU Sangatta", "PM2.5 35", "view.php?id=3", "Lihat Pemantauan"),
                ("Stasiun ISPU Bengalon", "PM2.5 20", "view.php?id=4", "Pemantauan"),
            ],
        ),
        (
            "Peta Pos Duga Air BPBD Kutim",
            "https://bpbd.kutimkab.example/peta/maps.php",
            [
                ("Pos Duga Air Sangatta", "Tinggi muka air 120 cm", "pantau.php?id=3", "Pantau"),
                ("Pos Duga Air Bengalon", "Siaga 3", "pantau.php?id=4", "Pantau"),
            ],
        ),
        (
            "Hotel",
            "https://hotel.example/",
            [
                ("Hotel Royal Victoria", "Kamar mulai 450rb", "lihat.php?id=3", "Lihat Live"),
                ("Hotel Kutai", "Kamar", "lihat.php?id=4", "Lihat Live"),
            ],
        ),
        (
            "Radio Kutim",
            "https://radio.kutimkab.example/",
            [("Radio Kutim FM", "FM 101", "live.php?id=4", "Live")],
        ),
    ],
)
def test_live_links_of_places_without_camera_words_give_nothing(
    title: str, base: str, markers: list[tuple[str, str, str, str]]
) -> None:
    popups = [_popup(name, href, caption, extra) for name, extra, href, caption in markers]
    with pytest.raises(PortalFormatError):
        _cams(*popups, title=title, base=base)


@pytest.mark.parametrize(
    ("base", "name", "extra", "href", "caption"),
    [
        (BASE, "Simpang Tiga", "Kec. Sangatta Utara", "pantau.php?id=3", "Lihat CCTV"),  # caption
        (BASE, "CCTV Simpang Tiga", "Kec. Sangatta Utara", "pantau.php?id=3", "Pantau"),  # name
        (BASE, "Simpang Tiga", "Kamera ATCS", "live.php?id=3", "Live"),  # a popup line
        (BASE, "Simpang Tiga", "Kec. Sangatta Utara", "/cctv/lihat.php?id=3", "Lihat Live"),
        (BASE, "Simpang Tiga", "Kec. Sangatta Utara", "view_cctv.php?id=3", "Pantau"),  # script
        (
            "https://cctv.kutimkab.example/peta/",
            "Simpang Tiga",
            "Kec. Sangatta",
            "live.php?id=3",
            "Live",
        ),
    ],
)
def test_a_camera_word_in_popup_link_caption_or_map_address_keeps_the_page(
    base: str, name: str, extra: str, href: str, caption: str
) -> None:
    cams = _cams(_popup(name, href, caption, extra), title="Peta", base=base)
    assert [(c.id, c.name) for c in cams] == [("3", name)]


@pytest.mark.parametrize(
    ("title", "base", "markers"),
    [
        (
            "Peta Hotel",
            "https://hotel.example/peta/",
            [
                (
                    "Hotel Royal Victoria",
                    "Fasilitas: WiFi, AC, CCTV 24 jam",
                    "live.php?id=3",
                    "Lihat Live",
                ),
                ("Hotel Kutai", "Fasilitas: Parkir, CCTV", "live.php?id=4", "Lihat Live"),
            ],
        ),
        (
            "Peta Hotel",
            "https://hotel.example/peta/",
            [
                (
                    "Hotel Royal Victoria",
                    "Fasilitas: WiFi, AC, <b>CCTV</b> 24 jam",
                    "live.php?id=3",
                    "Lihat Live",
                ),
                ("Hotel Kutai", "Fasilitas: Parkir, <i>CCTV</i>", "live.php?id=4", "Lihat Live"),
            ],
        ),
        (
            "Peta Hotel",
            "https://hotel.example/peta/",
            [
                (
                    "Hotel Royal Victoria",
                    "Parkir: Ada<br>CCTV: Ada<br>WiFi: Ada",
                    "live.php?id=3",
                    "Lihat Live",
                ),
                (
                    "Hotel Kutai",
                    "Parkir: Ada<br>CCTV: Tidak<br>WiFi: Ada",
                    "live.php?id=4",
                    "Lihat Live",
                ),
            ],
        ),
        (
            "Peta Pos Duga Air BPBD Kutim",
            "https://bpbd.kutimkab.example/peta/maps.php",
            [
                ("Pos Duga Air Sangatta", "Sensor AWLR + kamera", "pantau.php?id=3", "Pantau"),
                ("Pos Duga Air Bengalon", "Siaga 3", "pantau.php?id=4", "Pantau"),
            ],
        ),
        (
            "Peta Sekolah",
            "https://disdik.kutimkab.example/",
            [
                ("SDN 001 Sangatta", "Dilengkapi CCTV", "pantau.php?id=3", "Pantau"),
                ("SDN 002 Sangatta", "Kelas 12", "pantau.php?id=4", "Pantau"),
            ],
        ),
        (
            "Peta Masjid",
            "https://cam.unmul.example/peta/",
            [
                ("Masjid Agung", "Kajian", "live.php?id=3", "Live Streaming"),
                ("Masjid Raya", "Jumat", "live.php?id=4", "Live"),
            ],
        ),
        (
            "Lacak Bus",
            "https://dishub.kutimkab.example/cctv/bus.php",
            [
                ("Bus Trans Kutim 01", "Rute Sangatta-Bengalon", "view.php?id=3", "Pantau"),
                ("Bus Trans Kutim 02", "Rute", "view.php?id=4", "Pantau"),
            ],
        ),
    ],
)
def test_a_camera_word_in_passing_does_not_make_a_live_link_a_camera(
    title: str, base: str, markers: list[tuple[str, str, str, str]]
) -> None:
    # A facility list (CCTV as a hotel's amenity), equipment beside a sensor, a host
    # abbreviation (cam.) or the site's CCTV section holding a bus page is no camera.
    popups = [_popup(name, href, caption, extra) for name, extra, href, caption in markers]
    with pytest.raises(PortalFormatError):
        _cams(*popups, title=title, base=base)


@pytest.mark.parametrize(
    ("title", "base"),
    [
        ("Peta", "https://dishub.kutimkab.example/cctv/peta.php"),
        ("Peta", "https://dishub.kutimkab.example/cctv/index.php"),
        ("Peta", "https://cctv-kutim.example/peta/"),
        ("Peta", "https://atcs-dishub.kutimkab.example/"),
        ("Peta CCTV Dishub Kutim", "https://dishub.kutimkab.example/cctv/peta.php"),
    ],
)
def test_a_map_in_a_cctv_folder_or_on_a_hyphenated_camera_host_is_a_camera_map(
    title: str, base: str
) -> None:
    cams = _cams(
        _popup("Simpang Tiga", "live.php?id=3", "Lihat Live"),
        _popup("Bundaran", "live.php?id=4", "Lihat Live"),
        title=title,
        base=base,
    )
    assert sorted((c.id, c.name) for c in cams) == [("3", "Simpang Tiga"), ("4", "Bundaran")]


def test_many_helper_calls_of_long_popups_stay_bounded() -> None:
    """Read for the bench_hostile case: 500 helper calls of 4,000-character popups (2 MB)."""
    for extra in ("<b>x</b>" * 480, "y" * 3900):
        popups = [_popup(f"Hotel {n}", f"live.php?id={n}", "Lihat Live", extra) for n in range(500)]
        with pytest.raises(PortalFormatError):
            _cams(*popups, title="Peta Hotel", base="https://hotel.example/peta/")


def test_markers_named_after_two_megabytes_of_script_keep_their_popups() -> None:
    """Read for the bench_hostile case: a marker's variable is read back from its constructor."""
    words = "var total = hitung + jumlah * faktor;\n" * 54_000
    markers = "".join(
        f"var cam{n} = L.marker([0.{50 + n}1, 117.5{n}3]).addTo(map);\n"
        f"cam{n}.bindPopup('<b>Simpang {n}</b><br>"
        f'<a href="https://cctv.kutim.example/hls/{n}/index.m3u8">Live</a>\');\n'
        for n in range(3)
    )
    page = (
        "<html><head><title>Peta CCTV</title></head><body><div id='map'></div>"
        f"<script>{words}{markers}</script></body></html>"
    )
    assert len(page) > 2_000_000
    cams = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [(c.name, c.stream_url) for c in cams] == [
        (f"Simpang {n}", f"https://cctv.kutim.example/hls/{n}/index.m3u8") for n in range(3)
    ]


def test_a_marker_statement_starts_at_its_declaration() -> None:
    script = "x = 1; const  cam = new L.marker([1, 2]); y == new L.marker([3, 4]); é1 = L.marker("
    calls = _marker_calls(script)
    assert [(script[c.start() : c.end()], c.group("var")) for c in calls] == [
        ("const  cam = new L.marker(", "cam"),
        ("new L.marker(", None),
        ("L.marker(", None),
    ]
