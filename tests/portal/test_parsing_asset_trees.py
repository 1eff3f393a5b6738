"""Camera assets whose media sit in their feed/product/service tree (``assettrees``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.assettrees import asset_record
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.pantai.example/webcoos/api/v1/assets/"
LIVE = "https://live.pantai.example/webcoos/"


def _service(kind: str, connections: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    properties: dict[str, Any] = {"frequency": {"type": "periodic", "value": "PT1M"}}
    if connections is not None:
        properties["connections"] = connections
    else:
        properties["base_url"] = "https://arsip.pantai.example/media/archive/"
    return {
        "uuid": "svc",
        "data": {
            "type": kind,
            "common": {"slug": "svc", "label": "Live"},
            "properties": properties,
        },
        "elements": {"first_starting": "2026-01-01T00:00:00Z", "last_starting": None},
    }


def _asset(
    number: int,
    services: list[dict[str, Any]],
    *,
    thumbnails: dict[str, Any] | None = None,
    disposition: str | None = "up",
    products: bool = True,
) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "group": "Sangatta Utara",
        "location": {"type": "Point", "coordinates": [117.55 + number / 100, 0.5]},
    }
    if thumbnails is not None:
        properties["thumbnails"] = thumbnails
    feed: dict[str, Any] = {"uuid": f"feed-{number}", "data": {"common": {"label": "raw"}}}
    if products:
        feed["products"] = [{"data": {"common": {"label": "Video"}}, "services": services}]
    else:
        feed["services"] = services
    record: dict[str, Any] = {
        "uuid": f"asset-{number}",
        "data": {
            "common": {"slug": f"a{number}", "label": f"Pantai {number}"},
            "properties": properties,
        },
        "feeds": [feed],
    }
    if disposition is not None:
        record["disposition"] = {"slug": disposition, "label": disposition.title()}
    return record


def _cameras(assets: list[dict[str, Any]]) -> list[Camera]:
    body = json.dumps({"count": len(assets), "next": None, "previous": None, "results": assets})
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _hls(number: int) -> dict[str, Any]:
    return {"protocol": "hls", "url": f"{LIVE}a{number}.stream/playlist.m3u8"}


def test_streaming_service_connection_and_sized_thumbnail_make_the_camera() -> None:
    thumbnails = {
        "base": {
            "lqip": "data:image/jpeg;base64,/9j/4AAQ",
            "square_large": "https://img.pantai.example/a1/square_large.jpg",
            "rect_small": "https://img.pantai.example/a1/rect_small.jpg",
            "rect_large": "https://img.pantai.example/a1/rect_large.jpg",
        }
    }
    dash = {"protocol": "dash", "url": f"{LIVE}a1.stream/manifest.mpd"}
    services = [_service("CatalogService"), _service("StreamingService", [dash, _hls(1)])]
    second = _asset(2, [_service("StreamingService", [_hls(2)])], disposition="down")
    cameras = _cameras([_asset(1, services, thumbnails=thumbnails), second])
    assert [(c.id, c.name, c.area) for c in cameras] == [
        ("asset-1", "Pantai 1", "Sangatta Utara"),
        ("asset-2", "Pantai 2", "Sangatta Utara"),
    ]
    first = cameras[0]
    assert first.stream_url == f"{LIVE}a1.stream/playlist.m3u8"  # HLS before DASH
    assert first.snapshot_url == "https://img.pantai.example/a1/rect_large.jpg"  # wide, large
    assert (first.latitude, first.longitude) == (0.5, 117.56)
    assert [c.online for c in cameras] == [True, False]


def test_feed_holding_services_directly_and_dash_or_embed_alone() -> None:
    dash = {"protocol": "dash", "url": f"{LIVE}a1.stream/manifest.mpd"}
    embed = {"protocol": "embed", "url": "https://player.pantai.example/embed/a2"}
    cameras = _cameras(
        [
            _asset(1, [_service("StreamingService", [dash])], products=False),
            _asset(2, [_service("StreamingService", [embed])], disposition=None),
        ]
    )
    assert [c.stream_url for c in cameras] == [
        f"{LIVE}a1.stream/manifest.mpd",
        "https://player.pantai.example/embed/a2",
    ]
    assert [c.online for c in cameras] == [True, None]  # no disposition: no state


def test_stills_product_latest_picture_is_the_asset_still() -> None:
    still = _service("CatalogService")
    still["data"]["properties"]["thumbnails"] = {
        "base": {
            "rect_small": "https://img.pantai.example/latest/rect_small.jpg",
            "rect_medium": "https://img.pantai.example/latest/rect_medium.jpg",
        }
    }
    cameras = _cameras([_asset(1, [still]), _asset(2, [_service("StreamingService", [_hls(2)])])])
    assert cameras[0].id == "asset-1"
    assert cameras[0].stream_url is None
    assert cameras[0].snapshot_url == "https://img.pantai.example/latest/rect_medium.jpg"


def test_archive_catalogs_lan_and_login_connections_are_no_media() -> None:
    lan = {"protocol": "hls", "url": "http://10.20.0.15:1935/live/a2/playlist.m3u8"}
    login = {"protocol": "hls", "url": "https://admin:rahasia@live.pantai.example/a3.m3u8"}
    catalog_only = _asset(1, [_service("CatalogService")])
    cameras = _cameras(
        [
            catalog_only,
            _asset(2, [_service("StreamingService", [lan])]),
            _asset(3, [_service("StreamingService", [login])]),
            _asset(4, [_service("StreamingService", [_hls(4)])]),
        ]
    )
    assert [c.id for c in cameras] == ["asset-4"]
    assert all("rahasia" not in (c.stream_url or "") for c in cameras)


def test_archive_typed_service_never_gives_a_stream() -> None:
    archive = _service("ArchiveService", [_hls(1)])
    assert "stream_url" not in asset_record(_asset(1, [archive]), BASE)


def test_lan_connection_is_none_in_a_public_answer_and_last_in_a_lan_one() -> None:
    lan = {"protocol": "hls", "url": "http://192.168.1.20/live/a1/playlist.m3u8"}
    dash = {"protocol": "dash", "url": f"{LIVE}a1.stream/manifest.mpd"}
    record = _asset(1, [_service("StreamingService", [lan, dash])])
    assert asset_record(record, BASE)["stream_url"] == f"{LIVE}a1.stream/manifest.mpd"
    alone = _asset(2, [_service("StreamingService", [lan])])
    assert "stream_url" not in asset_record(alone, BASE)
    local = "http://192.168.1.5/webcoos/api/v1/assets/"
    assert asset_record(alone, local)["stream_url"] == lan["url"]
    assert asset_record(record, local)["stream_url"] == f"{LIVE}a1.stream/manifest.mpd"


def test_all_assets_without_media_is_a_format_error() -> None:
    with pytest.raises(PortalFormatError):
        _cameras([_asset(1, [_service("CatalogService")]), _asset(2, [_service("CatalogService")])])


@pytest.mark.parametrize(
    "record",
    [
        {"id": 1, "name": "Kantor", "services": ["wifi", "parkir"]},  # plain values
        {"id": 1, "name": "Kantor", "services": [{"id": 2, "name": "Loket"}]},  # other records
        {"id": 1, "name": "Toko", "products": [{"sku": "A1", "price": 1000}]},
    ],
)
def test_records_with_other_lists_are_left_as_they_are(record: dict[str, Any]) -> None:
    assert asset_record(record, BASE) is record


def test_thumbnail_sizes_without_a_base_level_and_placeholders() -> None:
    record = _asset(1, [_service("StreamingService", [_hls(1)])])
    record["data"]["properties"]["thumbnails"] = {
        "lqip": "https://img.pantai.example/a1/lqip.jpg",
        "rect_small": "https://img.pantai.example/a1/rect_small.jpg",
    }
    assert asset_record(record, BASE)["thumbnail"] == "https://img.pantai.example/a1/rect_small.jpg"


def test_other_dispositions_give_no_state() -> None:
    record = _asset(1, [_service("StreamingService", [_hls(1)])], disposition="maintenance")
    assert "online" not in asset_record(record, BASE)
