"""Derive ``models/motion_words.jsonl``: the words whose "to X" (and "toward X") makes X a place
reached, read by ``entities.places.motion_places`` (session 26, issue 13 types): "the peloton
climbs to Peyragudes", "the convoy drove to Kitgum", "a pipe to Reykjanesbaer", "flights to X".

Source: Princeton WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``;
WordNet 3.0 licence, a BSD-style permission notice, Princeton University). Rows:
- ``motion_verb``: one-word verbs whose first (most frequent) sense is in the lexicographer file
  verb.motion (38), with their regular inflections ("climb", "climbs", "climbed", "climbing")
  and the irregular ones of ``verb.exc`` ("drove", "fled", "flew"); left out are the verbs
  whose "to" names no place reached in news copy (STOP: "fall to" a rival, "lead to" a cause,
  "turn to" a helper, "go/move/switch/return/jump to" a firm's new job);
- ``way_noun``: one-word nouns under road (04096066), pipeline (03946325), conduit (03089014) and journey
  (00306426) whose first noun sense is under them ("highway", "pipeline", "trip", "flight").

Build-time only (WordNet is no runtime dependency of briefx). Run with it installed:

    apt-get install wordnet-base && python scripts/derive_motion_words.py
"""

from __future__ import annotations

from pathlib import Path

from derive_fac_heads import closure, data_lines, first_senses, parse, write_table

WN = Path("/usr/share/wordnet")
MODELS = Path(__file__).resolve().parent.parent / "models"
OUT = MODELS / "motion_words.jsonl"
MOTION = "38"
WAYS = {"04096066": "road", "03946325": "pipeline", "00306426": "journey", "03089014": "conduit"}
STOP = frozenset(
    {
        "fall",
        "lead",
        "turn",
        "go",
        "move",
        "switch",
        "return",
        "jump",
        "come",
        "bring",
        "follow",
        "head",
        "defect",
        "transfer",
        "run",
        "pass",
        "change",
        "shift",
        "give",
        "send",
        "cross",
        "push",
        "pull",
        "step",
        "rise",
        "drop",
        "bow",
        "lean",
        "back",
        "reach",
        "get",
        "slip",
        "slide",
        "roll",
        "break",
        "lift",
        "ease",
        "float",
        "wander",
        "stray",
        "drift",
        "flow",
        "drain",
        "spread",
    }
)
# nouns under conduit whose "to X" names a buyer more often than a place ("sold the airline to X")
STOP_NOUNS = frozenset({"airline", "airway", "barrel", "silencer", "manifold"})
VOWELS = "aeiou"


def verb_firsts() -> dict[str, str]:
    """Verb lemma -> lexicographer file of its first sense (index.verb, data.verb)."""
    files = {}
    for line in data_lines(WN / "data.verb"):
        if not line.startswith("  "):
            f = line.split(" ")
            files[f[0]] = f[1]
    out = {}
    for line in data_lines(WN / "index.verb"):
        if line.startswith("  "):
            continue
        f = line.split(" ")
        ptrs = int(f[3])
        offsets = f[4 + ptrs + 2 :]
        if offsets and offsets[0] in files:
            out[f[0]] = files[offsets[0]]
    return out


def inflect(verb: str) -> set[str]:
    """The regular forms of a verb ("climb" -> climbs, climbed, climbing)."""
    forms = {verb}
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(verb + "es")
    elif verb.endswith("y") and verb[-2:-1] not in VOWELS:
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in VOWELS:
        forms |= {verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + "ed", verb + "ing"}
    return forms


def main() -> int:
    firsts = verb_firsts()
    verbs = {v for v, lex in firsts.items() if lex == MOTION and v.isalpha() and v not in STOP}
    forms = set()
    for v in verbs:
        forms |= inflect(v)
    for line in data_lines(WN / "verb.exc"):
        parts = line.split()
        if len(parts) >= 2 and parts[1] in verbs and parts[0].isalpha():
            forms.add(parts[0])
    lemmas, hypos, _ = parse(data_lines(WN / "data.noun"))
    first = first_senses(data_lines(WN / "index.noun"))
    nouns = set()
    for root in WAYS:
        under = closure(root, hypos)
        for off in under:
            for n in lemmas.get(off, ()):
                n = n.lower()
                if n.isalpha() and first.get(n) in under and n not in STOP_NOUNS:
                    nouns.add(n)
    nouns |= {n + "s" for n in nouns if not n.endswith("s")}
    head = (
        '// Words whose "to X" makes X a place reached (session 26, issue 13 types), read by\n'
        "// briefx/pipeline/entities/places.py (motion_places). Derived by\n"
        "// scripts/derive_motion_words.py from Princeton WordNet 3.0 (Debian wordnet-base;\n"
        "// WordNet 3.0 licence, Princeton University): motion_verb, verbs whose first sense is\n"
        "// in verb.motion, inflected; way_noun, nouns under road, pipeline and journey.\n"
    )
    rows = [{"word": w, "kind": "motion_verb"} for w in sorted(forms)]
    rows += [{"word": w, "kind": "way_noun"} for w in sorted(nouns)]
    return write_table(OUT, head, rows)


if __name__ == "__main__":
    raise SystemExit(main())
