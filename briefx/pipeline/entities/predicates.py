"""Types by the sentence's predicate (session 41, types41, issue 13).

What the sentence says a name does, or has done to it, tells a person from a body or a place
where the name alone does not ("Okonjo told the rally", "a court jailed Eze", "Halloran was
born in Hammerfest", "Morgan Sindall won a £210 million contract"). The predicates are words
of ``models/predicate_words.jsonl`` (``scripts/write_predicate_words.py``, hand-written; its
docstring lists the families and the words left out because bodies take them too). Read by
``entities.evidence.cues`` (the one vote per name, session 20) as strong cues:

- a person (PERSON): the subject of a person's predicate right after the name, in the passive
  ("X was sworn in", "X, who was jailed in 1994", "X has been appointed"; not before a firm's
  mandate: "X was appointed administrator") or active ("X resigned", "X pleaded not guilty", "X
  underwent surgery"), a verb before "his"/"her" ("X broke his collarbone"); what only a person
  has after the possessive ("X's resignation"); a verb of speaking to people and the people spoken to ("X told a rally of
  mineworkers", "X addressed about 5,000 workers"); the object of a verb only people are the
  object of ("a court jailed X", "prosecutors charged X with", "the club sacked X"; not before
  a possessive, "questioned X's figures"); a person's event before "of" ("the arrest of X", "the
  funeral of X"); the subject after a clause of speaking to people ("Speaking to headteachers in
  Liverpool, X said", "In a speech to parliament, X said");
- a place (GPE): after a verb of a person's life and "in"/"to" ("born in X", "grew up in X",
  "emigrated to X");
- a body (ORG): the subject of what only a body does ("X filed for bankruptcy", "X won a £210
  million contract", "X listed its shares"), the object of what only a body is supplied or
  bought as ("agreed to supply X", "the acquisition of X").

Which names a cue may retype is ``entities.evidence``'s to say (no table's firm, club, country
or town of 15,000 for a person; a side of a match keeps its type). Table lookups and short
regular expressions per mention; the table is read once, on first use.
"""

from __future__ import annotations

import re
from functools import cache

from briefx.pipeline._util import longest_first
from briefx.resources import table_index

__all__ = ["life_place", "org_object", "org_predicate", "person_predicate", "predicate_words"]


@cache
def predicate_words(kind: str) -> frozenset[str]:
    """The words of one kind of ``models/predicate_words.jsonl``."""
    rows = table_index("predicate_words.jsonl", "kind").get(kind) or ()
    return frozenset(str(r["word"]) for r in rows)


GAP = r"(?:[^\s.;!?]+ ){0,4}?"  # "..." in a phrase: up to four words


def _phrase(words: str) -> str:
    """One phrase of the table as a regular expression ("won ... contract")."""
    out = "".join(GAP if part == "..." else re.escape(part) + " " for part in words.split())
    return out.removesuffix(" ")


def _alternatives(kind: str) -> str:
    """The phrases of ``kind`` as a regular expression's alternatives, longest first."""
    words = longest_first(predicate_words(kind))
    return "|".join(_phrase(w) for w in words)


# what may stand between a subject and its verb: "who", an auxiliary, an adverb
WHO = r"(?:,? who)?"
ADVERB = (
    r"(?: (?:also|later|then|since|recently|once|never|already|earlier|subsequently|[a-z]+ly))?"
)
BE = (
    r"(?:was|were|is|are|has been|have been|had been|will be|would be|is to be|was to be|"
    r"is due to be|was due to be|could be|may be|might be|is being|was being|is expected to be)"
)
HAVE = r"(?: (?:has|have|had|will|would))?"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    passive = _alternatives("person_passive")
    return {
        "passive": re.compile(
            rf"{WHO}{ADVERB} {BE}{ADVERB} ({passive})(?![\w-])(?: (?:as )?(?:an? |the |its |their )?"
            rf"(?:joint |new |interim |provisional |sole |official |main )?([a-z]+))?"
        ),
        "apposed": re.compile(rf", ({passive}) (?:in|on|at|to|for|by|after|as)\b"),
        "active": re.compile(rf"{WHO}{HAVE}{ADVERB} (?:{_alternatives('person_active')})(?![\w-])"),
        "speech": re.compile(
            rf"{WHO}{HAVE}{ADVERB} (?:{_alternatives('speech_verb')})(?: [\w,.'’$-]+){{0,3}}? "
            rf"(?:{_alternatives('audience')})\b",
            re.IGNORECASE,
        ),
        "possession": re.compile(rf"['’]s (?:{_alternatives('person_possession')})\b"),
        "his": re.compile(rf"{WHO}{HAVE}{ADVERB} (?:{_alternatives('person_his')}) (?:his|her)\b"),
        "object": re.compile(rf"\b(?:{_alternatives('person_object')}) \Z"),
        "event": re.compile(rf"\b(?:{_alternatives('person_event')}) of \Z"),
        "opening": re.compile(
            rf"(?:\A|[.!?;:\n][\"”’']?\s+|\n)(?i:{_alternatives('speech_opening')})\b"
            r"[^.!?;:\n\"“”]{0,160}, \Z"
        ),
        "place": re.compile(rf"\b(?:{_alternatives('life_place')}) \Z"),
        "org_object": re.compile(rf"\b(?:{_alternatives('org_object')}) \Z"),
        "org": re.compile(
            rf"(?:,? which)?{HAVE}{ADVERB} (?:{_alternatives('org_active')})(?![\w-])"
        ),
    }


POSSESSIVE = re.compile(r"['’]s?\b")
TO_PAY = re.compile(r" to (?:pay|a fine|fines)\b")
IT_AFTER = re.compile(r"(?: on [A-Z][a-z]+day)?,?(?: that)? it\b")


def person_predicate(text: str, start: int, end: int) -> bool:
    """The mention ``text[start:end]`` is the subject or object of what only a person is or
    does (see the module docstring)."""
    pt = _patterns()
    after = text[end : end + 160]
    if mt := pt["passive"].match(after):
        # "KPMG was appointed administrator": a firm's mandate, no person's role; "X was named
        # after its founder": a place's or a firm's name
        return mt.group(2) not in predicate_words("firm_mandate") | {"after"}
    if (mt := pt["apposed"].match(after)) and mt.group(1) != "named":
        return True
    if pt["active"].match(after) or pt["possession"].match(after) or pt["his"].match(after):
        return True
    if mt := pt["speech"].match(after):
        # "Ryanair told reporters it would cut flights": the speaker's "it" is a body's
        return not IT_AFTER.match(after, mt.end())
    before = text[max(0, start - 200) : start]
    if POSSESSIVE.match(after) or TO_PAY.match(after):
        # "questioned X's figures", "the arrest of X's driver": X's, not X; "sentenced X to pay
        # a fine": a firm is sentenced to pay
        return False
    return bool(
        pt["object"].search(before[-30:])
        or pt["event"].search(before[-30:])
        or pt["opening"].search(before)
    )


def life_place(before: str) -> bool:
    """A verb of a person's life and "in"/"to" end ``before`` ("born in ", "grew up in ")."""
    return bool(_patterns()["place"].search(before[-30:]))


def org_predicate(after: str) -> bool:
    """What only a body does opens ``after`` ("filed for bankruptcy", "won a £210 million
    contract", "listed its shares")."""
    return bool(_patterns()["org"].match(after))


def org_object(before: str) -> bool:
    """A verb or noun whose object only a body is ends ``before`` ("agreed to supply ", "the
    acquisition of ")."""
    return bool(_patterns()["org_object"].search(before[-30:]))
