"""A database tool's JSON export: the table holding the rows names no area."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/export/"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def rows(*names: str) -> list[dict[str, str]]:
    """Return camera rows as phpMyAdmin writes them (every value a string)."""
    return [
        {"id": str(number), "nama": name, "link": HLS.format(number)}
        for number, name in enumerate(names, start=1)
    ]


def export(table: str, data: list[dict[str, str]], *extra: dict[str, object]) -> list[object]:
    """Return a phpMyAdmin JSON export holding one camera table and other tables."""
    return [
        {"type": "header", "version": "5.2.1", "comment": "Export to JSON plugin for PHPMyAdmin"},
        {"type": "database", "name": "db_cctv"},
        {"type": "table", "name": table, "database": "db_cctv", "data": data},
        *extra,
    ]


def test_table_named_for_places_is_no_area() -> None:
    found = cameras(export("locations", rows("Simpang Tiga", "Bundaran Pelangi")))
    assert [(c.id, c.name, c.area) for c in found] == [
        ("1", "Simpang Tiga", None),
        ("2", "Bundaran Pelangi", None),
    ]
    assert found[0].stream_url == HLS.format(1)


def test_every_spelling_of_place_tables_is_no_area() -> None:
    for table in ("lokasi", "tbl_lokasi", "sites", "titik_cctv", "places"):
        found = cameras(export(table, rows("Simpang Tiga", "Bundaran Pelangi")))
        assert {c.area for c in found} == {None}, table
        assert len(found) == 2, table


def test_rows_of_other_tables_give_no_camera() -> None:
    token = {
        "type": "table",
        "name": "token",
        "database": "db_cctv",
        "data": [{"token_id": "7f3e91c2a4d54b0e8c6a1d2f9b3e7a10", "update": "2026-12-07"}],
    }
    found = cameras(export("locations", rows("Simpang Tiga", "Bundaran Pelangi"), token))
    assert [c.id for c in found] == ["1", "2"]


def test_row_area_column_still_gives_the_area() -> None:
    data = [
        {**row, "kecamatan": kecamatan}
        for row, kecamatan in zip(
            rows("Simpang Tiga", "Jembatan Bengalon"), ("Sangatta Utara", "Bengalon"), strict=True
        )
    ]
    found = cameras(export("locations", data))
    assert [c.area for c in found] == ["Sangatta Utara", "Bengalon"]


def test_groups_named_for_places_keep_their_area() -> None:
    """Near miss: a list of place groups holding cameras is no export."""
    body = [
        {"name": "Sangatta Utara", "data": rows("Simpang Tiga", "Bundaran Pelangi")},
        {"name": "Bengalon", "data": rows("Jembatan Bengalon")},
    ]
    found = cameras(body)
    assert {c.area for c in found} == {"Sangatta Utara", "Bengalon"}


def test_typed_groups_beside_other_fields_are_no_export() -> None:
    """Near miss: a group with a kind and fields of its own is read as before."""
    body = [
        {
            "type": "table",
            "name": "Sangatta Utara",
            "kode": "6408",
            "data": rows("Simpang Tiga", "Bundaran Pelangi"),
        },
        {"type": "table", "name": "Bengalon", "kode": "6409", "data": rows("Jembatan")},
    ]
    found = cameras(body)
    assert {c.area for c in found} == {"Sangatta Utara", "Bengalon"}


def test_camera_table_is_read_alone_beside_other_tables() -> None:
    """Rows of other tables never join the camera table's list: its id column stays."""
    areas = {
        "type": "table",
        "name": "airpollution",
        "database": "db_cctv",
        "data": [
            {"idArea": "6630a0ef08ac61.72148041", "areaname": "Sangatta Utara"},
            {"idArea": "6630a0f0947f79.17063244", "areaname": "Bengalon"},
        ],
    }
    cctv = [
        {"idCctv": "6630a1de68c404.54966483", "name_cam": "Simpang Tiga", "ip_cam": HLS.format(1)},
        {"idCctv": "6630a1eb7eb910.76455265", "name_cam": "Pelangi", "ip_cam": HLS.format(2)},
    ]
    body = [*export("cctv", cctv)[:2], areas, *export("cctv", cctv)[2:]]
    found = cameras(body)
    assert [c.id for c in found] == ["6630a1de68c404.54966483", "6630a1eb7eb910.76455265"]
    assert {c.area for c in found} == {None}
