"""Card titles ending in the device's IP, users' pictures and camera detail tables.

Read after holdout 33. A camera's label written with its device's IP after a separator
or in brackets (``Serambi | 192.168.10.21``, ``Lobi (192.168.1.64)``, ``Gudang - IP:
10.0.0.9:8080``) is named without it; a label that is an address alone, a number inside
a name (``Ruang Kelas 10.2``) and an IP not set apart stay as written.

A signed-in user's picture in an admin template's top bar (``alt="user"``, ``alt="User
Image"``, ``class="img-profile"``) is no camera's still.

A camera's detail table (label/value rows, each a header cell and a value cell, three or
more, no media) whose name row names the camera (``Camera Name``, ``Nama Kamera``) names
the page's one camera; its ``Status`` row gives its state and a ``Kecamatan`` row its
area. A bare ``Name`` row (a user's profile) never names it, nor does a detail table on a
page of several cameras.

A table's municipality or county column (``Kommun``, ``Kommune``, ``County``) is the area
when no town column is given; Scandinavian name and state columns (``Navn``, ``Namn``,
``Tilstand``, ``Driftsstatus``) are read, and ``Ur funktion``, ``Ude af drift`` are offline.
A row's link to a player page naming the camera in its query (``?CAMID=CAM016``,
``?camId=…``) gives the row's id; other query values never do.

A list item's ``data-camid`` is its camera's id, and a place line written in CJK script
counts from two characters (``明石市``, ``堺市``), where Latin lines need four.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.names import without_device_address
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.desa.example/live"


def cameras(body: str, base: str = BASE) -> tuple[Camera, ...]:
    """Parse an HTML page as an Automatic portal answer."""
    return parse_body(body, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _card(title: str, src: str) -> str:
    return (
        '<div class="card"><div class="card-body">'
        f'<h4 class="header-title">{title}</h4>'
        f'<div class="embed-responsive"><iframe src="{src}"></iframe></div></div></div>'
    )


def _page(*parts: str) -> str:
    return "<html><body>" + "".join(parts) + "</body></html>"


# Device addresses after a name


def test_ip_after_a_bar_dash_slash_or_in_brackets_is_dropped() -> None:
    assert without_device_address("Serambi Depan | 192.168.10.21") == "Serambi Depan"
    assert without_device_address("Lobi (192.168.1.64)") == "Lobi"
    assert without_device_address("Gudang - IP: 10.0.0.9:8080") == "Gudang"
    assert without_device_address("Kantin / 192.168.0.12") == "Kantin"
    assert without_device_address("Lapangan \u2013 192.168.0.13:554") == "Lapangan"
    assert without_device_address("Pos [172.16.0.2]") == "Pos"


def test_names_without_a_set_apart_address_stay() -> None:
    assert without_device_address("192.168.0.15") == "192.168.0.15"  # the address alone
    assert without_device_address("Ruang Kelas 10.2") == "Ruang Kelas 10.2"
    assert without_device_address("Cam 192.168.1.10") == "Cam 192.168.1.10"  # no separator
    assert without_device_address("Gerbang | 999.1.1.1") == "Gerbang | 999.1.1.1"  # no IP
    assert without_device_address("Lobi (10.0.0.1") == "Lobi (10.0.0.1"  # unclosed
    assert without_device_address("- | 10.0.0.1") == "- | 10.0.0.1"  # no name before it
    assert without_device_address("Jl. Sudirman KM 5.2") == "Jl. Sudirman KM 5.2"
    assert without_device_address("") == ""


def test_card_titles_name_cameras_without_their_ip() -> None:
    found = cameras(
        _page(
            _card("Serambi | 192.168.10.21", "https://live.desa.example/hls/serambi.m3u8"),
            _card("Halaman (10.1.1.4)", "https://live.desa.example/hls/halaman.m3u8"),
        )
    )
    assert [c.name for c in found] == ["Serambi", "Halaman"]


# Users' pictures


_USER_BAR = (
    '<header><a class="nav-link nav-user" href="#">'
    '<img src="/assets/images/users/user-4.jpg" alt="user" class="rounded-circle">'
    "<span>Takmir</span></a></header>"
)


def test_a_user_picture_in_the_top_bar_is_no_camera() -> None:
    found = cameras(
        _page(_USER_BAR, _card("Serambi", "https://live.desa.example/hls/serambi.m3u8"))
    )
    assert [c.name for c in found] == ["Serambi"]
    adminlte = '<img src="/dist/img/user2-160x160.jpg" class="user-image" alt="User Image">'
    sb_admin = '<img class="img-profile rounded-circle" src="/img/team/op.png" alt="Petugas">'
    for picture in (adminlte, sb_admin):
        found = cameras(
            _page(picture, _card("Gerbang", "https://live.desa.example/hls/gerbang.m3u8"))
        )
        assert [c.name for c in found] == ["Gerbang"]


def test_a_camera_picture_named_by_users_words_inside_a_name_stays() -> None:
    body = _page(
        '<div class="card"><h5>Parkir Pengguna</h5>'
        '<img src="/snapshot/parkir.jpg" alt="Parkir area user"></div>'
    )
    found = cameras(body)
    assert [c.snapshot_url for c in found] == ["https://cctv.desa.example/snapshot/parkir.jpg"]


# Camera detail tables


def _detail(*rows: tuple[str, str]) -> str:
    cells = "".join(f"<tr><th><h6>{label}</h6></th><td>{value}</td></tr>" for label, value in rows)
    return f'<div class="card"><h4>Camera Detail</h4><table class="table">{cells}</table></div>'


_PLAYER = _card("Live Streaming", "https://live.desa.example/hls/mimbar.m3u8")


def test_a_detail_table_names_the_page_camera_and_gives_its_state_and_area() -> None:
    body = _page(
        _detail(
            ("Camera Name", "Mimbar Utama"),
            ("IP Address", "192.168.10.22"),
            ("Password", "ZmSecret9"),
            ("Kecamatan", "Sangatta Utara"),
            ("Status", "Online"),
            ("Vendor", "Dahua"),
        ),
        _PLAYER,
    )
    (camera,) = cameras(body)
    assert camera.name == "Mimbar Utama"
    assert camera.online is True
    assert camera.area == "Sangatta Utara"
    assert "ZmSecret9" not in repr(camera)


def test_a_detail_table_in_indonesian_with_an_offline_status() -> None:
    body = _page(
        _detail(("Nama Kamera", "Dermaga"), ("Merk", "Hikvision"), ("Status", "Offline")),
        _PLAYER,
    )
    (camera,) = cameras(body)
    assert (camera.name, camera.online) == ("Dermaga", False)


def test_a_bare_name_row_is_a_users_and_names_no_camera() -> None:
    body = _page(
        _detail(("Name", "Siti"), ("Email", "siti@desa.example"), ("Status", "Aktif")),
        _card("Pintu Air", "https://live.desa.example/hls/pintu.m3u8"),
    )
    (camera,) = cameras(body)
    assert camera.name == "Pintu Air"
    assert camera.online is None


def test_short_or_headed_tables_and_pages_of_several_cameras_are_not_details() -> None:
    two_rows = _page(_detail(("Camera Name", "Mimbar"), ("Status", "Online")), _PLAYER)
    assert cameras(two_rows)[0].name != "Mimbar"
    headed = _page(
        "<table><tr><th>Camera Name</th><th>Status</th></tr>"
        "<tr><th>Mimbar</th><th>Online</th></tr><tr><th>Serambi</th><th>Offline</th></tr>"
        "<tr><th>Parkir</th><th>Online</th></tr></table>",
        _PLAYER,
    )
    assert cameras(headed)[0].name != "Mimbar"
    several = _page(
        _detail(("Camera Name", "Mimbar"), ("Vendor", "Dahua"), ("Status", "Online")),
        _card("Serambi", "https://live.desa.example/hls/serambi.m3u8"),
        _card("Parkir", "https://live.desa.example/hls/parkir.m3u8"),
    )
    assert sorted(c.name for c in cameras(several)) == ["Parkir", "Serambi"]


# Scandinavian camera tables


def _nordic_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return _page(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _picture(key: str) -> str:
    return f'<img src="/bilder/{key}.jpg" alt="">'


def test_a_municipality_column_is_the_area_and_out_of_order_is_offline() -> None:
    body = _nordic_table(
        ("Kamera", "Kommun", "Senaste bild", "Status"),
        [
            ("Bäckebolsmotet", "Göteborg", _picture("a"), "I drift"),
            ("Tingstadstunneln", "Göteborg", _picture("b"), "Ur funktion"),
            ("E20 Alingsås", "Alingsås", _picture("c"), "Ute av funksjon"),
        ],
    )
    found = cameras(body)
    assert [(c.area, c.online) for c in found] == [
        ("Göteborg", True),
        ("Göteborg", False),
        ("Alingsås", False),
    ]


def test_danish_and_norwegian_name_and_state_columns() -> None:
    body = _nordic_table(
        ("Navn", "Kommune", "Billede", "Driftsstatus"),
        [("Lillebæltsbroen", "Middelfart", _picture("l"), "Ude af drift")],
    )
    (camera,) = cameras(body)
    assert (camera.name, camera.area, camera.online) == ("Lillebæltsbroen", "Middelfart", False)
    body = _nordic_table(
        ("Navn", "Fylke", "Bilde", "Tilstand"),
        [("Kvamskogen", "Vestland", _picture("k"), "I drift")],
    )
    (camera,) = cameras(body)
    assert (camera.name, camera.area, camera.online) == ("Kvamskogen", None, True)


def test_states_that_do_not_say_out_of_order_give_nothing() -> None:
    body = _nordic_table(
        ("Kamera", "Kommun", "Bild", "Status"),
        [("Brogatan", "Borås", _picture("x"), "Funktion okänd")],
    )
    (camera,) = cameras(body)
    assert camera.online is None


# Player links naming the camera, county columns


def _linked_row(name: str, county: str, key: str, link: str) -> tuple[str, ...]:
    return (name, county, f'<a href="{link}"><img src="/cams/{key}.jpg" alt=""></a>')


def test_a_player_links_camera_id_query_is_the_rows_id_and_county_its_area() -> None:
    body = _nordic_table(
        ("Camera", "County", "Image"),
        [
            _linked_row("I-64 @ Nitro", "Putnam", "16", "flowplayeri.aspx?CAMID=CAM016"),
            _linked_row("I-79 @ Sutton", "Braxton", "57", "viewcam.aspx?camId=I79-057"),
        ],
    )
    found = cameras(body)
    assert [(c.id, c.area) for c in found] == [("CAM016", "Putnam"), ("I79-057", "Braxton")]


def test_a_town_column_wins_over_a_county_column() -> None:
    body = _nordic_table(
        ("Camera", "County", "City", "Image"),
        [("SR 20 Pass", "Okanogan", "Twisp", '<img src="/cams/2041.jpg" alt="">')],
    )
    (camera,) = cameras(body)
    assert camera.area == "Twisp"


def test_other_query_values_of_a_row_link_are_no_id() -> None:
    body = _nordic_table(
        ("Camera", "County", "Image"),
        [
            _linked_row("A", "Putnam", "a", "player.aspx?route=I-64&page=2"),
            _linked_row("B", "Putnam", "b", "player.aspx?camid=<script>"),
        ],
    )
    assert all(c.id.startswith("k-") for c in cameras(body))


# Live-camera list items: data-camid and short CJK place lines


def _livecam(key: str, name: str, area: str) -> str:
    return (
        f'<li class="livecam__item" data-camid="{key}"><a href="/livecam/{key}/">'
        f'<img src="https://img.livecam.example/{key}/latest.jpg" alt="{name}">'
        f'<p class="livecam__name">{name}</p><p class="livecam__area">{area}</p></a></li>'
    )


def test_data_camid_is_the_id_and_short_cjk_city_lines_are_areas() -> None:
    body = _page(
        "<ul>",
        _livecam("7CDDE906BA8F", "神戸港 ポートタワー", "神戸市中央区"),
        _livecam("0B44E8A7C3D1", "明石海峡大橋", "明石市"),
        _livecam("9B07F3E1A6C8", "仁徳天皇陵 前", "堺市"),
        "</ul>",
    )
    found = cameras(body)
    assert [(c.id, c.area) for c in found] == [
        ("7CDDE906BA8F", "神戸市中央区"),
        ("0B44E8A7C3D1", "明石市"),
        ("9B07F3E1A6C8", "堺市"),
    ]


def test_short_latin_lines_still_are_no_badges() -> None:
    body = _page(
        "<ul>",
        _livecam("A1", "Harbour", "Abc"),
        _livecam("B2", "Bridge", "Xyz"),
        "</ul>",
    )
    assert [c.area for c in cameras(body)] == [None, None]
