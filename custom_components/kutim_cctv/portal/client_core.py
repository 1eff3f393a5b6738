"""The portal client's shared core: settings, guarded HTTP, clock and the list's host."""

from __future__ import annotations

from .http import Clock, GuardedHttp
from .models import CameraList, NotModified, PortalSettings, Profile
from .policy import UrlPolicy


class ClientCore:
    """What every part of the portal client shares: settings, guarded HTTP, clock."""

    settings: PortalSettings
    policy: UrlPolicy
    http: GuardedHttp
    _clock: Clock
    _kutim_base: str | None

    @property
    def is_kutim(self) -> bool:
        """Return True when the portal is read as Kutim's paged list (set or detected)."""
        return self.settings.profile is Profile.KUTIM or self._kutim_base is not None

    @property
    def api_base(self) -> str:
        """Return the Kutim API host the list and wake-up calls go to."""
        return (self._kutim_base or self.settings.url).rstrip("/")

    def now(self) -> float:
        """Return the client's monotonic time."""
        return self._clock()

    async def async_get_cameras(self, *, conditional: bool = False) -> CameraList | NotModified:
        """Fetch the camera list; with ``conditional`` an unchanged list is NotModified."""
        raise NotImplementedError
