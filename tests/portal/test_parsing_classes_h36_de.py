"""Camera sections of articles and webcam pages, read after holdout 36.

Articles and weather stations' webcam pages give each camera a section of its own: a
heading (``<h3>Yasur – crater rim camera</h3>``), a line about it, then its picture with
an alt text written as a file stem (``skycam_new``) or saying what the picture is
(``Yasur latest image``). When two or more headings each stand over exactly one picture,
and no card holds the picture with a title of its own, each such heading names its
picture before the alt text. A labelled place line in such a section (``Island: Tanna
(Tafea Province) | Volcanic Alert Level: 2``, ``Pulau:``, ``Kecamatan:``) is its
camera's area, without the coarser place in brackets and the facts after a bar or a
middle dot.

Not read so: a heading written right after a picture (a caption below it, nothing but
spaces between them in one element: then no heading of the page names a picture so), a
heading inside an earlier card or figure, a heading over several pictures (their group's heading; the alts keep
naming them), a single heading over one picture on a page with no other such section, a
card's own title (it still wins), a place line under a label that names no place
(``Alamat:`` with a street), a place written with digits.

A branch list grouped by city (``{cityList: [{cityName, adressList: [{addressName,
cameraList}]}]}``) names each branch by its street address (``ул. Толе би, 155``, ``14
Park Row``): a sub-group named by a street address with a house number places nothing,
so the city holding it is its cameras' area. Not so: a branch named as a place
(``Kirkgate Market``, ``Terminal 2``).

A picture whose alt text or title says it collects past pictures (``Webcam summary, past
24hrs``, ``24 hour montage``, a ``timelapse`` or ``time-lapse``, a ``collage``, a
``Zeitraffer``) is no camera's live still.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import street_address
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import _section_place, _summary_picture

BASE = "https://cams.kutim.example/webcams/"


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Webcams</title></head><body><h1>Webcams</h1>{body}</body></html>"


def _cameras(body: str) -> list[Camera]:
    return parse_body(_page(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _section(heading: str, alt: str, src: str, line: str = "") -> str:
    return f'<h3>{heading}</h3>{line}<p><img src="{src}" alt="{alt}" width="640"></p><hr>'


def test_heading_over_each_picture_alone_names_it_before_the_alt() -> None:
    body = _section("East View over the Vale", "eastcam", "/cam/east.jpg") + _section(
        "Rain Gauge Close-up", "Latest gauge image", "/cam/gauge.jpg"
    )
    cameras = _cameras(body)
    assert [c.name for c in cameras] == ["East View over the Vale", "Rain Gauge Close-up"]
    assert [c.snapshot_url for c in cameras] == [
        "https://cams.kutim.example/cam/east.jpg",
        "https://cams.kutim.example/cam/gauge.jpg",
    ]


def test_section_place_line_is_the_area_without_bracketed_province() -> None:
    body = _section(
        "Yasur – crater rim camera",
        "Yasur latest image",
        "/cam/yasur.jpg",
        "<p><strong>Island:</strong> Tanna (Tafea Province) | <strong>Alert Level:</strong> 2</p>",
    ) + _section(
        "Dermaga Poto Tano",
        "pototano",
        "/cam/pototano.jpg",
        "<p><b>Pulau:</b> Sumbawa &middot; <b>Lintasan:</b> Poto Tano</p>",
    )
    cameras = _cameras(body)
    assert [(c.name, c.area) for c in cameras] == [
        ("Yasur – crater rim camera", "Tanna"),
        ("Dermaga Poto Tano", "Sumbawa"),
    ]


def test_heading_over_several_pictures_leaves_their_alts() -> None:
    body = (
        "<h3>Soputan</h3><p><img src='/cam/a.jpg' alt='Soputan west flank'></p>"
        "<p><img src='/cam/b.jpg' alt='Soputan east flank'></p>"
        + _section("Lokon", "Lokon latest image", "/cam/lokon.jpg")
    )
    names = [c.name for c in _cameras(body)]
    assert "Soputan west flank" in names
    assert "Soputan east flank" in names
    assert "Soputan" not in names


def test_one_heading_over_one_picture_alone_keeps_the_alt() -> None:
    cameras = _cameras(_section("Our camera", "Harbour entrance", "/cam/harbour.jpg"))
    assert [c.name for c in cameras] == ["Harbour entrance"]


def test_picture_in_a_titled_card_is_not_named_by_the_heading() -> None:
    card = (
        "<h3>Section {n}</h3><div class='card'><img src='/cam/{n}.jpg' alt='cam{n}'>"
        "<div class='card-title'>Gate {n}</div></div>"
    )
    cameras = _cameras(card.format(n=1) + card.format(n=2))
    assert [c.name for c in cameras] == ["cam1", "cam2"]  # as before: never the heading


def test_heading_of_an_earlier_card_or_figure_names_no_later_picture() -> None:
    card = "<div class='cam'><img src='/cam/{n}.jpg' alt='{alt}'><h3>{title}</h3></div>"
    figure = "<figure><img src='/cam/{n}.jpg' alt='{alt}'><figcaption>{title}</figcaption></figure>"
    flat = "<img src='/cam/{n}.jpg' alt='{alt}'><h3>{title}</h3>"
    rows = ((1, "cam one", "North"), (2, "cam two", "South"), (3, "cam three", "East"))
    for template in (card, figure, flat):
        body = "".join(template.format(n=n, alt=alt, title=title) for n, alt, title in rows)
        names = [c.name for c in _cameras(body)]
        assert "North" not in names[1:] and "South" not in names[2:], (template, names)


def test_street_line_and_unlabelled_line_give_no_area() -> None:
    body = _section(
        "Dermaga Lembar",
        "lembar",
        "/cam/lembar.jpg",
        "<p><b>Alamat:</b> Jl. Raya Pelabuhan No. 1</p>",
    ) + _section("Dermaga Kayangan", "kayangan", "/cam/kayangan.jpg", "<p>Looking north.</p>")
    assert [c.area for c in _cameras(body)] == [None, None]


def test_section_place_reader() -> None:
    assert _section_place("Island: Tanna (Tafea Province) | Volcanic Alert Level: 2") == "Tanna"
    assert _section_place("Kecamatan: Sangatta Utara · Status: aktif") == "Sangatta Utara"
    assert _section_place("Alert Level: 2") is None
    assert _section_place("Alamat: Jl. Raya No. 1") is None
    assert _section_place("Island: Tanna 2") is None
    assert _section_place("Looking north over the harbour") is None


def test_summary_pictures_are_no_cameras() -> None:
    body = (
        _section("Skycam", "skycam", "/cam/sky.jpg")
        + _section("Groundcam", "groundcam", "/cam/ground.jpg")
        + _section("The last 24 hours", "Webcam summary, past 24hrs", "/cam/daily.jpg")
        + _section("Yesterday", "Yesterday's time-lapse", "/cam/yest.jpg")
    )
    assert [c.name for c in _cameras(body)] == ["Skycam", "Groundcam"]


def test_summary_picture_words() -> None:
    assert _summary_picture({"alt": "24 hour montage"})
    assert _summary_picture({"title": "Last 24hrs summary", "alt": "x"})
    assert _summary_picture({"alt": "Zeitraffer Gipfel"})
    assert not _summary_picture({"alt": "Summit camera"})
    assert not _summary_picture({"alt": "Summerhill Road"})
    assert not _summary_picture({})


def test_many_sections_with_long_place_lines_stay_bounded() -> None:
    line = "<p><b>Island:</b> " + "Tanna | Level: 2 · " * 40 + "</p>"
    body = "".join(
        _section(f"Camera {n}", f"cam{n}", f"/cam/{n}.jpg", line * 3) for n in range(1500)
    )
    cameras = _cameras(body + "<p>" + "Pulau: " * 20000 + "</p>")
    assert len(cameras) == 1500
    assert cameras[0].name == "Camera 0"


def _branches(value: object) -> list[tuple[str, str | None]]:
    cameras = parse_body(
        json.dumps(value, ensure_ascii=False),
        profile=Profile.AUTO,
        base_url="https://branches.kutim.example/api/cameras.json",
        prettify=False,
    ).cameras
    return [(c.name, c.area) for c in cameras]


def _branch(name: str, camera: str) -> dict[str, object]:
    slug = camera.lower().replace(" ", "-")
    return {
        "addressName": name,
        "cameraList": [
            {
                "description": camera,
                "uuid": slug,
                "sourceURL": f"https://video.kutim.example/live/{slug}/playlist.m3u8",
            }
        ],
    }


def test_branch_named_by_street_address_takes_its_city() -> None:
    value = {
        "cityList": [
            {
                "cityName": "Алматы",
                "adressList": [
                    _branch("ул. Толе би, 155", "Зал ожидания"),
                    _branch("Kirkgate Market", "Market counter"),
                ],
            },
            {"cityName": "Leeds", "adressList": [_branch("14 Park Row", "Banking hall")]},
        ]
    }
    assert _branches(value) == [
        ("Зал ожидания", "Алматы"),
        ("Market counter", "Kirkgate Market"),
        ("Banking hall", "Leeds"),
    ]


def test_branch_named_as_a_place_keeps_its_name_as_area() -> None:
    value = {
        "cityList": [
            {
                "cityName": "Astana",
                "adressList": [_branch("Terminal 2", "Gate"), _branch("Esil Mall", "Hall")],
            }
        ]
    }
    assert _branches(value) == [("Gate", "Terminal 2"), ("Hall", "Esil Mall")]


def test_street_address_reader() -> None:
    for text in (
        "ул. Толе би, 155",
        "пр. Мангилик Ел, 55/20",
        "14 Park Row",
        "27 Parliament Street",
        "Hauptstraße 12",
        "Jl. Ahmad Yani No. 4",
    ):
        assert street_address(text), text
    for text in ("Terminal 2", "Kirkgate Market", "Km 12", "Gate 4", "Park Row", "", None):
        assert not street_address(text), text
