"""Grid widgets' positional rows: jqGrid/Flexigrid ``{id, cell}`` and DataTables arrays."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import row_item
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://atcs.kutim.example/cctv/grid"


def cameras(data: object) -> tuple[Camera, ...]:
    """Parse a JSON answer as an Automatic portal answer."""
    text = json.dumps(data)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _cells(key: str, name: str, area: str, state: str, *, still: bool = True) -> list[str]:
    link = f"<a href='https://atcs.kutim.example/hls/{key}.m3u8' class='btn'>Lihat</a>"
    img = f"<img src='https://atcs.kutim.example/thumb/{key}.jpg'>" if still else ""
    badge = f"<span class='label'>{state}</span>"
    return [key, name, area, "0.503318", "117.552607", link, img, badge]


@pytest.mark.parametrize(
    "envelope",
    [
        lambda rows: {"page": "1", "total": 1, "records": "2", "rows": rows},  # jqGrid
        lambda rows: {"page": 1, "total": 2, "rows": rows},  # Flexigrid
    ],
)
def test_id_cell_rows(envelope: object) -> None:
    """Rows ``{id, cell: [...]}`` read their cells by value, the row id as the id."""
    assert callable(envelope)
    rows = [
        {"id": "21", "cell": _cells("21", "Bundaran Patung Singa", "Sangatta Utara", "Online")},
        {"id": 25, "cell": _cells("25", "Pelabuhan Kenyamukan", "Sangatta Utara", "Offline")},
    ]
    first, second = cameras(envelope(rows))
    assert (first.id, first.raw_name, first.area) == (
        "21",
        "Bundaran Patung Singa",
        "Sangatta Utara",
    )
    assert (first.latitude, first.longitude) == (0.503318, 117.552607)
    assert first.stream_url == "https://atcs.kutim.example/hls/21.m3u8"
    assert first.snapshot_url == "https://atcs.kutim.example/thumb/21.jpg"
    assert first.online is True
    assert (second.id, second.online) == ("25", False)


def test_named_cell_object() -> None:
    """A Flexigrid row whose ``cell`` is an object keeps its names and takes the row id."""
    rows = [{"id": "7", "cell": {"nama": "Simpang Tiga", "hls": "https://s.example/7.m3u8"}}]
    (camera,) = cameras({"page": 1, "total": 1, "rows": rows})
    assert (camera.id, camera.raw_name) == ("7", "Simpang Tiga")


def test_datatables_array_with_text_position() -> None:
    """A DataTables array row: code, name, area and a ``'lat, lng'`` cell."""
    row = [
        "TPN-02",
        "Simpang Teluk Pandan",
        "Teluk Pandan",
        "0.3921, 117.4502",
        '<a href="https://s.example/tpn02.m3u8">Lihat</a>',
    ]
    (camera,) = cameras({"draw": 1, "recordsTotal": 1, "data": [row]})
    assert (camera.id, camera.raw_name, camera.area) == (
        "TPN-02",
        "Simpang Teluk Pandan",
        "Teluk Pandan",
    )
    assert (camera.latitude, camera.longitude) == (0.3921, 117.4502)


def test_button_label_is_no_state() -> None:
    """A link labelled ``Live`` says nothing of the camera's state; the badge does."""
    cells = _cells("9", "Dermaga", "Bengalon", "OFF")
    cells[5] = "<a href='https://atcs.kutim.example/hls/9.m3u8'><i></i> Live</a>"
    (camera,) = cameras({"page": 1, "rows": [{"id": "9", "cell": cells}]})
    assert camera.online is False


def test_plain_rows_take_no_area() -> None:
    """Rows without rendered cells keep their older reading: no area by position."""
    item = row_item(["Simpang Tiga", "Jalan Poros", 0.5, 117.5, "https://s.example/a.m3u8"])
    assert item is not None
    assert item["name"] == "Simpang Tiga"
    assert "area" not in item


def test_rows_without_media_are_no_cameras() -> None:
    """Grid rows holding no media address are not cameras."""
    rows = [{"id": "1", "cell": ["1", "Kantor Dinas", "Sangatta Utara", "<b>Aktif</b>"]}]
    with pytest.raises(PortalFormatError):
        cameras({"page": 1, "total": 1, "rows": rows})


def test_other_objects_with_cell_are_not_rows() -> None:
    """An object with more than ``id`` and ``cell`` is read as an ordinary item."""
    item = {"id": "3", "cell": "0812", "nama": "Pos", "hls": "https://s.example/3.m3u8"}
    (camera,) = cameras([item])
    assert camera.raw_name == "Pos"


def test_hostile_grid_is_bounded() -> None:
    """Many wide rows with huge cells are read in bounded time."""
    cell = ["x" * 1000] * 15 + ["<a href='https://s.example/a.m3u8'>x</a>"]
    rows = [{"id": str(n), "cell": cell} for n in range(300)]
    found = cameras({"page": 1, "rows": rows})
    # Every row links the same stream: one camera, its name cut to the name bound.
    assert [camera.stream_url for camera in found] == ["https://s.example/a.m3u8"]
    assert all(len(camera.raw_name) <= 200 for camera in found)
