"""Page shapes read after holdout 19: building columns, admin tables, tabs, layer panels."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/daftar"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse an HTML page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>CCTV</title></head><body>{body}</body></html>"


# --- A building column gives the area ----------------------------------------------------


def test_building_column_is_the_area() -> None:
    rows = "".join(
        f"<tr><td>{building}</td><td>{floor}</td><td>{place}</td>"
        f'<td><video src="{HLS.format(slug)}"></video></td></tr>'
        for building, floor, place, slug in (
            ("Gedung Rektorat", "1", "Lobby", "a"),
            ("Perpustakaan", "2", "Ruang Baca", "b"),
        )
    )
    table = (
        "<table><thead><tr><th>Gedung</th><th>Lantai</th><th>Lokasi</th><th>CCTV</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )
    found = cameras(_page(table))
    assert [(c.name, c.area) for c in found] == [
        ("Lobby", "Gedung Rektorat"),
        ("Ruang Baca", "Perpustakaan"),
    ]


def test_floor_column_alone_gives_no_area() -> None:
    table = (
        "<table><thead><tr><th>Lantai</th><th>Lokasi</th><th>CCTV</th></tr></thead><tbody>"
        f'<tr><td>Lantai 1</td><td>Lobby</td><td><video src="{HLS.format("a")}"></video>'
        "</td></tr></tbody></table>"
    )
    (camera,) = cameras(_page(table))
    assert (camera.name, camera.area) == ("Lobby", None)


# --- Admin tables: LAN RTSP beside the public HLS, record ids in action links ------------


def _admin_row(ident: int, name: str, group: str, lan: str, hls: str) -> str:
    return (
        f"<tr><th scope='row'>{ident}</th><td>{name}</td><td>{group}</td>"
        f"<td>{lan}</td><td>{hls}</td>"
        f'<td><a href="/cctv/edit/{ident * 7}">Edit</a>'
        f'<a href="/cctv/delete/{ident * 7}">Delete</a></td></tr>'
    )


_ADMIN_HEAD = (
    "<table><thead><tr><th>#</th><th>Nama CCTV</th><th>Group</th><th>Link RTSP</th>"
    "<th>Link M3U8</th><th>Action</th></tr></thead><tbody>"
)


def test_admin_table_prefers_public_hls_over_lan_rtsp() -> None:
    table = (
        _ADMIN_HEAD
        + _admin_row(1, "Simpang Tiga", "Kota", "rtsp://10.0.3.4:554/ch1", "/hls/s3/index.m3u8")
        + _admin_row(2, "Pasar", "Bengalon", "rtsp://192.168.1.9/ch1", HLS.format("p"))
        + "</tbody></table>"
    )
    found = cameras(_page(table))
    assert [(c.id, c.name, c.area, c.stream_url) for c in found] == [
        ("7", "Simpang Tiga", "Kota", "https://cctv.kutim.example/hls/s3/index.m3u8"),
        ("14", "Pasar", "Bengalon", HLS.format("p")),
    ]


def test_public_rtsp_keeps_its_place_before_a_later_stream() -> None:
    table = (
        _ADMIN_HEAD
        + _admin_row(1, "Dermaga", "Kota", "rtsp://cam.kutim.example/ch1", HLS.format("d"))
        + "</tbody></table>"
    )
    (camera,) = cameras(_page(table))
    assert camera.stream_url == "rtsp://cam.kutim.example/ch1"


def test_lan_rtsp_alone_is_still_read() -> None:
    table = (
        _ADMIN_HEAD
        + _admin_row(1, "Dermaga", "Kota", "rtsp://10.0.3.4:554/ch1", "-")
        + "</tbody></table>"
    )
    (camera,) = cameras(_page(table))
    assert camera.stream_url == "rtsp://10.0.3.4:554/ch1"


def test_action_links_naming_two_records_give_no_id() -> None:
    table = (
        "<table><thead><tr><th>Nama</th><th>Stream</th><th>Aksi</th></tr></thead><tbody>"
        f"<tr><td>Dermaga</td><td>{HLS.format('d')}</td>"
        '<td><a href="/cctv/edit/3">Edit</a><a href="/lokasi/edit/9">Lokasi</a></td></tr>'
        "</tbody></table>"
    )
    (camera,) = cameras(_page(table))
    assert camera.id not in ("3", "9")


# --- Leaflet panel-layers: the item naming a layer group is its markers' area -------------


def _panel_page(overlays: str) -> str:
    script = (
        "var map = L.map('map').setView([0.5, 117.1], 10);"
        "var g1 = L.layerGroup(); var g2 = L.layerGroup();"
        "L.marker([0.51, 117.11]).bindPopup('<b>Pasar</b><video src=\"{}\"></video>')"
        ".addTo(g1);"
        "L.marker([0.52, 117.12]).bindPopup('<b>Dermaga</b><video src=\"{}\"></video>')"
        ".addTo(g2);"
        "var overLayers = {};"
        "map.addControl(new L.Control.PanelLayers([], overLayers, {{compact: true}}));"
    ).format(HLS.format("p"), HLS.format("d"), overlays)
    return _page(f"<div id='map'></div><script>{script}</script>")


def test_panel_layers_group_items_give_areas() -> None:
    overlays = (
        '[{group: "CCTV per Kecamatan", layers: ['
        '{name: "Kec. Bengalon", icon: \'<i class="icon"></i>\', layer: g1},'
        '{"name": "Kec. Rantau Pulung", "layer": g2}]}]'
    )
    found = cameras(_panel_page(overlays))
    assert [(c.name, c.area) for c in found] == [
        ("Pasar", "Bengalon"),
        ("Dermaga", "Rantau Pulung"),
    ]


def test_panel_layers_state_items_give_no_area() -> None:
    overlays = '[{name: "Online", layer: g1}, {name: "Offline", layer: g2}]'
    found = cameras(_panel_page(overlays))
    assert [(c.name, c.area) for c in found] == [("Pasar", None), ("Dermaga", None)]


# --- Tab panes carrying their tab's title; bold lines titling cards ---------------------


def _card(title_html: str, slug: str) -> str:
    return (
        f'<div class="col"><div class="inner">{title_html}'
        f'<p><a href="{HLS.format(slug)}"><img src="/snap/{slug}.jpg" alt=""></a><br>'
        "<small>Klik gambar</small></p></div></div>"
    )


def test_tab_pane_title_is_the_area_and_bold_lines_name_the_cameras() -> None:
    panes = (
        '<div class="su-tabs-pane" data-title="Kec. Bengalon">'
        + _card("<p><strong>Pasar Bengalon</strong></p>", "a")
        + _card("<p><strong>Dermaga Sepaso</strong></p>", "b")
        + '</div><div class="su-tabs-pane" data-title="Kec. Kaliorang">'
        + _card("<p><strong>Simpang Kaliorang</strong></p>", "c")
        + "</div>"
    )
    page = _page(
        f'<h1>CCTV Kota</h1><div class="su-tabs"><div class="su-tabs-panes">{panes}</div></div>'
    )
    found = cameras(page)
    assert [(c.name, c.area) for c in found] == [
        ("Pasar Bengalon", "Bengalon"),
        ("Dermaga Sepaso", "Bengalon"),
        ("Simpang Kaliorang", "Kaliorang"),
    ]


def test_bold_word_inside_a_sentence_names_no_camera() -> None:
    body = (
        "<h1>CCTV Kota</h1>"
        + _card("<p>Kondisi <strong>Ramai</strong> pagi ini</p>", "a")
        + _card("<p>Kondisi <strong>Lancar</strong></p>", "b")
    )
    found = cameras(_page(body))
    assert [c.name for c in found if c.name in ("Ramai", "Lancar")] == []


def test_data_title_of_a_plain_card_still_names_it() -> None:
    body = (
        f'<div class="cam" data-title="Pasar Pagi"><video src="{HLS.format("a")}"></video></div>'
        f'<div class="cam" data-title="Dermaga"><video src="{HLS.format("b")}"></video></div>'
    )
    found = cameras(_page(body))
    assert [(c.name, c.area) for c in found] == [("Pasar Pagi", None), ("Dermaga", None)]


# --- Cards keyed by their group and their camera ----------------------------------------


def _tile(element_id: str, group: str, group_name: str, point: str, slug: str) -> str:
    return (
        f'<div class="tile" id="{element_id}" data-unit="{group}" data-unit-name="{group_name}"'
        f' data-titik="{point}"><a class="card-title">{group_name}</a>'
        f'<a class="card-title">{point[:3]}</a><div class="frame">'
        f'<iframe src="https://view.kutim.example/embed/{slug}" title="Live"></iframe>'
        "</div></div>"
    )


def test_point_card_gives_name_group_area_and_its_key_as_id() -> None:
    body = (
        _tile("sma-1-gerbang-utama", "sma-1", "SMA 1", "Gerbang Utama", "a")
        + _tile("sma-1-lorong-kelas-xii", "sma-1", "SMA 1", "Lorong Kelas XII", "b")
        + _tile("smk-2-halaman", "smk-2", "SMK 2", "Halaman", "c")
    )
    found = cameras(_page(body))
    assert [(c.id, c.name, c.area) for c in found] == [
        ("sma-1-gerbang-utama", "Gerbang Utama", "SMA 1"),
        ("sma-1-lorong-kelas-xii", "Lorong Kelas XII", "SMA 1"),
        ("smk-2-halaman", "Halaman", "SMK 2"),
    ]


def test_point_card_with_an_unrelated_id_keeps_no_group() -> None:
    body = _tile("tile-1", "sma-1", "SMA 1", "Gerbang Utama", "a") + _tile(
        "tile-2", "smk-2", "SMK 2", "Halaman", "b"
    )
    found = cameras(_page(body))
    assert [c.name for c in found] == ["Gerbang Utama", "Halaman"]
    assert all(c.area is None and not c.id.startswith("tile") for c in found)
