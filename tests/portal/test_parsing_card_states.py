"""A card's state belongs to its own camera, never to the other card beside it.

A row of two cards holds two pieces, as one card holding a still and its stream does;
only the second is one camera's card, so a state written in one of two cards (a pill, a
badge, a status attribute) must not be read as the other's.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/"


def cameras(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _grid(*cards: tuple[str, str, str]) -> str:
    parts = [
        f'<div class="col"><div class="card"{attributes}><img src="/snap/{n}.jpg" alt="">'
        f'<div class="card-body"><h5 class="card-title">{title}</h5>'
        f'<p class="card-text"><small>{line}</small></p></div></div></div>'
        for n, (title, line, attributes) in enumerate(cards, start=1)
    ]
    return f'<html><body><div class="row">{"".join(parts)}</div></body></html>'


@pytest.mark.parametrize(
    ("first", "second", "states"),
    [
        (("Simpang Lima", "Online", ""), ("Pasar Induk", "", ""), [True, None]),
        (("Simpang Lima", "", ""), ("Pasar Induk", "Offline", ""), [None, False]),
        (
            ('Simpang Lima <span class="badge">Live</span>', "", ""),
            ("Pasar Induk", "", ""),
            [True, None],
        ),
        (("Simpang Lima", "", ' data-status="offline"'), ("Pasar Induk", "", ""), [False, None]),
        (("Simpang Lima", "Aktif", ""), ("Pasar Induk", "Mati", ""), [True, False]),
    ],
)
def test_one_of_two_cards_state_is_its_own(
    first: tuple[str, str, str], second: tuple[str, str, str], states: list[bool | None]
) -> None:
    found = cameras(_grid(first, second))
    assert [c.snapshot_url for c in found] == [f"{BASE}snap/1.jpg", f"{BASE}snap/2.jpg"]
    assert [c.online for c in found] == states


def test_a_cards_still_and_stream_share_its_state() -> None:
    """One card holding a still and its stream link is one camera's card: its pill counts."""
    card = (
        '<div class="card"><img src="/snap/{n}.jpg"><h5>{name}</h5>'
        '<a href="/hls/{n}/index.m3u8">Live</a><span class="status">{state}</span></div>'
    )
    page = (
        "<html><body><div class='row'>"
        + card.format(n=1, name="Simpang Lima", state="Offline")
        + card.format(n=2, name="Pasar Induk", state="Online")
        + "</div></body></html>"
    )
    found = cameras(page)
    assert [(c.stream_url, c.online) for c in found] == [
        (f"{BASE}hls/1/index.m3u8", False),
        (f"{BASE}hls/2/index.m3u8", True),
    ]
