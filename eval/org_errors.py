"""List the ORG errors of briefx predictions against gold entity files, grouped by family.

usage: python eval/org_errors.py GOLD.jsonl PRED.jsonl [GOLD PRED ...] [--all]

Families (an ORG in the gold or in the prediction):
- missed: a gold ORG whose exact span briefx did not give (with what briefx gave overlapping it);
- wrong type: found with the gold span but another type;
- wrong name: found with the gold span and type ORG, but another canonical name;
- spurious: a predicted ORG with no gold item at that span (with the overlapping gold item);
Each line: case id, span text, gold -> predicted. With --all every line is printed, else counts
and the first lines of each family. Development sets only (HELPERS.md rule 1: never *heldout*).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable

sys.path.insert(0, "/work/shared/eval")
from run_briefx import flat_mentions  # noqa: E402


def load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        return {(o := json.loads(line))["id"]: o for line in f if line.strip()}


def errors(
    gold_path: str,
    pred_path: str,
    kinds: frozenset[str] = frozenset({"ORG"}),
    family: Callable[[set[str], str], str] | None = None,
) -> dict[str, list[str]]:
    """The errors on mentions of ``kinds`` (in the gold or predicted), by family. ``family``
    names the family of a wrong type from (gold types, predicted type); by default "wrong
    type". With several kinds a wrong name is filed by its type ("wrong name GPE") and a
    spurious line shows the predicted type."""
    assert "heldout" not in gold_path, "held-out sets are not for development"
    gold, pred = load(gold_path), load(pred_path)
    several = len(kinds) > 1
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
            if not types & kinds and not (hit and hit.get("type") in kinds):
                continue
            if hit is None:
                near = [
                    f"{x['text']!r}/{x.get('type')}"
                    for x in p
                    if x["start"] < e["end"] and e["start"] < x["end"]
                ]
                out["missed"].append(f"{cid}: {e['text']!r} ({e['name']}) pred {near or '-'}")
            elif hit.get("type") not in types:
                fam = family(types, hit.get("type") or "") if family else "wrong type"
                out[fam].append(
                    f"{cid}: {e['text']!r} {e['type']} -> {hit.get('type')} ({hit.get('name')})"
                )
            elif e.get("name") and e["name"] != hit.get("name"):
                fam = f"wrong name {hit.get('type')}" if several else "wrong name"
                out[fam].append(f"{cid}: {e['text']!r} {e['name']!r} -> {hit.get('name')!r}")
        for x in p:
            if x.get("type") in kinds and (x["start"], x["end"]) not in gold_spans:
                near = [
                    f"{e['text']!r}/{e['type']}"
                    for e in g["entities"]
                    if e["start"] < x["end"] and x["start"] < e["end"]
                ]
                typ = f" {x.get('type')}" if several else ""
                out["spurious"].append(
                    f"{cid}: {x['text']!r}{typ} ({x.get('name')}) gold {near or '-'}"
                )
    return out


def report(
    argv: list[str],
    families: tuple[str, ...],
    find: Callable[[str, str], dict[str, list[str]]] = errors,
) -> int:
    """Print the families of errors over GOLD PRED pairs (``--all``: every line)."""
    show_all = "--all" in argv
    args = [a for a in argv if a != "--all"]
    total: dict[str, list[str]] = defaultdict(list)
    for gold_path, pred_path in zip(args[::2], args[1::2]):
        for fam, rows in find(gold_path, pred_path).items():
            total[fam].extend(rows)
    for fam in families:
        rows = total.get(fam, [])
        print(f"== {fam}: {len(rows)}")
        for r in rows if show_all else rows[:15]:
            print("  ", r)
    return 0


def main(argv: list[str]) -> int:
    return report(argv, ("missed", "wrong type", "wrong name", "spurious"))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
