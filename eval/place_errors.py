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

import sys
from functools import partial

from org_errors import errors, report

PLACES = frozenset({"GPE", "LOC", "FAC"})
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


def _family(gold_types: set[str], pred: str) -> str:
    if pred not in PLACES:
        return "typed a body"
    if "FAC" in gold_types or pred == "FAC":
        return "FAC type"
    return "GPE vs LOC"


def main(argv: list[str]) -> int:
    return report(argv, FAMILIES, partial(errors, kinds=PLACES, family=_family))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
