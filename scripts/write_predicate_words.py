"""Write models/predicate_words.jsonl: the predicates only people take, and a few only
organisations take, as news copy writes them (session 41, types41, issue 13).

Source: written by hand for briefx from the author's knowledge of English news style; no
lexicon installed here lists predicates by the kind of their subject or object (WordNet's verb
frames say "Somebody ----s", which firms and countries are too), so each family below was
written out and checked against invented examples (``tests/pipeline/test_entity_predicates_s41.py``).
Words whose subject or object may as well be a body are left out: "joined" (a country joins an
alliance), "succeeded" ("succeeded in"), "studied" ("the ministry studied the plan"), "scored" and "equalised" (a side scores: "Frolunda
scored twice in the third period"; ``entity_forms`` kind ``person_verb`` reads them after a lone
surname), "died at",
"studied at" (a hospital, a university after them), "charged" is kept only as an object ("prosecutors charged X"), "appointed" and
"named" as a subject only in the passive and not before a firm's mandate ("KPMG was appointed
administrator"), "agreed to buy" (people buy firms too), "told" and "addressed" only with an
audience of people after them ("told a rally"; "told investors", "told reporters" are a
firm's or an agency's too).

Rows (``word`` lower case, ``kind``):
- ``person_passive``: a participle after "was"/"has been"/... whose subject is a person (careers,
  life events, legal proceedings: "appointed", "sworn in", "born", "jailed", "extradited");
- ``person_active``: a verb or phrase right after its subject, a person (with "has", "had" or
  nothing before it: "resigned", "died", "married", "pleaded guilty", "underwent surgery",
  "equalised");
- ``person_object``: a verb whose object right after it is a person ("sentenced X", "jailed X",
  "sacked X", "extradited X");
- ``person_event``: a noun before "of" and a person ("the arrest of X", "the funeral of X");
- ``person_possession``: what only a person has after the possessive ("X's resignation", "X's
  collarbone"; not "injury" nor "grave": "the club's injury crisis", "the union's grave
  concerns");
- ``person_his``: a verb right before "his" or "her" whose subject is the name ("X broke his
  collarbone", "X retained her title"; not "announced", "ended", "extended": a club announces,
  ends or extends his contract);
- ``speech_verb`` and ``audience``: a verb of speaking to people and the people spoken to ("told
  a rally", "addressed deputies");
- ``speech_opening``: the opening of a clause whose subject, the name after its comma, speaks to
  people ("Speaking to reporters, X said", "In a speech to parliament, X said");
- ``firm_mandate``: what a firm is appointed as ("administrator", "auditor"): no person's role
  after "was appointed";
- ``life_place``: a verb of a person's life before "in"/"to" and a place ("born in X", "grew up
  in X", "emigrated to X");
- ``org_active``: what only a body does right after its name ("filed for bankruptcy", "went into
  administration", "listed its shares", "won ... contract": "..." stands for up to four words);
- ``org_object``: what only a body is the object of ("agreed to supply X", "the acquisition of
  X"; not "acquired X", a player traded).

Run from the project root: ``.venv/bin/python scripts/write_predicate_words.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "predicate_words.jsonl"
HEADER = (
    "// Predicates only people take, and a few only organisations take, as news copy writes them\n"
    "// (session 41, types41): hand-written for briefx by scripts/write_predicate_words.py (see its\n"
    "// docstring for the families and the words left out); do not edit by hand: rerun the script.\n"
    "// Read by briefx.pipeline.entities.predicates.\n"
)

WORDS: dict[str, str] = {
    # careers and appointments, life events, legal proceedings (passive, after "was" ...)
    "person_passive": (
        "appointed|named|sworn in|elected|re-elected|sacked|fired|dismissed|hired|promoted|"
        "demoted|nominated|reappointed|born|buried|cremated|married|injured|wounded|killed|"
        "kidnapped|abducted|hospitalised|hospitalized|arrested|detained|jailed|imprisoned|"
        "sentenced|convicted|acquitted|extradited|indicted|charged|questioned|freed|deported|"
        "executed|pardoned|released on bail|sent off|booked|knighted"
    ),
    # (active) careers, life events, speech, legal proceedings, a player's deeds
    "person_active": (
        "resigned|retired|died|has died|stepped down|quit as|took over as|takes over as|"
        "coached|captained|played for|plays for|signed for|married|divorced|"
        "grew up|graduated|underwent|gave birth|testified|tweeted|pleaded guilty|"
        "pleaded not guilty|pleaded innocent|pleads guilty|pleads not guilty|went on trial|"
        "stood trial|joined ... from|gave a speech|delivered a speech|gave a lecture|delivered a lecture|"
        "gave an address|delivered an address|"
        "is survived by|succeeded him|succeeded her|succeeds him|succeeds her|replaced him|"
        "replaced her"
    ),
    "person_object": (
        "sentenced|jailed|arrested|detained|convicted|acquitted|extradited|charged|indicted|"
        "sacked|fired|dismissed|nominated|hired|married|interviewed|kidnapped|abducted|freed|"
        "pardoned|deported|executed|questioned"
    ),
    "person_event": (
        "arrest|funeral|burial|sacking|resignation|extradition|conviction|acquittal|"
        "murder|assassination|kidnapping|abduction|widow|widower|wife|husband|son|daughter|"
        "swearing-in|retirement|detention"
    ),
    # what only a person has after the possessive ("X's resignation", "X's girlfriend"; the
    # older ``entity_forms`` kind ``person_have`` holds wife, lawyer, death, funeral ...)
    "person_possession": (
        "arrest|resignation|retirement|sacking|dismissal|conviction|acquittal|extradition|"
        "sentencing|murder|assassination|kidnapping|abduction|testimony|"
        "memoir|memoirs|biography|birthday|girlfriend|boyfriend|fiancee|fiancée|fiance|"
        "fiancé|children|parents|grandson|granddaughter|nephew|niece|coffin|bodyguard|"
        "bodyguards|debut|knee|ankle|hamstring|shoulder|collarbone"
    ),
    # a verb whose object is the subject's own body, title or lead ("X broke his collarbone", "X
    # retained her title"), read only right before "his" or "her"
    "person_his": (
        "broke|injured|hurt|fractured|dislocated|twisted|tore|retained|defended|regained|"
        "made|celebrated|lost|kept|won|underwent|began|started|resumed"
    ),
    "speech_verb": "told|tells|addressed|addresses|assured|greeted",
    "audience": (
        "rally|crowd|supporters|delegates|deputies|lawmakers|legislators|senators|mps|"
        "parliament|congress|students|graduates|workers|mourners|conference|congress|summit|"
        "assembly|audience|nation|troops|soldiers|voters|"
        "congregation|pilgrims|followers|party faithful|convention|gathering|meeting|"
        "headteachers|teachers|doctors|nurses|farmers|miners|mineworkers|villagers|residents"
    ),
    "speech_opening": (
        "speaking to|speaking at|speaking in|speaking on|speaking after|speaking before|"
        "addressing|in a speech to|in a speech at|in a speech in|in a speech on|"
        "in an address to|in remarks to|in a lecture at|in a lecture to|in an interview with|"
        "in an interview on|writing in"
    ),
    "firm_mandate": (
        "administrator|administrators|auditor|auditors|adviser|advisers|advisor|advisors|"
        "broker|brokers|bookrunner|bookrunners|liquidator|liquidators|receiver|receivers|"
        "contractor|contractors|supplier|suppliers|sponsor|sponsors|partner|partners|"
        "manager|managers|trustee|trustees|custodian|registrar|underwriter|underwriters|"
        "consultant|consultants|operator|distributor"
    ),
    "life_place": (
        "born in|grew up in|raised in|brought up in|buried in|died in|emigrated to|settled in|"
        "studied in|lives in|lived in|retired to|was living in"
    ),
    "org_active": (
        "filed for bankruptcy|filed for insolvency|filed for chapter 11|filed for creditor "
        "protection|went into administration|went into receivership|went into liquidation|"
        "collapsed into administration|entered administration|listed its shares|"
        "floated its shares|was listed on|is listed on|listed on|floated on|delisted|"
        "won ... contract|won ... contracts|was awarded ... contract|agreed to supply|"
        "employs|agreed to be bought|agreed to be acquired|was acquired by|"
        "was bought by|was taken over by"
    ),
    "org_object": "supply|supplies|supplied|supplying|acquisition of|supplier to|supplies to",
}


def rows() -> list[dict[str, str]]:
    out, seen = [], set()
    for kind, words in WORDS.items():
        for word in words.split("|"):
            key = (word.strip(), kind)
            if key[0] and key not in seen:
                seen.add(key)
                out.append({"word": key[0], "kind": kind})
    return out


def main() -> None:
    """Rewrite the table."""
    lines = [json.dumps(r, ensure_ascii=False) for r in rows()]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(OUT.name, len(lines), "rows")


if __name__ == "__main__":
    main()
