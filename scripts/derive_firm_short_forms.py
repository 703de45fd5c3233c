"""Write ``models/firm_short_forms.jsonl``: short forms copy writes for firms and universities
whose English Wikipedia title is longer, where the short form is also an English word, a place
or a person's name ("Delta" -> "Delta Air Lines", "Southern" -> "Southern Company", "Stanford"
-> "Stanford University"), and the words that name each one's industry (session 42, firms42,
issue 13 names).

Two kinds of row:

- ``{"alias": form, "name": title, "sector": sector}``: the form names the firm only where its
  sentence (or, for a mention NER already typed ORG, its document) has one of the sector's
  words. One form can have a row per sector ("Duke": Duke Energy among utility words, Duke
  University among university words).
- ``{"sector": sector, "cues": [word, ...]}``: the lower-case words and lemmas that name the
  sector ("airline", "flight", "passenger"; "university", "researcher", "student").

Read by ``briefx.normalize.names.firm_short_forms`` and used by
``briefx.pipeline.entities.naming._sector_firms``; a form the document writes as the start of a
longer name of its own ("Delta Air Lines", "Duke University") is left to that name.

Source: English Wikipedia article titles (CC BY-SA 4.0), written by hand from memory for
briefx: no offline source lists firms' short forms (pytickersymbols, read by
scripts/derive_companies.py, has registered names only). No title was checked against the live
pages; forms whose title I was not sure of were left out ("Paramount", "Volvo", "Samsung",
"Hyundai": several firms share them). Forms that are no English word, place or common name are
plain company rows of scripts/derive_org_titles.py instead.
Run from the project root: ``python scripts/derive_firm_short_forms.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "models" / "firm_short_forms.jsonl"

# sector -> the words that name it (lower case; lemmas and the forms copy writes)
SECTORS: dict[str, list[str]] = {
    "airline": [
        "airline",
        "airlines",
        "carrier",
        "carriers",
        "flight",
        "flights",
        "fare",
        "fares",
        "passenger",
        "passengers",
        "aircraft",
        "jet",
        "jets",
        "route",
        "routes",
        "boeing",
        "airbus",
        "aviation",
        "pilot",
        "pilots",
    ],
    "university": [
        "university",
        "universities",
        "researcher",
        "researchers",
        "professor",
        "professors",
        "student",
        "students",
        "campus",
        "faculty",
        "scientist",
        "scientists",
        "academic",
        "academics",
        "study",
        "research",
        "college",
        "colleges",
        "alumni",
    ],
    "utility": [
        "utility",
        "utilities",
        "electricity",
        "power",
        "grid",
        "nuclear",
        "gas",
        "customers",
        "ratepayers",
        "energy",
        "plant",
        "plants",
    ],
    "energy": [
        "gas",
        "oil",
        "lng",
        "energy",
        "electricity",
        "producer",
        "petroleum",
        "field",
        "fields",
        "drilling",
        "retailer",
    ],
    "mining": ["miner", "miners", "mining", "mine", "mines", "coal", "ore", "nickel", "copper"],
    "carmaker": [
        "carmaker",
        "carmakers",
        "automaker",
        "automakers",
        "car",
        "cars",
        "vehicle",
        "vehicles",
        "motorcycle",
        "motorcycles",
        "dealers",
        "models",
        "ev",
        "evs",
    ],
    "media": [
        "streaming",
        "studio",
        "studios",
        "broadcaster",
        "network",
        "networks",
        "film",
        "films",
        "television",
        "tv",
        "cable",
        "box",
        "subscribers",
        "media",
    ],
    "bank": [
        "bank",
        "banks",
        "lender",
        "lenders",
        "loans",
        "loan",
        "deposits",
        "banking",
        "mortgage",
        "mortgages",
    ],
    "insurer": ["insurer", "insurers", "insurance", "reinsurer", "premiums", "claims", "policies"],
    "firm": [
        "pretax",
        "profit",
        "profits",
        "shares",
        "dividend",
        "demerge",
        "demerger",
        "group",
        "conglomerate",
        "earnings",
        "revenue",
        "results",
    ],
}

# (English Wikipedia title, sector, the short forms copy writes for it)
FIRMS: list[tuple[str, str, list[str]]] = [
    # --- airlines
    ("Delta Air Lines", "airline", ["Delta"]),
    ("United Airlines", "airline", ["United"]),
    ("American Airlines", "airline", ["American"]),
    ("Southwest Airlines", "airline", ["Southwest"]),
    ("Alaska Airlines", "airline", ["Alaska"]),
    ("Hawaiian Airlines", "airline", ["Hawaiian"]),
    ("Frontier Airlines", "airline", ["Frontier"]),
    ("Spirit Airlines", "airline", ["Spirit"]),
    ("Emirates (airline)", "airline", ["Emirates"]),
    ("Iberia (airline)", "airline", ["Iberia"]),
    # --- universities
    ("Yale University", "university", ["Yale"]),
    ("Stanford University", "university", ["Stanford"]),
    ("University of Oxford", "university", ["Oxford"]),
    ("University of Cambridge", "university", ["Cambridge"]),
    ("Duke University", "university", ["Duke"]),
    ("Cornell University", "university", ["Cornell"]),
    ("Brown University", "university", ["Brown"]),
    ("Georgetown University", "university", ["Georgetown"]),
    # --- utilities and energy
    ("Duke Energy", "utility", ["Duke"]),
    ("Dominion Energy", "utility", ["Dominion"]),
    ("Southern Company", "utility", ["Southern"]),
    ("Origin Energy", "energy", ["Origin"]),
    ("Santos Limited", "energy", ["Santos"]),
    # --- miners
    ("Whitehaven Coal", "mining", ["Whitehaven"]),
    ("Norilsk Nickel", "mining", ["Norilsk"]),
    ("Freeport-McMoRan", "mining", ["Freeport"]),
    # --- carmakers
    ("Mercedes-Benz Group", "carmaker", ["Mercedes"]),
    ("Bajaj Auto", "carmaker", ["Bajaj"]),
    # --- media
    ("Warner Bros. Discovery", "media", ["Warner"]),
    ("Fox Corporation", "media", ["Fox"]),
    # --- banks and insurers
    ("Midland Bank", "bank", ["Midland"]),
    ("Macquarie Group", "bank", ["Macquarie"]),
    ("Zurich Insurance Group", "insurer", ["Zurich"]),
    ("The Hartford", "insurer", ["Hartford"]),
    # --- other groups
    ("Hanson plc", "firm", ["Hanson"]),
]


def _company_forms() -> set[str]:
    """The forms the company tables title everywhere (models/companies.jsonl, org_titles.jsonl's
    company rows): a row here would never be read."""
    forms: set[str] = set()
    for name in ("companies.jsonl", "org_titles.jsonl"):
        for s in (ROOT / "models" / name).read_text(encoding="utf-8").splitlines():
            if s.startswith("{") and json.loads(s).get("kind", "company") == "company":
                forms.add(json.loads(s)["alias"])
    return forms


def rows() -> list[dict[str, object]]:
    """The table's rows, checked: a form has one title per sector, every sector has its words,
    and no form is one the company tables already title ("Chubb" is listed)."""
    listed = _company_forms()
    out: list[dict[str, object]] = []
    for sector, cues in SECTORS.items():
        assert cues == [c.lower() for c in cues], sector
        out.append({"sector": sector, "cues": sorted(set(cues))})
    seen: dict[tuple[str, str], str] = {}
    for title, sector, forms in FIRMS:
        assert sector in SECTORS, (title, sector)
        for form in forms:
            assert form not in listed, form
            assert seen.setdefault((form, sector), title) == title, (form, sector)
            out.append({"alias": form, "name": title, "sector": sector})
    return out


def main() -> None:
    table = rows()
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "// Short forms of firms and universities that are also English words, places or\n"
            "// names -> English Wikipedia title, taken where the text names the sector; and the\n"
            "// sectors' words. By hand from English Wikipedia titles (CC BY-SA 4.0), from memory,\n"
            "// not checked live. Written by scripts/derive_firm_short_forms.py: do not edit.\n"
        )
        for row in table:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(table)} rows -> {OUT.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
