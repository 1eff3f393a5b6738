"""Cloud resources identified by their ARN, and a camera bridge's nickname and HLS page."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.shapes import resource_name_id

IVS = "https://ivs.ap-southeast-3.amazonaws.kutim.example/BatchGetChannel"
BRIDGE = "http://cctv.kaubun.kutimkab.example:5000/api"
ARN = "arn:aws:ivs:ap-southeast-3:111122223333:channel/"
PLAY = "https://4c9e2a7b1f3d.ap-southeast-3.playback.live-video.kutim.example/api/video/v1/"
STREAM_KEY = "sk_ap-southeast-3_Zq7Lw2Rt9Xp4Vn8Ks3Hd6Bj1Fm5Cy0Ge"
PASSPHRASE = "Ahw8Kq2LmZ7pXr4TsV9nYc3Bd6FgJ1eU"


def _parse(data: object, base: str = IVS) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _channel(code: str, **extra: object) -> dict[str, object]:
    return {
        "arn": ARN + code,
        "name": f"dishub-{code.lower()}",
        "ingestEndpoint": "4c9e2a7b1f3d.global-contribute.live-video.kutim.example",
        "latencyMode": "LOW",
        "playbackUrl": f"{PLAY}ap-southeast-3.111122223333.channel.{code}.m3u8",
        "recordingConfigurationArn": "",
        "type": "STANDARD",
        **extra,
    }


# --- ARNs as identifiers ------------------------------------------------------------------


def test_channels_are_identified_by_their_arn() -> None:
    recording = "arn:aws:ivs:ap-southeast-3:111122223333:recording-configuration/Vd8sKp2QwE1r"
    cams = _parse(
        {
            "channels": [
                _channel("Tq8ZpX2mLk4e", recordingConfigurationArn=recording),
                _channel("Rm2WcV9nHs7a", recordingConfigurationArn=recording),
            ],
            "errors": [{"arn": ARN + "Zx0CcA7vMw3p", "code": "ResourceNotFoundException"}],
        }
    )
    assert [c.id for c in cams] == [ARN + "Tq8ZpX2mLk4e", ARN + "Rm2WcV9nHs7a"]
    assert [c.name for c in cams] == ["dishub-tq8zpx2mlk4e", "dishub-rm2wcv9nhs7a"]
    assert all(c.stream_url and c.stream_url.endswith(".m3u8") for c in cams)


def test_an_id_field_beats_the_arn() -> None:
    cams = _parse({"channels": [_channel("Tq8ZpX2mLk4e", id="cam-07")]})
    assert [c.id for c in cams] == ["cam-07"]


def test_a_related_resources_arn_is_no_id() -> None:
    # A stream session names its channel (``channelArn``); a channel its recording
    # configuration: neither is the record's own identifier.
    session = {
        "channelArn": ARN + "Tq8ZpX2mLk4e",
        "recordingConfigurationArn": "arn:aws:ivs:ap-southeast-3:111122223333:recording-configuration/Vd8",
        "name": "Simpang Tiga",
        "playbackUrl": f"{PLAY}ap-southeast-3.111122223333.channel.Tq8ZpX2mLk4e.m3u8",
    }
    cams = _parse({"streams": [session]})
    assert len(cams) == 1
    assert not cams[0].id.startswith("arn:")


def test_the_stream_key_and_srt_passphrase_never_appear() -> None:
    channel = _channel(
        "Hs5VnC8xWe2r",
        srt={"endpoint": "4c9e2a7b1f3d.srt.live-video.kutim.example", "passphrase": PASSPHRASE},
    )
    answer = {
        "channel": channel,
        "streamKey": {
            "arn": "arn:aws:ivs:ap-southeast-3:111122223333:stream-key/Gx4MnB7vCz1q",
            "channelArn": ARN + "Hs5VnC8xWe2r",
            "tags": {},
            "value": STREAM_KEY,
        },
    }
    result = parse_body(json.dumps(answer), profile=Profile.AUTO, base_url=IVS, prettify=False)
    assert [c.id for c in result.cameras] == [ARN + "Hs5VnC8xWe2r"]
    text = repr(result)
    assert STREAM_KEY not in text
    assert PASSPHRASE not in text
    assert "stream-key/" not in text


def test_resource_name_id_refuses_keys_secrets_and_other_text() -> None:
    own = {"arn"}
    assert resource_name_id({"arn": ARN + "abc"}, own) == ARN + "abc"
    key_arn = "arn:aws:ivs:ap-southeast-3:111122223333:stream-key/Gx4MnB7vCz1q"
    assert resource_name_id({"arn": key_arn}, own) is None
    secret = "arn:aws:secretsmanager:ap-southeast-3:111122223333:secret:cctv-Ab12Cd"
    assert resource_name_id({"arn": secret}, own) is None
    pair = "arn:aws:ivs:ap-southeast-3:111122223333:playback-key/abc"
    assert resource_name_id({"arn": pair}, own) is None
    assert resource_name_id({"arn": "12"}, own) is None
    assert resource_name_id({"arn": "Arnhem Centraal"}, own) is None
    # Only the record's own field: a nested relation's ``arn`` flattened into it is not.
    assert resource_name_id({"arn": ARN + "abc"}, set()) is None
    assert resource_name_id({"urn": "urn:ngsi-ld:Camera:cam-01"}, {"urn"}) == (
        "urn:ngsi-ld:Camera:cam-01"
    )
    assert resource_name_id({"urn": "https://kamera.example/1"}, {"urn"}) is None
    assert resource_name_id({"arn": "arn:aws:ivs:x:1:channel/" + "a" * 200}, own) is None


# --- A camera bridge's nickname and HLS page ---------------------------------------------


def _bridge_cam(
    uri: str, host: str = "cctv.kaubun.kutimkab.example", **extra: object
) -> dict[str, object]:
    return {
        "name_uri": uri,
        "nickname": uri.replace("-", " ").title(),
        "connected": True,
        "ip": "192.168.1.41",
        "hls_url": f"http://{host}:8888/{uri}/",
        "rtmp_url": f"rtmp://{host}:1935/{uri}",
        "rtsp_url": f"rtsp://{host}:8554/{uri}",
        "snapshot_url": f"http://{host}/snapshot/{uri}.jpg",
        **extra,
    }


def test_bridge_nickname_and_hls_page() -> None:
    cams = _parse({"cameras": {"gerbang-kantor": _bridge_cam("gerbang-kantor")}}, BRIDGE)
    assert len(cams) == 1
    assert cams[0].id == "gerbang-kantor"
    assert cams[0].name == "Gerbang Kantor"
    assert cams[0].stream_url == "http://cctv.kaubun.kutimkab.example:8888/gerbang-kantor/"
    assert cams[0].snapshot_url == "http://cctv.kaubun.kutimkab.example/snapshot/gerbang-kantor.jpg"


def test_a_name_field_beats_the_nickname() -> None:
    cam = _bridge_cam("pos-ronda", name="Pos Ronda Kaubun")
    cams = _parse({"cameras": [cam]}, BRIDGE)
    assert [c.name for c in cams] == ["Pos Ronda Kaubun"]


def test_an_hls_page_on_a_lan_or_local_host_is_refused() -> None:
    for host in ("192.168.1.10", "wyzebridge", "127.0.0.1"):
        cam = _bridge_cam("gudang", hls_url=f"http://{host}:8888/gudang/")
        cams = _parse({"cameras": {"gudang": cam}}, BRIDGE)
        assert [c.stream_url for c in cams] == ["rtsp://cctv.kaubun.kutimkab.example:8554/gudang"]


def test_an_hls_page_never_keeps_a_login() -> None:
    page = "http://admin:rahasia@cctv.kaubun.kutimkab.example:8888/gudang/"
    result = parse_body(
        json.dumps({"cameras": {"gudang": _bridge_cam("gudang", hls_url=page)}}),
        profile=Profile.AUTO,
        base_url=BRIDGE,
        prettify=False,
    )
    assert "rahasia" not in repr(result)
    assert [c.stream_url for c in result.cameras] == [
        "http://cctv.kaubun.kutimkab.example:8888/gudang/"
    ]


def test_other_pages_do_not_beat_rtsp() -> None:
    # An admin view under ``hls_url`` (no trailing slash, or a query), and a server page
    # under a generic ``url`` field, leave the RTSP address the stream.
    for field, page in (
        ("hls_url", "https://cctv.kaubun.kutimkab.example/cctv/view/12"),
        ("hls_url", "https://cctv.kaubun.kutimkab.example/player/?cam=12"),
        ("hls_url", "https://cctv.kaubun.kutimkab.example/"),
        ("url", "http://cctv.kaubun.kutimkab.example:8888/gudang/"),
    ):
        cam = _bridge_cam("gudang")
        del cam["hls_url"]
        cam[field] = page
        cams = _parse({"cameras": {"gudang": cam}}, BRIDGE)
        assert [c.stream_url for c in cams] == ["rtsp://cctv.kaubun.kutimkab.example:8554/gudang"]


def test_an_hls_playlist_is_unchanged() -> None:
    playlist = "http://cctv.kaubun.kutimkab.example:8888/gudang/index.m3u8"
    cams = _parse({"cameras": {"gudang": _bridge_cam("gudang", hls_url=playlist)}}, BRIDGE)
    assert [c.stream_url for c in cams] == [playlist]


def test_without_hls_the_rtsp_address_stays() -> None:
    cams = _parse({"cameras": {"apotek": _bridge_cam("apotek", hls_url=None)}}, BRIDGE)
    assert [c.stream_url for c in cams] == ["rtsp://cctv.kaubun.kutimkab.example:8554/apotek"]
