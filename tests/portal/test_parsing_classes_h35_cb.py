"""Script streams joined to a cache-busting time, read after holdout 35.

A page whose script builds each player's address as a literal joined to the time
(``'…/index.m3u8?t=' + Date.now()``, ``'…?_=' + new Date().getTime()``, ``'…?ts=' +
(new Date()).getTime()``, ``'…?nocache=' + Math.random()``, ``'…?v=' + +new Date()``) asks
for the same camera every time: the open parameter the time fills is no part of the
address. A parameter that tells cameras apart (``?cam=`` + a time) stays, and so does a
literal joined to anything else (``'…?t=' + token``) or a complete query (``?key=…``).

A camera card holding a small table of label and value rows (SB Admin's collapsible
cards: ``<th>Lokasi</th><th>Barabai</th>``, ``<th>Status</th><th>Online</th>``; a
``Kecamatan | : | Sangatta Utara`` row) reads the value under a place label as the
card's area and the value under a state label as its state. ``Lokasi``/``Location``
give an area only when the value is a plain place name (no street, number or comma); a
camera list's rows, whose first cell is no label, give nothing.

A tile whose state badge repeats the state of its own data attribute (``<div
data-status="ACTIVE">`` … ``<span>ACTIVE</span>``) states one state, not two: the tile
keeps it and its text line beside the badge names it, never the heading over the grid.
A badge saying otherwise than the attribute, or a second badge, still leaves two states.

A table row whose only media is its player page (``view.html?ch=501``) is a camera with
that page as its stream also when the page's column is no stream column but two or more
rows read with their own media (an RTSP column beside it) link their player page there
too; the page's path must say it plays (``live``, ``player``, ``embed``, ``watch``…) and be
no admin's page (``/cctv/12/edit``, ``/change/``). A page in a column linked by one such
row only (a news column) still gives nothing.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.mapjs import _string_at_joined, _string_vars

BASE = "https://cctv.desa.example/kamera"


def _page(script: str) -> tuple[Camera, ...]:
    body = (
        "<html><body><h1>Kamera Desa</h1>"
        '<div class="cam"><h2>Balai Desa</h2><video id="v1"></video></div>'
        '<div class="cam"><h2>Pasar Desa</h2><video id="v2"></video></div>'
        f"<script>{script}</script></body></html>"
    )
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _joined(script: str) -> str | None:
    literal = _string_at_joined(script, script.index("'"))
    return literal[0] if literal is not None else None


# The time expressions a script joins.


def test_each_time_expression_drops_the_open_parameter() -> None:
    for tail in (
        "Date.now()",
        "new Date().getTime()",
        "(new Date()).getTime()",
        "new Date().valueOf()",
        "+new Date()",
        "+ new Date",
        "Math.random()",
    ):
        assert _joined(f"'/hls/a/index.m3u8?t=' + {tail};") == "/hls/a/index.m3u8", tail


def test_each_open_parameter_form_is_dropped() -> None:
    for query in ("?t=", "?_=", "?ts=", "?nocache=", "?", "?x=1&t=", "?x=1&"):
        kept = "?x=1" if query.startswith("?x=1") else ""
        assert _joined(f"'/s/i.m3u8{query}' + Date.now()") == "/s/i.m3u8" + kept, query


# What stays.


def test_a_parameter_telling_cameras_apart_stays() -> None:
    assert _joined("'/s/i.m3u8?cam=' + Date.now()") == "/s/i.m3u8?cam="
    assert _joined("'/s/i.m3u8?id=' + Math.random()") == "/s/i.m3u8?id="


def test_a_literal_joined_to_anything_else_stays() -> None:
    assert _joined("'/s/i.m3u8?t=' + token") == "/s/i.m3u8?t="
    assert _joined("'/s/i.m3u8?t=' + now") == "/s/i.m3u8?t="
    assert _joined("'/s/i.m3u8?t=' + Date.parse(x)") == "/s/i.m3u8?t="
    assert _joined("'/s/i.m3u8?t=';\nDate.now()") == "/s/i.m3u8?t="


def test_a_complete_query_and_markup_stay() -> None:
    assert _joined("'/s/i.m3u8?key=pub7' + Date.now()") == "/s/i.m3u8?key=pub7"
    assert _joined("'<img src=\"/a.jpg?t=' + Date.now()") == '<img src="/a.jpg?t='


# Whole pages.


def test_hls_instances_loading_a_busted_literal() -> None:
    found = _page(
        "var h1 = new Hls(); h1.loadSource('/stream/balai/index.m3u8?t=' + Date.now());"
        "h1.attachMedia(document.getElementById('v1'));"
        "var h2 = new Hls(); h2.loadSource('/stream/pasar/index.m3u8?_=' + Math.random());"
        "h2.attachMedia(document.getElementById('v2'));"
    )
    assert [(c.name, c.stream_url) for c in found] == [
        ("Balai Desa", "https://cctv.desa.example/stream/balai/index.m3u8"),
        ("Pasar Desa", "https://cctv.desa.example/stream/pasar/index.m3u8"),
    ]


def test_setup_functions_reusing_a_busted_variable() -> None:
    setup = (
        "(function () {{ var video = document.getElementById('{el}');"
        ' var videoSrc = "https://cctv.desa.example/stream/{key}/index.m3u8?t=" + Date.now();'
        " var hls = new Hls(); hls.loadSource(videoSrc); hls.attachMedia(video); }})();"
    )
    found = _page(setup.format(el="v1", key="balai") + setup.format(el="v2", key="pasar"))
    assert [c.stream_url for c in found] == [
        "https://cctv.desa.example/stream/balai/index.m3u8",
        "https://cctv.desa.example/stream/pasar/index.m3u8",
    ]


def test_a_real_query_value_is_kept_on_a_page() -> None:
    found = _page(
        "var h1 = new Hls(); h1.loadSource('/stream/balai/index.m3u8?key=pub7');"
        "h1.attachMedia(document.getElementById('v1'));"
    )
    assert [c.stream_url for c in found] == [
        "https://cctv.desa.example/stream/balai/index.m3u8?key=pub7"
    ]


# Cards with a table of label and value rows.

CARDS = "https://cctv.kab.example/dashboard"


def _card(title: str, picture: str, rows: str) -> str:
    return (
        f'<div class="col"><div class="card"><div class="card-header"><h6>{title}</h6></div>'
        f'<div class="card-body"><img src="/snapshot/{picture}.jpg" alt="">'
        f'<table class="table">{rows}</table></div></div></div>'
    )


def _cards(*cards: str) -> list[tuple[str, str | None, bool | None]]:
    body = f'<html><body><h1>Menu CCTV</h1><div class="row">{"".join(cards)}</div></body></html>'
    found = parse_body(body, profile=Profile.AUTO, base_url=CARDS, prettify=False).cameras
    return [(c.name, c.area, c.online) for c in found]


def test_lokasi_and_status_rows_give_area_and_state() -> None:
    rows = "<tr><th>IP</th><th>10.0.0.{n}</th></tr><tr><th>Status</th><th>{s}</th></tr>"
    rows += "<tr><th>Lokasi</th><th>{p}</th></tr>"
    assert _cards(
        _card("Bundaran Kota", "a", rows.format(n=1, s="Online", p="Barabai")),
        _card("Jembatan Sungai", "b", rows.format(n=2, s="Offline", p="Pandawan")),
    ) == [("Bundaran Kota", "Barabai", True), ("Jembatan Sungai", "Pandawan", False)]


def test_a_colon_cell_between_label_and_value_is_skipped() -> None:
    rows = "<tr><td>Kecamatan</td><td>:</td><td>{p}</td></tr>"
    rows += "<tr><td>Kondisi</td><td>:</td><td>{s}</td></tr>"
    assert _cards(
        _card("Simpang Tiga", "a", rows.format(p="Sangatta Utara", s="Aktif")),
        _card("Pasar Induk", "b", rows.format(p="Bengalon", s="Tidak Aktif")),
    ) == [("Simpang Tiga", "Sangatta Utara", True), ("Pasar Induk", "Bengalon", False)]


def test_an_address_under_a_loose_place_label_is_no_area() -> None:
    rows = "<tr><th>Lokasi</th><td>{p}</td></tr>"
    assert _cards(
        _card("Kantor Bupati", "a", rows.format(p="Jl. Soekarno Hatta")),
        _card("Taman Kota", "b", rows.format(p="Blok 4 Taman")),
        _card("Alun Alun", "c", rows.format(p="Barabai, Kalimantan Selatan")),
        _card("Tugu Adipura", "d", rows.format(p="Muara Bengkal")),
        _card("Jembatan Besi", "e", rows.format(p="Busang")),
    ) == [
        ("Kantor Bupati", None, None),
        ("Taman Kota", None, None),
        ("Alun Alun", None, None),
        ("Tugu Adipura", "Muara Bengkal", None),
        ("Jembatan Besi", "Busang", None),
    ]


def test_other_labels_and_other_cells_give_nothing() -> None:
    rows = (
        "<tr><th>Alamat</th><td>{p}</td></tr>"  # an address label: no area
        "<tr><th>Status</th><td>Terpasang</td></tr>"  # no state word
        "<tr><th>Lokasi</th><td>IP</td><td>{p}</td></tr>"  # only the cell after the label
    )
    assert _cards(
        _card("Simpang Lima", "a", rows.format(p="Barabai")),
        _card("Pasar Baru", "b", rows.format(p="Pandawan")),
    ) == [("Simpang Lima", None, None), ("Pasar Baru", None, None)]


def test_a_camera_list_row_is_no_label_row() -> None:
    body = (
        "<html><body><table><tr><th>Nama</th><th>Kecamatan</th><th>Status</th><th>Link</th></tr>"
        "<tr><td>Simpang Tiga</td><td>Sangatta Utara</td><td>Online</td>"
        '<td><a href="/s/a.m3u8">Lihat</a></td></tr>'
        "<tr><td>Pasar Induk</td><td>Bengalon</td><td>Offline</td>"
        '<td><a href="/s/b.m3u8">Lihat</a></td></tr></table></body></html>'
    )
    found = parse_body(body, profile=Profile.AUTO, base_url=CARDS, prettify=False).cameras
    assert [(c.name, c.area, c.online) for c in found] == [
        ("Simpang Tiga", "Sangatta Utara", True),
        ("Pasar Induk", "Bengalon", False),
    ]


# Tiles whose badge repeats their data state.

WALL = "https://cams.example/wall"


def _tile(label: str, key: str, attribute: str, badge: str) -> str:
    return (
        f'<div class="tile" data-status="{attribute}"><img src="/snap/{key}.jpg" alt="">'
        f'<p class="text">{label}</p><span class="state">{badge}</span></div>'
    )


def _wall(*tiles: str) -> list[tuple[str, bool | None]]:
    body = f'<html><body><h2>LIVE WALL // 3 FEEDS</h2><div class="grid">{"".join(tiles)}</div>'
    found = parse_body(
        body + "</body></html>", profile=Profile.AUTO, base_url=WALL, prettify=False
    ).cameras
    return [(c.name, c.online) for c in found]


def test_a_badge_repeating_the_data_state_is_one_state() -> None:
    assert _wall(
        _tile("Harbour Entrance", "a", "ACTIVE", "ACTIVE"),
        _tile("Ferry Ramp", "b", "offline", "Offline"),
        _tile("Pier Head", "c", "1", "Aktif"),
    ) == [("Harbour Entrance", True), ("Ferry Ramp", False), ("Pier Head", True)]


def test_a_badge_contradicting_the_data_state_leaves_two_states() -> None:
    found = _wall(
        _tile("Harbour Entrance", "a", "online", "Offline"),
        _tile("Ferry Ramp", "b", "online", "Online"),
    )
    assert found[0][1] is None  # two states: none is read
    assert found[1] == ("Ferry Ramp", True)


def test_a_second_badge_still_counts() -> None:
    tile = (
        '<div class="tile" data-status="online"><img src="/snap/a.jpg" alt="">'
        '<p class="text">Harbour Entrance</p><span class="s">Online</span>'
        '<span class="s">Online</span></div>'
    )
    assert _wall(tile, _tile("Ferry Ramp", "b", "online", "Online"))[0][1] is None


# Rows viewed only through the player page every row links.

TABLE = "https://sekolah.example/cctv"


def _table(rows: list[tuple[str, str, str]]) -> list[tuple[str, str | None]]:
    body = "<table><tr><th>Nama</th><th>Link browser</th><th>Link android</th></tr>"
    for name, page, rtsp in rows:
        page_cell = f'<a href="{page}">Lihat</a>' if page else "-"
        rtsp_cell = f'<a href="{rtsp}">Lihat</a>' if rtsp else "-"
        body += f"<tr><td>{name}</td><td>{page_cell}</td><td>{rtsp_cell}</td></tr>"
    found = parse_body(
        f"<html><body>{body}</table></body></html>",
        profile=Profile.AUTO,
        base_url=TABLE,
        prettify=False,
    ).cameras
    return [(c.name, c.stream_url) for c in found]


def _rows(page: str, last_page: str) -> list[tuple[str, str, str]]:
    return [
        ("Kelas A", page.format(n=1), "rtsp://nvr.sekolah.example/ch/1"),
        ("Kelas B", page.format(n=2), "rtsp://nvr.sekolah.example/ch/2"),
        ("Ruang Guru", last_page, ""),
    ]


def test_a_row_with_only_its_player_page_beside_an_rtsp_column() -> None:
    page = "https://nvr.sekolah.example/live/view.html?ch={n}"
    found = _table(_rows(page, page.format(n=5)))
    assert found[-1] == ("Ruang Guru", "https://nvr.sekolah.example/live/view.html?ch=5")
    assert len(found) == 3


def test_an_admin_page_column_gives_no_camera() -> None:
    page = "https://sekolah.example/cctv/{n}/edit"
    assert [name for name, _ in _table(_rows(page, page.format(n=5)))] == ["Kelas A", "Kelas B"]


def test_a_page_column_linked_by_one_row_only_gives_no_camera() -> None:
    rows = _rows("https://nvr.sekolah.example/live/view.html?ch={n}", "")
    rows[1] = ("Kelas B", "", "rtsp://nvr.sekolah.example/ch/2")
    rows[2] = ("Ruang Guru", "https://nvr.sekolah.example/live/view.html?ch=5", "")
    assert [name for name, _ in _table(rows)] == ["Kelas A", "Kelas B"]


# Bounds (timed by scripts/bench_hostile.py).


def test_many_busted_literals_and_label_rows_stay_bounded() -> None:
    literals = "".join(
        f"var s{n} = '/s/{n}.m3u8?t=' + new{' ' * 200}Date().getTime();" for n in range(3000)
    )
    assert _joined(literals) == "/s/0.m3u8"
    variables = _string_vars(literals)
    assert variables["s2999"] == "/s/2999.m3u8"
    rows = "<tr><th>Lokasi</th><td>:</td><td>Barabai</td></tr>" * 10
    rows += "<tr><th>Status</th><td>Online</td></tr>" * 10
    cards = "".join(_card(f"Kamera {n}", f"k{n}", rows) for n in range(200))
    found = _cards(cards)
    assert len(found) == 200
