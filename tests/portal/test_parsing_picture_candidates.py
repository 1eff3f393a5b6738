"""A picture given only by its candidate list (``srcset``, lazysizes' ``data-srcset``) is a still.

Responsive themes write ``<img srcset="a.jpg 1x, a@2x.jpg 2x">`` with no ``src``, and lazy
loaders keep an inline ``data:`` placeholder in ``src`` until the page scrolls. Such a card
is a camera with the largest candidate as its still; an inline placeholder never is one.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kota.example/"
PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _cameras(cards: str) -> tuple[Camera, ...]:
    page = f"<html><body>{cards}</body></html>"
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _cards(picture: str) -> str:
    return "".join(
        f'<div class="cctv-card"><h3>Simpang {n}</h3>{picture.format(n=n)}</div>' for n in (1, 2)
    )


@pytest.mark.parametrize(
    "picture",
    [
        '<img srcset="/snap/{n}.jpg 1x, /snap/{n}-large.jpg 2x" alt="">',
        '<img src="' + PIXEL + '" data-srcset="/snap/{n}.jpg 640w, /snap/{n}-large.jpg 1280w" '
        'class="lazyload">',
        '<img data-srcset="/snap/{n}-large.jpg" class="lazyload">',
    ],
)
def test_a_picture_given_by_its_candidates_is_the_cards_still(picture: str) -> None:
    cameras = _cameras(_cards(picture))
    assert [c.name for c in cameras] == ["Simpang 1", "Simpang 2"]
    assert [c.snapshot_url for c in cameras] == [
        f"https://cctv.kota.example/snap/{n}-large.jpg" for n in (1, 2)
    ]


def test_a_placeholder_beside_a_lazy_address_keeps_the_lazy_address() -> None:
    cameras = _cameras(_cards('<img src="' + PIXEL + '" data-src="/snap/{n}.jpg">'))
    assert [c.snapshot_url for c in cameras] == [
        f"https://cctv.kota.example/snap/{n}.jpg" for n in (1, 2)
    ]


def test_a_src_still_wins_over_nothing_but_its_own_candidates() -> None:
    cameras = _cameras(_cards('<img src="/snap/{n}.jpg" srcset="/snap/{n}.jpg 1x">'))
    assert [c.snapshot_url for c in cameras] == [
        f"https://cctv.kota.example/snap/{n}.jpg" for n in (1, 2)
    ]


def test_inline_placeholders_alone_are_no_cameras() -> None:
    with pytest.raises(PortalFormatError):
        _cameras(_cards('<img src="' + PIXEL + '" data-srcset="' + PIXEL + ' 1x">'))
