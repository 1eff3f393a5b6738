"""Device lists written as labelled text lines: ``流地址: https://…``, ``Status: Online``."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.textlines import address_line, state_line

BASE = "https://edge.video.example/discovery"


def _item(name: str, address: str, state: str, label: str = "流地址") -> str:
    return (
        f"<li class='list-group-item'><h4>{name}</h4><div>设备IP: 10.20.1.11</div>"
        f"<div>{label}: {address}</div><div>设备在线状态: {state}</div></li>"
    )


def _cams(body: str, base: str = BASE) -> tuple[Camera, ...]:
    page = f"<!doctype html><html><body><ul class='list-group'>{body}</ul></body></html>"
    return parse_body(page, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def test_stream_lines_under_headings_are_cameras() -> None:
    """Each stream-address line is a camera named by its heading, with its state line."""
    cameras = _cams(
        _item("深南大道", "https://edge.video.example/live/cam011/index.m3u8", "在线")
        + _item("蛇口港", "rtsp://admin:pw@shekou.video.example:554/Streaming/Channels/101", "离线")
        + _item("莲花山", "", "离线")
    )
    assert [(c.name, c.stream_url, c.online) for c in cameras] == [
        ("深南大道", "https://edge.video.example/live/cam011/index.m3u8", True),
        ("蛇口港", "rtsp://shekou.video.example:554/Streaming/Channels/101", False),
    ]


def test_lan_address_on_a_public_page_is_no_camera() -> None:
    """A LAN address written on a page served from the internet is a device's input."""
    with pytest.raises(PortalFormatError):
        _cams(_item("Gate", "rtsp://10.20.1.11:554/live", "在线"))
    local = _cams(_item("Gate", "rtsp://10.20.1.11:554/live", "在线"), base="http://192.168.1.5/")
    assert [c.stream_url for c in local] == ["rtsp://10.20.1.11:554/live"]


@pytest.mark.parametrize(
    "line",
    [
        "流地址: https://v.example/live/a.m3u8",
        "Stream URL: https://v.example/live/a.m3u8",
        "RTSP：rtsp://v.example/live/a",
        "  播放地址:\n  https://v.example/live/a.flv ",
    ],
)
def test_address_lines(line: str) -> None:
    """A label naming an address and one address as the whole value."""
    assert address_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "推流地址: rtmp://v.example/live/a",  # where a stream is pushed
        "Publish URL: https://v.example/live/a.m3u8",
        "Help: a stream URL looks like https://host/hls/name/index.m3u8",  # a sentence
        "Example: https://v.example/live/a.m3u8",  # a label naming no address
        "Stream URL: /hls/a.m3u8",  # no absolute address
        "Stream URL: https://v.example/a.m3u8 (backup)",
        "https://v.example/live/a.m3u8",
    ],
)
def test_lines_that_are_no_address(line: str) -> None:
    """Ingest labels, sentences, other labels and partial values give no address."""
    assert address_line(line) is None


def test_state_lines() -> None:
    """A state label with a state word gives the state; other labels and values do not."""
    assert state_line("Status: Online") is True
    assert state_line("设备在线状态: 离线") is False
    assert state_line("绑定状态：已绑定") is None
    assert state_line("Location: Online Plaza") is None


def test_location_line_places_a_card_unless_it_is_an_address() -> None:
    """A ``Location:`` line is the card's area like a table's, never a street address."""
    card = (
        "<div class='card'><h5>{name}</h5><p>Location: {place}</p>"
        "<p>Stream URL: https://cams.campus.example/hls/{slug}/index.m3u8</p></div>"
    )
    cameras = _cams(
        card.format(name="Library Entrance", place="North Quad", slug="library")
        + card.format(name="Stadium Gate", place="Jl. Stadion No. 5", slug="stadium")
    )
    assert [(c.name, c.area) for c in cameras] == [
        ("Library Entrance", "North Quad"),
        ("Stadium Gate", None),
    ]


def test_location_line_names_a_card_without_a_title() -> None:
    """A card whose only line is ``Lokasi: X`` is named X, and X is no area."""
    card = (
        '<div class="card"><img src="https://cctv.example.go.id/snap/{n}.jpg">'
        '<div class="card-body"><p>Lokasi: {place}</p>'
        '<a href="https://cctv.example.go.id/hls/{n}.m3u8">Lihat</a></div></div>'
    )
    base = "https://cctv.example.go.id/"
    cameras = _cams(
        card.format(n=1, place="Simpang Tiga Sangatta")
        + card.format(n=2, place="Bundaran Sangatta"),
        base,
    )
    assert [(c.name, c.area) for c in cameras] == [
        ("Simpang Tiga Sangatta", None),
        ("Bundaran Sangatta", None),
    ]
    alone = _cams(card.format(n=1, place="Simpang Tiga Sangatta"), base)
    assert [(c.name, c.area) for c in alone] == [("Simpang Tiga Sangatta", None)]
    # A player's card whose only text is the line: the place names it, not the whole line.
    player = (
        "<div class='card'><video src='https://cctv.example.go.id/hls/{n}.m3u8'></video>"
        "<p>Lokasi: {place}</p></div>"
    )
    players = _cams(
        player.format(n=1, place="Simpang Tiga Sangatta") + player.format(n=2, place="Bundaran"),
        base,
    )
    assert [(c.name, c.area) for c in players] == [
        ("Simpang Tiga Sangatta", None),
        ("Bundaran", None),
    ]
