"""A one-word alt text yields to the picture's own caption that says it in full."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://webcam.pesisir-kutim.example/"
SNAP = "https://cams.pesisir-kutim.example/snap"


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def figure(alt: str, caption: str, folder: str, element_id: str = "") -> str:
    own = f' id="{element_id}"' if element_id else ""
    return (
        f'<figure><img{own} src="{SNAP}/{folder}/latest.jpg" alt="{alt}">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def page(*blocks: str) -> str:
    body = "".join(blocks)
    return f"<html><head><title>Webcam Pesisir</title></head><body><section>{body}</section></body></html>"


def names(cameras: tuple[Camera, ...]) -> dict[str, str]:
    return {camera.snapshot_url or "": camera.name for camera in cameras}


NEIGHBOUR = figure("webcam", "Pantai Sekerat", "b")


@pytest.mark.parametrize(
    ("alt", "caption"),
    [
        ("Sangatta", "Sangatta Kota (Cuaca - sangattawxCAM2)"),  # the caption's first word
        ("Aramoana", "Aramoana Mole (looking east)"),
        ("buhoma", "Buhoma Gate – Bwindi Impenetrable NP"),  # case aside
        ("Bay", "Careys Bay Wharf"),  # a word of a caption written as a title
        ("Pulung", "Rantau Pulung (Bukit Batu)"),  # the bracketed remark aside
    ],
)
def test_a_one_word_alt_yields_to_its_caption(alt: str, caption: str) -> None:
    cameras = parse(page(figure(alt, caption, "a"), NEIGHBOUR))
    assert names(cameras) == {
        f"{SNAP}/a/latest.jpg": caption,
        f"{SNAP}/b/latest.jpg": "Pantai Sekerat",
    }


def test_the_caption_named_so_lends_the_element_id_spelling_it() -> None:
    cameras = parse(
        page(
            figure("Sangatta", "Sangatta Kota (Cuaca - sangattawxCAM2)", "a", "sangattakota"),
            figure("webcam", "Pantai Sekerat", "b", "sekerat"),
        )
    )
    assert {camera.name: camera.id for camera in cameras} == {
        "Sangatta Kota (Cuaca - sangattawxCAM2)": "sangattakota",
        "Pantai Sekerat": "sekerat",
    }


@pytest.mark.parametrize(
    ("alt", "caption"),
    [
        # A word inside a caption written as a sentence: the caption is no name.
        ("Bromo", "Sunrise over Bromo from the ridge"),
        ("Sabyinyo", "The saddle between the volcanoes as the patrol sets out"),
        # A caption of more than twelve words is prose, even when it leads with the alt.
        (
            "Kenyir",
            "Kenyir Lake As Seen From The Jetty Of The Old Resort Above The Dam And The Forest",
        ),
        # A word the caption does not write at all.
        ("Dermaga", "Pelabuhan Kenyamukan"),
    ],
)
def test_an_alt_the_caption_does_not_say_in_full_keeps_naming(alt: str, caption: str) -> None:
    cameras = parse(page(figure(alt, caption, "a"), NEIGHBOUR))
    assert names(cameras)[f"{SNAP}/a/latest.jpg"] == alt


@pytest.mark.parametrize("alt", ["Camera", "CCTV", "12"])
def test_a_camera_word_or_number_is_no_shortened_caption(alt: str) -> None:
    from custom_components.kutim_cctv.portal.parsing.markup import _caption_lead

    assert not _caption_lead(alt, f"{alt} Pelabuhan Sangatta")


def test_a_heading_over_the_picture_is_no_caption() -> None:
    """A card titled by a heading keeps the one-word alt, as before."""
    card = (
        '<div class="card"><h3>Sangatta Kota Timur</h3>'
        f'<img src="{SNAP}/a/latest.jpg" alt="Sangatta"></div>'
        '<div class="card"><h3>Pantai Sekerat</h3>'
        f'<img src="{SNAP}/b/latest.jpg" alt="webcam"></div>'
    )
    cameras = parse(page(card))
    assert names(cameras)[f"{SNAP}/a/latest.jpg"] == "Sangatta"
    assert names(cameras)[f"{SNAP}/b/latest.jpg"] == "Pantai Sekerat"
