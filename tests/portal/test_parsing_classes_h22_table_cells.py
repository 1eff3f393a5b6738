"""Shapes read after holdout 22: no-code table cells, a state column, road-only records."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://tables.kutim.example/api/rows"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a text body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def answer(value: object) -> str:
    return json.dumps(value)


def _hls(n: int) -> str:
    return f"https://live.kutim.example/hls/{n}/index.m3u8"


# --- Linked-row cells, picture lists and Breite/Länge ------------------------------------


def test_a_linked_row_cell_gives_its_display_value_as_area() -> None:
    rows = [
        {
            "_id": f"row{n}",
            "Name": f"Kamera {n}",
            "Region": [{"display_value": "Zillertal", "row_id": "XzdZfL2oS"}],
            "Livestream": _hls(n),
        }
        for n in (1, 2)
    ]
    found = cameras(answer({"rows": rows}))
    assert [c.area for c in found] == ["Zillertal", "Zillertal"]


def test_a_picture_column_listing_addresses_gives_its_first_as_still() -> None:
    rows = [
        {
            "_id": "a",
            "Name": "Bergstation",
            "Bild": [
                "https://tables.kutim.example/img/a1.jpg",
                "https://tables.kutim.example/a2.jpg",
            ],
        },
        {"_id": "b", "Name": "Talstation", "Bild": [], "Livestream": _hls(2)},
        {"_id": "c", "Name": "Geplant", "Bild": []},
    ]
    found = cameras(answer({"rows": rows}))
    assert [(c.id, c.snapshot_url) for c in found] == [
        ("a", "https://tables.kutim.example/img/a1.jpg"),
        ("b", None),
    ]


def test_a_picture_column_listing_objects_is_no_address_list() -> None:
    rows = [
        {"_id": f"r{n}", "Name": f"Kamera {n}", "Bild": [{"w": 3}, 4], "Livestream": _hls(n)}
        for n in (1, 2)
    ]
    assert [c.snapshot_url for c in cameras(answer({"rows": rows}))] == [None, None]


def test_breite_and_laenge_are_a_coordinate_pair() -> None:
    rows = [
        {"_id": "1", "Name": "See", "Livestream": _hls(1), "Breite": 47.07, "Laenge": 11.67},
        {"_id": "2", "Name": "Berg", "Livestream": _hls(2), "Breite": 46.9, "Länge": 10.97},
    ]
    found = cameras(answer({"rows": rows}))
    assert [(c.latitude, c.longitude) for c in found] == [(47.07, 11.67), (46.9, 10.97)]


def test_breite_alone_is_no_latitude() -> None:
    rows = [{"_id": str(n), "Name": "Tor", "Livestream": _hls(n), "Breite": 4.5} for n in (1, 2)]
    assert [c.latitude for c in cameras(answer({"rows": rows}))] == [None, None]


# --- Choice options ------------------------------------------------------------------------


def _option(name: str, label: str) -> dict[str, object]:
    return {"id": "1", "name": name, "label": label, "type": "option", "order": 0}


def test_an_option_cell_gives_its_label_not_its_machine_name() -> None:
    rows = [
        {
            "id": str(n),
            "values": {
                "camera_name": f"Wharf {n}",
                "region": _option("otago", "Otago"),
                "hls_url": _hls(n),
            },
        }
        for n in (1, 2)
    ]
    assert [c.area for c in cameras(answer({"results": rows}))] == ["Otago", "Otago"]


def test_a_place_object_with_name_and_label_keeps_its_name() -> None:
    region = {"id": "7", "name": "Otago", "label": "Region", "kind": "area"}
    rows = [{"id": str(n), "name": f"Cam {n}", "region": region, "hls": _hls(n)} for n in (1, 2)]
    assert [c.area for c in cameras(answer({"data": rows}))] == ["Otago", "Otago"]


# --- A state column holding a place --------------------------------------------------------


def _state_rows(*states: str) -> str:
    return answer(
        {
            "items": [
                {"id": f"i-{n}", "name": f"Spot {n}", "values": {"State": state, "Stream": _hls(n)}}
                for n, state in enumerate(states)
            ]
        }
    )


def test_a_state_column_with_postal_codes_or_names_is_the_area() -> None:
    found = cameras(_state_rows("VIC", "New South Wales", "Isle of Wight"))
    assert [c.area for c in found] == ["VIC", "New South Wales", "Isle of Wight"]
    assert [c.online for c in found] == [None, None, None]


def test_a_state_column_with_status_or_workflow_words_is_no_area() -> None:
    found = cameras(_state_rows("active", "Recording", "DISABLED", "Published", "OK"))
    assert [c.area for c in found] == [None, None, None, None, None]
    # A recorder's "Recording" says the camera works (read as online since recorder
    # channel tables were read); a workflow word ("Published") states nothing.
    assert [c.online for c in found] == [True, True, False, None, True]


def test_a_finer_area_beats_the_state() -> None:
    rows = [
        {"id": n, "name": f"Cam {n}", "county": "Story", "state": "IA", "hls": _hls(n)}
        for n in (1, 2)
    ]
    assert [c.area for c in cameras(answer({"data": rows}))] == ["Story", "Story"]


# --- Records naming a road designation and a locality ----------------------------------------


_MODULE = """
export const WEBCAMS = [
  { id: 'a22-km0', autostrada: 'A22', km: 0, localita: 'Brennero - Confine',
    lat: 47.0024, lon: 11.5053, snapshotUrl: 'https://cams.kutim.example/km0.jpg' },
  { id: 'a22-km85', autostrada: 'A22', km: 85, localita: 'Bolzano Nord',
    lat: 46.5263, lon: 11.3722, snapshotUrl: 'https://cams.kutim.example/km85.jpg' },
];
"""


def test_a_road_designation_yields_the_name_to_the_locality() -> None:
    found = cameras(_MODULE, "https://cams.kutim.example/data/webcams.js")
    assert [(c.raw_name, c.area) for c in found] == [
        ("Brennero - Confine", None),
        ("Bolzano Nord", None),
    ]


def test_a_named_record_keeps_its_locality_as_area() -> None:
    rows = [
        {
            "id": n,
            "nome": f"Casello {n}",
            "autostrada": "A22",
            "localita": "Bolzano",
            "immagine": f"https://cams.kutim.example/{n}.jpg",
        }
        for n in (1, 2)
    ]
    found = cameras(answer({"data": rows}))
    assert [(c.raw_name, c.area) for c in found] == [
        ("Casello 1", "Bolzano"),
        ("Casello 2", "Bolzano"),
    ]


def test_a_road_written_as_words_leaves_the_locality_as_area() -> None:
    rows = [
        {
            "id": n,
            "highway": "Pacific Motorway",
            "locality": "Loganholme",
            "image": f"https://cams.kutim.example/{n}.jpg",
        }
        for n in (1, 2)
    ]
    found = cameras(answer({"data": rows}))
    assert [c.area for c in found] == ["Loganholme", "Loganholme"]
    assert all(c.raw_name != "Loganholme" for c in found)
