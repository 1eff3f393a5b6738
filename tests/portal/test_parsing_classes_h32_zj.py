"""Picture tiles named beside their state badge, read after holdout 32.

A dashboard tile holds one picture without alt text (an ``<img>`` or a ``bg-cover``
div whose inline ``background-image`` is the still), a label and a state badge
(``<span>Gerbang Utama</span>`` … ``<span>● ONLINE</span>``). The badge states the
camera's state, its coloured dot before the word included ("● ONLINE", "• Offline"),
and may be a ``<div>`` of its own, read as a state pill only (never a place badge).
The tile's text less the badge names the camera, on a line of its own or on the
badge's line; the page's heading does not.

An admin page's camera cards carry record buttons (Edit, Delete, Detail, Ubah, Hapus)
whose click handler names the record's number first (``onclick="edit(31,'…')"``,
``deleteData(31)``, ``return hapusCctv(7)``) or which link the record's action page
(``/monitoring/detail/12``): that number is the id of the one camera its card holds.

A frame of a camera's viewing script, one word of a viewing verb and a camera word
(``showcam.php?channel=1``, ``viewcam.php?id=2``, ``showcamera.aspx``), is a player
frame, read among still pictures as a camera (as a camera host's player is). A picture
alone among such frames is named by its own card, never by the page's heading.

Linked data (JSON-LD) describing the page itself, its site, publisher or breadcrumb
(``WebPage``, ``CollectionPage``, ``WebSite``, ``Organization``, ``BreadcrumbList``)
gives no camera of the page's own address: those nodes lose their address and picture
fields, and what they hold (a ``mainEntity`` list) is read as before.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.embeds import camera_view_frame, player_frame
from custom_components.kutim_cctv.portal.values import parse_status

BASE = "https://pantau.kutim.example/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(tiles: str) -> str:
    return f"<html><body><h1>Desa Pantau</h1><div class='grid'>{tiles}</div></body></html>"


def _bg_tile(name: str, slug: str, state: str, badge: str = "span") -> str:
    return (
        "<div class='relative aspect-video'>"
        f"<div class='absolute inset-0 bg-cover' style=\"background-image: url('/s/{slug}.jpg')\">"
        "</div><div class='absolute bottom-0 flex'>"
        f"<span class='text-xs font-bold'>{name}</span>"
        f"<div class='flex'><span class='dot'></span><{badge} class='text-[10px]'>{state}"
        f"</{badge}></div></div></div>"
    )


# State badges with a dot.


def test_a_state_word_after_a_dot_is_that_state() -> None:
    assert parse_status("● ONLINE") is True
    assert parse_status("• Offline") is False
    assert parse_status("⬤ aktif") is True


def test_a_dot_before_live_or_before_no_state_states_nothing() -> None:
    assert parse_status("● LIVE") is None
    assert parse_status("●") is None
    assert parse_status("● Kecamatan Sangatta") is None
    assert parse_status("•• Simpang Tiga") is None


# Tiles named beside their badge.


def test_a_background_tile_is_named_by_its_label_beside_its_state_badge() -> None:
    found = cameras(
        _page(_bg_tile("Gerbang Utama", "a", "● ONLINE") + _bg_tile("Gang Mawar", "b", "● OFFLINE"))
    )
    assert [(c.name, c.snapshot_url, c.online) for c in found] == [
        ("Gerbang Utama", f"{BASE}s/a.jpg", True),
        ("Gang Mawar", f"{BASE}s/b.jpg", False),
    ]


def test_a_badge_div_states_the_tile_state() -> None:
    found = cameras(
        _page(
            _bg_tile("Pos Satpam", "a", "● ONLINE", badge="div")
            + _bg_tile("Blok C", "b", "● OFFLINE", badge="div")
        )
    )
    assert [(c.name, c.online) for c in found] == [("Pos Satpam", True), ("Blok C", False)]


def test_a_badge_on_the_label_line_leaves_the_rest_as_the_name() -> None:
    def tile(name: str, slug: str, state: str) -> str:
        return (
            f"<div class='card'><div class='flex'><span>{state}</span> <span>{name}</span></div>"
            f"<div class='aspect-video'><img src='/s/{slug}.jpg' class='w-full'></div></div>"
        )

    found = cameras(
        _page(tile("Library Entrance", "a", "• Online") + tile("Car Park", "b", "• Offline"))
    )
    assert [(c.name, c.online) for c in found] == [("Library Entrance", True), ("Car Park", False)]


# What is not read that way.


def test_a_tile_with_a_third_line_or_no_badge_keeps_the_heading() -> None:
    def tile(slug: str, lines: str) -> str:
        return (
            "<div class='relative aspect-video'>"
            f"<div class='bg-cover' style=\"background-image:url('/s/{slug}.jpg')\"></div>"
            f"{lines}</div>"
        )

    found = cameras(
        _page(
            tile("a", "<p>Gerbang</p><p>Jl. Merdeka 4</p><p>● ONLINE</p>")
            + tile("b", "<p>Gapura</p><p>Jl. Merdeka 9</p>")
        )
    )
    assert [c.name for c in found] == ["Desa Pantau", "Desa Pantau"]


def test_a_rest_that_is_no_name_names_nothing() -> None:
    found = cameras(
        _page(_bg_tile("12:30:45", "a", "● ONLINE") + _bg_tile("2 kamera", "b", "● ONLINE"))
    )
    assert [c.name for c in found] == ["Desa Pantau", "Desa Pantau"]


def test_a_picture_with_alt_text_keeps_its_alt() -> None:
    tiles = "".join(
        f"<div class='card'><img src='/s/{n}.jpg' alt='Kamera {n}'>"
        f"<span>Label {n}</span><div>● ONLINE</div></div>"
        for n in range(2)
    )
    assert [c.name for c in cameras(_page(tiles))] == ["Kamera 0", "Kamera 1"]


def test_a_state_div_is_never_a_place_badge() -> None:
    tiles = "".join(
        f"<div class='card'><img src='/s/{n}.jpg' alt='Simpang {n}'>"
        f"<div>Kecamatan Sangatta Utara</div></div>"
        for n in range(2)
    )
    assert [c.area for c in cameras(_page(tiles))] == [None, None]


def test_many_nested_state_divs_stay_bounded() -> None:
    nested = "<div>● ONLINE " * 3000 + "</div>" * 3000
    tiles = "".join(_bg_tile(f"Simpang {n}", str(n), "● ONLINE", badge="div") for n in range(500))
    found = cameras(_page(nested + tiles))
    assert len(found) == 500
    assert [found[0].name, found[-1].name] == ["Simpang 0", "Simpang 499"]


# Cards keyed by their record buttons.


def _record_card(name: str, picture: str, buttons: str, extra: str = "") -> str:
    return (
        f"<div class='card col-md-4'{extra}><div class='d-flex'><h6>{name}</h6>"
        f"<div class='ms-auto'>{buttons}</div></div>"
        f"<img class='img-cctv' src='http://cam.kutim.example/{picture}.jpg'></div>"
    )


def _cards(*cards: str) -> str:
    return f"<html><body><h5>CCTV</h5><div class='row'>{''.join(cards)}</div></body></html>"


def test_a_record_handler_number_is_the_card_camera_id() -> None:
    found = cameras(
        _cards(
            _record_card(
                "Spillway",
                "a",
                "<button onclick=\"edit(31,'Spillway')\">Edit</button>"
                "<button onclick='deleteData(31)'>Delete</button>",
            ),
            _record_card("Intake", "b", "<a href='#' onclick='return hapusCctv(\"32\")'>Hapus</a>"),
            _record_card("Puncak", "c", '<a href="javascript:showDetail(33)">Detail</a>'),
        )
    )
    assert [(c.id, c.name) for c in found] == [
        ("31", "Spillway"),
        ("32", "Intake"),
        ("33", "Puncak"),
    ]


def test_a_record_action_link_number_is_the_card_camera_id() -> None:
    found = cameras(
        _cards(
            _record_card("Hulu", "a", "<a href='/monitoring/detail/12'>Detail</a>"),
            _record_card("Hilir", "b", "<a href='/cctv/15/edit'>Ubah</a>"),
        )
    )
    assert [c.id for c in found] == ["12", "15"]


def test_a_handed_card_takes_the_record_of_its_buttons() -> None:
    def card(n: int) -> str:
        url = f"http://cam.kutim.example/cgi-bin/snapshot.cgi?channel={n}"
        return _record_card(
            f"Pintu {n}",
            f"x{n}",
            f"<button onclick=\"preview('{url}','Pintu {n}')\">Preview</button>"
            f"<button onclick='deleteData({n + 40})'>Delete</button>",
        )

    found = cameras(_cards(card(1), card(2)))
    assert [c.id for c in found if c.snapshot_url and "snapshot.cgi" in c.snapshot_url] == [
        "41",
        "42",
    ]


def test_viewer_calls_and_numbers_not_first_are_no_record() -> None:
    found = cameras(
        _cards(
            _record_card("Satu", "a", "<button onclick='show(0)'>Lihat</button>"),
            _record_card("Dua", "b", "<button onclick='play(1)'>Putar</button>"),
            _record_card("Tiga", "c", "<button onclick=\"edit('Tiga', 7)\">Edit</button>"),
            _record_card("Empat", "d", "<a href='/cctv/edit/abc'>Edit</a>"),
        )
    )
    assert all(c.id.startswith("k-") for c in found)


def test_two_records_in_one_card_or_buttons_outside_any_card_give_none() -> None:
    mixed = _record_card(
        "Satu",
        "a",
        "<button onclick='edit(3)'>Edit</button><button onclick='deleteData(4)'>Delete</button>",
    )
    page = (
        "<html><body><div class='toolbar'><button onclick='edit(9)'>Edit</button></div>"
        f"<div class='row'>{mixed}{_record_card('Dua', 'b', '')}</div></body></html>"
    )
    assert all(c.id.startswith("k-") for c in cameras(page))


def test_a_data_id_comes_before_the_record_buttons() -> None:
    found = cameras(
        _cards(
            _record_card(
                "Satu", "a", "<button onclick='edit(3)'>Edit</button>", " data-id='cam-a'"
            ),
            _record_card("Dua", "b", "<button onclick='edit(4)'>Edit</button>", " data-id='cam-b'"),
        )
    )
    assert [c.id for c in found] == ["cam-a", "cam-b"]


# Frames of a camera's viewing script.


def test_a_camera_viewing_script_is_a_player_frame() -> None:
    for url in (
        "https://transcode.kutim.example/showcam.php?channel=1",
        "http://monitor.kutim.example/modules/ipcam/viewcam.php?id=2",
        "https://cctv.kutim.example/showcamera.aspx?cam=JTG03",
        "https://cctv.kutim.example/camview.jsp",
        "https://cctv.kutim.example/lihatkamera.php?id=4",
        "https://cctv.kutim.example/cctv1.php",
    ):
        assert player_frame(url, {"src": url}), url
        assert camera_view_frame(url), url


def test_scripts_not_named_for_viewing_a_camera_are_no_player() -> None:
    for url in (
        "https://promo.kutim.example/campaign.php",
        "https://wisata.kutim.example/camping.php?id=2",
        "https://dealer.kutim.example/showroom.php",
        "https://sensor.kutim.example/modules/sensors/chart.php?range=day",
        "https://web.kutim.example/showcam",
        "https://web.kutim.example/showcam.php/extra",
    ):
        assert not player_frame(url, {"src": url}), url
        assert not camera_view_frame(url), url
    assert not camera_view_frame("ftp://cctv.kutim.example/showcam.php")


def _frame_card(name: str, inner: str) -> str:
    return f"<div class='col-md-6'><div class='card text-center'>{inner}<h5><a href='#'>{name}</a></h5></div></div>"


def test_viewing_script_frames_among_pictures_are_cameras() -> None:
    page = (
        "<html><body><h4>Daftar CCTV</h4><div class='row'>"
        + _frame_card("Gerbang", "<img src='https://cam.kutim.example/snap/gerbang.jpg'>")
        + _frame_card(
            "Pantai", "<iframe src='https://tv.kutim.example/showcam.php?channel=1'></iframe>"
        )
        + _frame_card("Pelabuhan", "<img src='https://cam.kutim.example/snap/pelabuhan.jpg'>")
        + _frame_card("Profil", "<iframe src='https://profil.kutim.example/about.php'></iframe>")
        + "</div></body></html>"
    )
    assert [(c.name, c.stream_url, c.snapshot_url) for c in cameras(page)] == [
        ("Gerbang", None, "https://cam.kutim.example/snap/gerbang.jpg"),
        ("Pelabuhan", None, "https://cam.kutim.example/snap/pelabuhan.jpg"),
        ("Pantai", "https://tv.kutim.example/showcam.php?channel=1", None),
    ]


def test_a_lone_picture_among_frames_is_named_by_its_card() -> None:
    def card(name: str, inner: str) -> str:
        return (
            f"<div class='col-lg-4'><div class='card'>{inner}<div class='card-body'>"
            f"<h5 class='card-title'>{name}</h5><p>Jl. {name}</p></div></div></div>"
        )

    page = (
        "<html><body><div class='page'><h4>Pantauan Persimpangan</h4><div class='row'>"
        + card("Simpang Lima", "<img class='card-img-top' src='https://cam.kutim.example/s.jpg'>")
        + card("Tugu", "<iframe src='https://tv.kutim.example/viewcam.php?id=1'></iframe>")
        + "</div></div></body></html>"
    )
    assert [c.name for c in cameras(page)] == ["Simpang Lima", "Tugu"]


# Linked data describing the page.


def _linked(data: object, body: str) -> str:
    return (
        "<html><head><script type='application/ld+json'>"
        f"{json.dumps(data)}</script></head><body>{body}</body></html>"
    )


_GALLERY = (
    "<h1>Live CCTV</h1><figure class='wp-block-image'><img src='https://s.kutim.example:8081/"
    "?action=stream' alt='Alun-Alun'><figcaption>Alun-Alun</figcaption></figure>"
)


def test_the_page_and_site_nodes_of_linked_data_are_no_cameras() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": f"{BASE}live/", "url": f"{BASE}live/", "name": "Live CCTV"},
            {"@type": "WebSite", "url": BASE, "name": "Diskominfo"},
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Beranda", "item": BASE}
                ],
            },
            {"@type": ["CollectionPage"], "url": f"{BASE}cctv", "thumbnailUrl": f"{BASE}t.jpg"},
        ],
    }
    found = cameras(_linked(graph, _GALLERY))
    assert [(c.name, c.mjpeg_url, c.stream_url) for c in found] == [
        ("Alun-Alun", "https://s.kutim.example:8081/?action=stream", None)
    ]


def test_cameras_a_page_node_holds_are_still_read() -> None:
    page = {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "url": f"{BASE}webcams",
        "mainEntity": [
            {"@type": "Thing", "name": "Pelabuhan", "stream": f"{BASE}hls/pelabuhan.m3u8"},
            {"@type": "Thing", "name": "Dermaga", "stream": f"{BASE}hls/dermaga.m3u8"},
        ],
    }
    found = cameras(_linked(page, "<h1>Webcams</h1>"))
    assert [(c.name, c.stream_url) for c in found] == [
        ("Pelabuhan", f"{BASE}hls/pelabuhan.m3u8"),
        ("Dermaga", f"{BASE}hls/dermaga.m3u8"),
    ]


def test_the_same_fields_in_a_plain_json_script_are_read_as_before() -> None:
    rows = [
        {"@type": "WebPage", "name": "Pelabuhan", "url": f"{BASE}hls/pelabuhan.m3u8"},
        {"@type": "WebPage", "name": "Dermaga", "url": f"{BASE}hls/dermaga.m3u8"},
    ]
    page = (
        f"<html><head><script type='application/json' id='cams'>{json.dumps(rows)}</script>"
        "</head><body><h1>Webcams</h1></body></html>"
    )
    assert [c.stream_url for c in cameras(page)] == [
        f"{BASE}hls/pelabuhan.m3u8",
        f"{BASE}hls/dermaga.m3u8",
    ]
