"""Hostile inputs for the readers added for holdout 37's classes.

Each reader stops at its bounds on a page or answer made to exhaust it: what it finds is
asserted here, how long it takes is measured by ``scripts/bench_hostile.py``.

- Labelled text lines: ten thousand ``Stream URL:`` lines under as many headings
  give at most the camera cap.
- ERDDAP's NCCSV: a hundred thousand attribute lines before the data, and JSON Lines of
  arrays with tens of thousands of rows, are read within the camera cap.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import MAX_CAMERAS, Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.example.go.id/perangkat"


def _cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def test_many_labelled_stream_lines_stay_bounded() -> None:
    page = (
        "<html><body><h1>Daftar Perangkat</h1>"
        + "".join(
            f"<h3>Kamera Simpang {n}</h3><p>Stream URL: https://live.example.go.id/hls/{n}.m3u8</p>"
            f"<p>Status: Online</p>"
            for n in range(10_000)
        )
        + "</body></html>"
    )
    cameras = _cameras(page)
    assert 0 < len(cameras) <= MAX_CAMERAS
    assert cameras[0].name == "Kamera Simpang 0"
    assert cameras[0].stream_url == "https://live.example.go.id/hls/0.m3u8"


def test_huge_nccsv_attributes_and_rows_stay_bounded() -> None:
    header = '*GLOBAL*,Conventions,"COARDS, CF-1.10, ACDD-1.3, NCCSV-1.2"\n' + "".join(
        f'*GLOBAL*,note{n},"{"x" * 20}"\n' for n in range(100_000)
    )
    variables = (
        "platform_code,*DATA_TYPE*,String\nplatform_code,cf_role,timeseries_id\n"
        "latitude,*DATA_TYPE*,double\nlongitude,*DATA_TYPE*,double\nimage_url,*DATA_TYPE*,String\n"
    )
    rows = "".join(
        f"CAM{n},{-54 - n / 100_000:.5f},{-38 + n / 100_000:.5f},https://cams.example.org/{n}.jpg\n"
        for n in range(10_000)
    )
    text = (
        header
        + variables
        + "\n*END_METADATA*\nplatform_code,latitude,longitude,image_url\n"
        + rows
        + "*END_DATA*\n"
    )
    cameras = _cameras(text, "https://erddap.example.org/erddap/tabledap/webcams.nccsv")
    assert 0 < len(cameras) <= MAX_CAMERAS
    assert (cameras[0].id, cameras[0].snapshot_url) == ("CAM0", "https://cams.example.org/0.jpg")


def test_many_json_lines_of_arrays_stay_bounded() -> None:
    lines = [json.dumps(["platform_code", "latitude", "longitude", "image_url"])] + [
        json.dumps([f"CAM{n}", 0.5, 117.5, f"https://cams.example.org/{n}.jpg"])
        for n in range(60_000)
    ]
    cameras = _cameras(
        "\n".join(lines) + "\n", "https://erddap.example.org/erddap/tabledap/w.jsonlCSV1"
    )
    assert 0 < len(cameras) <= MAX_CAMERAS
    assert cameras[0].id == "CAM0"
