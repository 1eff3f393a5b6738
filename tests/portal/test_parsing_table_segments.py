"""Tables: an address in a cell names nothing; a road segment column files its cameras."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import header_field

BASE = "https://dishub.kutim.example/cctv"


def cameras(headers: list[str], rows: list[list[str]]) -> tuple[Camera, ...]:
    """Parse an admin table of the given header and body cells."""
    head = "".join(f"<th>{cell}</th>" for cell in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    page = f"<html><body><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>"
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _rtsp(host: str, login: str = "") -> str:
    return f"<code>rtsp://{login}{host}.kutim.example:554/Streaming/Channels/101</code>"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Ruas", "segment"),
        ("Ruas Jalan", "segment"),
        ("Koridor", "segment"),
        ("Nama Ruas", "name"),
        ("Titik CCTV", "place"),
        ("Jalan", "place"),
        ("Link Kamera", "camera"),
    ],
)
def test_segment_header(header: str, field: str) -> None:
    assert header_field(header) == field


def test_point_names_camera_and_segment_is_its_area() -> None:
    found = cameras(
        ["No", "Ruas", "Titik CCTV", "Link Kamera", "Status"],
        [
            [
                "1",
                "Sangatta - Bengalon",
                "KM 7 Arah Bengalon",
                _rtsp("cam1", "admin:rahasia@"),
                "Aktif",
            ],
            ["2", "Sangatta - Bengalon", "Simpang Sepaso", _rtsp("cam2"), "Tidak Aktif"],
        ],
    )
    assert [(c.name, c.area, c.online) for c in found] == [
        ("KM 7 Arah Bengalon", "Sangatta - Bengalon", True),
        ("Simpang Sepaso", "Sangatta - Bengalon", False),
    ]
    assert found[0].stream_url == "rtsp://cam1.kutim.example:554/Streaming/Channels/101"
    assert all("rahasia" not in (c.name or "") for c in found)


def test_segment_alone_names_its_camera() -> None:
    link = '<a href="https://pu.kutim.example/cctv/{0}.m3u8">https://pu.kutim.example/cctv/{0}.m3u8</a>'
    found = cameras(
        ["No", "Ruas", "Link Kamera"],
        [
            ["1", "Simpang Kabo - Sangatta", link.format("kabo")],
            ["2", "Jembatan Kenyamukan", link.format("ken")],
        ],
    )
    assert [(c.name, c.area) for c in found] == [
        ("Simpang Kabo - Sangatta", None),
        ("Jembatan Kenyamukan", None),
    ]


def test_camera_column_holding_an_address_names_nothing() -> None:
    hls = '<a href="https://live.kutim.example/hls/{0}/index.m3u8">Lihat</a>'
    found = cameras(
        ["No", "Kamera", "Lokasi", "Stream"],
        [
            ["1", "Taman Bersemi", "Sangatta Utara", hls.format("taman")],
            ["2", "rtsp://admin:kominfo1@kamera3.kutim.example:554/live", "Sangatta Selatan", "-"],
        ],
    )
    names = {c.name: c.area for c in found}
    assert names == {"Taman Bersemi": "Sangatta Utara", "Sangatta Selatan": None}
    assert all("rtsp" not in (c.name or "") and "kominfo1" not in (c.name or "") for c in found)


def test_name_column_still_names_beside_a_segment() -> None:
    found = cameras(
        ["Nama CCTV", "Ruas Jalan", "Video"],
        [
            [
                "Pos Timbang Kaubun",
                "Sangatta - Kaubun",
                '<a href="https://x.kutim.example/a.m3u8">Play</a>',
            ],
            [
                "Dermaga Kenyamukan",
                "Sangatta - Kaubun",
                '<a href="https://x.kutim.example/b.m3u8">Play</a>',
            ],
        ],
    )
    assert [(c.name, c.area) for c in found] == [
        ("Pos Timbang Kaubun", "Sangatta - Kaubun"),
        ("Dermaga Kenyamukan", "Sangatta - Kaubun"),
    ]


@pytest.mark.parametrize(
    "address",
    [
        "rtmp://live.portal.example/live/cam1",
        "srt://ingest.portal.example:9000?streamid=cam3",
        "admin:admin123@192.168.1.64",
        "admin:admin123@nvr.portal.example:8000",
        "192.168.1.64",
        "192.168.1.64:8000",
        "[fe80::1]:554",
    ],
)
def test_any_address_in_a_name_column_names_nothing(address: str) -> None:
    hls = '<a href="https://live.portal.example/hls/{0}/index.m3u8">Lihat</a>'
    found = cameras(
        ["No", "Nama", "Lokasi", "Stream"],
        [
            ["1", address, "Sangatta Selatan", hls.format("cam1")],
            ["2", "Taman Bersemi", "Sangatta Utara", hls.format("cam2")],
        ],
    )
    assert [c.name for c in found] == ["Sangatta Selatan", "Taman Bersemi"]
    assert all("admin123" not in (c.name or "") and "@" not in (c.name or "") for c in found)
    assert all("://" not in (c.name or "") for c in found)


@pytest.mark.parametrize(
    "name",
    ["Simpang 4 Sangatta", "KM 12.5 Bengalon", "Pos 1: Dermaga", "Jl. Yos Sudarso 192"],
)
def test_names_near_addresses_still_name(name: str) -> None:
    hls = '<a href="https://live.portal.example/hls/{0}/index.m3u8">Lihat</a>'
    found = cameras(
        ["No", "Nama", "Lokasi", "Stream"],
        [["1", name, "Sangatta Selatan", hls.format("cam1")]],
    )
    assert [c.name for c in found] == [name]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Segment", None),
        ("Segmen", None),
        ("Road Segment", "segment"),
        ("Segmen Jalan", "segment"),
        ("Ruas Jalan", "segment"),
        ("Corridor", "segment"),
    ],
)
def test_bare_segment_is_no_road_segment(header: str, field: str | None) -> None:
    assert header_field(header) == field


def test_network_segment_column_is_no_area() -> None:
    link = '<a href="https://live.portal.example/hls/{0}.m3u8">Lihat</a>'
    found = cameras(
        ["Nama", "Segment", "Stream"],
        [
            ["Kamera Lobi", "VLAN 20 Kamera", link.format("a")],
            ["Kamera Gudang", "VLAN 20 Kamera", link.format("b")],
        ],
    )
    assert [(c.name, c.area) for c in found] == [("Kamera Lobi", None), ("Kamera Gudang", None)]


def test_road_segment_column_is_still_the_area() -> None:
    link = '<a href="https://live.portal.example/hls/{0}.m3u8">Lihat</a>'
    found = cameras(
        ["Nama", "Road Segment", "Stream"],
        [
            ["Pos Kaubun", "Sangatta - Kaubun", link.format("a")],
            ["Dermaga", "Sangatta - Kaubun", link.format("b")],
        ],
    )
    assert [(c.name, c.area) for c in found] == [
        ("Pos Kaubun", "Sangatta - Kaubun"),
        ("Dermaga", "Sangatta - Kaubun"),
    ]
