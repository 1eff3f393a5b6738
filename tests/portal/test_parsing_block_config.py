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


SECRET_PAYLOADS = [
    (
        "[cam1]\nsnapshot_url=https://cams.example.com/a.jpg\napi_key=SK_live_123456\n"
        "[cam2]\nsnapshot_url=https://cams.example.com/b.jpg\naccess_key=AKIAXYZ\n"
    ),
    (
        "[cam1]\nurl=https://cams.example.com/a.m3u8\nrtsp_pw=hunter2\n"
        "[cam2]\nurl=https://cams.example.com/b.m3u8\nbearer=BEARER2\n"
    ),
    (
        "[cam1]\nurl=https://cams.example.com/a.m3u8\nsessionid=SESSION1\n"
        "[cam2]\nurl=https://cams.example.com/b.m3u8\ncookie=COOKIE2\n"
    ),
]


@pytest.mark.parametrize("text", SECRET_PAYLOADS)
def test_secret_settings_are_never_names_or_values(text: str) -> None:
    cameras = parse(text)
    assert [c.name for c in cameras] == ["cam1", "cam2"]
    for secret in ("SK_live", "AKIAXYZ", "hunter2", "BEARER2", "SESSION1", "COOKIE2"):
        assert secret not in repr(cameras)


def test_secret_settings_dropped_from_the_data() -> None:
    data = block_config_document("[cam1]\nname=Gate\nurl=https://c.example.com/a.m3u8\npw=x\n")
    assert data == {"cam1": {"name": "Gate", "url": "https://c.example.com/a.m3u8"}}


@pytest.mark.parametrize(
    "text",
    [
        (
            "[playlist]\nFile1=http://radio.example.com:8000/stream\nTitle1=Radio One\n"
            "File2=https://tv.example.com/ch2/index.m3u8\nTitle2=TV Two\nNumberOfEntries=2\nVersion=2\n"
        ),
        (
            "[playlist]\nFile1=https://cams.example.com/cam1.m3u8\nTitle1=Cam One\n"
            "File2=https://cams.example.com/cam2.m3u8\nTitle2=Cam Two\nNumberOfEntries=2\n"
        ),
        "[Playlist]\nNumberOfEntries=1\nfile1=https://cams.example.com/cam1.m3u8\n",
    ],
)
def test_pls_playlist_is_left_to_the_playlist_reader(text: str) -> None:
    assert block_config_document(text) is None


def test_section_named_playlist_without_entries_is_read() -> None:
    data = block_config_document("[playlist]\nname=Tour\nurl=https://c.example.com/t.m3u8\n")
    assert data == {"playlist": {"name": "Tour", "url": "https://c.example.com/t.m3u8"}}


@pytest.mark.parametrize(
    "text",
    [
        (
            "[cam1]\nname=Front\nrtsp_url=localhost/live\n"
            "[cam2]\nname=Back\nrtsp_url=metadata.google.internal/live\n"
        ),
        (
            "[cam1]\nname=A\nrtsp_url=١٢٣.١٢٣.١.١:554/live\n"
            "[cam2]\nname=B\nrtsp_url=cams.example.com:99999999/b\n"
        ),
        "[cam1]\nname=A\nrtsp_url=camera1/live\n[cam2]\nname=B\nrtsp_url=cams.example.com:99999/b\n",
        "[cam1]\nname=A\nurl=localhost/live\n[cam2]\nname=B\nurl=١٢٣.١٢٣.١.١:554/live\n",
    ],
)
def test_schemeless_value_of_no_public_host_is_no_portal_path(text: str) -> None:
    with pytest.raises(PortalFormatError):
        parse(text)
    data = block_config_document(text)
    assert data is not None
    assert all(set(block) == {"name"} for block in data.values() if isinstance(block, dict))


def test_schemeless_rtsp_on_public_host_or_ip_keeps_its_reading() -> None:
    data = block_config_document(
        "[cam1]\nname=A\nrtsp_url=cams.example.com:8554/a\n"
        "[cam2]\nname=B\nrtsp_url=192.168.1.10:554/live\n"
        "[cam3]\nname=Köln 3\nsnapshot=/snap/3.jpg\n"
    )
    assert data == {
        "cam1": {"name": "A", "rtsp_url": "rtsp://cams.example.com:8554/a"},
        "cam2": {"name": "B", "rtsp_url": "rtsp://192.168.1.10:554/live"},
        "cam3": {"name": "Köln 3", "snapshot": "/snap/3.jpg"},
    }


def test_bare_addresses_are_no_settings() -> None:
    text = (
        "[cameras]\nhttps://cdn.example.com/cam1/index.m3u8\n"
        "https://cdn.example.com/cam2/index.m3u8\nhttps://cdn.example.com/cam3/index.m3u8\n"
    )
    assert block_config_document(text) is None
    try:
        cameras = parse(text)
    except PortalFormatError:
        return
    assert len(cameras) == 3


def test_repeated_key_in_one_block_refuses_the_file() -> None:
    text = (
        "[cam1]\nname=A\nurl=https://cdn.example.com/a.m3u8\nurl=https://cdn.example.com/b.m3u8\n"
        "[cam2]\nname=B\nurl=https://cdn.example.com/c.m3u8\n"
    )
    assert block_config_document(text) is None
    # The same key in two blocks is no repetition.
    data = block_config_document(text.replace("url=https://cdn.example.com/b.m3u8\n", ""))
    assert data is not None
    assert set(data) == {"cam1", "cam2"}


def test_repeated_key_counts_even_when_its_first_value_is_dropped() -> None:
    text = "[cam1]\nname=A\nurl=localhost/live\nurl=https://cdn.example.com/a.m3u8\n"
    assert block_config_document(text) is None


def test_scheme_named_settings_that_are_no_address_keep_their_reading() -> None:
    data = block_config_document("[c]\nname=A\nrtsp_transport=tcp\nrtsp_url=cam.example.com/a\n")
    assert data == {
        "c": {"name": "A", "rtsp_transport": "tcp", "rtsp_url": "rtsp://cam.example.com/a"}
    }
