"""A village and its kecamatan in one area value: the kecamatan is the camera's area."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.names import village_kecamatan
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://desa.kutim.example/kamera"


def parse(text: str) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Desa Singa Gembara, Kec. Sangatta Utara", "Sangatta Utara"),
        ("Desa Kandolo, Kecamatan Teluk Pandan", "Teluk Pandan"),
        ("Kel. Swarga Bara, Kec. Sangatta Utara, Kab. Kutai Timur", "Sangatta Utara"),
        ("Ds. Sepaso,Kec.Bengalon", "Bengalon"),
        ("Kelurahan Teluk Lingga ,  Kecamatan  Sangatta Utara", "Sangatta Utara"),
        (
            "Dusun Batu Lepok, Kec. Muara Wahau, Kabupaten Kutai Timur, Kalimantan Timur",
            "Muara Wahau",
        ),
    ],
)
def test_village_then_kecamatan_gives_the_kecamatan(text: str, area: str) -> None:
    assert village_kecamatan(text) == area


@pytest.mark.parametrize(
    "text",
    [
        "Desa Singa Gembara",  # a village alone stays as written
        "Kel. Swarga Bara",
        "Kec. Sangatta Utara",
        "Kecamatan Kaliorang",
        "Jl. Yos Sudarso No. 5, Kec. Sangatta Utara",  # a street, not a village
        "Simpang Kabo - Desa Sepaso, Kec. Bengalon",  # a name before the village
        "Desa Sepaso, Kec. Bengalon dekat jembatan 2",  # a digit after the kecamatan
        "Desa Sepaso; Kec. Bengalon",
        "Desa " + "Panjang " * 60 + ", Kec. Bengalon",  # too long a value
    ],
)
def test_other_values_give_nothing(text: str) -> None:
    assert village_kecamatan(text) is None


ROW = (
    "<tr><td>{name}</td><td>{place}</td>"
    '<td><a href="/cam/{key}/mjpg/video.mjpg">Lihat</a></td>'
    '<td><img src="/cam/{key}/jpg/image.jpg" alt="{name}"></td></tr>'
)


def _table(rows: list[tuple[str, str, str]]) -> str:
    body = "".join(ROW.format(name=n, place=p, key=k) for n, p, k in rows)
    return (
        "<html><body><table><thead><tr><th>Titik</th><th>Desa / Kecamatan</th>"
        f"<th>Siaran</th><th>Gambar</th></tr></thead><tbody>{body}</tbody></table></body></html>"
    )


def test_table_cell_of_village_and_kecamatan() -> None:
    cameras = parse(
        _table(
            [
                ("Gapura Sepaso", "Desa Sepaso, Kec. Bengalon", "sepaso-1"),
                ("Balai Desa Singa Gembara", "Desa Singa Gembara", "singa-1"),
                ("Dermaga Kenyamukan", "Kel. Sangatta Selatan", "dermaga-1"),
            ]
        )
    )
    areas = {camera.name: camera.area for camera in cameras}
    assert areas == {
        "Gapura Sepaso": "Bengalon",
        "Balai Desa Singa Gembara": "Desa Singa Gembara",
        "Dermaga Kenyamukan": "Sangatta Selatan",
    }


def test_json_field_of_village_and_kecamatan_not_the_address() -> None:
    records = [
        {
            "kode": "DSA-01",
            "nama": "Pos Kamling RT 03",
            "desa_kecamatan": "Desa Sepaso Timur, Kecamatan Bengalon",
            "hls": "https://cctv.kutim.example/hls/dsa-01/index.m3u8",
        },
        {
            "kode": "DSA-03",
            "nama": "Balai Desa Tepian Langsat",
            "desa_kecamatan": "Desa Tepian Langsat",
            "alamat": "Jl. Balai Desa, Kec. Bengalon",
            "hls": "https://cctv.kutim.example/hls/dsa-03/index.m3u8",
        },
    ]
    cameras = parse(json.dumps({"data": records}))
    assert {camera.id: camera.area for camera in cameras} == {
        "DSA-01": "Bengalon",
        "DSA-03": "Desa Tepian Langsat",
    }


def test_name_holding_a_village_and_kecamatan_is_kept() -> None:
    # Only the area is read so; a camera named after its village keeps its name.
    cameras = parse(_table([("Desa Sepaso, Kec. Bengalon", "Kecamatan Bengalon", "sepaso-1")]))
    assert [camera.name for camera in cameras] == ["Desa Sepaso, Kec. Bengalon"]
    assert cameras[0].area == "Kecamatan Bengalon"
