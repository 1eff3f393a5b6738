"""Towns beside their county and sparse area columns of CSV exports, read after holdout 31.

A record naming a city, town or village and the county it lies in (``city: "Tampa",
county: "Hillsborough"``, Nominatim's ``town``/``county`` flattened into an export) is
placed at the town, the finer place; the county places it only where no town is given.
Kenya's ``sub_county`` still comes before its county.

A CSV export's area column is filled down (an empty cell taking the value above it) only
when it is written like cells merged over their group's rows: a value on its first row
and never the same value on two consecutive rows. A column written row by row (empty on
its first row, or repeating a place on consecutive rows) keeps its empty cells empty, so
no row takes another row's county or district.

A stream server's record named by its stream name (Wowza's or a relay's ``streamName``,
a MediaMTX monitor's ``stream_name``) takes that name as its id when its own media
address is published under it (``…/live/{streamName}/playlist.m3u8``,
``…/{stream_name}.m3u8``), like a live server's room; a stream name the address does not
carry, one written with spaces, or a record with an id of its own keeps its id rules.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.delimited import delimited_items

BASE = "https://data.cams.example/export/cameras.csv"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _areas(text: str) -> list[str | None]:
    return [camera.area for camera in cameras(text)]


def _json(*records: dict[str, object]) -> str:
    return json.dumps({"cameras": list(records)})


def _cam(n: int, **places: object) -> dict[str, object]:
    return {"id": f"c{n}", "name": f"Cam {n}", "image": f"https://c.example/{n}.jpg", **places}


# A town or city beside its county.


def test_a_city_beside_its_county_is_the_area() -> None:
    text = _json(
        _cam(1, city="Tampa", county="Hillsborough", region="Tampa Bay"),
        _cam(2, county="Pinellas", city="Clearwater"),
    )
    assert _areas(text) == ["Tampa", "Clearwater"]


def test_a_town_or_village_beside_its_county_is_the_area() -> None:
    text = _json(
        _cam(1, town="St Ives", county="Cornwall", country="United Kingdom"),
        _cam(2, village="Lynmouth", county="Devon"),
    )
    assert _areas(text) == ["St Ives", "Lynmouth"]


def test_the_county_places_a_record_without_a_town() -> None:
    text = _json(_cam(1, county="Hillsborough", city=None), _cam(2, county="Polk"))
    assert _areas(text) == ["Hillsborough", "Polk"]


def test_a_sub_county_still_comes_before_its_county_and_city() -> None:
    text = _json(_cam(1, county="Nairobi", sub_county="Westlands", city="Nairobi"))
    assert _areas(text) == ["Westlands"]


def test_a_district_still_comes_before_a_city_and_a_county() -> None:
    text = _json(_cam(1, district="Ybor", city="Tampa", county="Hillsborough"))
    assert _areas(text) == ["Ybor"]


# Filling down area columns of CSV exports.


def _csv(column: str, *cells: str) -> str:
    lines = [f"id,name,{column},image"]
    lines += [f"c{n},Cam {n},{cell},https://c.example/{n}.jpg" for n, cell in enumerate(cells)]
    return "\n".join(lines) + "\n"


def test_a_merged_group_column_is_still_filled_down() -> None:
    text = _csv("kecamatan", "Sangatta Utara", "", "", "Bengalon", "", "Rantau Pulung")
    assert _areas(text) == [
        *("Sangatta Utara", "Sangatta Utara", "Sangatta Utara"),
        *("Bengalon", "Bengalon", "Rantau Pulung"),
    ]


def test_a_column_empty_on_its_first_row_is_not_filled_down() -> None:
    text = _csv("district", "", "Downtown", "", "Eastside", "")
    assert _areas(text) == [None, "Downtown", None, "Eastside", None]


def test_a_column_repeating_a_value_on_the_next_row_is_not_filled_down() -> None:
    text = _csv("county", "Cornwall", "Cornwall", "", "Devon", "")
    assert _areas(text) == ["Cornwall", "Cornwall", None, "Devon", None]


def test_a_sparse_county_never_places_the_next_row_at_another_town() -> None:
    text = (
        "osmID,name,city,county,state,image\n"
        "1,Boulevard,Vlissingen,,Zeeland,https://c.example/1.jpg\n"
        "2,Veerhaven,Breskens,Sluis,Zeeland,https://c.example/2.jpg\n"
        "3,Markt,Middelburg,,Zeeland,https://c.example/3.jpg\n"
        "4,Neeltje Jans,,,Zeeland,https://c.example/4.jpg\n"
    )
    rows = delimited_items(text)
    assert [row.get("county") for row in rows if isinstance(row, dict)] == [
        None,
        "Sluis",
        None,
        None,
    ]
    assert _areas(text)[:3] == ["Vlissingen", "Breskens", "Middelburg"]


def test_a_column_without_empty_cells_is_read_as_written() -> None:
    text = _csv("kecamatan", "Bengalon", "Bengalon", "Sangatta Utara")
    assert _areas(text) == ["Bengalon", "Bengalon", "Sangatta Utara"]


def test_non_area_columns_are_never_filled_down() -> None:
    text = "id,name,kecamatan,keterangan,image\n"
    text += "c1,Cam 1,Bengalon,Rawan banjir,https://c.example/1.jpg\n"
    text += "c2,Cam 2,,,https://c.example/2.jpg\n"
    rows = delimited_items(text)
    assert [row.get("keterangan") for row in rows if isinstance(row, dict)] == [
        "Rawan banjir",
        None,
    ]
    assert _areas(text) == ["Bengalon", "Bengalon"]


# Stream names as ids.


def _streams(*records: dict[str, object]) -> str:
    return json.dumps({"success": True, "data": list(records)})


def _stream(name: str, hls: str, **fields: object) -> dict[str, object]:
    return {"streamName": name, "title": f"Cam {name}", "hls": hls, **fields}


def test_a_stream_name_its_playlist_is_published_under_is_the_id() -> None:
    text = _streams(
        _stream("cam_01", "https://w.example:1935/live/cam_01/playlist.m3u8"),
        _stream("cam_02.stream", "https://w.example/live/_definst_/cam_02.stream/playlist.m3u8"),
        _stream("gate", "https://w.example/hls/gate.m3u8"),
    )
    assert [c.id for c in cameras(text)] == ["cam_01", "cam_02.stream", "gate"]


def test_a_snake_case_stream_name_is_the_id_too() -> None:
    record = {"stream_name": "dermaga_1", "title": "Dermaga 1"}
    record["hls_url"] = "https://mtx.example:8888/dermaga_1/index.m3u8"
    assert [c.id for c in cameras(json.dumps({"streams": [record]}))] == ["dermaga_1"]


def test_a_stream_name_the_address_does_not_carry_is_no_id() -> None:
    text = _streams(_stream("cam_01", "https://w.example/live/other_cam/playlist.m3u8"))
    (camera,) = cameras(text)
    assert camera.id.startswith("k-")


def test_a_stream_name_only_in_a_folder_above_the_playlist_is_no_id() -> None:
    text = _streams(_stream("live", "https://w.example/live/cam_01/playlist.m3u8"))
    (camera,) = cameras(text)
    assert camera.id.startswith("k-")


def test_a_stream_name_with_spaces_is_no_id() -> None:
    text = _streams(_stream("Cam Utama", "https://w.example/live/Cam Utama/playlist.m3u8"))
    (camera,) = cameras(text)
    assert camera.id.startswith("k-")


def test_a_record_id_beats_the_stream_name() -> None:
    text = _streams(_stream("cam_01", "https://w.example/live/cam_01/playlist.m3u8", id="17"))
    assert [c.id for c in cameras(text)] == ["17"]


# Bounds.


def test_many_rows_of_many_sparse_area_columns_stay_bounded() -> None:
    # The row cap and the column cap bound the merged-cells check: 5,000 rows are read
    # of 6,000, and each of 200 area columns (all headed ``district``) is looked at once.
    header = "id,name,image," + ",".join(["district"] * 200) + "\n"
    rows = "".join(
        f"c{n},Cam {n},https://c.example/{n}.jpg,"
        + ",".join("" if (n + k) % 3 else f"D{n % 7}" for k in range(200))
        + "\n"
        for n in range(6000)
    )
    items = delimited_items(header + rows)
    assert len(items) == 5000
    assert all(isinstance(item, dict) for item in items)
