"""Derive ``models/sky_bodies.jsonl``: the names of the bodies of the sky (OntoNotes LOC:
planets, dwarf planets, moons, stars, constellations, star clusters, galaxies, comets,
asteroids, nebulae), read by ``briefx.pipeline.entities.kinds.sky_bodies``: "the Moon",
"Saturn", "Sagittarius", "the Andromeda Galaxy", "the Pleiades".

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University). A row is a
capitalised lemma of a noun synset under one of the ROOTS below, reached by hyponym or
instance pointers (``~``/``~i``: "Milky Way" is a kind of galaxy, "Saturn" an instance of a
planet), with the reader of ``scripts/derive_fac_heads.py``. ``sure`` is false where a synset
outside the ROOTS also holds the lemma (a god, a metal, a firm, a sign of the zodiac: "Mars",
"Mercury", "Saturn", "Sagittarius", "Titan"): the rule then asks for more evidence.
Left out: lower-case lemmas (kinds: "planet"), abbreviations ("KBO"), lemmas with a
lower-case word ("Jovian planet"; "Andromeda galaxy" is kept as "Andromeda Galaxy"), names of
two letters ("Io"), and a constellation's or planet's other name that is a common word
("Dragon" for Draco, "Phosphorus" for Venus).

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_sky_bodies.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from derive_fac_heads import closure, data_lines, holders, parse, spaced, write_table

OUT = Path(__file__).resolve().parent.parent / "models" / "sky_bodies.jsonl"
# synset offsets in WordNet 3.0 data.noun, with their first lemma
ROOTS = {
    "09239740": "celestial_body",  # planets, stars, the Sun, moons, asteroids, comets
    "09252970": "constellation",
    "08271042": "galaxy",
    "07959943": "star_cluster",  # the Pleiades, the Hyades (a "collection", not a body)
    "09366940": "nebula",
    "09251407": "comet",
    "09208702": "asteroid",
    "09424270": "natural_satellite",
}


def sky_names(lines: list[str]) -> list[tuple[str, str, bool, str]]:
    """Every capitalised lemma under the ROOTS, once, with its root and whether it is sure: no
    synset outside the ROOTS holds it."""
    raw, hypos, _ = parse(lines, ("~", "~i"))
    lemmas = spaced(raw)
    sky: dict[str, str] = {}
    for off, root in ROOTS.items():
        for o in closure(off, hypos):
            sky.setdefault(o, root)
    held = holders(lemmas)
    out: dict[str, tuple[str, bool, str]] = {}
    for off, root in sky.items():
        for k, lemma in enumerate(lemmas[off]):
            name = _titled(lemma)
            if name is None or name in out:
                continue
            lower = held.get(lemma.lower(), set())
            # the word in lower case: "sky" where it names a body of the sky too ("Sun",
            # "Moon", "Earth": a sun, a moon), "other" where it names another thing only
            # ("Mercury": a metal; "Titan": a giant); an English name after the synset's head
            # word that is a common word ("Dragon" for Draco, "Crow" for Corvus, "Phosphorus"
            # for Venus) is left out: no text writes the body so
            case = "" if not lower else ("sky" if lower & set(sky) else "other")
            if case == "other" and k > 0:
                continue
            sure = all(o in sky for o in held[lemma]) and not lower
            out[name] = (root, sure, case)
    return [(n, r, sure, case) for n, (r, sure, case) in out.items()]


# a kind word that ends a body's name in title case ("Andromeda galaxy" -> "Andromeda Galaxy")
_KIND_TAILS = ("galaxy", "nebula", "cluster")


def _titled(lemma: str) -> str | None:
    """The name as a text writes it, or None: a lower-case lemma is a kind ("planet"), a lemma
    in capitals an abbreviation ("KBO"), one with a lower-case word a kind of body ("Jovian
    planet", "Kuiper belt object"), except a galaxy's or nebula's own name."""
    words = lemma.split(" ")
    if not lemma[:1].isupper() or len(lemma) < 3 or lemma.isupper():
        return None
    if words[-1] in _KIND_TAILS and len(words) > 1:
        words[-1] = words[-1].title()
    if any(not w[:1].isupper() for w in words):
        return None
    return " ".join(words)


def rows(lines: list[str]) -> list[dict[str, object]]:
    return [
        {"name": n, "kind": "sky_body", "root": r, "sure": sure, "lower": case}
        for n, r, sure, case in sorted(sky_names(lines))
    ]


HEADER = (
    "// Names of the bodies of the sky (OntoNotes LOC), derived by scripts/derive_sky_bodies.py\n"
    "// from Princeton WordNet 3.0 (Debian wordnet-base; WordNet 3.0 licence, BSD-style,\n"
    "// Princeton University): capitalised lemmas of the synsets under celestial body,\n"
    "// constellation, galaxy, star cluster, nebula, comet, asteroid and natural satellite;\n"
    "// sure is false where another synset (a god, a metal, a sign) holds the name too; lower is\n"
    "// sky where the word in lower case names a body too (a sun, a moon), other where it names\n"
    "// another thing (mercury, a titan); read by entities.kinds.sky_bodies (session 35).\n"
)


def main() -> int:
    return write_table(OUT, HEADER, rows(data_lines()))


if __name__ == "__main__":
    sys.exit(main())
