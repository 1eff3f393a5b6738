"""A device login written in a media address's query is never copied."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.fieldurls import resolve_url, without_query_login
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://desa.kutim.example/kamera/"
UTIC = "http://www.utic.example/jsp/map/openDataCctvStream.jsp?key=K&cctvid=E60017"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "http://cam.example:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=warga&pwd=S3cret",
            "http://cam.example:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2",
        ),
        (
            "http://cam.example/video.cgi?user=admin&pass=S3cret&channel=2",
            "http://cam.example/video.cgi?channel=2",
        ),
        (
            "http://cam.example/snapshot.cgi?loginuse=admin&loginpas=S3cret",
            "http://cam.example/snapshot.cgi",
        ),
        ("http://cam.example/s.jpg?PWD=S3cret&Usr=a#view", "http://cam.example/s.jpg#view"),
        ("http://cam.example/s.jpg?p%77d=S3cret&r=1", "http://cam.example/s.jpg?r=1"),
        (
            "http://cam.example/s.cgi?password=S3cret&username=a&res=hd",
            "http://cam.example/s.cgi?res=hd",
        ),
        ("http://cam.example/s.cgi?kata_sandi=S3cret&pengguna=warga", "http://cam.example/s.cgi"),
        # The short pair, both in one query.
        ("http://cam.example/s.m3u8?u=admin&p=S3cret&ch=1", "http://cam.example/s.m3u8?ch=1"),
        # A login written after the fragment mark.
        ("http://cam.example/s.m3u8#user=admin&pass=S3cret", "http://cam.example/s.m3u8"),
        (
            "http://cam.example/s.m3u8?ch=1#u=admin&p=S3cret&t=5",
            "http://cam.example/s.m3u8?ch=1#t=5",
        ),
    ],
)
def test_query_logins_are_dropped(url: str, expected: str) -> None:
    assert without_query_login(url) == expected
    resolved = resolve_url(url, BASE)
    assert resolved is not None
    assert "S3cret" not in resolved


@pytest.mark.parametrize(
    "url",
    [
        # A portal's own access token or signature is part of the address.
        "https://hls.kutim.example/live/1/index.m3u8?token=t41be0d9a&q=hd",
        "https://hls.kutim.example/live/1/index.m3u8?st=abc&e=1700000000",
        # A user name without a password is no login (a viewer's label, a channel owner).
        "https://cam.kutim.example/snap.jpg?user=guest&ch=1",
        # Words that only start like a password parameter.
        "https://cam.kutim.example/snap.jpg?passage=utara&pwdth=3&passenger=1",
        "https://cam.kutim.example/snap.jpg",
        # ``p`` or ``u`` alone is a page or a handle, no login.
        "https://cam.kutim.example/list.m3u8?p=2&ch=1",
        "https://cam.kutim.example/live.m3u8?u=kamera1",
        "https://cam.kutim.example/live.m3u8#p=2",
    ],
)
def test_addresses_without_a_query_login_stay_as_they_are(url: str) -> None:
    assert without_query_login(url) == url
    assert resolve_url(url, BASE) == url


def test_a_page_of_foscam_snapshots_keeps_no_login() -> None:
    cards = "".join(
        f"<div class='cam'><h3>{name}</h3><img class='foscam' "
        f"src='http://{host}.myfoscam.example:20064/cgi-bin/CGIProxy.fcgi?"
        f"cmd=snapPicture2&amp;usr=warga&amp;pwd=S3cret{n}'></div>"
        for n, (name, host) in enumerate((("Gapura Desa", "gapura"), ("Balai Desa", "balai")))
    )
    page = f"<html><body><main>{cards}</main></body></html>"
    found = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [c.snapshot_url for c in found] == [
        "http://gapura.myfoscam.example:20064/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2",
        "http://balai.myfoscam.example:20064/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2",
    ]
    assert not any("S3cret" in repr(camera) for camera in found)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # XMEye-style recorders take the login as parameters in a path segment.
        (
            "rtsp://192.0.2.10:554/user=admin&password=S3cret&channel=1&stream=0.sdp",
            "rtsp://192.0.2.10:554/channel=1&stream=0.sdp",
        ),
        (
            "rtsp://192.0.2.10/live/pwd=S3cret&usr=admin/ch1",
            "rtsp://192.0.2.10/live//ch1",
        ),
        # A login written whole in Base64 is a password too.
        (
            "rtsp://192.0.2.11/cam/realmonitor?channel=1&subtype=0&authbasic=YWRtaW46UzNjcmV0",
            "rtsp://192.0.2.11/cam/realmonitor?channel=1&subtype=0",
        ),
    ],
)
def test_a_login_in_path_parameters_or_in_base64_is_dropped(url: str, expected: str) -> None:
    assert resolve_url(url, BASE) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://hls.kutim.example/x=1/live.m3u8",
        "rtsp://192.0.2.10:554/user=viewer&channel=1&stream=0.sdp",
        "https://cam.kutim.example/passage=utara/snap.jpg",
    ],
)
def test_path_parameters_without_a_password_stay(url: str) -> None:
    assert resolve_url(url, BASE) == url


def test_a_recorder_input_with_a_login_in_its_path_leaks_nothing() -> None:
    body = (
        '{"channels": [{"name": "Gerbang", "Url": "rtsp://admin:S3cret@192.0.2.10:554/'
        'user=admin&password=S3cret&channel=1&stream=0.sdp"}, {"name": "Halaman", "Url": '
        '"rtsp://admin:S3cret@192.0.2.11/cam/realmonitor?channel=1&authbasic=YWRtaW46UzNjcmV0"}]}'
    )
    found = parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert found
    for camera in found:
        assert "S3cret" not in repr(camera)
        assert "YWRtaW46UzNjcmV0" not in repr(camera)
        assert "password" not in (camera.stream_url or "")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            UTIC + "&kind=E&cctvch=3&id=122&cctvpasswd=Sw%212024pw&cctvport=8554",
            UTIC + "&kind=E&cctvch=3&id=122&cctvport=8554",
        ),
        (
            "http://nvr.example/snap.cgi?chn=1&userName=admin&userPwd=S3cret",
            "http://nvr.example/snap.cgi?chn=1",
        ),
        (
            "http://nvr.example/snap.cgi?USERID=1376&USERPWD=S3cret&RAND=2",
            "http://nvr.example/snap.cgi?RAND=2",
        ),
        (
            "http://nvr.example/v.cgi?camera_password=S3cret&camera_user=a&ch=2",
            "http://nvr.example/v.cgi?ch=2",
        ),
        ("http://nvr.example/v.cgi?nvrPass=S3cret&ch=2", "http://nvr.example/v.cgi?ch=2"),
        ("http://nvr.example/v.cgi?password1=S3cret&user1=a", "http://nvr.example/v.cgi"),
        (
            "http://nvr.example/v.cgi?cctvpasswd=S3cret&cctvuser=a&ch=1",
            "http://nvr.example/v.cgi?ch=1",
        ),
        ("http://nvr.example/v.cgi?Passwd=S3cret&Account=a&ch=1", "http://nvr.example/v.cgi?ch=1"),
        ("http://nvr.example/v.cgi?passwordHash=S3cret&ch=1", "http://nvr.example/v.cgi?ch=1"),
        (
            "rtsp://nvr.example:554/user=a&devPassword=S3cret&channel=1&stream=0.sdp",
            "rtsp://nvr.example:554/channel=1&stream=0.sdp",
        ),
    ],
)
def test_password_parameters_named_behind_another_word_are_dropped(url: str, expected: str) -> None:
    """A password parameter's last word or ending names a password: it and its user go."""
    resolved = resolve_url(url, BASE)
    assert resolved == expected
    assert "S3cret" not in resolved and "2024pw" not in resolved


@pytest.mark.parametrize(
    "url",
    [
        "http://cdn.example/live.m3u8?bypass=1&pass_through=2&compass=3",
        "http://cdn.example/live.m3u8?token=abc&user=bob",
        "http://cdn.example/live.m3u8?passage=3&passenger=1",
    ],
)
def test_words_holding_pass_are_no_password(url: str) -> None:
    """``bypass``, ``pass_through``, ``compass`` or a user alone are no login."""
    assert without_query_login(url) == url
