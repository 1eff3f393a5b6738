"""A table row's link to a viewer page (``monitor?id=4``) gives the camera's id."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import viewer_query_id

BASE = "https://perkim.kutimkab.example/admin/cctv"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://perkim.kutimkab.example/admin/cctv/monitor?id=1", "1"),
        ("live.php?id=2", "2"),
        ("/cctv/pantau?id=7&mode=full", "7"),
        ("/kamera/view/?id=KT-12", "KT-12"),
        ("/cctv/lihat.html?ID=5", "5"),
    ],
)
def test_a_viewer_page_names_its_camera_by_id(href: str, expected: str) -> None:
    assert viewer_query_id(href) == expected


@pytest.mark.parametrize(
    "href",
    [
        "https://desa.kutimkab.example/berita?id=88",  # a news article
        "ruang.php?id=3",  # a room's page
        "/produk/detail-kamera?id=9",  # a shop's product page, no viewer word alone
        "download.php?id=3",
        "/cctv/monitor?page=2",  # paging, no record
        "/cctv/monitor?cid=3",  # another parameter
        "/cctv/monitor/3",  # no query (read by the path rules, if any)
        "/cctv/monitor?id=a%20b",  # not an id
        "/cctv/monitor?id=",
    ],
)
def test_other_links_give_no_id(href: str) -> None:
    assert viewer_query_id(href) is None


def parse(rows: str) -> list[Camera]:
    text = (
        "<html><body><a href='/berita?id=88'>Berita</a><table><thead><tr><th>No</th>"
        "<th>Lokasi CCTV</th><th>Alamat IP</th><th>Status</th><th>Aksi</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></body></html>"
    )
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


def row(number: int, name: str, action: str) -> str:
    return (
        f"<tr><td>{number}</td><td>{name}</td><td>192.168.1.{20 + number}</td>"
        f"<td>Aktif</td><td>{action}</td></tr>"
    )


def button(href: str) -> str:
    return f'<a href="{href}"><button type="button">Lihat CCTV</button></a>'


def test_each_rows_monitor_link_gives_its_id() -> None:
    cameras = parse(
        row(1, "Blok A - Lorong", button(f"{BASE}/monitor?id=11"))
        + row(2, "Blok A - Parkir", button(f"{BASE}/monitor?id=12"))
        + row(3, "Blok B - Tangga", "<p>CCTV Tidak Aktif</p>")
    )
    assert [(c.id, c.raw_name) for c in cameras] == [
        ("11", "Blok A - Lorong"),
        ("12", "Blok A - Parkir"),
    ]
    assert cameras[0].stream_url == f"{BASE}/monitor?id=11"
    # The private Alamat IP is never media.
    assert all("192.168" not in (c.stream_url or "") for c in cameras)


def operator_table(order: list[int]) -> list[Camera]:
    rows = "".join(
        f'<tr><td>Simpang {i}</td><td><a href="https://stream.kota.example/live/c{i}/index.m3u8">'
        'Live</a></td><td><a href="/operator/show?id=1">Budi</a></td></tr>'
        for i in order
    )
    text = (
        "<html><body><table><thead><tr><th>Lokasi</th><th>Stream</th><th>Operator</th></tr>"
        f"</thead><tbody>{rows}</tbody></table></body></html>"
    )
    result = parse_body(
        text, profile=Profile.AUTO, base_url="https://cctv.kota.example/", prettify=False
    )
    return list(result.cameras)


def test_a_record_every_row_links_is_no_cameras_id() -> None:
    cameras = operator_table([1, 2, 3, 4])
    assert [c.raw_name for c in cameras] == [f"Simpang {i}" for i in range(1, 5)]
    ids = [c.id for c in cameras]
    assert len(set(ids)) == 4
    assert not any(i == "1" or i.startswith("1-") for i in ids)
    # The same rows in another order keep their ids.
    again = operator_table([4, 3, 2, 1])
    assert {c.raw_name: c.id for c in again} == {c.raw_name: c.id for c in cameras}
