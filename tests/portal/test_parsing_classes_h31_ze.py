"""Classes found by holdout 31 (part ze): lazy players named by the label before each.

Players carrying their own address (``<h4>Sawah</h4><video data-src="…m3u8">``, a bold
line before each lazy video) written side by side are each named by the heading or bold
line just before them when every label has one player; before, all were named by the
first heading of the page section holding them.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://kamera.example/"


def _cameras(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(body: str) -> str:
    return (
        "<html><body><h1>Kamera Desa</h1><div class='post-content'>"
        f"{body}</div><script>document.querySelectorAll('video[data-src]')"
        ".forEach(function (v) { var h = new Hls(); h.loadSource(v.dataset.src);"
        " h.attachMedia(v); });</script></body></html>"
    )


def _video(name: str) -> str:
    return f"<video muted data-src='/live/{name}/index.m3u8' poster='/img/static.gif'></video>"


def test_heading_before_each_lazy_video_names_it() -> None:
    body = "".join(
        f"<h4>{label}</h4>{_video(key)}"
        for label, key in (("Pendopo", "a"), ("Gerbang Desa", "b"), ("Sawah Wetan", "c"))
    )
    cameras = _cameras(_page(body))
    assert [c.name for c in cameras] == ["Pendopo", "Gerbang Desa", "Sawah Wetan"]
    assert [c.stream_url for c in cameras] == [
        f"https://kamera.example/live/{key}/index.m3u8" for key in "abc"
    ]


def test_heading_then_description_still_labels_the_video() -> None:
    body = (
        "<h3>Fuel Pier</h3><p>Looking east.</p>" + _video("a") + "<h3>Harbour Mouth</h3>"
        "<p>Breakwater.</p>" + _video("b")
    )
    assert [c.name for c in _cameras(_page(body))] == ["Fuel Pier", "Harbour Mouth"]


def test_bold_line_before_each_lazy_video_names_it() -> None:
    body = "".join(
        f"<p><strong>{label}</strong></p>{_video(key)}"
        for label, key in (("Steg Nord", "a"), ("Bojenfeld", "b"))
    )
    assert [c.name for c in _cameras(_page(body))] == ["Steg Nord", "Bojenfeld"]


def test_one_label_over_two_videos_names_neither() -> None:
    body = (
        "<h3>Siaran Langsung</h3><h4>Pendopo</h4>"
        + _video("a")
        + _video("b")
        + "<h4>Sawah</h4>"
        + _video("c")
    )
    # The two under one label are not told apart by it; the one under its own is named.
    names = [c.name for c in _cameras(_page(body))]
    assert names[0] == names[1]
    assert names[2] == "Sawah"


def test_a_single_labelled_video_is_not_renamed() -> None:
    body = "<h4>Pendopo</h4>" + _video("a")
    assert [c.name for c in _cameras(_page(body))] == ["Pendopo"]


def test_a_video_named_by_its_own_attribute_keeps_it() -> None:
    body = (
        "<h4>Pendopo</h4><video data-title='Kamera Pendopo' data-src='/live/a/index.m3u8'>"
        "</video><h4>Sawah</h4><video data-title='Kamera Sawah' data-src='/live/b/index.m3u8'>"
        "</video>"
    )
    assert [c.name for c in _cameras(_page(body))] == ["Kamera Pendopo", "Kamera Sawah"]


def test_a_video_in_its_own_titled_card_keeps_the_card_title() -> None:
    body = (
        "<h2>Kamera</h2>"
        "<div class='card'>" + _video("a") + "<p class='card-title'>Gerbang</p></div>"
        "<div class='card'>" + _video("b") + "<p class='card-title'>Balai</p></div>"
    )
    assert [c.name for c in _cameras(_page(body))] == ["Gerbang", "Balai"]


def test_a_bold_word_inside_a_sentence_labels_nothing() -> None:
    body = "<p>Lihat <b>Pendopo</b> dan sawah dari atas.</p>" + _video("a") + _video("b")
    names = [c.name for c in _cameras(_page(body))]
    assert "Pendopo" not in names
