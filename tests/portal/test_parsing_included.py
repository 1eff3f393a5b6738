"""Related records beside the list, referenced by id: JSON:API, Contentful, PocketBase.

Each test covers a class of answer (the spellings real CMSs and backends publish), and
hostile variants: references to nothing, cycles, huge include lists, links that would
lend a related record's name to the camera.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.relations import resolve_relations
from custom_components.kutim_cctv.portal.values import JSONValue

HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"


def cameras(body: JSONValue, url: str = "https://cms.kutim.example/api/cctv") -> list[Camera]:
    """Parse a JSON answer fetched from url."""
    result = parse_body(json.dumps(body), profile=Profile.AUTO, base_url=url, prettify=False)
    return list(result.cameras)


# --- JSON:API compound documents -----------------------------------------------------


def _jsonapi(relation: str, included_type: str, attributes: dict[str, JSONValue]) -> JSONValue:
    return {
        "data": [
            {
                "type": "cameras",
                "id": str(n),
                "attributes": {"title": f"Simpang {n}", "hls": HLS.format(n)},
                "relationships": {relation: {"data": {"type": included_type, "id": "r1"}}},
            }
            for n in (1, 2)
        ],
        "included": [{"type": included_type, "id": "r1", "attributes": attributes}],
    }


@pytest.mark.parametrize("relation", ["district", "kecamatan", "area", "kec"])
@pytest.mark.parametrize("name_key", ["name", "nama", "title", "label"])
def test_jsonapi_included_name_is_the_area(relation: str, name_key: str) -> None:
    """A related place resource gives its name to the field that refers to it."""
    found = cameras(_jsonapi(relation, "taxonomy_term--kecamatan", {name_key: "Bengalon"}))
    assert [(c.name, c.area) for c in found] == [
        ("Simpang 1", "Bengalon"),
        ("Simpang 2", "Bengalon"),
    ]


@pytest.mark.parametrize(
    ("kind", "attributes"),
    [
        (
            "file--file",
            {"filename": "a.jpg", "uri": {"value": "public://a.jpg", "url": "/files/a.jpg"}},
        ),
        ("media", {"fileName": "a", "mimeType": "image/jpeg", "url": "/files/a.jpg"}),
        ("images", {"src": "https://cms.kutim.example/files/a.jpg"}),
        ("uploads", {"url": "/files/a.jpg", "mime": "image/jpeg"}),
    ],
)
def test_jsonapi_included_file_is_the_still(kind: str, attributes: dict[str, JSONValue]) -> None:
    """A related file or media resource gives its URL, read as the camera's still."""
    found = cameras(_jsonapi("snapshot", kind, attributes))
    assert [c.snapshot_url for c in found] == ["https://cms.kutim.example/files/a.jpg"] * 2
    assert [c.name for c in found] == ["Simpang 1", "Simpang 2"]


def test_drupal_media_through_its_file() -> None:
    """Drupal media entities hold their file through a relation of their own."""
    body = _jsonapi("field_media_image", "media--image", {"name": "Foto"})
    body["included"].append(  # type: ignore[index, union-attr]
        {"type": "file--file", "id": "f1", "attributes": {"uri": {"url": "/files/m.jpg"}}}
    )
    body["included"][0]["relationships"] = {  # type: ignore[index]
        "field_media_image": {"data": {"type": "file--file", "id": "f1"}}
    }
    assert [c.snapshot_url for c in cameras(body)] == ["https://cms.kutim.example/files/m.jpg"] * 2


def test_drupal_node_fields_and_publish_status() -> None:
    """``field_`` names are read as their own; a node's publish ``status`` is no state."""
    body = {
        "data": [
            {
                "type": "node--cctv",
                "id": f"u{n}",
                "attributes": {
                    "drupal_internal__nid": n,
                    "status": True,
                    "title": f"Simpang {n}",
                    "field_online": n == 1,
                    "field_hls": HLS.format(n),
                },
                "relationships": {"field_kecamatan": {"data": {"type": "t", "id": "k"}}},
            }
            for n in (1, 2)
        ],
        "included": [{"type": "t", "id": "k", "attributes": {"name": "Kaliorang"}}],
    }
    found = cameras(body)
    assert [(c.area, c.online) for c in found] == [("Kaliorang", True), ("Kaliorang", False)]


def test_jsonapi_unknown_and_empty_references() -> None:
    """A reference to nothing stays unread; a null reference is no value; no extra camera."""
    body = _jsonapi("district", "districts", {"name": "Bengalon"})
    body["data"][0]["relationships"]["district"]["data"]["id"] = "missing"  # type: ignore[index]
    body["data"][1]["relationships"]["district"]["data"] = None  # type: ignore[index]
    found = cameras(body)
    assert [(c.name, c.area) for c in found] == [("Simpang 1", None), ("Simpang 2", None)]


def test_related_organisation_name_is_not_the_camera_name() -> None:
    """A related agency's name stays under its own field, never the camera's name."""
    found = cameras(_jsonapi("operator", "agencies", {"name": "Dinas Perhubungan"}))
    assert [c.name for c in found] == ["Simpang 1", "Simpang 2"]
    assert all(c.area is None for c in found)


def test_jsonapi_included_cycles_and_size_are_bounded() -> None:
    """Resources that refer to each other in a cycle and huge include lists stay bounded."""
    included: list[JSONValue] = [
        {
            "type": "media",
            "id": str(n),
            "attributes": {},
            "relationships": {"next": {"data": {"type": "media", "id": str(n + 1)}}},
        }
        for n in range(20000)
    ]
    body = _jsonapi("foto", "media", {})
    body["included"] = included  # type: ignore[index]
    found = cameras(body)
    assert [c.snapshot_url for c in found] == [None, None]
    assert [c.name for c in found] == ["Simpang 1", "Simpang 2"]


# --- Contentful -----------------------------------------------------------------------


def _link(kind: str, ident: str) -> JSONValue:
    return {"sys": {"type": "Link", "linkType": kind, "id": ident}}


def _contentful(fields: list[dict[str, JSONValue]], includes: JSONValue) -> JSONValue:
    return {
        "sys": {"type": "Array"},
        "items": [
            {"sys": {"id": f"e{n}", "type": "Entry"}, "fields": {"nama": f"Simpang {n}", "hls": HLS.format(n)} | extra}
            for n, extra in enumerate(fields, 1)
        ],
        "includes": includes,
    }  # fmt: skip


def test_contentful_asset_and_entry_links() -> None:
    """Asset links give the file URL (protocol-relative too); entry links give a name."""
    includes = {
        "Asset": [{"sys": {"id": "a1"}, "fields": {"file": {"url": "//img.kutim.example/a1.jpg"}}}],
        "Entry": [{"sys": {"id": "k1"}, "fields": {"nama": "Sangatta Selatan"}}],
    }
    body = _contentful(
        [
            {"foto": _link("Asset", "a1"), "kecamatan": _link("Entry", "k1")},
            {"foto": _link("Asset", "nothing"), "kecamatan": [_link("Entry", "k1")]},
        ],
        includes,
    )
    found = cameras(body)
    assert [(c.id, c.area, c.snapshot_url) for c in found] == [
        ("e1", "Sangatta Selatan", "https://img.kutim.example/a1.jpg"),
        ("e2", "Sangatta Selatan", None),
    ]


# --- PocketBase -----------------------------------------------------------------------


def _record(n: int, **extra: JSONValue) -> dict[str, JSONValue]:
    return {
        "collectionId": "pbc_1",
        "collectionName": "cctv",
        "id": f"rec{n:012d}",
        "nama": f"Simpang {n}",
        "hls": HLS.format(n),
    } | extra


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("cam_a1b2.jpg", "https://pb.kutim.example/api/files/pbc_1/rec000000000001/cam_a1b2.jpg"),
        (["cam_a1b2.png", "b.png"], "https://pb.kutim.example/api/files/pbc_1/rec000000000001/cam_a1b2.png"),
        ("", None),
        ([], None),
    ],
)  # fmt: skip
def test_pocketbase_file_names(value: JSONValue, want: str | None) -> None:
    """A file field holding a file name is served under /api/files; paths are not names."""
    body = {"page": 1, "items": [_record(1, thumbnail=value), _record(2)]}
    found = cameras(body, "https://pb.kutim.example/api/collections/cctv/records")
    assert found[0].snapshot_url == want
    assert [c.name for c in found] == ["Simpang 1", "Simpang 2"]


def test_pocketbase_paths_are_not_file_names() -> None:
    """A value with a folder in it is no PocketBase file name: never put under /api/files."""
    body = {"items": [_record(1, thumbnail="../../x/cam.jpg"), _record(2, foto="a/b.jpg")]}
    found = cameras(body, "https://pb.kutim.example/api/collections/cctv/records")
    assert all("/api/files/" not in (c.snapshot_url or "") for c in found)
    assert [c.name for c in found] == ["Simpang 1", "Simpang 2"]


def test_pocketbase_expand_names_the_area() -> None:
    """An expanded relation replaces the related id by the related record's name."""
    body = {
        "items": [
            _record(1, kecamatan="kc1", expand={"kecamatan": {"id": "kc1", "nama": "Rantau Pulung"}}),
            _record(2, kecamatan="kc2", expand={}),
        ]
    }  # fmt: skip
    found = cameras(body, "https://pb.kutim.example/api/collections/cctv/records")
    assert [c.area for c in found][0] == "Rantau Pulung"
    assert [c.name for c in found] == ["Simpang 1", "Simpang 2"]


def test_untouched_when_not_a_compound_document() -> None:
    """Documents of other shapes are returned as they are."""
    for body in ([1, 2], {"data": [{"a": 1}]}, {"items": [{"id": "x"}]}, "text"):
        assert resolve_relations(body) is body  # type: ignore[arg-type]


# --- Google Data feeds (Blogger alt=json) ---------------------------------------------


def _gdata_entry(n: int, **extra: JSONValue) -> dict[str, JSONValue]:
    return {
        "id": {"$t": f"tag:blogger.com,1999:blog-1.post-{n}"},
        "title": {"type": "text", "$t": f"Simpang {n}"},
        "content": {"type": "html", "$t": f'<video src="{HLS.format(n)}"></video>'},
        "author": [{"name": {"$t": "Admin"}}],
        "link": [{"rel": "alternate", "href": f"https://b.kutim.example/{n}.html"}],
    } | extra


@pytest.mark.parametrize(
    ("point", "want"),
    [("0.5 117.5", (0.5, 117.5)), ("0.5", (None, None)), ("", (None, None)), ("a b", (None, None))],
)
def test_gdata_feed_entries(point: str, want: tuple[float | None, float | None]) -> None:
    """$t text, categories, GeoRSS points and post HTML of a GData feed make the camera."""
    entries = [
        _gdata_entry(
            n, category=[{"term": "Kaliorang"}, {"term": "Live"}], **{"georss$point": {"$t": point}}
        )
        for n in (1, 2)
    ]
    found = cameras({"version": "1.0", "feed": {"title": {"$t": "Blog"}, "entry": entries}})
    assert [(c.id, c.name, c.area, c.stream_url) for c in found] == [
        (f"tag:blogger.com,1999:blog-1.post-{n}", f"Simpang {n}", "Kaliorang", HLS.format(n))
        for n in (1, 2)
    ]
    assert [(c.latitude, c.longitude) for c in found] == [want, want]


def test_gdata_deeply_nested_values_are_bounded() -> None:
    """A hostile feed nesting objects deeply or listing huge entries stays bounded."""
    deep: JSONValue = {"$t": "x"}
    for _ in range(60):
        deep = {"a": deep}
    entries = [_gdata_entry(n, extra=deep, category=[{"term": "K"}] * 10000) for n in range(3)]
    found = cameras({"feed": {"entry": entries}})
    assert [c.name for c in found] == ["Simpang 0", "Simpang 1", "Simpang 2"]


# --- a city or regency as the area ----------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "want"),
    [
        ({"tb_lokasi_kota": {"id_kota": 6408, "nama_kota": "Kutai Timur"}}, "Kutai Timur"),
        ({"kabupaten": {"id": 3, "nama": "Kutai Timur"}}, "Kutai Timur"),
        ({"regencies": {"id": 6408, "name": "Kutai Timur", "provinces": {"name": "Kaltim"}}}, "Kutai Timur"),
        ({"nama_kabupaten": "Kutai Timur"}, "Kutai Timur"),
        ({"city_name": "Sangatta"}, "Sangatta"),
        ({"kecamatan": "Bengalon", "kota": {"nama": "Kutai Timur"}}, "Bengalon"),
        ({"provinsi": {"nama": "Kalimantan Timur"}}, None),
        ({"nama_provinsi": "Kalimantan Timur"}, None),
        ({"kota": {"id": 6408}}, None),
        ({"kabupaten_id": 6408}, None),
    ],
)  # fmt: skip
def test_city_relation_is_the_area_without_kecamatan(
    extra: dict[str, JSONValue], want: str | None
) -> None:
    """A city or regency relation or name field places a camera no kecamatan places."""
    items = [{"id": n, "nama": f"Simpang {n}", "hls": HLS.format(n)} | extra for n in (1, 2)]
    found = cameras(items)
    assert [(c.name, c.area) for c in found] == [("Simpang 1", want), ("Simpang 2", want)]


# --- Directus file records ------------------------------------------------------------


def _directus_file_record(ident: str, kind: JSONValue = "image/jpeg") -> dict[str, JSONValue]:
    return {
        "id": ident,
        "storage": "local",
        "filename_disk": f"{ident}.jpg",
        "type": kind,
        "title": "Foto",
    }


@pytest.mark.parametrize(
    ("value", "want"),
    [
        (_directus_file_record("8c1f2a3b"), "https://cms.kutim.example/assets/8c1f2a3b"),
        ([{"id": 1, "directus_files_id": _directus_file_record("9d0e")}], "https://cms.kutim.example/assets/9d0e"),
        (_directus_file_record("8c1f2a3b", None), "https://cms.kutim.example/assets/8c1f2a3b"),
        (_directus_file_record("8c1f2a3b", "application/pdf"), None),
        (_directus_file_record("../../admin"), None),
        ({"id": "x", "filename_disk": "x.jpg"}, None),
        (None, None),
    ],
)  # fmt: skip
def test_directus_file_records(value: JSONValue, want: str | None) -> None:
    """An expanded Directus file is served at /assets/{id}; other records are not files."""
    items = [{"id": n, "nama": f"Simpang {n}", "hls": HLS.format(n), "foto": value} for n in (1, 2)]
    found = cameras({"data": items}, "https://cms.kutim.example/items/cctv?fields=*.*")
    assert [c.snapshot_url for c in found] == [want, want]
    assert [c.name for c in found] == ["Simpang 1", "Simpang 2"]


@pytest.mark.parametrize(
    ("list_url", "want"),
    [
        ("https://cms.kutim.example/items/cctv?fields=*.*", "https://cms.kutim.example/assets/7f"),
        (
            "https://kominfo.kutim.example/cms/items/cctv?fields=*.*",
            "https://kominfo.kutim.example/cms/assets/7f",
        ),
        (
            "https://kutim.example/directus/v1/items/kamera",
            "https://kutim.example/directus/v1/assets/7f",
        ),
    ],
)
def test_directus_files_follow_a_sub_path(list_url: str, want: str) -> None:
    """Directus behind a sub-path serves its files beside its items, not at the root."""
    items = [
        {"id": n, "nama": f"Simpang {n}", "hls": HLS.format(n), "foto": _directus_file_record("7f")}
        for n in (1, 2)
    ]
    assert [c.snapshot_url for c in cameras({"data": items}, list_url)] == [want, want]
