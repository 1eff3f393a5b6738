"""Deeply nested markup: element texts are read once, and nesting deeper than any page is flat.

Every open element used to receive each text piece read inside it (its heading, name, pill
or card text), and every open heading kept a copy of all the text below it, so elements
nested n deep cost n² time and memory. Their text is now read from the page's text pieces
when they close, at most a bounded part of it, and elements nested deeper than 256 levels
are read as the deepest open element's content. The CPU cost of the hostile cases here is
measured by ``scripts/bench_hostile.py``, never by the tests themselves.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/cctv/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    page = f"<html><body>{text}</body></html>"
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _card(name: str, key: str, state: str = "") -> str:
    badge = f'<span class="badge">{state}</span>' if state else ""
    return f'<div class="card"><h5>{name}</h5>{badge}<a href="/hls/{key}.m3u8">Lihat</a></div>'


def _summary(found: tuple[Camera, ...]) -> list[tuple[str, str | None, bool | None]]:
    return [(c.name, c.stream_url, c.online) for c in found]


def test_elements_closed_together_keep_their_texts() -> None:
    """An end tag closing several open elements still names the card by its heading."""
    found = cameras(
        '<div data-hls="/a.m3u8"><h5>Simpang <b>Tiga</div>'
        '<div data-hls="/b.m3u8"><h5>Kabo</h5></div>'
    )
    assert [c.name for c in found] == ["Simpang Tiga", "Kabo"]


def test_a_card_text_too_long_for_a_name_names_nothing() -> None:
    """A card whose only text is a long paragraph is not named by it (nor by a part of it)."""
    found = cameras(
        '<div data-hls="/a.m3u8"><p>' + "kata " * 2000 + "</p></div>"
        '<div data-hls="/b.m3u8"><h5>Kabo</h5></div>'
    )
    assert len(found) == 2
    assert "kata" not in found[0].name
    assert found[1].name == "Kabo"


def test_cards_deep_in_wrappers_are_read_whole() -> None:
    """A card 200 levels deep (below the nesting bound) keeps its name, state and stream."""
    found = cameras("<div>" * 200 + _card("Simpang Tiga", "a", "Online") + "</div>" * 200)
    assert _summary(found) == [("Simpang Tiga", BASE.replace("cctv/", "") + "hls/a.m3u8", True)]


def test_end_tags_of_unopened_deep_elements_close_nothing_else() -> None:
    """Elements past the nesting bound are matched by their own end tags, not open ones."""
    deep = "<section>" + "<div>" * 300 + "x" + "</div>" * 300 + "</section>"
    found = cameras(
        "<section><h2>Sangatta Utara</h2>"
        + deep
        + _card("Simpang Tiga", "a", "Offline")
        + _card("Kabo", "b", "Online")
        + "</section><section><h2>Bengalon</h2>"
        + _card("Pasar", "c")
        + _card("Pelabuhan", "d")
        + "</section>"
    )
    assert [(c.name, c.area, c.online) for c in found] == [
        ("Simpang Tiga", "Sangatta Utara", False),
        ("Kabo", "Sangatta Utara", True),
        ("Pasar", "Bengalon", None),
        ("Pelabuhan", "Bengalon", None),
    ]


@pytest.mark.parametrize(
    ("unit", "closing"),
    [
        ("<span>Online ", ""),
        ("<h5>Simpang ", ""),
        ("<li class='nama'>Kabo ", ""),
        ("<label>Kecamatan ", ""),
        ("<h3>Bengalon ", ""),
        ("<span>Online ", "</span>"),
        ("<h5>Simpang ", "</h5>"),
    ],
    ids=["pills", "headings", "names", "labels", "leads", "pills-closed", "headings-closed"],
)
def test_deep_text_elements_after_a_camera_leave_it_alone(unit: str, closing: str) -> None:
    """Thousands of nested text elements after a camera neither hide nor rename it."""
    found = cameras(_card("Simpang Tiga", "a") + unit * 5000 + closing * 5000)
    assert [(c.name, c.stream_url) for c in found] == [
        ("Simpang Tiga", "https://portal.kutim.example/hls/a.m3u8")
    ]


def test_deeply_nested_text_elements_are_bounded() -> None:
    """Nested pills, headings, names, labels and links 10,000 deep are read in linear time."""
    for unit in ("<span>Online ", "<h5>x", "<li class='nama'>x", "<label>x", "<h3>x"):
        with pytest.raises(PortalFormatError, match="No camera list found"):
            cameras(unit * 10000)
    for unit in ("<div><a href='/a.m3u8'>x", "<div data-hls='/a.m3u8'>x", "<video src='/a.m3u8'>"):
        found = cameras(unit * 10000)
        # The nested copies of one address are one camera.
        assert [c.stream_url for c in found] == ["https://portal.kutim.example/a.m3u8"]


def test_a_page_of_too_many_elements_is_read_in_part() -> None:
    """Past 150,000 start tags a page is read no further: what was read counts, marked capped.

    A capped list removes no camera it does not list (the coordinator's rule), so the
    cameras past the cut are kept as they were, not dropped.
    """
    filler = "<b>x</b>" * 150_000
    page = (
        "<html><body>"
        + _card("Simpang Tiga", "a", "Online")
        + _card("Kabo", "b", "Offline")
        + filler
        + _card("Pasar", "c")
        + "</body></html>"
    )
    result = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert [(c.name, c.online) for c in result.cameras] == [("Simpang Tiga", True), ("Kabo", False)]
    assert result.capped
    assert any("more than 150000 elements" in warning for warning in result.warnings)
    whole = parse_body(
        "<html><body>" + _card("Simpang Tiga", "a") + "<b>x</b>" * 1000 + _card("Pasar", "c"),
        profile=Profile.AUTO,
        base_url=BASE,
        prettify=False,
    )
    assert [c.name for c in whole.cameras] == ["Simpang Tiga", "Pasar"]
    assert not whole.capped


@pytest.mark.parametrize(
    "element",
    [
        '<video src="/hls/a.m3u8" title="Simpang Tiga"></video>',
        '<a href="/hls/a.m3u8" title="Simpang Tiga">Lihat</a>',
        '<iframe src="/hls/a.m3u8" title="Simpang Tiga"></iframe>',
    ],
    ids=["video", "link", "frame"],
)
def test_media_nested_past_the_bound_is_still_read(element: str) -> None:
    """A player, a stream link or a frame 400 levels deep is still a camera."""
    found = cameras("<div>" * 400 + element + "</div>" * 400 + _card("Kabo", "b"))
    assert [(c.name, c.stream_url) for c in found] == [
        ("Simpang Tiga", "https://portal.kutim.example/hls/a.m3u8"),
        ("Kabo", "https://portal.kutim.example/hls/b.m3u8"),
    ]
