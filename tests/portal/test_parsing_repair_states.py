"""A camera under repair or maintenance is offline, however the state is written."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import parse_status


@pytest.mark.parametrize(
    "text",
    [
        "Perbaikan",
        "Dalam Perbaikan",
        "Non Aktif (Perbaikan)",
        "Dalam Perbaikan (Kabel Putus)",
        "Sedang Diperbaiki",
        "Diperbaiki",
        "Pemeliharaan",
        "Dalam Pemeliharaan",
        "Dalam Perawatan",
        "Rusak Berat",
        "Maintenance",
        "Under maintenance",
        "In maintenance",
        "Under repair",
        "Awaiting repair",
        "Offline [maintenance]",
    ],
)
def test_repair_and_maintenance_are_offline(text: str) -> None:
    assert parse_status(text) is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aktif", True),
        ("Aktif (24 jam)", True),
        ("Online (Normal)", True),
        ("Operational (night IR)", True),
        ("Online (maintenance)", None),  # the note says the opposite: nothing is stated
        ("Kamera 3 (rusak)", None),  # a note alone states nothing
        ("Perbaikan jalan di sekitar lokasi", None),  # a free note about road works
        ("Beroperasi 24 jam", None),
        ("Service", None),
        ("(Perbaikan)", None),
    ],
)
def test_near_misses(text: str, expected: bool | None) -> None:
    assert parse_status(text) is expected


def test_a_kondisi_property_under_repair_reads_offline() -> None:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [117.5465 + i / 100, 0.5041]},
            "properties": {
                "id_cctv": f"ATCS-00{i}",
                "nama_lokasi": f"Simpang {i}",
                "kondisi": kondisi,
                "keterangan_lain": "Perbaikan jalan sampai Desember",
                "stream": f"https://atcs.kutimkab.example/cam/{i}/live.m3u8",
            },
        }
        for i, kondisi in enumerate(["Aktif", "Non Aktif (Perbaikan)", "Sedang diperbaiki"], 1)
    ]
    text = json.dumps({"type": "FeatureCollection", "features": features})
    result = parse_body(
        text, profile=Profile.AUTO, base_url="https://atcs.kutimkab.example/", prettify=False
    )
    assert [camera.online for camera in result.cameras] == [True, False, False]
