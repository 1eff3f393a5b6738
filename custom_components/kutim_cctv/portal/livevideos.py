"""Tell a video host's recordings from the live videos listed beside them.

A video-hosting account lists every video it holds in one answer (Cloudflare Stream's
``{result: [{uid, playback: {hls}, thumbnail, status: {state}, liveInput, duration}]}``):
a camera pushing to a live input appears as a video whose state is ``live-inprogress``,
and the account's uploads and the recordings of past broadcasts as videos whose state is
``ready`` (or still being processed). Each plays, so each looks like a camera. When some
records of such a list are live, the others, written the same way (a ``status`` object
with a ``state`` text) but in no live state, are recorded videos and no cameras. A list
none of whose records is live drops nothing, nor does a record whose status is written
otherwise (a word, a flag).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import itertools

from .values import JSONValue, norm_key

__all__ = ["recorded_beside_live"]

# A video host's states of a live video that is broadcasting.
_LIVE_STATES = frozenset({"live inprogress", "live in progress"})
_STATUS_KEYS = frozenset({"status"})
_STATE_KEYS = frozenset({"state"})
_MAX_SCAN = 500
_MAX_KEYS = 64
_MAX_STATE = 40


def _video_state(item: JSONValue) -> str | None:
    """Return a record's ``status.state`` text, lower-cased with dashes read as spaces."""
    if not isinstance(item, Mapping):
        return None
    for key, value in itertools.islice(item.items(), _MAX_KEYS):
        if norm_key(key) not in _STATUS_KEYS or not isinstance(value, Mapping):
            continue
        for inner_key, state in itertools.islice(value.items(), _MAX_KEYS):
            if norm_key(inner_key) in _STATE_KEYS and isinstance(state, str):
                if len(state) <= _MAX_STATE:
                    return " ".join(state.lower().replace("-", " ").replace("_", " ").split())
        return None
    return None


def recorded_beside_live(items: Sequence[JSONValue]) -> frozenset[int]:
    """Return the positions of videos in no live state, listed beside live ones."""
    states = [_video_state(item) for item in items[:_MAX_SCAN]]
    if not any(state in _LIVE_STATES for state in states):
        return frozenset()
    return frozenset(
        position
        for position, state in enumerate(states)
        if state is not None and state not in _LIVE_STATES
    )
