"""Cards whose loose place lines (``Lokasi:``, ``Location:``) are mostly street addresses."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

PAGE = "https://cctv.kutim.example/cctv"


def _page(cards: list[tuple[str, str, str]], label: str = "Location") -> tuple[Camera, ...]:
    body = "".join(
        f'<div class="card"><div class="card-body"><h3 class="card-title">{name}</h3>'
        f'<p class="text-sm">{label}: {place}</p>'
        f'<a href="{url}" class="btn">View Stream</a></div></div>'
        for name, place, url in cards
    )
    html = f'<html><body><div class="grid">{body}</div></body></html>'
    return parse_body(html, profile=Profile.AUTO, base_url=PAGE, prettify=False).cameras


def _url(slug: str) -> str:
    return f"https://media.kutim.example/hls/{slug}/index.m3u8"


def test_plain_line_among_long_street_addresses_is_no_area() -> None:
    cams = _page(
        [
            ("Gerbang Mapolres", "Jl. Soekarno-Hatta, depan Mapolres Kutai Timur", _url("a")),
            ("Simpang Tiga", "Jl. Yos Sudarso - Jl. APT Pranoto, Sangatta Utara", _url("b")),
            ("Pos Polisi Teluk Lingga", "Pos Lantas Teluk Lingga", _url("c")),
            ("Jembatan Lama", "Jembatan Sangatta Lama, arah Sangatta Selatan", _url("d")),
        ]
    )
    assert len(cams) == 4
    assert all(cam.area is None for cam in cams)


def test_lokasi_label_counts_too() -> None:
    cams = _page(
        [
            ("Kantor Bupati", "Jl. Soekarno-Hatta No. 1", _url("a")),
            ("Taman Bersemi", "Taman Bersemi", _url("b")),
            ("Pasar Induk", "Jl. APT Pranoto Blok C", _url("c")),
        ],
        label="Lokasi",
    )
    assert [cam.area for cam in cams] == [None, None, None]


def test_mostly_plain_places_keep_their_areas() -> None:
    cams = _page(
        [
            ("Simpang Kabo", "Sangatta Utara", _url("a")),
            ("Pasar Bengalon", "Bengalon", _url("b")),
            ("Gerbang Mapolres", "Jl. Soekarno-Hatta, depan Mapolres Kutai Timur", _url("c")),
        ]
    )
    areas = {cam.name: cam.area for cam in cams}
    assert areas["Simpang Kabo"] == "Sangatta Utara"
    assert areas["Pasar Bengalon"] == "Bengalon"
    assert areas["Gerbang Mapolres"] is None


def test_other_long_lines_are_not_counted() -> None:
    # Long descriptions under other labels are no address lines: the places stay areas.
    cams = _page(
        [
            ("Simpang Kabo", "Sangatta Utara", _url("a")),
            ("Pasar Bengalon", "Bengalon", _url("b")),
        ]
    )
    assert {cam.area for cam in cams} == {"Sangatta Utara", "Bengalon"}
    html = (
        "<html><body>"
        + "".join(
            f'<div class="card"><h3>{name}</h3><p>Keterangan: Jl. Poros, kamera arah barat laut'
            f' menghadap simpang</p><p>Kecamatan: {area}</p><a href="{_url(name)}">Live</a></div>'
            for name, area in (("Kabo", "Sangatta Utara"), ("Bengalon", "Bengalon"))
        )
        + "</body></html>"
    )
    cams = parse_body(html, profile=Profile.AUTO, base_url=PAGE, prettify=False).cameras
    assert {cam.area for cam in cams} == {"Sangatta Utara", "Bengalon"}


def test_lan_link_card_is_no_camera() -> None:
    cams = _page(
        [
            ("Lobby SPKT", "Gedung SPKT Mapolres, lantai 1", "http://172.20.1.5/hls/lobby.m3u8"),
            ("Simpang Tiga", "Jl. Yos Sudarso", _url("b")),
            ("Pos Teluk Lingga", "Pos Lantas Teluk Lingga", _url("c")),
        ]
    )
    assert [cam.name for cam in cams] == ["Simpang Tiga", "Pos Teluk Lingga"]
    assert all(cam.area is None for cam in cams)
