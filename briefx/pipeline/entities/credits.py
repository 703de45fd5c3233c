"""News agencies credited in a dateline: "SYDNEY, March 3 (Reuters) -", "TOKYO, Dec 26 (AP) —",
"PARIS (AFP) —". The credit in brackets after a line's place in capitals (and its date) is the
agency whose copy it is, an ORG named by its English Wikipedia title
(``models/news_agencies.jsonl``: "AP" -> "Associated Press", "CP" -> "The Canadian Press").
Only there: elsewhere "AP" or "PA" may name anything else, so the general alias tables leave
them out. Session 11.
"""

from __future__ import annotations

from briefx.pipeline._util import WIRE_CREDIT, agencies
from briefx.pipeline.coref import Ent


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
