"""One scan of wildcard DNS names serves the local, never-allowed and loopback checks."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import policy

# name: (answers with a local address, never allowed, answers with loopback)
CASES = {
    "10.1.2.3.nip.io": (True, False, False),
    "192-168-1-5.sslip.io": (True, False, False),
    "app-10-1-2-3.sslip.io": (True, False, False),
    "0a010203.nip.io": (True, False, False),
    "100.64.0.1.nip.io": (True, False, False),
    "8.8.8.8.nip.io": (False, False, False),
    "1.2.3.4.xip.io": (False, False, False),
    "8-8-8-8.traefik.me": (False, False, False),
    "app.traefik.me": (True, False, True),
    "x.localtest.me": (True, False, True),
    "127-0-0-1.sslip.io": (True, False, True),
    "127.0.0.1.nip.io": (True, False, True),
    "7f000001.nip.io": (True, False, True),
    "--1.sslip.io": (True, False, True),
    "169-254-169-254.sslip.io": (True, True, False),
    "169.254.169.254.nip.io": (True, True, False),
    "a9fea9fe.nip.io": (True, True, False),
    "fe80--1.sslip.io": (True, True, False),
    "0.0.0.0.nip.io": (True, True, False),
    "cam.localhost": (False, False, True),
    "localhost": (False, False, True),
    "localtest.me": (False, False, True),
    "example.com": (False, False, False),
    "nip.io": (False, False, False),
    "127.1.nip.io": (False, False, False),
    "2130706433.nip.io": (False, False, False),
    # Longer than any resolver answers: local (nothing public to reach), never scanned.
    "a." * 130 + "nip.io": (True, False, False),
    "10.0.0.1." + "a." * 125 + "nip.io": (True, False, False),
}


@pytest.mark.parametrize(("name", "expected"), CASES.items())
def test_the_three_checks_read_one_scan(name: str, expected: tuple[bool, bool, bool]) -> None:
    got = (
        policy._is_wildcard_local_name(name),
        policy.is_never_allowed_host(name),
        policy._is_loopback_name(name),
    )
    assert got == expected


def test_the_scan_says_what_a_name_spells() -> None:
    spelled = policy._wildcard_name("cam-192-168-1-5.sslip.io")
    assert spelled is not None
    assert {str(ip) for ip in spelled.spelled} == {"192.168.1.5"}  # decimal and inet_aton
    assert spelled.loopback_service is False
    service = policy._wildcard_name("app.traefik.me")
    assert service is not None
    assert service.spelled == []
    assert service.loopback_service is True
    assert policy._wildcard_name("cctv.example.com") is None
    assert policy._wildcard_name("a." * 130 + "nip.io") is None
