"""Camera-service and webcam API vocabularies: outputs by format, thumbnails, flags, paths."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.cams.kutim.example/v1/cameras/"
HLS = "https://m1.cams.kutim.example/cameras/{}/streams/hls/playlist.m3u8"
MJPEG = "https://m1.cams.kutim.example/cameras/{}/streams/mjpeg/stream.mjpeg"
MP4 = "https://m1.cams.kutim.example/cameras/{}/streams/mp4/stream.mp4"
RTSP = "rtsp://m1.cams.kutim.example:8554/cameras/{}"
JPG = "https://snap.cams.kutim.example/{}.jpg"


def cameras(body: object, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    text = json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _service_camera(n: int, streams: list[dict[str, object]]) -> dict[str, object]:
    return {
        "id": n,
        "name": f"Simpang {n}",
        "type": "h264",
        "snapshot": {"url": JPG.format(n), "created_at": "2026-12-02T08:00:00Z"},
        "status": "online",
        "streams": streams,
    }


# --- One camera's outputs, each naming its format ----------------------------------------


@pytest.mark.parametrize("key", ["format", "type", "kind"])
@pytest.mark.parametrize("case", [str.lower, str.upper])
def test_outputs_by_format_are_one_camera(key: str, case: object) -> None:
    """``streams: [{format, url}]`` lists one camera's outputs: HLS stream, MJPEG, still."""
    assert callable(case)
    body = {
        "results": [
            _service_camera(
                n,
                [
                    {key: case("mjpeg"), "url": MJPEG.format(n), "tag": None},
                    {key: case("mp4"), "url": MP4.format(n), "tag": None},
                    {key: case("hls"), "url": HLS.format(n), "tag": None},
                ],
            )
            for n in (1, 2)
        ]
    }
    found = cameras(body)
    assert [c.id for c in found] == ["1", "2"]
    assert [c.raw_name for c in found] == ["Simpang 1", "Simpang 2"]
    assert [c.stream_url for c in found] == [HLS.format(1), HLS.format(2)]
    assert [c.mjpeg_url for c in found] == [MJPEG.format(1), MJPEG.format(2)]
    assert [c.snapshot_url for c in found] == [JPG.format(1), JPG.format(2)]


def test_web_output_before_rtsp() -> None:
    """Of an RTSP and an HLS output listed by type, the HLS one is the stream."""
    body = [
        {
            "uuid": f"cam-{n}",
            "label": f"Bundaran {n}",
            "streams": [
                {"type": "RTSP", "url": RTSP.format(n)},
                {"type": "HLS", "url": HLS.format(n)},
            ],
        }
        for n in (1, 2)
    ]
    assert [c.stream_url for c in cameras(body)] == [HLS.format(1), HLS.format(2)]


def test_mjpeg_only_camera_has_no_stream() -> None:
    """A camera whose only output is MJPEG gets it as its MJPEG, not as a stream."""
    body = {
        "results": [
            _service_camera(n, [{"format": "mjpeg", "url": MJPEG.format(n)}]) for n in (1, 2)
        ]
    }
    found = cameras(body)
    assert [c.mjpeg_url for c in found] == [MJPEG.format(1), MJPEG.format(2)]
    assert [c.stream_url for c in found] == [None, None]


def test_same_format_twice_is_several_cameras() -> None:
    """Entries that all name the same format are cameras of one point, not its outputs."""
    body = [
        {
            "id": "titik-1",
            "nama": "Simpang Lima",
            "cctv": [
                {"type": "hls", "url": HLS.format(11)},
                {"type": "hls", "url": HLS.format(12)},
            ],
        }
    ]
    found = cameras(body)
    assert {c.stream_url for c in found} == {HLS.format(11), HLS.format(12)}
    assert len(found) == 2


def test_named_entries_are_no_outputs() -> None:
    """Entries carrying their own name are cameras even when each names another format."""
    body = [
        {
            "id": "titik-1",
            "nama": "Simpang Lima",
            "cctv": [
                {"format": "hls", "url": HLS.format(21), "name": "Arah Utara"},
                {"format": "mjpeg", "url": MJPEG.format(22), "name": "Arah Selatan"},
            ],
        }
    ]
    found = cameras(body)
    assert len(found) == 2
    assert "hls" not in {c.raw_name.lower() for c in found}


@pytest.mark.parametrize("word", ["hls", "HLS", "mjpeg", "TCP", "UDP", "rtsp", "h264", "WebRTC"])
def test_format_words_never_name_a_camera(word: str) -> None:
    """A protocol, transport or format word never names a camera."""
    body = [{"id": n, "transType": word, "url": HLS.format(n)} for n in (1, 2)]
    assert all(c.raw_name.lower() != word.lower() for c in cameras(body))


def test_many_outputs_are_bounded() -> None:
    """A list of more outputs than one camera has is read as a list, never expanded."""
    streams = [{"format": f"fmt{i}", "url": HLS.format(i)} for i in range(40)]
    body = [{"id": 1, "name": "A", "streams": streams}]
    found = cameras(body)
    assert 1 <= len(found) <= 40


# --- Webcam APIs: nested location, thumbnail beside the full picture, state flags --------


def _webcam(n: int, **extra: object) -> dict[str, object]:
    webcam: dict[str, object] = {
        "id": n,
        "camName": f"Simpang {n}",
        "region": {"group": 3, "name": "Bengalon"},
        "location": {"latitude": 0.7 + n / 100, "longitude": 117.8, "elevation": 15},
        "links": {
            "imageDisplay": f"https://cam.kutim.example/html/{n}.html",
            "imageThumbnail": f"https://cam.kutim.example/cameras/tn/{n}.jpg",
            "currentImage": f"https://cam.kutim.example/cameras/{n}.jpg",
        },
        "messages": {"short": "", "long": "Kamera dalam perbaikan"},
    }
    webcam.update(extra)
    return webcam


def test_full_picture_beats_thumbnail() -> None:
    """The current full picture beside a thumbnail is the still, never the thumbnail."""
    found = cameras({"webcams": [_webcam(1), _webcam(2)]})
    assert [c.snapshot_url for c in found] == [
        "https://cam.kutim.example/cameras/1.jpg",
        "https://cam.kutim.example/cameras/2.jpg",
    ]
    assert [c.area for c in found] == ["Bengalon", "Bengalon"]


def test_lone_thumbnail_is_still_the_still() -> None:
    """A thumbnail with no full picture beside it stays the camera's still."""
    body = [
        {
            "id": n,
            "name": f"A{n}",
            "thumbnail": JPG.format(n),
            "page": f"https://x.kutim.example/{n}",
        }
        for n in (1, 2)
    ]
    assert [c.snapshot_url for c in cameras(body)] == [JPG.format(1), JPG.format(2)]


def test_message_text_named_long_is_no_longitude() -> None:
    """A message's ``long`` text never hides the nested location's longitude."""
    found = cameras({"webcams": [_webcam(1), _webcam(2)]})
    assert [(c.latitude, c.longitude) for c in found] == [(0.71, 117.8), (0.72, 117.8)]


@pytest.mark.parametrize(
    ("flag", "online"), [(True, True), (False, False), (1, True), ("no", False)]
)
def test_is_on_flag_is_the_state(flag: object, online: bool) -> None:
    """``isOn`` says whether the camera works; ``isNew``/``shouldAppear`` say nothing."""
    found = cameras(
        {"webcams": [_webcam(n, isOn=flag, isNew=True, shouldAppear=True) for n in (1, 2)]}
    )
    assert [c.online for c in found] == [online, online]


def test_listing_flags_say_nothing_of_the_state() -> None:
    """Flags about the listing (``isNew``, ``shouldAppear``, ``isOnDemand``) are no state."""
    found = cameras(
        {"webcams": [_webcam(n, isNew=True, shouldAppear=False, isOnDemand=True) for n in (1, 2)]}
    )
    assert [c.online for c in found] == [None, None]


@pytest.mark.parametrize("value", ["north", 7, None])
def test_positive_flag_needs_a_yes_or_no(value: object) -> None:
    """A field named ``on`` holding anything but yes/no says nothing."""
    found = cameras({"webcams": [_webcam(n, isOn=value) for n in (1, 2)]})
    assert [c.online for c in found] == [None, None]


def test_status_beats_positive_flag() -> None:
    """A real status field is read before a positive flag."""
    found = cameras({"webcams": [_webcam(n, status="offline", isOn=True) for n in (1, 2)]})
    assert [c.online for c in found] == [False, False]


# --- Media-server pusher lists: the path names the camera --------------------------------


def _pusher(n: int, path: str, **extra: object) -> dict[str, object]:
    pusher: dict[str, object] = {
        "id": f"Hk9xT2q{n}",
        "path": path,
        "transType": "TCP" if n % 2 else "UDP",
        "inBytes": 1000 * n,
        "startAt": "2026-12-02 06:00:13",
        "onlines": n,
        "url": f"rtsp://stream.kutim.example:554{path}",
        "source": f"rtsp://admin:RahasiaKutim1@10.20.1.{n}:554/Streaming/Channels/101",
    }
    pusher.update(extra)
    return pusher


def test_pusher_path_names_the_camera() -> None:
    """A pusher's path names it; its transport (TCP/UDP) never does; its source is no stream."""
    body = {"total": 2, "rows": [_pusher(1, "/kutim/simpang-kabo"), _pusher(2, "/kutim/pasar")]}
    found = cameras(body, "http://stream.kutim.example:10008/api/v1/pushers")
    assert [c.raw_name for c in found] == ["/kutim/simpang-kabo", "/kutim/pasar"]
    assert [c.stream_url for c in found] == [
        "rtsp://stream.kutim.example:554/kutim/simpang-kabo",
        "rtsp://stream.kutim.example:554/kutim/pasar",
    ]
    assert all("RahasiaKutim1" not in repr(c) for c in found)


def test_own_name_beats_the_path() -> None:
    """A pusher or channel that names itself keeps its name; the path is a fallback."""
    body = {"rows": [_pusher(n, f"/live/k{n}", name=f"Simpang {n}") for n in (1, 2)]}
    assert [c.raw_name for c in cameras(body)] == ["Simpang 1", "Simpang 2"]


@pytest.mark.parametrize(
    "path", ["/live/stream.m3u8", "rtsp://x.kutim.example/a", "/123/456", "x" * 300]
)
def test_unusable_path_is_no_name(path: str) -> None:
    """A media file, a full URL, a path without letters or an overlong path names nothing."""
    body = {"rows": [_pusher(n, path, url=HLS.format(n)) for n in (1, 2)]}
    for camera in cameras(body):
        assert camera.raw_name != path
        assert camera.raw_name not in {"TCP", "UDP"}


def test_pusher_list_without_media_still_errors() -> None:
    """Pushers holding only their (credentialed LAN) source are no cameras: a clear error."""
    rows = [
        {
            "id": f"p{n}",
            "path": f"/live/k{n}",
            "transType": "TCP",
            "source": f"rtsp://admin:RahasiaKutim1@10.0.0.{n}/ch1",
        }
        for n in (1, 2)
    ]
    with pytest.raises(PortalFormatError) as err:
        cameras({"total": 2, "rows": rows}, "https://stream.kutim.example/api/v1/pushers")
    assert "RahasiaKutim1" not in str(err.value)


# --- Outputs with profile details, labels and MIME types ---------------------------------


def _with_outputs(key: str, outputs: list[dict[str, object]]) -> list[dict[str, object]]:
    return [
        {
            "id": f"cam-{n}",
            "name": f"Lobi {n}",
            key: [
                {k: v.format(n) if isinstance(v, str) else v for k, v in o.items()} for o in outputs
            ],
        }
        for n in (1, 2)
    ]


@pytest.mark.parametrize(
    "outputs",
    [
        [
            {
                "id": "{}-main",
                "protocol": "HLS",
                "url": HLS,
                "resolution": "1920x1080",
                "codec": "H.264",
            },
            {"id": "{}-mjpeg", "protocol": "MJPEG", "url": MJPEG, "resolution": "640x360"},
            {"id": "{}-rtsp", "protocol": "RTSP", "url": RTSP, "resolution": "1920x1080"},
        ],
        [{"name": "HLS", "url": HLS}, {"name": "MJPEG", "url": MJPEG}],
        [
            {"label": "RTSP", "url": RTSP},
            {"label": "m-jpeg", "url": MJPEG},
            {"label": "hls", "url": HLS},
        ],
        [
            {"type": "multipart/x-mixed-replace", "src": MJPEG},
            {"type": "application/x-mpegURL", "src": HLS},
        ],
    ],
)
@pytest.mark.parametrize("key", ["outputs", "streams", "playback"])
def test_outputs_with_details_are_one_camera(key: str, outputs: list[dict[str, object]]) -> None:
    """Outputs carrying ids, resolutions, codecs or format labels stay one camera's media."""
    found = cameras(_with_outputs(key, outputs))
    assert [c.id for c in found] == ["cam-1", "cam-2"]
    assert [c.raw_name for c in found] == ["Lobi 1", "Lobi 2"]
    assert [c.stream_url for c in found] == [HLS.format(1), HLS.format(2)]
    assert [c.mjpeg_url for c in found] == [MJPEG.format(1), MJPEG.format(2)]


def test_outputs_placed_at_a_place_stay_cameras() -> None:
    """Entries each naming a place of their own are cameras even with distinct formats."""
    body = [
        {
            "id": "titik-1",
            "nama": "Simpang Lima",
            "cctv": [
                {"type": "hls", "url": HLS.format(31), "lokasi": "Arah Utara"},
                {"type": "mjpeg", "url": MJPEG.format(32), "lokasi": "Arah Selatan"},
            ],
        }
    ]
    assert len(cameras(body)) == 2


def test_first_view_sources_give_the_stream() -> None:
    """A 511 view's MIME-typed sources give the camera's stream beside the view's still."""
    body = {
        "cameras": [
            {
                "id": f"camera/{n}",
                "title": f"Simpang {n}",
                "views": [
                    {
                        "uri": f"camera/{n}/view/1",
                        "category": "VIDEO",
                        "url": JPG.format(n),
                        "sources": [{"type": "application/x-mpegURL", "src": HLS.format(n)}],
                    },
                    {"uri": f"camera/{n}/view/2", "url": JPG.format(n + 10), "sources": []},
                ],
            }
            for n in (1, 2)
        ]
    }
    found = cameras(body)
    assert [c.stream_url for c in found] == [HLS.format(1), HLS.format(2)]
    assert [c.snapshot_url for c in found] == [JPG.format(1), JPG.format(2)]


def test_oversized_output_entries_are_no_outputs() -> None:
    """Output descriptors with more fields than an output has are read as records."""
    big = {f"f{i}": i for i in range(40)}
    outputs = [dict(big, format="hls", url=HLS), dict(big, format="mjpeg", url=MJPEG)]
    found = cameras(_with_outputs("streams", outputs))
    assert all(c.raw_name.lower() not in {"hls", "mjpeg"} for c in found)


# --- The state of a camera read from its first view --------------------------------------


def _site(n: int, statuses: list[str], **extra: object) -> dict[str, object]:
    site: dict[str, object] = {
        "Id": f"KUTIM--{n}",
        "Roadway": "Jl. Poros Sangatta - Bengalon",
        "Latitude": 0.5 + n / 100,
        "Longitude": 117.6,
        "Location": f"Simpang {n}",
        "Views": [
            {
                "Id": n * 10 + i,
                "Url": f"https://511.kutim.example/map/Cctv/{n * 10 + i}",
                "Status": st,
            }
            for i, st in enumerate(statuses)
        ],
    }
    site.update(extra)
    return site


@pytest.mark.parametrize(
    ("statuses", "online"),
    [
        (["Enabled"], True),
        (["Disabled"], False),
        (["Enabled", "Disabled"], True),
        (["Disabled", "Enabled"], False),
    ],
)
def test_first_view_status_is_the_camera_state(statuses: list[str], online: bool) -> None:
    """A 511 camera read from its first view takes that view's Enabled/Disabled state."""
    found = cameras([_site(1, statuses), _site(2, statuses)])
    assert [c.online for c in found] == [online, online]
    assert [c.snapshot_url for c in found] == [
        "https://511.kutim.example/map/Cctv/10",
        "https://511.kutim.example/map/Cctv/20",
    ]


def test_camera_status_beats_view_status() -> None:
    """The camera's own status is read before its view's."""
    found = cameras([_site(n, ["Disabled"], Status="Online") for n in (1, 2)])
    assert [c.online for c in found] == [True, True]


@pytest.mark.parametrize("status", ["Blocked", "", None, 3])
def test_view_status_without_a_state_word_says_nothing(status: object) -> None:
    """A view status that is no state word leaves the camera's state unknown."""
    bodies = [_site(n, ["Enabled"]) for n in (1, 2)]
    for body in bodies:
        views = body["Views"]
        assert isinstance(views, list)
        views[0]["Status"] = status
    assert [c.online for c in cameras(bodies)] == [None, None]
