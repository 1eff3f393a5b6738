"""Records in a store's or panel's own encoding: typed attributes, query answers, columns."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.typedrecords import (
    document_answer,
    dynamo_item,
    panel_resource,
    related_records,
)

BASE = "https://portal.kutim.example/api/cctv"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"
JPG = "https://live.kutim.example/still/{}.jpg"


def cameras(body: object, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value (or a text body) as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


# --- Typed attributes (DynamoDB) ---------------------------------------------------------


def test_typed_attributes_give_area_position_and_state() -> None:
    item = {
        "id": {"S": "cam-1"},
        "nama": {"S": "Gerbang Tol"},
        "kecamatan": {"S": "Samboja"},
        "lat": {"N": "-0.9983"},
        "lng": {"N": "117.0112"},
        "online": {"BOOL": False},
        "hls": {"S": HLS.format(1)},
        "foto": {"NULL": True},
    }
    found = cameras({"Items": [item], "Count": 1, "ScannedCount": 1})
    assert [
        (c.id, c.name, c.area, c.latitude, c.longitude, c.online, c.snapshot_url) for c in found
    ] == [("cam-1", "Gerbang Tol", "Samboja", -0.9983, 117.0112, False, None)]


def test_nested_maps_lists_and_sets_are_read() -> None:
    item = {
        "kode": {"S": "K9"},
        "lokasi": {"M": {"lat": {"N": "1.5"}, "lon": {"N": "117.25"}}},
        "tags": {"SS": ["a", "b"]},
        "urls": {"L": [{"S": "x"}, {"N": "2"}]},
    }
    assert dynamo_item(item) == {
        "kode": "K9",
        "lokasi": {"lat": 1.5, "lon": 117.25},
        "tags": ["a", "b"],
        "urls": ["x", 2],
    }


def test_a_record_with_one_plain_field_is_no_typed_item() -> None:
    # A picture's sizes beside plain fields: {"S": url} is a size, not a type descriptor.
    assert dynamo_item({"name": "Cam", "image": {"S": JPG.format(1)}}) is None
    assert dynamo_item({"flag": {"BOOL": True}}) is None  # no string or number at all


def test_a_table_export_item_is_read() -> None:
    body = [{"Item": {"id": {"N": "4"}, "name": {"S": "Pelabuhan"}, "hls": {"S": HLS.format(4)}}}]
    assert [(c.id, c.name) for c in cameras(body)] == [("4", "Pelabuhan")]


def test_typed_attributes_are_bounded() -> None:
    deep: object = {"S": "x"}
    for _ in range(50):
        deep = {"M": {"inner": deep}}
    item = {"id": {"S": "a"}, "deep": deep, "many": {"L": [{"N": "1"}] * 10_000}}
    found = dynamo_item(item)  # type: ignore[arg-type]
    assert found is not None
    many = found["many"]
    assert isinstance(many, list) and len(many) == 256


# --- Document database answers (Firestore runQuery, batchGet) ----------------------------


def _document(doc_id: str, name: str, media: str) -> dict[str, object]:
    return {
        "name": f"projects/p/databases/(default)/documents/kamera/{doc_id}",
        "fields": {
            "nama": {"stringValue": name},
            "kecamatan": {"stringValue": "Sungai Pinang"},
            "hls": {"stringValue": media},
            "online": {"booleanValue": True},
        },
        "createTime": "2025-01-01T00:00:00Z",
    }


def test_run_query_elements_are_their_documents() -> None:
    body = [
        {"document": _document("Ab1", "Bendungan", HLS.format(1)), "readTime": "2025-12-02T00:00Z"},
        {"readTime": "2025-12-02T00:00Z", "skippedResults": 1},
    ]
    found = cameras(body)
    assert [(c.id, c.name, c.area, c.online) for c in found] == [
        ("Ab1", "Bendungan", "Sungai Pinang", True)
    ]


def test_batch_get_found_and_missing() -> None:
    body = [
        {"found": _document("x1", "Jembatan", HLS.format(2)), "readTime": "t"},
        {"missing": "projects/p/databases/(default)/documents/kamera/x2", "readTime": "t"},
    ]
    assert [c.name for c in cameras(body)] == ["Jembatan"]
    assert document_answer({"missing": "projects/p/x", "readTime": "t"}) is None


def test_a_camera_with_a_document_field_stays_a_camera() -> None:
    # A record whose own fields include "document" (a PDF) is no query answer element.
    item = {"document": {"name": "sop.pdf"}, "name": "Cam", "hls": HLS.format(3)}
    assert document_answer(item) is item


# --- Admin panel resources (Laravel Nova) ------------------------------------------------


def _field(attribute: str, label: str, value: object, component: str = "text-field") -> object:
    return {
        "attribute": attribute,
        "component": component,
        "indexName": label,
        "name": label,
        "value": value,
        "sortable": True,
        "visible": True,
    }


def test_a_resources_fields_are_one_camera() -> None:
    resource = {
        "id": {"attribute": "id", "component": "id-field", "value": 14},
        "fields": [
            _field("nama", "Nama", "Simpang Empat"),
            _field("kecamatan", "Kecamatan", "Samarinda Ulu", "belongs-to-field"),
            _field("latitude", "Latitude", "-0.4761220"),
            _field("longitude", "Longitude", "117.1468850"),
            _field("url_hls", "URL HLS", HLS.format(14), "url-field"),
            _field("url_snapshot", "URL Snapshot", None, "url-field"),
            _field("online", "Online", True, "boolean-field"),
        ],
        "title": "Simpang Empat",
    }
    found = cameras({"label": "CCTV", "resources": [resource], "total": 1})
    assert [(c.id, c.name, c.area, c.latitude, c.online, c.stream_url) for c in found] == [
        ("14", "Simpang Empat", "Samarinda Ulu", -0.476122, True, HLS.format(14))
    ]


def test_a_plain_field_list_is_no_resource() -> None:
    # Search-engine field definitions ({name, type}) carry no attribute and value.
    assert panel_resource({"fields": [{"name": "lat", "type": "double"}]}) is None
    # An attribute/value pair without any of the panel's markers is not read as one.
    assert panel_resource({"fields": [{"attribute": "x", "value": 1}]}) is None


# --- Related records (ArcGIS queryRelatedRecords) ----------------------------------------


def test_related_records_are_read_as_features() -> None:
    body = {
        "fields": [{"name": "OBJECTID", "type": "esriFieldTypeOID"}],
        "geometryType": "esriGeometryPoint",
        "spatialReference": {"wkid": 4326},
        "relatedRecordGroups": [
            {
                "objectId": 4,
                "relatedRecords": [
                    {
                        "attributes": {"OBJECTID": 11, "NAMA": "Pos Hulu", "URL": HLS.format(11)},
                        "geometry": {"x": 117.48, "y": 2.15},
                    }
                ],
            },
            {"objectId": 7, "relatedRecords": []},
        ],
    }
    found = cameras(body)
    assert [(c.id, c.name, c.latitude, c.longitude) for c in found] == [
        ("11", "Pos Hulu", 2.15, 117.48)
    ]


def test_related_records_are_bounded() -> None:
    groups = [
        {"objectId": n, "relatedRecords": [{"attributes": {"n": n}}] * 50} for n in range(500)
    ]
    answer = related_records({"relatedRecordGroups": groups})
    assert answer is not None
    features = answer["features"]
    assert isinstance(features, list) and len(features) == 2001
    assert related_records({"features": []}) is None


# --- Result-set rows of named column elements (mysql --xml, phpMyAdmin) ------------------


def _xml(rows: str) -> tuple[Camera, ...]:
    text = (
        '<?xml version="1.0"?>\n<resultset statement="SELECT *" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' + rows + "</resultset>"
    )
    return parse_body(
        text, profile=Profile.AUTO, base_url="https://x.example/e.xml", prettify=False
    ).cameras


def test_named_fields_are_the_rows_columns() -> None:
    found = _xml(
        "<row>"
        '<field name="id">2</field><field name="nama">Dermaga &amp; Boarding</field>'
        '<field name="kecamatan">Balikpapan Barat</field>'
        f'<field name="url_hls">{HLS.format(2)}</field>'
        '<field name="url_snapshot" xsi:nil="true" /><field name="status">offline</field>'
        "</row>"
        "<row>"
        '<field name="id">3</field><field name="nama">Gerbang</field>'
        '<field name="kecamatan" xsi:nil="true" /><field name="url_hls">NULL</field>'
        f'<field name="url_snapshot">{JPG.format(3)}</field><field name="status">online</field>'
        "</row>"
    )
    assert [(c.id, c.name, c.area, c.stream_url, c.snapshot_url, c.online) for c in found] == [
        ("2", "Dermaga & Boarding", "Balikpapan Barat", HLS.format(2), None, False),
        ("3", "Gerbang", None, None, JPG.format(3), True),
    ]


def test_elements_naming_themselves_stay_records() -> None:
    # <camera name="…" url="…"/> are records of their own, not one row's columns.
    text = (
        "<cameras>"
        f'<camera name="Simpang A" url="{HLS.format(1)}"/>'
        f'<camera name="Simpang B" url="{HLS.format(2)}"/>'
        "</cameras>"
    )
    found = parse_body(
        text, profile=Profile.AUTO, base_url="https://x.example/c.xml", prettify=False
    ).cameras
    assert [c.name for c in found] == ["Simpang A", "Simpang B"]
