"""A table's "Description(s)" column names its cameras when no other column does."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://livecam.kutimkab.example/index.html"
AXIS = "http://cam-jembatan.kutim-live.example/mjpg/video.mjpg"
MOBOTIX = "http://cam-pasar.kutim-live.example:8080/cgi-bin/faststream.jpg?stream=full&amp;fps=4"


def parse(head: list[str], rows: list[list[str]]) -> list[Camera]:
    header = "".join(f"<th>{cell}</th>" for cell in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    text = (
        "<html><body><table><thead><tr>"
        f"{header}</tr></thead><tbody>{body}</tbody></table></body></html>"
    )
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


def link(url: str) -> str:
    return f'<a href="{url}"> {url} </a>'


def test_the_descriptions_cell_names_each_row() -> None:
    cameras = parse(
        ["Descriptions", "WebCam URL"],
        [["Jembatan Sungai Sangatta", link(AXIS)], ["Simpang Empat Pasar", link(MOBOTIX)]],
    )
    assert [c.raw_name for c in cameras] == ["Jembatan Sungai Sangatta", "Simpang Empat Pasar"]
    assert cameras[0].mjpeg_url == AXIS
    # MOBOTIX's faststream.jpg is live MJPEG, not a still.
    assert cameras[1].mjpeg_url == MOBOTIX.replace("&amp;", "&")
    assert cameras[1].snapshot_url is None


def test_indonesian_deskripsi_names_the_camera() -> None:
    cameras = parse(["Deskripsi", "Tautan"], [["Bundaran Pelangi", link(AXIS)]])
    assert [c.raw_name for c in cameras] == ["Bundaran Pelangi"]


def test_a_name_column_beside_a_description_names_the_camera() -> None:
    cameras = parse(
        ["Nama", "Deskripsi", "Link"],
        [["Bundaran Pelangi", "Kamera arah timur, dipasang 2023", link(AXIS)]],
    )
    assert [c.raw_name for c in cameras] == ["Bundaran Pelangi"]


def test_a_place_column_beside_a_description_names_the_camera() -> None:
    cameras = parse(
        ["Lokasi", "Description", "Stream"],
        [["Simpang Tiga Sangatta", "PTZ camera on the traffic light pole", link(AXIS)]],
    )
    assert [c.raw_name for c in cameras] == ["Simpang Tiga Sangatta"]


def test_a_description_holding_an_address_is_no_name() -> None:
    (camera,) = parse(["Description", "URL"], [[AXIS, link(AXIS)]])
    # Nor is the link's text (the same address): the camera is named by its hashed id.
    assert camera.id.startswith("k-")
    assert (camera.raw_name, camera.mjpeg_url) == (camera.id, AXIS)


def test_a_shop_table_with_descriptions_and_no_media_lists_nothing() -> None:
    with pytest.raises(PortalFormatError):
        parse(
            ["Description", "Price"],
            [["Kamera CCTV outdoor 2MP", "Rp 450.000"], ["Kabel UTP 50 m", "Rp 120.000"]],
        )


@pytest.mark.parametrize(
    "prose",
    [
        "Kamera ini memantau arus lalu lintas di persimpangan utama kota. " * 30,
        "Kamera arah timur. Dipasang tahun lalu",
        "Camera on the traffic light pole watching the main junction of the city centre",
    ],
)
def test_a_description_written_as_prose_names_no_camera(prose: str) -> None:
    cameras = parse(
        ["Description", "WebCam URL"],
        [[f"{prose}{i}", link(f"https://img.example.com/cam{i}.jpg")] for i in (1, 2)],
    )
    assert len(cameras) == 2
    assert not any(c.raw_name.startswith(prose[:10]) for c in cameras)
    assert cameras[0].name != cameras[1].name
