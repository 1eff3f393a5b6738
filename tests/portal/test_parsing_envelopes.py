"""Camera lists nested past the search under an answer's envelope objects."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://pantau.kutim.example/api/perangkat"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _ids(body: object) -> list[str]:
    try:
        return [camera.id for camera in cameras(body)]
    except PortalFormatError:
        return []


def _cctv(n: int, **media: str) -> dict[str, object]:
    return {"device_id": f"C{n}", "label": f"Simpang {n}", "media": media, "online": True}


HLS = "https://pantau.kutim.example/media/1/index.m3u8"
JPG = "https://pantau.kutim.example/media/2/latest.jpg"


def test_device_kinds_under_payload_result() -> None:
    """``payload.result.perangkat.cctv``: media one object down; traffic lights are no cameras."""
    body = {
        "meta": {"sistem": "B-Connect", "versi": "1.4"},
        "payload": {
            "result": {
                "perangkat": {
                    "cctv": [_cctv(1, hls=HLS, jpeg=""), _cctv(2, hls="", jpeg=JPG)],
                    "apill": [{"device_id": "A1", "label": "APILL", "fase": 4}],
                },
                "ringkasan": {"cctv": 2, "apill": 1},
            }
        },
        "error": None,
    }
    found = cameras(body)
    assert [(c.id, c.stream_url, c.snapshot_url) for c in found] == [
        ("C1", HLS, None),
        ("C2", None, JPG),
    ]


def test_trpc_superjson_answer() -> None:
    """tRPC's ``result.data.json`` holding the list beside filters; superjson meta is no list."""
    body = {
        "result": {
            "data": {
                "json": {
                    "cameras": [{"id": "k1", "name": "Pelangi", "hlsUrl": HLS}],
                    "options": [{"value": "Sangatta Utara", "count": 1}],
                },
                "meta": {"values": {"cameras.0.updatedAt": ["Date"]}},
            }
        }
    }
    assert _ids(body) == ["k1"]


def test_graphql_record_connection_nodes() -> None:
    """``data.agency.camerasConnection.nodes``: the agency is not a camera."""
    body = {
        "data": {
            "agency": {
                "name": "Dishub",
                "camerasConnection": {
                    "nodes": [{"id": "n1", "name": "Kabo", "streamUrl": HLS}],
                    "pageInfo": {"hasNextPage": False},
                },
            }
        }
    }
    assert _ids(body) == ["n1"]


@pytest.mark.parametrize(
    "body",
    [
        # A news answer: articles deep under envelopes carry no media.
        {"payload": {"result": {"berita": {"items": [{"id": "b1", "judul": "Rapat"}]}}}},
        # A shop: products with prices and slugs, no picture or stream.
        {
            "data": {
                "result": {
                    "toko": {
                        "produk": [{"id": "p1", "nama": "Kopi", "harga": 15000, "slug": "kopi"}]
                    }
                }
            }
        },
        # Beyond the envelopes the rule looks through: no list is found.
        {"payload": {"result": {"x": {"y": {"z": {"cctv": [{"id": "c", "hls": HLS}]}}}}}},
    ],
)
def test_near_misses_give_no_camera(body: object) -> None:
    """Lists without media, or nested past the envelopes, give no camera."""
    assert _ids(body) == []


def test_lan_media_under_envelopes_is_not_taken() -> None:
    """A LAN-only camera found through an envelope beside published ones is not listed."""
    published = [
        {"device_id": f"P{n}", "media": {"hls": f"https://pantau.kutim.example/{n}.m3u8"}}
        for n in (1, 2)
    ]
    lan = {"device_id": "L1", "media": {"hls": "http://192.168.1.20/live.m3u8"}}
    body = {"payload": {"result": {"perangkat": {"cctv": [lan, *published]}}}}
    found = cameras(body)
    assert [c.id for c in found] == ["P1", "P2"]
    assert "192.168." not in repr(found)
