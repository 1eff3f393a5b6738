"""Groups in disclosure widgets: a count in the header, a caption's extra lines."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/cctv"


def _cams(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _figure(ident: int, name: str, note: str) -> str:
    return (
        f'<figure class="cctv" id="cctv-{ident}">'
        f'<img src="/snap/{ident}.jpg" alt="">'
        f'<figcaption><span class="nama">{name}</span><small>{note}</small>'
        f'<a href="/hls/{ident}/index.m3u8">Putar</a></figcaption></figure>'
    )


def _page(summaries: list[tuple[str, list[str]]]) -> str:
    parts = []
    for summary, figures in summaries:
        parts.append(f"<details><summary>{summary}</summary>{''.join(figures)}</details>")
    return f"<html><body><main>{''.join(parts)}</main></body></html>"


@pytest.mark.parametrize(
    "count",
    [
        ' <span class="jumlah">{n} kamera</span>',
        " ({n} CCTV)",
        " [{n}]",
        " &middot; {n} cameras",
        " <small>{n} Webcams</small>",
        " {n}",
    ],
)
def test_a_count_in_the_summary_is_no_part_of_the_area(count: str) -> None:
    page = _page(
        [
            (
                "<strong>Bengalon</strong>" + count.format(n=2),
                [
                    _figure(41, "Simpang Tiga", "Arah pasar"),
                    _figure(43, "Pelabuhan", "Dermaga"),
                ],
            ),
            ("Rantau Pulung" + count.format(n=1), [_figure(52, "Pulung Sari", "Poros")]),
        ]
    )
    cameras = _cams(page)
    assert [(c.id, c.raw_name, c.area) for c in cameras] == [
        ("41", "Simpang Tiga", "Bengalon"),
        ("43", "Pelabuhan", "Bengalon"),
        ("52", "Pulung Sari", "Rantau Pulung"),
    ]


def test_a_caption_without_a_name_element_keeps_its_text() -> None:
    figure = (
        '<figure class="cctv"><img src="/snap/7.jpg" alt="">'
        '<figcaption>Simpang Kabo</figcaption><a href="/hls/7/index.m3u8">Putar</a></figure>'
    )
    page = _page(
        [
            ("Bengalon", [figure, _figure(8, "Pasar", "Pagi")]),
            ("Telen", [_figure(9, "Long Segar", "")]),
        ]
    )
    names = [c.raw_name for c in _cams(page)]
    assert names == ["Simpang Kabo", "Pasar", "Long Segar"]


def test_a_place_ending_in_a_number_word_is_kept() -> None:
    page = _page(
        [
            ("Kilometer Lima", [_figure(1, "A Satu", "x"), _figure(2, "B Dua", "y")]),
            ("Jalur Dua Kamera Utara", [_figure(3, "C Tiga", "z")]),
        ]
    )
    assert {c.area for c in _cams(page)} == {"Kilometer Lima", "Jalur Dua Kamera Utara"}


def test_summaries_without_media_are_no_cameras() -> None:
    page = _page([("Bengalon <span>0 kamera</span>", ["<p>Belum ada kamera.</p>"])])
    with pytest.raises(PortalFormatError):
        _cams(page)


def test_hostile_summaries_stay_bounded() -> None:
    summary = "Bengalon " + "9" * 5000 + " kamera" * 2000
    page = _page([(summary, [_figure(1, "A", "x"), _figure(2, "B", "y")])] * 200)
    cameras = _cams(page)
    assert 0 < len(cameras) <= 400
    assert all(c.area is None or len(c.area) <= 60 for c in cameras)
