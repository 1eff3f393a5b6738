"""Recorder channel tables, app promotion pictures and records flagged as needing a login."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import parse_status

BASE = "https://nvr.pasar.kutimkab.example/pantau/kanal"


def cameras(text: str, base: str = BASE) -> tuple[Camera, ...]:
    """Parse an answer as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def channel_table(*rows: tuple[str, str, str, str], header: str = "Kanal") -> str:
    """Return a recorder's channel table: channel, name, state and the still's file."""
    body = "".join(
        f"<tr><td>{channel}</td><td>{name}</td><td>{state}</td>"
        f'<td><img src="{still}" alt="{channel}"></td></tr>'
        if still
        else f"<tr><td>{channel}</td><td>{name}</td><td>{state}</td><td>-</td></tr>"
        for channel, name, state, still in rows
    )
    return (
        f"<html><body><table><thead><tr><th>{header}</th><th>Nama Kamera</th>"
        f"<th>Status</th><th>Cuplikan</th></tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )


def test_channel_codes_are_ids_and_channel_states_are_read() -> None:
    found = cameras(
        channel_table(
            ("CH01", "Gerbang Utama", "Terekam", "/snap/ch01.jpg"),
            ("CH02", "Parkir Roda Dua", "Video hilang", "/snap/ch02.jpg"),
            ("CH05", "Los Ikan", "Merekam", "/snap/ch05.jpg"),
        )
    )
    assert [(c.id, c.name, c.online) for c in found] == [
        ("CH01", "Gerbang Utama", True),
        ("CH02", "Parkir Roda Dua", False),
        ("CH05", "Los Ikan", True),
    ]
    assert found[0].snapshot_url == "https://nvr.pasar.kutimkab.example/snap/ch01.jpg"


def test_hikvision_style_channel_codes_under_an_english_header() -> None:
    found = cameras(
        channel_table(
            ("D1", "Dock Gate", "Recording", "/snap/d1.jpg"),
            ("D2", "Pier", "Video Loss", "/snap/d2.jpg"),
            header="Channel",
        )
    )
    assert [(c.id, c.online) for c in found] == [("D1", True), ("D2", False)]


@pytest.mark.parametrize("header", ["No. Kanal", "CH", "Ch.", "Channel No", "Kanal ID"])
def test_channel_word_with_a_number_word_is_the_channel_column(header: str) -> None:
    found = cameras(
        channel_table(
            ("CH01", "Gerbang Utama", "Terekam", "/snap/ch01.jpg"),
            ("CH02", "Parkir Roda Dua", "Merekam", "/snap/ch02.jpg"),
            header=header,
        )
    )
    assert [(c.id, c.name) for c in found] == [
        ("CH01", "Gerbang Utama"),
        ("CH02", "Parkir Roda Dua"),
    ]


@pytest.mark.parametrize("header", ["Deskripsi Kanal", "Channel Description", "Kanal Deskripsi"])
def test_a_description_column_naming_the_channel_still_names_the_cameras(header: str) -> None:
    row = (
        "<tr><td>{0}</td><td>{1}</td>"
        '<td><a href="https://cctv.kutim.example/live/{0}.m3u8">Live</a></td></tr>'
    )
    text = (
        f"<table><thead><tr><th>No</th><th>{header}</th><th>Stream</th></tr></thead><tbody>"
        + row.format(1, "Simpang Patung Singa")
        + row.format(2, "Pelabuhan Kenyamukan")
        + "</tbody></table>"
    )
    found = cameras(text, "https://portal.example/")
    assert [(c.name, c.stream_url) for c in found] == [
        ("Simpang Patung Singa", "https://cctv.kutim.example/live/1.m3u8"),
        ("Pelabuhan Kenyamukan", "https://cctv.kutim.example/live/2.m3u8"),
    ]


def test_bare_channel_numbers_give_no_ids() -> None:
    found = cameras(
        channel_table(
            ("1", "Loket", "Recording", "/snap/a-1.jpg"),
            ("2", "Ruang Tunggu", "Recording", "/snap/a-2.jpg"),
            ("1", "Parkir", "Recording", "/snap/b-1.jpg"),
            header="CH",
        )
    )
    assert len(found) == 3
    assert all(c.id.startswith("k-") for c in found)


def test_repeated_or_mixed_channel_codes_give_no_ids() -> None:
    repeated = cameras(
        channel_table(
            ("CH01", "Loket", "Terekam", "/snap/a.jpg"),
            ("ch01", "Parkir", "Terekam", "/snap/b.jpg"),
        )
    )
    mixed = cameras(
        channel_table(
            ("CH01", "Loket", "Terekam", "/snap/a.jpg"),
            ("Lantai dua", "Parkir", "Terekam", "/snap/b.jpg"),
        )
    )
    assert all(c.id.startswith("k-") for c in (*repeated, *mixed))


def test_a_lan_only_channel_is_no_camera() -> None:
    text = channel_table(
        ("CH01", "Gerbang", "Terekam", "/snap/ch01.jpg"),
        ("CH02", "Parkir", "Terekam", "/snap/ch02.jpg"),
        ("CH09", "Kantor", "Terekam", "http://192.168.1.64/ISAPI/Streaming/channels/901/picture"),
    )
    found = cameras(text)
    assert [c.id for c in found] == ["CH01", "CH02"]
    assert all("192.168" not in (c.snapshot_url or "") for c in found)


@pytest.mark.parametrize(
    ("state", "online"),
    [
        ("Recording", True),
        ("Merekam", True),
        ("Terekam", True),
        ("Video Loss", False),
        ("Video hilang", False),
        ("No signal", False),
        ("Tidak ada sinyal", False),
        ("Video", None),
        ("Rekaman", None),
    ],
)
def test_recorder_channel_states(state: str, online: bool | None) -> None:
    assert parse_status(state) is online


CARDS = """<html><body><div class="view-content">
<div class="views-row"><h3>Simpang Sepaso</h3>
<img src="https://img.lalin.kutimkab.example/cam/sepaso.jpg" alt="Simpang Sepaso"></div>
<div class="views-row"><h3>Jembatan Bengalon</h3>
<img src="https://img.lalin.kutimkab.example/cam/jembatan.jpg" alt="Jembatan Bengalon"></div>
{extra}
</div></body></html>"""


@pytest.mark.parametrize(
    "alt",
    [
        "Unduh aplikasi Lalin Kutim",
        "Download the Kutim Traffic app",
        "Dapatkan aplikasinya sekarang",
        "Get our app",
        "Install Aplikasi Jelajah Kutim",
    ],
)
def test_app_promotion_picture_is_no_camera(alt: str) -> None:
    extra = (
        f'<div class="promo"><a href="/aplikasi"><img src="/files/promo.png" alt="{alt}"></a></div>'
    )
    found = cameras(CARDS.format(extra=extra), "https://lalin.kutimkab.example/kamera")
    assert [c.name for c in found] == ["Simpang Sepaso", "Jembatan Bengalon"]


@pytest.mark.parametrize(
    "alt",
    ["Gerai Aplikasi Samsat Keliling", "Download Center Diskominfo", "Simpang Unduh Lima"],
)
def test_camera_named_with_an_app_word_stays(alt: str) -> None:
    extra = (
        f'<div class="views-row"><h3>{alt}</h3>'
        f'<img src="https://img.lalin.kutimkab.example/cam/extra.jpg" alt="{alt}"></div>'
    )
    found = cameras(CARDS.format(extra=extra), "https://lalin.kutimkab.example/kamera")
    assert alt in [c.name for c in found]
    assert len(found) == 3


def registry(*records: dict[str, object]) -> str:
    """Return a bare JSON array of webcam records."""
    return json.dumps(list(records))


def record(name: str, **flags: object) -> dict[str, object]:
    """Return one public webcam record with the given flags."""
    slug = name.lower().replace(" ", "-")
    return {
        "id": f"kt-{slug}",
        "name": name,
        "city": "Sangatta",
        "url": f"https://cams.wisata.kutimkab.example/{slug}.jpg",
        **flags,
    }


REGISTRY = "https://registry.kutimkab.example/cameras.json"


@pytest.mark.parametrize(
    "flags",
    [{"auth": True}, {"requiresAuth": True}, {"login_required": True}, {"authRequired": True}],
)
def test_record_needing_a_login_is_no_camera(flags: dict[str, object]) -> None:
    found = cameras(
        registry(record("Pantai Lingga", auth=False), record("Jembatan", **flags)), REGISTRY
    )
    assert [c.name for c in found] == ["Pantai Lingga"]


@pytest.mark.parametrize(
    "flags",
    [
        {"auth": False},
        {"public": False},
        {"is_public": False},
        {"auth": {"enabled": True}},
        {"auth": "true"},
        {"verified": False},
    ],
)
def test_other_flags_keep_the_camera(flags: dict[str, object]) -> None:
    found = cameras(registry(record("Pantai Lingga"), record("Jembatan", **flags)), REGISTRY)
    assert [c.name for c in found] == ["Pantai Lingga", "Jembatan"]


def test_saved_camera_carrying_its_login_stays_without_it() -> None:
    saved = {
        "id": "m1",
        "name": "Gudang",
        "streamUrl": "https://viewer:Rahasia1@cams.gudang.kutimkab.example/live/index.m3u8",
        "requiresAuth": True,
    }
    found = cameras(registry(saved, record("Pantai Lingga")), REGISTRY)
    assert [c.name for c in found] == ["Gudang", "Pantai Lingga"]
    assert found[0].stream_url is not None
    assert "Rahasia1" not in found[0].stream_url
    assert "@" not in found[0].stream_url


@pytest.mark.parametrize(
    "query",
    ["token=abc123", "access_token=eyJhbGciOiJIUzI1NiJ9", "key=9f2c41d0", "sig=a1b2&expires=1"],
)
def test_record_handing_its_token_in_the_address_stays(query: str) -> None:
    answer = {
        "data": [
            {
                "nama": "Simpang A",
                "stream": f"https://cctv.kutim.example/live/1.m3u8?{query}",
                "requiresAuth": True,
            },
            {
                "nama": "Simpang B",
                "stream": f"https://cctv.kutim.example/live/2.m3u8?{query}",
                "requiresAuth": True,
            },
        ]
    }
    found = cameras(json.dumps(answer), "https://cctv.kutim.example/api/kamera")
    assert [c.name for c in found] == ["Simpang A", "Simpang B"]
    assert found[0].stream_url is not None
    assert found[0].stream_url.startswith("https://cctv.kutim.example/live/1.m3u8?")


def test_records_all_needing_a_login_say_so() -> None:
    answer = {
        "data": [
            {"nama": "Simpang A", "stream": "https://cctv.kutim.example/live/1.m3u8", "auth": True},
            {"nama": "Simpang B", "stream": "https://cctv.kutim.example/live/2.m3u8", "auth": True},
        ]
    }
    with pytest.raises(PortalFormatError, match="need a login"):
        cameras(json.dumps(answer), "https://cctv.kutim.example/api/kamera")


@pytest.mark.parametrize(
    ("stream", "extra"),
    [
        ("https://p.example/live/{}.m3u8", {"help_url": "https://p.example/help?key=abc"}),
        ("https://p.example/live/{}.m3u8?key=cam{}", {}),
    ],
)
def test_a_key_that_is_no_token_of_the_media_hands_no_login(
    stream: str, extra: dict[str, str]
) -> None:
    answer = [
        {
            "id": number,
            "name": f"Simpang {number}",
            "requiresAuth": True,
            "stream_url": stream.format(number, number),
            **extra,
        }
        for number in (1, 2)
    ]
    with pytest.raises(PortalFormatError, match="need a login"):
        cameras(json.dumps(answer), "https://p.example/api/cams")


def test_a_long_all_digit_key_of_the_media_hands_the_login() -> None:
    """``?key=83920175`` is a token as much as ``?key=9f2c41d0``; ``cam1`` selects."""
    answer = [
        {
            "id": number,
            "name": f"Simpang {number}",
            "requiresAuth": True,
            "stream_url": f"https://cctv.example/live/{number}.m3u8?key=83920175",
        }
        for number in range(3)
    ]
    found = cameras(json.dumps(answer), "https://cctv.example/api")
    assert len(found) == 3
