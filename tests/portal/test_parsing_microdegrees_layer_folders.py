"""Integer microdegree positions, and KML layer folders that name no place."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.position import microdegree_axes, microdegree_list

BASE = "https://atms.dishub.kutim.example/api/cameras"


def parse(text: str, base: str = BASE) -> list[Any]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


def places(rows: list[dict[str, Any]]) -> list[tuple[float | None, float | None]]:
    return [(camera.latitude, camera.longitude) for camera in parse(json.dumps(rows))]


def row(number: int, lat: Any, lng: Any, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"KT-{number}",
        "name": f"Simpang {number}",
        "latitude": lat,
        "longitude": lng,
        "image": f"https://atms.dishub.kutim.example/cctv/KT-{number}.jpg",
        **extra,
    }


def test_a_list_of_integer_microdegrees_is_read_in_degrees() -> None:
    rows = [row(1, 502330, 117523100), row(2, "495610", "117538770"), row(3, None, None)]
    assert places(rows) == [(0.50233, 117.5231), (0.49561, 117.53877), (None, None)]


def test_a_csv_of_integer_microdegrees_is_read_in_degrees() -> None:
    text = (
        "Id,Name,Latitude,Longitude,ImageURL\r\n"
        "KT-1,Simpang Kabo,412360,117518770,https://atms.dishub.kutim.example/c/1.jpg\r\n"
        "KT-2,Muara Wahau,1042190,116855220,https://atms.dishub.kutim.example/c/2.jpg\r\n"
    )
    found = parse(text, "https://atms.dishub.kutim.example/camera_mapping.csv")
    assert [(c.latitude, c.longitude) for c in found] == [
        (0.41236, 117.51877),
        (1.04219, 116.85522),
    ]


def test_southern_and_western_microdegrees_keep_their_sign() -> None:
    assert microdegree_axes({"latitude": "-6217540", "longitude": "-75123400"}) == (
        -6.21754,
        -75.1234,
    )


def test_ordinary_degrees_are_left_alone() -> None:
    rows = [row(1, 0.50233, 117.5231), row(2, "0.49561", "117.53877")]
    assert places(rows) == [(0.50233, 117.5231), (0.49561, 117.53877)]
    assert not microdegree_list([{"latitude": 1, "longitude": 117}])


def test_one_record_in_degrees_keeps_the_list_out_of_microdegrees() -> None:
    # Ambiguous: one large number among ordinary coordinates is no position, never
    # a position divided into somewhere else.
    rows = [row(1, 0.50233, 117.5231), row(2, 495610, 117538770)]
    assert places(rows) == [(0.50233, 117.5231), (None, None)]


def test_fractions_and_out_of_range_integers_are_no_microdegrees() -> None:
    assert microdegree_axes({"latitude": "502330.5", "longitude": "117523100"}) is None
    # Ten-millionths read as millionths fall outside the globe: no position.
    assert microdegree_axes({"latitude": 5023300, "longitude": 1175231000}) is None
    assert places([row(1, 5023300, 1175231000), row(2, 4956100, 1175387700)]) == [
        (None, None),
        (None, None),
    ]
    assert microdegree_axes({"latitude": True, "longitude": 117523100}) is None


def test_unnamed_axes_are_never_read_as_microdegrees() -> None:
    # Web Mercator metres without a declared reference look like microdegrees.
    assert not microdegree_list([{"x": 13082400, "y": 55920}])
    assert not microdegree_list([{"id": 1, "count": 502330}])
    rows = [
        {
            "id": 1,
            "nama": "Simpang Tiga",
            "x": 13082400,
            "y": 55920,
            "foto": "https://a.example/1.jpg",
        },
    ]
    assert places(rows) == [(None, None)]


def test_microdegrees_never_make_a_lan_picture_media() -> None:
    # The answer's other cameras are published: the LAN-only one is left out.
    rows = [
        row(1, 502330, 117523100),
        row(2, 495610, 117538770, image="http://10.40.2.17/axis-cgi/jpg/image.cgi"),
        row(3, 412360, 117518770),
    ]
    found = parse(json.dumps(rows))
    assert [camera.id for camera in found] == ["KT-1", "KT-3"]
    assert not any("10.40.2.17" in (camera.snapshot_url or "") for camera in found)


def kml(folder: str, schema: str, fields: str = "") -> str:
    return f"""<?xml version="1.0" encoding="utf-8" ?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document id="root_doc">
<Schema name="{schema}" id="{schema}">
<SimpleField name="CameraLocation" type="string"></SimpleField>
</Schema>
<Folder><name>{folder}</name>
<Placemark><ExtendedData><SchemaData schemaUrl="#{schema}">
<SimpleData name="OBJECTID">1</SimpleData>
<SimpleData name="CameraLocation">Jl. Yos Sudarso at Simpang Tiga</SimpleData>
{fields}
<SimpleData name="SnapShot">https://gettingaround.kutim.example/cameras/KT101.jpg</SimpleData>
</SchemaData></ExtendedData><Point><coordinates>117.5231,0.50233</coordinates></Point>
</Placemark></Folder></Document></kml>"""


KML_BASE = "https://opendata.kutim.example/cameras.kml"


def test_a_folder_named_like_its_layer_schema_is_no_area() -> None:
    (camera,) = parse(
        kml("Kutim_Gateway_Traffic_Cameras", "Kutim_Gateway_Traffic_Cameras"), KML_BASE
    )
    assert camera.area is None
    assert camera.name == "Jl. Yos Sudarso at Simpang Tiga"
    assert camera.snapshot_url == "https://gettingaround.kutim.example/cameras/KT101.jpg"
    assert (camera.latitude, camera.longitude) == (0.50233, 117.5231)


def test_a_folder_naming_a_place_stays_the_area() -> None:
    (camera,) = parse(kml("Sangatta Utara", "Kutim_Gateway_Traffic_Cameras"), KML_BASE)
    assert camera.area == "Sangatta Utara"


def test_an_area_field_beside_a_layer_folder_is_the_area() -> None:
    field = '<SimpleData name="kecamatan">Sangatta Selatan</SimpleData>'
    (camera,) = parse(kml("cctv_atcs", "cctv_atcs", field), KML_BASE)
    assert camera.area == "Sangatta Selatan"


def test_small_or_huge_whole_numbers_are_no_microdegrees() -> None:
    # Small whole numbers are degrees out of range or swapped, never microdegrees.
    assert microdegree_axes({"latitude": -91, "longitude": 10}) is None
    assert microdegree_axes({"latitude": 95, "longitude": 500}) is None
    # Integers too large for a float are no coordinates, and raise nothing.
    assert microdegree_axes({"latitude": 10**400, "longitude": 117}) is None
    assert microdegree_list([{"latitude": 10**400, "longitude": 117_523_100}]) is False
    # A real place written so still reads.
    assert microdegree_axes({"latitude": 502_330, "longitude": 117_523_100}) == (0.50233, 117.5231)
