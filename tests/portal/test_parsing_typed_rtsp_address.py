"""A camera-type field naming a record's lone ``url_rtsp`` as the camera's stream."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import address_first_fields, index_keys

BASE = "https://cctv.kutim.example/api/cameras"
EMBED = "https://player.kutim.example/embed/{}"


def _rtsp(host: str, login: str = "admin:Rahasia1@") -> str:
    return f"rtsp://{login}{host}:554/Streaming/Channels/101"


def _cams(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    text = json.dumps(records)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _row(
    ident: int, kind: str | None, rtsp: str | None, embed: str | None = None
) -> dict[str, object]:
    row: dict[str, object] = {"id": ident, "nama": f"Simpang {ident}", "url_rtsp": rtsp}
    row["embed_url"] = embed
    if kind is not None:
        row["camera_type"] = kind
    return row


def test_rtsp_type_reads_url_rtsp_without_its_login() -> None:
    """camera_type rtsp: the lone url_rtsp is the stream; the login is never copied."""
    cameras = _cams(
        [
            _row(1, "rtsp", _rtsp("cam1.kutim.example")),
            _row(2, "RTSP", _rtsp("cam2.kutim.example")),
            _row(3, "embed", None, EMBED.format(3)),
        ]
    )
    assert [(c.id, c.stream_url) for c in cameras] == [
        ("1", "rtsp://cam1.kutim.example:554/Streaming/Channels/101"),
        ("2", "rtsp://cam2.kutim.example:554/Streaming/Channels/101"),
        ("3", EMBED.format(3)),
    ]
    assert all("Rahasia1" not in (c.stream_url or "") + c.name for c in cameras)


@pytest.mark.parametrize(
    "kind",
    [None, "embed", "webcam", "hls", "a very long camera type sentence"],
)
def test_other_types_leave_a_logged_in_url_rtsp_as_an_input(kind: str | None) -> None:
    """Without a type naming RTSP, a lone url_rtsp with a login stays the server's input."""
    cameras = _cams(
        [
            _row(1, kind, _rtsp("cam1.kutim.example"), EMBED.format(1)),
            _row(2, kind, _rtsp("cam2.kutim.example")),
            _row(3, "rtsp", _rtsp("cam3.kutim.example")),
        ]
    )
    assert [(c.id, c.stream_url) for c in cameras] == [
        ("1", EMBED.format(1)),
        ("3", "rtsp://cam3.kutim.example:554/Streaming/Channels/101"),
    ]


@pytest.mark.parametrize(
    "host",
    ["192.168.1.20", "10.8.0.14", "127.0.0.1", "localhost", "169.254.169.254", "nvr"],
)
def test_private_rtsp_addresses_never_become_media(host: str) -> None:
    """A typed RTSP address on a LAN, loopback, link-local or single-label host is refused.

    Beside the public list's published cameras (an unpublished LAN camera, as
    ``lanoutliers`` reads it everywhere).
    """
    cameras = _cams(
        [
            _row(1, "rtsp", _rtsp(host)),
            _row(2, "rtsp", _rtsp("cam2.kutim.example")),
            _row(3, "rtsp", _rtsp("cam3.kutim.example")),
        ]
    )
    assert [c.id for c in cameras] == ["2", "3"]
    assert all(host not in (c.stream_url or "") for c in cameras)


def test_metadata_address_is_never_media_even_alone() -> None:
    """A cloud metadata address typed as RTSP is never a camera's stream."""
    cameras = _cams(
        [_row(1, "rtsp", _rtsp("169.254.169.254")), _row(2, "embed", None, EMBED.format(2))]
    )
    assert [c.id for c in cameras] == ["2"]


def test_type_must_name_the_fields_medium() -> None:
    """The type names the address-first field's medium; a plain ``type`` field is no such type."""
    index = index_keys({"camera_type": "rtsp", "url_rtsp": "rtsp://a.example/x"})
    fields, own = address_first_fields(index, frozenset(index))
    assert fields["rtsp_url"] == "rtsp://a.example/x" and "rtsp_url" in own
    for other in ({"type": "rtsp"}, {"camera_type": "hls"}, {"camera_type": ["rtsp"]}):
        index = index_keys({**other, "url_rtsp": "rtsp://a.example/x"})
        fields, own = address_first_fields(index, frozenset(index))
        assert "rtsp_url" not in fields and own == frozenset(index)
