"""YAML documents served as files: a start page's ``conf.yml``, a static site's data file.

A body is read as YAML only when it is none of the other formats (it does not begin
with JSON's ``{``/``[`` or markup's ``<``) and its first line of content, after comments,
directives and a ``---`` marker, is a mapping key (``sections:``) or a list entry
(``- name: …``). The document is parsed with PyYAML's safe loader only (plain data, no
Python objects), and refused before any node is built when it is larger than
``MAX_YAML_CHARS``, holds more than one document, uses an anchor or an alias (so a
"billion laughs" document never expands), nests deeper than ``MAX_DEPTH`` or has more
than ``MAX_EVENTS`` parser events. What it holds is handed on as JSON values: dates and
times become ISO text, other typed values (binary data, sets) are dropped.

Local tags of configuration files (Home Assistant's ``!secret``, ``!include``,
``!env_var``, ``!input``; any ``!name``) stand for a value kept elsewhere: the tagged value
is read as nothing (``None``), so a configuration using them is still read, and the
secret's name or the included file's path never becomes a camera's address. Python tags
(``!!python/…``) are never constructed: such a document is refused as not valid YAML.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
import math
import re

import yaml

from ..values import JSONValue

MAX_YAML_CHARS = 1_000_000
MAX_DEPTH = 32
MAX_EVENTS = 200_000
_HEAD_LINES = 200
_HEAD_CHARS = 20_000
# A block mapping's first key (``pageInfo:``, ``"title": x``) or a block list's first
# entry (``- name: …``, ``-`` alone before a nested mapping).
_KEY_LINE = re.compile(r"(?:[A-Za-z_][\w .-]{0,100}|\"[^\"\n]{1,100}\"|'[^'\n]{1,100}'):(?:\s|$)")
_ENTRY_LINE = re.compile(r"-(?:\s|$)")
NOT_VALID_YAML = "it is not valid YAML"
"""The refusal of a body that looks like YAML but does not parse as YAML."""
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[misc,valid-type]
    """The safe loader, reading a local tag's value (``!secret name``) as nothing."""


def _local_tag(_loader: object, _suffix: str, _node: object) -> None:
    """Read a local tag's value as nothing: it names a value kept elsewhere."""


_Loader.add_multi_constructor("!", _local_tag)
_OPENING = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSING = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_NODE_EVENTS = (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)


@dataclass(frozen=True, slots=True)
class YamlDocument:
    """A body that looks like YAML: its data, or why it was not read."""

    data: JSONValue = None
    refused: str | None = None


def looks_like_yaml(text: str) -> bool:
    """Return True when a body begins like a block YAML document (see the module)."""
    if not text.strip():
        return False
    for count, raw in enumerate(text[:_HEAD_CHARS].lstrip("\ufeff").splitlines()):
        if count >= _HEAD_LINES:
            return False
        line = raw.rstrip()
        if not line or line.lstrip().startswith("#") or line.startswith("%"):
            continue
        if line == "---" or line.startswith("--- #"):
            continue
        if line[0] in "{[<":
            return False
        return _KEY_LINE.match(line) is not None or _ENTRY_LINE.match(line) is not None
    return False


def _refusal(text: str) -> str | None:
    """Return why a document is not read (anchors, size, depth, events), else None."""
    if len(text) > MAX_YAML_CHARS:
        return f"it is larger than {MAX_YAML_CHARS:,} characters"
    depth = documents = 0
    for events, event in enumerate(yaml.parse(text, Loader=_Loader), 1):
        if events > MAX_EVENTS:
            return f"it has more than {MAX_EVENTS:,} entries"
        if isinstance(event, yaml.AliasEvent) or (
            isinstance(event, _NODE_EVENTS) and event.anchor is not None
        ):
            return "it uses anchors or aliases (&name, *name)"
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                return "it holds more than one document"
        elif isinstance(event, _OPENING):
            depth += 1
            if depth > MAX_DEPTH:
                return f"it nests deeper than {MAX_DEPTH} levels"
        elif isinstance(event, _CLOSING):
            depth -= 1
    return None


def _plain(value: object) -> JSONValue:
    """Return loaded YAML data as JSON values (the depth was bounded before loading)."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(entry) for entry in value]
    if isinstance(value, dict):
        plain: dict[str, JSONValue] = {}
        for key, entry in value.items():
            if isinstance(key, str):
                plain[key] = _plain(entry)
            elif isinstance(key, (bool, int, float)):
                plain[str(key).lower() if isinstance(key, bool) else str(key)] = _plain(entry)
        return plain
    return None  # binary data, sets and ordered pairs carry nothing a camera list needs


def yaml_document(text: str) -> YamlDocument | None:
    """Return the YAML document a body is, or None when it does not look like one.

    A document that looks like YAML but is refused (see the module) or does not parse
    comes back with the reason, and no data.
    """
    if not looks_like_yaml(text):
        return None
    try:
        refused = _refusal(text)
        if refused is not None:
            return YamlDocument(refused=refused)
        loaded: object = yaml.load(text, Loader=_Loader)  # noqa: S506 - the safe loader
    except (yaml.YAMLError, ValueError, RecursionError):
        return YamlDocument(refused=NOT_VALID_YAML)
    if not isinstance(loaded, (dict, list)):
        return YamlDocument(refused="it holds no mapping or list")
    return YamlDocument(data=_plain(loaded))
