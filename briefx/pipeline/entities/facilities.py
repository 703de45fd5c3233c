"""Facilities and the bodies in them, read off the words around a name (session 15).

- A part of a facility after its owner's possessive: "Heathrow's Terminal 5", "Schiphol's Pier
  D", "Gatwick's North Terminal". The part (a capitalised part word of ``fac_part`` in
  ``models/entity_forms.jsonl`` with a number, a letter or a capitalised word) is a FAC named
  with its owner ("Heathrow Terminal 5", as English Wikipedia titles terminals), and the owner,
  which has terminals and piers, is a FAC too (NER reads "Heathrow's Terminal" as one name or
  "Gatwick" as a company).
- A building that speaks is the body in it: a name typed FAC whose last word also names an
  institution (``body_building``: a hospital, a museum, a university) before a reporting verb
  ("Great Ormond Street Hospital said", "the Louvre Museum announced") is an ORG (OntoNotes
  types the institution ORG, the building FAC). Patients taken to the hospital leave it a FAC
  where no mention of it speaks.
- A venue of a match named without a head word (session 18): in a sentence of a match (a
  ``match_verb`` or a score), a name after "at" or "at the" that NER typed a body or a place is
  the ground where two sides, players or teams, are named in its clause ("Arsenal beat Chelsea
  at the Emirates", "Scotland host Italy at Murrayfield", "Inter were held 1-1 at San Siro by
  Torino"); with one side only it is the other side's ground, named by its club ("Atalanta
  lost 2-1 at Fiorentina"), and stays. Not a country, an alias, a place of the gazetteer, a
  listed company or a team the league table knows.
- One mention at a time, by its role in the sentence (session 27): a name whose head word
  names a building that is also a body (``body_building``: "X Hospital", "X University",
  "Museum of X") is the body where the mention acts as one: a reporting verb after it ("X
  Hospital said"), "according to X", a person's role or title after it or its possessive ("X's
  chief nurse", "an X University spokesman", "the X's curators"); an airport, a port or a
  stadium that speaks stays a FAC, as the annotated sets type "Gatwick said", "Silverstone
  said". Such a name, or one with a facility's head word (``names.fac_heads``: "X Airport",
  "X Stadium"), is the place where the mention is one: after a
  preposition of place or motion ("taken to X Hospital", "flights from X Airport", "at X
  Stadium"; for a body's building only the prepositions of position, "outside the Museum of
  X", or any after a verb of motion or a way's noun of ``models/motion_words.jsonl``, "flown to
  X Hospital", "arrived at X Hospital", and no person's role before them: "nurses at X
  Hospital", "students from X University", "gave $40m to X University" name the body).
  ANNOTATION.md types each mention: the Louvre is a FAC where visitors go and an ORG where its
  curators speak. Run after
  the one-type vote of ``coref.link_names``, each mention keeps its own type.
- A facility of a kind that is a FAC in every role (session 35: ``fac_any_role``, airports,
  ports, stadiums, arenas, dams, bridges, mines; "X Airport", "Port of X") is a FAC also where
  it is the subject of a verb ("X Airport cancelled 38 flights", "the Port of X said volumes
  fell"), as OntoNotes and the annotated sets type them; only a person of it after the name
  ("an X Airport spokeswoman", "the Port of X's chief executive") makes that mention the body.
  A name with a building's or such a facility's head word that NER typed a place ("X Valley
  University" GPE) is the body or the facility, typed by its role as above, unless the
  gazetteer knows the whole name as a place ("Port of Spain").
- An airport named by its short name before a lower-case "airport" ("at Dublin airport", "Cork
  and Shannon airports"), a FAC whose span leaves the word out, takes the airport's name from
  ``models/airport_titles.jsonl`` (airportsdata; session 38): "Dublin Airport".
- A well-known facility named by its short name takes English Wikipedia's title where the
  text shows it means the facility (session 41, ``models/facility_titles.jsonl``): typed a
  facility ("the reactor at Chernobyl", a ground ``match_venues`` found: "at Wembley"), before
  a lower-case word of its kind ("the Zaporizhzhia plant"), or a circuit after "at" in a
  sentence of a race.
"""

from __future__ import annotations

import re
from functools import cache

from briefx.normalize.cues import cues
from briefx.normalize.names import (
    fac_heads,
    form_words,
    lookup_alias,
    lookup_company,
    person_noun,
    place_pop,
    title_words,
)
from briefx.pipeline._util import longest_first
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.leagues import league_teams
from briefx.pipeline.entities.places import motion_words
from briefx.pipeline.entities.tables import put_typed
from briefx.resources import table_index

__all__ = [
    "airport_titles",
    "facility_titles",
    "match_venues",
    "mention_roles",
    "possessive_parts",
    "speaking_bodies",
]

# an owner's name (capitalised words), a possessive, and a capitalised part with its designator
_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}"
# the lower-case word after a name: a reporting verb or an auxiliary before one
NEXT_WORD = re.compile(r"[ \t]+(?:(?:has|have|had|also|then|later)[ \t]+)?([a-z]+)\b")


@cache
def _part_pattern() -> re.Pattern[str]:
    parts = "|".join(longest_first(w.capitalize() for w in form_words("fac_part")))
    return re.compile(
        rf"\b({_NAME})['’]s "
        rf"((?:[A-Z][a-z]+ )?(?:{parts})s?(?: (?:\d+[A-Z]?|[A-Z]))?)(?![\w-])"
    )


def possessive_parts(text: str, ents: list[Ent]) -> None:
    """Type an owner and the part of it named after its possessive as FACs (in place)."""
    if "'s " not in text and "’s " not in text:
        return
    for mt in _part_pattern().finditer(text):
        part = mt.group(2)
        words = part.split()
        if len(words) == 1:
            continue  # "Heathrow's Terminal": which one is not said
        os_, oe = mt.span(1)
        if any(
            x.type == "PERSON" and (x.titles or " " in x.name) and x.start < oe and os_ < x.end
            for x in ents
        ):
            continue  # "Mayor Jane Roe's Pier 4" is a person's
        owner = next((x.name for x in ents if x.start == os_ and x.end == oe), mt.group(1))
        put_typed(text, ents, os_, oe, "FAC")
        for x in ents:
            if x.start == os_ and x.end == oe:
                x.name = owner
        ps, pe = mt.span(2)
        put_typed(text, ents, ps, pe, "FAC")
        for x in ents:
            if x.start == ps and x.end == pe:
                x.name, x.link = f"{mt.group(1)} {part}", False


def speaking_bodies(text: str, ents: list[Ent]) -> None:
    """Make a building that speaks the body in it: every mention of its name an ORG (in place)."""
    heads = form_words("body_building")
    verbs = cues()
    speaking = set()
    for x in ents:
        words = text[x.start : x.end].split()
        if x.type != "FAC" or len(words) < 2 or words[-1].lower() not in heads:
            continue
        mt = NEXT_WORD.match(text, x.end)
        if mt and mt.group(1) in verbs:
            speaking.add(x.name)
    for x in ents:
        if x.name in speaking:
            x.type, x.fixed = "ORG", True


AT_BEFORE = re.compile(r"\bat (?:the )?\Z")
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
CLAUSE_END = re.compile(r"[.;!?\n]|, (?:and|while|but) | while | whereas ")
SIDES = ("ORG", "GPE", "PERSON", "NORP")
BY_SIDE = re.compile(r" by [A-Z]")


def clause_start(text: str, start: int) -> int:
    """Where the clause that ends at ``start`` begins: after the last sentence or clause break
    ("." ";" a line break, ", and", " while") within 300 characters before it."""
    floor = max(0, start - 300)
    return max((m.end() for m in CLAUSE_END.finditer(text, floor, start)), default=floor)


def reads_as_match(clause: str) -> bool:
    """A clause that reports a match: a score ("2-1") or a match's verb (``entity_forms`` kind
    ``match_verb``: "beat", "drew", "held")."""
    return bool(
        SCORE.search(clause) or set(re.findall(r"[a-z]+", clause)) & form_words("match_verb")
    )


@cache
def _team_names() -> frozenset[str]:
    return frozenset(alias for teams in league_teams().values() for alias in teams)


def match_venues(text: str, ents: list[Ent]) -> None:
    """Type the ground of a match named without a head word a FAC (in place; see the module
    docstring)."""
    order = sorted(ents, key=lambda x: x.start)
    venues: set[str] = set()
    for k, e in enumerate(order):
        if e.type not in ("ORG", "GPE", "LOC") or e.titles:
            continue
        if e.fixed and "team" not in e.tags:
            continue  # a side sports.teams read off a score may be the ground ("at San Siro")
        if not AT_BEFORE.search(text, max(0, e.start - 8), e.start):
            continue
        lo = clause_start(text, e.start)
        nxt = CLAUSE_END.search(text, e.end, e.end + 300)
        hi = nxt.start() if nxt else min(len(text), e.end + 300)
        if not reads_as_match(text[lo:hi]):
            continue
        word = text[e.start : e.end]
        venue = _venue_row(word) is not None  # "at Wembley", a town's name too (session 41)
        if not venue and (lookup_alias(word) or lookup_company(word) or place_pop(word) >= 0):
            continue
        if word in _team_names():
            continue
        if len(word.split()) > 1 and word.split()[-1].lower() in form_words("club_tail"):
            continue  # "won 3-2 at Norwich City": the club's name (session 22)
        sides = [x for x in order[:k] if x.start >= lo and x.type in SIDES]
        if BY_SIDE.match(text, e.end):
            sides.append(e)  # "held 1-1 at San Siro by Torino": the other side after it
        if len(sides) >= 2:
            venues.add(e.name)
    for x in ents:  # every mention of the ground ("INTER HELD AT SAN SIRO" in the headline)
        if x.name in venues and x.type in ("ORG", "GPE", "LOC") and not x.titles:
            x.type, x.fixed = "FAC", True
            x.tags.discard("team")


# a preposition of place or motion right before a name (with "the" and a modifier between)
PLACE_BEFORE = re.compile(
    r"(?:^|(\S+) )(at|from|to|into|in|inside|outside|near|around|through|via|towards?|"
    r"across|on|behind|beside|opposite)(?: the)?(?: [\w,.]+-\w+)? \Z",
    re.IGNORECASE,
)
# the prepositions of position, which make a body's building a place ("at" and "in" do not:
# "nurses at X Hospital", "a lecturer in X University" name the body)
POSITION = frozenset(("inside", "outside", "near", "around", "through", "behind", "beside",
                      "opposite"))  # fmt: skip
ACCORDING = re.compile(r"\baccording to (?:the )?\Z")
AFTER_NAME = re.compile(r"(['’]s?)? ?([A-Za-z]+)(?: ([a-z]+))?")


def _head_kind(words: list[str]) -> str | None:
    """'body' for a building that is also a body ("X Hospital", "X University", "Museum of
    X"), 'any' for a facility that is a FAC in every role ("X Airport", "X Stadium", "Port of
    X": ``fac_any_role``), 'fac' for a name with another facility's head word ("X Hall"), else
    None. The head is the last word, or the first before "of"."""
    if any(w.lower() in form_words("org_head") for w in words):
        return None  # "the Court of Appeals for the Ninth Circuit": a body's head word
    heads = [words[-1].lower()]
    if len(words) > 2 and words[1] == "of":
        heads.append(words[0].lower())
    if any(h in form_words("body_building") for h in heads):
        return "body"
    if any(h in form_words("fac_any_role") for h in heads) and heads[0] != "port":
        return "any"  # "Port X" is a town; "Port of X" a port
    if heads[0] in fac_heads():
        return "fac"
    return None


def _person(word: str | None) -> bool:
    """A person's role or title: a title word or a noun WordNet files first under people
    (``person_nouns.jsonl`` kind ``role``), singular or plural."""
    if not word:
        return False
    w = word.lower()
    return any(person_noun(form) for form in (w, w.removesuffix("s"), w.removesuffix("es")))


def _title(word: str | None) -> bool:
    """A title word ("spokesman", "director", "professor"), singular or plural."""
    if not word:
        return False
    w = word.lower()
    return w in title_words()[0] or (w.endswith("s") and w[:-1] in title_words()[0])


def _staffed(text: str, e: Ent) -> bool:
    """People of the mention are named after it: "X's chief executive", "the X's staff", "an
    X Airport spokeswoman"."""
    after = AFTER_NAME.match(text, e.end)
    if not after:
        return False
    possessive, first, second = after.groups()
    if possessive:
        return _person(first) or (first[:1].islower() and _person(second))
    return first[:1].islower() and _title(first)


def _acts(text: str, e: Ent) -> bool:
    """The mention acts as a body: it speaks, is quoted, or people of it are named."""
    verb = NEXT_WORD.match(text, e.end)
    if verb and verb.group(1) in cues():
        return True
    if ACCORDING.search(text, max(0, e.start - 20), e.start):
        return True
    return _staffed(text, e)  # "X's chief nurse", "an X University spokesman"


def _moves(text: str, start: int) -> bool:
    """A verb of motion or a way's noun among the five words before ``start`` ("flew to",
    "were evacuated from", "walked from the station to", "the route to"; the plural of a
    way's noun too), in the same sentence."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 60, 0)
    words = re.findall(r"[a-z]+", text[lo:start].lower())[-5:]
    motion = motion_words()
    return any(w in motion or (w.endswith("s") and w[:-1] in motion) for w in words)


def _is_place(text: str, e: Ent, kind: str) -> bool:
    """The mention is the place something happens in or moves to or from."""
    mt = PLACE_BEFORE.search(text, max(0, e.start - 60), e.start)
    if not mt:
        return False
    word, prep = mt.group(1), mt.group(2).lower()
    if kind == "body" and prep not in POSITION and not _moves(text, mt.start(2)):
        # "gave $40 million to X University", "a grant from X Museum", "students at X
        # University": the body; "ambulances arrived at X Hospital", "flown to X Hospital"
        return False
    # not after a person: "a professor at X Airport", "students from X University"
    return not (_title(word) or (kind == "body" and _person(word)))


def mention_roles(text: str, ents: list[Ent]) -> None:
    """Type each mention of a facility's or an institution's name by its role: the body where
    it acts, the place where it is one (in place; see the module docstring)."""
    for e in ents:
        if e.type not in ("ORG", "FAC", "GPE", "LOC") or e.titles:
            continue
        words = text[e.start : e.end].split()
        if len(words) < 2:
            continue
        kind = _head_kind(words)
        if kind is None:
            continue
        if e.type in ("GPE", "LOC"):
            if kind == "fac" or place_pop(text[e.start : e.end]) >= 0:
                continue  # "Port of Spain", a town the gazetteer knows
            tail = words[-1].lower() in form_words("fac_any_role")
            if kind == "any" and not tail and words[0] != "Port":
                continue  # "Bridge of Allan", a town: only a port is named "X of Y"
            e.type = "FAC" if kind == "any" else "ORG"  # "X Valley University" typed a place
        if kind == "any":
            # an airport, a port or a stadium is a FAC whatever it does; a person of it
            # makes the mention the body ("an X Airport spokeswoman")
            e.type = "ORG" if _staffed(text, e) else "FAC"
            continue
        if e.type == "FAC" and kind == "body" and _acts(text, e):
            e.type = "ORG"  # an airport or a stadium that speaks stays a FAC (ANNOTATION.md)
        elif e.type == "ORG" and _is_place(text, e, kind) and not _acts(text, e):
            e.type = "FAC"


# A facility named by its short name before a lower-case "airport" ------------------------------

# "airport" right after the name, or "airports" after a list of names ("Cork and Shannon
# airports", "Dublin, Cork and Shannon airports")
AIRPORT_NEXT = re.compile(
    r"(?P<list>(?:(?:,| and|, and| or) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})*) airport(?P<s>s?)\b"
)


def airport_titles(text: str, ents: list[Ent]) -> None:
    """An airport the text names by its city's or its own short name before a lower-case
    "airport" ("flights at Dublin airport", "Cork and Shannon airports"; a FAC whose span
    leaves the word out, ANNOTATION.md) takes the airport's name where
    ``models/airport_titles.jsonl`` (airportsdata, ``scripts/derive_airport_titles.py``) gives
    one: "Dublin Airport", "Shannon Airport" (session 38). A short name the table lacks, or
    two airports share, stays as written; "airport" without a list before a plural names none."""
    if "airport" not in text:
        return
    index = table_index("airport_titles.jsonl", "short")
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "FAC" or e.name not in (word, f"{word} Airport"):
            continue  # (``structures.titled_structures`` may have named it "X Airport")
        mt = AIRPORT_NEXT.match(text, e.end)
        if not mt or (mt.group("list") and not mt.group("s")):
            continue
        rows = index.get(word, ())
        if len(rows) == 1:
            e.name = str(rows[0]["name"])


# a lower-case word of the facility's kind after its short name: "the Zaporizhzhia nuclear
# plant", "its Grasberg copper mine", "the Drax power station" (session 41)
KIND_AFTER = {
    "nuclear": re.compile(r" (?:(?:nuclear|atomic|power) )*(?:plant|station|reactors?|facility)\b"),
    "power": re.compile(
        r" (?:(?:power|coal-fired|coal|gas-fired|biomass|thermal) )*(?:plant|station)\b"
    ),
    "mine": re.compile(
        r" (?:(?:copper|gold|coal|iron|ore|nickel|lithium|uranium|silver|zinc|open-pit"
        r"|underground) )*mines?\b"
    ),
    "stadium": re.compile(r" (?:stadium|ground)\b"),
    "circuit": re.compile(r" (?:circuit|track)\b"),
}
VENUE_KINDS = ("stadium", "circuit")
# a sentence about a motor race, whose "at X" names the circuit
RACE_WORDS = re.compile(
    r"\b(?:Grand Prix|race|laps?|pole|qualifying|practice|podium|Formula One)\b"
)


def _venue_row(word: str) -> dict[str, object] | None:
    """The ``facility_titles`` row of a ground or a circuit named ``word``, if any."""
    rows = table_index("facility_titles.jsonl", "name").get(word, ())
    return next((dict(r) for r in rows if r["kind"] in VENUE_KINDS), None)


def facility_titles(text: str, ents: list[Ent]) -> None:
    """A well-known facility named by its short name takes English Wikipedia's title
    (``models/facility_titles.jsonl``, ``scripts/derive_facility_titles.py``; session 41): a
    mention typed a facility and named by the short name alone ("the reactor at Chernobyl" ->
    "Chernobyl Nuclear Power Plant", a ground ``match_venues`` found: "beat Poland at Wembley"
    -> "Wembley Stadium"); a short name a body's, a place's or a person's type before a
    lower-case word of its kind ("the Zaporizhzhia plant", "the Fukushima Daiichi nuclear
    plant", "its Grasberg copper mine") is the facility; a circuit after "at" in a sentence of
    a motor race ("the British Grand Prix at Silverstone"). The town, the region or the body of
    the name stays where the text names no such kind ("the Zaporizhzhia region", "homes in
    Wembley", "the Chernobyl disaster")."""
    index = table_index("facility_titles.jsonl", "name")
    for e in ents:
        if e.titles:
            continue
        word = text[e.start : e.end]
        key = e.name if e.name in index else word
        row = next(iter(index.get(key, ())), None)
        if row is None:
            continue
        kind = str(row["kind"])
        if e.type == "FAC" and (e.name in (word, key) or word == key):
            e.name = str(row["title"])  # (also over a club's name: "at Monza" is no club)
        elif (
            e.type in ("GPE", "ORG", "LOC", "PERSON")
            and e.name in (word, key)
            and (
                KIND_AFTER[kind].match(text, e.end)
                or (
                    kind == "circuit"
                    and AT_BEFORE.search(text, max(0, e.start - 8), e.start)
                    and RACE_WORDS.search(text, *_sentence(text, e.start))
                )
            )
        ):
            e.type, e.fixed, e.link, e.name = "FAC", True, False, str(row["title"])


def _sentence(text: str, start: int) -> tuple[int, int]:
    """The bounds of the sentence (or line) around ``start``."""
    lo = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, start - 300), start)),
             default=max(0, start - 300))  # fmt: skip
    nxt = SENTENCE_BREAK.search(text, start, start + 300)
    return lo, nxt.start() if nxt else min(len(text), start + 300)


SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
