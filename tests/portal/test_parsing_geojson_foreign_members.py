"""GeoJSON features whose media are foreign members of the feature or its geometry.

RFC 7946 (section 6.1) allows members it does not define on any GeoJSON object, and
some writers keep a camera's addresses there: beside the Feature's ``properties`` or
inside its Point geometry next to the coordinates (``url_streaming`` of a regency GIS
layer). Such a member is one of the feature's fields when it is an absolute address
whose shape says it is a stream, a still or an MJPEG. Pages, names and numbers stay
unread, the feature's own properties win, only members named for a camera's
media are read (a POI layer's ``photo`` is none), and a LAN address meets the
policy it meets in ``properties``.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://gis.kutim.example/home/get_cctv"
_HLS = "https://stream.kutim.example/live/cam{n}/playlist.m3u8"
_JPG = "https://stream.kutim.example/still/cam{n}.jpg"


def cameras(value: JSONValue) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def _feature(n: int, geometry_extra: dict[str, JSONValue], **extra: JSONValue) -> JSONValue:
    return {
        "type": "Feature",
        "id": n,
        "properties": {"nama": f"CCTV {n}"},
        "geometry": {"type": "Point", "coordinates": [117.5 + n / 100, 0.5], **geometry_extra},
        **extra,
    }


def test_geometry_member_playlist_is_the_stream() -> None:
    found = cameras([_feature(n, {"url_streaming": _HLS.format(n=n)}) for n in (1, 2)])
    assert [(c.id, c.name, c.stream_url) for c in found] == [
        ("1", "CCTV 1", _HLS.format(n=1)),
        ("2", "CCTV 2", _HLS.format(n=2)),
    ]
    assert found[0].latitude == 0.5
    assert found[0].longitude == 117.51


def test_feature_member_still_and_stream() -> None:
    found = cameras(
        {
            "type": "FeatureCollection",
            "features": [
                _feature(1, {}, image=_JPG.format(n=1), stream=_HLS.format(n=1)),
                _feature(2, {}, image=_JPG.format(n=2)),
            ],
        }
    )
    assert [(c.snapshot_url, c.stream_url) for c in found] == [
        (_JPG.format(n=1), _HLS.format(n=1)),
        (_JPG.format(n=2), None),
    ]


def test_pages_and_plain_text_members_are_not_media() -> None:
    # A page about the place, a name and a number among the members give no camera.
    features = [
        _feature(1, {"info_url": "https://gis.kutim.example/lokasi/1"}, label="Simpang"),
        _feature(2, {"zoom": 17}, link="https://gis.kutim.example/kamera/2"),
    ]
    try:
        found = cameras(features)
    except PortalFormatError:
        found = ()
    assert found == ()


def test_properties_win_over_foreign_members() -> None:
    feature = _feature(1, {"snapshot_url": _JPG.format(n=9)})
    assert isinstance(feature, dict)
    feature["properties"] = {"nama": "CCTV 1", "snapshot_url": _JPG.format(n=1)}
    found = cameras([feature, _feature(2, {"snapshot_url": _JPG.format(n=2)})])
    assert found[0].snapshot_url == _JPG.format(n=1)


def test_lan_member_is_never_taken() -> None:
    found = cameras(
        [
            _feature(1, {"hls_url": "http://192.168.5.14/cam1/index.m3u8"}),
            _feature(2, {"hls_url": _HLS.format(n=2)}),
            _feature(3, {"hls_url": _HLS.format(n=3)}),
        ]
    )
    assert [c.id for c in found] == ["2", "3"]


def test_nested_objects_in_the_geometry_stay_unread() -> None:
    feature = _feature(1, {"media": {"hls": _HLS.format(n=1)}})
    try:
        found = cameras([feature])
    except PortalFormatError:
        found = ()
    assert all(c.stream_url is None for c in found)


# --- only members named for a camera's media are read --------------------------------

_PHOTO = "https://wisata.kutim.example/uploads/pantai{n}.jpg"


def _poi(n: int, **extra: JSONValue) -> JSONValue:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [117.5 + n / 100, 0.5]},
        "properties": {"name": f"Pantai {n}", "kategori": "wisata"},
        **extra,
    }


@pytest.mark.parametrize("key", ["photo", "foto", "picture", "gambar", "cover", "icon"])
def test_poi_photo_member_is_no_camera(key: str) -> None:
    collection = {
        "type": "FeatureCollection",
        "features": [_poi(n, **{key: _PHOTO.format(n=n)}) for n in range(3)],
    }
    with pytest.raises(PortalFormatError):
        cameras(collection)


def test_poi_photo_member_in_the_geometry_is_no_camera() -> None:
    features = [_feature(n, {"photo_url": _PHOTO.format(n=n)}) for n in range(1, 4)]
    with pytest.raises(PortalFormatError):
        cameras(features)


@pytest.mark.parametrize(
    ("key", "value", "slot"),
    [
        ("snapshot", _JPG, "snapshot_url"),
        ("image", _JPG, "snapshot_url"),
        ("imageUrl", _JPG, "snapshot_url"),
        ("cctv", _HLS, "stream_url"),
        ("camera_url", _HLS, "stream_url"),
        ("hlsurl", _HLS, "stream_url"),
        ("urlStreaming", _HLS, "stream_url"),
        ("video", _HLS, "stream_url"),
    ],
)
def test_camera_named_member_is_read(key: str, value: str, slot: str) -> None:
    found = cameras([_feature(n, {}, **{key: value.format(n=n)}) for n in (1, 2)])
    assert [getattr(c, slot) for c in found] == [value.format(n=1), value.format(n=2)]


def test_photo_member_beside_a_camera_member_is_not_the_still() -> None:
    found = cameras(
        [_feature(n, {}, photo=_PHOTO.format(n=n), stream=_HLS.format(n=n)) for n in (1, 2)]
    )
    assert [(c.stream_url, c.snapshot_url) for c in found] == [
        (_HLS.format(n=1), None),
        (_HLS.format(n=2), None),
    ]


def _in_properties(n: int, key: str, value: str) -> JSONValue:
    feature = _feature(n, {})
    assert isinstance(feature, dict)
    feature["properties"] = {"nama": f"CCTV {n}", key: value}
    return feature


@pytest.mark.parametrize(
    ("key", "lan"),
    [
        ("stream", "http://10.0.0.2/live/{n}/index.m3u8"),
        ("snapshot", "http://192.168.1.{n}/snap.jpg"),
    ],
)
def test_lan_member_meets_the_policy_of_properties(key: str, lan: str) -> None:
    # A list all on one LAN: the member reads as the same address in properties does.
    def outcome(features: list[JSONValue]) -> object:
        try:
            return [(c.id, c.stream_url, c.snapshot_url) for c in cameras(features)]
        except PortalFormatError:
            return "PortalFormatError"

    foreign = outcome([_feature(n, {}, **{key: lan.format(n=n)}) for n in (1, 2, 3)])
    inside = outcome([_in_properties(n, key, lan.format(n=n)) for n in (1, 2, 3)])
    assert foreign == inside
    slot = 1 if key == "stream" else 2
    assert isinstance(foreign, list)
    assert [row[slot] for row in foreign] == [lan.format(n=n) for n in (1, 2, 3)]


def test_lan_member_among_public_ones_meets_the_policy_of_properties() -> None:
    addresses = ["http://192.168.5.14/cam1/index.m3u8", _HLS.format(n=2), _HLS.format(n=3)]
    foreign = cameras([_feature(n, {}, stream=url) for n, url in enumerate(addresses, 1)])
    inside = cameras([_in_properties(n, "stream", url) for n, url in enumerate(addresses, 1)])
    assert [(c.id, c.stream_url) for c in foreign] == [(c.id, c.stream_url) for c in inside]
    assert [(c.id, c.stream_url) for c in foreign] == [
        ("2", _HLS.format(n=2)),
        ("3", _HLS.format(n=3)),
    ]
