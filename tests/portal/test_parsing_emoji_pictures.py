"""An emoji set's picture (GitHub's, WordPress's, Twemoji's) is never a camera's view."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.media import is_emoji_picture, is_marker_picture
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://lalin-kutim.example/"


@pytest.mark.parametrize(
    "url",
    [
        "https://github.githubassets.example/images/icons/emoji/unicode/2764.png",
        "https://emoji.kutim.example/unicode/2764.png",
        "https://s.wporg.example/images/core/emoji/14.0.0/72x72/1f4f9.png",
        "https://s.wporg.example/images/core/emoji/14.0.0/svg/1f64f.svg",
        "https://twemoji.cdn.example/v/14.0.2/72x72/1f1ee-1f1e9.png",
        "https://cdn.jsdelivr.example/gh/twitter/twemoji@14.0.2/assets/72x72/1F600.png",
    ],
)
def test_emoji_set_pictures_are_emoji(url: str) -> None:
    assert is_emoji_picture(url)
    assert is_marker_picture(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://relawan.kutim.example/cams/2764.jpg",  # a camera numbered 2764
        "https://roadcams.kutim.example/unicode-cams/2764.jpg",
        "https://emoji-cam.kutim.example/cams/cam1.jpg",  # a host named so, a camera's name
        "https://kamera.kutim.example/emoji/simpang-tiga.jpg",  # no code point name
        "https://kamera.kutim.example/emoji/a0c6236b.png",  # eight hex digits: a key
        "https://kamera.kutim.example/unicode/2764.mp4",
        "not a url",
    ],
)
def test_other_pictures_are_no_emoji(url: str) -> None:
    assert not is_emoji_picture(url)


def test_footer_heart_is_no_camera() -> None:
    page = """<html><body><main><h1>Kamera Lalu Lintas</h1>
    <ul class="cameras">
      <li><figure><img src="https://roadcams.kutim.example/cams/SimpangTiga_pid101.jpg" alt="">
        <figcaption>Simpang Tiga</figcaption></figure></li>
      <li><figure><img src="https://roadcams.kutim.example/cams/Pelangi_pid104.jpg" alt="">
        <figcaption>Bundaran Pelangi</figcaption></figure></li>
    </ul>
    <footer><p class="footer-heart">Made with <g-emoji class="g-emoji" alias="heart"
      fallback-src="https://emoji.kutim.example/unicode/2764.png"><img class="emoji"
      alt="heart" height="20" width="20" src="https://emoji.kutim.example/unicode/2764.png">
      </g-emoji> by <a href="https://warga.kutim.example">Warga</a></p></footer>
    </main></body></html>"""
    cameras = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [c.name for c in cameras] == ["Simpang Tiga", "Bundaran Pelangi"]


def test_a_post_with_only_emoji_gives_no_camera() -> None:
    page = """<html><body><article><h1>Selamat Hari Raya</h1>
    <p>Mohon maaf lahir dan batin <img src="https://s.wporg.example/images/core/emoji/14.0.0/72x72/1f64f.png"
      alt="🙏" class="wp-smiley" style="height: 1em; max-height: 1em;" /></p>
    <p>Dari kami <img src="https://s.wporg.example/images/core/emoji/14.0.0/72x72/2764.png"
      alt="❤" class="wp-smiley" /></p></article></body></html>"""
    with pytest.raises(PortalFormatError):
        parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False)
