"""Server-sent events: the JSON messages of a captured ``text/event-stream`` answer.

A server that pushes its events over HTTP (an NVR's event subscription, for one) writes
each message as ``data:`` lines ended by a blank line, beside ``event:``, ``id:`` and
``retry:`` fields and ``:`` comment lines (keep-alive pings). The stream is read only when
every line is one of those, and only the messages whose data is a JSON object or array
are kept (a ``data: ping`` is not); they are read only as a server's answer a
recogniser knows (``body``), never one camera per event.
"""

from __future__ import annotations

import json
import re

from ..values import JSONValue

__all__ = ["event_stream"]

_MAX_TEXT = 16 * 1024 * 1024
_MAX_LINES = 400_000
_MAX_EVENTS = 5000
_MAX_DATA = 4 * 1024 * 1024
# The fields of the event stream format (WHATWG HTML, "Server-sent events").
_FIELDS = frozenset({"data", "event", "id", "retry"})
_FIELD_LINE = re.compile(r"\A(data|event|id|retry)(?::|\Z)")
_LINES = re.compile(r"\r\n|\r|\n")


def _decode(data: list[str]) -> JSONValue | None:
    """Return a message's data when it is a JSON object or array, else None."""
    text = "\n".join(data).strip()
    if not text or text[0] not in "{[" or len(text) > _MAX_DATA:
        return None
    try:
        value: JSONValue = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict | list) else None


def event_stream(text: str) -> JSONValue | None:
    """Return the JSON messages of an event stream (one, or a list of them), or None.

    None when text is not an event stream: a line that is no field and no comment, no
    ``data:`` field at all, or no message carrying JSON.
    """
    body = text.lstrip("\ufeff \t\r\n")
    if len(body) > _MAX_TEXT or (_FIELD_LINE.match(body) is None and body[:1] != ":"):
        return None
    messages: list[JSONValue] = []
    data: list[str] = []
    seen_data = False
    position = 0
    for _line_number in range(_MAX_LINES + 1):
        if position > len(body) or len(messages) >= _MAX_EVENTS:
            break
        found = _LINES.search(body, position)
        end = found.start() if found else len(body)
        line = body[position:end]
        position = found.end() if found else len(body) + 1
        if not line:
            if data and (value := _decode(data)) is not None:
                messages.append(value)
            data = []
            continue
        if line.startswith(":"):
            continue  # a comment: a keep-alive
        name, _colon, value_text = line.partition(":")
        if name not in _FIELDS:
            return None  # not an event stream line
        if name == "data":
            seen_data = True
            data.append(value_text.removeprefix(" "))
    else:
        return None  # more lines than any captured stream holds
    if data and len(messages) < _MAX_EVENTS and (value := _decode(data)) is not None:
        messages.append(value)  # the last message, its blank line cut off
    if not seen_data or not messages:
        return None
    return messages[0] if len(messages) == 1 else messages
