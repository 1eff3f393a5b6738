"""Readers after holdout 25: icon-font ligatures in titles, Markdown check reports' tables,
towns with particles as a list's shared location, player pages opened with a timestamp,
tables placed by a kapanewon column whose row links a player page as its only media,
links labelled as showing a webcam ("View Webcams") to player pages under group headings."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import refreshed_still
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import parse_status

BASE = "https://cctv.kutim.example/kamera"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _cards(icon: str) -> str:
    card = (
        '<div class="card"><div class="card-content"><h4 class="card-title">{name} {icon}</h4>'
        '<video class="video-js"><source src="/hls/{slug}/index.m3u8" type="application/x-mpegURL">'
        "</video></div></div>"
    )
    return "".join(
        card.format(name=name, slug=slug, icon=icon)
        for name, slug in (("Simpang Sangatta", "sangatta"), ("Jalan Yos Sudarso", "yos"))
    )


@pytest.mark.parametrize(
    "icon",
    [
        '<i class="material-icons float-right">more_vert</i>',
        '<span class="material-symbols-outlined">videocam</span>',
        '<i class="material-icons-round right"> chevron_right </i>',
    ],
)
def test_an_icon_fonts_ligature_word_is_no_part_of_a_cards_name(icon: str) -> None:
    first, second = cameras(_cards(icon))
    assert (first.name, second.name) == ("Simpang Sangatta", "Jalan Yos Sudarso")
    assert first.stream_url == "https://cctv.kutim.example/hls/sangatta/index.m3u8"


@pytest.mark.parametrize(
    ("icon", "suffix"),
    [
        # Text of another icon class, or a sentence in a Material icon element, is text.
        ('<i class="fa fa-video">live_now</i>', "live_now"),
        ('<span class="material-icons-note">Timur</span>', "Timur"),
        ('<i class="material-icons">Arah Timur</i>', "Arah Timur"),
    ],
)
def test_text_that_is_no_ligature_stays_in_the_name(icon: str, suffix: str) -> None:
    first, _ = cameras(_cards(icon))
    assert first.name == f"Simpang Sangatta {suffix}"


def _report(heading: str, status: str, header: str = "Mountain") -> str:
    return (
        f"<h2>Test results</h2><h3>{heading}</h3><table><thead><tr><th>{header}</th>"
        "<th>Webcam</th><th>URL</th><th>Status</th></tr></thead><tbody>"
        "<tr><td><strong>Stevens Pass</strong></td><td>Base Area</td>"
        f"<td><code>https://cams.example/base.jpg</code></td><td>{status}</td></tr>"
        "<tr><td><strong>Mt. Baker</strong></td><td>Chair 8</td>"
        f"<td><code>https://cams.example/c8.jpg</code></td><td>{status}</td></tr>"
        "</tbody></table><h3>❌ Broken webcams</h3><table><thead><tr>"
        f"<th>{header}</th><th>Webcam</th><th>URL</th><th>Status</th></tr></thead><tbody>"
        "<tr><td><strong>Crystal</strong></td><td>Summit House</td>"
        "<td><code>https://cams.example/summit.jpg</code></td><td>❌ 403 Forbidden</td></tr>"
        "</tbody></table>"
    )


@pytest.mark.parametrize("header", ["Mountain", "Resort"])
def test_a_check_reports_table_gives_resort_webcam_and_http_reply(header: str) -> None:
    first, second, third = cameras(_report("✅ Working webcams", "✅ 200 OK", header))
    assert (first.name, first.area, first.online) == ("Base Area", "Stevens Pass", True)
    assert (second.name, second.area, second.snapshot_url) == (
        "Chair 8",
        "Mt. Baker",
        "https://cams.example/c8.jpg",
    )
    assert (third.name, third.area, third.online) == ("Summit House", "Crystal", False)


def test_a_heading_starting_with_a_state_mark_is_no_area() -> None:
    text = (
        "<h2>✔️ Reachable</h2><table><tr><th>Name</th><th>URL</th></tr>"
        "<tr><td>Harbour</td><td><code>https://cams.example/a.jpg</code></td></tr>"
        "<tr><td>Square</td><td><code>https://cams.example/b.jpg</code></td></tr></table>"
        "<h2>❌ Dead</h2><table><tr><th>Name</th><th>URL</th></tr>"
        "<tr><td>Yard</td><td><code>https://cams.example/c.jpg</code></td></tr></table>"
    )
    assert [(c.name, c.area) for c in cameras(text)] == [
        ("Harbour", None),
        ("Square", None),
        ("Yard", None),
    ]


def test_headings_without_a_mark_still_give_the_area() -> None:
    text = _report("Washington", "200 OK", "Webcam no").replace("❌ Broken webcams", "Oregon")
    assert [c.area for c in cameras(text)] == ["Washington", "Washington", "Oregon"]


@pytest.mark.parametrize(
    ("value", "state"),
    [
        ("✅ 200 OK", True),
        ("204 No Content", True),
        ("❌ 404 Not Found", False),
        ("503 Service Unavailable", False),
        ("✅ Online", True),
        ("✖️ offline", False),
    ],
)
def test_a_check_reports_state_is_read(value: str, state: bool) -> None:
    assert parse_status(value) is state


@pytest.mark.parametrize(
    "value", ["200", "❌", "✅", "301 Moved Permanently", "✅ Base Area", "404", "200 kB"]
)
def test_a_bare_code_a_redirect_or_a_mark_alone_states_nothing(value: str) -> None:
    assert parse_status(value) is None


def _town_list(towns: tuple[str, ...], url: str = "https://live.example/{n}/index.m3u8") -> str:
    rows = ",".join(
        f'{{"id": {n}, "name": "Cam {n}", "location": "{town}", "streamUrl": "{url.format(n=n)}"}}'
        for n, town in enumerate(towns, 1)
    )
    return f"[{rows}]"


def test_towns_joined_by_particles_are_the_shared_location_area() -> None:
    towns = ("Saint Jean de Luz", "Saint Jean de Luz", "Vilanova i la Geltrú", "Anglet")
    found = cameras(_town_list(towns), "https://surf.example/cams.json")
    assert [c.area for c in found] == list(towns)


@pytest.mark.parametrize(
    "town",
    [
        "Parking de la gare",  # a mounting place
        "Top of the Hill Road",  # an address
        "de Luz",  # a particle never starts a place
        "Saint Jean de la de Luz",  # three particles in a row
    ],
)
def test_other_locations_with_particles_stay_no_area(town: str) -> None:
    towns = (town, town, "Anglet")
    found = cameras(_town_list(towns), "https://surf.example/cams.json")
    assert [c.area for c in found] == [None, None, None]


def test_a_player_page_opened_with_a_timestamp_is_the_stream_not_a_still() -> None:
    url = "https://player.example/embeded/embeded.html?uuid=ab12&type=live&tsp=17&titletext="
    text = _town_list(("Anglet", "Anglet", "Biarritz"), url)
    first = cameras(text, "https://surf.example/cams.json")[0]
    assert (first.stream_url, first.snapshot_url) == (url.format(n=1), None)


@pytest.mark.parametrize(
    ("url", "still"),
    [
        ("https://player.example/embed/player.html?cam=3&ts=", False),
        ("https://player.example/live.htm?", False),
        ("https://cams.example/image/501?_=", True),
        ("https://cams.example/snapshot.php?t=", True),
    ],
)
def test_only_a_picture_address_is_a_refreshed_still(url: str, still: bool) -> None:
    assert refreshed_still(url) is still


def _table(third: str, header: str = "Kapanewon", column: str = "Siaran") -> str:
    return (
        f"<table><thead><tr><th>No</th><th>Lokasi</th><th>{header}</th><th>Info</th>"
        f"<th>{column}</th></tr></thead><tbody>"
        "<tr><td>1</td><td>Simpang Klodran</td><td>Bantul</td><td></td>"
        '<td><a href="https://cctv.example/live/klodran/index.m3u8">Lihat</a></td></tr>'
        "<tr><td>2</td><td>Pasar Imogiri</td><td>Imogiri</td><td></td>"
        '<td><a href="https://cctv.example/live/imogiri/index.m3u8">Lihat</a></td></tr>'
        f"<tr><td>3</td><td>Jembatan Srandakan</td><td>Srandakan</td>{third}</tr>"
        "</tbody></table>"
    )


@pytest.mark.parametrize("header", ["Kapanewon", "Kemantren", "Distrik"])
def test_a_regional_kecamatan_column_gives_the_area(header: str) -> None:
    found = cameras(_table("<td></td><td></td>", header))
    assert [(c.name, c.area) for c in found] == [
        ("Simpang Klodran", "Bantul"),
        ("Pasar Imogiri", "Imogiri"),
    ]


def test_a_player_page_linked_in_the_stream_column_is_the_rows_camera() -> None:
    third = '<td></td><td><a href="https://cctv.example/player/?cam=srandakan">Lihat</a></td>'
    found = cameras(_table(third))
    assert [(c.name, c.area, c.stream_url) for c in found][1:] == [
        ("Pasar Imogiri", "Imogiri", "https://cctv.example/live/imogiri/index.m3u8"),
        ("Jembatan Srandakan", "Srandakan", "https://cctv.example/player/?cam=srandakan"),
    ]


@pytest.mark.parametrize(
    "third",
    [
        # A player page in a column that gives no stream.
        '<td><a href="https://cctv.example/player/?cam=srandakan">Lihat</a></td><td></td>',
        # A page whose path names no player (the host alone says nothing).
        '<td></td><td><a href="https://cctv.example/berita/jembatan-srandakan/">Info</a></td>',
        # A map page is never a player.
        '<td></td><td><a href="https://cctv.example/live/map/">Peta</a></td>',
        # Two different player pages in one row.
        (
            '<td><a href="https://cctv.example/watch/a">A</a></td>'
            '<td><a href="https://cctv.example/watch/b">B</a></td>'
        ),
    ],
)
def test_other_links_of_a_row_without_media_give_no_camera(third: str) -> None:
    assert [c.name for c in cameras(_table(third))] == ["Simpang Klodran", "Pasar Imogiri"]


def _links(label: str, href: str = "https://{slug}-peak.camcloud.example/") -> str:
    block = (
        '<div class="mountain"><img alt="Logo" src="/img/{slug}.png">'
        '<div class="mountain-name"><p>{name}</p></div>'
        '<a class="btn" href="{href}">{label}</a></div>'
    )
    groups = {"Vermont": ("Jay Peak", "Mad River Glen"), "Maine": ("Sugarloaf",)}
    return '<nav><a href="/webcams.php">WebCams</a></nav>' + "".join(
        f"<h2>{state}</h2>"
        + "".join(
            block.format(
                name=name,
                slug=name.split()[0].lower(),
                label=label,
                href=href.format(slug=name.split()[0].lower()),
            )
            for name in names
        )
        for state, names in groups.items()
    )


@pytest.mark.parametrize("label", ["View Webcams", "Watch live cam", "Lihat CCTV", "Live Cam"])
def test_links_labelled_as_showing_a_webcam_are_player_pages(label: str) -> None:
    found = cameras(_links(label), "https://ski.example/webcams.php")
    assert [(c.name, c.area, c.stream_url) for c in found] == [
        ("Jay Peak", "Vermont", "https://jay-peak.camcloud.example/"),
        ("Mad River Glen", "Vermont", "https://mad-peak.camcloud.example/"),
        ("Sugarloaf", "Maine", "https://sugarloaf-peak.camcloud.example/"),
    ]


def test_a_same_site_link_needs_a_player_word_in_its_path() -> None:
    played = cameras(_links("View Webcams", "/player/{slug}"), "https://ski.example/webcams")
    assert [c.stream_url for c in played][:1] == ["https://ski.example/player/jay"]
    with pytest.raises(PortalFormatError):
        cameras(_links("View Webcams", "/resorts/{slug}"), "https://ski.example/webcams")


@pytest.mark.parametrize(
    "label", ["Snow Report", "Webcams", "View", "View all resorts and their webcams"]
)
def test_other_link_labels_give_no_camera(label: str) -> None:
    with pytest.raises(PortalFormatError):
        cameras(_links(label), "https://ski.example/webcams.php")


def test_webcam_links_stand_in_only_on_a_page_without_other_cameras() -> None:
    text = _links("View Webcams") + (
        '<div class="card"><h4>Base Lodge</h4><img src="https://ski.example/cams/base.jpg"></div>'
    )
    found = cameras(text, "https://ski.example/webcams.php")
    assert [c.snapshot_url for c in found] == ["https://ski.example/cams/base.jpg"]


def test_many_page_links_and_glyphs_stay_bounded() -> None:
    """A page of many labelled links, long labels and icon glyphs is read in bounded time."""
    link = (
        '<div class="c"><p class="name">Cam {n}</p><i class="material-icons">more_vert</i>'
        '<a href="https://c{n}.camcloud.example/">View Webcams</a>'
        '<a href="https://x.example/{n}">' + "watch " * 500 + "</a></div>"
    )
    text = "<h2>A</h2>" + "".join(link.format(n=n) for n in range(3000))
    found = cameras(text, "https://ski.example/webcams.php")
    assert 0 < len(found) <= 3001
