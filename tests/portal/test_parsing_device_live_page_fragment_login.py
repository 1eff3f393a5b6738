"""A camera's live-view page whose fragment carries a login is refused."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.embeds import device_live_page

BASE = "https://sk.kutim.example/station/video.jsp"
HIK = "http://cam2.kutim.example/doc/page/preview.asp"


def cameras(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def link_table(address: str) -> str:
    rows = [
        ("Gerbang", "https://cctv.kutim.example/hls/gerbang/index.m3u8"),
        ("Parkir", address),
        ("Kantin", "https://cctv.kutim.example/mjpg/kantin/video.mjpg"),
    ]
    body = "".join(
        f'<tr><td>{name}</td><td><a href="{url}" target="_blank">Live</a></td></tr>'
        for name, url in rows
    )
    return (
        "<html><body><table><thead><tr><th>Nama Kamera</th><th>Link Live</th></tr></thead>"
        f"<tbody>{body}</tbody></table></body></html>"
    )


def handler_table(address: str) -> str:
    rows = [
        ("K-01", "Dam Kiri", "https://sk.kutim.example/live/k01/index.m3u8"),
        ("K-02", "Pelimpah", address),
        ("K-03", "Intake", "https://sk.kutim.example/live/k03.flv"),
    ]
    body = "".join(
        f'<tr><td>{code}</td><td>{name}</td><td><a href="#" onclick="show(\'{url}\')">'
        f"{url}</a></td></tr>"
        for code, name, url in rows
    )
    return (
        "<html><body><table><thead><tr><th>Kode</th><th>Nama Kamera</th><th>Alamat Video</th>"
        f"</tr></thead><tbody>{body}</tbody></table></body></html>"
    )


@pytest.mark.parametrize(
    "fragment",
    ["#user=admin:12345", "#password=12345", "#admin:12345", "#admin@cam", "#pwd=1", "#u&token=x"],
)
def test_a_fragment_login_refuses_the_page(fragment: str) -> None:
    assert not device_live_page(HIK + fragment)


@pytest.mark.parametrize("fragment", ["", "#", "#main", "#live-view", "#channel2"])
def test_a_plain_anchor_keeps_the_page(fragment: str) -> None:
    assert device_live_page(HIK + fragment)


def test_a_linked_page_with_a_fragment_login_is_no_stream() -> None:
    found = [(c.name, c.stream_url) for c in cameras(link_table(HIK + "#user=admin:12345"))]
    assert ("Parkir", HIK + "#user=admin:12345") not in found
    assert all("12345" not in (url or "") for _, url in found)
    assert [name for name, _ in found] == ["Gerbang", "Kantin"]


def test_a_handed_page_with_a_fragment_login_is_no_stream() -> None:
    found = [(c.name, c.stream_url) for c in cameras(handler_table(HIK + "#user=admin:12345"))]
    assert all("12345" not in (url or "") for _, url in found)
    assert [name for name, _ in found] == ["Dam Kiri", "Intake"]


def test_a_page_with_a_plain_anchor_stays_the_rows_stream() -> None:
    found = [(c.name, c.stream_url) for c in cameras(link_table(HIK + "#main"))]
    assert ("Parkir", HIK + "#main") in found
