"""A region's places written as an object keyed by each place's key.

A conditions site's configuration keeps its places as an object keyed by each place's
key (``mountains: {baker: {id, name, location, region, webcams: [...]}}``, a TypeScript
``Record<string, MountainConfig>``, also declared in a script as ``export const
mountains = {...}``): read as the same places listed, each place the area of the cameras
it holds even when they are named after it, its position theirs. The same object under
any other key, a single place's own fields under a place-list key and objects of more
than 64 places are read as before.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.javascript import script_values

BASE = "https://cuaca.kutim.example/api/mountains"


def cameras(value: object, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    text = value if isinstance(value, str) else json.dumps(value)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _place(name: str, *titles: str, **extra: object) -> dict[str, object]:
    slug = name.lower().replace(" ", "-")
    return {
        "id": slug,
        "name": name,
        "location": {"lat": 1.03, "lng": 117.5},
        "region": "kutai-timur",
        "webcams": [
            {"id": f"{slug}-{n}", "name": title, "url": f"https://cam.kutim.example/{slug}/{n}.jpg"}
            for n, title in enumerate(titles)
        ],
        **extra,
    }


def _places() -> dict[str, object]:
    return {
        "bengalon": _place("Bengalon", "Pelabuhan Bengalon"),
        "muaraWahau": _place("Muara Wahau", "Jembatan Wahau", "Pasar Wahau"),
    }


def test_keyed_mountains_place_cameras_named_after_them() -> None:
    found = cameras({"mountains": _places()})
    assert [(c.id, c.name, c.area) for c in found] == [
        ("bengalon-0", "Pelabuhan Bengalon", "Bengalon"),
        ("muara-wahau-0", "Jembatan Wahau", "Muara Wahau"),
        ("muara-wahau-1", "Pasar Wahau", "Muara Wahau"),
    ]
    assert all(c.area != "kutai-timur" for c in found)
    assert found[0].snapshot_url == "https://cam.kutim.example/bengalon/0.jpg"


def test_keyed_resorts_with_a_place_without_webcams() -> None:
    places = {
        **_places(),
        "kaubun": {"id": "kaubun", "name": "Kaubun", "state": "KT"},
        "batuPutih": _place("Batu Putih"),
    }
    found = cameras({"resorts": places})
    assert [c.area for c in found] == ["Bengalon", "Muara Wahau", "Muara Wahau"]
    assert [(c.latitude, c.longitude) for c in found][0] == (1.03, 117.5)


def test_declared_module_object_is_read_as_places() -> None:
    script = (
        "export const mountains = "
        + json.dumps(_places())
        + ";\nexport function getMountain(id) { return mountains[id]; }\n"
    )
    found = cameras(script, "https://cuaca.kutim.example/static/js/mountains.js")
    assert [(c.name, c.area) for c in found] == [
        ("Pelabuhan Bengalon", "Bengalon"),
        ("Jembatan Wahau", "Muara Wahau"),
        ("Pasar Wahau", "Muara Wahau"),
    ]


def test_display_name_names_a_place_of_the_list() -> None:
    place = _place("x", "Batu Putih puncak")
    del place["name"]
    place |= {"mountainName": "batuputih", "displayName": "Gunung Batu Putih"}
    found = cameras({"mountains": {"batuputih": place, "b": _place("Kaubun", "Kaubun pos")}})
    assert [c.area for c in found] == ["Gunung Batu Putih", "Kaubun"]


def test_keyed_points_under_another_key_stay_points() -> None:
    # A map's points keyed under ``locations`` keep reading as before: a camera named
    # after its point is a view of it, the point's name no area.
    found = cameras({"locations": _places()})
    assert len(found) == 3
    assert found[0].area != "Bengalon"
    assert found[1].area != "Muara Wahau"


def test_single_place_fields_under_a_list_key_are_no_keyed_places() -> None:
    found = cameras({"resorts": _place("Bengalon", "Pelabuhan Bengalon")})
    assert [c.name for c in found] == ["Pelabuhan Bengalon"]
    assert found[0].area != "Bengalon"


def test_keyed_places_without_cameras_give_none() -> None:
    answer = {"mountains": {"a": {"name": "Bengalon", "elevation": 5}, "b": {"name": "Wahau"}}}
    with pytest.raises(PortalFormatError):
        cameras(answer)


def test_more_than_64_keyed_places_are_read_as_before() -> None:
    places = {f"p{n}": _place(f"Tempat{n}", f"Kamera Tempat{n}") for n in range(70)}
    found = cameras({"mountains": places})
    assert len(found) == 70
    assert all(c.area != f"Tempat{n}" for n, c in enumerate(found))


def test_only_an_object_of_objects_is_kept_under_its_declared_name() -> None:
    assert script_values("const mountains = {a: {name: 'Bengalon'}};") == [
        {"mountains": {"a": {"name": "Bengalon"}}}
    ]
    # A settings map or a lookup of plain values under a place-list name stays as it is.
    assert script_values("const mountains = {theme: 'dark', a: {name: 'x'}};") == [
        {"theme": "dark", "a": {"name": "x"}}
    ]
    assert script_values("const RESORTS = {};") == [{}]
    assert script_values("const CONFIG = {a: {name: 'x'}};") == [{"a": {"name": "x"}}]
