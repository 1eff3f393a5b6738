"""Places carrying their own live stream beside their webcams, read after holdout 35.

Ski-resort, lake and marina guides list places, each named (``caption``, ``name``,
``title``), each holding its webcams under a list named for cameras (``webcams``,
``cams``, ``cameras``) and sometimes a live stream of its own (``stream``,
``liveStream``: an HLS playlist, a video file, a YouTube page). Such a place is a camera
named by the place, with no area and an id derived from its stream (the place's id names
the place), listed before its webcams; each webcam takes the place's name as its area.
The place's own fields are read without its camera list, so the first webcam's picture
never passes for the place's. A place without a stream of its own still places its
webcams; a picture of the place (a piste map, a cover) is never a camera; a web page of
unknown kind (the place's site) is no live stream.

A page registering such places one object at a time (``exports.schmitten = {caption,
stream, webcams}``) hands each place on its own: the place is read, not only its list.

A record typed as a video (``type: "video"``) has its one video file address (``.mp4``,
``.webm``) as its stream whatever its field is called (``media``); two different video
files, a page field or a record of another type give none.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://guide.example/api/places.json"


def parse(value: object) -> tuple[Camera, ...]:
    """Parse a JSON answer with the automatic profile."""
    return parse_body(json.dumps(value), profile=Profile.AUTO, base_url=BASE).cameras


def parse_page(page: str) -> tuple[Camera, ...]:
    """Parse a page; a page giving no camera list gives none."""
    try:
        return parse_body(page, profile=Profile.AUTO, base_url="https://guide.example/").cameras
    except PortalFormatError:
        return ()


def resort(name: str, stream: object, **extra: object) -> dict[str, object]:
    """Return a resort record with two photo webcams and the given stream."""
    slug = name.lower().replace(" ", "-")
    return {
        "id": slug,
        "caption": name,
        "stream": stream,
        **extra,
        "webcams": [
            {
                "type": "photo",
                "caption": f"{name} Gipfel",
                "media": f"https://c.example/{slug}/1.jpg",
            },
            {"type": "photo", "caption": f"{name} Tal", "media": f"https://c.example/{slug}/2.jpg"},
        ],
    }


def test_place_with_its_own_stream_is_a_camera_before_its_webcams() -> None:
    cameras = parse({"resorts": [resort("Sierra Alta", "https://s.example/alta/live.m3u8")]})
    assert [(c.name, c.area) for c in cameras] == [
        ("Sierra Alta", None),
        ("Sierra Alta Gipfel", "Sierra Alta"),
        ("Sierra Alta Tal", "Sierra Alta"),
    ]
    own = cameras[0]
    assert own.stream_url == "https://s.example/alta/live.m3u8"
    assert own.snapshot_url is None
    assert own.id.startswith("k-")  # the resort's id names the resort
    assert all(c.id.startswith("k-") for c in cameras[1:])


def test_video_page_and_video_file_streams_make_the_place_a_camera() -> None:
    for stream in ("https://youtu.be/abcDEF12345", "https://s.example/alta/loop.mp4"):
        cameras = parse({"resorts": [resort("Sierra Alta", stream)]})
        assert [c.name for c in cameras][0] == "Sierra Alta"
        assert cameras[0].stream_url == stream


def test_place_without_stream_still_places_its_webcams() -> None:
    cameras = parse(
        {"resorts": [resort("Sierra Alta", None, map="https://c.example/maps/alta.jpg")]}
    )
    assert [(c.name, c.area) for c in cameras] == [
        ("Sierra Alta Gipfel", "Sierra Alta"),
        ("Sierra Alta Tal", "Sierra Alta"),
    ]
    assert cameras[0].snapshot_url == "https://c.example/sierra-alta/1.jpg"


def test_place_picture_or_site_page_is_no_camera() -> None:
    for extra in (
        {"cover": "https://c.example/covers/alta.jpg"},
        {"website": "https://sierra-alta.example/"},
    ):
        cameras = parse({"resorts": [resort("Sierra Alta", None, **extra)]})
        assert [c.name for c in cameras] == ["Sierra Alta Gipfel", "Sierra Alta Tal"]
    # A site page under the stream field is no live medium either.
    cameras = parse({"resorts": [resort("Sierra Alta", "https://sierra-alta.example/")]})
    assert "Sierra Alta" not in [c.name for c in cameras]


def test_place_stream_repeating_a_webcam_gives_no_second_camera() -> None:
    place = resort("Sierra Alta", "https://s.example/alta/live.m3u8")
    place["webcams"] = [
        {"caption": "Gipfel", "stream": "https://s.example/alta/live.m3u8"},
        {"caption": "Tal", "stream": "https://s.example/alta/tal.m3u8"},
    ]
    cameras = parse({"resorts": [place]})
    assert [c.name for c in cameras] == ["Gipfel", "Tal"]


def test_unnamed_webcams_leave_the_place_read_as_a_map_point() -> None:
    place = resort("Sierra Alta", "https://s.example/alta/live.m3u8")
    place["webcams"] = [{"media": "https://c.example/a.jpg"}, {"media": "https://c.example/b.jpg"}]
    cameras = parse({"resorts": [place]})
    # Views of one point, named after it as before: no camera of the place's own.
    assert [(c.name, c.area, c.stream_url) for c in cameras] == [
        ("Sierra Alta 1", None, None),
        ("Sierra Alta 2", None, None),
    ]


def test_list_under_another_name_is_no_held_camera_list() -> None:
    place = resort("Sierra Alta", "https://s.example/alta/live.m3u8")
    place["links"] = place.pop("webcams")
    cameras = parse({"resorts": [place]})
    assert [(c.name, c.area, c.stream_url) for c in cameras] == [
        ("Sierra Alta Gipfel", None, None),
        ("Sierra Alta Tal", None, None),
    ]


PAGE = """<html><body><main id="root"></main><script>
(function (exports) {
exports.alta = {
  caption: 'Sierra Alta',
  stream: 'https://s.example/alta/live.m3u8',
  webcams: [
    {type: 'photo', caption: 'Pradera', media: 'https://c.example/alta/pradera.jpg'},
    {type: 'video', caption: 'Cumbre', media: 'https://c.example/alta/cumbre.mp4',
     thumb: 'https://c.example/alta/cumbre.jpg'},
  ],
};
exports.baja = {
  caption: 'Sierra Baja',
  stream: 'https://s.example/baja/live.m3u8',
  webcams: [{type: 'photo', caption: 'Lago', media: 'https://c.example/baja/lago.jpg'}],
};
})(window.__PLACES__ = {});
</script></body></html>"""


def test_page_registering_places_one_at_a_time() -> None:
    cameras = parse_page(PAGE)
    assert [(c.name, c.area, c.stream_url) for c in cameras] == [
        ("Sierra Alta", None, "https://s.example/alta/live.m3u8"),
        ("Pradera", "Sierra Alta", None),
        ("Cumbre", "Sierra Alta", "https://c.example/alta/cumbre.mp4"),
        ("Sierra Baja", None, "https://s.example/baja/live.m3u8"),
        ("Lago", "Sierra Baja", None),
    ]


def test_page_place_without_a_live_stream_is_read_as_before() -> None:
    page = PAGE.replace("https://s.example/baja/live.m3u8", "https://sierra-baja.example/")
    cameras = parse_page(page)
    assert [(c.name, c.area) for c in cameras][3:] == [("Lago", None)]


def video(**fields: object) -> Camera:
    """Return the one camera of a list holding a record of the given fields."""
    cameras = parse({"webcams": [{"caption": "Cumbre", **fields}]})
    assert len(cameras) == 1
    return cameras[0]


def test_video_record_reads_its_video_file_as_stream() -> None:
    camera = video(
        type="video", media="https://c.example/cumbre.webm", thumb="https://c.example/c.jpg"
    )
    assert camera.stream_url == "https://c.example/cumbre.webm"
    assert camera.snapshot_url == "https://c.example/c.jpg"


def test_video_file_is_no_stream_without_a_video_type_or_when_ambiguous() -> None:
    photo = video(
        type="photo", media="https://c.example/cumbre.mp4", thumb="https://c.example/c.jpg"
    )
    assert photo.stream_url is None
    untyped = video(media="https://c.example/cumbre.mp4", thumb="https://c.example/c.jpg")
    assert untyped.stream_url is None
    two = video(
        type="video",
        media="https://c.example/a.mp4",
        clip_hd="https://c.example/b.mp4",
        thumb="https://c.example/c.jpg",
    )
    assert two.stream_url is None
    page = video(
        type="video", web_url="https://c.example/about.mp4", thumb="https://c.example/c.jpg"
    )
    assert page.stream_url is None


def test_many_streaming_places_and_wide_records_stay_bounded() -> None:
    # 1,000 resorts with a stream each and 20 webcams, each webcam padded with fields:
    # the list stops at the camera limit, every place read once.
    places = []
    for number in range(1_000):
        place = resort(f"Resort {number}", f"https://s.example/{number}/live.m3u8")
        place["webcams"] = [
            {
                "caption": f"Cam {number}-{cam}",
                "type": "video",
                "media": f"https://c.example/{number}/{cam}.mp4",
                **{f"f{extra}": "x" * 40 for extra in range(8)},
            }
            for cam in range(20)
        ]
        places.append(place)
    found = parse({"resorts": places})
    assert len(found) == 2000
    assert (found[0].name, found[1].area) == ("Resort 0", "Resort 0")
    # A page of 2,000 place objects registered one by one, each with 3 webcams.
    script = "".join(
        f"exports.p{n} = {{caption: 'Place {n}', stream: 'https://s.example/{n}.m3u8', "
        f"webcams: [{{caption: 'A{n}', media: 'https://c.example/{n}/a.jpg'}}, "
        f"{{caption: 'B{n}', media: 'https://c.example/{n}/b.jpg'}}]}};\n"
        for n in range(2_000)
    )
    page = f"<html><body><script>(function (exports) {{\n{script}}})({{}});</script></body></html>"
    cameras = parse_page(page)
    assert 0 < len(cameras) <= 2001
    assert (cameras[0].name, cameras[1].area) == ("Place 0", "Place 0")
