"""Shared by the entity dev-set builders (``build_own_entities_dev*.py``): a case is written with
its entities marked inline, ``[[span|TYPE]]`` or ``[[span|TYPE|canonical name]]``; the marks are
stripped, offsets computed and checked, and the dev and check files written as JSON Lines.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW"}
MARK = re.compile(r"\[\[([^|\]]+)\|([A-Z]+)(?:\|([^\]]+))?\]\]")

Case = tuple[str, str, str]  # (id, reference date, marked text)


def build(cid: str, ref: str, marked: str, source: str) -> dict:
    text, ents, pos, out = "", [], 0, []
    for mt in MARK.finditer(marked):
        out.append(marked[pos : mt.start()])
        text = "".join(out)
        span, typ, name = mt.group(1), mt.group(2), mt.group(3) or mt.group(1)
        assert typ in TYPES, (cid, typ)
        ents.append(
            {"text": span, "start": len(text), "end": len(text) + len(span), "type": typ,
             "name": name}
        )  # fmt: skip
        out.append(span)
        pos = mt.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, cid
    last = 0
    for e in ents:
        assert text[e["start"] : e["end"]] == e["text"], (cid, e)
        assert e["start"] >= last, (cid, e)
        last = e["end"]
    return {"id": cid, "source": source, "text": text, "reference_date": ref, "entities": ents}


def write(path: Path, cases: list[Case], source: str) -> None:
    rows = [build(*c, source) for c in cases]
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in rows:
        for e in r["entities"]:
            counts[e["type"]] = counts.get(e["type"], 0) + 1
    total = sum(counts.values())
    print(path.name, len(rows), "cases,", total, "entities:",
          sorted(counts.items(), key=lambda x: -x[1]))  # fmt: skip


def build_sets(
    out: Path, out_check: Path, cases: list[Case], check: list[Case], source: str
) -> None:
    """Write the dev file and its check file; ids and texts are unique across both."""
    ids = [c[0] for c in cases + check]
    assert len(set(ids)) == len(ids) and len({c[2] for c in cases + check}) == len(ids)
    write(out, cases, source)
    write(out_check, check, source)
