"""Query services' answers (SPARQL bindings, Solr documents) and toll/country areas."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.queryanswers import solr_documents, sparql_records

BASE = "https://portal.kutim.example/api/cctv"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"
JPG = "https://live.kutim.example/still/{}.jpg"
ENTITY = "https://data.kutim.example/entity/Q{}"
WKT = "http://www.opengis.net/ont/geosparql#wktLiteral"
DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def cameras(body: object, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(
        json.dumps(body), profile=Profile.AUTO, base_url=base_url, prettify=False
    ).cameras


def uri(value: str) -> dict[str, str]:
    return {"type": "uri", "value": value}


def literal(value: str, **extra: str) -> dict[str, str]:
    return {"type": "literal", "value": value, **extra}


def sparql(names: list[str], bindings: list[dict[str, object]]) -> dict[str, object]:
    return {"head": {"vars": names}, "results": {"bindings": bindings}}


# --- SPARQL SELECT answers ---------------------------------------------------------------


def test_sparql_subject_is_id_its_label_the_name_and_located_in_the_area() -> None:
    answer = sparql(
        ["item", "itemLabel", "coord", "webcam", "adminLabel"],
        [
            {
                "item": uri(ENTITY.format(7)),
                "itemLabel": literal("Pantai Kenyamukan", **{"xml:lang": "id"}),
                "coord": literal("Point(117.52 0.49)", datatype=WKT),
                "webcam": uri(HLS.format(7)),
                "adminLabel": literal("Sangatta Utara", **{"xml:lang": "id"}),
            }
        ],
    )
    found = cameras(answer)
    assert [(c.id, c.name, c.area, c.latitude, c.longitude, c.stream_url) for c in found] == [
        (ENTITY.format(7), "Pantai Kenyamukan", "Sangatta Utara", 0.49, 117.52, HLS.format(7))
    ]


def test_sparql_labelled_item_stands_for_its_label_and_numbers_are_read() -> None:
    answer = sparql(
        ["cam", "camLabel", "lat", "lon", "kecamatan", "kecamatanLabel", "image"],
        [
            {
                "cam": uri(ENTITY.format(1)),
                "camLabel": literal("Dermaga"),
                "lat": literal("0.5", datatype=DECIMAL),
                "lon": literal("117.5", datatype=DECIMAL),
                "kecamatan": uri(ENTITY.format(99)),
                "kecamatanLabel": literal("Kaliorang"),
                "image": uri(JPG.format(1)),
            }
        ],
    )
    assert sparql_records(answer) == [
        {
            "id": ENTITY.format(1),
            "name": "Dermaga",
            "lat": 0.5,
            "lon": 117.5,
            "kecamatan": "Kaliorang",
            "image": JPG.format(1),
        }
    ]


def test_sparql_subject_uri_without_media_is_no_stream() -> None:
    # A place without a webcam: its entity URI must not stand in for a stream.
    answer = sparql(
        ["item", "itemLabel", "webcam"],
        [
            {
                "item": uri(ENTITY.format(1)),
                "itemLabel": literal("A"),
                "webcam": uri(HLS.format(1)),
            },
            {"item": uri(ENTITY.format(2)), "itemLabel": literal("B")},
        ],
    )
    assert [c.name for c in cameras(answer)] == ["A"]


def test_sparql_ask_answer_and_other_results_objects_are_not_bindings() -> None:
    assert sparql_records({"head": {}, "boolean": True}) is None
    assert sparql_records({"results": {"bindings": []}}) is None  # no head.vars
    assert sparql_records({"head": {"vars": ["a"]}, "results": [{"a": 1}]}) is None


# --- Solr select answers -----------------------------------------------------------------


def solr(docs: list[dict[str, object]]) -> dict[str, object]:
    return {
        "responseHeader": {"status": 0, "QTime": 1, "params": {"q": "*:*", "wt": "json"}},
        "response": {"numFound": len(docs), "start": 0, "docs": docs},
    }


def test_solr_dynamic_fields_are_read_by_their_base_word() -> None:
    doc = {
        "id": "c-1",
        "nama_t": ["Simpang Empat"],
        "kecamatan_s": "Sangatta Utara",
        "lokasi_p": "0.5071,117.5496",
        "hls_s": HLS.format(1),
        "aktif_b": False,
        "_version_": 1,
    }
    found = cameras(solr([doc]))
    assert [
        (c.id, c.name, c.area, c.latitude, c.longitude, c.online, c.stream_url) for c in found
    ] == [("c-1", "Simpang Empat", "Sangatta Utara", 0.5071, 117.5496, False, HLS.format(1))]


def test_solr_spatial_field_is_a_position_never_a_name_and_own_fields_win() -> None:
    docs = solr_documents(
        solr([{"nama": "Asli", "nama_s": "Salinan", "lokasi_srpt": "1,2", "tags_ss": ["a", "b"]}])
    )
    assert docs == [{"nama": "Asli", "lat_lon": "1,2", "tags": ["a", "b"]}]


def test_a_response_object_without_solr_markers_is_left_alone() -> None:
    assert solr_documents({"response": {"docs": [{"nama_s": "x"}]}}) is None
    assert solr_documents({"responseHeader": {}, "response": {"items": []}}) is None


def test_solr_reader_is_bounded_on_long_keys_and_many_fields() -> None:
    doc = {("a_" * 5000) + "s": "x", **{f"f{i}_s": i for i in range(5000)}}
    docs = solr_documents(solr([doc] * 50))
    assert docs is not None and len(docs) == 50
    assert len(docs[0]) <= 128  # only the first fields are read


# --- Toll road sections and countries as areas -------------------------------------------


def test_a_section_named_a_toll_road_is_the_area_without_a_km_post() -> None:
    items = [
        {
            "kode": "A",
            "lokasi": "KM 8+200",
            "ruas": "Jalan Tol Jakarta-Tangerang",
            "hls": HLS.format(1),
        },
        {"kode": "B", "lokasi": "Simpang", "ruas": "Jl. Yos Sudarso", "hls": HLS.format(2)},
    ]
    assert [c.area for c in cameras(items)] == ["Jalan Tol Jakarta-Tangerang", None]


def test_country_is_the_area_only_when_no_record_is_placed_finer() -> None:
    matrix = [
        {"webcam_id": "a", "location": "Finca", "country": "Argentina", "image_url": JPG.format(1)},
        {"webcam_id": "b", "location": "Valle", "country": "Chile", "image_url": JPG.format(2)},
    ]
    assert [c.area for c in cameras(matrix)] == ["Argentina", "Chile"]
    framed = [
        {
            "id": "a",
            "title": "A",
            "location": {"city": "Zermatt", "country": "Switzerland"},
            "thumbnailUrl": JPG.format(1),
        },
        {"id": "b", "title": "B", "location": {"country": "Italy"}, "thumbnailUrl": JPG.format(2)},
    ]
    assert [c.area for c in cameras(framed)] == ["Zermatt", None]


def test_a_country_code_is_no_area() -> None:
    items = [{"id": "a", "name": "A", "country": "ID", "image": JPG.format(1)}]
    assert [c.area for c in cameras(items)] == [None]
