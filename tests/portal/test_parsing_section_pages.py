"""A page of one numbered section among its site's section pages: the section is the area."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

SITE = "https://ttv.port.example"


def cameras(text: str, base: str = f"{SITE}/cctv-group/3") -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _menu(entries: list[tuple[str, str]]) -> str:
    links = "".join(f'<li><a href="{SITE}{path}">{label}</a></li>' for path, label in entries)
    return f'<ul class="notes-menu"><li><a href="#">All Camera</a></li>{links}</ul>'


_GROUPS = [
    ("/cctv-group/1", "Gerbang Utama"),
    ("/cctv-group/2", "Dermaga Peti Kemas"),
    ("/cctv-group/3", "Dermaga Curah Cair"),
]


def _card(key: str, name: str) -> str:
    return (
        '<div class="col-md-4 note"><div class="card"><video class="video-js" controls>'
        f'<source src="https://media.port.example/{key}/index.m3u8" type="application/x-mpegURL">'
        f'</video><h5 class="card-liner-subtitle">{name}</h5></div></div>'
    )


def _page(heading: str, menu: str, *cards: str) -> str:
    return (
        f'<html><body><div class="row"><div class="sub-header"><h4>{heading}</h4></div></div>'
        f'<div class="row"><div class="col-2">{menu}</div>'
        f'<div class="col-10"><div class="row notes">{"".join(cards)}</div></div></div>'
        "</body></html>"
    )


def _areas(found: tuple[Camera, ...]) -> dict[str | None, str | None]:
    return {c.raw_name: c.area for c in found}


def test_heading_naming_this_pages_menu_entry_is_the_area() -> None:
    """'Camera Group Dermaga Curah Cair' on /cctv-group/3, linked so in the menu."""
    page = _page(
        'Camera Group <span class="text-info">Dermaga Curah Cair</span>',
        _menu(_GROUPS),
        _card("jetty-1", "Jetty 1"),
        _card("jetty-2", "Jetty 2"),
    )
    assert _areas(cameras(page)) == {
        "Jetty 1": "Dermaga Curah Cair",
        "Jetty 2": "Dermaga Curah Cair",
    }


def test_heading_equal_to_the_entry_with_a_trailing_slash() -> None:
    """A heading that is the entry itself; the page's address may end with a slash."""
    page = _page("Dermaga Curah Cair", _menu(_GROUPS), _card("a", "Jetty 1"), _card("b", "Jetty 2"))
    found = cameras(page, base=f"{SITE}/cctv-group/3/")
    assert set(_areas(found).values()) == {"Dermaga Curah Cair"}


def test_menu_without_this_page_names_no_area() -> None:
    """A menu linking only other groups' pages says nothing of the group shown."""
    page = _page(
        "Camera Group Dermaga Curah Cair",
        _menu(_GROUPS[:2]),
        _card("a", "Jetty 1"),
        _card("b", "Jetty 2"),
    )
    assert set(_areas(cameras(page)).values()) == {None}


def test_heading_naming_another_entry_names_no_area() -> None:
    """The page's own entry must be the one its heading names."""
    page = _page("Camera Group Gerbang Utama", _menu(_GROUPS), _card("a", "A1"), _card("b", "A2"))
    assert set(_areas(cameras(page)).values()) == {None}


def test_pages_of_words_are_no_numbered_sections() -> None:
    """A site menu of word pages (/info/berita, /info/cctv) is no menu of sections."""
    menu = _menu([("/info/berita", "Berita"), ("/info/cctv", "CCTV"), ("/info/kontak", "Kontak")])
    page = _page("Pantauan CCTV", menu, _card("a", "Simpang Kabo"), _card("b", "Pasar Induk"))
    assert set(_areas(cameras(page, base=f"{SITE}/info/cctv")).values()) == {None}


def test_fragment_links_are_no_entry_of_this_page() -> None:
    """Links to '#' (a breadcrumb, 'All Camera') never name the section shown."""
    menu = _menu(_GROUPS[:2]) + '<a href="#">Dermaga Curah Cair</a>'
    page = _page("Camera Group Dermaga Curah Cair", menu, _card("a", "Jetty 1"), _card("b", "J2"))
    assert set(_areas(cameras(page)).values()) == {None}


def test_page_of_one_camera_is_not_its_area() -> None:
    """A single camera's page, its menu entry naming the camera, gives it no area."""
    menu = _menu([("/kamera/1", "Simpang Kabo"), ("/kamera/2", "Pasar Induk")])
    page = _page("CCTV Simpang Kabo", menu, _card("a", "Simpang Kabo"))
    assert _areas(cameras(page, base=f"{SITE}/kamera/1")) == {"Simpang Kabo": None}
