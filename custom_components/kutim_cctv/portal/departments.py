"""Names of offices and departments, judged by what the whole value is.

A field that may hold a place or the office that runs a camera (a lookout network's
``unit``, a traffic layer's ``jurisdiction``) holds an office when its value, read whole,
is an office's name: not when a department word only sits inside a place's name.
"""

from __future__ import annotations

import re

from .aliases import ORGANISATION_NAME_WORDS

# An office's name is short: a longer text is read by its first word alone, never split.
_MAX_NAME_TEXT = 400


def organisation_text(text: str) -> bool:
    """Return True for the name of an office or agency ("Dinas Pekerjaan Umum", "BPBD").

    A camera's owning office, filed where a place could be (a ``location`` relation
    naming "Dinas Perhubungan"), says who runs it, never where it stands.
    """
    words = text.lstrip()[:_MAX_NAME_TEXT].lower().replace(".", " ").split(maxsplit=1)
    return bool(words) and words[0] in ORGANISATION_NAME_WORDS


# Words of an office's department (``Bidang Pengelolaan Pasar``, ``Seksi Operasional``).
_DEPARTMENT_WORDS = frozenset(
    {"bidang", "seksi", "bagian", "subbagian", "divisi", "departemen", "kantor", "dinas"}
    | {"department", "division", "section", "office", "unit", "bureau", "team", "tim"}
    # A business's departments (``Human Resources``, ``Keuangan``, ``Customer Service``).
    | {"resources", "finance", "accounting", "marketing", "sales", "operations", "legal"}
    | {"engineering", "procurement", "purchasing", "administration", "logistics", "support"}
    | {"service", "services", "management", "personnel", "payroll", "research", "it", "hr"}
    | {"keuangan", "kepegawaian", "pemasaran", "personalia", "perencanaan", "umum", "sdm"}
    # A transport agency (``Transport``, ``Auckland Transport``, ``Metro Transit``).
    | {"transport", "transportation", "transit"}
)


# Words that head an office's or a department's name (``Bidang Pengelolaan Pasar``,
# ``Department of Transportation``, ``Dinas Perhubungan``) and words that end one
# (``Research Department``, ``Kutai Timur Police``): never the first or last word of a
# place a department word only sits inside (``Research Triangle``, ``Taman Dinas Kebun``,
# ``Perumahan Dinas``: official housing).
_DEPARTMENT_HEAD_WORDS = frozenset(
    {"bidang", "seksi", "bagian", "subbagian", "subbag", "divisi", "departemen", "kantor"}
    | {"kepolisian", "satker", "instansi", "uptd", "tim"}
)
# English heads open an office's name before ``of`` (``Office of Emergency Management``,
# ``Division of Forestry``); before anything else they may start a place (``Office Creek``).
# An institution's name is one too (``University of Waikato``, ``Institute of Technology``):
# who runs a camera, never where it stands.
_DEPARTMENT_OF_WORDS = frozenset(
    {"department", "dept", "division", "section", "office", "unit", "bureau", "team"}
    | {"ministry", "directorate", "agency", "board", "commission"}
    | {"university", "college", "institute", "polytechnic"}
)
# ``unit`` ends a lookout network's office (``Fire Unit``, ``Aviation Unit``); a transport
# word ends a transport agency's name (``Auckland Transport``, ``Metro Transit``).
_DEPARTMENT_TAIL_WORDS = frozenset(
    {"department", "dept", "division", "section", "bureau", "office", "team", "unit"}
    | {"transport", "transportation", "transit"}
    | {"police", "sheriff", "authority", "agency", "ministry", "directorate", "dishub"}
    | {"company", "corporation", "corp", "inc", "ltd", "llc", "commission", "council"}
    # A business's department named by what it does (``Human Resources``, ``Customer
    # Service``, ``Facility Management``, ``Public Affairs``).
    | {"resources", "service", "services", "support", "management", "accounting"}
    | {"relations", "affairs", "administration", "operations", "logistics", "procurement"}
)
_POLICE_WORDS = frozenset({"police", "polisi", "polri", "kepolisian", "sheriff", "pd", "pp"})
_DEPARTMENT_JOINING_WORDS = frozenset({"and", "&", "of", "dan", "the"})
_MAX_DEPARTMENT_WORDS = 8


def department_text(text: str) -> bool:
    """Return True when a text, read whole, is the name of an office or a department.

    It is one when it opens with an office's or department's head word (``Dinas
    Perhubungan``, ``Satpol PP``, ``Dishub``, ``Bidang Pengelolaan Pasar``, ``Department
    of Transportation``, ``Office of Emergency Management``), ends with one (``Research
    Department``, ``Kutai Timur Police``), or holds department words only (``Human
    Resources``, ``Finance and Accounting``, ``Research``, ``Police``). A place a
    department word only sits inside (``Research Triangle``, ``Taman Dinas Kebun``,
    ``Support Point``, ``Office Creek Road``) is none. At most a few words are read.
    """
    if len(text) > _MAX_NAME_TEXT:
        return organisation_text(text)  # no department's name is that long: no split
    words = [word.strip(".,()") for word in re.split(r"[ \-/]+", text.lower())]
    words = [word for word in words if word][: _MAX_DEPARTMENT_WORDS + 1]
    if not words or len(words) > _MAX_DEPARTMENT_WORDS:
        return bool(words) and organisation_text(text)
    if organisation_text(text) or words[0] in _DEPARTMENT_HEAD_WORDS:
        return True
    if len(words) > 2 and words[0] in _DEPARTMENT_OF_WORDS and words[1] == "of":
        return True
    if len(words) > 1 and words[-1] in _DEPARTMENT_TAIL_WORDS:
        return True
    own = _DEPARTMENT_WORDS | _POLICE_WORDS | ORGANISATION_NAME_WORDS
    return all(word in own or word in _DEPARTMENT_JOINING_WORDS for word in words) and any(
        word in own for word in words
    )
