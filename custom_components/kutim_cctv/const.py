"""Constants of the Kutai Timur CCTV integration."""

from __future__ import annotations

import logging
from typing import Final

from .portal import DEFAULT_KUTIM_API, DEFAULT_KUTIM_HLS

DOMAIN: Final = "kutim_cctv"
LOGGER = logging.getLogger(__package__)

CONFIG_VERSION: Final = 2
"""Version 2 builds entity and device ids from the entry id instead of the portal URL."""

# Config entry data
CONF_PROFILE: Final = "profile"
CONF_URL: Final = "url"
CONF_HLS_URL: Final = "hls_url"
CONF_HEADERS: Final = "headers"
CONF_VERIFY_SSL: Final = "verify_ssl"
CONF_ALLOW_LOCAL: Final = "allow_local"
CONF_EXTRA_HOSTS: Final = "extra_hosts"
CONF_LANDING_URL: Final = "landing_url"

# Config entry options
CONF_CAMERAS: Final = "cameras"
CONF_KNOWN_CAMERAS: Final = "known_cameras"
CONF_ADD_NEW: Final = "add_new_cameras"
CONF_FRESHNESS: Final = "snapshot_freshness"
CONF_SCAN_INTERVAL: Final = "scan_interval"
CONF_EXPOSE_COORDINATES: Final = "expose_coordinates"
CONF_PRETTIFY: Final = "prettify_names"

DEFAULT_API_URL: Final = DEFAULT_KUTIM_API
DEFAULT_HLS_URL: Final = DEFAULT_KUTIM_HLS
KUTIM_VIEWER_URL: Final = f"{DEFAULT_KUTIM_HLS}/map"
DEFAULT_FRESHNESS: Final = 30
DEFAULT_SCAN_INTERVAL: Final = 10  # minutes
DEFAULT_ADD_NEW: Final = True
DEFAULT_EXPOSE_COORDINATES: Final = True
DEFAULT_PRETTIFY: Final = True
MIN_FRESHNESS: Final = 5
MAX_FRESHNESS: Final = 3600
MIN_SCAN_INTERVAL: Final = 1
MAX_SCAN_INTERVAL: Final = 1440

# Alert entities: connectivity checks and activity detection
CONF_PROBE_INTERVAL: Final = "probe_interval"
CONF_ACTIVITY: Final = "activity_detection"
CONF_ACTIVITY_THRESHOLD: Final = "activity_threshold"
CONF_ACTIVITY_HOLD: Final = "activity_hold"
DEFAULT_PROBE_INTERVAL: Final = 30  # minutes: an unwatched camera costs the portal 2 stills an hour
DEFAULT_ACTIVITY: Final = False
DEFAULT_ACTIVITY_THRESHOLD: Final = 1.0  # percent of the picture
DEFAULT_ACTIVITY_HOLD: Final = 60  # seconds
MIN_PROBE_INTERVAL: Final = 1
MAX_PROBE_INTERVAL: Final = 1440
MIN_ACTIVITY_THRESHOLD: Final = 0.2
MAX_ACTIVITY_THRESHOLD: Final = 40.0
MIN_ACTIVITY_HOLD: Final = 0
MAX_ACTIVITY_HOLD: Final = 3600

MAX_CONCURRENT_GRABS: Final = 2
STALE_FACTOR: Final = 4
"""An image older than this many freshness windows is never presented as current."""
STALE_POLLS: Final = 3
"""A camera missing from this many successful polls in a row is removed."""
MAX_NEW_CAMERAS_PER_POLL: Final = 25
"""New cameras added automatically per poll; more wait for the next polls, in list order."""

MANUFACTURER_KUTIM: Final = "Diskominfo Staper Kutai Timur"
# Device models cannot be translated (Home Assistant translates device names only, and in
# the server's language), so they are words that read the same in English and Indonesian.
MODEL: Final = "CCTV"
MODEL_PORTAL: Final = "Portal CCTV"
ATTRIBUTION_KUTIM: Final = "Data: Diskominfo Staper Kabupaten Kutai Timur"

ATTR_AREA: Final = "area"

ISSUE_NEW_CAMERAS: Final = "new_cameras"
