"""Derive ``models/fac_heads.jsonl``: the last words of the names of facilities (OntoNotes FAC:
buildings, airports, highways, bridges and other structures), read by ``names.fac_heads`` with
the older hand lists of ``entity_words.jsonl`` (OntoNotes) and ``entity_forms.jsonl`` (GeoNames
class S): "Kirkby Interchange", "Stanlow Refinery", "Kingsbury Depot", "Millau Viaduct".

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University). A row is a one-word
lemma of a noun synset under one of the ROOTS below (the hyponym closure, instances left out):
the WordNet classes of places of work and travel that OntoNotes tags FAC, kept only where that
synset is the word's first (most frequent) noun sense in WordNet's index ("refinery", "viaduct",
"interchange"; not "line", "network", "grid", "water", "treasury", whose first senses are no
structures). Left out: words that end an organisation's name in briefx's own tables
(``organisations``, ``companies``, ``sports_teams``: "Carrefour", "Thames Water"); words whose
named uses stand as often for a body as for its building (NOT_FAC: "the Supreme Court", "Bank
of England", "Carnegie Hall", "the Foreign Office", "Jet Propulsion Laboratory" are
organisations, as OntoNotes and ANNOTATION.md type them) or that are common surnames or
abstract first senses; rooms, which name no facility of their own (noun.artifact synsets not
under ROOM). Words already in the older tables are left out.

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_fac_heads.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

DATA = Path("/usr/share/wordnet/data.noun")
INDEX = Path("/usr/share/wordnet/index.noun")
MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "fac_heads.jsonl"
NOUN_ARTIFACT = "06"
# synset offsets in WordNet 3.0 data.noun, with their first lemma
ROOTS = {
    "03315023": "facility",  # airfields, stations, terminals, depots, plants, mines ...
    "02913152": "building",  # halls, towers, warehouses, hangars ...
    "02914991": "building_complex",  # plants, refineries, works, complexes
    "02898711": "bridge",  # viaducts, aqueducts, footbridges
    "04096066": "road",  # highways, motorways, bypasses, causeways
    "03605722": "junction",  # interchanges, cloverleafs
    "03160309": "dam",  # dams, dikes, weirs
    "02947212": "canal",  # canals, ship canals
}
ROOM = "04105893"  # room: rooms of a building name no facility
# words whose names as often mean the body that works there (OntoNotes ORG): a court, a bank,
# an office, a school, a house of parliament, a museum or library as an institution, a club
NOT_FAC_WORDS = """academy bank bourse chamber chancellery chancery church club college consulate
    court embassy exchange gallery house institute laboratory lab library ministry museum office
    parliament school seminary senate store shop studio theatre theater university works center
    centre home hall assembly market mission post service agency bureau branch firm company
    transportation architecture plumbing sampler links coop pike garner kirk jakes tope stalls
    repertory drome rotary stable mill temple"""
NOT_FAC = frozenset(NOT_FAC_WORDS.split())


def parse(
    lines: list[str], pointers: tuple[str, ...] = ("~",)
) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, str]]:
    """Return offset -> lemmas (as written: "_" between words), offset -> the noun offsets its
    ``pointers`` lead to ("~" hyponyms; "~i" named instances too), offset -> lexicographer file.
    The one reader of data.noun for the WordNet-derived tables."""
    lemmas: dict[str, list[str]] = {}
    hypos: dict[str, list[str]] = defaultdict(list)
    files: dict[str, str] = {}
    for line in lines:
        if line.startswith("  "):
            continue  # the licence header
        f = line.split(" ")
        count = int(f[3], 16)
        lemmas[f[0]] = [f[4 + 2 * k].split("(")[0] for k in range(count)]
        files[f[0]] = f[1]
        p = 4 + 2 * count
        for k in range(int(f[p])):
            sym, off, pos = f[p + 1 + 4 * k], f[p + 2 + 4 * k], f[p + 3 + 4 * k]
            if sym in pointers and pos == "n":
                hypos[f[0]].append(off)
    return lemmas, hypos, files


def spaced(lemmas: dict[str, list[str]]) -> dict[str, list[str]]:
    """Lemmas as text writes them ("Iberian_Peninsula" -> "Iberian Peninsula")."""
    return {off: [n.replace("_", " ") for n in names] for off, names in lemmas.items()}


def holders(lemmas: dict[str, list[str]]) -> dict[str, set[str]]:
    """Lemma -> the offsets of every synset that holds it."""
    out: dict[str, set[str]] = defaultdict(set)
    for off, names in lemmas.items():
        for name in names:
            out[name].add(off)
    return out


def data_lines(path: Path = DATA) -> list[str]:
    """The lines of a WordNet file; exits with a hint where WordNet is not installed."""
    if not path.exists():
        raise SystemExit(f"{path} not found: apt-get install wordnet-base")
    return path.read_text(encoding="utf-8").splitlines()


def write_table(out: Path, head: str, rows: list[dict[str, str]]) -> int:
    """Write a derived table: its comment header, then one JSON row a line."""
    out.write_text(
        head + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    print(out, len(rows), "rows")
    return 0


def closure(root: str, hypos: dict[str, list[str]]) -> set[str]:
    seen: set[str] = set()
    todo = [root]
    while todo:
        off = todo.pop()
        if off not in seen:
            seen.add(off)
            todo.extend(hypos.get(off, ()))
    return seen


def older() -> set[str]:
    """The facility words the hand tables hold already."""
    words = set()
    for name in ("entity_words.jsonl", "entity_forms.jsonl"):
        for line in (MODELS / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                if row.get("kind") == "fac_head":
                    words.add(row["word"])
    return words


def noun_senses(index: list[str]) -> dict[str, list[str]]:
    """Return lemma -> the offsets of its noun senses, most frequent first (index.noun)."""
    out = {}
    for line in index:
        if line.startswith("  "):
            continue
        f = (
            line.split()
        )  # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets
        out[f[0]] = f[-int(f[2]) :]
    return out


def first_senses(index: list[str]) -> dict[str, str]:
    """Return lemma -> the offset of its first (most frequent) noun sense (index.noun)."""
    out = {}
    for line in index:
        if line.startswith("  "):
            continue
        f = line.split()
        pointers = int(f[3])  # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt
        out[f[0]] = f[6 + pointers]
    return out


def org_tails() -> set[str]:
    """The last words, lower case, of the organisations' names in briefx's tables."""
    tails = set()
    for name in ("organisations.jsonl", "companies.jsonl", "sports_teams.jsonl"):
        for line in (MODELS / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("//"):
                row = json.loads(line)
                for key in ("alias", "name"):
                    if row.get(key):
                        tails.add(str(row[key]).split()[-1].lower())
    return tails


def rows(lines: list[str], index: list[str]) -> list[dict[str, str]]:
    lemmas, hypos, files = parse(lines)
    rooms = closure(ROOM, hypos)
    first = first_senses(index)
    skip = older() | org_tails() | NOT_FAC
    found: dict[str, str] = {}
    for root, label in ROOTS.items():
        under = closure(root, hypos) - rooms
        for off in sorted(under):
            if files[off] != NOUN_ARTIFACT:
                continue
            for lemma in lemmas[off]:
                word = lemma.isalpha() and lemma.islower() and len(lemma) > 2
                if word and lemma not in skip and first.get(lemma) in under:
                    found.setdefault(lemma, label)
    return [{"word": w, "kind": "fac_head", "root": found[w]} for w in sorted(found)]


HEADER = (
    "// Last words of facilities' names (OntoNotes FAC), derived by scripts/derive_fac_heads.py\n"
    "// from Princeton WordNet 3.0 (Debian wordnet-base; WordNet 3.0 licence, BSD-style,\n"
    "// Princeton University): one-word lemmas of the hyponyms of facility, building,\n"
    '// building complex, bridge, road, junction, dam and canal ("root") whose first sense it\n'
    "// is; rooms, the last words of organisations' names and the words that as often name a\n"
    "// body left out (see the script); read by names.fac_heads (session 15).\n"
)


def main() -> int:
    return write_table(OUT, HEADER, rows(data_lines(), data_lines(INDEX)))


if __name__ == "__main__":
    raise SystemExit(main())
