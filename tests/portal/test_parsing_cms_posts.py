"""Publishing platforms' posts as cameras: the primary tag places them, embeds play."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://kabar.kutim.example/ghost/api/content/posts/?key=abc&include=tags"


def _cams(payload: object) -> tuple[Camera, ...]:
    text = json.dumps(payload)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _tag(name: str, visibility: str = "public") -> dict[str, object]:
    slug = name.lower().replace(" ", "-").replace("#", "hash-")
    return {"id": f"t-{slug}", "name": name, "slug": slug, "visibility": visibility}


def _post(
    ident: str, title: str, html: str, primary: dict[str, object] | None
) -> dict[str, object]:
    return {
        "id": ident,
        "uuid": f"00000000-0000-4000-8000-{ident[-12:]:0>12}",
        "title": title,
        "slug": title.lower().replace(" ", "-"),
        "html": html,
        "feature_image": None,
        "tags": [_tag("#cctv", "internal"), *([primary] if primary else [])],
        "primary_tag": primary,
        "url": f"https://kabar.kutim.example/{title.lower().replace(' ', '-')}/",
    }


_YOUTUBE = (
    '<figure class="kg-card kg-embed-card"><iframe width="200" height="113" '
    'src="https://www.youtube.com/embed/Ab3dE5gH7jK?feature=oembed" allowfullscreen>'
    "</iframe></figure>"
)


def test_primary_tag_is_the_area_and_the_embed_is_the_stream() -> None:
    payload = {
        "posts": [
            _post("6751c0e4f0e3b40001a7c402", "Simpang Kabo", _YOUTUBE, _tag("Sangatta Utara"))
        ]
    }
    (camera,) = _cams(payload)
    assert camera.id == "6751c0e4f0e3b40001a7c402"
    assert camera.raw_name == "Simpang Kabo"
    assert camera.area == "Sangatta Utara"
    assert camera.stream_url == "https://www.youtube.com/embed/Ab3dE5gH7jK?feature=oembed"


@pytest.mark.parametrize(
    "primary",
    [
        _tag("#cctv", "internal"),
        {"name": "#kamera"},
        {"name": "Bengalon", "visibility": "internal"},
    ],
)
def test_internal_primary_tag_places_nothing(primary: dict[str, object]) -> None:
    payload = {"posts": [_post("6751c0e4f0e3b40001a7c403", "Dermaga", _YOUTUBE, primary)]}
    (camera,) = _cams(payload)
    assert camera.area is None
    assert camera.stream_url is not None and "youtube.com/embed" in camera.stream_url


def test_post_page_stands_in_without_an_embed() -> None:
    html = "<p>Halaman kamera.</p>"
    payload = {"posts": [_post("6751c0e4f0e3b40001a7c404", "Simpang Tiga", html, _tag("Bengalon"))]}
    (camera,) = _cams(payload)
    assert camera.stream_url == "https://kabar.kutim.example/simpang-tiga/"
    assert camera.area == "Bengalon"


def test_hls_in_the_post_beats_both_pages() -> None:
    html = '<video><source src="https://live.kutim.example/hls/a/index.m3u8"></video>' + _YOUTUBE
    payload = {"posts": [_post("6751c0e4f0e3b40001a7c405", "Terminal", html, _tag("Kaliorang"))]}
    (camera,) = _cams(payload)
    assert camera.stream_url == "https://live.kutim.example/hls/a/index.m3u8"


def test_a_generic_link_field_yields_to_an_embed() -> None:
    post = _post("6751c0e4f0e3b40001a7c406", "Pasar Induk", _YOUTUBE, _tag("Kaliorang"))
    post["link"] = post.pop("url")
    (camera,) = _cams({"posts": [post]})
    assert camera.stream_url == "https://www.youtube.com/embed/Ab3dE5gH7jK?feature=oembed"


def test_posts_without_media_are_no_cameras() -> None:
    posts = [
        {
            "id": "a1",
            "title": "Berita",
            "html": "<p>Teks saja.</p>",
            "primary_tag": _tag("Bengalon"),
        }
    ]
    with pytest.raises(PortalFormatError):
        _cams({"posts": posts})


def test_hostile_primary_tags_stay_bounded() -> None:
    posts = [
        _post(f"6751c0e4f0e3b40001a{i:05d}", f"Kamera {i}", _YOUTUBE, {"name": ["x"] * 10_000})
        for i in range(50)
    ]
    cameras = _cams({"posts": posts})
    assert len(cameras) == 50
    assert all(camera.area is None for camera in cameras)
