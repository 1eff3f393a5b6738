"""Tests of the URL safety policy, redaction and media URL classification."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import string
from typing import Any
from urllib.parse import quote

from hypothesis import HealthCheck, assume, given, settings, strategies as st
import pytest
import yarl

from custom_components.kutim_cctv.portal.errors import PortalUnsafeURLError
from custom_components.kutim_cctv.portal.media import (
    is_hls_url,
    is_image_url,
    is_mjpeg_url,
    is_stream_url,
)
from custom_components.kutim_cctv.portal.policy import (
    ALLOWED_SCHEMES,
    UrlPolicy,
    is_device_ip,
    is_never_allowed_ip,
    is_public_host,
    is_public_ip,
    parse_host_rule,
    parse_ip_host,
)
from custom_components.kutim_cctv.portal.redact import redact_text, redact_url

INVALID = "<invalid URL>"
HYPOTHESIS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Override the package-wide fixture: these tests need no Home Assistant instance."""


def fullwidth(text: str) -> str:
    """Return text with ASCII letters and digits replaced by their fullwidth forms."""
    return "".join(chr(ord(char) + 0xFEE0) if char.isalnum() else char for char in text)


class FakeResolver:
    """Resolver double that answers from a table and records its calls."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.calls: list[tuple[str, int]] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append((host, port))
        return self.answers[host]


async def never_resolve(host: str, port: int) -> list[str]:
    raise AssertionError(f"resolver called for {host}:{port}")


# ---------------------------------------------------------------------------
# UrlPolicy.check: refused URLs
# ---------------------------------------------------------------------------

LOOPBACK = [
    "http://127.0.0.1/",
    "http://127.0.0.1:8123/api/",
    "http://127.1/",
    "http://127.0.1/",
    "http://2130706433/",
    "http://0x7f000001/",
    "http://0X7F000001/",
    "http://017700000001/",
    "http://0177.0.0.1/",
    "http://0177.1/",
    "http://0x7f.0.0.1/",
    "http://0x7f.1/",
    "http://127.0.0.1./",
    "http://127.255.255.254/",
    "http://[::1]/",
    "http://[::1]:8080/",
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[::127.0.0.1]/",
    "http://[::ffff:0:7f00:1]/",
    "http://localhost/",
    "http://localhost:8123/",
    "http://foo.localhost/",
    "http://LOCALHOST./",
    "http://localhost.localdomain/",
    "http://0.0.0.0/",
    "http://0/",
    "http://0x0/",
    "http://[::]/",
    f"http://{fullwidth('127')}.{fullwidth('0')}.{fullwidth('0')}.{fullwidth('1')}/",
    f"http://{fullwidth('localhost')}/",
]
LINK_LOCAL_AND_METADATA = [
    "http://169.254.0.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://2852039166/",
    "http://0xa9fea9fe/",
    "http://0251.0376.0251.0376/",
    "http://169.254.43518/",
    "http://[fe80::1]/",
    "http://[fe80::1%25eth0]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[fd00:ec2::254]/",
    "http://100.100.100.200/",
    "http://168.63.129.16/",
    "http://192.0.0.192/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://metadata/",
    "http://instance-data/latest/",
]
PRIVATE = [
    "http://10.0.0.1/",
    "http://10.255.255.255/",
    "http://10.1.1/",
    "http://167772161/",
    "http://172.16.0.1/",
    "http://172.31.255.254/",
    "http://192.168.1.1/",
    "http://192.168.1.10:8443/hls/a/index.m3u8",
    "http://100.64.0.1/",
    "http://100.127.255.254/",
    "http://[fc00::1]/",
    "http://[fd12:3456:789a::1]/",
    "http://[::ffff:10.0.0.1]/",
    "http://[::ffff:c0a8:101]/",
    "http://[fec0::1]/",
    "http://198.18.0.1/",
    "http://198.19.255.254/",
    "http://192.0.2.1/",
    "http://198.51.100.7/",
    "http://203.0.113.9/",
    "http://[2001:db8::1]/",
    "http://[3fff::1]/",
    "http://[100::1]/",
    "http://[2001::1]/",
    "http://nvr.local/",
    "http://router.lan/",
    "http://cams.internal/",
    "http://nas.home.arpa/",
    "http://camserver/",
]
MULTICAST_AND_RESERVED = [
    "http://224.0.0.1/",
    "http://239.255.255.250:1900/",
    "http://[ff02::1]/",
    "http://[ff0e::1]/",
    "http://240.0.0.1/",
    "http://255.255.255.255/",
    "http://4294967295/",
    "http://192.88.99.1/",
]
EMBEDDED_V4 = [
    "http://[64:ff9b::10.0.0.1]/",
    "http://[64:ff9b::7f00:1]/",
    "http://[64:ff9b:1::a00:1]/",
    "http://[2002:0a00:0001::]/",
    "http://[2002:7f00:1::]/",
    "http://[2002:808:808::]/",
]
BAD_SCHEMES = [
    "file:///etc/passwd",
    "file://localhost/etc/passwd",
    "ftp://ftp.example.com/pub/",
    "gopher://example.com:70/_GET",
    "javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "dict://example.com:11211/stat",
    "ldap://example.com/dc=example",
    "ws://example.com/socket",
    "mailto:someone@example.com",
    "jar:http://example.com/x.jar!/",
    "HTTP://127.0.0.1/",
]
USERINFO_TRICKS = [
    "http://public.example@127.0.0.1/",
    "http://kutaitimurkab.go.id:443@127.0.0.1/",
    "http://a@b@127.0.0.1/",
    "http://127.0.0.1#@kutaitimurkab.go.id/",
    "http://127.0.0.1\\@example.com/",
    "http://example.com\\@127.0.0.1/",
    "http://127.0.0.1?@kutaitimurkab.go.id/",
]
MALFORMED = [
    "",
    "http://",
    "http:///path",
    "http:path",
    "//example.com/relative",
    "/hls/x/index.m3u8",
    "http://ex ample.com/",
    " http://example.com/",
    "http://example.com/\n",
    "http://example.com/a\tb",
    "http://exa\x00mple.com/",
    "http://example.com/\x7f",
    "https://example.com/\u202egpj.exe",
    "http://example.com\u200b/",
    "http://127.0.0.%31/",
    "http://exa%6dple.com/",
    "http://[::1",
    "http://[]",
    "http://[zz::1]/",
    "http://example.com:99999/",
    "http://example.com:0/",
    "http://example.com:-1/",
    "http://example.com:port/",
    "http://1.2.3.999/",
    "http://08.0.0.1/",
    "http://example.0x10/",
    "http://a..b/",
    "http://-bad-.example.com/",
    "http://under%5Fscore.example.com/",
    f"http://{'a' * 64}.example.com/",
    f"http://{'a.' * 130}com/",
    "https://example.com/" + "a" * 9000,
]
REFUSED = (
    LOOPBACK
    + LINK_LOCAL_AND_METADATA
    + PRIVATE
    + MULTICAST_AND_RESERVED
    + EMBEDDED_V4
    + BAD_SCHEMES
    + USERINFO_TRICKS
    + MALFORMED
)

ACCEPTED = [
    "https://apicctv.kutaitimurkab.go.id/api/cctv/public",
    "https://apicctv.kutaitimurkab.go.id/api/cctv/public?page=2&limit=100",
    "https://apicctv.kutaitimurkab.go.id/api/stream/polder-im-1/start",
    "https://cctv.kutaitimurkab.go.id/hls/x/index.m3u8",
    "https://cctv.kutaitimurkab.go.id./hls/x/index.m3u8",
    "HTTPS://CCTV.KUTAITIMURKAB.GO.ID/hls/x/index.m3u8",
    "http://36.91.12.34:8443/live/a.m3u8",
    "rtsp://103.10.20.30:554/stream",
    "rtsp://admin:secret@103.10.20.30/cam/realmonitor?channel=1",
    "rtsps://cam.example.com:322/live",
    "https://[2001:4860:4860::8888]/x",
    "https://[64:ff9b::808:808]/x",
    "https://[::ffff:8.8.8.8]/x",
    "https://8.8.8.8/",
    "http://134744072/",
    "https://stream.kutim.example/atcs/yossudarso.stream/playlist.m3u8",
    "https://xn--mnchen-3ya.de/cam.jpg",
    "https://m\u00fcnchen.de/cam.jpg",
    "https://cdn_1.example.com/a",
    "https://example.com/path?q=a\\b",
    "https://example.com:65535/",
    "https://example.com/#frag",
]

ALLOWED_LOCALLY = [
    "http://127.0.0.1:8123/",
    "http://192.168.1.10/api/cctv/public",
    "http://10.1.1/",
    "http://[::1]/",
    "http://localhost:8000/",
    "http://nvr.local/",
    "http://camserver/",
    "http://100.100.100.100/",  # CGNAT (Tailscale), not the metadata address next to it
    "http://[fd00:ec2::253]/",
    "rtsp://admin:pw@192.168.1.64:554/Streaming/Channels/101",
]

NEVER_ALLOWED = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.1.1:8080/",
    "http://[fe80::1%25eth0]/",
    "http://[fe80::1]/",
    "http://100.100.100.200/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://168.63.129.16/machine",
    "http://192.0.0.192/opc/v2/instance/",
    "http://[::ffff:169.254.169.254]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://2852039166/",  # 169.254.169.254 as one number
    "http://0xa9.0xfe.0xa9.0xfe/",
    "http://0251.0376.0251.0376/",
    "http://0.0.0.0:8123/",
    "http://224.0.0.1/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://METADATA.google.internal./",
    "http://metadata/",
    "http://instance-data/",
    "http://instance-data.ec2.internal/",
]


@pytest.mark.parametrize("url", REFUSED)
def test_check_refuses(url: str) -> None:
    with pytest.raises(PortalUnsafeURLError) as err:
        UrlPolicy().check(url)
    assert err.value.reason == "unsafe_url"
    assert str(err.value).startswith("Refused the URL ")


@pytest.mark.parametrize("url", ACCEPTED)
def test_check_accepts_public(url: str) -> None:
    parsed = UrlPolicy().check(url)
    assert isinstance(parsed, yarl.URL)
    assert parsed.scheme in ALLOWED_SCHEMES
    assert parsed.host


@pytest.mark.parametrize("url", ALLOWED_LOCALLY)
def test_allow_local_accepts_private(url: str) -> None:
    with pytest.raises(PortalUnsafeURLError):
        UrlPolicy().check(url)
    assert UrlPolicy(allow_local=True).check(url).host


@pytest.mark.parametrize("url", NEVER_ALLOWED)
def test_link_local_and_metadata_are_never_allowed(url: str) -> None:
    """No setting lets a URL reach link-local or cloud metadata addresses."""
    host = yarl.URL(url).raw_host or ""
    policies = [
        UrlPolicy(),
        UrlPolicy(allow_local=True),
        UrlPolicy(local_hosts=frozenset({(host.lower().rstrip("."), None)})),
        UrlPolicy.for_portal([url], allow_local=True, extra_hosts=[host]),
    ]
    for policy in policies:
        with pytest.raises(PortalUnsafeURLError) as err:
            policy.check(url)
        assert "never allowed" in str(err.value)
    with pytest.raises(ValueError, match="never allowed"):
        parse_host_rule(f"[{host}]" if ":" in host else host)


@pytest.mark.parametrize("url", BAD_SCHEMES[:-1] + MALFORMED)
def test_allow_local_still_refuses_bad_urls(url: str) -> None:
    with pytest.raises(PortalUnsafeURLError):
        UrlPolicy(allow_local=True).check(url)


def test_refusal_message_is_redacted() -> None:
    with pytest.raises(PortalUnsafeURLError) as err:
        UrlPolicy().check("rtsp://admin:hunter2@192.168.1.64/live?token=abc123")
    message = str(err.value)
    assert "hunter2" not in message
    assert "admin" not in message
    assert "abc123" not in message
    assert "192.168.1.64" in message


def test_check_returns_parsed_url() -> None:
    parsed = UrlPolicy().check("http://36.91.12.34:8443/live/a.m3u8?x=1")
    assert parsed.host == "36.91.12.34"
    assert parsed.port == 8443
    assert parsed.path == "/live/a.m3u8"
    assert parsed.query["x"] == "1"


def test_policy_is_frozen() -> None:
    policy = UrlPolicy()
    with pytest.raises(AttributeError):
        policy.allow_local = True  # type: ignore[misc]
    assert frozenset({"http", "https", "rtsp", "rtsps"}) == ALLOWED_SCHEMES


# ---------------------------------------------------------------------------
# UrlPolicy.addresses (every DNS answer checked)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "addresses",
    [
        ["10.0.0.5"],
        ["127.0.0.1"],
        ["169.254.169.254"],
        ["100.100.100.200"],
        ["192.168.0.20"],
        ["::1"],
        ["fe80::1%eth0"],
        ["fd00:ec2::254"],
        ["::ffff:192.168.0.1"],
        ["64:ff9b::a00:1"],
        ["0.0.0.0"],
        ["93.184.216.34", "10.0.0.1"],
        ["2606:2800:220:1:248:1893:25c8:1946", "fc00::1"],
        ["not-an-address"],
        [],
    ],
)
async def test_resolved_private_answers_are_refused(addresses: list[str]) -> None:
    resolver = FakeResolver({"cams.kutim.example": addresses})
    with pytest.raises(PortalUnsafeURLError) as err:
        await UrlPolicy().addresses("https://cams.kutim.example/hls/a/index.m3u8", resolver)
    assert "cams.kutim.example" in str(err.value)
    assert resolver.calls == [("cams.kutim.example", 443)]


@pytest.mark.parametrize(
    ("url", "expected_call"),
    [
        (
            "https://apicctv.kutaitimurkab.go.id/api/cctv/public",
            ("apicctv.kutaitimurkab.go.id", 443),
        ),
        ("http://cctv.kutaitimurkab.go.id/hls/x/index.m3u8", ("cctv.kutaitimurkab.go.id", 80)),
        ("http://cctv.kutaitimurkab.go.id:8443/x.m3u8", ("cctv.kutaitimurkab.go.id", 8443)),
        ("rtsp://cctv.kutaitimurkab.go.id/live", ("cctv.kutaitimurkab.go.id", 554)),
        ("rtsps://cctv.kutaitimurkab.go.id/live", ("cctv.kutaitimurkab.go.id", 322)),
    ],
)
async def test_resolved_public_answers_are_accepted(
    url: str, expected_call: tuple[str, int]
) -> None:
    answers = ["103.10.20.30", "2001:4860:4860::8888", "64:ff9b::808:808", "103.10.20.30"]
    resolver = FakeResolver({expected_call[0]: answers})
    parsed, checked = await UrlPolicy().addresses(url, resolver)
    assert parsed == yarl.URL(url)
    assert checked == ("103.10.20.30", "2001:4860:4860::8888", "64:ff9b::808:808")
    assert resolver.calls == [expected_call]


@pytest.mark.parametrize(
    "url", ["https://103.10.20.30/x", "https://[2001:4860:4860::8888]/x", "http://134744072/"]
)
async def test_ip_literals_need_no_resolution(url: str) -> None:
    parsed, checked = await UrlPolicy().addresses(url, never_resolve)
    assert parsed.host
    assert checked is None


async def test_no_resolution_when_local_is_allowed() -> None:
    policy = UrlPolicy(allow_local=True)
    parsed, checked = await policy.addresses("http://nvr.local/cgi-bin/snapshot.cgi", never_resolve)
    assert parsed.host == "nvr.local"
    assert checked is None


@pytest.mark.parametrize("url", ["javascript:alert(1)", "http://localhost/", "http://10.0.0.1/"])
async def test_resolution_runs_the_check_first(url: str) -> None:
    with pytest.raises(PortalUnsafeURLError):
        await UrlPolicy().addresses(url, never_resolve)


@pytest.mark.parametrize("error", [socket.gaierror(-2, "Name or service not known"), OSError()])
async def test_resolution_errors_go_through(error: OSError) -> None:
    async def failing(host: str, port: int) -> list[str]:
        raise error

    with pytest.raises(type(error)):
        await UrlPolicy().addresses("https://nowhere.kutim.example/", failing)


async def test_resolution_uses_the_loop_resolver_by_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loop = asyncio.get_running_loop()
    calls: list[tuple[str, int, Any]] = []
    answers = {
        "private.kutim.example": [("10.0.0.7", 443)],
        "public.kutim.example": [("103.10.20.30", 443), ("2001:4860:4860::8888", 443, 0, 0)],
    }

    async def fake_getaddrinfo(host: str, port: int, **kwargs: Any) -> list[Any]:
        calls.append((host, port, kwargs.get("type")))
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", address) for address in answers[host]]

    monkeypatch.setattr(loop, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(PortalUnsafeURLError):
        await UrlPolicy().addresses("https://private.kutim.example/x")
    parsed, checked = await UrlPolicy().addresses("https://public.kutim.example/x")
    assert parsed.host == "public.kutim.example"
    assert checked == ("103.10.20.30", "2001:4860:4860::8888")
    assert calls == [
        ("private.kutim.example", 443, socket.SOCK_STREAM),
        ("public.kutim.example", 443, socket.SOCK_STREAM),
    ]


# ---------------------------------------------------------------------------
# UrlPolicy.for_portal
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("portal_urls", "exempt"),
    [
        (["http://127.0.0.1:8123"], {("127.0.0.1", 8123)}),
        (["http://192.168.1.10"], {("192.168.1.10", 80)}),
        (
            ["http://192.168.1.10/api", "https://cctv.kutaitimurkab.go.id"],
            {("192.168.1.10", 80)},
        ),
        (["https://cctv.kutaitimurkab.go.id", "http://[fd00::5]:8080/"], {("fd00::5", 8080)}),
        (["http://nvr.local/api"], {("nvr.local", 80)}),
        (["http://NVR.Local./api"], {("nvr.local", 80)}),
        (["http://localhost:3000/"], {("localhost", 3000)}),
        (["http://camserver:8080/"], {("camserver", 8080)}),
        (["http://0300.0250.1.10/"], {("192.168.1.10", 80)}),
        (["https://apicctv.kutaitimurkab.go.id", "https://cctv.kutaitimurkab.go.id"], set()),
        (["https://apicctv.kutaitimurkab.go.id/api/cctv/public"], set()),
        (["http://36.91.12.34:8443/"], set()),
        (["https://[2001:4860:4860::8888]/"], set()),
        (["http://169.254.169.254/", "http://[fe80::1]/"], set()),
        (["http://[::1", "http://[]", "", "not a url", "/relative/only"], set()),
        ([], set()),
    ],
)
def test_for_portal_exempts_only_local_origins(
    portal_urls: list[str], exempt: set[tuple[str, int]]
) -> None:
    """A local portal allows its own hosts and ports, and nothing else local."""
    policy = UrlPolicy.for_portal(portal_urls)
    assert policy.allow_local is False
    assert policy.local_hosts == exempt
    for host, port in exempt:
        shown = f"[{host}]" if ":" in host else host
        assert policy.check(f"http://{shown}:{port}/snapshot.jpg").host
        with pytest.raises(PortalUnsafeURLError):
            policy.check(f"http://{shown}:{port + 1}/snapshot.jpg")
    # Whatever the portal, other local hosts stay refused.
    for other in (
        "http://192.168.1.11/",
        "http://10.0.0.1:8123/",
        "http://127.0.0.2:8123/",
        "http://[fd00::6]:8080/",
        "http://router.local/",
        "http://nas:5000/",
    ):
        with pytest.raises(PortalUnsafeURLError):
            policy.check(other)


@pytest.mark.parametrize(
    "portal_url",
    ["http://192.168.1.10:8080/list.json", "http://127.0.0.1:8123", "http://nvr.lan/api"],
)
@pytest.mark.parametrize("target", [*NEVER_ALLOWED, "http://10.0.0.1/", "http://[::1]:22/"])
def test_local_portal_cannot_point_elsewhere(portal_url: str, target: str) -> None:
    """A LAN portal's list may not send stills or streams to metadata or other LAN hosts."""
    policy = UrlPolicy.for_portal([portal_url, portal_url])
    with pytest.raises(PortalUnsafeURLError):
        policy.check(target)


def test_for_portal_allow_local_exempts_public_names_of_own_origins() -> None:
    """allow_local: the portal's own names may resolve privately (split-horizon DNS)."""
    policy = UrlPolicy.for_portal(
        ["https://cctv.kutaitimurkab.go.id", "http://hls.kutaitimurkab.go.id:8080"],
        allow_local=True,
    )
    assert policy.local_hosts == {
        ("cctv.kutaitimurkab.go.id", 443),
        ("hls.kutaitimurkab.go.id", 8080),
    }
    assert policy.is_exempt(yarl.URL("https://CCTV.kutaitimurkab.go.id./api"))
    assert not policy.is_exempt(yarl.URL("http://cctv.kutaitimurkab.go.id/api"))
    assert not policy.is_exempt(yarl.URL("https://other.kutaitimurkab.go.id/"))
    with pytest.raises(PortalUnsafeURLError):
        policy.check("http://192.168.1.1/")
    assert UrlPolicy.for_portal(iter(["http://10.0.0.2/"])).local_hosts == {("10.0.0.2", 80)}


async def test_exempt_hosts_are_not_resolved_other_names_are() -> None:
    """Own local origins connect by name; every other name is resolved and checked."""
    policy = UrlPolicy.for_portal(["https://cctv.example.id"], allow_local=True)
    parsed, addresses = await policy.addresses("https://cctv.example.id/x", never_resolve)
    assert parsed.host == "cctv.example.id"
    assert addresses is None
    resolver = FakeResolver({"cdn.example.id": ["103.10.20.30", "103.10.20.30", "2001:db9::1"]})
    _, addresses = await policy.addresses("https://cdn.example.id/x.jpg", resolver)
    assert addresses == ("103.10.20.30", "2001:db9::1")
    resolver = FakeResolver({"cdn.example.id": ["103.10.20.30", "192.168.1.5"]})
    with pytest.raises(PortalUnsafeURLError):
        await policy.addresses("https://cdn.example.id/x.jpg", resolver)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("nvr.lan", ("nvr.lan", None)),
        (" NVR.Lan. ", ("nvr.lan", None)),
        ("192.168.1.20:8080", ("192.168.1.20", 8080)),
        ("10.1.1", ("10.1.0.1", None)),
        ("[fd00::5]:554", ("fd00::5", 554)),
        ("[FD00::5]", ("fd00::5", None)),
        ("camserver:8000", ("camserver", 8000)),
        ("xn--bcher-kva.example", ("xn--bcher-kva.example", None)),
    ],
)
def test_parse_host_rule(text: str, rule: tuple[str, int | None]) -> None:
    assert parse_host_rule(text) == rule


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "http://nvr.lan/",
        "nvr.lan/path",
        "user@nvr.lan",
        "nvr.lan:0",
        "nvr.lan:70000",
        "nvr.lan:port",
        "nvr lan",
        "nvr.lan\\x",
        "fd00::5",
        "[fd00::5",
        "-bad-.lan",
        "1.2.3.999",
        "nvr.lan?x",
        "a" * 300,
    ],
)
def test_parse_host_rule_refuses(text: str) -> None:
    with pytest.raises(ValueError, match=r"\w"):
        parse_host_rule(text)


def test_extra_hosts_allow_exactly_what_they_list() -> None:
    policy = UrlPolicy.for_portal(
        ["https://cctv.kutaitimurkab.go.id"],
        extra_hosts=["192.168.1.20:8080", "nvr.lan", "not a host", "169.254.169.254"],
    )
    assert policy.local_hosts == {("192.168.1.20", 8080), ("nvr.lan", None)}
    assert policy.check("http://192.168.1.20:8080/snap.jpg").host
    assert policy.check("rtsp://nvr.lan:554/live").host
    assert policy.check("http://nvr.lan:8000/x.jpg").host
    for refused in (
        "http://192.168.1.20/snap.jpg",
        "http://192.168.1.21:8080/",
        "http://other.lan/",
        "http://169.254.169.254/",
    ):
        with pytest.raises(PortalUnsafeURLError):
            policy.check(refused)


# ---------------------------------------------------------------------------
# parse_ip_host and is_public_ip
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("10.1.1", "10.1.0.1"),
        ("1.2.65535", "1.2.255.255"),
        ("1.16777215", "1.255.255.255"),
        ("2130706433", "127.0.0.1"),
        ("4294967295", "255.255.255.255"),
        ("017700000001", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0X7F000001", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0x7f.0x0.0x0.0x1", "127.0.0.1"),
        ("0x", "0.0.0.0"),
        ("0", "0.0.0.0"),
        ("00", "0.0.0.0"),
        ("0" * 100 + "1", "0.0.0.1"),
        ("127.0.0.1.", "127.0.0.1"),
        ("127.0.0.1 trailing words", "127.0.0.1"),
        ("  8.8.8.8  ", "8.8.8.8"),
        ("127\u30020\u30020\u30021", "127.0.0.1"),
        (fullwidth("127") + "\uff0e0\uff0e0\uff0e1", "127.0.0.1"),
        ("[::1]", "::1"),
        ("::1", "::1"),
        ("[0:0:0:0:0:0:0:1]", "::1"),
        ("[fe80::1%25eth0]", "fe80::1"),
        ("fe80::1%eth0", "fe80::1"),
        ("[FE80::1]", "fe80::1"),
        ("[::ffff:127.0.0.1]", "127.0.0.1"),
        ("::ffff:7f00:1", "127.0.0.1"),
        ("::ffff:8.8.8.8", "8.8.8.8"),
        ("::127.0.0.1", "127.0.0.1"),
        ("::ffff:0:a00:1", "10.0.0.1"),
        ("64:ff9b::10.0.0.1", "10.0.0.1"),
        ("64:ff9b::7f00:1", "127.0.0.1"),
        ("64:ff9b::8.8.8.8", "64:ff9b::808:808"),
        ("2002:0a00:0001::", "10.0.0.1"),
        ("2002:a9fe:a9fe::1", "169.254.169.254"),
        ("2002:808:808::", "2002:808:808::"),
        ("2001:4860:4860::8888", "2001:4860:4860::8888"),
        ("::", "::"),
    ],
)
def test_parse_ip_host(host: str, expected: str) -> None:
    assert parse_ip_host(host) == ipaddress.ip_address(expected)


@pytest.mark.parametrize(
    "host",
    [
        "",
        "   ",
        "example.com",
        "localhost",
        "kutaitimurkab.go.id",
        "1.2.3.4.5",
        "256.1.1.1",
        "1.256.1.1",
        "1.2.65536",
        "1.16777216",
        "4294967296",
        "99999999999999999999999",
        "0x100000000",
        "08.0.0.1",
        "09",
        "0x1g",
        "1..2",
        ".1.2.3",
        "1.2.3.4..",
        "[::1",
        "[]",
        "[zz]",
        "[127.0.0.1]",
        "::gg",
        "1:2:3",
        "\u0661\u0662\u0667.0.0.1",
    ],
)
def test_parse_ip_host_rejects_names(host: str) -> None:
    assert parse_ip_host(host) is None


def test_parse_ip_host_tolerates_non_strings() -> None:
    assert parse_ip_host(None) is None  # type: ignore[arg-type]
    assert parse_ip_host(b"127.0.0.1") is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "address",
    [
        "8.8.8.8",
        "1.1.1.1",
        "36.91.12.34",
        "103.10.20.30",
        "2001:4860:4860::8888",
        "2606:4700:4700::1111",
        "64:ff9b::808:808",
        "::ffff:8.8.8.8",
    ],
)
def test_is_public_ip_true(address: str) -> None:
    assert is_public_ip(ipaddress.ip_address(address)) is True


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "0.0.0.0",
        "0.1.2.3",
        "10.0.0.1",
        "100.64.0.1",
        "100.100.100.200",
        "169.254.169.254",
        "172.16.5.4",
        "192.0.0.9",
        "192.0.0.170",
        "192.0.2.10",
        "192.88.99.2",
        "192.168.0.1",
        "198.18.0.1",
        "198.51.100.1",
        "203.0.113.1",
        "224.0.0.1",
        "233.252.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::",
        "::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "::ffff:0:a00:1",
        "::a00:1",
        "64:ff9b::a00:1",
        "64:ff9b:1::808:808",
        "100::1",
        "2001::1",
        "2001:db8::1",
        "2002:808:808::1",
        "3fff::1",
        "5f00::1",
        "fc00::1",
        "fd00:ec2::254",
        "fe80::1",
        "fec0::1",
        "ff02::1",
        "ff0e::101",
        "2001:4860:4860::8888%eth0",
    ],
)
def test_is_public_ip_false(address: str) -> None:
    assert is_public_ip(ipaddress.ip_address(address)) is False


@pytest.mark.parametrize(
    ("host", "public"),
    [
        ("cctv.kutaitimurkab.go.id", True),
        ("203.0.113.7", False),  # documentation range: reserved, never public
        ("8.8.8.8", True),
        ("[2001:4860:4860::8888]", True),
        ("192.168.1.20", False),
        ("10.31.6.21", False),
        ("127.0.0.1", False),
        ("169.254.169.254", False),
        ("0x7f000001", False),  # loopback written in hex
        ("[::ffff:192.168.1.1]", False),
        ("nvr.local", False),
        ("kamera", False),  # a single label only resolves on a local network
        ("router.lan", False),
        ("CCTV.Example.COM.", True),
        ("", False),
        (None, False),
    ],
)
def test_is_public_host(host: str | None, public: bool) -> None:
    """A host is public when it is a public IP or an internet DNS name."""
    assert is_public_host(host) is public


@pytest.mark.parametrize(
    "host",
    [
        None,
        "",
        "   ",
        "\x00",
        "%",
        "[]",
        "[%]",
        "[::%]",
        "[zz]",
        "[::1",  # an unclosed bracket
        "[fe80::1%eth0]",  # a zone id
        "[::ffff:10.0.0.1]",
        "0x" + "f" * 50,  # a hex number past any address
        "0" * 5000,
        "4294967296",  # one past the last IPv4 address
        "\uff05",  # a full-width percent sign
        "\u3002",  # an ideographic full stop alone
        "1e5",
    ],
)
def test_is_public_host_garbage_is_not_public_and_raises_nothing(host: str | None) -> None:
    """A missing, broken or out-of-range host is not public, and asking raises nothing."""
    assert is_public_host(host) is False


@pytest.mark.parametrize(
    ("host", "public"),
    [
        ("10.1.2.3.nip.io", False),
        ("cctv.10.1.2.3.nip.io", False),
        ("192-168-1-5.sslip.io", False),
        ("app-192-168-1-5.sslip.io", False),
        ("www.127.0.0.1.xip.io", False),
        ("169-254-169-254.nip.io", False),  # cloud metadata
        ("169.254.169.254.nip.io.", False),
        ("0a010203.nip.io", False),  # 10.1.2.3 in hex
        ("cam-c0a80105.nip.io", False),  # 192.168.1.5 in hex
        ("--1.sslip.io", False),  # ::1
        ("fe80--1.sslip.io", False),
        ("010.0.0.1.nip.io", False),  # read as octal or decimal, local either way
        ("1-10-0-0-1.sslip.io", False),  # the private address in overlapping dashes
        ("10.0.0.1.TRAEFIK.ME", False),
        ("app.traefik.me", False),  # answered with 127.0.0.1
        ("anything.localtest.me", False),
        ("localtest.me", False),
        ("lvh.me", False),  # loopback wildcard names, as localtest.me
        ("cam.lvh.me", False),
        ("8.8.8.8.lvh.me", False),
        ("vcap.me", False),
        ("api.vcap.me.", False),
        ("localho.st", False),
        ("cctv.LOCALHO.ST", False),
        ("lacolhost.com", False),
        ("app.local.gd", False),
        ("localhost.direct", False),  # more loopback wildcard domains
        ("a.localhost.direct", False),
        ("fuf.me", False),
        ("cam.FUF.ME.", False),
        ("smackaho.st", False),
        ("x.yoogle.com", False),
        ("localhost.kutim.example", False),  # the localhost.<domain> zone convention
        ("cctv.localhost.kutim.example", True),
        ("notfuf.me", True),
        ("fuf.me.example.com", True),
        ("lvh.me.example.com", True),
        ("notlvh.me", True),
        ("cctv.localhost", False),
        ("8.8.8.8.nip.io", True),  # a public address spelled so stays public
        ("app-203-0-114-7.sslip.io", True),
        ("cctv.1.1.1.1.sslip.io", True),
        ("nip.io", True),
        ("sslip.io", True),
        ("10.1.2.3.example.com", True),  # no wildcard DNS service: an ordinary name
        ("192-168-1-5.kutim.example", True),
    ],
)
def test_is_public_host_wildcard_dns_names(host: str, public: bool) -> None:
    """A wildcard DNS name spelling a private address is local; a public one stays public."""
    assert is_public_host(host) is public


@pytest.mark.parametrize(
    "host",
    [
        "1." * 126 + "nip.io",  # past 253 characters
        "a" * 5000 + ".10.1.2.3.sslip.io",
        "8.8.8.8." * 30 + "10.0.0.1.nip.io",  # a private address after many public ones
        "-".join(["1"] * 31) + ".10-0-0-1.nip.io",
        ("-" * 61 + "1.") * 4 + "sslip.io",
        "9" * 63 + "." + "0-" * 31 + "0.nip.io",
    ],
)
def test_is_public_host_hostile_wildcard_dns_names_are_local(host: str) -> None:
    """Long or crafted wildcard DNS names are not public, and asking raises nothing."""
    assert is_public_host(host) is False


def test_is_public_host_hostile_wildcard_dns_public_names() -> None:
    """Long names spelling only public addresses stay public."""
    assert is_public_host("8.8.8.8." * 30 + "nip.io") is True
    assert is_public_host("-".join(["8"] * 31) + ".sslip.io") is True


@pytest.mark.parametrize(
    ("host", "device"),
    [
        ("192.168.1.64", True),
        ("10.3.6.21", True),
        ("127.0.0.1", True),
        ("169.254.169.254", True),
        ("0x7f000001", True),  # loopback written in hex
        ("[::ffff:192.168.1.1]", True),
        ("8.8.8.8", False),
        ("nvr.local", False),  # a local name, no device address
        ("cctv.kutaitimurkab.go.id", False),
        ("", False),
        (None, False),
    ],
)
def test_is_device_ip(host: str | None, device: bool) -> None:
    """A device's own address is a private, loopback or link-local IP literal."""
    assert is_device_ip(host) is device


# ---------------------------------------------------------------------------
# redact_url
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "gone", "kept"),
    [
        ("rtsp://admin:secret@1.2.3.4/ch1", ["secret", "admin"], ["rtsp://***@1.2.3.4/ch1"]),
        ("rtsp://admin@1.2.3.4:554/ch1", ["admin"], ["rtsp://***@1.2.3.4:554/ch1"]),
        ("rtsp://admin:1234/pw@1.2.3.4/ch1", ["admin", "1234", "pw@"], ["***@1.2.3.4/ch1"]),
        (
            "https://cdn.example.com/live.m3u8?token=abc&expires=1",
            ["abc"],
            ["https://cdn.example.com/live.m3u8?token=REDACTED&expires=1"],
        ),
        (
            "http://36.91.12.34/cam.cgi?user=guest&pass=guest123&channel=2",
            ["guest"],
            ["user=REDACTED&pass=REDACTED&channel=2", "36.91.12.34/cam.cgi"],
        ),
        (
            "https://cctv.kutaitimurkab.go.id/hls/x/video1_stream.m3u8?session=xyz",
            ["xyz"],
            ["/hls/x/video1_stream.m3u8?session=REDACTED"],
        ),
        (
            "https://h.example/app/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLXZhbHVl/a.m3u8",
            ["eyJhbGciOiJIUzI1NiJ9", "c2lnbmF0dXJlLXZhbHVl"],
            ["https://h.example/app/REDACTED/a.m3u8"],
        ),
        (
            "https://h.example/v/abcdefghij0123.klmnopqrst4567.uvwxyzabcd8901/s.m3u8",
            ["abcdefghij0123"],
            ["/v/REDACTED/s.m3u8"],
        ),
        (
            "https://shinobi.example:8080/Xq3vZp9LmN4rT7wYa2/hls/grp/mon1/s.m3u8",
            ["Xq3vZp9LmN4rT7wYa2"],
            ["https://shinobi.example:8080/REDACTED/hls/grp/mon1/s.m3u8"],
        ),
        (
            "https://h.example/x?X-Amz-Credential=AKIA1&X-Amz-Signature=f00d&X-Amz-Expires=60",
            ["AKIA1", "f00d"],
            ["X-Amz-Expires=60"],
        ),
        (
            "https://h.example/p.m3u8?wmsAuthSign=c2VydmVy&hdnts=exp~acl~hmac",
            ["c2VydmVy", "hmac"],
            ["wmsAuthSign=REDACTED&hdnts=REDACTED"],
        ),
        (
            "https://h.example/x?st=s1&e=e1&k=k1&p=p1&u=u1&apikey=a1&api_key=a2&ID_TOKEN=i1",
            ["s1", "e1", "k1", "p1", "u1", "a1", "a2", "i1"],
            ["st=REDACTED", "ID_TOKEN=REDACTED"],
        ),
        (
            "https://h.example/x?a=1;Token=t0ps3cret;b=2",
            ["t0ps3cret"],
            ["?a=1;Token=REDACTED;b=2"],
        ),
        (
            "https://h.example/x?password=p%40ss%20word&login=me&ticket=tk&code=c0de&hash=h4",
            ["p%40ss", "me&", "tk", "c0de", "h4"],
            ["password=REDACTED", "hash=REDACTED"],
        ),
        (
            "https://zm.example/zm/cgi-bin/nph-zms?mode=single&monitor=3&auth=deadbeef",
            ["deadbeef"],
            ["nph-zms?mode=single&monitor=3&auth=REDACTED"],
        ),
        (
            "http://go2rtc.example:1984/api/frame.jpeg?src=rtsp%3A%2F%2Fadmin%3Apw%40192.168.1.2%2Fs",
            ["admin", "pw%40", ":pw"],
            ["/api/frame.jpeg?src=rtsp://***@192.168.1.2/s"],
        ),
        (
            "https://h.example/x?t=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
            ["eyJhbGciOiJub25lIn0"],
            ["?t=REDACTED"],
        ),
        (
            "https://h.example/live?Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA",
            ["Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA"],
            ["/live?REDACTED"],
        ),
        (
            "https://h.example/cb#access_token=ya29.xyz&state=ok",
            ["ya29"],
            ["#access_token=REDACTED&state=ok"],
        ),
        (
            "https://h.example/cb#Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA",
            ["Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA"],
            ["/cb#REDACTED"],
        ),
        ("/hls/x/index.m3u8?token=abc", ["abc"], ["/hls/x/index.m3u8?token=REDACTED"]),
        (
            "https://[2001:db8::1]:8443/x?k=v",
            ["=v"],
            ["https://[2001:db8::1]:8443/x?k=REDACTED"],
        ),
        (
            "https://cctv.kutaitimurkab.go.id/hls/simpang-yossudarso-1/index.m3u8",
            [],
            ["https://cctv.kutaitimurkab.go.id/hls/simpang-yossudarso-1/index.m3u8"],
        ),
        (
            "https://h.example/atcs/yossudarso_simpang_tiga.stream/playlist.m3u8?codec=h264#t=10",
            [],
            ["/atcs/yossudarso_simpang_tiga.stream/playlist.m3u8?codec=h264#t=10"],
        ),
        (
            "https://h.example/x?mode=jpeg&monitor=3&expires=1700000000&token=",
            [],
            ["?mode=jpeg&monitor=3&expires=1700000000&token="],
        ),
        ("https://h.example/x?live#section-2", [], ["/x?live#section-2"]),
        ("javascript:alert(1)", [], ["javascript:alert(1)"]),
    ],
)
def test_redact_url(url: str, gone: list[str], kept: list[str]) -> None:
    redacted = redact_url(url)
    for secret in gone:
        assert secret not in redacted
    for text in kept:
        assert text in redacted


@pytest.mark.parametrize(
    "garbage",
    [
        "http://[::1",
        "http://[]",
        "http://exa mple.com/?token=sekrit",
        "rtsp://admin:pa ss@1.2.3.4/",
        "http://h.example:99999/?token=sekrit",
        "\x00\x01\x02",
        "http://h.example/\r\nSet-Cookie: a=b",
        "https://h.example/\u202etxt.exe",
        None,
        123,
        b"http://h.example/",
        object(),
    ],
)
def test_redact_url_placeholder_for_garbage(garbage: Any) -> None:
    assert redact_url(garbage) == INVALID


def test_redact_url_password_with_slash_shows_the_real_host() -> None:
    # A password holding "/" is a login before the real host (see portal/urls.py).
    assert redact_url("rtsp://admin:pa/ss@1.2.3.4/") == "rtsp://***@1.2.3.4/"


def test_redact_url_truncates_long_urls() -> None:
    redacted = redact_url("https://h.example/" + "a" * 5000 + "?token=abc")
    assert len(redacted) <= 2051
    assert redacted.endswith("...")
    assert "abc" not in redacted


def test_redact_url_nested_url_limit() -> None:
    inner = "rtsp://admin:pw@10.0.0.1/s"
    once = quote(inner, safe="")
    twice = quote(f"http://relay.example/x?src={once}", safe="")
    redacted = redact_url(f"http://outer.example/x?url={twice}")
    assert redacted.startswith("http://outer.example/x?url=")
    assert ":pw@" not in redacted


# ---------------------------------------------------------------------------
# redact_text
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "GET rtsp://admin:secret@1.2.3.4/ch1?token=abc. failed",
            ["secret", "admin", "abc"],
            ["GET rtsp://***@1.2.3.4/ch1?token=REDACTED. failed"],
        ),
        (
            "(see https://h.example/x?session=s3ss), then http://b.example/y?key=k3y!",
            ["s3ss", "k3y"],
            ["(see https://h.example/x?session=REDACTED), then", "key=REDACTED!"],
        ),
        (
            "headers={'Cookie': 'sid=c00k1e; theme=dark', 'User-Agent': 'Mozilla/5.0'}",
            ["c00k1e", "dark"],
            ["'Cookie': 'REDACTED'", "'User-Agent': 'Mozilla/5.0'"],
        ),
        (
            "Authorization: Bearer eyJabc.def.ghi\nnext line stays",
            ["eyJabc", "Bearer"],
            ["Authorization: REDACTED\nnext line stays"],
        ),
        ("set-cookie=SID=31d4d96e407aad42", ["31d4d96e407aad42"], ["set-cookie=REDACTED"]),
        ('{"X-Api-Key": "k-123", "Referer": "x"}', ["k-123"], ['"Referer": "x"']),
        (
            '{"name": "CCTV SIMP 3", "password": "hunter2", "api_key": \'ak\'}',
            ["hunter2", "ak'"],
            ['"name": "CCTV SIMP 3"', '"password": "REDACTED"', "\"api_key\": 'REDACTED'"],
        ),
        (
            "login failed: auth_token=t0k3n session: abc123 code=503 status=404",
            ["t0k3n", "abc123"],
            ["auth_token=REDACTED", "session: REDACTED", "code=503", "status=404"],
        ),
        ('secret="quoted value"', ["quoted value"], ['secret="REDACTED"']),
        ("Authorization:", [], ["Authorization:"]),
        ("no secrets here: mode=single", [], ["no secrets here: mode=single"]),
    ],
)
def test_redact_text(text: str, gone: list[str], kept: list[str]) -> None:
    redacted = redact_text(text)
    for secret in gone:
        assert secret not in redacted
    for part in kept:
        assert part in redacted
    assert redact_text(redacted) == redacted


# ---------------------------------------------------------------------------
# Classification
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "hls", "image", "mjpeg", "stream"),
    [
        ("https://cctv.kutaitimurkab.go.id/hls/x/index.m3u8", True, False, False, True),
        ("https://h.example/HLS/X/INDEX.M3U8?session=1", True, False, False, True),
        ("https://h.example/app/cam.stream/playlist.m3u8", True, False, False, True),
        ("https://h.example/hls/cam/playlist", True, False, False, True),
        ("https://h.example/api/stream.m3u8?src=cam1", True, False, False, True),
        ("https://h.example/live/playlist", False, False, False, False),
        ("https://h.example/dash/manifest.mpd", False, False, False, True),
        ("rtsp://1.2.3.4:554/Streaming/Channels/101", False, False, False, True),
        ("RTSPS://1.2.3.4/live", False, False, False, True),
        ("rtmp://1.2.3.4/live/cam", False, False, False, False),
        ("https://h.example/live/cam.flv", False, False, False, False),
        ("https://h.example/memfs/abc.jpg", False, True, False, False),
        ("https://h.example/thumb/7.JPEG?ts=1", False, True, False, False),
        ("https://h.example/LiveApp/previews/cam1.png", False, True, False, False),
        ("https://h.example/img.webp", False, True, False, False),
        ("https://h.example/img.gif", False, True, False, False),
        ("https://h.example/img.bmp", False, True, False, False),
        ("https://h.example/api/frame.jpeg?src=cam1", False, True, False, False),
        ("https://h.example/cgi-bin/snapshot.cgi?channel=1", False, True, False, False),
        ("https://h.example/ISAPI/Streaming/channels/101/Snapshot", False, True, False, False),
        ("https://h.example/cgi-bin/api.cgi?cmd=Snap&channel=0", False, True, False, False),
        ("https://h.example/cgi-bin/image.cgi?type=snapshot", False, True, False, False),
        ("https://h.example/?action=snapshot", False, True, False, False),
        ("https://h.example/zm/cgi-bin/nph-zms?mode=single&monitor=3", False, True, False, False),
        ("https://h.example/zm/cgi-bin/nph-zms?mode=jpeg&monitor=3", False, False, True, False),
        ("https://h.example/zm/cgi-bin/nph-zms?monitor=3", False, False, True, False),
        ("https://h.example/zm/cgi-bin/nph-zms?mode=mpeg&monitor=3", False, False, False, False),
        ("https://h.example/?action=stream", False, False, True, False),
        ("https://h.example/video.mjpg", False, False, True, False),
        ("https://h.example/api/stream.mjpeg?src=cam1", False, False, True, False),
        ("https://h.example/mjpeg/1", False, False, True, False),
        ("https://h.example/axis-cgi/mjpg/video.cgi", False, False, True, False),
        ("https://h.example/cgi-bin/faststream.jpg?stream=full", False, False, True, False),
        # Multipart MJPEG routes of devices and relays, whatever they are called.
        ("https://h.example/nphMotionJpeg?Resolution=640x480", False, False, True, False),
        ("https://h.example/-wvhttp-01-/GetOneShot?frame_count=0", False, False, True, False),
        (
            "https://h.example/-wvhttp-01-/GetOneShot?frame_count=1000000000",
            False,
            False,
            True,
            False,
        ),
        ("https://h.example/videostream.cgi?rate=0", False, False, True, False),
        ("https://h.example/cgi-bin/CGIStream.cgi?cmd=GetMJStream", False, False, True, False),
        ("https://h.example/video/mjpg.cgi", False, False, True, False),
        ("https://h.example/ISAPI/Streaming/channels/102/httpPreview", False, False, True, False),
        ("https://h.example/abs2mjpg/bmjpg?camera=11&t=", False, False, True, False),
        ("https://h.example/proxy/mjpeg_proxy.php?cam=3", False, False, True, False),
        ("https://h.example/mjpg-proxy/kabo", False, False, True, False),
        ("https://h.example/stream.cgi?format=mjpeg", False, False, True, False),
        ("https://h.example/cgi-bin/mjpeg?stream=1", False, False, True, False),
        (
            "https://h.example/camera-proxy/stream/mjpeg?url=http://c.example/a.jpg",
            False,
            False,
            True,
            False,
        ),
        (
            "https://h.example/mjpeg_proxy.php?url=http://c.example/snapshot.jpg",
            False,
            False,
            True,
            False,
        ),
        # Their single-shot neighbours are stills.
        ("https://h.example/-wvhttp-01-/GetOneShot?image_size=640x480", False, True, False, False),
        ("https://h.example/-wvhttp-01-/GetOneShot?frame_count=1", False, True, False, False),
        ("https://h.example/ISAPI/Streaming/channels/101/picture", False, True, False, False),
        (
            "https://h.example/stw-cgi/video.cgi?msubmenu=snapshot&action=view",
            False,
            True,
            False,
            False,
        ),
        ("https://h.example/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2", False, True, False, False),
        ("https://h.example/mjpg/snapshot.jpg", False, True, False, False),
        ("https://h.example/SnapshotJPEG?Resolution=640x480", False, True, False, False),
        # A viewer page named for MJPEG is a page; an HLS path naming it is HLS.
        ("https://h.example/mjpeg.html", False, False, False, False),
        ("https://h.example/uploads/mjpeg-guide.html", False, False, False, False),
        ("https://h.example/hls/mjpg-cam/index.m3u8", True, False, False, True),
        ("https://h.example/api/cctv/public", False, False, False, False),
        ("https://h.example/page.html", False, False, False, False),
        ("http://[::1/x.m3u8", False, False, False, False),
        ("", False, False, False, False),
    ],
)
def test_classification(url: str, hls: bool, image: bool, mjpeg: bool, stream: bool) -> None:
    assert is_hls_url(url) is hls
    assert is_image_url(url) is image
    assert is_mjpeg_url(url) is mjpeg
    assert is_stream_url(url) is stream


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

SECRET_ALPHABET = string.ascii_letters + string.digits + "-_.~"
secrets_strategy = st.text(alphabet=SECRET_ALPHABET, min_size=6, max_size=40)
SECRET_TEMPLATES = [
    "rtsp://{s}@36.91.12.34:554/Streaming/Channels/101",
    "rtsp://admin:{s}@36.91.12.34/cam/realmonitor?channel=1&subtype=0",
    "rtsp://{s}:{s}@36.91.12.34/live",
    "https://cctv.kutaitimurkab.go.id/hls/cam/video1_stream.m3u8?session={s}",
    "https://h.example/live.m3u8?token={s}&expires=1700000000",
    "https://h.example/cam.cgi?user={s}&pass={s}&channel=2",
    "https://h.example/cam.cgi?usr=x&pwd={s}",
    "https://h.example/s.m3u8?wmsAuthSign={s}",
    "https://h.example/x?API_KEY={s}",
    "https://h.example/x?st={s}&e=1",
    "https://h.example/cb#access_token={s}&state=1",
    "/relative/live.m3u8?sig={s}",
    "https://h.example/p?next=" + quote("rtsp://admin:{s}@10.0.0.1/s", safe="{}"),
]


@HYPOTHESIS
@given(secret=secrets_strategy, template=st.sampled_from(SECRET_TEMPLATES))
def test_redact_url_never_leaks_generated_secrets(secret: str, template: str) -> None:
    assume(secret not in template.replace("{s}", "") + " REDACTED")
    url = template.replace("{s}", quote(secret, safe=""))
    redacted = redact_url(url)
    assert secret not in redacted
    assert redacted != INVALID


@HYPOTHESIS
@given(secret=secrets_strategy, template=st.sampled_from(SECRET_TEMPLATES))
def test_redact_text_never_leaks_generated_secrets(secret: str, template: str) -> None:
    assume(secret not in template.replace("{s}", "") + " REDACTED camera failed: (). ")
    url = template.replace("{s}", quote(secret, safe=""))
    assert secret not in redact_text(f"camera failed: ({url}). ")


@HYPOTHESIS
@given(st.one_of(st.text(), st.from_regex(r"\A[a-z]{0,6}://[^/?#]{0,30}[/?#].{0,40}\Z")))
def test_redact_url_never_raises(text: str) -> None:
    redacted = redact_url(text)
    assert isinstance(redacted, str)
    assert "\n" not in redacted
    assert "\r" not in redacted
    assert "\x00" not in redacted


@HYPOTHESIS
@given(st.text())
def test_redact_text_never_raises(text: str) -> None:
    assert isinstance(redact_text(text), str)


@HYPOTHESIS
@given(
    st.one_of(
        st.text(),
        st.text(alphabet="0123456789abcdefxX.:[]%", max_size=60),
        st.from_regex(r"\A\[?[0-9a-fA-F:.%]{0,45}\]?\Z"),
    )
)
def test_parse_ip_host_never_raises(text: str) -> None:
    result = parse_ip_host(text)
    assert result is None or isinstance(result, ipaddress.IPv4Address | ipaddress.IPv6Address)


@HYPOTHESIS
@given(number=st.integers(min_value=0, max_value=2**32 - 1), data=st.data())
def test_parse_ip_host_matches_inet_aton(number: int, data: st.DataObject) -> None:
    expected = ipaddress.IPv4Address(number)
    assert parse_ip_host(str(number)) == expected
    assert parse_ip_host(hex(number)) == expected
    assert parse_ip_host("0" + format(number, "o")) == expected
    octets = expected.packed
    formats = [str, hex, lambda value: "0" + format(value, "o")]
    dotted = ".".join(data.draw(st.sampled_from(formats))(octet) for octet in octets)
    assert parse_ip_host(dotted) == expected
    assert parse_ip_host(dotted + ".") == expected


@HYPOTHESIS
@given(st.text(max_size=80))
def test_check_only_raises_unsafe_url_error(text: str) -> None:
    for policy in (UrlPolicy(), UrlPolicy(allow_local=True)):
        try:
            parsed = policy.check(text)
        except PortalUnsafeURLError:
            continue
        assert parsed.scheme in ALLOWED_SCHEMES


@HYPOTHESIS
@given(
    host=st.one_of(
        st.ip_addresses().map(lambda ip: f"[{ip}]" if ip.version == 6 else str(ip)),
        st.integers(min_value=0, max_value=2**32 - 1).map(str),
    )
)
def test_check_accepts_exactly_public_addresses(host: str) -> None:
    ip = parse_ip_host(host)
    assert ip is not None
    url = f"http://{host}/x"
    if is_public_ip(ip):
        assert UrlPolicy().check(url).host
    else:
        with pytest.raises(PortalUnsafeURLError):
            UrlPolicy().check(url)
    if is_never_allowed_ip(ip):
        with pytest.raises(PortalUnsafeURLError):
            UrlPolicy(allow_local=True).check(url)
    else:
        assert UrlPolicy(allow_local=True).check(url).host


@pytest.mark.parametrize(
    ("url", "secret"),
    [
        ("rtsp:/admin:hunter2@203.0.113.5/live", "hunter2"),
        ("rtsp:admin:hunter2@203.0.113.5/live", "hunter2"),
        ("https://h.example/rtsp:/admin:hunter2@10.0.0.1/live", "hunter2"),
        ("https://h.example/a/u%3Ahunter2%40cam/b", "hunter2"),
        ("https://h.example/x?mode=single&src=rtsp:/admin:hunter2@cam", "hunter2"),
        ("https://h.example/x?rtsp:/admin:hunter2@cam", "hunter2"),
        ("https://viewer.example/#rtsp://admin:hunter2@203.0.113.5/live", "hunter2"),
        ("https://zm.example/nph-zms?mode=single%F0%9F%93%B9rtsp:/admin:hunter2@&m=3", "hunter2"),
    ],
)
def test_redact_url_credentials_outside_the_authority(url: str, secret: str) -> None:
    """Credentials of a malformed or nested URL are redacted wherever they sit."""
    redacted = redact_url(url)
    assert secret not in redacted
    assert "***@" in redacted


def test_redact_text_credentials_of_a_malformed_url() -> None:
    assert (
        redact_text("failed: rtsp:/admin:hunter2@1.2.3.4/live") == "failed: rtsp:/***@1.2.3.4/live"
    )
