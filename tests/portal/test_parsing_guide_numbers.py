"""Ids from a tuner's guide numbers and from a recorder's /cameras/<n> addresses."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

TUNER = "http://tuner.kecamatan-bengalon.kutimkab.example:5004"
NVR = "http://nvr.dishub.kutimkab.example:9786"


def parse(text: str, base_url: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def ids(cameras: tuple[Camera, ...]) -> list[str]:
    return [camera.id for camera in cameras]


def derived(cameras: tuple[Camera, ...]) -> bool:
    return all(camera.id.startswith("k-") for camera in cameras)


def m3u(entries: list[tuple[str, str, str]]) -> str:
    lines = ["#EXTM3U"]
    for attributes, title, url in entries:
        lines += [f"#EXTINF:-1 {attributes},{title}", url]
    return "\n".join(lines) + "\n"


def test_lineup_m3u_channel_id_is_the_id() -> None:
    text = m3u(
        [
            ('channel-id="1.1" channel-number="1.1"', "CCTV Pasar Bengalon", f"{TUNER}/auto/v1.1"),
            ('channel-id="105.1" channel-number="105.1"', "CCTV Dermaga", f"{TUNER}/auto/v105.1"),
        ]
    )
    cameras = parse(text, f"{TUNER}/lineup.m3u")
    assert ids(cameras) == ["1.1", "105.1"]
    assert cameras[0].stream_url == f"{TUNER}/auto/v1.1"
    assert cameras[0].name == "CCTV Pasar Bengalon"


def test_lineup_m3u_tvg_id_still_names_the_entry_first() -> None:
    text = m3u(
        [
            ('tvg-id="bgl-pasar" channel-id="1.1"', "CCTV Pasar Bengalon", f"{TUNER}/auto/v1.1"),
            ('tvg-id="bgl-dermaga" channel-id="1.2"', "CCTV Dermaga", f"{TUNER}/auto/v1.2"),
        ]
    )
    assert ids(parse(text, f"{TUNER}/lineup.m3u")) == ["bgl-pasar", "bgl-dermaga"]


def test_lineup_m3u_channel_id_that_is_no_number_is_not_taken() -> None:
    text = m3u(
        [
            ('channel-id="pasar bengalon"', "CCTV Pasar Bengalon", f"{TUNER}/auto/v1"),
            ('channel-id="1.1.1"', "CCTV Dermaga", f"{TUNER}/auto/v2"),
        ]
    )
    cameras = parse(text, f"{TUNER}/lineup.m3u")
    assert len(cameras) == 2
    assert derived(cameras)


def test_lineup_m3u_private_address_is_never_media() -> None:
    public = [
        (f'channel-id="1.{n}"', f"CCTV Simpang {n}", f"{TUNER}/auto/v1.{n}") for n in (1, 2, 3)
    ]
    for private in ("http://192.168.1.70:5004/auto/v1.9", "http://127.0.0.1:5004/auto/v1.9"):
        cameras = parse(m3u([*public, ('channel-id="1.9"', "CCTV Gudang", private)]), TUNER)
        assert ids(cameras) == ["1.1", "1.2", "1.3"]
        assert all((c.stream_url or "").startswith(TUNER) for c in cameras)


def lineup_json(rows: list[tuple[str, str, str]]) -> str:
    return json.dumps(
        [
            {"GuideNumber": number, "GuideName": name, "VideoCodec": "H264", "URL": url}
            for number, name, url in rows
        ]
    )


def test_lineup_json_guide_number_is_the_id() -> None:
    text = lineup_json(
        [
            ("1.1", "CCTV Jembatan Bengalon", f"{TUNER}/auto/v1.1"),
            ("1.2", "CCTV Pasar Bengalon", f"{TUNER}/auto/v1.2"),
            ("7", "CCTV Simpang Sepaso", f"{TUNER}/auto/v7"),
        ]
    )
    cameras = parse(text, f"{TUNER}/lineup.json")
    assert ids(cameras) == ["1.1", "1.2", "7"]
    assert cameras[2].stream_url == f"{TUNER}/auto/v7"


def test_lineup_json_guide_numbers_that_are_words_or_repeat_are_not_ids() -> None:
    words = lineup_json(
        [
            ("Berita", "CCTV Jembatan Bengalon", f"{TUNER}/auto/v1"),
            ("Pasar", "CCTV Pasar Bengalon", f"{TUNER}/auto/v2"),
        ]
    )
    assert derived(parse(words, f"{TUNER}/lineup.json"))
    repeated = lineup_json(
        [
            ("1.1", "CCTV Jembatan Bengalon", f"{TUNER}/auto/v1"),
            ("1.1", "CCTV Pasar Bengalon", f"{TUNER}/auto/v2"),
        ]
    )
    assert "1.1" not in ids(parse(repeated, f"{TUNER}/lineup.json"))[1:]


def test_lineup_json_explicit_id_beats_the_guide_number() -> None:
    text = json.dumps(
        [
            {
                "id": "cam-a",
                "GuideNumber": "1.1",
                "GuideName": "CCTV A",
                "URL": f"{TUNER}/auto/v1.1",
            },
            {
                "id": "cam-b",
                "GuideNumber": "1.2",
                "GuideName": "CCTV B",
                "URL": f"{TUNER}/auto/v1.2",
            },
        ]
    )
    assert ids(parse(text, f"{TUNER}/lineup.json")) == ["cam-a", "cam-b"]


def test_lineup_xml_guide_number_and_device_scheme_url() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?><Lineup>'
        "<Program><GuideNumber>2.1</GuideNumber><GuideName>CCTV Simpang Kaubun</GuideName>"
        f"<URL>{TUNER}/auto/v2.1</URL></Program>"
        "<Program><GuideNumber>2.2</GuideNumber><GuideName>CCTV Pasar Kaubun</GuideName>"
        "<URL>hdhomerun://103DF11A/ch569000000-3</URL></Program>"
        "<Program><GuideNumber>2.3</GuideNumber><GuideName>CCTV Balai Desa</GuideName>"
        f"<URL>{TUNER}/auto/v2.3</URL></Program>"
        "</Lineup>"
    )
    cameras = parse(text, f"{TUNER}/lineup.xml")
    assert ids(cameras) == ["2.1", "2.3"]
    assert all((c.stream_url or "").startswith("http://") for c in cameras)


def camera_list(uris: list[str]) -> str:
    body = "".join(
        f'<camera uri="{uri}" name="Kamera {n}" width="1920" height="1080" '
        f'image-uri="/cameras/{n}/image" streaming-uri="/cameras/{n}/streaming"/>'
        for n, uri in enumerate(uris)
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><camera-list>{body}</camera-list>'


def test_recorder_camera_list_uri_number_is_the_id() -> None:
    cameras = parse(camera_list(["/cameras/0", "/cameras/1", "/cameras/2"]), f"{NVR}/cameras")
    assert ids(cameras) == ["0", "1", "2"]
    assert cameras[1].snapshot_url == f"{NVR}/cameras/1/image"
    assert all(camera.stream_url is None for camera in cameras)


def test_recorder_json_camera_list_uri_number_is_the_id() -> None:
    text = json.dumps(
        [
            {"uri": f"/cameras/{n}", "name": f"Kamera {n}", "image-uri": f"/cameras/{n}/image"}
            for n in (3, 7)
        ]
    )
    assert ids(parse(text, f"{NVR}/cameras")) == ["3", "7"]


def test_other_addresses_in_uri_are_not_ids() -> None:
    # A news item's address, a deeper path and a full URL carry no camera number.
    cameras = parse(
        camera_list(["/berita/12", "/cameras/1/image", f"{NVR}/cameras/2"]), f"{NVR}/cameras"
    )
    assert len(cameras) == 3
    assert derived(cameras)


def test_explicit_id_beats_the_uri_number() -> None:
    text = json.dumps(
        [
            {"id": "dishub-01", "uri": "/cameras/0", "name": "A", "image-uri": "/cameras/0/image"},
            {"id": "dishub-02", "uri": "/cameras/1", "name": "B", "image-uri": "/cameras/1/image"},
        ]
    )
    assert ids(parse(text, f"{NVR}/cameras")) == ["dishub-01", "dishub-02"]
