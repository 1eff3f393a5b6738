"""Cards whose parts sit on different elements, headed tables, link labels and M3U playlists."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import resolve_url
from custom_components.kutim_cctv.portal.models import (
    MAX_CAMERAS,
    Camera,
    ParseResult,
    PortalFormat,
    Profile,
)
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import header_field
from custom_components.kutim_cctv.portal.values import generic_label

BASE = "https://cctv.kutim.example/"


def _parse(text: str, base: str = BASE) -> ParseResult:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False)


def _outcome(text: str, base: str) -> ParseResult | str:
    """Return the parse result, or the text of the format error."""
    try:
        return _parse(text, base)
    except PortalFormatError as err:
        return str(err)


def _cams(text: str, base: str = BASE) -> tuple[Camera, ...]:
    return _parse(text, base).cameras


# ---------------------------------------------------------------------------
# Link labels
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        *("Lihat", "LIVE", "Tonton", "Buka", "▶ Play", "View", "Watch live", "Detail"),
        *("Klik di sini", "Selengkapnya »", "Stream", "Streaming", "Lihat CCTV", "Putar", "»"),
    ],
)
def test_generic_labels(label: str) -> None:
    assert generic_label(label)


@pytest.mark.parametrize(
    "name", ["Simpang Tiga", "CCTV Simpang Kabo", "Live Bundaran Bukit Pelangi", "Dermaga 2"]
)
def test_camera_names_are_not_generic(name: str) -> None:
    assert not generic_label(name)


@pytest.mark.parametrize("label", ["Lihat", "Live", "Tonton Sekarang", "Watch", "Lihat CCTV"])
def test_link_label_never_names_a_camera(label: str) -> None:
    page = (
        '<html><body><h3>Bundaran Kabo</h3><ul><li><a href="/hls/kabo/index.m3u8">'
        f"{label}</a></li></ul></body></html>"
    )
    (camera,) = _cams(page)
    assert camera.raw_name == "Bundaran Kabo"


# ---------------------------------------------------------------------------
# Cards whose still and stream sit on different elements
# ---------------------------------------------------------------------------

_CONTROLS = {
    "data-video": '<button class="btn" data-video="{url}">Live</button>',
    "data-stream": '<a href="#" class="btn" data-stream="{url}">Tonton</a>',
    "data-url": '<span class="play" data-url="{url}">Play</span>',
    "data-src": '<button data-src="{url}" data-toggle="modal">View</button>',
    "link": '<a class="btn" href="{url}">Lihat</a>',
    "onclick": "<button onclick=\"openPlayer('{url}')\">Lihat CCTV</button>",
}
_TITLES = {
    "h5": '<h5 class="card-title">{name}</h5>',
    "card-title": '<div class="card-title">{name}</div>',
    "caption": '<p class="caption">{name}</p>',
    "figcaption": "<figcaption>{name}</figcaption>",
}


@pytest.mark.parametrize("control", sorted(_CONTROLS))
@pytest.mark.parametrize("title", sorted(_TITLES))
def test_card_still_and_control_are_one_camera(control: str, title: str) -> None:
    cards = "".join(
        f'<div class="col"><figure class="card"><img src="/snap/{n}.jpg" alt="foto">'
        + _TITLES[title].format(name=name)
        + _CONTROLS[control].format(url=f"https://cctv.kutim.example/hls/{n}/index.m3u8")
        + "</figure></div>"
        for n, name in ((1, "Simpang Tiga"), (2, "Bundaran Kabo"))
    )
    cameras = _cams(f'<html><body><div class="row">{cards}</div></body></html>')
    assert [(c.raw_name, c.stream_url, c.snapshot_url) for c in cameras] == [
        (
            "Simpang Tiga",
            "https://cctv.kutim.example/hls/1/index.m3u8",
            "https://cctv.kutim.example/snap/1.jpg",
        ),
        (
            "Bundaran Kabo",
            "https://cctv.kutim.example/hls/2/index.m3u8",
            "https://cctv.kutim.example/snap/2.jpg",
        ),
    ]


def test_card_without_title_is_named_by_its_image() -> None:
    page = (
        '<div class="item"><img src="/snap/9.jpg" alt="Jembatan Sangatta">'
        '<button data-video="/hls/9/index.m3u8">Live</button></div>'
    )
    (camera,) = _cams(f"<html><body>{page}</body></html>")
    assert (camera.raw_name, camera.snapshot_url) == (
        "Jembatan Sangatta",
        "https://cctv.kutim.example/snap/9.jpg",
    )


def test_card_data_name_on_the_control_wins() -> None:
    page = (
        '<div class="card"><img src="/snap/5.jpg"><h5>Judul Kartu</h5>'
        '<button data-name="Simpang Lima" data-stream="/hls/5/index.m3u8">Live</button></div>'
    )
    (camera,) = _cams(f"<html><body>{page}</body></html>")
    assert camera.raw_name == "Simpang Lima"
    assert camera.snapshot_url == "https://cctv.kutim.example/snap/5.jpg"


def test_container_with_more_parts_is_not_joined() -> None:
    # Two streams and a still in one container: which stream owns the still is unknown.
    page = (
        '<div class="card"><img src="/snap/1.jpg" alt="Depan">'
        '<button data-video="/hls/a/index.m3u8" data-name="Kamera A">Live</button>'
        '<button data-video="/hls/b/index.m3u8" data-name="Kamera B">Live</button></div>'
    )
    cameras = _cams(f"<html><body>{page}</body></html>")
    streams = {c.stream_url for c in cameras if c.stream_url}
    assert streams == {"https://cctv.kutim.example/hls/a/index.m3u8"} | {
        "https://cctv.kutim.example/hls/b/index.m3u8"
    }
    assert all(c.snapshot_url is None for c in cameras if c.stream_url)


def test_two_whole_cameras_in_one_container_stay_two() -> None:
    page = (
        '<div class="card"><video src="/hls/a/index.m3u8" title="Kamera A"></video>'
        '<video src="/hls/b/index.m3u8" title="Kamera B"></video></div>'
    )
    cameras = _cams(f"<html><body>{page}</body></html>")
    assert sorted(c.raw_name for c in cameras) == ["Kamera A", "Kamera B"]


def test_page_level_still_and_stream_are_not_joined() -> None:
    # A lone still and a lone player directly in the body are not a card.
    page = (
        '<html><body><img src="/snap/peta.jpg" alt="Peta Sangatta">'
        '<video src="/hls/x/index.m3u8" title="Simpang X"></video></body></html>'
    )
    cameras = _cams(page)
    assert len(cameras) == 2
    assert {c.raw_name for c in cameras} == {"Peta Sangatta", "Simpang X"}


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("No", None),
        ("#", None),
        ("ID", "id"),
        ("Kode CCTV", "id"),
        ("Nama CCTV", "name"),
        ("Nama Lokasi", "name"),
        ("Lokasi", "place"),
        ("Titik CCTV", "place"),
        ("Kecamatan", "area"),
        ("Nama Kecamatan", "area"),
        ("Wilayah", "area"),
        ("Koordinat", "latlng"),
        ("Lat, Lng", "latlng"),
        ("Latitude", "lat"),
        ("Longitude", "lng"),
        ("Status", "status"),
        ("Kondisi", "status"),
        ("Aksi", None),
        ("Link", None),
        ("", None),
    ],
)
def test_header_fields(header: str, field: str | None) -> None:
    assert header_field(header) == field


def _table(header: str, rows: list[str]) -> str:
    body = "".join(f"<tr>{row}</tr>" for row in rows)
    return f"<html><body><table><thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"


def test_table_columns_in_any_order() -> None:
    header = "<th>Status</th><th>Kecamatan</th><th>Stream</th><th>Nama</th><th>Koordinat</th>"
    row = (
        "<td>Aktif</td><td>Bengalon</td><td><a href='/hls/b/index.m3u8'>Tonton</a></td>"
        "<td>Simpang Bengalon</td><td>0.83; 117.91</td>"
    )
    (camera,) = _cams(_table(header, [row]))
    assert (camera.raw_name, camera.area, camera.online) == ("Simpang Bengalon", "Bengalon", True)
    assert (camera.latitude, camera.longitude) == (0.83, 117.91)
    assert camera.stream_url == "https://cctv.kutim.example/hls/b/index.m3u8"


def test_table_name_in_link_column_when_no_name_column() -> None:
    header = "<th>No</th><th>CCTV</th>"
    rows = [
        "<td>1</td><td><a href='/hls/1/index.m3u8'>Simpang Tiga</a></td>",
        "<td>2</td><td><a href='/hls/2/index.m3u8'>Lihat</a></td>",
    ]
    cameras = _cams(_table(header, rows))
    assert cameras[0].raw_name == "Simpang Tiga"
    assert all(c.raw_name.lower() != "lihat" for c in cameras)


def test_table_player_link_gives_its_stream() -> None:
    header = "<th>Nama</th><th>Aksi</th>"
    row = (
        "<td>Terminal Sangatta</td>"
        "<td><a href='/player.html?src=/hls/terminal/index.m3u8'>Live</a></td>"
    )
    (camera,) = _cams(_table(header, [row]))
    assert camera.raw_name == "Terminal Sangatta"
    assert camera.stream_url == "https://cctv.kutim.example/hls/terminal/index.m3u8"


def test_table_rows_without_media_are_not_cameras() -> None:
    header = "<th>Nama</th><th>Kecamatan</th><th>Aksi</th>"
    rows = [
        "<td>Kantor Dishub</td><td>Sangatta Utara</td><td><a href='/detail/1'>Detail</a></td>",
        "<td>Simpang Tiga</td><td>Sangatta Utara</td><td><a href='/hls/1.m3u8'>Lihat</a></td>",
    ]
    (camera,) = _cams(_table(header, rows))
    assert camera.raw_name == "Simpang Tiga"


def test_table_credentials_and_markup_do_not_survive() -> None:
    header = "<th>Nama</th><th>Link</th>"
    row = (
        "<td>&lt;b&gt;Simpang&lt;/b&gt; <script>alert(1)</script></td>"
        "<td><a href='https://admin:RahasiaKutim1@cctv.kutim.example/hls/1.m3u8'>Lihat</a></td>"
    )
    (camera,) = _cams(_table(header, [row]))
    assert "RahasiaKutim1" not in (camera.stream_url or "")
    assert "<" not in camera.name


def test_huge_table_is_bounded() -> None:
    header = "<th>Nama</th><th>Link</th>"
    rows = [
        f"<td>Kamera {n}</td><td><a href='/hls/{n}/index.m3u8'>Lihat</a></td>"
        for n in range(MAX_CAMERAS + 500)
    ]
    result = _parse(_table(header, rows))
    assert len(result.cameras) == MAX_CAMERAS
    assert result.capped


@pytest.mark.parametrize(
    "page",
    [
        "<table>" * 5000 + "<tr><th>Nama</th></tr>",
        "<table><tr><th>Nama</th><th>Link</th></tr><tr>"
        + "<td colspan='99999999999'>x</td>" * 500
        + "</tr></table>",
        (
            "<table><tr><th colspan='²'>Nama</th><th>Link</th></tr><tr><td>A</td>"
            "<td><a href='/hls/a.m3u8'>Lihat</a></td></tr>"
        ),
        "<table><th>Nama</th><td>" + "x" * 200_000 + "<a href='/hls/a.m3u8'>a</a>",
        "</td></tr></table><td><tr><th></th></table></tbody>",
    ],
)
def test_hostile_tables_are_bounded(page: str) -> None:
    result = _outcome(f"<html><body>{page}</body></html>", BASE)
    if isinstance(result, str):
        assert "No camera list found" in result
    else:
        assert len(result.cameras) <= MAX_CAMERAS
        assert all(len(c.raw_name) <= 200 for c in result.cameras)


# ---------------------------------------------------------------------------
# M3U playlists
# ---------------------------------------------------------------------------


def test_extended_playlist() -> None:
    text = (
        "#EXTM3U\n"
        '#EXTINF:-1 tvg-id="s3" tvg-name="Simpang Tiga" group-title="Sangatta Utara",'
        "Simpang Tiga\nhttps://cctv.kutim.example/hls/s3.m3u8\n"
        '#EXTINF:-1 tvg-name="Simpang Bengalon" group-title="Bengalon",\n'
        "/hls/bengalon.m3u8\n"
    )
    result = _parse(text, "https://cctv.kutim.example/list/cctv.m3u")
    assert result.format == PortalFormat.PLAYLIST
    cams = result.cameras
    assert [(c.id, c.raw_name, c.area) for c in cams[:1]] == [
        ("s3", "Simpang Tiga", "Sangatta Utara")
    ]
    assert (cams[1].raw_name, cams[1].stream_url) == (
        "Simpang Bengalon",
        "https://cctv.kutim.example/hls/bengalon.m3u8",
    )


@pytest.mark.parametrize(
    ("logos", "stills"),
    [
        # A picture of each camera.
        (["/snapshot/1.jpg", "/snapshot/2.jpg"], [True, True]),
        (["/api/cam/1/preview.png", "/api/cam/2/preview.png"], [True, True]),
        # One logo for every entry, channel logos, icons.
        (["/logo.png", "/logo.png"], [False, False]),
        (["/snapshot/same.jpg", "/snapshot/same.jpg"], [False, False]),
        (["/img/channel/a.png", "/img/channel/b.png"], [False, False]),
        (["/icons/a.jpg", "/logo-dishub-b.jpg"], [False, False]),
        (["https://i.imgur.example/Ab12Cd.png", "https://i.imgur.example/Xy34Zw.png"], [False] * 2),
    ],
)
def test_playlist_logo_is_a_still_only_when_it_shows_the_camera(
    logos: list[str], stills: list[bool]
) -> None:
    text = "#EXTM3U\n" + "".join(
        f'#EXTINF:-1 tvg-logo="{logo}",Kamera {n}\nhttps://cctv.kutim.example/hls/{n}.m3u8\n'
        for n, logo in enumerate(logos)
    )
    cams = _cams(text, "https://cctv.kutim.example/cctv.m3u")
    assert [c.snapshot_url is not None for c in cams] == stills


def test_plain_playlist_of_urls() -> None:
    text = "https://cctv.kutim.example/hls/1.m3u8\n\nhttps://cctv.kutim.example/hls/2.m3u8\n"
    cams = _cams(text, "https://cctv.kutim.example/cctv.m3u")
    assert [c.stream_url for c in cams] == [
        "https://cctv.kutim.example/hls/1.m3u8",
        "https://cctv.kutim.example/hls/2.m3u8",
    ]


def test_playlist_login_is_dropped() -> None:
    text = "#EXTM3U\n#EXTINF:-1,Gerbang\nrtsp://admin:RahasiaKutim1@cctv.kutim.example:554/ch1\n"
    cams = _cams(text, "https://cctv.kutim.example/cctv.m3u")
    assert all("RahasiaKutim1" not in (c.stream_url or "") for c in cams)


def test_hls_stream_playlist_is_not_a_camera_list() -> None:
    text = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXTINF:4.0,\nseg1.ts\n"
    with pytest.raises(PortalFormatError, match="HLS stream playlist"):
        _parse(text, "https://cctv.kutim.example/hls/1/index.m3u8")


def test_huge_playlist_is_capped() -> None:
    text = "#EXTM3U\n" + "".join(
        f"#EXTINF:-1,Kamera {n}\nhttps://cctv.kutim.example/hls/{n}.m3u8\n"
        for n in range(MAX_CAMERAS + 300)
    )
    result = _parse(text, "https://cctv.kutim.example/cctv.m3u")
    assert len(result.cameras) == MAX_CAMERAS
    assert result.capped


@pytest.mark.parametrize(
    "text",
    [
        "#EXTM3U\n",
        '#EXTM3U\n#EXTINF:-1 tvg-name="unterminated,Name\n',
        "#EXTM3U\n" + '#EXTINF:-1 a="b" ' * 20_000 + ",X\nhttps://cctv.kutim.example/a.m3u8\n",
        "#EXTM3U\n" + "#EXTVLCOPT:x\n" * 100_000,
        "#EXTM3U\n#EXTINF:-1,Lokal\nhttp://127.0.0.1/secret\nnot a url\n",
        "#EXTM3U\n" + "x" * 1_000_000,
    ],
)
def test_hostile_playlists_end_in_a_clear_error_or_a_bounded_result(text: str) -> None:
    result = _outcome(text, "https://cctv.kutim.example/cctv.m3u")
    if isinstance(result, str):
        assert "playlist" in result
    else:
        assert len(result.cameras) <= MAX_CAMERAS
        assert all(len(c.raw_name) <= 200 for c in result.cameras)


def test_playlist_bare_words_are_not_entries() -> None:
    text = "#EXTM3U\n#EXTINF:-1,Salah\nnot a url\n#EXTINF:-1,Kabo\nkabo/index.m3u8\n"
    cams = _cams(text, "https://cctv.kutim.example/list/cctv.m3u")
    assert [(c.raw_name, c.stream_url) for c in cams] == [
        ("Kabo", "https://cctv.kutim.example/list/kabo/index.m3u8")
    ]


# ---------------------------------------------------------------------------
# Proxies naming a camera's address (and login) in their query
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        (
            "http://p.kutim.example/video_feed?source=rtsp://admin:RahasiaKutim1@10.0.0.6:554/ch1",
            "http://p.kutim.example/video_feed?source=rtsp://10.0.0.6:554/ch1",
        ),
        (
            "http://p.kutim.example/video_feed?src=rtsp%3A%2F%2Fadmin%3ARahasiaKutim1%4010.0.0.3",
            "http://p.kutim.example/video_feed?src=rtsp%3A%2F%2F10.0.0.3",
        ),
        (
            "https://u:RahasiaKutim1@p.kutim.example/embed?url=https://a:RahasiaKutim1@h.example/x",
            "https://p.kutim.example/embed?url=https://h.example/x",
        ),
        # Not logins: an @ in a path or after a nested URL's host stays.
        (
            "https://p.kutim.example/@sangatta/cam.m3u8",
            "https://p.kutim.example/@sangatta/cam.m3u8",
        ),
        (
            "https://p.kutim.example/p?u=https%3A%2F%2Fhost%2Fa%40b",
            "https://p.kutim.example/p?u=https%3A%2F%2Fhost%2Fa%40b",
        ),
    ],
)
def test_nested_logins_are_never_copied(url: str, clean: str) -> None:
    assert resolve_url(url, BASE) == clean


def test_video_feed_images_are_mjpeg_cameras_without_logins() -> None:
    page = (
        '<div class="card"><div class="card-body"><h5 class="card-title">Gerbang</h5>'
        '<img src="http://p.kutim.example:7700/video_feed?source=rtsp://admin:Go2Pass@10.0.0.2/"'
        ' alt=""></div></div>'
    )
    (camera,) = _cams(f"<html><body>{page}</body></html>")
    assert camera.raw_name == "Gerbang"
    assert camera.mjpeg_url == "http://p.kutim.example:7700/video_feed?source=rtsp://10.0.0.2/"


# ---------------------------------------------------------------------------
# Header rows of plain cells, titles after the player, CSS background stills
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell", ["<td><b>{}</b></td>", "<td>{}</td>", "<td><strong>{}</strong></td>"]
)
def test_plain_cell_header_row(cell: str) -> None:
    header = "".join(cell.format(h) for h in ("No", "Lokasi", "Wilayah", "Aksi"))
    row = "<td>1</td><td>Simpang Tiga</td><td>Sangatta Utara</td><td><a href='/h/1.m3u8'>Play</a></td>"
    (camera,) = _cams(f"<html><body><table><tr>{header}</tr><tr>{row}</tr></table></body></html>")
    assert (camera.raw_name, camera.area) == ("Simpang Tiga", "Sangatta Utara")


def test_data_row_is_not_taken_for_a_header() -> None:
    # Without a header row the table is not read by columns: no cell names the area.
    rows = (
        "<tr><td>Simpang Tiga</td><td>Sangatta Utara</td></tr>"
        "<tr><td>Jalan Kabo</td><td><a href='/h/2.m3u8'>Jalan Kabo</a></td></tr>"
    )
    cameras = _cams(f"<html><body><table>{rows}</table></body></html>")
    assert [c.area for c in cameras] == [None]


@pytest.mark.parametrize(
    "style",
    [
        "background-image: url('/snap/{n}.jpg')",
        "background-image:url(&quot;/snap/{n}.jpg&quot;); height: 180px",
        "background: #000 url(/snap/{n}.jpg) no-repeat center",
    ],
)
def test_css_background_still_joins_its_card(style: str) -> None:
    cards = "".join(
        f'<div class="card"><div class="card-img" style="{style.format(n=n)}"></div>'
        f"<h5>{name}</h5><a class='btn' href='/hls/{n}.m3u8'>Live</a></div>"
        for n, name in ((1, "Simpang Tiga"), (2, "Bundaran Kabo"))
    )
    cameras = _cams(f"<html><body>{cards}</body></html>")
    assert [(c.raw_name, c.snapshot_url) for c in cameras] == [
        ("Simpang Tiga", "https://cctv.kutim.example/snap/1.jpg"),
        ("Bundaran Kabo", "https://cctv.kutim.example/snap/2.jpg"),
    ]


def test_card_title_after_the_player_names_it() -> None:
    cards = "".join(
        f'<div class="card"><video poster="/snap/{n}.jpg"><source src="/hls/{n}.m3u8"></video>'
        f'<div class="card-body"><h5 class="card-title">{name}</h5></div></div>'
        for n, name in ((1, "Simpang Tiga"), (2, "Bundaran Kabo"))
    )
    cameras = _cams(f"<html><body>{cards}</body></html>")
    assert [c.raw_name for c in cameras] == ["Simpang Tiga", "Bundaran Kabo"]


@pytest.mark.parametrize(
    "row_attributes",
    [
        'data-url="/hls/{n}.m3u8"',
        "data-stream='/hls/{n}.m3u8' data-toggle='modal'",
        "onclick=\"putar('/hls/{n}.m3u8')\"",
    ],
)
def test_clickable_rows_are_read_by_their_cells(row_attributes: str) -> None:
    rows = "".join(
        f"<tr {row_attributes.format(n=n)}><td>{n}</td><td>{name}</td><td>{area}</td></tr>"
        for n, name, area in ((1, "Simpang Tiga", "Sangatta Utara"), (2, "Kabo", "Bengalon"))
    )
    page = f"<table><tr><th>No</th><th>Lokasi</th><th>Kecamatan</th></tr>{rows}</table>"
    cameras = _cams(f"<html><body>{page}</body></html>")
    assert [(c.raw_name, c.area, c.stream_url) for c in cameras] == [
        ("Simpang Tiga", "Sangatta Utara", "https://cctv.kutim.example/hls/1.m3u8"),
        ("Kabo", "Bengalon", "https://cctv.kutim.example/hls/2.m3u8"),
    ]


def test_optgroup_label_is_the_area_of_its_options() -> None:
    page = (
        "<select><option value=''>Pilih</option><optgroup label='Bengalon'>"
        "<option value='/hls/1.m3u8'>Simpang Bengalon</option></optgroup>"
        "<option value='/hls/2.m3u8'>Kabo</option></select>"
    )
    cameras = _cams(f"<html><body>{page}</body></html>")
    assert [(c.raw_name, c.area) for c in cameras] == [
        ("Simpang Bengalon", "Bengalon"),
        ("Kabo", None),
    ]


@pytest.mark.parametrize("title", ["Klik untuk melihat CCTV", "Lihat CCTV", "Live", "Tonton"])
def test_generic_marker_titles_give_way_to_the_popup(title: str) -> None:
    script = (
        f"L.marker([0.5, 117.5], {{title: '{title}'}}).addTo(map)"
        ".bindPopup('<h4>Simpang Tiga</h4><a href=\"/hls/1.m3u8\">Lihat</a>');"
    )
    (camera,) = _cams(f"<html><body><script>{script}</script></body></html>")
    assert camera.raw_name == "Simpang Tiga"


@pytest.mark.parametrize(
    "player",
    [
        "<iframe src='/player.html?src=/hls/1.m3u8' title='Live Streaming'></iframe>",
        "<video src='/hls/1.m3u8' title='Play'></video>",
        "<a href='/hls/1.m3u8' title='Tonton'>&#9658;</a>",
    ],
)
def test_generic_player_titles_never_name_a_camera(player: str) -> None:
    page = f"<div class='card'>{player}<h5>Simpang Tiga</h5></div>"
    (camera,) = _cams(f"<html><body>{page}</body></html>")
    assert camera.raw_name == "Simpang Tiga"


def _cameras_or_error(text: str, base: str) -> tuple[Camera, ...]:
    outcome = _outcome(text, base)
    return () if isinstance(outcome, str) else tuple(outcome.cameras)


@pytest.mark.parametrize(
    ("body", "base"),
    [
        (
            (
                '{"jazz-fm":"https://radio.example.org/jazz/playlist.m3u8",'
                '"rock-fm":"https://radio.example.org/rock/playlist.m3u8",'
                '"news-24":"https://radio.example.org/news/playlist.m3u8"}'
            ),
            "https://radio.example.org/stations.json",
        ),
        (
            (
                '{"lesson-1-intro":"https://cdn.course.example/l1/index.m3u8",'
                '"lesson-2-basics":"https://cdn.course.example/l2/index.m3u8"}'
            ),
            "https://course.example/api/videos",
        ),
    ],
)
def test_handle_playlists_naming_no_camera_are_no_camera_list(body: str, base: str) -> None:
    # At most the one-stream fallback reading of an object, never a list named by its keys.
    cameras = _cameras_or_error(body, base)
    assert len(cameras) <= 1
    assert not {camera.name for camera in cameras} & {"jazz-fm", "lesson-1-intro"}


@pytest.mark.parametrize(
    ("first", "second"), [("default", "fallback"), ("en", "fr"), ("cdn1", "cdn2")]
)
def test_handle_playlists_of_one_streams_alternatives_are_not_two_cameras(
    first: str, second: str
) -> None:
    body = (
        f'{{"{first}":"https://cdn.example.org/{first}/cam.m3u8",'
        f'"{second}":"https://cdn.example.org/{second}/cam.m3u8"}}'
    )
    assert len(_cameras_or_error(body, "https://cctv.example.go.id/config.json")) <= 1


def test_handle_playlists_on_a_camera_host_or_under_their_handle_are_cameras() -> None:
    body = (
        '{"teluk-lingga":"https://s5.ipcamlive.kutim.example/streams/4f6a/stream.m3u8",'
        '"kenyamukan":"https://s1.ipcamlive.kutim.example/streams/6d0f/stream.m3u8",'
        '"dermaga_maloy":"https://cdn.ombak.kutim.example/hls/dermaga_maloy/index.m3u8"}'
    )
    names = [
        camera.name for camera in _cameras_or_error(body, "https://ombak.kutim.example/s.json")
    ]
    assert names == ["teluk-lingga", "kenyamukan", "dermaga_maloy"]
