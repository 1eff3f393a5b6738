"""Published spreadsheets: title lines, filled-down groups, sheet chrome, wrapped links."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import resolve_url, unwrap_redirect
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import parse_status

SAFE_LINK = (
    "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fs.example%2Fb.jpg"
    "&data=05%7C02&sdata=x&reserved=0"
)
BASE = "https://docs.sheets.example/spreadsheets/d/e/2PACX-1v/pub?output=csv"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_title_lines_and_filled_down_groups(delimiter: str) -> None:
    """Title lines above the header are passed over; merged kecamatan cells fill down."""
    rows = [
        ["DAFTAR TITIK CCTV", "", "", ""],
        ["", "", "", ""],
        ["Kecamatan", "Nama Titik", "Link", "Status"],
        ["Bengalon", "Simpang Tiga", "https://s.example/1.m3u8", "Aktif"],
        ["", "Sepaso", "https://s.example/2.m3u8", "Tidak Aktif"],
        ["Kaliorang", "Dermaga", "https://s.example/3.m3u8", "Aktif"],
        ["", "Pasar", "https://s.example/4.m3u8", "Aktif"],
    ]
    text = "\r\n".join(delimiter.join(row) for row in rows)
    found = cameras(text)
    assert [(c.raw_name, c.area) for c in found] == [
        ("Simpang Tiga", "Bengalon"),
        ("Sepaso", "Bengalon"),
        ("Dermaga", "Kaliorang"),
        ("Pasar", "Kaliorang"),
    ]
    assert [c.online for c in found] == [True, False, True, True]


def test_other_columns_do_not_fill_down() -> None:
    """Only area columns take the value above; an empty still stays empty."""
    text = (
        "Kecamatan,Nama,Stream,Foto\r\n"
        "Bengalon,A,https://s.example/a.m3u8,https://s.example/a.jpg\r\n"
        ",B,https://s.example/b.m3u8,\r\n"
    )
    first, second = cameras(text)
    assert second.area == "Bengalon"
    assert first.snapshot_url == "https://s.example/a.jpg"
    assert second.snapshot_url is None


def test_a_long_preamble_is_no_table() -> None:
    """Many title lines before anything tabular: the body is not read as CSV."""
    text = "\n".join(["Catatan"] * 20) + "\nNama,Link\nA,https://s.example/a.m3u8\n"
    with pytest.raises(PortalFormatError):
        cameras(text)


def _waffle(rows: list[list[str]]) -> str:
    shim = '<th class="row-header freezebar-vertical-handle header-shim row-header-shim"></th>'
    head = f"<thead><tr>{shim}" + '<th class="header-shim"></th>' * len(rows[0]) + "</tr></thead>"
    body = ""
    for number, row in enumerate(rows, 1):
        th = f'<th class="row-headers-background"><div class="row-header-wrapper">{number}</div></th>'
        body += "<tr>" + th + "".join(f'<td class="s1">{cell}</td>' for cell in row) + "</tr>"
        if number == 1:
            body += (
                '<tr><th class="freezebar-cell"></th>'
                + '<td class="freezebar-cell"></td>' * len(row)
                + "</tr>"
            )
    return f'<html><body><table class="waffle">{head}<tbody>{body}</tbody></table></body></html>'


def test_published_sheet_html() -> None:
    """A sheet's pubhtml table: row numbers and shims dropped, header read, links unwrapped."""
    link = (
        '<a href="https://www.google.com/url?q=https://s.example/hls/a.m3u8&amp;sa=D'
        '&amp;source=editors&amp;ust=1&amp;usg=AOv">Lihat</a>'
    )
    page = _waffle(
        [
            ["No", "Kecamatan", "Lokasi CCTV", "Titik Koordinat", "Link Streaming", "Keterangan"],
            ["1", "Kaliorang", "Pelabuhan", "0.99812, 117.94388", link, "Offline sejak 28/11"],
        ]
    )
    (camera,) = cameras(page)
    assert (camera.raw_name, camera.area) == ("Pelabuhan", "Kaliorang")
    assert (camera.latitude, camera.longitude) == (0.99812, 117.94388)
    assert camera.stream_url == "https://s.example/hls/a.m3u8"
    assert camera.online is False


@pytest.mark.parametrize(
    ("wrapped", "target"),
    [
        (
            "https://www.google.com/url?q=https://s.example/a.m3u8&sa=D&usg=x",
            "https://s.example/a.m3u8",
        ),
        (
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fs.example%2Fp%3Fid%3D3&h=AT0",
            "https://s.example/p?id=3",
        ),
        (
            SAFE_LINK,
            "https://s.example/b.jpg",
        ),
        ("https://www.youtube.com/redirect?q=https://s.example/c&v=1", "https://s.example/c"),
    ],
)
def test_redirect_wrappers_are_unwrapped(wrapped: str, target: str) -> None:
    """Known redirect wrappers give their target, read from the address only."""
    assert unwrap_redirect(wrapped) == target
    assert resolve_url(wrapped, BASE) == target


def test_unknown_or_unsafe_wrappers_stay() -> None:
    """Other hosts' ``q`` parameters and non-web targets are left as they are."""
    search = "https://search.example/url?q=https://s.example/a.m3u8"
    assert unwrap_redirect(search) == search
    wrapped = "https://www.google.com/url?q=javascript:alert(1)"
    assert unwrap_redirect(wrapped) == wrapped
    # A wrapped address with a login loses it like any other.
    login = "https://www.google.com/url?q=https://user:Go2Pass@s.example/a.m3u8"
    assert resolve_url(login, BASE) == "https://s.example/a.m3u8"


def test_nested_wrappers_are_bounded() -> None:
    """Wrappers nested without end are taken off at most a few times, quickly."""
    url = "https://s.example/a.m3u8"
    for _ in range(50):
        url = "https://www.google.com/url?q=" + url.replace("%", "%25").replace("&", "%26")
    result = unwrap_redirect(url)
    assert result.startswith("https://www.google.com/url?q=")


def test_dated_states() -> None:
    """A state word dated by a note is that state; other dated text says nothing."""
    assert parse_status("Offline sejak 28/11") is False
    assert parse_status("online since 2 Dec") is True
    assert parse_status("Simpang sejak 2020") is None
