"""Logins whose password holds ``#``, ``?``, ``/`` or ``@`` written unencoded in an address.

Read by the book the authority ends early: the login is not seen and the host checked is
not the real one after the last ``@``. Every reader takes the real host without the login;
an address that reads either way is refused; ``@`` in paths and queries changes nothing.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.deviceinputs import lan_address
from custom_components.kutim_cctv.portal.errors import PortalFormatError, PortalUnsafeURLError
from custom_components.kutim_cctv.portal.fieldurls import resolve_url
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.policy import UrlPolicy
from custom_components.kutim_cctv.portal.redact import redact_text, redact_url
from custom_components.kutim_cctv.portal.shapes import has_userinfo
from custom_components.kutim_cctv.portal.urls import read_authority, without_delimiter_login

BASE = "https://portal.example.org/api"
SECRETS = ("Ku#tim", "Kutim#2024", "p?x", "p/x", "Ku%23tim", "p@ss#5", "pa/ss", "s3cr#t")

# (address, the address read with its real host and without the login)
READ = [
    ("rtsp://admin:Ku#tim@cam.example.org:554/S/101", "rtsp://cam.example.org:554/S/101"),
    ("rtsp://admin:Kutim#2024@192.168.20.11:554/S/101", "rtsp://192.168.20.11:554/S/101"),
    ("https://u:p?x@cam.example.org/a.m3u8", "https://cam.example.org/a.m3u8"),
    ("https://u:p/x@cam.example.org/a.m3u8", "https://cam.example.org/a.m3u8"),
    ("http://u:p?x@cam.example.org/live.m3u8?ch=1", "http://cam.example.org/live.m3u8?ch=1"),
    ("rtsp://admin:Ku#tim@[2001:db8::5]:554/S", "rtsp://[2001:db8::5]:554/S"),
    ("rtsp://admin:Ku#tim@[fd00::5]:554/S", "rtsp://[fd00::5]:554/S"),
    ("rtsp://admin:Ku#tim@cam.example.org", "rtsp://cam.example.org"),
    ("rtsp://admin:pa/ss@10.1.2.3/live", "rtsp://10.1.2.3/live"),
    (
        "https://u:p?x@cam.example.org/a.m3u8?mail=a@b.example",
        "https://cam.example.org/a.m3u8?mail=a@b.example",
    ),
]
# Readable as a host of its own (``admin`` on port 1234) and as a login: refused.
AMBIGUOUS = [
    "rtsp://admin:1234#5@192.168.20.11:554/S/101",
    "rtsp://admin:1234/5@192.168.20.11:554/S/101",
    "https://admin:1234?5@cam.example.org/a.m3u8",
    "rtsp://admin#5@192.168.20.11:554/S/101",  # user only
    "rtsp://admin:p@ss#5@192.168.20.11:554/S/101",
    "rtsp://u:p/x@cam.example.org/y@10.0.0.9/live",
]
# "@" in paths, queries and fragments, and logins a parser reads right: unchanged.
NEAR_MISSES = [
    "https://www.youtube.com/@handle/live",
    "https://cam.example.org:8443/@handle/live",
    "https://cam.example.org/x?mail=a@b.example",
    "https://cam.example.org/x#a@b.example",
    "http://192.168.1.9:8080/x?mail=a@b.example",
    "https://[2001:db8::1]/@handle/live",
    "rtsp://cam.example.org/live",
]
LOGINS_READ_BY_THE_BOOK = [
    ("rtsp://admin:Ku%23tim@cam.example.org:554/S/101", "rtsp://cam.example.org:554/S/101"),
    ("rtsp://admin:p%40ss@cam.example.org:554/S/101", "rtsp://cam.example.org:554/S/101"),
    ("rtsp://admin:p@ss@cam.example.org:554/S/101", "rtsp://cam.example.org:554/S/101"),
    ("rtsp://admin@cam.example.org:554/S/101", "rtsp://cam.example.org:554/S/101"),
]


def streams(url: str) -> list[str | None]:
    """Return the stream addresses a JSON list of two cameras on url reads."""
    text = json.dumps({"data": [{"id": i, "name": f"Cam {i}", "stream": url} for i in (1, 2)]})
    try:
        result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    except PortalFormatError:
        return []
    return [camera.stream_url for camera in result.cameras]


@pytest.mark.parametrize(("url", "real"), READ)
def test_login_with_delimiters_is_read_with_its_real_host(url: str, real: str) -> None:
    reading = read_authority(url)
    assert reading.hidden and not reading.ambiguous
    assert reading.url == real
    assert without_delimiter_login(url) == real
    assert resolve_url(url, BASE) == real
    assert streams(url) == [real, real]
    assert has_userinfo(url)


@pytest.mark.parametrize("url", AMBIGUOUS)
def test_ambiguous_address_is_refused(url: str) -> None:
    reading = read_authority(url)
    assert reading.hidden and reading.ambiguous
    assert without_delimiter_login(url) is None
    assert resolve_url(url, BASE) is None
    assert streams(url) == []
    assert has_userinfo(url)


@pytest.mark.parametrize("url", NEAR_MISSES)
def test_at_signs_in_paths_and_queries_change_nothing(url: str) -> None:
    assert read_authority(url) == (url, False, False)
    assert without_delimiter_login(url) == url
    assert not has_userinfo(url)
    assert resolve_url(url, BASE) == url
    if url != "https://cam.example.org:8443/@handle/live":
        # Logs hide a "name:digits/…@" as before: text a password may be.
        assert redact_url(url) == url


@pytest.mark.parametrize(("url", "real"), LOGINS_READ_BY_THE_BOOK)
def test_logins_without_delimiters_are_stripped_as_before(url: str, real: str) -> None:
    assert not read_authority(url).hidden
    assert resolve_url(url, BASE) == real
    assert streams(url) == [real, real]


@pytest.mark.parametrize("url", [url for url, _ in READ] + AMBIGUOUS)
def test_redaction_hides_the_login(url: str) -> None:
    shown = redact_url(url)
    assert "***@" in shown
    for secret in (*SECRETS, "1234#5", "1234/5", "1234?5", "admin#5", "admin:"):
        assert secret not in shown
        assert secret not in redact_text(f"camera failed: {url}.")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("rtsp://admin:Ku#tim@cam.example.org:554/S/101", "rtsp://***@cam.example.org:554/S/101"),
        ("rtsp://admin:1234#5@192.168.20.11:554/S/101", "rtsp://***@192.168.20.11:554/S/101"),
        ("https://u:p/x@[2001:db8::5]/a.m3u8", "https://***@[2001:db8::5]/a.m3u8"),
    ],
)
def test_redaction_shows_the_real_host(url: str, shown: str) -> None:
    assert redact_url(url) == shown


@pytest.mark.parametrize("url", [url for url, _ in READ] + AMBIGUOUS)
def test_policy_refuses_an_address_whose_login_hides_its_host(url: str) -> None:
    for policy in (UrlPolicy(), UrlPolicy(allow_local=True)):
        with pytest.raises(PortalUnsafeURLError) as caught:
            policy.check(url)
        assert "***@" in str(caught.value)
        for secret in SECRETS:
            assert secret not in str(caught.value)


@pytest.mark.parametrize("url", NEAR_MISSES[:4])
def test_policy_keeps_at_signs_in_paths_and_queries(url: str) -> None:
    assert UrlPolicy().check(url).raw_host in {"www.youtube.com", "cam.example.org"}


@pytest.mark.parametrize(
    ("url", "lan"),
    [
        ("rtsp://admin:Kutim#2024@192.168.20.11:554/S/101", True),
        ("rtsp://admin:Ku#tim@[fd00::5]:554/S", True),
        ("rtsp://admin:Ku#tim@cam.example.org:554/S/101", False),
        ("https://u:p/x@203.0.113.7/a.m3u8", False),
        ("rtsp://admin:1234#5@192.168.20.11:554/S/101", True),  # ambiguous
        ("https://admin:1234?5@cam.example.org/a.m3u8", True),  # ambiguous
    ],
)
def test_lan_check_applies_to_the_real_host(url: str, lan: bool) -> None:
    assert lan_address(url, BASE) is lan
    assert lan_address(url, "http://192.168.1.2/") is False  # a local list keeps neighbours


def test_long_and_repetitive_text_reads_in_linear_time() -> None:
    url = "rtsp://a:b" + "#@" * 4000 + "/x"
    assert read_authority(url).url.startswith("rtsp://")
    url = "https://cam.example.org/" + "@a/" * 3000
    assert read_authority(url).url == url
