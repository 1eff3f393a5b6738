"""Webcam tiles: responsive stills, ids in data attributes, live frames beside stills."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://bergbahnen.example/webcams"
IMG = "https://img.bergbahnen.example"


def _cams(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _still_tile(ident: str, name: str, srcset: str, alt: str | None = None) -> str:
    return (
        f'<article class="webcam-tile" data-webcam-id="{ident}">'
        f'<img src="{IMG}/{ident}/640.jpg" srcset="{srcset}" alt="{alt or "Webcam " + name}">'
        f'<h3 class="webcam-tile__title">{name}</h3></article>'
    )


def _frame_tile(ident: str, name: str, attribute: str = "data-webcam-id") -> str:
    return (
        f'<article class="webcam-tile" {attribute}="{ident}">'
        f'<iframe src="https://player.example/embed/{ident}" title="Livestream"></iframe>'
        f'<h3 class="webcam-tile__title">{name}</h3></article>'
    )


def _page(*tiles: str) -> str:
    return f'<html><body><main><div class="webcam-grid">{"".join(tiles)}</div></main></body></html>'


def test_the_largest_srcset_still_named_by_the_tile_heading() -> None:
    srcset = f"{IMG}/a/640.jpg 640w, {IMG}/a/1920.jpg 1920w, {IMG}/a/1280.jpg 1280w"
    page = _page(
        _still_tile("a", "Gipfel", srcset),
        _still_tile("b", "Tal", f"{IMG}/b/1x.jpg 1x, {IMG}/b/2x.jpg 2x"),
    )
    cameras = _cams(page)
    assert [(c.id, c.raw_name, c.snapshot_url) for c in cameras] == [
        ("a", "Gipfel", f"{IMG}/a/1920.jpg"),
        ("b", "Tal", f"{IMG}/b/2x.jpg"),
    ]


def test_srcset_candidates_that_are_no_stills_or_have_no_size_are_skipped() -> None:
    srcset = f"{IMG}/a/huge.svg 4000w, {IMG}/a/big.jpg, {IMG}/a/900.jpg 900w, nonsense"
    (camera,) = _cams(_page(_still_tile("a", "Gipfel", srcset)))
    assert camera.snapshot_url == f"{IMG}/a/900.jpg"


def test_an_alt_text_that_is_more_than_camera_words_keeps_its_name() -> None:
    srcset = f"{IMG}/a/640.jpg 640w"
    (camera,) = _cams(_page(_still_tile("a", "Gipfel", srcset, alt="Blick vom Gipfel")))
    assert camera.raw_name == "Blick vom Gipfel"


def test_a_live_frame_tile_beside_still_tiles_is_a_camera() -> None:
    page = _page(
        _still_tile("a", "Gipfel", f"{IMG}/a/640.jpg 640w"),
        _frame_tile("b", "Talstation"),
        _frame_tile("17", "Kogelalm", attribute="data-camera-id"),
    )
    cameras = {c.id: c for c in _cams(page)}
    assert cameras["b"].raw_name == "Talstation"
    assert cameras["b"].stream_url == "https://player.example/embed/b"
    assert cameras["17"].stream_url == "https://player.example/embed/17"


def test_a_promotional_frame_beside_cameras_is_no_camera() -> None:
    page = _page(
        _still_tile("a", "Gipfel", f"{IMG}/a/640.jpg 640w"),
        '<aside><h2>Imagefilm</h2><iframe src="https://www.youtube.com/embed/Pr0m0Vid3o1"></iframe></aside>',
    )
    cameras = _cams(page)
    assert [c.id for c in cameras] == ["a"]


def test_hostile_srcset_stays_bounded() -> None:
    srcset = ", ".join(f"{IMG}/a/{n}.jpg {n}w" for n in range(20_000))
    (camera,) = _cams(_page(_still_tile("a", "Gipfel", srcset)))
    assert camera.snapshot_url is not None
    # Only the first candidates are read: a list this long is no picture's sizes.
    assert camera.snapshot_url.endswith(".jpg")
