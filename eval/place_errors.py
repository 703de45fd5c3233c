"""List the place (GPE, LOC, FAC) errors of briefx predictions against gold entity files,
grouped by the families of issue 13 (session 17).

usage: python eval/place_errors.py GOLD.jsonl PRED.jsonl [GOLD PRED ...] [--all]

Families (a GPE, LOC or FAC in the gold or in the prediction):
- missed: a gold place whose exact span briefx did not give (with what briefx gave overlapping);
- GPE vs LOC: found with the gold span, typed the other of the two (family 1);
- typed a body: a gold place found typed ORG, PERSON, PRODUCT, NORP or EVENT (family 2);
- FAC type: a gold FAC typed another place type, or a gold GPE/LOC typed FAC (family 3);
- wrong name GPE / LOC / FAC: found with the gold span and type, another canonical name
  (families 3 and 4);
- spurious: a predicted place with no gold item at that span (with the overlapping gold item).
Each line: case id, span text, gold -> predicted. With --all every line is printed, else counts
and the first lines of each family. Development sets only (never *heldout*).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

sys.path.insert(0, "/work/shared/eval")
from run_briefx import flat_mentions  # noqa: E402

PLACES = {"GPE", "LOC", "FAC"}
FAMILIES = (
    "missed",
    "GPE vs LOC",
    "typed a body",
    "FAC type",
    "wrong name GPE",
    "wrong name LOC",
    "wrong name FAC",
    "spurious",
)


def load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {(o := json.loads(line))["id"]: o for line in f if line.strip()}


def _family(gold_types: set[str], pred: str) -> str:
    if pred not in PLACES:
        return "typed a body"
    if "FAC" in gold_types or pred == "FAC":
        return "FAC type"
    return "GPE vs LOC"


def errors(gold_path: str, pred_path: str) -> dict[str, list[str]]:
    assert "heldout" not in gold_path, "held-out sets are not for development"
    gold, pred = load(gold_path), load(pred_path)
    out: dict[str, list[str]] = defaultdict(list)
    for cid, g in gold.items():
        if "entities" not in g:
            continue
        p = list(flat_mentions((pred.get(cid) or {}).get("entities") or []))
        by_span = {(e["start"], e["end"]): e for e in p}
        gold_spans = {(e["start"], e["end"]): e for e in g["entities"]}
        for e in g["entities"]:
            types = set(e["type"].split("|"))
            hit = by_span.get((e["start"], e["end"]))
            if not types & PLACES and not (hit and hit.get("type") in PLACES):
                continue
            if hit is None:
                near = [
                    f"{x['text']!r}/{x.get('type')}"
                    for x in p
                    if x["start"] < e["end"] and e["start"] < x["end"]
                ]
                out["missed"].append(f"{cid}: {e['text']!r} ({e['name']}) pred {near or '-'}")
            elif hit.get("type") not in types:
                out[_family(types, hit.get("type") or "")].append(
                    f"{cid}: {e['text']!r} {e['type']} -> {hit.get('type')} ({hit.get('name')})"
                )
            elif e.get("name") and e["name"] != hit.get("name"):
                out[f"wrong name {hit.get('type')}"].append(
                    f"{cid}: {e['text']!r} {e['name']!r} -> {hit.get('name')!r}"
                )
        for x in p:
            if x.get("type") in PLACES and (x["start"], x["end"]) not in gold_spans:
                near = [
                    f"{e['text']!r}/{e['type']}"
                    for e in g["entities"]
                    if e["start"] < x["end"] and x["start"] < e["end"]
                ]
                out["spurious"].append(
                    f"{cid}: {x['text']!r} {x.get('type')} ({x.get('name')}) gold {near or '-'}"
                )
    return out


def main(argv: list[str]) -> int:
    show_all = "--all" in argv
    args = [a for a in argv if a != "--all"]
    total: dict[str, list[str]] = defaultdict(list)
    for gold_path, pred_path in zip(args[::2], args[1::2]):
        for fam, rows in errors(gold_path, pred_path).items():
            total[fam].extend(rows)
    for fam in FAMILIES:
        rows = total.get(fam, [])
        print(f"== {fam}: {len(rows)}")
        for r in rows if show_all else rows[:15]:
            print("  ", r)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
