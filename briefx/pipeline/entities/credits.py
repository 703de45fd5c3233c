"""News agencies credited in a dateline: "SYDNEY, March 3 (Reuters) -", "TOKYO, Dec 26 (AP) —",
"PARIS (AFP) —". The credit in brackets after a line's place in capitals (and its date) is the
agency whose copy it is, an ORG named by its English Wikipedia title
(``models/news_agencies.jsonl``: "AP" -> "Associated Press", "CP" -> "The Canadian Press").
Only there: elsewhere "AP" or "PA" may name anything else, so the general alias tables leave
them out. Session 11.
"""

from __future__ import annotations

import re

from briefx.pipeline._util import WIRE_CREDIT, agencies
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.tables import put_typed


def wire_credits(text: str, ents: list[Ent]) -> None:
    """Name (or add) the ORG of each agency credited in a dateline; the mentions NER put on
    the credit give way to it."""
    for mt in WIRE_CREDIT.finditer(text):
        name = agencies().get(mt.group(1))
        if name is None:
            continue
        s, e = mt.start(1), mt.end(1)
        ents[:] = [x for x in ents if not (x.start < e and s < x.end)]
        ents.append(Ent(s, e, "ORG", name, fixed=True, link=False))
    ents.sort(key=lambda x: x.start)


# Photo credits (session 15): "Photo: Jane Roe/Reuters", "Photograph: Jane Roe/AFP via Getty
# Images", "(Photo by Jane Roe for The Times)", "Picture by Jane Roe/PA". The photographer is a
# PERSON, the agency or paper an ORG: a credit is no sentence, and NER reads "Jane Roe/Reuters"
# as one name of either type.
_WORD = r"[A-Z][^\W\d_]*(?:['’.-][^\W\d_]+)*\.?"
_PERSON = rf"{_WORD}(?: {_WORD}){{1,3}}"
_AGENCY = r"[A-Za-z][\w&.-]*(?: (?:[A-Z][\w&.-]*|de|of|the|du|da|do|di|del))*"
_LABEL = r"\b(?:(?:Photo|Photograph|Picture|Image)s?(?: credit)?|Credit)"
PHOTO_CREDIT = re.compile(
    rf"{_LABEL}(?::[ \t]*| by )({_PERSON})"
    rf"(?:[ \t]*/[ \t]*({_AGENCY})| for ({_AGENCY}))?(?:[ \t]+via[ \t]+({_AGENCY}))?"
)
# the wires' own caption credits: "(AP Photo/Evan Vucci)", "REUTERS/Jane Roe", "AFP/Jane Roe"
AGENCY_PHOTO = re.compile(rf"\b([A-Za-z]{{2,10}})(?: Photo)?[ \t]?/[ \t]?({_PERSON})")
# "Photo: Reuters", "(Photo: AFP)": an agency alone, known by its credit
PHOTO_AGENCY = re.compile(rf"{_LABEL}:[ \t]*([A-Za-z][\w-]*)(?=[ \t]*(?:[)\n.]|$))")


def photo_credits(text: str, ents: list[Ent]) -> None:
    """Type the photographer (PERSON) and the agency (ORG) of each photo credit (in place)."""
    if "/" not in text and "Photo" not in text and "Image" not in text and "Credit" not in text:
        return
    known = agencies()
    for mt in PHOTO_CREDIT.finditer(text):
        put_typed(text, ents, mt.start(1), mt.end(1), "PERSON")
        for g in (2, 3, 4):
            if mt.group(g):
                s, e = mt.start(g), mt.end(g) - len(mt.group(g)) + len(mt.group(g).rstrip("."))
                put_typed(text, ents, s, e, "ORG")
                _credit_name(text, ents, s, e, known)
    by_case = {k.lower(): k for k in known}
    for mt in AGENCY_PHOTO.finditer(text):
        credit = by_case.get(mt.group(1).lower())
        if credit is None or (mt.group(1) != credit and not mt.group(1).isupper()):
            continue  # only a known agency, as it writes itself or in capitals ("REUTERS")
        put_typed(text, ents, mt.start(1), mt.end(1), "ORG")
        for x in ents:
            if x.start == mt.start(1) and x.end == mt.end(1):
                x.name, x.link = known[credit], False
        put_typed(text, ents, mt.start(2), mt.end(2), "PERSON")
    for mt in PHOTO_AGENCY.finditer(text):
        if mt.group(1) in known:
            put_typed(text, ents, mt.start(1), mt.end(1), "ORG")
            _credit_name(text, ents, mt.start(1), mt.end(1), known)


def _credit_name(text: str, ents: list[Ent], s: int, e: int, known: dict[str, str]) -> None:
    """Name an agency credited by its short credit ("AFP" -> "Agence France-Presse")."""
    name = known.get(text[s:e])
    if name:
        for x in ents:
            if x.start == s and x.end == e:
                x.name, x.link = name, False
