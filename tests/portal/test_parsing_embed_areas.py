"""Player-frame cards take their areas from badges, place fields and group headings."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/cams"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _frame(key: str) -> str:
    return f'<iframe src="https://rtsp.kutim.example/embed/{key}/" allowfullscreen></iframe>'


def _webflow(*cams: tuple[str, str, str]) -> str:
    items = "".join(
        f'<div role="listitem" class="cam-item w-dyn-item"><div class="cam-card">'
        f'<div class="cam-embed w-embed w-iframe">{_frame(key)}</div>'
        f'<div class="cam-meta"><h3 class="cam-name">{name}</h3>'
        f'<div class="cam-region">{region}</div></div></div></div>'
        for key, name, region in cams
    )
    return f'<div class="w-dyn-list"><div role="list" class="w-dyn-items">{items}</div></div>'


def _places(found: tuple[Camera, ...]) -> list[tuple[str, str | None]]:
    return [(c.raw_name, c.area) for c in found]


def test_collection_item_region_field_is_the_area() -> None:
    """A CMS item's region field beside its player frame is that camera's area."""
    page = _webflow(
        ("a1", "Pantai Teluk Lombok", "Sangatta Selatan"), ("b2", "Tanjung", "Sandaran")
    )
    assert _places(cameras(page)) == [
        ("Pantai Teluk Lombok", "Sangatta Selatan"),
        ("Tanjung", "Sandaran"),
    ]


def test_map_pin_line_is_the_area() -> None:
    """A line led by a map-pin icon in a frame's card names its place."""
    card = (
        '<div class="card"><div class="ratio">{frame}</div><h3>{name}</h3>'
        '<p class="meta"><svg class="lucide lucide-map-pin"></svg>{place}</p></div>'
    )
    page = "".join(
        card.format(frame=_frame(key), name=name, place=place)
        for key, name, place in (("a", "Goa Tewet", "Sangkulirang"), ("b", "Kabo", "Sangatta"))
    )
    assert _places(cameras(page)) == [("Goa Tewet", "Sangkulirang"), ("Kabo", "Sangatta")]


def test_headings_over_groups_of_frames_are_areas() -> None:
    """Headings introducing groups of captioned frames give them their areas."""
    figure = '<figure class="wp-block-embed">{frame}<figcaption>{name}</figcaption></figure>'
    page = "<article><h1 class='entry-title'>CCTV</h1><div class='entry-content'>"
    for heading, cams in (
        ("Sangatta Utara", (("a", "Simpang Tiga"), ("b", "Yos Sudarso"))),
        ("Teluk Pandan", (("c", "Gerbang TNK"),)),
    ):
        page += f"<h2>{heading}</h2>" + "".join(
            figure.format(frame=_frame(key), name=name) for key, name in cams
        )
    page += "</div></article>"
    assert _places(cameras(page)) == [
        ("Simpang Tiga", "Sangatta Utara"),
        ("Yos Sudarso", "Sangatta Utara"),
        ("Gerbang TNK", "Teluk Pandan"),
    ]


def test_one_shared_region_gives_no_area() -> None:
    """Cards all naming one place (a site-wide label) give no area."""
    page = _webflow(("a1", "Pantai", "Pantai"), ("b2", "Tanjung", "Pantai"))
    assert [c.area for c in cameras(page)] == [None, None]


def test_badge_naming_a_camera_gives_no_area() -> None:
    """A badge repeating a camera's own name is no area."""
    page = _webflow(("a1", "Pantai", "Tanjung"), ("b2", "Tanjung", "Pantai"))
    assert [c.area for c in cameras(page)] == [None, None]


def test_label_above_several_frames_is_not_one_cards_badge() -> None:
    """A region line in a block holding two frames belongs to neither frame."""
    page = (
        f'<div class="block">{_frame("a")}{_frame("b")}<div class="cam-region">Bengalon</div></div>'
        f'<div class="block">{_frame("c")}<div class="cam-region">Kaliorang</div></div>'
    )
    found = cameras(page)
    assert [c.area for c in found[:2]] == [None, None]


def test_many_frame_cards_are_bounded() -> None:
    """A page of thousands of frame cards is read in bounded time."""
    cams = tuple((f"k{n}", f"Kamera {n}", f"Wilayah {n % 7}") for n in range(3000))
    found = cameras(_webflow(*cams))
    assert found
    assert found[1].area == "Wilayah 1"
