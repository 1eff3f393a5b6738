"""Areas from page structure (headings, captions, badges) and from tree widget data."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/cctv/"
HLS = "https://video.kutim.example/live/{}/index.m3u8"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse an answer as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _areas(found: tuple[Camera, ...]) -> dict[str | None, str | None]:
    return {camera.raw_name: camera.area for camera in found}


def _link(slug: str, name: str) -> str:
    return f'<li><a href="{HLS.format(slug)}">{name}</a></li>'


# -- headings introducing groups ------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<h2>{}</h2><ul>", "</ul>"),
        ("<h3 class='x'>{}</h3><ul>", "</ul>"),
        ("<h4>{}</h4><ul>", "</ul>"),
        ("<h5>{}</h5><ul>", "</ul>"),
        ("<div class='card'><div class='card-header'>{}</div><ul>", "</ul></div>"),
        ("<section><div class='section-title'>{}</div><ul>", "</ul></section>"),
        ("<div class='panel'><div class='panel-heading'>{}</div><ul>", "</ul></div>"),
    ],
)
def test_headings_introduce_groups(opening: str, closing: str) -> None:
    """A heading, a card or section header before each group of cameras is their area."""
    page = (
        "<h1>CCTV Kutai Timur</h1>"
        + opening.format("Sangatta Utara")
        + _link("a", "Simpang Tiga")
        + _link("b", "Taman Bersemi")
        + closing
        + opening.format("Bengalon (1)")
        + _link("c", "Pasar Bengalon")
        + closing
    )
    assert _areas(cameras(page)) == {
        "Simpang Tiga": "Sangatta Utara",
        "Taman Bersemi": "Sangatta Utara",
        "Pasar Bengalon": "Bengalon",
    }


def test_definition_list_terms_are_areas() -> None:
    """A definition list's terms are the areas of the camera links in their entries."""
    page = (
        "<dl><dt>Sangatta Utara</dt>"
        f'<dd><a href="{HLS.format("a")}">Simpang Tiga</a></dd>'
        f'<dd><a href="{HLS.format("b")}">Taman Bersemi</a></dd>'
        f'<dt>Bengalon</dt><dd><a href="{HLS.format("c")}">Pasar Bengalon</a></dd></dl>'
    )
    assert _areas(cameras(page))["Pasar Bengalon"] == "Bengalon"
    assert _areas(cameras(page))["Simpang Tiga"] == "Sangatta Utara"


def test_captions_and_headings_give_table_rows_their_area() -> None:
    """Rows of headed tables take the caption or the heading introducing their table."""

    def table(caption: str, rows: list[tuple[str, str]]) -> str:
        body = "".join(
            f'<tr><td>{n}</td><td><a href="{HLS.format(s)}">Putar</a></td></tr>' for s, n in rows
        )
        return f"{caption}<table><tr><th>Nama Lokasi</th><th>Siaran</th></tr>{body}</table>"

    by_caption = table("", [("a", "Simpang Tiga"), ("b", "Taman Bersemi")]).replace(
        "<table>", "<table><caption>Sangatta Utara</caption>"
    ) + table("", [("c", "Pasar Bengalon")]).replace(
        "<table>", "<table><caption>Bengalon</caption>"
    )
    by_heading = table("<h3>Sangatta Utara</h3>", [("a", "Simpang Tiga"), ("b", "Taman Bersemi")])
    by_heading += table("<h3>Bengalon</h3>", [("c", "Pasar Bengalon")])
    for page in (by_caption, "<h2>Daftar Kamera</h2>" + by_heading):
        assert _areas(cameras(page)) == {
            "Simpang Tiga": "Sangatta Utara",
            "Taman Bersemi": "Sangatta Utara",
            "Pasar Bengalon": "Bengalon",
        }


def _card(slug: str, name: str, extra: str = "") -> str:
    return (
        f'<div class="col"><div class="card"><img src="/snap/{slug}.jpg">'
        f'<div class="card-body"><h5 class="card-title">{name}</h5>{extra}'
        f'<a class="btn" href="{HLS.format(slug)}">Lihat</a></div></div></div>'
    )


def test_card_titles_are_never_group_headings() -> None:
    """Each card's own title heading names it; the section heading above gives the area."""
    page = (
        '<h3>Sangatta Utara</h3><div class="row">'
        + _card("a", "Simpang Tiga")
        + _card("b", "Taman Bersemi")
        + '</div><h3>Bengalon</h3><div class="row">'
        + _card("c", "Pasar Bengalon")
        + "</div>"
    )
    found = cameras(page)
    assert _areas(found) == {
        "Simpang Tiga": "Sangatta Utara",
        "Taman Bersemi": "Sangatta Utara",
        "Pasar Bengalon": "Bengalon",
    }
    assert found[0].snapshot_url == "https://portal.kutim.example/snap/a.jpg"


@pytest.mark.parametrize(
    "page",
    [
        # One group only: the page's heading is no area.
        "<h2>Kamera Publik</h2><ul>" + _link("a", "Simpang Tiga") + _link("b", "Taman") + "</ul>",
        # A heading per camera names it: no group of several cameras.
        "<h3>Simpang Tiga</h3><ul>"
        + _link("a", "Simpang Tiga")
        + "</ul><h3>Taman</h3><ul>"
        + _link("b", "Taman")
        + "</ul>",
        # Headings naming cameras of the page are titles, never areas.
        "<h3>Simpang Tiga</h3><ul>"
        + _link("a", "Simpang Tiga Barat")
        + _link("b", "Taman")
        + "</ul><h3>Taman</h3><ul>"
        + _link("c", "Pasar")
        + "</ul>",
        # Headings each followed by one camera of another name: no group of several.
        "<h3>Kamera 1</h3><ul>"
        + _link("a", "Simpang Tiga")
        + "</ul><h3>Kamera 2</h3><ul>"
        + _link("b", "Taman")
        + "</ul>",
    ],
)
def test_headings_that_group_nothing_give_no_area(page: str) -> None:
    """Without two headed groups, one of several cameras, no heading becomes an area."""
    assert all(camera.area is None for camera in cameras(page))


def test_a_named_area_beats_the_heading() -> None:
    """A camera that names its own area keeps it."""
    page = (
        "<h3>Utara</h3><ul>"
        f'<li><a href="{HLS.format("a")}" data-kecamatan="Teluk Lingga">A</a></li>'
        + _link("b", "B")
        + "</ul><h3>Selatan</h3><ul>"
        + _link("c", "C")
        + "</ul>"
    )
    areas = _areas(cameras(page))
    assert areas["B"] == "Utara" and areas["C"] == "Selatan"


# -- badges -----------------------------------------------------------------------------


def _badge(text: str, icon: bool = False, cls: str = "badge bg-secondary") -> str:
    pin = '<i class="bi bi-geo-alt"></i> ' if icon else ""
    return f'<span class="{cls}">{pin}{text}</span>'


def test_card_badges_name_the_place() -> None:
    """A badge on each card, differing between cards, is the camera's area."""
    page = (
        '<div class="row">'
        + _card("a", "Simpang Tiga", _badge("Sangatta Utara"))
        + _card("b", "Taman Bersemi", _badge("Sangatta Utara"))
        + _card("c", "Pasar Bengalon", _badge("Bengalon"))
        + "</div>"
    )
    assert _areas(cameras(page)) == {
        "Simpang Tiga": "Sangatta Utara",
        "Taman Bersemi": "Sangatta Utara",
        "Pasar Bengalon": "Bengalon",
    }


def test_a_pin_icon_marks_any_pill_as_a_place() -> None:
    """Text beside a map-pin icon names the place, whatever the pill's class."""
    page = (
        '<div class="row">'
        + _card("a", "Simpang Tiga", _badge("Sangatta Utara", icon=True, cls="muted"))
        + _card("b", "Pasar Bengalon", _badge("Bengalon", icon=True, cls="muted"))
        + "</div>"
    )
    assert _areas(cameras(page)) == {"Simpang Tiga": "Sangatta Utara", "Pasar Bengalon": "Bengalon"}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Sangatta Utara", "Sangatta Utara"),  # one value everywhere: a decoration
        ("PTZ", "Dome"),  # kinds of camera
        ("HD", "SD"),  # qualities
        ("Full HD", "Baru"),
    ],
)
def test_badges_that_name_no_place(first: str, second: str) -> None:
    """The same badge on every card, camera kinds and quality labels are never areas."""
    page = (
        '<div class="row">'
        + _card("a", "Simpang Tiga", _badge(first))
        + _card("b", "Pasar Bengalon", _badge(second))
        + "</div>"
    )
    assert all(camera.area is None for camera in cameras(page))


def test_status_badges_stay_states() -> None:
    """A badge saying Online or Offline is the camera's state, never its area."""
    page = (
        '<div class="row">'
        + _card("a", "Simpang Tiga", _badge("Online"))
        + _card("b", "Pasar Bengalon", _badge("Offline"))
        + "</div>"
    )
    found = cameras(page)
    assert [c.online for c in found] == [True, False]
    assert all(camera.area is None for camera in found)


# -- buttons handing streams under any data-* name -----------------------------------------


@pytest.mark.parametrize("label", ["Voir", "Ver cámara", "Ver en vivo", "Ver ao vivo", "Lihat"])
@pytest.mark.parametrize("attribute", ["data-flux", "data-fuente", "data-live-src", "data-play"])
def test_modal_buttons_in_any_language(label: str, attribute: str) -> None:
    """A button handing a stream under any data-* name is its card's player."""

    def card(slug: str, name: str) -> str:
        return (
            f'<div class="webcam"><img src="/snap/{slug}.jpg"><h3>{name}</h3>'
            f'<button {attribute}="{HLS.format(slug)}">{label}</button></div>'
        )

    found = cameras(card("a", "Rond-point") + card("b", "Pont de Pinang"))
    assert [(c.raw_name, c.stream_url, c.snapshot_url) for c in found] == [
        ("Rond-point", HLS.format("a"), "https://portal.kutim.example/snap/a.jpg"),
        ("Pont de Pinang", HLS.format("b"), "https://portal.kutim.example/snap/b.jpg"),
    ]


def test_data_attributes_with_pictures_only_hand_no_stream() -> None:
    """A data-* attribute holding a picture or a page is no player."""
    page = (
        '<div class="c"><img src="/snap/a.jpg" alt="Simpang Tiga">'
        '<button data-zoom="/snap/a-large.jpg" data-page="/detail/a">Lihat</button></div>'
    )
    found = cameras(page)
    assert [(c.stream_url, c.mjpeg_url) for c in found] == [(None, None)]


# -- tree widgets -------------------------------------------------------------------------


def _leaf(node_id: str, text: str, title: str = "Online", **extra: object) -> dict[str, object]:
    return {
        "id": node_id,
        "text": text,
        "state": {"opened": False, "selected": False, "disabled": False},
        "a_attr": {"href": HLS.format(node_id), "title": title},
        "children": [],
        **extra,
    }


def test_jstree_folders_and_leaves() -> None:
    """A folder node is its leaves' area, a leaf's text its name, a status title its state."""
    tree = [
        {
            "id": "kec_1",
            "text": "Sangatta Utara",
            "state": {"opened": True},
            "children": [_leaf("c1", "Simpang Tiga"), _leaf("c2", "Taman", "Offline")],
        },
        {"id": "kec_2", "text": "Bengalon", "children": [_leaf("c3", "Pasar Bengalon")]},
    ]
    found = cameras(json.dumps(tree))
    assert [(c.id, c.raw_name, c.area, c.online) for c in found] == [
        ("c1", "Simpang Tiga", "Sangatta Utara", True),
        ("c2", "Taman", "Sangatta Utara", False),
        ("c3", "Pasar Bengalon", "Bengalon", True),
    ]
    assert found[0].stream_url == HLS.format("c1")


def test_tree_ui_state_is_no_camera_state() -> None:
    """jsTree's state object (opened, selected, disabled) says nothing about the camera."""
    leaf = _leaf("c1", "Simpang Tiga")
    del leaf["a_attr"]["title"]  # type: ignore[attr-defined]
    tree = [{"id": "k", "text": "Sangatta Utara", "children": [leaf, _leaf("c2", "Taman")]}]
    found = cameras(json.dumps(tree))
    assert found[0].online is None
    assert found[0].raw_name == "Simpang Tiga"


def test_bootstrap_treeview_nodes_and_tags() -> None:
    """bootstrap-treeview ``nodes``: text names, a status tag gives the state."""

    def node(slug: str, text: str, tag: str) -> dict[str, object]:
        return {"text": text, "href": HLS.format(slug), "tags": [tag]}

    tree = [
        {
            "text": "Kaubun",
            "tags": ["2"],
            "nodes": [node("a", "Simpang", "Online"), node("b", "Kantor", "Offline")],
        },
        {"text": "Karangan", "tags": ["1"], "nodes": [node("c", "Pasar", "Online")]},
    ]
    found = cameras(json.dumps(tree))
    assert [(c.raw_name, c.area, c.online) for c in found] == [
        ("Simpang", "Kaubun", True),
        ("Kantor", "Kaubun", False),
        ("Pasar", "Karangan", True),
    ]


def test_fancytree_key_is_the_id() -> None:
    """A Fancytree node's key is its id."""
    tree = [
        {
            "title": "Sangatta Utara",
            "key": "k1",
            "folder": True,
            "children": [
                {"title": "Simpang", "key": "cam-7", "data": {"hls": HLS.format("a")}},
                {"title": "Taman", "key": "cam-8", "data": {"hls": HLS.format("b")}},
            ],
        }
    ]
    found = cameras(json.dumps(tree))
    assert [(c.id, c.area) for c in found] == [
        ("cam-7", "Sangatta Utara"),
        ("cam-8", "Sangatta Utara"),
    ]


@pytest.mark.parametrize("parent_key", ["parent", "pId", "parentId", "pid"])
def test_flat_trees_name_parent_folders(parent_key: str) -> None:
    """A flat node list naming parents by id: the nearest folder is the area."""
    nodes = [
        {"id": "1", parent_key: "#", "name": "Kutai Timur"},
        {"id": "10", parent_key: "1", "name": "Bengalon"},
        {"id": "20", parent_key: "1", "name": "Kongbeng"},
        {"id": "101", parent_key: "10", "name": "Simpang Tiga", "hls": HLS.format("a")},
        {"id": "102", parent_key: "10", "name": "Pelabuhan", "hls": HLS.format("b")},
        {"id": "201", parent_key: "20", "name": "Simpang Kongbeng", "hls": HLS.format("c")},
        {
            "id": "202",
            parent_key: "20",
            "name": "Pasar",
            "hls": HLS.format("d"),
            "kecamatan": "Miau Baru",
        },
    ]
    found = cameras(json.dumps(nodes))
    assert [(c.id, c.area) for c in found] == [
        ("101", "Bengalon"),
        ("102", "Bengalon"),
        ("201", "Kongbeng"),
        ("202", "Miau Baru"),
    ]


# -- hostile input ------------------------------------------------------------------------


def test_flat_tree_with_a_parent_cycle_is_bounded() -> None:
    """Parent references going round in circles end; no area is made up."""
    nodes = [
        {"id": "a", "parent": "b", "text": "A", "hls": HLS.format("a")},
        {"id": "b", "parent": "c", "text": "B", "hls": HLS.format("b")},
        {"id": "c", "parent": "a", "text": "C", "hls": HLS.format("c")},
    ]
    found = cameras(json.dumps(nodes))
    assert len(found) == 3
    assert all(camera.area is None for camera in found)


def test_many_headings_and_badges_are_bounded() -> None:
    """Thousands of headings, badges and links give a bounded, plain result."""
    groups = "".join(
        f"<h3>Kecamatan {n} x</h3><ul>" + _link(f"a{n}", f"Simpang {n}") + "</ul>"
        for n in range(3000)
    )
    badges = "".join(_badge(f"Tempat {n}") for n in range(5000))
    found = cameras(groups + badges)
    assert 0 < len(found) <= 2001
    assert all(camera.area is None or camera.area.startswith("Kecamatan") for camera in found)


def test_long_heading_text_is_no_area() -> None:
    """A heading of paragraph length is no area."""
    words = " ".join(["Sangatta"] * 40)
    page = (
        f"<h3>{words}</h3><ul>" + _link("a", "A") + _link("b", "B") + "</ul>"
        f"<h3>{words} lagi</h3><ul>" + _link("c", "C") + "</ul>"
    )
    assert all(camera.area is None for camera in cameras(page))


def test_card_titles_over_one_camera_twice_are_no_groups() -> None:
    """A card titled above its picture link and its button shows one camera: no area."""

    def card(port: int, title: str) -> str:
        url = f"http://cam.kutim.example:{port}/ISAPI/Streaming/channels/102/httpPreview"
        return (
            f'<div class="card"><div class="card-body"><h3>{title}</h3>'
            f'<a href="{url}"><img src="/img/stock.jpg" alt="cam"></a>'
            f'<a class="btn" href="{url}">Open CCTV</a></div></div>'
        )

    page = (
        '<header class="header"><nav><a href="/">SIMANTAP</a> <a href="/logout">Keluar</a>'
        "</nav></header>" + card(89, "Halaman Kantor") + card(90, "Parkiran Belakang")
    )
    assert all(camera.area is None for camera in cameras(page))


def _grouped_table(groups: list[tuple[str, list[str]]], cell: str = "td") -> str:
    body = ""
    for group, names in groups:
        body += f'<tr class="group"><{cell} colspan="2">{group}</{cell}></tr>'
        body += "".join(
            f'<tr><td>{n}</td><td><a href="{HLS.format(n.lower().replace(" ", "-"))}">Putar</a></td></tr>'
            for n in names
        )
    return f"<table><thead><tr><th>Nama Titik</th><th>Video</th></tr></thead><tbody>{body}</tbody></table>"


@pytest.mark.parametrize("cell", ["td", "th"])
def test_table_group_rows_are_areas(cell: str) -> None:
    """A spanning row naming a group (DataTables row grouping) is the area of the rows below."""
    page = _grouped_table(
        [("Kaliorang", ["Pertigaan", "Dermaga"]), ("Sangkulirang", ["Pelabuhan"])], cell
    )
    assert _areas(cameras(page)) == {
        "Pertigaan": "Kaliorang",
        "Dermaga": "Kaliorang",
        "Pelabuhan": "Sangkulirang",
    }


@pytest.mark.parametrize(
    "groups",
    [
        [("Kaliorang", ["Pertigaan", "Dermaga"])],  # one group only
        [("Kaliorang", ["Pertigaan"]), ("Sangkulirang", ["Pelabuhan"])],  # none of several
        [("Pertigaan", ["Pertigaan", "Dermaga"]), ("Sangkulirang", ["Pelabuhan"])],  # a name
    ],
)
def test_table_group_rows_that_group_nothing(groups: list[tuple[str, list[str]]]) -> None:
    """Group rows give no area without two groups, one of several rows, none a name."""
    assert all(camera.area is None for camera in cameras(_grouped_table(groups)))


def test_many_table_group_rows_are_bounded() -> None:
    """Thousands of group rows in a table give a bounded result."""
    groups = [(f"Kelompok {n}", [f"Titik {n} a", f"Titik {n} b"]) for n in range(1500)]
    found = cameras(_grouped_table(groups))
    assert 0 < len(found) <= 2001
    assert found[0].area == "Kelompok 0"
