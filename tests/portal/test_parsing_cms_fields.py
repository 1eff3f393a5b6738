"""Headless CMS typed elements and media records read as an item's fields and its still."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.cmsfields import (
    cms_fields,
    element_fields,
    picture_record,
    picture_value,
)
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cms.kutim.example/api/items"
HLS = "https://live.kutim.example/{}/index.m3u8"


def _cams(answer: object, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(answer), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def _element(kind: str, label: str, value: object, **extra: object) -> dict[str, object]:
    return {"type": kind, "name": label, "value": value, **extra}


def _kontent_item(ident: str, name: str, area: str, *, asset: list[Any], stream: str | None):
    return {
        "system": {"id": ident, "name": name, "codename": name.lower().replace(" ", "_")},
        "elements": {
            "judul": _element("text", "Judul", name),
            "kecamatan": _element(
                "taxonomy",
                "Kecamatan",
                [{"name": area, "codename": area.lower()}],
                taxonomy_group="kecamatan",
            ),
            "siaran": _element("text", "Siaran", stream),
            "lat": _element("number", "Lat", 0.5),
            "lng": _element("number", "Lng", 117.5),
            "foto": _element("asset", "Foto", asset),
            "status": _element("multiple_choice", "Status", [{"name": "Aktif", "codename": "a"}]),
        },
    }


def _asset(url: str, mime: str = "image/jpeg") -> dict[str, object]:
    return {"name": url.rsplit("/", 1)[-1], "type": mime, "size": 100, "url": url, "width": 640}


def test_typed_elements_are_the_items_fields() -> None:
    """Each element reads as its value; labels ("Kecamatan") never name or place it."""
    jpg = "https://assets.kutim.example/a/kabo.jpg"
    answer = {
        "items": [
            _kontent_item(
                "g-1",
                "Bundaran Kabo",
                "Sangatta Selatan",
                asset=[_asset(jpg)],
                stream=HLS.format("kabo"),
            ),
            _kontent_item(
                "g-2", "Simpang Tiga", "Sangatta Utara", asset=[], stream=HLS.format("tiga")
            ),
        ],
        "modular_content": {},
        "pagination": {"skip": 0, "count": 2},
    }
    cameras = _cams(answer)
    assert [(c.id, c.name, c.area, c.stream_url, c.snapshot_url) for c in cameras] == [
        ("g-1", "Bundaran Kabo", "Sangatta Selatan", HLS.format("kabo"), jpg),
        ("g-2", "Simpang Tiga", "Sangatta Utara", HLS.format("tiga"), None),
    ]
    assert all((c.latitude, c.longitude, c.online) == (0.5, 117.5, True) for c in cameras)


def test_element_values_choices_and_references() -> None:
    """One choice reads as its name, several as their names, references as nothing."""
    fields = element_fields(
        {
            "a": _element("taxonomy", "A", [{"name": "Bengalon", "codename": "bengalon"}]),
            "b": _element(
                "multiple_choice",
                "B",
                [
                    {"name": "X", "codename": "x"},
                    {"name": "Y", "codename": "y"},
                ],
            ),
            "c": _element("modular_content", "C", ["dishub"]),
            "d": _element("rich_text", "D", "<p>x</p>", images={}, links={}, modular_content=[]),
        }
    )
    assert fields == {"a": "Bengalon", "b": ["X", "Y"], "c": None, "d": "<p>x</p>"}


@pytest.mark.parametrize(
    "envelope",
    [
        {"hls": {"type": "hls", "value": "x.m3u8"}},  # a stream descriptor, no label
        {"a": {"type": "text", "name": "A", "value": 1, "url": "/x"}},  # a foreign field
        {"a": {"type": "image/jpeg", "name": "A", "value": 1}},  # a MIME type, no element
        {"a": _element("text", "A", "x"), "b": "plain"},  # not every value an element
        {},
    ],
)
def test_what_is_no_element_envelope(envelope: dict[str, object]) -> None:
    """Only an object made entirely of labelled typed elements is an envelope."""
    assert element_fields(envelope) is None


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # Hygraph: an address without extension, told by its MIME type.
        ({"url": "https://media.graphassets.kutim.example/AbC", "mimeType": "image/png"}, True),
        # Umbraco media picker entry.
        ({"name": "x", "mediaType": "Image", "url": "/media/ab/x.jpg", "extension": "jpg"}, True),
        # Cloudinary upload.
        (
            {"secure_url": "https://res.kutim.example/i/upload/v1/kabo", "resource_type": "image"},
            True,
        ),
        # Strapi and Payload media.
        ({"url": "/uploads/kabo_1.bin", "ext": ".webp", "name": "kabo"}, True),
        # Storyblok asset field: the address is its file name.
        ({"filename": "https://a.kutim.example/f/1/kabo.jpg", "fieldtype": "asset"}, True),
        ({"filename": "https://a.kutim.example/f/1/manual.pdf", "fieldtype": "asset"}, False),
        ({"url": "https://v.kutim.example/a.mp4", "mimeType": "video/mp4"}, False),
        ({"url": "https://v.kutim.example/a", "type": "application/pdf"}, False),
        ({"url": "https://v.kutim.example/a.m3u8", "mimeType": "image/jpeg"}, False),
        ({"url": "https://u:p@v.kutim.example/a", "mimeType": "image/jpeg"}, False),
        ({"url": "https://v.kutim.example/a.jpg", "width": 640, "height": 360}, False),
        ({"mimeType": "image/jpeg", "filename": "kabo.jpg"}, False),  # no address
    ],
)
def test_picture_records(record: dict[str, object], expected: bool) -> None:
    """A media record is a picture by its MIME type, kind or format, never by size alone."""
    assert (picture_record(record) is not None) is expected


def test_extensionless_asset_under_any_key_is_the_still() -> None:
    """A record's type makes its address a still, whatever the field is called."""
    pic = "https://media.graphassets.kutim.example/AbCdEf01"
    answer = {
        "data": {
            "cctvs": [
                {
                    "id": "c1",
                    "namaKamera": "Simpang Bengalon",
                    "urlHls": HLS.format("bengalon"),
                    "cuplikanTerbaru": {"url": pic, "mimeType": "image/jpeg", "fileName": "x"},
                },
                {
                    "id": "c2",
                    "namaKamera": "Pelabuhan Kenyamukan",
                    "dokumentasi": [
                        {"url": pic + "2", "mimeType": "image/webp", "handle": "h2"},
                        {"url": pic + "3", "mimeType": "image/webp", "handle": "h3"},
                    ],
                },
            ]
        }
    }
    cameras = _cams(answer)
    assert [(c.id, c.name, c.stream_url, c.snapshot_url) for c in cameras] == [
        ("c1", "Simpang Bengalon", HLS.format("bengalon"), pic),
        ("c2", "Pelabuhan Kenyamukan", None, pic + "2"),
    ]


def test_media_picker_in_properties_is_no_camera() -> None:
    """A media picker list in a field wrapper is the still, never cameras named by files."""
    answer = {
        "total": 1,
        "items": [
            {
                "id": "u-1",
                "name": "Polder Ilham Maulana",
                "route": {"path": "/cctv/polder/", "startItem": {"id": "s", "path": "kutim"}},
                "properties": {
                    "kecamatan": "Sangatta Utara",
                    "streamUrl": HLS.format("polder"),
                    "thumbnail": [
                        {
                            "id": "m-1",
                            "name": "polder",
                            "mediaType": "Image",
                            "url": "/media/k0/polder.jpg",
                            "extension": "jpg",
                            "width": 1280,
                            "height": 720,
                            "bytes": 7,
                            "focalPoint": None,
                            "crops": [],
                            "properties": {},
                        },
                    ],
                },
            }
        ],
    }
    cameras = _cams(answer, "https://www.kutim.example/umbraco/delivery/api/v2/content")
    assert [(c.id, c.name, c.area, c.snapshot_url) for c in cameras] == [
        (
            "u-1",
            "Polder Ilham Maulana",
            "Sangatta Utara",
            "https://www.kutim.example/media/k0/polder.jpg",
        ),
    ]


def test_cameras_with_mime_typed_streams_stay_cameras() -> None:
    """A group's camera list is no media list: entries with video types stay cameras."""
    answer = {
        "data": [
            {
                "nama": "Sangatta Utara",
                "kamera": [
                    {"nama": "Kabo", "url": HLS.format("kabo"), "type": "application/x-mpegURL"},
                    {"nama": "Tiga", "url": HLS.format("tiga"), "type": "application/x-mpegURL"},
                ],
            }
        ]
    }
    cameras = _cams(answer)
    assert [(c.name, c.area, c.stream_url) for c in cameras] == [
        ("Kabo", "Sangatta Utara", HLS.format("kabo")),
        ("Tiga", "Sangatta Utara", HLS.format("tiga")),
    ]


def test_video_asset_is_no_still() -> None:
    """A record of another media type is left as it is and gives no still."""
    item = {
        "id": "v",
        "judul": "Rekaman Kabo",
        "rekaman": {"url": "https://v.kutim.example/x", "mime": "video/mp4"},
    }
    plain, pictures = cms_fields(item)
    assert pictures == [] and plain == item
    # A recording (rekaman) is no live stream either, so the record is no camera at all.
    with pytest.raises(PortalFormatError, match="No camera list found"):
        _cams({"items": [item]})
    # The same asset under a field that is no recording is the stream, and still no still.
    live = {"id": "v", "judul": "Kabo", "video": item["rekaman"]}
    assert [(c.id, c.stream_url, c.snapshot_url) for c in _cams({"items": [live]})] == [
        ("v", "https://v.kutim.example/x", None)
    ]


def test_mixed_list_is_no_media_list() -> None:
    """A list holding anything besides picture records is left as it is."""
    assert picture_value([_asset("https://a.example/x.jpg"), {"name": "y"}]) is None
    assert picture_value([_asset("https://a.example/x.jpg"), "z"]) is None
    assert picture_value([]) is None


def test_hostile_envelopes_are_bounded() -> None:
    """Huge envelopes and media lists are looked at only up to fixed bounds, quickly."""
    elements = {f"f{i}": _element("text", f"F{i}", "x") for i in range(5000)}
    assert element_fields(elements) is None  # over the field bound: not read
    pictures = [_asset(f"https://a.example/{i}.jpg") for i in range(200_000)]
    item: dict[str, object] = {"elements": {"judul": _element("text", "Judul", "Kabo")}}
    item.update({f"k{i}": pictures for i in range(200)})
    plain, found = cms_fields(item)
    assert plain["judul"] == "Kabo"
    assert len(found) == 64 and found[0] == "https://a.example/0.jpg"


@pytest.mark.parametrize(
    "entry",
    [
        {"nama": "Kabo", "url": "https://k.example/kabo.jpg", "type": "image/jpeg", "lat": 0.5},
        {
            "nama": "Kabo",
            "url": "https://k.example/kabo.jpg",
            "mime": "image/jpeg",
            "hls": "https://k.example/kabo/index.m3u8",
        },
    ],
)
def test_placed_or_live_records_are_cameras(entry: dict[str, object]) -> None:
    """A record with a position or a live stream beside its picture is a camera."""
    assert picture_record(entry) is None


def test_camera_list_of_stills_keeps_its_cameras() -> None:
    """Under a key naming cameras, picture-typed entries stay cameras of the group."""
    still = "https://k.kutim.example/{}.jpg"
    answer = {
        "data": [
            {
                "nama": "Bengalon",
                "kamera": [
                    {"nama": "Pasar", "url": still.format("pasar"), "mimeType": "image/jpeg"},
                    {"nama": "Dermaga", "url": still.format("dermaga"), "mimeType": "image/jpeg"},
                ],
            }
        ]
    }
    cameras = _cams(answer)
    assert [(c.name, c.area, c.snapshot_url) for c in cameras] == [
        ("Pasar", "Bengalon", still.format("pasar")),
        ("Dermaga", "Bengalon", still.format("dermaga")),
    ]
