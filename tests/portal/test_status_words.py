"""Online and offline words portals write, read the same in every spelling."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.values import parse_status

ONLINE = (
    "TURNED_ON", "turned-on", "ACTIVE", "Enabled", "online", "UP", "live", "aktif", "hidup",
    "normal", "baik", "1", "true", "Y", "yes", "ya", "connected", "ok",
)  # fmt: skip
OFFLINE = (
    "TURNED_OFF", "REMOVED", "INACTIVE", "DISABLED", "offline", "down", "nonaktif",
    "non-aktif", "tidak aktif", "Tidak  Aktif", "mati", "rusak", "gangguan", "perbaikan",
    "maintenance", "UNDER_MAINTENANCE", "0", "false", "N", "no", "disconnected",
)  # fmt: skip


@pytest.mark.parametrize("word", ONLINE)
def test_online_words(word: str) -> None:
    """Every online word reads as online."""
    assert parse_status(word) is True


@pytest.mark.parametrize("word", OFFLINE)
def test_offline_words(word: str) -> None:
    """Every offline word reads as offline."""
    assert parse_status(word) is False


@pytest.mark.parametrize("value", ["Sangatta", "", "2", 5, None, "unknown", "pending"])
def test_other_values_are_unknown(value: str | int | None) -> None:
    """Names, other numbers and unknown words give no state."""
    assert parse_status(value) is None


@pytest.mark.parametrize(
    ("value", "expected"), [(True, True), (False, False), (1, True), (0, False)]
)
def test_booleans_and_flags(value: bool | int, expected: bool) -> None:
    """Booleans and 1/0 flags are states."""
    assert parse_status(value) is expected
