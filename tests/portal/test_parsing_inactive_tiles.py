"""A webcam wall's inactive tile whose only media is its webcam page (``inactivetiles``)."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.inactivetiles import (
    _MAX_OPEN,
    _Scanner,
    inactive_tiles,
)

BASE = "https://www.resort.example/webcams/"
CDN = "https://cdn.resort.example/webcams"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a text body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def tile(code: str, name: str, *, picture: bool = True, state: str = "", href: str = "") -> str:
    """One tile of the wall: a link to the webcam's page around its picture and title."""
    link = href or f"/webcams/c{code}/"
    inner = (
        f'<img class="webcamimage" src="{CDN}/{code}.jpg" alt="{name}">'
        if picture
        else '<div class="noimage">Kein aktuelles Bild</div>'
    )
    classes = f"webcams-item {state}".strip()
    return (
        f'<div class="{classes}" data-id="{code}"><a href="{link}">{inner}'
        f'<div class="title">{name}</div></a></div>'
    )


def page(*tiles: str) -> str:
    """A webcam overview page holding the tiles beside navigation links."""
    return (
        '<html><body><nav><a href="/webcams/">Webcams</a><a href="/wetter/">Wetter</a></nav>'
        f'<div class="webcams-grid">{"".join(tiles)}</div>'
        '<ul><li><a href="/other-resort/webcams/">Other resort</a></li></ul></body></html>'
    )


ACTIVE = (tile("1310", "Tracouet"), tile("1311", "Siviez"))


def test_an_inactive_tile_gives_its_webcam_page_offline() -> None:
    found = {
        c.name: c
        for c in cameras(
            page(*ACTIVE, tile("6340", "Plan", picture=False, state="webcams-item--inactive"))
        )
    }
    assert set(found) == {"Tracouet", "Siviez", "Plan"}
    plan = found["Plan"]
    assert plan.stream_url == "https://www.resort.example/webcams/c6340/"
    assert plan.snapshot_url is None
    assert plan.online is False
    assert plan.id == "6340"
    assert found["Tracouet"].stream_url is None


def test_state_classes_alone_or_as_modifiers() -> None:
    for state in ("is-offline", "offline", "webcams-item--disabled", "cam_unavailable"):
        names = {
            c.name for c in cameras(page(*ACTIVE, tile("7", "Plan", picture=False, state=state)))
        }
        assert "Plan" in names, state


def test_a_tile_without_a_state_class_is_no_camera() -> None:
    names = {c.name for c in cameras(page(*ACTIVE, tile("7", "Plan", picture=False)))}
    assert names == {"Tracouet", "Siviez"}


def test_an_inactive_tile_linking_another_shape_is_no_camera() -> None:
    for href in (
        "/webcams/",
        "/webcams/c7/archive/",
        "https://other.example/webcams/c7/",
        "/wetter/c7/",
    ):
        text = page(*ACTIVE, tile("7", "Plan", picture=False, state="inactive", href=href))
        assert {c.name for c in cameras(text)} == {"Tracouet", "Siviez"}, href


def test_one_read_tile_is_no_wall() -> None:
    text = page(
        ACTIVE[0], tile("7", "Plan", picture=False, state="inactive"), tile("8", "X", picture=False)
    )
    assert {c.name for c in cameras(text)} == {"Tracouet"}


def test_query_keyed_pages_are_one_shape() -> None:
    tiles = [
        tile("A1", "Geyser", href="/media/webcam/view.htm?id=A1"),
        tile("B2", "Springs", href="/media/webcam/view.htm?id=B2"),
        tile(
            "C3", "Summit", picture=False, state="is-inactive", href="/media/webcam/view.htm?id=C3"
        ),
        tile(
            "D4", "Lake", picture=False, state="is-inactive", href="/media/webcam/other.htm?id=D4"
        ),
    ]
    found = {c.name: c for c in cameras(page(*tiles))}
    assert set(found) == {"Geyser", "Springs", "Summit"}
    assert found["Summit"].stream_url == "https://www.resort.example/media/webcam/view.htm?id=C3"


def test_a_tile_naming_nothing_is_not_read() -> None:
    blank = (
        '<div class="webcams-item inactive" data-id="9"><a href="/webcams/c9/">'
        '<div class="noimage">-</div></a></div>'
    )
    assert {c.name for c in cameras(page(*ACTIVE, blank))} == {"Tracouet", "Siviez"}


def test_a_name_inside_unclassed_inline_elements_keeps_its_class() -> None:
    down = (
        '<div class="webcams-item inactive" data-id="9"><a href="/webcams/c9/">'
        '<div class="noimage">-</div><div class="title"><span><b>Plan</b></span></div>'
        "</a></div>"
    )
    found = {c.name: c for c in cameras(page(*ACTIVE, down))}
    assert set(found) == {"Tracouet", "Siviez", "Plan"}
    assert found["Plan"].stream_url == "https://www.resort.example/webcams/c9/"
    assert found["Plan"].online is False


def test_a_deeply_nested_page_stays_bounded() -> None:
    """Thousands of unclosed elements: the open ones are capped, each text read once."""
    read = list(cameras(page(*ACTIVE)))
    assert {c.name for c in read} == {"Tracouet", "Siviez"}
    deep = "<b>" * 20_000 + "x<br>" * 20_000
    late = tile("9", "Plan", picture=False, state="inactive")
    text = page(*ACTIVE).replace("</body>", f"{deep}{late}<p class='offline'></p></body>")
    # The tile opened past the cap of open elements is not read.
    assert inactive_tiles(text, BASE, read) == []
    scanner = _Scanner(BASE)
    scanner.feed(text)
    scanner.close()
    assert len(scanner._stack) == _MAX_OPEN
    assert [e.key for e in scanner.elements] == [
        ("div", "webcams-grid"),
        *[("div", "webcams-item"), ("div", "title")] * 2,
    ]
    # The same tile before the deep run is read as before.
    early = page(*ACTIVE, late).replace("</body>", f"{deep}</body>")
    assert inactive_tiles(early, BASE, read) == [
        {
            "name": "Plan",
            "stream": "https://www.resort.example/webcams/c9/",
            "status": "offline",
            "id": "9",
        }
    ]


def _wall(href: str) -> str:
    """A wall of two read tiles and a down one, all linking pages of ``href``'s shape."""
    return page(
        tile("1", "Gipfel", href=href.format(1)),
        tile("2", "Tal", href=href.format(2)),
        tile("3", "Piste", picture=False, state="is-offline", href=href.format(3)),
    )


def _down_pages(text: str, base_url: str = BASE) -> list[tuple[str, str | None, bool | None]]:
    return [(c.name, c.stream_url, c.online) for c in cameras(text, base_url) if not c.snapshot_url]


def test_a_login_in_a_tile_link_is_dropped_and_a_token_kept() -> None:
    login = _wall("/webcams/view?cam={}&user=admin&pwd=12345")
    assert _down_pages(login) == [("Piste", "https://www.resort.example/webcams/view?cam=3", False)]
    read = [c for c in cameras(login) if c.snapshot_url]
    assert inactive_tiles(login, BASE, read) == [
        {
            "name": "Piste",
            "stream": "https://www.resort.example/webcams/view?cam=3",
            "status": "offline",
            "id": "3",
        }
    ]
    token = _wall("https://www.resort.example/webcams/view?cam={}&token=abc123")
    assert _down_pages(token) == [
        ("Piste", "https://www.resort.example/webcams/view?cam=3&token=abc123", False)
    ]
    # A login written before the host is no page of the wall's shape.
    userinfo = _wall("https://admin:12345@www.resort.example/webcams/c{}/")
    assert _down_pages(userinfo) == []
    assert inactive_tiles(userinfo, BASE, list(cameras(userinfo))) == []


def test_a_public_page_names_no_lan_tile_page() -> None:
    for href in (
        "http://192.168.1.20/webcams/c{}/",
        "http://127.0.0.1/webcams/c{}/",
        "http://localhost/webcams/c{}/",
        "http://169.254.169.254/webcams/c{}/",
        "http://[::1]/webcams/c{}/",
        "http://cam.local/webcams/c{}/",
    ):
        text = _wall(href)
        assert _down_pages(text) == [], href
        read = [c for c in cameras(text) if c.snapshot_url]
        assert {c.name for c in read} == {"Gipfel", "Tal"}, href
        assert inactive_tiles(text, BASE, read) == [], href


def test_a_lan_page_reads_its_own_lan_tiles() -> None:
    lan = "http://192.168.1.5/webcams/"
    text = _wall("/webcams/c{}/")
    assert _down_pages(text, lan) == [("Piste", "http://192.168.1.5/webcams/c3/", False)]


def test_script_and_style_text_names_no_tile() -> None:
    code = "<script>alert(1)</script><style>.title{color:red}</style>Piste"
    text = page(*ACTIVE, tile("3", code, picture=False, state="unavailable"))
    found = {c.name: c for c in cameras(text)}
    assert set(found) == {"Tracouet", "Siviez", "Piste"}
    assert found["Piste"].stream_url == "https://www.resort.example/webcams/c3/"
    assert found["Piste"].online is False
    # A title holding only code names nothing: the tile is not read.
    only = page(
        *ACTIVE, tile("4", "<script>var name = 'Plan';</script>", picture=False, state="inactive")
    )
    assert {c.name for c in cameras(only)} == {"Tracouet", "Siviez"}
    # The text after a script's end is read again.
    after = page(
        *ACTIVE, tile("5", "Plan <script>x()</script>Nord", picture=False, state="inactive")
    )
    assert "Plan Nord" in {c.name for c in cameras(after)}
