"""Configuration files of blocks of settings: INI sections, ``__CAMERA__`` blocks."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.blockconfig import MAX_LINES, block_config_document

BASE = "https://data.atcs-kutim.example/ingest/cameras.conf"


def parse(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_marker_blocks_with_double_equals_and_schemeless_rtsp() -> None:
    text = (
        "# Video ingestion CONFIGURATION FILE\n"
        "__CAMERA__\nname==tiang1kam0\nrtsp_authentication==root:secretpass\n"
        "rtsp_address==tiang1.atcs-kutim.example:8554/axis-media/media.amp?camera=2\n"
        "report==appsink\n"
        "__CAMERA__\nname==tiang2kam0\nrtsp_address==tiang2.atcs-kutim.example/live\n"
    )
    cameras = parse(text)
    assert [(c.name, c.stream_url) for c in cameras] == [
        ("tiang1kam0", "rtsp://tiang1.atcs-kutim.example:8554/axis-media/media.amp?camera=2"),
        ("tiang2kam0", "rtsp://tiang2.atcs-kutim.example/live"),
    ]
    assert "secretpass" not in repr(cameras)
    assert "root" not in repr(cameras)


def test_marker_blocks_with_single_equals() -> None:
    data = block_config_document("__CAMERA__\nname=a\nrtsp_url=cam.example/1\n")
    assert data == {"CAMERA": [{"name": "a", "rtsp_url": "rtsp://cam.example/1"}]}


def test_ini_sections_are_objects_keyed_by_name() -> None:
    text = (
        "; dashboard\n[general]\nrefresh = 60\n\n"
        "[cam1]\nname = Simpang Tiga\nurl = https://cam.kutim.example/hls/1.m3u8\n"
        "password = rahasia\n\n"
        "[cam2]\nname: Pelangi\nurl: https://cam.kutim.example/hls/2.m3u8\n"
    )
    cameras = parse(text)
    assert [(c.id, c.name, c.stream_url) for c in cameras] == [
        ("cam1", "Simpang Tiga", "https://cam.kutim.example/hls/1.m3u8"),
        ("cam2", "Pelangi", "https://cam.kutim.example/hls/2.m3u8"),
    ]
    assert "rahasia" not in repr(cameras)


def test_repeated_sections_and_toml_tables_are_lists() -> None:
    data = block_config_document('[[cameras]]\nname = "A"\n[[cameras]]\nname = "B"\n')
    assert data == {"cameras": [{"name": "A"}, {"name": "B"}]}
    data = block_config_document("[camera]\nname=A\n[camera]\nname=B\n")
    assert data == {"camera": [{"name": "A"}, {"name": "B"}]}


def test_login_before_a_schemeless_host_is_dropped() -> None:
    data = block_config_document("[CAMERA1]\nRTSP_URL=admin:pw@cam.example/Streaming/101\n")
    assert data == {"CAMERA1": {"RTSP_URL": "rtsp://cam.example/Streaming/101"}}


def test_schemeless_value_under_a_key_naming_no_scheme_is_kept_as_written() -> None:
    data = block_config_document("[c]\nurl=cam.example/live\nrtsp_port=554\nhost=cam.example\n")
    assert data == {"c": {"url": "cam.example/live", "rtsp_port": "554", "host": "cam.example"}}


@pytest.mark.parametrize(
    "text",
    [
        "name=a\nurl=rtsp://cam.example/1\n",  # an .env file: no block
        "[cam1]\nname = A\nThis line is prose.\n",  # a line of another kind
        "[cam1]\n[cam2]\n",  # headers without settings
        "id,name,url\n1,A,rtsp://cam.example/1\n",  # a CSV table
        "<html><body>[cam1]</body></html>\n",
        "[a]]\nname=a\n",  # unbalanced brackets
        "__CAMERA__\n",  # a marker without settings
        "_CAMERA_\nname=a\n",  # one underscore each side is no marker
    ],
)
def test_near_misses_are_no_block_configuration(text: str) -> None:
    assert block_config_document(text) is None


def test_a_block_file_without_cameras_is_read_as_before() -> None:
    with pytest.raises(PortalFormatError):
        parse("[general]\nrefresh = 60\ntitle = Dashboard\n")


def test_bounds() -> None:
    assert block_config_document("[c]\n" + "a=b\n" * (MAX_LINES + 1)) is None
    data = block_config_document("[c]\n" + "".join(f"k{n}=v\n" for n in range(500)))
    assert data is not None
    block = data["c"]
    assert isinstance(block, dict)
    assert len(block) == 200
