"""DATEX II CCTV records whose service elements declare what their addresses are."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://datex.dishub-kutim.example/datexapi/GetCCTVSiteTable/pullsnapshotdata"
_STILL = "https://kamera.dishub-kutim.example/api/images/{cid}"
_HLS = "https://video.dishub-kutim.example/hls/{cid}/index.m3u8"
_FORECAST = "https://cuaca.kutim.example/prakiraan/0.5054,117.5501/"


def _link(address: str, *, description: str = "", kind: str = "") -> str:
    text = f"<urlLinkAddress>{address}</urlLinkAddress>" if address else "<urlLinkAddress/>"
    if description:
        text += (
            "<urlLinkDescription><values>"
            f'<value lang="ind">{description}</value></values></urlLinkDescription>'
        )
    if kind:
        text += f"<urlLinkType>{kind}</urlLinkType>"
    return text


def _record(cid: str, name: str, still: str, video: str = "") -> str:
    return (
        f'<cctvCameraMetadataRecord id="{cid}" version="1">'
        f"<cctvCameraIdentification>{cid}</cctvCameraIdentification>"
        "<cctvCameraSiteLocalDescription><values>"
        f'<value lang="ind">{name}</value></values></cctvCameraSiteLocalDescription>'
        "<cctvCameraOrientationDescription>Bontang</cctvCameraOrientationDescription>"
        "<cctvCameraLocation><pointByCoordinates><pointCoordinates>"
        "<latitude>0.505427</latitude><longitude>117.550126</longitude>"
        "</pointCoordinates></pointByCoordinates></cctvCameraLocation>"
        "<cctvStillImageService><cctvStillImageServiceLevel>1</cctvStillImageServiceLevel>"
        f"<cctvStillImageFormat>jpeg</cctvStillImageFormat><stillImageUrl>{still}</stillImageUrl>"
        "</cctvStillImageService>"
        "<cctvVideoService><cctvVideoServiceLevel>1</cctvVideoServiceLevel>"
        f"<videoUrl>{video or _link('')}</videoUrl></cctvVideoService>"
        "</cctvCameraMetadataRecord>"
    )


def _table(*records: str) -> str:
    return (
        '<d2LogicalModel xmlns="http://datex2.eu/schema/2/2_0" modelBaseVersion="2">'
        "<payloadPublication><genericPublicationExtension><cctvSiteTablePublication>"
        f'<cctvCameraList id="1" version="1">{"".join(records)}</cctvCameraList>'
        "</cctvSiteTablePublication></genericPublicationExtension></payloadPublication>"
        "</d2LogicalModel>"
    )


def _cams(text: str) -> dict[str, Camera]:
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return {camera.id: camera for camera in result.cameras}


def test_still_image_url_without_a_suffix_is_the_still_beside_a_forecast_link() -> None:
    cams = _cams(
        _table(
            _record("A_1", "Simpang Tiga", _link(_STILL.format(cid="A_1"), description=_FORECAST)),
            _record("B_1", "Jembatan Kabo", _link(_STILL.format(cid="B_1"))),
        )
    )
    assert set(cams) == {"A_1", "B_1"}
    first = cams["A_1"]
    assert first.snapshot_url == _STILL.format(cid="A_1")
    assert first.stream_url is None
    assert first.raw_name == "Simpang Tiga"
    assert first.area is None  # the orientation names the town faced, no area
    assert (first.latitude, first.longitude) == (0.505427, 117.550126)


def test_video_url_is_the_stream_only_when_it_is_a_playlist() -> None:
    cams = _cams(
        _table(
            _record(
                "A_1",
                "Pelabuhan Maloy",
                _link(_STILL.format(cid="A_1")),
                _link(_HLS.format(cid="A_1")),
            ),
            _record(
                "B_1",
                "Pantai Sekerat",
                _link(""),
                _link("rtmp://video.dishub-kutim.example/live/B_1"),
            ),
            _record("C_1", "Pasar Sangkulirang", _link(_STILL.format(cid="C_1"))),
        )
    )
    assert set(cams) == {"A_1", "C_1"}  # an rtmp:// video alone gives no camera
    assert cams["A_1"].stream_url == _HLS.format(cid="A_1")
    assert cams["A_1"].snapshot_url == _STILL.format(cid="A_1")
    assert cams["C_1"].stream_url is None


def test_a_declared_web_page_and_an_empty_address_are_no_still() -> None:
    cams = _cams(
        _table(
            _record("A_1", "Simpang Tiga", _link(_STILL.format(cid="A_1"))),
            _record(
                "B_1",
                "Bukit Pelangi",
                _link("https://www.dishub-kutim.example/kamera/B_1", kind="webPage"),
            ),
            _record("C_1", "Simpang Kongbeng", _link("", description=_FORECAST)),
        )
    )
    assert set(cams) == {"A_1"}


def test_a_declared_image_type_still_reads_as_before() -> None:
    cams = _cams(
        _table(
            _record("A_1", "Simpang Tiga", _link(_STILL.format(cid="A_1"), kind="image")),
            _record("B_1", "Jembatan Kabo", _link(_STILL.format(cid="B_1"), kind="image/jpeg")),
        )
    )
    assert cams["A_1"].snapshot_url == _STILL.format(cid="A_1")
    assert cams["B_1"].snapshot_url == _STILL.format(cid="B_1")


def test_a_still_on_a_private_host_is_not_taken_from_a_public_answer() -> None:
    text = _table(
        _record("A_1", "Simpang Tiga", _link(_STILL.format(cid="A_1"))),
        _record("B_1", "Gudang UPT", _link("http://10.20.4.17/api/images/B_1")),
        _record("C_1", "Jembatan Kabo", _link(_STILL.format(cid="C_1"))),
    )
    cams = _cams(text)
    assert set(cams) == {"A_1", "C_1"}  # an unpublished LAN camera among public ones
    assert all("10.20.4.17" not in (c.snapshot_url or "") for c in cams.values())


def test_a_link_with_fields_of_its_own_is_no_datex_link() -> None:
    # An element named like the service link but holding a record's own fields (a name,
    # an id) is no UrlLink: its address is not declared a still by the element's name.
    record = (
        "<camera><id>X1</id><nama>Simpang Tiga</nama>"
        "<stillImageUrl><urlLinkAddress>https://kamera.dishub-kutim.example/api/images/X1"
        "</urlLinkAddress><nama>Kamera lain</nama><id>X2</id></stillImageUrl></camera>"
    )
    text = f"<cameras>{record}{record.replace('X1', 'X3')}</cameras>"
    try:
        cams = _cams(text)
    except PortalFormatError:
        cams = {}
    assert all(c.snapshot_url is None for c in cams.values())


@pytest.mark.parametrize("tag", ["stillImageUrl", "stillImageURL"])
def test_still_link_tag_spellings(tag: str) -> None:
    still = _STILL.format(cid="A_1")
    other = _record("B_1", "Jembatan Kabo", _link(_STILL.format(cid="B_1")))
    text = _table(_record("A_1", "Simpang Tiga", _link(still)), other).replace(
        "stillImageUrl>", f"{tag}>"
    )
    assert _cams(text)["A_1"].snapshot_url == still
