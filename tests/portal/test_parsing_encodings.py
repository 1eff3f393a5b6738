"""Coordinate encodings, key/value properties, view lists, record wrappers and ids."""

from __future__ import annotations

import json
import math
import struct

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.position import (
    encoded_point,
    from_web_mercator,
    wkb_pair,
    wkt_pair,
)

BASE = "https://portal.kutim.example/api/list"
HLS = "https://cam.kutim.example/hls/{}/index.m3u8"


def cameras(body: object, base: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _wkb(
    lng: float, lat: float, *, srid: int | None = 4326, big: bool = False, z: bool = False
) -> str:
    order = ">" if big else "<"
    kind = 1 | (0x20000000 if srid is not None else 0) | (0x80000000 if z else 0)
    data = struct.pack(f"{order}BI", 0 if big else 1, kind)
    if srid is not None:
        data += struct.pack(f"{order}I", srid)
    data += struct.pack(f"{order}dd", lng, lat) + (struct.pack(f"{order}d", 12.5) if z else b"")
    return data.hex()


@pytest.mark.parametrize(
    "text",
    [
        "POINT(117.5468 0.5091)",
        "POINT (117.5468 0.5091)",
        "point ( 117.5468   0.5091 )",
        "SRID=4326;POINT(117.5468 0.5091)",
        "SRID=4326; POINT Z (117.5468 0.5091 20)",
        _wkb(117.5468, 0.5091),
        _wkb(117.5468, 0.5091).upper(),
        _wkb(117.5468, 0.5091, srid=None),
        _wkb(117.5468, 0.5091, big=True),
        _wkb(117.5468, 0.5091, z=True),
    ],
)
def test_encoded_points_in_every_spelling(text: str) -> None:
    """WKT, EWKT and hex (E)WKB points give (lat, lng), x being the longitude."""
    pair = encoded_point(text)
    assert pair is not None
    assert pair == pytest.approx((0.5091, 117.5468))


@pytest.mark.parametrize(
    "text",
    [
        "SRID=3006;POINT(6621200 1530000)",  # a projected system is not degrees
        "POINT (6621200 -1530000)",
        "LINESTRING(117.5 0.5, 117.6 0.6)",
        "POINT(117.5)",
        _wkb(117.5, 0.5, srid=3857),
        _wkb(117.5, 0.5)[:-2],  # cut short
        "0102000020E6100000020000000000000000000040000000000000F03F00000000000008400000000000000040",
        "01" + "f" * 48,
        "Simpang Tiga",
        "",
    ],
)
def test_other_texts_are_no_points(text: str) -> None:
    """Projected points, lines, truncated or foreign bytes never give a position."""
    assert encoded_point(text) is None


def test_point_text_is_never_a_name() -> None:
    """A geometry column beside the media is the position, never the camera's name."""
    found = cameras([{"geom": "SRID=4326;POINT (117.55 0.51)", "url_hls": HLS.format("a")}])
    assert found[0].latitude == pytest.approx(0.51)
    assert found[0].longitude == pytest.approx(117.55)
    assert "POINT" not in found[0].raw_name


@pytest.mark.parametrize("wkid_key", ["wkid", "latestWkid"])
@pytest.mark.parametrize("wkid", [102100, 3857])
def test_web_mercator_features_are_converted(wkid_key: str, wkid: int) -> None:
    """ArcGIS answers in Web Mercator give positions in degrees."""
    radius = 6378137.0
    x = math.radians(117.5468) * radius
    y = radius * math.log(math.tan(math.pi / 4 + math.radians(0.5091) / 2))
    body = {
        "spatialReference": {wkid_key: wkid},
        "features": [
            {"attributes": {"OBJECTID": 1, "NAMA": "Simpang"}, "geometry": {"x": x, "y": y}},
        ],
    }
    body["features"][0]["attributes"]["URL"] = HLS.format("s")
    found = cameras(body)
    assert (found[0].latitude, found[0].longitude) == pytest.approx((0.5091, 117.5468))


def test_metres_without_a_declared_system_stay_unknown() -> None:
    """x/y in metres without a Web Mercator declaration never become a position."""
    body = {
        "features": [
            {
                "attributes": {"NAMA": "A", "URL": HLS.format("a")},
                "geometry": {"x": 13085440.1, "y": 56672.0},
            }
        ]
    }
    assert cameras(body)[0].latitude is None
    assert from_web_mercator(1e9, 0) is None


def _place(name: str, key: str, available: str) -> dict[str, object]:
    return {
        "id": f"cam-{key}",
        "commonName": name,
        "additionalProperties": [
            {"$type": "Props", "key": "available", "value": available},
            {"key": "imageUrl", "value": f"https://img.kutim.example/{key}.jpg"},
            {"key": "videoUrl", "value": HLS.format(key)},
        ],
        "lat": 0.5,
        "lon": 117.5,
    }


@pytest.mark.parametrize("label", ["key", "name"])
def test_key_value_property_lists_are_fields(label: str) -> None:
    """``[{key, value}]`` lists are the item's own fields, not cameras of their own."""
    body = [_place("Simpang Tiga", "a", "true"), _place("Pasar Induk", "b", "false")]
    for item in body:
        for entry in item["additionalProperties"]:  # type: ignore[union-attr]
            entry[label] = entry.pop("key")  # type: ignore[index]
    found = cameras(body)
    assert [c.id for c in found] == ["cam-a", "cam-b"]
    assert [c.raw_name for c in found] == ["Simpang Tiga", "Pasar Induk"]
    assert found[0].stream_url == HLS.format("a")
    assert found[0].snapshot_url == "https://img.kutim.example/a.jpg"
    assert [c.online for c in found] == [True, False]


def test_huge_property_list_is_bounded() -> None:
    """A key/value list beyond the cap is not merged into the item's fields."""
    props = [{"key": f"k{n}", "value": f"v{n}"} for n in range(5000)]
    props.append({"key": "name", "value": "Dari properti"})
    found = cameras([{"id": "1", "stream_url": HLS.format("a"), "props": props}])
    assert found[0].stream_url == HLS.format("a")
    assert found[0].raw_name != "Dari properti"


@pytest.mark.parametrize("key", ["Views", "images", "photos"])
def test_view_lists_give_the_still(key: str) -> None:
    """A camera's list of views gives its still even without an image extension."""
    body = [
        {
            "Id": f"K-{n}",
            "Location": f"Poros KM {n}",
            key: [{"Id": n, "Url": f"https://511.kutim.example/map/Cctv/{n}", "Status": "Enabled"}],
        }
        for n in (1, 2)
    ]
    found = cameras(body)
    assert [c.snapshot_url for c in found] == [
        "https://511.kutim.example/map/Cctv/1",
        "https://511.kutim.example/map/Cctv/2",
    ]
    assert [c.raw_name for c in found] == ["Poros KM 1", "Poros KM 2"]


@pytest.mark.parametrize("wrapper", ["cctv", "camera", "record"])
def test_single_key_record_wrappers_are_unwrapped(wrapper: str) -> None:
    """``[{"cctv": {...}}]`` items are read as the record they wrap."""
    body = {
        "data": [
            {wrapper: {"index": str(n), "nama": f"Kamera {n}", "hls": HLS.format(n)}}
            for n in (1, 2)
        ]
    }
    found = cameras(body)
    assert [c.id for c in found] == ["1", "2"]
    assert [c.raw_name for c in found] == ["Kamera 1", "Kamera 2"]


def test_group_name_keys_are_not_unwrapped() -> None:
    """A single-key object named by an area stays a group."""
    body = [{"Sangatta Utara": [{"id": "a", "nama": "A", "hls": HLS.format("a")}]}]
    found = cameras(body)
    assert found[0].id == "a"


def test_nested_relation_and_media_names_are_not_the_name() -> None:
    """An own name-like field beats the name of a relation or a media file."""
    body = [
        {
            "id": n,
            "nama_titik": f"Simpang {n}",
            "stream_url": HLS.format(n),
            "kecamatan": {"id": 9, "nama": "Sangatta Utara"},
            "thumbnail": {"name": f"foto{n}.jpg", "url": f"/uploads/foto{n}.jpg"},
        }
        for n in (1, 2)
    ]
    found = cameras(body)
    assert [c.raw_name for c in found] == ["Simpang 1", "Simpang 2"]
    assert found[0].area == "Sangatta Utara"


def test_document_id_beats_row_id() -> None:
    """A CMS document id is the stable identifier when present."""
    body = {
        "data": [
            {"id": n, "documentId": f"doc{n}x", "nama": f"K{n}", "hls": HLS.format(n)}
            for n in (1, 2)
        ]
    }
    assert [c.id for c in cameras(body)] == ["doc1x", "doc2x"]


def test_mongo_extended_json_ids() -> None:
    """``_id: {"$oid": …}`` is the id; ``$`` metadata is never a name."""
    body = [
        {
            "_id": {"$oid": f"65a1f0c2e4b0a1b2c3d4e5f{n}"},
            "$type": "Camera",
            "streamUrl": HLS.format(n),
        }
        for n in (1, 2)
    ]
    found = cameras(body)
    assert [c.id for c in found] == ["65a1f0c2e4b0a1b2c3d4e5f1", "65a1f0c2e4b0a1b2c3d4e5f2"]
    assert all(c.raw_name != "Camera" for c in found)


def test_numeric_area_is_no_area() -> None:
    """A district code is not an area name; a county name is."""
    body = [
        {"id": n, "nama": f"K{n}", "district": "12", "county": "Kutai Timur", "hls": HLS.format(n)}
        for n in (1, 2)
    ]
    assert [c.area for c in cameras(body)] == ["Kutai Timur", "Kutai Timur"]


def test_groups_of_cameras_keyed_by_push_ids() -> None:
    """Kecamatan → push id → camera exports give one camera per push id, in its area."""
    body = {
        "Sangatta Utara": {
            "-Nq1": {"nama": "A", "url": HLS.format("a")},
            "-Nq2": {"nama": "B", "url": HLS.format("b")},
        },
        "Bengalon": {"-Nq3": {"kode": "BGL-1", "nama": "C", "url": HLS.format("c")}},
    }
    found = cameras(body)
    assert [(c.id, c.area) for c in found] == [
        ("-Nq1", "Sangatta Utara"),
        ("-Nq2", "Sangatta Utara"),
        ("BGL-1", "Bengalon"),  # a camera naming its own id keeps it
    ]


def test_keyed_groups_are_capped() -> None:
    """A huge keyed export never yields more than the camera cap."""
    body = {"Sangatta": {f"-N{n}": {"nama": f"K{n}", "url": HLS.format(n)} for n in range(2500)}}
    result = parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert len(result.cameras) <= 2000
    assert result.capped


def test_hostile_encoded_points_never_crash() -> None:
    """Malformed geometry texts give no position and a clear error when nothing else is there."""
    hostile = [
        "POINT(" + "9" * 5000 + " 1)",
        "SRID=99999999999;POINT(1 1)",
        "01" * 3000,
        "POINT(nan nan)",
    ]
    for text in hostile:
        assert encoded_point(text) is None
        assert wkt_pair(text) is None
        assert wkb_pair(text) is None
    with pytest.raises(PortalFormatError):
        cameras([{"geom": text} for text in hostile])


def _mercator(lat: float, lng: float) -> list[float]:
    radius = 6378137.0
    return [
        math.radians(lng) * radius,
        radius * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)),
    ]


@pytest.mark.parametrize(
    "crs_name", ["urn:ogc:def:crs:EPSG::3857", "EPSG:3857", "urn:ogc:def:crs:EPSG:6.18.3:3857"]
)
@pytest.mark.parametrize("where", ["document", "geometry"])
def test_geojson_in_web_mercator_is_converted(crs_name: str, where: str) -> None:
    """A GeoJSON crs naming Web Mercator, on the document or the geometry, is honoured."""
    crs = {"type": "name", "properties": {"name": crs_name}}
    geometry: dict[str, object] = {"type": "Point", "coordinates": _mercator(0.8301, 117.7702)}
    if where == "geometry":
        geometry["crs"] = crs
    body: dict[str, object] = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": "c.1",
                "geometry": geometry,
                "properties": {"nama": "A", "link": HLS.format("a")},
            }
        ],
    }
    if where == "document":
        body["crs"] = crs
    found = cameras(body)
    assert (found[0].latitude, found[0].longitude) == pytest.approx((0.8301, 117.7702))


def test_wgs84_crs_is_left_as_it_is() -> None:
    """A GeoJSON crs naming WGS 84 keeps degrees."""
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4326"}}
    body = [
        {
            "id": 1,
            "nama": "A",
            "hls": HLS.format("a"),
            "lokasi": {"type": "Point", "crs": crs, "coordinates": [117.5, 0.5]},
        }
    ]
    assert (cameras(body)[0].latitude, cameras(body)[0].longitude) == (0.5, 117.5)


def test_esri_geometry_with_its_own_spatial_reference() -> None:
    """ArcGIS results whose geometry carries a Web Mercator spatialReference are converted."""
    x, y = _mercator(0.9901, 117.9601)
    body = {
        "results": [
            {
                "attributes": {"OBJECTID": "1", "NAMA": "Simpang", "LINK": HLS.format("a")},
                "geometry": {"x": x, "y": y, "spatialReference": {"wkid": 102100}},
            }
        ]
    }
    found = cameras(body)
    assert (found[0].latitude, found[0].longitude) == pytest.approx((0.9901, 117.9601))


def test_typed_document_values() -> None:
    """Typed field values give plain fields; a resource path gives the id, never the name."""
    body = {
        "documents": [
            {
                "name": f"projects/p/databases/(default)/documents/cctv/doc{n}",
                "fields": {
                    "nama": {"stringValue": f"Kamera {n}"},
                    "url": {"stringValue": HLS.format(n)},
                    "posisi": {"geoPointValue": {"latitude": 0.5, "longitude": 117.5}},
                    "aktif": {"booleanValue": n == 1},
                    "detail": {"mapValue": {"fields": {"kecamatan": {"stringValue": "Bengalon"}}}},
                },
            }
            for n in (1, 2)
        ]
    }
    found = cameras(body)
    assert [c.id for c in found] == ["doc1", "doc2"]
    assert [c.raw_name for c in found] == ["Kamera 1", "Kamera 2"]
    assert [c.online for c in found] == [True, False]
    assert found[0].area == "Bengalon"
    assert (found[0].latitude, found[0].longitude) == (0.5, 117.5)


def test_link_row_values_are_areas() -> None:
    """A linked row ``[{id, value}]`` names the area."""
    body = {
        "results": [
            {
                "id": n,
                "Nama": f"K{n}",
                "Stream": HLS.format(n),
                "Kecamatan": [{"id": 3, "value": "Kaliorang"}],
            }
            for n in (1, 2)
        ]
    }
    assert [c.area for c in cameras(body)] == ["Kaliorang", "Kaliorang"]


@pytest.mark.parametrize(
    ("description", "stream", "still"),
    [
        (
            "{{https://c.kutim.example/a.jpg}}\n[[https://c.kutim.example/a.m3u8|Lihat]]",
            "https://c.kutim.example/a.m3u8",
            "https://c.kutim.example/a.jpg",
        ),
        (
            "Kamera [[https://c.kutim.example/a.m3u8]] dan {{ https://c.kutim.example/a.jpg|foto }}",
            "https://c.kutim.example/a.m3u8",
            "https://c.kutim.example/a.jpg",
        ),
        (
            "{{{https://c.kutim.example/player.html?src=https://c.kutim.example/a.m3u8}}}",
            "https://c.kutim.example/a.m3u8",
            None,
        ),
        ("{{/snap/a.jpg}}", None, "https://portal.kutim.example/snap/a.jpg"),
    ],
)
def test_wiki_media_markup_in_descriptions(
    description: str, stream: str | None, still: str | None
) -> None:
    """Map tools' wiki-style markup gives media: {{image}}, {{{iframe}}}, [[link|text]]."""
    body = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [117.5, 0.5]},
                "properties": {"name": "Simpang", "description": description},
            }
        ],
    }
    found = cameras(body)
    assert (found[0].stream_url, found[0].snapshot_url) == (stream, still)
    assert found[0].raw_name == "Simpang"


def test_wiki_markup_without_media_and_hostile_markup() -> None:
    """Markup linking pages, logins or nothing gives no media; huge markup stays bounded."""
    hostile = "{{" * 50_000 + "[[" * 50_000 + "{{https://u:p@c.kutim.example/a.jpg}}"
    body = [
        {"name": "A", "description": "[[https://kutim.example/berita|Berita]]"},
        {"name": "B", "description": hostile},
    ]
    with pytest.raises(PortalFormatError):
        cameras(body)
