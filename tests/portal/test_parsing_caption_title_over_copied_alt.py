"""A caption line written as a title names its picture over another place's camera label."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import _caption_written_as_title

BASE = "https://gliding.kutimkab.example/webcams/"
CAM = "https://webcam.kutimkab.example/{}.jpg"


def read(body: str) -> tuple[Camera, ...]:
    text = f"<!DOCTYPE html><html><head><title>Webcams</title></head><body>{body}</body></html>"
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def names(cameras: tuple[Camera, ...]) -> dict[str | None, str]:
    return {camera.snapshot_url: camera.name for camera in cameras}


def lead_cells(cells: list[tuple[str, str, str]], line_tag: str = "p class='lead'") -> str:
    tag = line_tag.split(maxsplit=1)[0]
    return (
        "<div class='row'>"
        + "".join(
            f"<div class='col-md-6'><{line_tag}>{line}</{tag}>"
            f"<img src='{CAM.format(key)}' alt='{alt}'></div>"
            for key, line, alt in cells
        )
        + "</div>"
    )


def figures(cells: list[tuple[str, str, str]]) -> str:
    return "".join(
        f"<figure class='wxcam'><img src='{CAM.format(key)}' alt='{alt}'>"
        f"<figcaption>{caption}</figcaption></figure>"
        for key, caption, alt in cells
    )


def test_lead_line_names_picture_over_copied_camera_label() -> None:
    got = names(
        read(
            lead_cells(
                [
                    ("apron", "Sangatta Apron", "Sangatta Apron Webcam"),
                    ("north", "Kaliorang North", "Bengalon North Webcam"),
                    ("west", "Runway 27", "Teluk Lingga Cam"),
                ]
            )
        )
    )
    assert got[CAM.format("apron")] == "Sangatta Apron"
    assert got[CAM.format("north")] == "Kaliorang North"
    assert got[CAM.format("west")] == "Runway 27"


def test_figcaption_title_names_picture_over_copied_camera_label() -> None:
    got = names(
        read(
            figures(
                [
                    ("n", "North View", "WAQT North View Camera"),
                    ("e", "East View", "WAQT West View Camera"),
                    ("s", "South View", "South View Camera"),
                ]
            )
        )
    )
    assert got[CAM.format("e")] == "East View"
    assert got[CAM.format("n")] == "North View"


def test_sentence_caption_keeps_the_camera_label() -> None:
    # A caption written as a sentence describes the view: the alt's label names it.
    got = names(
        read(
            lead_cells(
                [
                    ("roof", "View from the school roof", "Air Quality Webcam"),
                    ("pier", "Looking north over the pier", "Harbour Pier Webcam"),
                ]
            )
        )
    )
    assert got[CAM.format("roof")] == "Air Quality Webcam"
    assert got[CAM.format("pier")] == "Harbour Pier Webcam"


def test_sentence_figcaption_keeps_the_camera_label() -> None:
    got = names(
        read(
            figures(
                [
                    ("w", "looking west over the apron", "Apron webcam"),
                    ("m", "Moorings at high water", "Moorings webcam"),
                ]
            )
        )
    )
    assert got[CAM.format("w")] == "Apron webcam"
    assert got[CAM.format("m")] == "Moorings webcam"


def test_finer_place_in_alt_is_kept() -> None:
    # An alt beginning with the line's words may name a finer place: it stays the name.
    got = names(read(lead_cells([("rocks", "Snapper Rocks", "Snapper Rocks North Cam")])))
    assert got[CAM.format("rocks")] == "Snapper Rocks North Cam"


def test_caption_written_as_title() -> None:
    assert _caption_written_as_title("Kaliorang North")
    assert _caption_written_as_title("Runway 27")
    assert _caption_written_as_title("Pantai Teluk Lingga (looking east)")
    assert not _caption_written_as_title("Kaliorang")  # one word: _caption_lead's
    assert not _caption_written_as_title("Moorings at high water")
    assert not _caption_written_as_title("View from the school roof")
    assert not _caption_written_as_title("One Two Three Four Five Six Seven")
