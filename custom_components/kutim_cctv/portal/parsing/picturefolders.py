r"""Picture folders a map script joins with a record's file name.

A map page often keeps only a picture's file name in its records (``{nama, gambar:
"cctv_11.jpg", lati, longi}``) and writes the folder it is served from in the script
that shows it: ``"https://host/gambar_cctv/" + locations[i].gambar`` (CodeIgniter's
``JSON_encode(base_url('gambar_cctv/'))``, its slashes escaped), ``'<img
src="uploads/cctv/' + foto + '">'`` with ``var foto = data[i].foto`` set in the loop.
Such a record's file name is its picture in that folder, not next to the page.

A join is read when a string literal ends with a folder address (a path or an absolute
address ending in ``/``, with no query, fragment or placeholder; the literal's markup
before it is left: ``<img src="``) and is followed by ``+`` and a record's field
(``row.gambar``, ``rows[i]['foto']``) or a variable set once from one in the 2,000
characters before the join (``var foto = data[i].foto`` in the loop). A record's value
under that field is joined when it is a bare file name (no folder, no scheme, one token
with an extension) and the joined address is a picture, video or stream by its shape.
A field joined with two different folders is left alone, and so are a value followed by
more text in the join (``'ikon/' + c.jenis + '.png'``: the value is no file name) and a
folder literal that itself goes on a value (``BASE + '/gambar/' + r.gambar``). A folder
on a LAN, loopback, link-local or local host, or written with a login, is never given
to a record of a page on a public host (``deviceinputs.lan_address``; a page served from
that LAN keeps its own folder): the file name it would join is dropped instead, so no
address next to the page stands in for a picture the page serves from its LAN (the
page's JSON read alone is joined too, ``body``). A value may end at an escaped quote
(``+ "\" width=…``). Nothing is evaluated; at most 200 joins a script,
8 variables and 5,000 records are read.
"""

from __future__ import annotations

from itertools import islice
import re
from urllib.parse import urlsplit

from ..deviceinputs import lan_address
from ..fieldurls import relative_media_kind, url_kind
from ..shapes import has_userinfo
from ..values import JSONValue
from .fieldtemplates import object_lists, record_holders

__all__ = ["join_picture_folders"]

_MAX_JOINS = 200
_MAX_LITERAL = 300
_MAX_RECORDS = 5_000
_MAX_FIELDS = 8
_MAX_VARIABLES = 8  # variables looked up
_VARIABLE_WINDOW = 2_000  # characters before the join a variable is set in
# A closing quote, ``+`` and a record's field or a variable: ``" + locations[i].gambar``,
# ``' + foto``, ``' + row['foto']``.
_JOIN = re.compile(
    r"([\"'])[ \t]*\+[ \t\r\n]{0,20}"
    r"([A-Za-z_$][\w$]{0,40}(?:\[[^\[\]\n]{1,40}\]){0,2}"
    r"(?:\.[A-Za-z_$][\w$]{0,40}(?:\[[^\[\]\n]{1,40}\]){0,2}){0,3})"
)
# The field an operand reaches last: ``.gambar`` or ``['gambar']``.
_FIELD = re.compile(r"(?:\.([A-Za-z_][\w]{0,63})|\[\s*[\"']([A-Za-z_][\w-]{0,63})[\"']\s*\])$")
# Characters of a folder address written at the end of a literal (no quote, space,
# markup, ``=``, ``?``, ``#`` or placeholder).
_FOLDER_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/%@!$&+,;"
)
_FILE_NAME = re.compile(r"[\w~%+-][\w.~%+-]{0,119}\.[A-Za-z0-9]{2,5}")


def _literal_before(script: str, close: int, quote: str) -> str | None:
    """Return the string literal closed at ``close`` (escapes kept), else None."""
    position = close - 1
    floor = max(0, close - _MAX_LITERAL)
    while position >= floor:
        if script[position] == quote:
            backslashes = 0
            while (
                position - 1 - backslashes >= floor and script[position - 1 - backslashes] == "\\"
            ):
                backslashes += 1
            if backslashes % 2 == 0:
                return script[position + 1 : close]
        elif script[position] == "\n":
            return None
        position -= 1
    return None


def _folder(literal: str) -> str | None:
    """Return the folder address a literal ends with, unescaped, else None."""
    text = literal.replace("\\/", "/")
    start = len(text)
    while start > 0 and text[start - 1] in _FOLDER_CHARS:
        start -= 1
    folder = text[start:]
    if not folder.endswith("/") or "\\" in folder or text[start - 1 : start] in ("}", ")", "]"):
        return None
    if folder.lower().startswith(("http://", "https://")):
        return folder if len(folder.split("/")) >= 4 and folder.split("/")[2] else None
    if ":" in folder or folder.startswith("//"):
        return None
    return folder if folder.strip("./") else None


# What may follow a file name in a join: markup or a query in the next literal.
_VALUE_END_CHARS = frozenset("\"'<> ?")


def _value_ends(after: str) -> bool:
    """Return True when a joined operand's value ends the address (no call, no suffix).

    ``… + row.foto;``, ``+ foto + '" width="140">'`` end it; ``+ c.jenis + '.png'``,
    ``+ c.kode + suffix`` and ``+ name(…)`` do not.
    """
    text = after.lstrip()
    if text.startswith(("(", "[", ".")):
        return False
    if not text.startswith("+"):
        return True
    rest = text[1:].lstrip()
    if rest[:1] not in ("'", '"'):
        return False
    rest = rest[1:]
    if rest[:2] in ('\\"', "\\'"):
        return True  # an escaped quote closes the attribute: ``+ "\" width=\"200\">"``
    return rest[:1] in _VALUE_END_CHARS and rest[:1] != ""


def _variable_field(script: str, name: str) -> str | None:
    """Return the field a variable is set from once in text (``var foto = data[i].foto``)."""
    pattern = re.compile(
        r"(?<![\w$.])" + re.escape(name) + r"\s*=\s*[A-Za-z_$][\w$]{0,40}"
        r"(?:\[[^\[\]\n]{1,40}\])?\s*(?:\.([A-Za-z_]\w{0,63})|\[\s*[\"']([A-Za-z_][\w-]{0,63})"
        r"[\"']\s*\])\s*[;\n]"
    )
    found = list(islice(pattern.finditer(script), 2))
    if len(found) != 1:
        return None
    return found[0].group(1) or found[0].group(2)


def _joins(script: str, base_url: str) -> dict[str, str | None]:
    """Return each joined field's folder (None: on a LAN host); ambiguous fields left out."""
    folders: dict[str, set[str]] = {}
    variables: dict[str, str | None] = {}
    for match in islice(_JOIN.finditer(script), _MAX_JOINS):
        if not _value_ends(script[match.end() : match.end() + 24]):
            continue
        literal = _literal_before(script, match.start(), match.group(1))
        if literal is None or (folder := _folder(literal)) is None:
            continue
        opening = match.start() - len(literal) - 1
        whole = folder == literal.replace("\\/", "/")
        if whole and script[max(0, opening - 20) : opening].rstrip().endswith("+"):
            continue  # the folder goes on a value joined before it (``BASE + '/gambar/'``)
        operand = match.group(2)
        if (field := _FIELD.search(operand)) is not None:
            name = field.group(1) or field.group(2)
        elif re.fullmatch(r"[A-Za-z_$][\w$]{0,40}", operand):
            if operand not in variables:
                if len(variables) >= _MAX_VARIABLES:
                    continue
                window = script[max(0, match.start() - _VARIABLE_WINDOW) : match.start()]
                variables[operand] = _variable_field(window, operand)
            if (found := variables[operand]) is None:
                continue
            name = found
        else:
            continue
        folders.setdefault(name, set()).add(folder)
        if len(folders) > _MAX_FIELDS:
            break
    joins: dict[str, str | None] = {}
    for name, written in folders.items():
        if len(written) != 1:
            continue
        folder = next(iter(written))
        refused = has_userinfo(folder) or lan_address(folder, base_url) or not _has_host(folder)
        joins[name] = None if refused else folder
    return joins


def _has_host(folder: str) -> bool:
    """Return True for a folder next to the page or an absolute one naming its host."""
    if not folder.lower().startswith(("http://", "https://")):
        return True
    try:
        return bool(urlsplit(folder).hostname)
    except ValueError:
        return False


def _joined(folder: str, value: str) -> str | None:
    """Return the folder joined with a bare file name when it is media, else None."""
    address = folder + value
    if folder.lower().startswith(("http://", "https://")):
        return address if url_kind(address) is not None else None
    return address if relative_media_kind(address) is not None else None


def join_picture_folders(script: str, values: list[JSONValue], base_url: str) -> None:
    """Join the folders the script writes before a field with the records' file names.

    The records are changed in place (see the module).
    """
    if "+" not in script or not values:
        return
    joins = _joins(script, base_url)
    if not joins:
        return
    seen = 0
    for value in values:
        for entries in object_lists(value):
            for entry in entries[:_MAX_RECORDS]:
                seen += 1
                if seen > _MAX_RECORDS:
                    return
                if not isinstance(entry, dict):
                    continue
                for holder in record_holders(entry):
                    for name, folder in joins.items():
                        current = holder.get(name)
                        if not isinstance(current, str):
                            continue
                        text = current.strip()
                        if not _FILE_NAME.fullmatch(text):
                            continue
                        if folder is None:
                            holder[name] = ""  # served from a LAN folder: no picture
                        elif (address := _joined(folder, text)) is not None:
                            holder[name] = address
