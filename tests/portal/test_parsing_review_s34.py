"""Negative cases of the readers added for holdout 36's classes.

- A link to a camera's own page (``/cameras/24``) makes the picture inside it a camera's
  and gives its card the number as id. A shop filing its products under a camera word
  (``/produk/cctv/3``) or a blog filing its archive there (``/blog/cctv/2024``) links no
  camera page: its thumbnails stay no cameras.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import detail_link_id

BASE = "https://cctv.example.go.id/"


def _cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


_SHOP = (
    "<html><body><h1>Toko Kamera</h1>"
    + "".join(
        f'<div class="col"><a href="/produk/cctv/{i}"><img src="/uploads/produk/hik{i}.jpg">'
        f"<h3>Hikvision DS-2CD{i}</h3></a><span>Rp 450.000</span></div>"
        for i in range(1, 5)
    )
    + "</body></html>"
)
_ARCHIVE = (
    "<html><body><h1>Blog</h1><aside><h3>Arsip</h3>"
    + "".join(
        f'<a href="/blog/cctv/{year}"><img src="/img/year{year}.png"></a>'
        for year in (2022, 2023, 2024)
    )
    + "</aside></body></html>"
)


@pytest.mark.parametrize("page", [_SHOP, _ARCHIVE], ids=["shop", "archive"])
def test_a_camera_word_under_a_shop_or_blog_section_links_no_camera_page(page: str) -> None:
    with pytest.raises(PortalFormatError):
        _cameras(page)


def test_camera_page_links_keep_their_ids() -> None:
    assert detail_link_id("https://transito.cidade.example/cameras/24") == "24"
    assert detail_link_id("/camera/9/") == "9"
    assert detail_link_id("/first/cctv/1") == "1"
    assert detail_link_id("/produk/cctv/3") is None
    assert detail_link_id("/berita/kamera/12") is None
    assert detail_link_id("/tag/webcam/5") is None
