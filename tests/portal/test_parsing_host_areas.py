"""A host, address, login or port written where an area (or a name) is expected."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.fieldurls import is_host_text
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.sangattakota.example/api/cameras"

HOSTS = [
    "admin@10.0.0.5",
    "***@10.0.0.5",
    "admin:secret@10.0.0.5",
    "10.0.0.5:8000",
    "10.0.0.5",
    "nvr-01.local",
    "nvr-01.local:554",
    "operator@shinobi-rsud.lan",
    "nvr.kutaitimur.go.id",
    "cam1.example.com:8080",
    "shinobi-bengalon:8080",
    "localhost:554",
    "http://10.0.0.5/",
    "rtsp://10.0.0.5:554/ch1",
    "[fe80::1]:554",
]
PLACES = [
    "Dermaga Kenyamukan",
    "St. Louis",
    "Jl. A. Yani",
    "Tj. Bara",
    "Kel.Swarga Bara",
    "Sangatta Utara",
    "Simpang 3",
    "08:00",
    "Teluk Lingga",
    "Pos 1: Gerbang",
    "Jl.Yani",
    "Kel.Tg",
    "Jl.Ir",
]


def parse(payload: object) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


@pytest.mark.parametrize("text", HOSTS)
def test_host_texts(text: str) -> None:
    assert is_host_text(text)


@pytest.mark.parametrize("text", PLACES)
def test_place_texts_are_no_hosts(text: str) -> None:
    assert not is_host_text(text)


def _edge_rows(edges: list[str]) -> list[dict[str, object]]:
    return [
        {
            "id": 100 + i,
            "name": f"Kamera Simpang {chr(65 + i)}",
            "edge_id": i + 1,
            "edge_name": edge,
            "hls_url": f"https://cctv.sangattakota.example/live/{100 + i}.m3u8",
        }
        for i, edge in enumerate(edges)
    ]


def test_edge_node_named_by_address_is_no_area() -> None:
    cameras = parse({"data": _edge_rows([*HOSTS, "Dermaga Kenyamukan"])})
    assert len(cameras) == len(HOSTS) + 1
    assert [c.area for c in cameras[:-1]] == [None] * len(HOSTS)
    assert cameras[-1].area == "Dermaga Kenyamukan"


def test_edge_node_named_by_address_camel_case() -> None:
    rows = [
        {
            "deviceId": 20 + i,
            "deviceName": f"Gerbang {i}",
            "edgeId": i + 1,
            "edgeName": edge,
            "hlsUrl": f"https://cctv.sangattakota.example/live/{20 + i}.m3u8",
        }
        for i, edge in enumerate(
            ["admin@172.31.0.10", "evgw-teluk.local", "Pelabuhan Tanjung Bara"]
        )
    ]
    assert [c.area for c in parse({"result": rows})] == [None, None, "Pelabuhan Tanjung Bara"]


@pytest.mark.parametrize("key", ["area", "region", "zone"])
def test_area_field_holding_a_host_is_no_area(key: str) -> None:
    values = ["Teluk Pandan", "192.168.1.104:8081", "operator@shinobi-rsud.lan", "Tj. Bara"]
    rows = [
        {
            "id": i,
            "name": f"Simpang {i}",
            key: value,
            "hls_url": f"https://cctv.sangattakota.example/live/{i}.m3u8",
        }
        for i, value in enumerate(values)
    ]
    assert [c.area for c in parse({"data": rows})] == ["Teluk Pandan", None, None, "Tj. Bara"]


def test_login_before_host_is_never_a_name() -> None:
    names = ["admin@10.0.0.5", "***@10.0.0.5", "10.0.0.5:8000", "nvr-01.local", "St. Louis"]
    rows = [
        {
            "id": i,
            "name": name,
            "kecamatan": "Sangatta Utara",
            "hls_url": f"https://cctv.sangattakota.example/live/{i}.m3u8",
        }
        for i, name in enumerate(names)
    ]
    cameras = parse({"data": rows})
    assert all("@" not in c.name for c in cameras)
    assert [c.name for c in cameras[:2]] == ["Sangatta Utara 0", "Sangatta Utara 1"]
    # A host written alone is kept: some recorders label their channels so.
    assert [c.name for c in cameras[2:]] == ["10.0.0.5:8000", "nvr-01.local", "St. Louis"]


# One label with a port is a machine only when both read so: a marker with a number
# (a kilometre post, a guard post) is a place.
ONE_LABEL_HOSTS = ["nvr-01:8000", "NVR-01:8000", "dvr2:8000", "nvr:80", "localhost:8080"]
ONE_LABEL_MARKERS = ["KM:12", "KM:120", "Pos-3:1", "Pos-3:12", "Km-12:30", "cam1:0554"]


@pytest.mark.parametrize("text", ONE_LABEL_HOSTS)
def test_one_label_hosts_with_a_port(text: str) -> None:
    assert is_host_text(text)


@pytest.mark.parametrize("text", ONE_LABEL_MARKERS)
def test_markers_with_a_number_are_no_hosts(text: str) -> None:
    assert not is_host_text(text)


def test_area_written_as_a_marker_with_a_number() -> None:
    rows = [
        {"name": name, "area": area, "url": f"https://cctv.example.com/{name.lower()}.m3u8"}
        for name, area in [("A", "KM:12"), ("D", "Pos-3:1"), ("E", "nvr-01:8000")]
    ]
    cameras = parse(rows)
    assert [(c.name, c.area) for c in cameras] == [("A", "KM:12"), ("D", "Pos-3:1"), ("E", None)]
