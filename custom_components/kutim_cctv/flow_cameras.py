"""Reading a portal's camera list for the flows, and the camera choice they show."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.selector import (
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
)

from .const import DEFAULT_PRETTIFY
from .portal import Camera, CameraList
from .util import create_client

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping


class NoCamerasError(Exception):
    """The portal answered with a valid list that holds no camera."""


async def async_fetch_list(
    hass: HomeAssistant, data: Mapping[str, Any], *, prettify: bool = DEFAULT_PRETTIFY
) -> CameraList:
    """Read the portal's camera list once; raise a portal error or NoCamerasError."""
    result = await create_client(hass, data, prettify=prettify).async_get_cameras()
    assert isinstance(result, CameraList)  # only conditional requests answer NotModified
    if not result.cameras:
        raise NoCamerasError
    return result


async def async_fetch_cameras(
    hass: HomeAssistant, data: Mapping[str, Any], *, prettify: bool = DEFAULT_PRETTIFY
) -> tuple[Camera, ...]:
    """Read the portal's cameras once; raise a portal error or NoCamerasError."""
    return (await async_fetch_list(hass, data, prettify=prettify)).cameras


def camera_label(camera: Camera) -> str:
    """Return a camera's label in selection lists."""
    return f"{camera.name} — {camera.area}" if camera.area else camera.name


def sorted_cameras(cameras: Iterable[Camera]) -> list[Camera]:
    """Return cameras grouped by area, then by name; cameras without an area last."""
    return sorted(
        cameras,
        key=lambda cam: (not cam.area, (cam.area or "").casefold(), cam.name.casefold()),
    )


def camera_options(
    cameras: Iterable[Camera], missing: Iterable[str] = ()
) -> list[SelectOptionDict]:
    """Return select options for cameras, plus bare ids for selected but unlisted ones."""
    options = [
        SelectOptionDict(value=camera.id, label=camera_label(camera))
        for camera in sorted_cameras(cameras)
    ]
    options.extend(SelectOptionDict(value=camera_id, label=camera_id) for camera_id in missing)
    return options


def cameras_selector(options: list[SelectOptionDict]) -> SelectSelector:
    """Return the multi-select used to choose cameras."""
    return SelectSelector(
        SelectSelectorConfig(options=options, multiple=True, mode=SelectSelectorMode.LIST)
    )
