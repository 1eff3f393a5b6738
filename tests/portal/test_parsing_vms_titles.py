"""A VMS column titling each camera beside its street address names it."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://vms.kutim.example/api/cctv"
HLS = "https://vms.kutim.example/live/{}/index.m3u8"
STREETS = (
    "Jl. Yos Sudarso II, Sangatta Utara",
    "Jl. Jend. Sudirman, Sangatta Utara",
    "Jl. APT Pranoto, Sangatta Selatan",
    "Jl. Poros Bengalon, Sepaso",
)
TITLES = (
    "Simpang Tiga Polres Kutim",
    "Bundaran Patung Burung Enggang",
    "Simpang Empat Teluk Lingga",
    "Jembatan Sungai Bengalon",
)


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _rows(vms: list[str], *, kind: list[str] | None = None) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for number, (street, title) in enumerate(zip(STREETS, vms, strict=True)):
        row: dict[str, object] = {
            "id": f"c{number}",
            "address_cctv": street,
            "vms_cctv": title,
            "jenis_cctv": "cctv kota",
            "link_cctv": HLS.format(number),
            "status_cctv": 1,
        }
        if kind is not None:
            row["type_cctv"] = kind[number]
        rows.append(row)
    return rows


def test_vms_titles_name_cameras_before_their_street() -> None:
    found = cameras({"isSuccess": True, "data": {"count": 4, "rows": _rows(list(TITLES))}})
    assert [c.name for c in found] == list(TITLES)


def test_repeated_vms_server_names_no_camera() -> None:
    found = cameras({"data": _rows(["VMS POLDA"] * 4)})
    assert [c.name for c in found] == list(STREETS)


def test_vms_addresses_name_no_camera() -> None:
    servers = [f"https://vms{n}.kutim.example" for n in range(4)]
    found = cameras({"data": _rows(servers)})
    assert [c.name for c in found] == list(STREETS)


def test_too_few_records_keep_their_street() -> None:
    found = cameras({"data": _rows(list(TITLES))[:3]})
    assert [c.name for c in found] == list(STREETS[:3])


def test_kind_column_titles_before_vms_column() -> None:
    kinds = [
        "Gerbang Tol Sangatta",
        "Flyover Bukit Pelangi",
        "Simpang Kabo Jaya",
        "Pasar Induk Sangatta",
    ]
    found = cameras({"data": _rows(list(TITLES), kind=kinds)})
    assert [c.name for c in found] == kinds


def test_named_records_keep_their_name() -> None:
    rows = _rows(list(TITLES))
    for row, name in zip(rows, ("Kamera A", "Kamera B", "Kamera C", "Kamera D"), strict=True):
        row["nama_cctv"] = name
    found = cameras({"data": rows})
    assert [c.name for c in found] == ["Kamera A", "Kamera B", "Kamera C", "Kamera D"]
