"""Derive ``models/name_particles.jsonl``: the Arabic article as names romanise it.

The source is the Library of Congress's ALA-LC Romanization Tables, "Arabic" (Library of
Congress, 2012; a work of the U.S. government, public domain): its consonant table gives the
romanisation of each letter, and its rules 18-19 write the definite article "al-", hyphenated
and in lower case, and note that the article is not assimilated to a following "sun letter" in
the romanisation. Press and government romanisations of names do assimilate it ("ash-Shara",
"as-Sisi"), and Egyptian names take the colloquial vowel ("el-Sisi"). So the table holds:

- the article as ALA-LC writes it ("al-") and with the Egyptian vowel ("el-");
- the assimilated forms "a" / "e" + each sun letter's ALA-LC romanisation (without its
  diacritic: "ṣ" -> "s") + "-": "at-", "ath-", "ad-", "adh-", "ar-", "az-", "as-", "ash-",
  "an-", and the same with "e";
- "Al" written apart ("Āl", rule 20: "family of", the Gulf houses "Al Thani", "Al Saud"; in
  ASCII "Al"), kind ``family``.

The sun letters, from the ALA-LC consonant table: tā' t, thā' th, dāl d, dhāl dh, rā' r, zāy z,
sīn s, shīn sh, ṣād ṣ, ḍād ḍ, ṭā' ṭ, ẓā' ẓ, lām l, nūn n ("l" needs no assimilated form: "al-").
The rules and the consonant table were transcribed by hand from the published table (it could
not be downloaded where this script was written, so the script holds them as constants: check
them against the LoC page when you change them). No package is needed. Run from the project root: ``python scripts/derive_name_particles.py``.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "name_particles.jsonl"
SUN_LETTERS = ("t", "th", "d", "dh", "r", "z", "s", "sh", "ṣ", "ḍ", "ṭ", "ẓ", "l", "n")
HEADER = [
    "// The Arabic article in romanised names: a surname after it is the same name without it",
    '// ("Ahmed al-Sharaa" ... "Sharaa"). From the ALA-LC Romanization Tables, Arabic (Library',
    '// of Congress, public domain): the article "al-", its assimilated forms before the sun',
    '// letters, the Egyptian "el-", and "Al" (family of) written apart.',
    "// Derived by scripts/derive_name_particles.py. Do not edit by hand: rerun the script.",
]


def plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def rows() -> list[dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for vowel in ("a", "e"):
        out[f"{vowel}l-"] = {"particle": f"{vowel}l-", "kind": "article"}
        for letter in SUN_LETTERS:
            form = f"{vowel}{plain(letter)}-"
            out.setdefault(form, {"particle": form, "kind": "article"})
    out["Al"] = {"particle": "Al", "kind": "family"}
    return sorted(out.values(), key=lambda r: (r["kind"], r["particle"]))


def render() -> str:
    """The table's text (``tests/pipeline/test_entity_names_s15.py`` checks the committed file
    equals it)."""
    return "\n".join(HEADER + [json.dumps(r, ensure_ascii=False) for r in rows()]) + "\n"


def main() -> None:
    OUT.write_text(render(), encoding="utf-8")
    print(OUT.name, len(rows()), "rows")


if __name__ == "__main__":
    main()
