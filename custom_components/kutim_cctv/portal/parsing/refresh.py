"""Camera walls: pictures a page's script keeps reloading are camera stills.

Traffic and webcam pages show their cameras as plain ``<img>`` elements that a timer
re-requests with a cache-busting query (``setInterval`` with ``new Date().getTime()``,
``Date.now()`` or ``Math.random()``): ``$('img.imgcam').each(… src + '?' + t)``,
``document.querySelectorAll('img.img-live')``, ``getElementsByClassName('cam-refresh')``.
Older pages give each ``<img id="cam1">`` its address in the script itself
(``document.getElementById('cam1').src = '…/snap.jpg?' + now``, ``document.images['cam3']``,
``$('#cam1').attr('src', …)``), or picks each by an id prefix joined to its key
(``getElementById('imageWebcam' + btn.dataset.webcamName)``, ``getElementById(`cam-${id}`)``:
every ``<img id="imageWebcam…">``), its address written in the page or in the script's
map of keys to addresses. Such a picture is a camera's still even when it carries no
picture extension (an ASP.NET ``ImageHandler.ashx?id=…``) and no caption of its own.
Nothing is evaluated: only the selectors and the literal addresses written are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
import re

_MAX_SCRIPT = 500_000
_MAX_FOUND = 2000
# A timer that runs the reload, and a value that changes every time it runs.
_TIMER = re.compile(r"\bset(?:Interval|Timeout)\s*\(")
_BUSTER = re.compile(
    r"Date\.now\s*\(\s*\)|\.getTime\s*\(\s*\)|\.valueOf\s*\(\s*\)|Math\.random\s*\(\s*\)"
    r"|\+\s*new\s+Date\b|new\s+Date\s*\(\s*\)\s*\.\s*get(?:Seconds|Milliseconds)\s*\("
)
# Selectors handed to jQuery or the DOM, class lists and element ids.
_SELECTOR = re.compile(r"""(?:\$|jQuery|querySelector(?:All)?)\s*\(\s*(['"])([^'"\\\n]{1,200})\1""")
_CLASS_LIST = re.compile(r"""getElementsByClassName\s*\(\s*(['"])([\w\s-]{1,200})\1""")
_ELEMENT_ID = re.compile(
    r"""(?:getElementById\s*\(\s*|document\.images\s*\[\s*)(['"])([\w:.-]{1,100})\1"""
)
# An element id written as a prefix the script joins to each camera's key.
_ID_PREFIX = re.compile(
    r"""(?:getElementById\s*\(\s*|(?:\$|jQuery|querySelector)\s*\(\s*(?=['"`]#))"""
    r"""(?:(['"])#?([A-Za-z][\w:.-]{2,99})\1\s*\+|`#?([A-Za-z][\w:.-]{2,99})\$\{)"""
)
_MAX_PREFIXES = 64
# A key's address in an object literal, found from its colon: the key is read back from
# the text just before it (``pontchevire: '/upload/…jpg'``, ``"pont-sud": "…"``).
_PAIR_VALUE = re.compile(r""":\s{0,8}(['"])([^'"\s\\]{1,2000})\1""")
_PAIR_KEY = re.compile(r"""(['"]?)([A-Za-z0-9][\w-]{0,63})\1\s{0,8}$""")
_EVERY_IMAGE = re.compile(
    r"""getElementsByTagName\s*\(\s*(['"])img\1|document\.images\b(?!\s*\[\s*['"])""",
    re.IGNORECASE,
)
# An address given to one element: ``getElementById('cam1').src = '…'``,
# ``document.images['cam3'].src = '…'``, ``$('#cam1').attr('src', '…')``.
_SET_SOURCE = re.compile(
    r"""(?:getElementById\s*\(\s*|document\.images\s*\[\s*)(['"])([\w:.-]{1,100})\1\s*[)\]]"""
    r"""\s*\.\s*src\s*=\s*(['"])([^'"\s\\]{1,2000})\3"""
)
_ATTR_SOURCE = re.compile(
    r"""\$\s*\(\s*(['"])#([\w:.-]{1,100})\1\s*\)\s*\.\s*attr\s*\(\s*(['"])src\3\s*,\s*"""
    r"""(['"])([^'"\s\\]{1,2000})\4"""
)
_SIMPLE = re.compile(r"([a-zA-Z]*)((?:[.#][\w-]{1,100}){0,8})")
# A cache-busting parameter left open at the end of a literal (``snap.jpg?``, ``&t=``).
_OPEN_QUERY = re.compile(r"[?&](?:[\w-]{0,20}=)?$")


@dataclass(slots=True)
class Refreshed:
    """The pictures a page's scripts reload: by class, by element id or name, or all."""

    classes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    # Id prefixes joined to each camera's key (``'imageWebcam' + key``).
    prefixes: set[str] = field(default_factory=set)
    every_image: bool = False
    # Literal addresses the scripts give an element, by its id or name.
    sources: dict[str, str] = field(default_factory=dict)
    # Literal addresses a script maps camera keys to, read only beside an id prefix
    # (``var webcams = {pontchevire: '/upload/webcams/chevire.jpg'}``).
    keyed: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        """Return True when some picture is reloaded."""
        return bool(self.classes or self.ids or self.prefixes or self.every_image or self.sources)

    def picks(self, classes: frozenset[str], names: tuple[str, ...]) -> bool:
        """Return True when an image of these classes and id/name is reloaded."""
        return (
            self.every_image
            or bool(classes & self.classes)
            or any(name in self.ids or name in self.sources for name in names)
            or any(
                len(name) > len(prefix) and name.startswith(prefix)
                for name in names[:2]
                for prefix in self.prefixes
            )
        )

    def key(self, names: tuple[str, ...]) -> str | None:
        """Return the camera key an id prefix is joined to in an element's id.

        ``<img id="imageWebcampontchevire">`` picked by ``'imageWebcam' + key`` is the
        camera keyed ``pontchevire``; a rest that is no plain key (``-2``, ``.x``) is none.
        """
        for name in names[:2]:
            rests = [
                name[len(prefix) :]
                for prefix in self.prefixes
                if len(name) > len(prefix) and name.startswith(prefix)
            ]
            rest = min(rests, key=len) if rests else ""
            if _KEY.fullmatch(rest):
                return rest
        return None


# A camera key: letters, digits, dashes and underscores, starting with a letter or digit.
_KEY = re.compile(r"[A-Za-z0-9][\w-]{0,63}")


def _selector(text: str, found: Refreshed) -> None:
    """Read the classes and ids a CSS selector ends on (``img.imgcam``, ``#cam1``)."""
    for part in text.split(",")[:16]:
        words = part.split()
        if not words:
            continue
        match = _SIMPLE.fullmatch(words[-1])  # the element selected is the last compound
        if match is None:
            continue
        tag, rest = match.group(1).lower(), match.group(2)
        if tag not in ("", "img"):
            continue
        if tag == "img" and not rest:
            found.every_image = True
        for piece in re.findall(r"[.#][\w-]+", rest):
            (found.classes if piece[0] == "." else found.ids).add(piece[1:])


def _address(literal: str) -> str | None:
    """Return a literal picture address without the cache-busting query left open."""
    address = _OPEN_QUERY.sub("", literal)
    return address if address and "/" in address else None


def refreshed_images(scripts: Sequence[str]) -> Refreshed:
    """Return what the page's reload scripts select; empty when none reloads pictures."""
    found = Refreshed()
    for script in scripts:
        text = script[:_MAX_SCRIPT]
        if ".src" not in text and "src" not in text:
            continue
        if not _TIMER.search(text) or not _BUSTER.search(text):
            continue
        for number, match in enumerate(_SELECTOR.finditer(text)):
            if number >= _MAX_FOUND:
                break
            _selector(match.group(2), found)
        for number, match in enumerate(_CLASS_LIST.finditer(text)):
            if number >= _MAX_FOUND:
                break
            found.classes.update(match.group(2).split()[:8])
        for number, match in enumerate(_ELEMENT_ID.finditer(text)):
            if number >= _MAX_FOUND:
                break
            found.ids.add(match.group(2))
        for match in _ID_PREFIX.finditer(text):
            if len(found.prefixes) >= _MAX_PREFIXES:
                break
            found.prefixes.add(match.group(2) or match.group(3))
        if found.prefixes:
            _keyed_addresses(text, found)
        if _EVERY_IMAGE.search(text):
            found.every_image = True
        for number, match in enumerate(_SET_SOURCE.finditer(text)):
            if number >= _MAX_FOUND:
                break
            if (address := _address(match.group(4))) is not None:
                found.sources.setdefault(match.group(2), address)
        for number, match in enumerate(_ATTR_SOURCE.finditer(text)):
            if number >= _MAX_FOUND:
                break
            if (address := _address(match.group(5))) is not None:
                found.sources.setdefault(match.group(2), address)
    return found


def _keyed_addresses(text: str, found: Refreshed) -> None:
    """Read the picture addresses a reload script maps camera keys to (bounded)."""
    for number, match in enumerate(_PAIR_VALUE.finditer(text)):
        if number >= _MAX_FOUND:
            break
        if (address := _address(match.group(2))) is None:
            continue
        key = _PAIR_KEY.search(text, max(0, match.start() - 80), match.start())
        if key is not None:
            found.keyed.setdefault(key.group(2), address)
