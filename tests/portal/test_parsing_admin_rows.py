"""Management tables: stream pages written as text, public view actions beside LAN RTSP."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import url_host
from custom_components.kutim_cctv.portal.models import MAX_CAMERAS, Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.adminrows import stream_page_header, view_action_id
from custom_components.kutim_cctv.portal.parsing.tables import MAX_ROW_LINKS, TableReader
from custom_components.kutim_cctv.portal.policy import is_public_host

BASE = "https://cctv.kutimkab.example/cctv"


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def manage_table(rows: list[tuple[str, str, str]], header: str = "Stream URL") -> str:
    body = "".join(
        f'<tr id="cctv-row-{number}"><td>{name}</td>'
        f'<td><div class="truncate" title="{url}">{url}</div></td>'
        f'<td><button onclick="deleteCctv({number})">Hapus</button></td></tr>'
        for number, name, url in rows
    )
    return (
        "<html><body><table><thead><tr><th>Nama</th>"
        f"<th>{header}</th><th>Aksi</th></tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )


PUBLIC_ROWS = [
    (
        "1",
        "Simpang Tiga Sangatta",
        "https://www.youtube.com/embed/k7Qm2TzP4sA?autoplay=1&amp;mute=1",
    ),
    ("3", "Dermaga Sangkulirang", "https://live.kutimkab.example/embed/dermaga"),
    ("7", "Pasar Induk", "https://live.kutimkab.example/player/pasar-induk"),
]


def test_stream_column_text_gives_the_row_its_stream_page() -> None:
    cameras = parse(manage_table(PUBLIC_ROWS))
    assert [(c.id, c.name, c.stream_url) for c in cameras] == [
        (
            "1",
            "Simpang Tiga Sangatta",
            "https://www.youtube.com/embed/k7Qm2TzP4sA?autoplay=1&mute=1",
        ),
        ("3", "Dermaga Sangkulirang", "https://live.kutimkab.example/embed/dermaga"),
        ("7", "Pasar Induk", "https://live.kutimkab.example/player/pasar-induk"),
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://kutimkab.example/berita/peresmian-cctv-kota",  # a news article
        "http://192.168.5.20:8000/embed/ruang-kontrol",  # a private network
        "http://127.0.0.1:8889/embed/lobi",  # loopback
        "https://live.kutimkab.example/admin/embed/edit/4",  # an admin's page
    ],
)
def test_stream_column_text_that_is_no_public_player_page_is_refused(url: str) -> None:
    cameras = parse(manage_table([*PUBLIC_ROWS, ("9", "Lobi Kantor", url)]))
    assert [c.name for c in cameras] == [name for _n, name, _u in PUBLIC_ROWS]
    assert all("rahasia" not in (c.stream_url or "") for c in cameras)


def test_credentials_in_a_stream_page_are_never_copied() -> None:
    url = "https://operator:rahasia@live.kutimkab.example/embed/lobi"
    cameras = parse(manage_table([*PUBLIC_ROWS, ("9", "Lobi Kantor", url)]))
    assert cameras[-1].stream_url == "https://live.kutimkab.example/embed/lobi"
    assert all("rahasia" not in (c.stream_url or "") for c in cameras)


def test_stream_page_text_in_other_columns_is_not_read() -> None:
    with pytest.raises(PortalFormatError):
        parse(manage_table(PUBLIC_ROWS, header="Keterangan"))


def test_a_table_of_lan_stream_pages_gives_no_lan_media() -> None:
    rows = [(str(n), f"Ruang {n}", f"http://10.0.0.{n}/embed/ruang-{n}") for n in range(1, 4)]
    try:
        cameras = parse(manage_table(rows))
    except PortalFormatError:
        return
    assert all(is_public_host(url_host(c.stream_url or "")) for c in cameras)


def titled_table(rows: list[tuple[str, str, str]], header: str, first: str, title: str) -> str:
    body = "".join(
        f'<tr id="row-{number}"><td>{name}</td><td>{url}</td>'
        f'<td><a href="/admin/edit/{number}">Edit</a></td></tr>'
        for number, name, url in rows
    )
    return (
        f"<html><head><title>{title}</title></head><body><table><thead><tr><th>{first}</th>"
        f"<th>{header}</th><th>Aksi</th></tr></thead><tbody>{body}</tbody></table></body></html>"
    )


OTHER_SITE = "https://site.example/daftar"
SERVICES = [
    ("1", "Ibadah Minggu 1 Desember", "https://www.youtube.com/embed/k7Qm2TzP4sA"),
    ("2", "Ibadah Minggu 8 Desember", "https://www.youtube.com/embed/dQw4w9WgXcQ"),
    ("3", "Ibadah Natal", "https://www.youtube.com/watch?v=9bZkp7q19f0"),
]


@pytest.mark.parametrize(
    ("rows", "header", "first", "title"),
    [
        (SERVICES, "Link Streaming", "Judul Ibadah", "Jadwal Ibadah - GKI Sangatta"),
        (
            [
                ("1", "Webinar Literasi Digital", "https://www.youtube.com/embed/k7Qm2TzP4sA"),
                ("2", "Sosialisasi Pajak Daerah", "https://vimeo.com/76979871"),
                ("3", "Rapat Paripurna DPRD", "https://www.youtube.com/live/dQw4w9WgXcQ"),
            ],
            "Stream URL",
            "Acara",
            "Agenda Kegiatan Diskominfo",
        ),
        (
            [
                ("1", "Persiba vs Borneo FC", "https://tv.liga.example/player/match-101"),
                ("2", "Mitra Kukar vs PSIS", "https://tv.liga.example/player/match-102"),
                ("3", "Kutim FC vs Persisam", "https://tv.liga.example/embed/match-103"),
            ],
            "Link Stream",
            "Pertandingan",
            "Jadwal Liga 2 - Live Streaming",
        ),
        (
            [
                ("1", "RRI Pro 1 Samarinda", "https://radio.example/player/rri-pro1"),
                ("2", "Radio Kutim FM", "https://radio.example/player/kutim-fm"),
                ("3", "Radio Sangatta", "https://radio.example/embed/sangatta"),
            ],
            "Stream URL",
            "Stasiun",
            "Radio Online Kaltim",
        ),
    ],
)
def test_stream_pages_of_a_table_and_page_naming_no_camera_are_none(
    rows: list[tuple[str, str, str]], header: str, first: str, title: str
) -> None:
    html = titled_table(rows, header, first, title)
    with pytest.raises(PortalFormatError):
        parse_body(html, profile=Profile.AUTO, base_url=OTHER_SITE, prettify=False)


@pytest.mark.parametrize(
    ("first", "title", "prefix"),
    [("Nama", "Daftar CCTV Kota", ""), ("Nama Kamera", "Daftar", ""), ("Nama", "Daftar", "CCTV ")],
)
def test_stream_pages_are_cameras_where_the_table_or_page_names_cameras(
    first: str, title: str, prefix: str
) -> None:
    rows = [(number, prefix + name, url) for number, name, url in PUBLIC_ROWS]
    html = titled_table(rows, "Stream URL", first, title)
    found = parse_body(html, profile=Profile.AUTO, base_url=OTHER_SITE, prettify=False).cameras
    assert [c.stream_url for c in found] == [
        "https://www.youtube.com/embed/k7Qm2TzP4sA?autoplay=1&mute=1",
        "https://live.kutimkab.example/embed/dermaga",
        "https://live.kutimkab.example/player/pasar-induk",
    ]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Stream URL", True),
        ("URL Stream", True),
        ("Link Streaming", True),
        ("Embed URL", True),
        ("Status Stream", False),
        ("Link", False),
        ("Streaming Server Name", False),
    ],
)
def test_stream_page_header(header: str, expected: bool) -> None:
    assert stream_page_header(header) is expected


def register(rows: list[str], first: str = "Terminal") -> str:
    return (
        "<html><body><table id='example'><thead><tr><th>link RTSP</th>"
        f"<th>{first}</th><th>Action</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        "</body></html>"
    )


def register_row(
    number: int,
    place: str = "Terminal Kabo Sangatta",
    rtsp_host: str = "10.31.4.21",
    view: str | None = None,
    edit: int | None = None,
) -> str:
    view = (
        view if view is not None else f"https://jtcc.kutimkab.example/index.php/crud/view/{number}"
    )
    edit = edit if edit is not None else number
    return (
        f"<tr><td>rtsp://admin:Rahasia1@{rtsp_host}:554/Streaming/Channels/101</td>"
        f"<td>{place}</td><td><a href='{view}' target='_blank'>View</a>|"
        f"<a href='https://jtcc.kutimkab.example/index.php/crud/edit/{edit}'>Edit</a>|"
        f"<a href='https://jtcc.kutimkab.example/index.php/crud/delete/{edit}'>Hapus</a></td></tr>"
    )


def test_public_view_action_replaces_the_lan_rtsp_address() -> None:
    cameras = parse(register([register_row(41), register_row(40), register_row(38)]))
    assert [(c.id, c.name, c.area, c.stream_url) for c in cameras] == [
        (
            str(n),
            "Terminal Kabo Sangatta",
            None,
            f"https://jtcc.kutimkab.example/index.php/crud/view/{n}",
        )
        for n in (41, 40, 38)
    ]
    assert all("Rahasia1" not in (c.stream_url or "") for c in cameras)


def test_a_lan_view_link_is_never_taken() -> None:
    rows = [register_row(n, view=f"http://192.168.1.2/crud/view/{n}") for n in (41, 40, 38)]
    cameras = parse(register(rows))
    assert all("/crud/view/" not in (c.stream_url or "") for c in cameras)


@pytest.mark.parametrize(
    "view",
    [
        "https://tracker.evil.example/crud/view/{n}",  # another site
        "https://jtcc.kutimkab.example/login/view/{n}",  # a sign-in page
        "https://jtcc.kutimkab.example/wp-admin/view/{n}",  # a blog's back office
    ],
)
def test_a_view_link_to_another_site_or_a_sign_in_page_is_never_taken(view: str) -> None:
    rows = [register_row(n, view=view.format(n=n)) for n in (41, 40, 38)]
    html = register(rows)
    base = "https://jtcc.kutimkab.example/index.php/crud"
    try:
        found = parse_body(html, profile=Profile.AUTO, base_url=base, prettify=False).cameras
    except PortalFormatError:
        return
    assert all("/view/" not in (c.stream_url or "") for c in found)


def test_a_view_link_on_the_hosts_of_the_rows_actions_is_taken() -> None:
    base = "https://portal.kutimkab.example/cctv"
    html = register([register_row(41), register_row(40)])
    found = parse_body(html, profile=Profile.AUTO, base_url=base, prettify=False).cameras
    assert [c.stream_url for c in found] == [
        f"https://jtcc.kutimkab.example/index.php/crud/view/{n}" for n in (41, 40)
    ]


def test_a_view_link_naming_another_record_is_not_the_rows() -> None:
    rows = [register_row(n, edit=n + 100) for n in (41, 40, 38)]
    cameras = parse(register(rows))
    assert all("/crud/view/" not in (c.stream_url or "") for c in cameras)


def test_a_public_rtsp_address_is_kept_beside_the_view_action() -> None:
    rows = [register_row(n, rtsp_host=f"36.89.12.{n}") for n in (41, 40, 38)]
    cameras = parse(register(rows))
    assert all((c.stream_url or "").startswith("rtsp://36.89.12.") for c in cameras)


def test_named_rows_keep_the_terminal_as_their_area() -> None:
    rows = [
        f"<tr><td>rtsp://10.31.4.{n}/live</td><td>Terminal Bengalon</td>"
        f"<td>Pintu Keberangkatan {n}</td>"
        f"<td><a href='https://jtcc.kutimkab.example/crud/view/{n}'>View</a></td></tr>"
        for n in (1, 2, 3)
    ]
    html = (
        "<table><thead><tr><th>link RTSP</th><th>Terminal</th><th>Nama</th><th>Action</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    cameras = parse(html)
    assert [(c.name, c.area) for c in cameras] == [
        (f"Pintu Keberangkatan {n}", "Terminal Bengalon") for n in (1, 2, 3)
    ]
    assert [c.stream_url for c in cameras] == [
        f"https://jtcc.kutimkab.example/crud/view/{n}" for n in (1, 2, 3)
    ]


def test_news_table_view_links_make_no_cameras() -> None:
    rows = "".join(
        f"<tr><td>Berita {n}</td><td><a href='https://kutimkab.example/berita/view/{n}'>"
        "View</a></td></tr>"
        for n in (1, 2, 3)
    )
    with pytest.raises(PortalFormatError):
        parse(f"<table><thead><tr><th>Judul</th><th>Aksi</th></tr></thead>{rows}</table>")


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://jtcc.example/index.php/crud/view/41", "41"),
        ("/cam/lihat/4", "4"),
        ("/admin/view_cctv/12?tab=1", "12"),
        ("/crud/edit/41", None),
        ("/login/view/41", None),
        ("/wp-admin/view/41", None),
        ("/admin/camera/view/21", "21"),
        ("/crud/view/41/edit", None),
        ("/crud/detail/41", None),
        ("/berita/2024/view", None),
    ],
)
def test_view_action_id(href: str, expected: str | None) -> None:
    assert view_action_id(href) == expected


@pytest.mark.parametrize("header", ["Zone", "Sector", "Sektor"])
def test_a_lone_zone_column_places_its_cameras_and_names_none(header: str) -> None:
    rows = "".join(
        f"<tr><td>{zone}</td><td><img src='https://cctv.kutimkab.example/snap/{n}.jpg'></td>"
        f"<td><a href='https://cctv.kutimkab.example/live/{n}.m3u8'>Live</a></td></tr>"
        for n, zone in enumerate(["Zona A", "Zona A", "Zona B", "Zona B"])
    )
    html = (
        f"<html><head><title>CCTV Pabrik</title></head><body><table><thead><tr><th>{header}"
        f"</th><th>Snapshot</th><th>Stream</th></tr></thead><tbody>{rows}</tbody></table>"
        "</body></html>"
    )
    cameras = parse(html)
    assert [c.area for c in cameras] == ["Zona A", "Zona A", "Zona B", "Zona B"]
    assert len({c.name for c in cameras}) == 4


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://live.kutimkab.example/embed/lobi#access_token=zzz",
            "https://live.kutimkab.example/embed/lobi",
        ),
        (
            "https://live.kutimkab.example/embed/lobi#/kamera/3",
            "https://live.kutimkab.example/embed/lobi#/kamera/3",
        ),
        (
            "https://live.kutimkab.example/embed/lobi?token=abc&user=admin&pass=rahasia",
            "https://live.kutimkab.example/embed/lobi?token=abc",
        ),
    ],
)
def test_a_stream_page_drops_a_fragment_handing_a_token(url: str, expected: str) -> None:
    cameras = parse(manage_table([*PUBLIC_ROWS, ("9", "Lobi Kantor", url)]))
    assert cameras[-1].stream_url == expected


def _camera_table_rows(count: int) -> str:
    return "".join(
        f"<tr><td>Kamera {n}</td><td>https://live.kutimkab.example/embed/k{n}</td></tr>"
        for n in range(count)
    )


def test_rows_past_the_camera_cap_are_not_read() -> None:
    """Once the rows give more cameras than are kept, later rows' cells are not read."""
    asked: list[str] = []

    def classify(url: str) -> tuple[str, str | None] | None:
        asked.append(url)
        return None

    reader = TableReader(classify, BASE)
    reader.start("table", {})
    for tag in ("tr", "th"):
        reader.start(tag, {})
    reader.data("Nama")
    reader.start("th", {})
    reader.data("Stream URL")
    for n in range(MAX_CAMERAS + 50):
        reader.start("tr", {})
        reader.start("td", {})
        reader.data(f"Kamera {n}")
        reader.start("td", {})
        reader.media(f"https://live.kutimkab.example/hls/k{n}.m3u8", "stream")
        reader.data(f"https://live.kutimkab.example/embed/k{n}")
        reader.start("a", {"href": f"/crud/view/{n}"})
        reader.end("a")
    reader.end("table")
    assert len(reader.items) == MAX_CAMERAS + 1
    assert reader.items[-1]["name"] == f"Kamera {MAX_CAMERAS}"
    assert "/crud/view/5" in asked  # a row before the cap is read
    assert not [url for url in asked if url.endswith(f"/{MAX_CAMERAS + 10}")]


def test_a_huge_management_table_stops_being_read_at_the_cap() -> None:
    """Read for the bench_hostile case: 10,000 stream-page rows keep the first cameras."""
    html = (
        "<html><body><table><tr><th>Nama</th><th>Stream URL</th></tr>"
        f"{_camera_table_rows(10_000)}</table></body></html>"
    )
    cameras = parse(html)
    assert len(cameras) == MAX_CAMERAS
    assert cameras[0].stream_url == "https://live.kutimkab.example/embed/k0"


def test_links_past_the_rows_bound_are_not_read() -> None:
    """A row's View action after its first MAX_ROW_LINKS links is not read; before, it is."""
    fillers = "".join(f"<a href='/bantuan/{n}'>Bantuan</a>" for n in range(MAX_ROW_LINKS))
    early = register_row(41).replace("<td><a ", "<td><a href='/peta'>Peta</a><a ", 1)
    late = register_row(40).replace("<td><a ", f"<td>{fillers}<a ", 1)
    cameras = parse(register([early, late]))
    streams = {c.id: c.stream_url for c in cameras}
    assert streams.get("41") == "https://jtcc.kutimkab.example/index.php/crud/view/41"
    assert "/crud/view/40" not in (streams.get("40") or "")


def test_rows_of_many_view_links_stay_bounded() -> None:
    """Read for the bench_hostile case: 1,000 register rows of 50 View links each."""
    rows = [
        f"<tr><td>rtsp://10.1.{n // 250}.{n % 250}/live</td><td>Terminal {n}</td><td>"
        + f"<a href='https://jtcc.kutimkab.example/crud/view/{n}'>View</a>" * 50
        + "</td></tr>"
        for n in range(1000)
    ]
    cameras = parse(register(rows))
    assert len(cameras) == 1000
    assert cameras[7].stream_url == "https://jtcc.kutimkab.example/crud/view/7"


def _page(rows: str) -> tuple[Camera, ...]:
    html = f"<html><head><title>CCTV Kutim</title></head><body><table>{rows}</table></body></html>"
    base = "https://cctv.kutim.example/index.php"
    return parse_body(html, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def test_a_sideways_table_of_many_columns_reads_every_columns_links() -> None:
    """Links are bounded per cell: a table of one camera per column keeps them all."""
    names = "".join(f"<th>Simpang {i}</th>" for i in range(10))
    live = "".join(
        f"<td><a href='https://cctv.kutim.example/hls/{i}/index.m3u8'>Live</a></td>"
        for i in range(10)
    )
    stills = "".join(
        f"<td><a href='https://cctv.kutim.example/snap/{i}.jpg'>Foto</a></td>" for i in range(10)
    )
    cameras = _page(
        f"<tr><th>Lokasi</th>{names}</tr><tr><td>Live</td>{live}</tr>"
        f"<tr><td>Snapshot</td>{stills}</tr>"
    )
    assert [(c.name, c.stream_url, c.snapshot_url) for c in cameras] == [
        (
            f"Simpang {i}",
            f"https://cctv.kutim.example/hls/{i}/index.m3u8",
            f"https://cctv.kutim.example/snap/{i}.jpg",
        )
        for i in range(10)
    ]


def test_a_live_link_after_a_rows_actions_is_read() -> None:
    """A media link past a cell's first MAX_ROW_LINKS links is still read."""
    actions = ("edit", "hapus", "peta", "riwayat", "rekaman", "bagikan", "detail", "cetak", "unduh")
    rows = "".join(
        f"<tr><td>Simpang {i}</td><td>"
        + "".join(f"<a href='/cctv/{action}.php?id={i}'>{action}</a>" for action in actions)
        + f"<a href='https://cctv.kutim.example/hls/{i}/index.m3u8'>Live</a></td></tr>"
        for i in range(3)
    )
    cameras = _page(f"<tr><th>Nama</th><th>Aksi</th></tr>{rows}")
    assert [(c.name, c.stream_url) for c in cameras] == [
        (f"Simpang {i}", f"https://cctv.kutim.example/hls/{i}/index.m3u8") for i in range(3)
    ]
