"""Every real-shaped player page of the corpus gives exactly what a reader of it would say.

Each page under ``fixtures/player_pages/`` has a ``<name>.expected.json`` written by
reading the page: the page it is modelled on (``source``), the address it was served
from (``base_url``), and the playlist it plays, the one page it frames, or whether it
names several playlists. A page the reader cannot get right yet keeps its true
expectation and says so in ``known_miss``, with ``missed_as``: what the reader gives
instead, which this test holds it to, so a change in either direction is seen.
"""

from __future__ import annotations

from dataclasses import dataclass
import json
from pathlib import Path
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.playerpage import PageFinding, find_page_stream

PAGES = Path(__file__).parent / "fixtures" / "player_pages"


@dataclass(frozen=True)
class PlayerPage:
    """One page of the corpus and what reading it gives."""

    name: str
    text: str
    base_url: str
    expected: PageFinding
    known_miss: str | None
    missed_as: PageFinding | None


def _finding(data: dict[str, Any]) -> PageFinding:
    assert set(data) == {"stream", "frame", "several"}, data
    assert data["stream"] is None or isinstance(data["stream"], str)
    assert data["frame"] is None or isinstance(data["frame"], str)
    assert isinstance(data["several"], bool)
    return PageFinding(stream=data["stream"], frame=data["frame"], several=data["several"])


def _pages() -> list[PlayerPage]:
    pages = []
    for html in sorted(PAGES.glob("*.html")):
        name = html.name.removesuffix(".html")
        data = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
        expected = _finding({k: data[k] for k in ("stream", "frame", "several")})
        missed_as = data.get("missed_as")
        pages.append(
            PlayerPage(
                name=name,
                text=html.read_text(encoding="utf-8"),
                base_url=data["base_url"],
                expected=expected,
                known_miss=data.get("known_miss"),
                missed_as=None if missed_as is None else _finding(missed_as),
            )
        )
    return pages


PLAYER_PAGES = _pages()


def test_the_corpus_is_large_and_every_page_is_described() -> None:
    """At least 15 pages; every page has an expectation and every expectation a page."""
    assert len(PLAYER_PAGES) >= 15
    htmls = {p.name for p in PLAYER_PAGES}
    expecteds = {p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json")}
    assert htmls == expecteds
    for page in PLAYER_PAGES:
        data = json.loads((PAGES / f"{page.name}.expected.json").read_text(encoding="utf-8"))
        assert data["source"].strip(), page.name
        assert page.base_url.startswith(("http://", "https://")), page.name
        # A known miss names its reason and how it misses; nothing else does.
        assert (page.known_miss is None) == (page.missed_as is None), page.name
        assert page.missed_as != page.expected, page.name
    # Both outcomes and every kind of answer are covered.
    assert any(p.expected.stream for p in PLAYER_PAGES)
    assert any(p.expected.frame for p in PLAYER_PAGES)
    assert any(p.expected.several for p in PLAYER_PAGES)
    assert any(p.expected == PageFinding() for p in PLAYER_PAGES)


@pytest.mark.parametrize("page", PLAYER_PAGES, ids=[p.name for p in PLAYER_PAGES])
def test_player_page_reads_as_a_reader_would(page: PlayerPage) -> None:
    """The page gives its expected finding, or, for a known miss, exactly its known miss."""
    found = find_page_stream(page.text, page.base_url)
    if page.missed_as is None:
        assert found == page.expected
    else:
        assert found == page.missed_as, f"{page.name} no longer misses: {page.known_miss}"
        assert found != page.expected
