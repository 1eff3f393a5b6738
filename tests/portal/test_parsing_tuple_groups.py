"""Named groups holding their cameras as positional tuples (``parsing.tuplegroups``)."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tuplegroups import tuple_group_records

BASE = "https://kamera.kutim.example/cam-data.js"
STILL = "https://atcs.kutim.example/1_devices/aux{}.jpeg"
HLS = "https://its.kutim.example/rtplive/cctv_{}.stream/playlist.m3u8"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _wall() -> dict[str, object]:
    return {
        "sangatta": {
            "title": "Sangatta Utara",
            "link": "Sangatta Utara DISHUB",
            "cams": [
                ["Simpang Tiga", STILL.format(1)],
                ["Polder Ilham Maulana", STILL.format(2), "polder-ilham"],
            ],
        },
        "bengalon": {
            "title": "Bengalon",
            "link": "Bengalon DISHUB",
            "cams": [["Pasar Bengalon", STILL.format(3), "pasar-bengalon"], ["Jembatan", ""]],
        },
    }


def test_keyed_groups_of_name_still_slug_tuples() -> None:
    """Each tuple is a camera of its group: name, still, slug id; the title is its area."""
    found = cameras("window.cam_data = " + json.dumps(_wall()) + ";")
    assert [(c.name, c.area, c.snapshot_url) for c in found] == [
        ("Simpang Tiga", "Sangatta Utara", STILL.format(1)),
        ("Polder Ilham Maulana", "Sangatta Utara", STILL.format(2)),
        ("Pasar Bengalon", "Bengalon", STILL.format(3)),
    ]
    assert [c.id for c in found][1:] == ["polder-ilham", "pasar-bengalon"]
    assert found[0].id.startswith("k-")


def test_json_answer_reads_the_same_as_records() -> None:
    """The same groups answered as JSON read as the groups of records would."""
    tuples = cameras(json.dumps(_wall()))
    records = {
        key: {
            **group,
            "cams": [
                {"name": row[0], "img": row[1], **({"id": row[2]} if len(row) > 2 else {})}
                for row in group["cams"]  # type: ignore[index, union-attr]
                if row[1]
            ],
        }
        for key, group in _wall().items()
        if isinstance(group, dict)
    }
    assert [(c.id, c.name, c.area, c.snapshot_url) for c in tuples] == [
        (c.id, c.name, c.area, c.snapshot_url) for c in cameras(json.dumps(records))
    ]


def test_place_list_of_url_name_pairs_keeps_the_place_reading() -> None:
    """A list of places with [playlist, name] pairs: the place's position, no parking pairs."""
    spots = [
        {
            "name": "Bukit Pelangi",
            "lat": 0.4816,
            "lng": 117.6001,
            "cams": [[HLS.format(1), "Simpang Empat Kantor Bupati"], [HLS.format(2), "Gerbang"]],
            "parkir": [[36, "Parkir Taman Bersemi"]],
        },
        {
            "name": "Air Terjun Bidadari",
            "lat": 0.6131,
            "lng": 117.3012,
            "cams": [["9952", "Kantor RRI Sangatta"]],
        },
    ]
    found = cameras("export const SPOTS = " + json.dumps(spots))
    assert [(c.name, c.stream_url, c.latitude) for c in found] == [
        ("Simpang Empat Kantor Bupati", HLS.format(1), 0.4816),
        ("Gerbang", HLS.format(2), 0.4816),
    ]
    assert {c.area for c in found} == {"Bukit Pelangi"}


def test_group_without_list_or_media_beside_tuple_groups_is_left_out() -> None:
    """A vendor embed group (no list, no media address) does not stop the others."""
    wall = _wall()
    wall["rantau"] = {
        "title": "Rantau Pulung",
        "special": {
            "type": "html",
            "css": ["//js.vendor.example/violet.css"],
            "html": "<div cam='74' class='violet-embed'></div>",
        },
    }
    read = tuple_group_records(wall)
    assert isinstance(read, dict) and "rantau" not in read
    assert [c.name for c in cameras(json.dumps(wall))] == [
        "Simpang Tiga",
        "Polder Ilham Maulana",
        "Pasar Bengalon",
    ]


def test_group_with_its_own_media_is_kept() -> None:
    """A group without a list that carries a media address stays a group of the answer."""
    wall = _wall()
    wall["kongbeng"] = {"title": "Kongbeng", "html": f"<img src='{STILL.format(9)}'>"}
    read = tuple_group_records(wall)
    assert isinstance(read, dict) and "kongbeng" in read


@pytest.mark.parametrize(
    "rows",
    [
        [["Webcam 4K", 149.99], ["Webcam Full HD", 79.99]],  # a shop's [product, price]
        [["Entrada principal", True], ["Pasillo B", False]],  # a dashboard's flags
        [["Egocentric view", "stack-cubes-ego-hand-2x.mp4"]],  # a demo's recorded clip
        [["9952", "Kantor RRI"], ["9953", "Pelabuhan"]],  # ids whose address comes later
        [["Simpang", {"url": STILL.format(1)}]],  # an object cell: no plain tuple
    ],
)
def test_tuples_without_a_media_address_stay_as_they_are(rows: list[list[object]]) -> None:
    """Lists of arrays holding no absolute media address are not read as cameras."""
    groups = {"a": {"title": "Sangatta", "cams": rows}, "b": {"title": "Bengalon", "cams": rows}}
    assert tuple_group_records(groups) is groups
    with pytest.raises(PortalFormatError):
        cameras(json.dumps(groups))


def test_repeated_trailing_slug_is_no_id() -> None:
    """A last cell every row repeats (a kind or a place) is no anchor."""
    groups = {
        "a": {
            "title": "Sangatta",
            "cams": [
                ["Simpang Tiga", STILL.format(1), "ptz-dome"],
                ["Pasar", STILL.format(2), "ptz-dome"],
            ],
        }
    }
    found = cameras(json.dumps(groups))
    assert len(found) == 2 and all(c.id.startswith("k-") for c in found)


def test_root_rows_and_plain_answers_are_untouched() -> None:
    """Only the answer's own groups are read; bare row lists keep their reader."""
    rows = [["Simpang Tiga", STILL.format(1)], ["Pasar", STILL.format(2)]]
    assert tuple_group_records(rows) is rows
    answer = {"status": "ok", "cams": rows}
    assert tuple_group_records(answer) is answer
    assert tuple_group_records("text") == "text"


def test_table_rows_named_by_a_header_are_left_to_the_table_reader() -> None:
    """A group holding a header beside its rows (Metabase, ERDDAP) is a table, not tuples."""
    table = {
        "data": {
            "cols": [{"name": "id"}, {"name": "nazwa"}, {"name": "zdjecie"}],
            "rows": [
                [11, "Rondo Mogilskie", STILL.format(1)],
                [14, "Aleja Pokoju", STILL.format(2)],
            ],
        }
    }
    assert tuple_group_records(table) is table
    assert [(c.id, c.name) for c in cameras(json.dumps(table))] == [
        ("11", "Rondo Mogilskie"),
        ("14", "Aleja Pokoju"),
    ]
