"""Still addresses a page's record class builds in a method from each record's fields.

A map page may wrap each camera record in an object of its own class and build the
camera's picture in a method of that class: ``function Camera(data) { this.number =
data.Number; … }`` with ``Camera.prototype.getImageUrl = function() { let baseUrl =
'//host/CameraImages'; let cameraNumber = this.number; return
`${baseUrl}/loc${cameraNumber}.jpg`; }`` (also an ES2015 ``class Camera { constructor(data)
{…} getImageUrl() {…} }``). The method's name says it gives a picture's address
(``getImageUrl``, ``getSnapshotSrc``, ``imageUrl``); its returned template literal or
``+`` join is read with the method's own literal variables put in and each ``this.x``
(directly or through a local variable) turned into the record field the constructor
copies into it (``this.number = data.Number`` → ``Number``; without a constructor line,
``x`` itself). The result is an address template with ``{{Field}}`` placeholders, kept
only when it is an address (it has a ``/``) whose shape is a still picture and names at
least one field. Only classes the script instantiates (``new Camera(``) count, at most
8 methods and 4,000 characters of a body; nothing is evaluated.
"""

from __future__ import annotations

from itertools import islice
import re

from ..aliases import CAMERA_CARD_CLASS_WORDS
from ..fieldurls import looks_like_url, relative_media_kind, url_kind
from ..values import norm_key
from .javascript import _balanced_end
from .keyed import KeyedPattern

__all__ = ["camera_method_templates", "method_templates"]

_MAX_METHODS = 8
_MAX_BODY = 4_000
_MAX_MATCHES = 200
_IDENT = r"[A-Za-z_$][\w$]*"
# A method named for a picture's address: getImageUrl, getSnapshotSrc, imageURL, photoPath.
_NAME = (
    r"(?:get)?[A-Za-z]{0,20}(?:Image|image|Img|img|Snapshot|snapshot|Picture|picture|Photo|photo"
    r"|Still|still|Thumbnail|thumbnail)[A-Za-z]{0,12}(?:Url|URL|Src|Source|Path)"
)
_PROTOTYPE_METHOD = KeyedPattern(
    rf"(?<![\w$.])(?P<cls>{_IDENT})\s*\.\s*prototype\s*\.\s*(?P<name>{_NAME})\s*=\s*"
    r"function\s*\(\s*\)\s*\{",
    ("prototype",),
)
_CLASS = KeyedPattern(rf"\bclass\s+(?P<cls>{_IDENT})\s*(?:extends\s+[\w$.]+\s*)?\{{", ("class",))
_CLASS_METHOD = re.compile(rf"(?<![\w$.])(?:get\s+)?(?P<name>{_NAME})\s*\(\s*\)\s*\{{")
_CONSTRUCTOR = re.compile(rf"\bconstructor\s*\(\s*(?P<param>{_IDENT})\s*\)\s*\{{")
_COPY = re.compile(rf"\bthis\s*\.\s*({_IDENT})\s*=\s*({_IDENT})\s*\.\s*({_IDENT})\s*[;\n]")
_LITERAL_VAR = re.compile(
    rf"\b(?:let|var|const)\s+({_IDENT})\s*=\s*(['\"])([^'\"\\\n`]{{1,300}})\2"
)
_ALIAS_VAR = re.compile(rf"\b(?:let|var|const)\s+({_IDENT})\s*=\s*this\s*\.\s*({_IDENT})\s*[;\n]")
_RETURN = re.compile(r"\breturn\s+")
_PLACE = re.compile(r"\$\{\s*([^{}]{1,80}?)\s*\}")
_THIS_FIELD = re.compile(rf"^this\s*\.\s*({_IDENT})$")
_BARE = re.compile(rf"^{_IDENT}$")
_PIECE = re.compile(rf"\s*(?:(['\"])([^'\"\\\n]{{0,300}})\1|(this\s*\.\s*{_IDENT}|{_IDENT}))\s*")


def _body(script: str, start: int) -> str | None:
    """Return the body of the block opened just before start, at most 4,000 characters."""
    end = _balanced_end(script[start - 1 : start + _MAX_BODY], 0)
    return None if end is None else script[start : start + end - 2]


def _fields(constructor: str | None, param: str | None) -> dict[str, str]:
    """Return the record field each ``this.x`` is copied from in a constructor body."""
    found: dict[str, str] = {}
    if constructor is None:
        return found
    for match in islice(_COPY.finditer(constructor), _MAX_MATCHES):
        if param is None or match.group(2) == param:
            found.setdefault(match.group(1), match.group(3))
    return found


def _template(body: str, fields: dict[str, str], constructed: bool) -> str | None:
    """Return the address template a method body returns, fields as ``{{Field}}``."""
    literals = {m.group(1): m.group(3) for m in islice(_LITERAL_VAR.finditer(body), _MAX_MATCHES)}
    aliases = {m.group(1): m.group(2) for m in islice(_ALIAS_VAR.finditer(body), _MAX_MATCHES)}

    def value(expression: str) -> str | None:
        expression = expression.strip()
        own = _THIS_FIELD.match(expression)
        member = own.group(1) if own else aliases.get(expression)
        if member is not None:
            field = fields.get(member, None if constructed else member)
            return None if field is None else "{{" + field + "}}"
        if _BARE.match(expression) and expression in literals:
            return literals[expression]
        return None

    returned = _RETURN.search(body)
    if returned is None:
        return None
    rest = body[returned.end() :]
    parts: list[str] = []
    if rest.startswith("`"):
        close = rest.find("`", 1)
        if close < 0:
            return None
        text = rest[1:close]
        position = 0
        for match in islice(_PLACE.finditer(text), _MAX_MATCHES):
            filled = value(match.group(1))
            if filled is None:
                return None
            parts.extend((text[position : match.start()], filled))
            position = match.end()
        parts.append(text[position:])
    else:
        position = 0
        while len(parts) < _MAX_MATCHES:
            piece = _PIECE.match(rest, position)
            if piece is None:
                return None
            if piece.group(1):
                parts.append(piece.group(2))
            elif (filled := value(piece.group(3))) is not None:
                parts.append(filled)
            else:
                return None
            position = piece.end()
            if rest[position : position + 1] != "+":
                break
            position += 1
        if rest[position : position + 1] not in (";", "\n", "}", ""):
            return None
    return "".join(parts)


def _still(template: str) -> bool:
    """Return whether an address template names a field and has a still picture's shape."""
    if "{{" not in template or "/" not in template:
        return False
    sample = template.replace("{{", "").replace("}}", "")
    if "{" in sample or "}" in sample or any(char.isspace() for char in sample):
        return False
    probe = "https:" + sample if sample.startswith("//") else sample
    kind = url_kind(probe) if looks_like_url(probe) else relative_media_kind(probe)
    return kind == "still"


def method_templates(script: str) -> list[str]:
    """Return the still address templates a script's record classes build (``{{Field}}``)."""
    return [template for _, template in _class_templates(script)]


def camera_method_templates(script: str) -> list[str]:
    """Return the templates of classes named for a camera (``Camera``, ``StationCam``).

    A store's, a member's or an article's class building a photo's address
    (``Store.prototype.getImageUrl``) is no camera's: its records stay places.
    """
    return [
        template
        for cls, template in _class_templates(script)
        if not CAMERA_CARD_CLASS_WORDS.isdisjoint(norm_key(cls).split("_"))
    ]


def _class_templates(script: str) -> list[tuple[str, str]]:
    """Return each instantiated record class's still address template, with the class."""
    found: list[tuple[str, str]] = []
    methods: list[tuple[str, str, str | None, str | None]] = []  # class, body, ctor, param
    for match in islice(_PROTOTYPE_METHOD.finditer(script), _MAX_METHODS):
        body = _body(script, match.end())
        cls = match.group("cls")
        if body is None:
            continue
        ctor = re.search(rf"\bfunction\s+{re.escape(cls)}\s*\(\s*({_IDENT})\s*\)\s*\{{", script)
        constructor = _body(script, ctor.end()) if ctor else None
        methods.append((cls, body, constructor, ctor.group(1) if ctor else None))
    for match in islice(_CLASS.finditer(script), _MAX_METHODS):
        cls_body = _body(script, match.end())
        if cls_body is None:
            continue
        ctor = _CONSTRUCTOR.search(cls_body)
        constructor = _body(cls_body, ctor.end()) if ctor else None
        for method in islice(_CLASS_METHOD.finditer(cls_body), _MAX_METHODS):
            body = _body(cls_body, method.end())
            if body is not None:
                param = ctor.group("param") if ctor else None
                methods.append((match.group("cls"), body, constructor, param))
    for cls, body, constructor, param in methods[:_MAX_METHODS]:
        if re.search(rf"\bnew\s+{re.escape(cls)}\s*\(", script) is None:
            continue
        template = _template(body, _fields(constructor, param), constructor is not None)
        if template is not None and _still(template) and template not in (t for _, t in found):
            found.append((cls, template))
    return found
