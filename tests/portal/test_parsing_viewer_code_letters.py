"""Viewer pages named by a camera code ending in one letter (``atcs-01a``, ``bgl-03n``)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.viewerlinks import still_code, viewer_code, viewer_page

BASE = "https://atcs.kutim.example/atcs/titik"


def parse(text: str) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://atcs.kutim.example/atcs/live/atcs-01a", "atcs-01a"),
        ("https://atcs.kutim.example/cctv/live/BGL-03N", "BGL-03N"),
        ("https://atcs.kutim.example/player/ctz01b", "ctz01b"),
        ("https://atcs.kutim.example/cctv/live/KT-0012", "KT-0012"),
    ],
)
def test_a_code_may_end_in_one_letter(url: str, code: str) -> None:
    assert viewer_code(url) == code


@pytest.mark.parametrize(
    "url",
    [
        "https://atcs.kutim.example/live/pasar-baru",  # a slug of words
        "https://atcs.kutim.example/live/smp01ab",  # two letters after the number
        "https://atcs.kutim.example/live/01a",  # no letters before the number
        "https://atcs.kutim.example/atcs/foto/atcs-01a",  # a picture folder
        "https://atcs.kutim.example/berita/live/atcs-01a",  # an article
        "https://atcs.kutim.example/atcs/live/atcs-01a?page=2",  # a query
        "http://192.168.1.20/atcs/live/atcs-01a",  # a LAN device
        "https://admin:rahasia@atcs.kutim.example/atcs/live/atcs-01a",  # credentials
    ],
)
def test_other_links_stay_refused(url: str) -> None:
    assert viewer_code(url) is None


def test_still_and_page_match_without_case_and_separators() -> None:
    assert still_code("https://atcs.kutim.example/foto/ATCS-01A.jpg") == "ATCS-01A"
    page = "https://atcs.kutim.example/atcs/live/atcs01a"
    assert viewer_page(page, ["ATCS-01A"]) == "atcs01a"
    assert viewer_page(page, ["ATCS-01B"]) is None  # the junction's other camera
    assert viewer_page(page, ["ATCS-01"]) is None


ROW = (
    "<tr><td><code>{code}</code></td><td>{name}</td><td>Aktif</td>"
    '<td><a href="{href}">Live</a></td>'
    '<td><a href="/atcs/foto/{still}.jpg"><img src="/atcs/foto/{still}.jpg" alt=""></a></td></tr>'
)


def table(rows: list[tuple[str, str, str, str]]) -> str:
    body = "".join(
        ROW.format(code=code, name=name, href=href, still=still) for code, name, href, still in rows
    )
    return (
        "<html><body><table><thead><tr><th>Kode</th><th>Lokasi</th><th>Status</th>"
        f"<th>Live</th><th>Foto</th></tr></thead><tbody>{body}</tbody></table></body></html>"
    )


def test_rows_of_one_junction_take_their_own_viewer_pages() -> None:
    found = parse(
        table(
            [
                ("ATCS-01A", "Simpang Tiga", "/atcs/live/atcs-01a", "atcs-01a"),
                ("ATCS-01B", "Simpang Tiga", "/atcs/live/atcs-01b", "atcs-01b"),
                ("ATCS-02", "Bundaran Pelangi", "/atcs/live/atcs-02", "atcs-02"),
            ]
        )
    )
    assert [(c.id, c.name, c.stream_url) for c in found] == [
        ("ATCS-01A", "Simpang Tiga", "https://atcs.kutim.example/atcs/live/atcs-01a"),
        ("ATCS-01B", "Simpang Tiga", "https://atcs.kutim.example/atcs/live/atcs-01b"),
        ("ATCS-02", "Bundaran Pelangi", "https://atcs.kutim.example/atcs/live/atcs-02"),
    ]
    assert found[0].snapshot_url == "https://atcs.kutim.example/atcs/foto/atcs-01a.jpg"


@pytest.mark.parametrize(
    "href",
    [
        "/atcs/live/atcs-01b",  # the junction's other camera
        "/atcs/live/simpang-tiga",  # a slug
        "/berita/live/atcs-01a",  # an article
        "http://10.0.0.5/atcs/live/atcs-01a",  # a LAN page
    ],
)
def test_a_row_keeps_only_its_still_beside_other_links(href: str) -> None:
    found = parse(
        table(
            [
                ("ATCS-01A", "Simpang Tiga", href, "atcs-01a"),
                ("ATCS-03A", "Simpang Pendidikan", href.replace("01", "07"), "atcs-03a"),
            ]
        )
    )
    assert [c.id for c in found] == ["ATCS-01A", "ATCS-03A"]
    assert all(c.stream_url is None for c in found)
    assert found[0].snapshot_url == "https://atcs.kutim.example/atcs/foto/atcs-01a.jpg"
