"""A script handed a site picture is a still only when it renders pictures or asks a camera."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.fieldurls import url_kind
from custom_components.kutim_cctv.portal.media import is_image_url


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/berita.php?id=5&thumb=/uploads/2024/foto.jpg",
        "https://shop.example/product.php?id=5&img=/media/p/5.jpg",
        "https://news.example/article.php?id=5&file=/img/a.jpg",
        "https://news.example/news.php?id=3&img=/uploads/3.jpg",
        "https://blog.example/post.aspx?slug=a&cover=/images/a.png",
    ],
)
def test_a_page_handed_its_picture_is_no_still(url: str) -> None:
    assert not is_image_url(url)
    assert url_kind(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://wx.example/CreateMain.aspx?t=main&p=/images/photos-main/MWH1.jpg",
        "http://wx.example/render.php?p=/images/a.jpg",
        "http://wx.example/drawpic.asp?file=/pics/gate.png",
        "http://wx.example/frame.php?cam=3&p=/images/a.jpg",
    ],
)
def test_a_rendering_script_or_a_camera_query_stays_a_still(url: str) -> None:
    assert is_image_url(url)
    assert url_kind(url) == "still"


@pytest.mark.parametrize(
    "url",
    [
        "http://wx.example/render.php?p=//10.0.0.5/a.jpg",  # another host
        "http://wx.example/render.php?p=/images/../../etc/a.jpg",  # climbing out
        "http://wx.example/frame.php?cam=&p=/images/a.jpg",  # an empty camera key
    ],
)
def test_rendering_near_misses_are_no_stills(url: str) -> None:
    assert not is_image_url(url)
