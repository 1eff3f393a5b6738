"""A start tag crowded with attributes is cut down before the HTML parser sees it."""

from __future__ import annotations

import contextlib
import tracemalloc

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import decode_body, parse_body
from custom_components.kutim_cctv.portal.parsing.tagbound import (
    KEPT_TAG_ATTRIBUTES,
    MAX_LINK,
    MAX_TAG_ATTRIBUTES,
    CappedScanner,
    absolute_link,
    bound_tag_attributes,
    feed_in_pieces,
)

from .corpus import SPLITS, cases

BASE = "https://cctv.kutim.example/"
# Attribute spellings the standard parser's tolerant grammar accepts.
SPELLINGS = {
    "quoted": 'data-x="1" ',
    "single-quoted": "data-x='1' ",
    "bare": "data-x=1 ",
    "no-value": "x ",
    "slashes": "x/",
    "packed-quotes": 'x="1"',
    "double-equals": "x==1 ",
    "newlines": "x\n",
}


def _parse(text: str) -> list[tuple[str, str | None]]:
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return [(camera.name, camera.stream_url) for camera in result.cameras]


@pytest.mark.parametrize("spelling", SPELLINGS.values(), ids=SPELLINGS.keys())
@pytest.mark.parametrize("count", [MAX_TAG_ATTRIBUTES, 5 * MAX_TAG_ATTRIBUTES])
def test_a_crowded_tag_keeps_its_first_attributes(spelling: str, count: int) -> None:
    """Every spelling is counted; the tag keeps its name and first attributes only."""
    tag = '<video id="v1" src="/hls/a.m3u8" ' + spelling * count + ">"
    bounded, cut = bound_tag_attributes("<p>x</p>" + tag + "<p>y</p>")
    assert cut == 1
    assert bounded.startswith('<p>x</p><video id="v1" src="/hls/a.m3u8"')
    assert bounded.endswith("><p>y</p>")
    # Two named attributes plus the filler kept, nothing more.
    assert len(bounded) < 200 + KEPT_TAG_ATTRIBUTES * len(spelling)


@pytest.mark.parametrize("spelling", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_a_tag_under_the_limit_is_left_alone(spelling: str) -> None:
    """A tag with fewer attributes than the limit is not touched, nor the page."""
    page = "<div " + spelling * (MAX_TAG_ATTRIBUTES - 1) + ">x</div>" * 3
    bounded, cut = bound_tag_attributes(page)
    assert cut == 0
    assert bounded is page


def test_every_crowded_tag_is_cut_and_the_cameras_around_them_are_read() -> None:
    """Several hostile tags are cut; the cards between them still give their cameras."""
    crowd = "<span " + "a " * (3 * MAX_TAG_ATTRIBUTES) + ">"
    cards = "".join(
        f'{crowd}<div class="card"><h5>Simpang {n}</h5>'
        f'<video src="/hls/s{n}/index.m3u8"></video></div>'
        for n in range(3)
    )
    page = f"<html><body>{cards}</body></html>"
    bounded, cut = bound_tag_attributes(page)
    assert cut == 3
    assert [name for name, _ in _parse(page)] == ["Simpang 0", "Simpang 1", "Simpang 2"]
    assert _parse(page) == _parse(bounded)


def test_the_kept_attributes_still_describe_the_camera() -> None:
    """A crowded player tag still gives its stream from its first attributes."""
    page = (
        "<html><body><h1>Bundaran Kabo</h1>"
        '<video src="/hls/kabo/index.m3u8" ' + 'data-pad="0" ' * 20_000 + "></video>"
        "</body></html>"
    )
    assert _parse(page) == [("Bundaran Kabo", BASE + "hls/kabo/index.m3u8")]


def test_no_corpus_page_is_changed() -> None:
    """No real page in the corpus has a tag crowded enough to be cut."""
    pages = 0
    for split in SPLITS:
        for case in cases(split):
            text = decode_body(case.path.read_bytes())
            if "<" not in text:
                continue
            pages += 1
            bounded, cut = bound_tag_attributes(text)
            assert cut == 0, case.name
            assert bounded is text
    assert pages > 100


@pytest.mark.parametrize("spelling", ['data-x="1" ', "x ", "x/"], ids=["quoted", "bare", "slash"])
def test_a_page_of_one_crowded_tag_costs_little_memory(spelling: str) -> None:
    """8 MiB of one tag's attributes costs a small multiple of its size, not gigabytes."""
    size = 8 << 20
    page = "<div " + spelling * (size // len(spelling)) + ">"
    tracemalloc.start()
    try:
        # A page without cameras is a clear error; the memory is what is checked.
        with contextlib.suppress(PortalFormatError):
            parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * size, peak


PAGE = "https://cctv.kutim.example/daftar/index.html"


@pytest.mark.parametrize("web_only", [True, False])
@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://atcs.kutim.example/live/7", "https://atcs.kutim.example/live/7"),
        ("  /cctv/live/7 ", "https://cctv.kutim.example/cctv/live/7"),
        ("kamera/3.jpg", "https://cctv.kutim.example/daftar/kamera/3.jpg"),
        ("//cdn.kutim.example/a.m3u8", "https://cdn.kutim.example/a.m3u8"),
    ],
)
def test_a_link_is_resolved_against_the_page(web_only: bool, link: str, expected: str) -> None:
    assert absolute_link(PAGE, link, web_only=web_only) == expected


@pytest.mark.parametrize("web_only", [True, False])
@pytest.mark.parametrize(
    "link",
    [
        None,
        "",
        "javascript:play(7)",
        " JavaScript:void(0)",
        "data:image/png;base64,AAAA",
        "about:blank",
        "blob:https://cctv.kutim.example/1234",
        "http://[::1",  # no address can be made of it
    ],
)
def test_a_script_data_or_broken_link_is_refused(web_only: bool, link: str | None) -> None:
    assert absolute_link(PAGE, link, web_only=web_only) is None


@pytest.mark.parametrize("link", ["mailto:humas@kutim.example", "rtsp://cam.example/1", "ftp://x/"])
def test_a_link_off_the_web_is_refused_only_when_web_only(link: str) -> None:
    assert absolute_link(PAGE, link, web_only=True) is None
    assert absolute_link(PAGE, link, web_only=False) == link


def test_a_blank_link_is_the_page_itself_unless_web_only() -> None:
    assert absolute_link(PAGE, "   ", web_only=True) is None
    assert absolute_link(PAGE, "   ", web_only=False) == PAGE
    assert absolute_link("", "/cctv/1", web_only=True) is None  # no page to resolve against
    assert absolute_link("", "/cctv/1", web_only=False) == "/cctv/1"


def test_a_long_link_is_cut_before_it_is_resolved() -> None:
    link = "https://cctv.kutim.example/" + "a" * (3 * MAX_LINK)
    resolved = absolute_link(PAGE, "  " + link, web_only=True)
    assert resolved == link[:MAX_LINK]


class _Counter(CappedScanner):
    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.admit_element():
            return
        self.tags.append(tag)
        if tag == "stop":
            self.stop()


def test_a_capped_scanner_reads_its_cap_of_elements_and_no_more() -> None:
    scanner = _Counter(3)
    scanner.feed("<a><b><c>")
    assert (scanner.tags, scanner.elements, scanner.done) == (["a", "b", "c"], 3, False)
    scanner.feed("<d><e>")
    assert (scanner.tags, scanner.elements, scanner.done) == (["a", "b", "c"], 4, True)


def test_a_capped_scanner_is_fed_no_more_once_done() -> None:
    scanner = _Counter(5)
    page = "<x>" * 5 + "<y>" * 200_000  # several feeding pieces
    feed_in_pieces(scanner, page)
    assert scanner.tags == ["x"] * 5
    assert scanner.done
    assert scanner.elements == 6


def test_a_stopped_scanner_reads_nothing_more() -> None:
    scanner = _Counter(100)
    scanner.feed("<a><stop><b><c>")
    assert scanner.tags == ["a", "stop"]
    assert scanner.done
    assert scanner.elements == 2
