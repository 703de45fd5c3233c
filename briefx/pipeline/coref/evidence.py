"""Types by the document's evidence: a firm or a person, and one type per name.

``person_or_org`` (session 18) weighs, over every mention of a name, what only a firm has
("shares of X", "X said its", "chief executive of X", "X's shareholders") against what only a
person has (a title, "X said he", a role in apposition, a surname named alone, the people
table); a firm's plans ("X said it would open a store") and a list with a firm are weaker, and
a given name that opens the name outweighs them. It also types a place NER read that the
words around it make a firm ("shares in Rio Tinto"); a body's noun in apposition is a firm's
evidence (", a ferry operator"; session 20). ``legal_form_firms`` (run first): a name written
with a legal form is a firm, ``bodies_by_head`` a "place" named "<...> Council of <place>" a
body (session 20). ``types``: then one type per name, the type read off
a name's form first, else the majority.

Tables: ``models/given_names.jsonl``, ``models/legal_forms.jsonl``, the ``firm_holding``,
``firm_stake``, ``org_head``, ``org_descriptor``, ``body_word`` and ``sector_word`` kinds of ``models/entity_forms.jsonl``, the title words of
``models/titles.jsonl``, the people, company and alias tables and the gazetteer.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import pairwise

from briefx.normalize.names import (
    form_words,
    is_title_word,
    legal_form_words,
    lookup_alias,
    lookup_company,
    lookup_person,
    place_kinds,
    place_pop,
    without_legal_form,
)
from briefx.pipeline.coref.ent import Ent
from briefx.resources import table_index

# a legal form in capitals written before the name, as Indonesian and Russian firms write
# theirs ("PT Vale Indonesia", "OOO Yandex")
FORM_BEFORE = re.compile(r"(?<![\w.])([A-Z]{2,4}) \Z")


def legal_form_firms(text: str, ents: list[Ent]) -> None:
    """A name written with a company's legal form is a firm, whatever NER called it: "Marrow
    Valley Foods plc" (typed a place for its "Valley"), "PT Sumber Nikel Nusantara" (typed a
    person; the form before the name joins the span, as a form after it is inside the span).
    So are the mentions already named by it (session 20). Forms of ``legal_forms.jsonl``
    (``names.without_legal_form``); a form before the name only in capitals."""
    forms = legal_form_words()
    firms: set[str] = set()
    for e in ents:
        if e.type not in ("PERSON", "GPE", "LOC", "ORG") or e.titles:
            continue
        word = text[e.start : e.end]
        mt = FORM_BEFORE.search(text, max(0, e.start - 6), e.start)
        if mt and mt.group(1).lower() in forms and " " in word:
            e.start = mt.start(1)
        elif " " not in word or without_legal_form(word) == word:
            continue
        firms.add(e.name)
    for e in ents:  # (mentions the entities component named so already: "Marrow Valley")
        if e.name in firms and e.type in ("PERSON", "GPE", "LOC", "ORG") and not e.titles:
            e.type, e.fixed = "ORG", True


def bodies_by_head(ents: list[Ent]) -> None:
    """A name NER typed a place whose words before "of" end with a body's head word is that body,
    an organisation, with every mention of the name: "Cocoa and Coffee Council of Ivory Coast"
    (typed LOC for its "Coast", also where a form rule read that), "Water Resources Authority of
    Kenya" (session 20). The head
    words are the ``org_head`` kind of ``models/entity_forms.jsonl``; not a name the alias
    table or the place kinds know ("Isle of Man")."""
    heads = form_words("org_head")
    found: set[str] = set()
    for e in ents:
        before = e.name.split(" of ")[0]
        words = before.split()
        if (
            e.type in ("GPE", "LOC")
            and " of " in e.name
            and words
            and words[-1].lower() in heads
            and all(w[:1].isupper() or w == "and" for w in words)
            and not lookup_alias(e.name)
            and not place_kinds().get(e.name)
        ):
            found.add(e.name)
    for e in ents:
        if e.name in found and e.type in ("GPE", "LOC"):
            e.type, e.fixed = "ORG", True


def types(ents: list[Ent]) -> None:
    """One type per name: each mention votes with its type, a type read off the form (``fixed``)
    ten times. Then a name that is a country's (``models/places.jsonl``: "Switzerland" for "the
    Swiss Confederation", "Israel") is a GPE whatever a body word or a person's slot voted
    (session 43): a country's government, team or people speak as the country (ANNOTATION.md's
    "The X Government" speaks as country X)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for e in ents:
        votes[e.name][e.type] += 10 if e.fixed else 1
    kinds = place_kinds()
    for e in ents:
        e.type = votes[e.name].most_common(1)[0][0]
        if e.type in ("ORG", "PERSON") and kinds.get(e.name) == "country":
            e.type = "GPE"


SAID = r" (?:said|says|added|announced|reported)(?: on [A-Z][a-z]+day)?(?: that)?"
SAID_ITS = re.compile(SAID + r" its\b")  # "Sibanye-Stillwater said its output"
SAID_IT = re.compile(SAID + r" it\b([^.;:!?\n]*)")  # "X said it had closed ... its mine"
SAID_HE = re.compile(SAID + r" (?:he|she|his|her)\b")  # "Whitfield said he would stay"
IT_ACTS = re.compile(
    r" (?:would|will|had|has|plans|planned|expects|expected|aims)\b(?! (?:be|been)\b)"
)
AND_ITS = re.compile(r"(?:,| and) its\b")  # "Kering and its brands"
WHO = re.compile(r",? who\b")
WHICH = re.compile(r",? which\b")
ITS = re.compile(r"\bits\b")
OF_BEFORE = re.compile(r"\b([A-Za-z]+) (?:of|at|in) \Z")  # "shares of X", "chairman of X"
OWNS_AFTER = re.compile(r"['’]s ([a-z]+)\b")  # "X's shareholders" ("X shares" may be a verb)
APPOSITION = re.compile(r", (?:the |a |an )?((?:[a-z]+-)?[a-z]+)(?: [a-z]+){0,3} (?:of|at) [A-Z]")
# ", a ferry operator controlled by ...", ", the lender, said": a body's noun in apposition
BODY_APPOSITION = re.compile(
    r", (?:a|an|the) (?:[\w-]+ ){0,3}?([a-z-]+)(?=[,.;]| (?:that|which|whose|controlled|owned"
    r"|based|listed|run|with|in|from|for|of|said|says)\b)"
)
JOINED = re.compile(r",? and |,? or | & ")
INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\. ?){1,3})\Z")  # "N. " of "N. Chandrasekaran"


def _evidence(text: str, e: Ent) -> tuple[int, int, int, int]:
    """The (organisation, plans, person, who) evidence one mention gives by the words around
    it; plans ("X said it would", a list with a firm) are weaker: a person's given name outweighs
    them; "X, who" keeps a person a person but makes no body one (a club is "who" too)."""
    org = plans = person = who = 0
    after = text[e.end : e.end + 200]
    if SAID_ITS.match(after) or AND_ITS.match(after) or WHICH.match(after):
        org += 1
    elif (mt := SAID_IT.match(after)) and ITS.search(mt.group(1)):
        org += 1  # "X said it had closed a shaft at its mine"
    elif mt and IT_ACTS.match(mt.group(1)):
        plans = 1  # "X said it would open a store": a firm's plans (89 of 91 in the dev sets)
    if SAID_HE.match(after):
        person += 1
    elif WHO.match(after):
        who = 1  # a person's, or a club's or a band's in British English
    if (mt := APPOSITION.match(after)) and is_title_word(mt.group(1)):
        person += 1  # "N. Chandrasekaran, chairman of Tata Sons"
    elif (mt := BODY_APPOSITION.match(after)) and mt.group(1) in form_words("org_descriptor"):
        org += 1  # "Halvorsen Maritime, a ferry operator controlled by the family" (session 20)
    before = OF_BEFORE.search(text, max(0, e.start - 30), e.start)
    if before and is_title_word(before.group(1)):
        org += 1  # "chief executive of X"
    org += _holding(text, e)
    return org, plans, person, who


AGE_AFTER = re.compile(r", \d{2},")  # "Reyes, 61, told staff"


def person_cue(text: str, e: Ent) -> bool:
    """The words right after a mention say person (session 32, lone19): "X said he", "X, who",
    an age ("X, 61,"), what only a person has after the possessive ("X's wife";
    ``person_have``). Read by ``short_names.short_forms`` to keep a surname alone beside a firm
    that opens with it ("Dalton Homes ... Dalton, who founded the company")."""
    after = text[e.end : e.end + 60]
    if SAID_HE.match(after) or WHO.match(after) or AGE_AFTER.match(after):
        return True
    mt = OWNS_AFTER.match(after)
    return bool(mt and mt.group(1) in form_words("person_have"))


def _holding(text: str, e: Ent) -> int:
    """1 where the words around a mention name what only a firm has ("shares of X", "sales at
    X", "X's shareholders", "a stake in X"; ``entity_forms`` kinds ``firm_holding`` and
    ``firm_stake``), else 0."""
    holding = form_words("firm_holding")
    before = OF_BEFORE.search(text, max(0, e.start - 30), e.start)
    if before and before.group(1).lower() in holding and not before.group(0).endswith("in "):
        return 1
    if before and before.group(1).lower() in form_words("firm_stake"):
        return 1  # "shares in X", "a stake in X"
    mt = OWNS_AFTER.match(text, e.end)
    return int(bool(mt and mt.group(1) in holding))


def _firm_not_place(text: str, group: list[Ent], name: str) -> bool:
    """A name NER typed a place that is a firm: a firm's holding or "X said its" around a
    mention, and a name the company table lists or no place table knows ("shares in Rio
    Tinto", "Foxconn's shareholders"); never a country, a state or an alias of a place."""
    if place_kinds().get(name) or lookup_alias(name):
        return False
    if not lookup_company(name) and (place_pop(name) >= 0 or " " in name):
        return False
    return any(_holding(text, e) or SAID_ITS.match(text, e.end) for e in group)


def person_or_org(text: str, ents: list[Ent]) -> None:
    """One name, one type by the document's evidence, weighed over every mention of the name:
    what only a firm has ("shares of X", "sales at X", "chief executive of X", "X's
    shareholders", "X said its", "X said it had closed ... its mine", "X and its", "X, which")
    against what only a person has (a title, "X said he", a role in apposition ", chairman of
    Y", a surname named alone, the people table). Weaker: a firm's plans ("X said it would open
    a store": 89 of 91 such subjects in the dev sets are bodies) and a list with a firm ("A & B
    and X", a name the company table lists), which a given name that opens the name outweighs
    ("Victor Wembanyama", "Ralph Lauren"); "X, who"
    keeps a person but makes none (clubs are "who" in British copy). A name NER typed a person
    with a firm's evidence and none of a person's is an ORG ("Miu Miu", "Sibanye-Stillwater"); a
    name NER typed an organisation with a person's evidence and none of a firm's, whose words
    are names no table knows as a body, is a PERSON, with the initials NER left before it ("N."
    of "N. Chandrasekaran, chairman of Tata Sons"), and so is a surname NER typed a body of the
    one person the text names in full. A name NER typed a place with a firm's holding or "said
    its" around it, that the company table lists or no place table knows, is an ORG ("shares in
    Rio Tinto", "sales at Balenciaga"; ``_firm_not_place``). Types read off a form (``fixed``)
    stay. Session 18."""
    given = table_index("given_names.jsonl", "name")
    groups: dict[str, list[Ent]] = defaultdict(list)
    places: dict[str, list[Ent]] = defaultdict(list)
    for e in ents:
        if e.type in ("PERSON", "ORG") and not e.tags & {"label", "player"}:
            groups[e.name].append(e)
        elif e.type in ("GPE", "LOC") and not e.fixed and not e.titles:
            places[e.name].append(e)
    for name, group in places.items():
        if _firm_not_place(text, group, name):
            for e in group:
                e.type, e.fixed = "ORG", True
                e.name = lookup_company(name) or name
    order = sorted(ents, key=lambda x: x.start)
    beside_org: set[int] = set()  # "Sullivan & Cromwell and Baker McKenzie": a list of firms
    for a, b in pairwise(order):
        if JOINED.fullmatch(text[a.end : b.start]):
            beside_org.update(id(x) for x, y in ((a, b), (b, a)) if y.type == "ORG")
    surnames: dict[str, set[str]] = defaultdict(set)  # "Chandrasekaran" -> its full names
    first_full: dict[str, int] = {}  # where the text first names the person in full
    for e in ents:
        if e.type == "PERSON" and len(e.name.split()) > 1:
            surnames[e.name.split()[-1]].add(e.name)
            first_full[e.name] = min(first_full.get(e.name, e.start), e.start)
    for name, group in groups.items():
        kinds = {e.type for e in group}
        if len(kinds) != 1 or any(e.fixed for e in group):
            continue
        org = plans = person = who = 0
        for e in group:
            o, w, p, h = _evidence(text, e)
            org, plans, person = org + o, plans + w + (id(e) in beside_org), person + p
            who += h
        if kinds == {"PERSON"}:
            person += who
            person += sum(3 for e in group if e.titles)
            person += any(" " not in text[e.start : e.end] and " " in name for e in group)
            if lookup_person(name) or lookup_person(name.split()[-1]):
                person += 1
            named = " " in name and given.get(name.split()[0])  # "Giorgio Armani"
            if (plans or lookup_company(name)) and not named:
                org += 1  # a listed firm's name is weak evidence too ("Goldman Sachs")
            if org and not person:
                for e in group:
                    e.type, e.fixed = "ORG", True
            elif person and " " not in name:
                _initials(text, group, name)
        elif (
            not org
            and len(full := surnames.get(name, set())) == 1
            and _personal(name)
            and all(e.start > first_full[next(iter(full))] for e in group)
        ):
            for e in group:  # a surname NER typed a body, after the one person named in full
                e.type, e.name, e.fixed = "PERSON", next(iter(full)), True
        elif person and not org and _personal(name):
            for e in group:
                e.type, e.fixed = "PERSON", True
            _initials(text, group, name)


def _initials(text: str, group: list[Ent], name: str) -> None:
    """A person's surname NER tagged without the initials before it takes them ("N." of "N.
    Chandrasekaran"), and its other mentions the full name."""
    full_name = name
    for e in group:
        mt = INITIALS_BEFORE.search(text, max(0, e.start - 10), e.start)
        if mt and e.name == text[e.start : e.end]:
            e.start = mt.start(1)
            full_name = text[e.start : e.end]
    for e in group:  # the surname alone elsewhere is the same person
        e.name = full_name


def _personal(name: str) -> bool:
    """A name that may be a person's: one to three capitalised words no table knows as a body,
    a firm or a place, none of them a body's or a business's head word."""
    words = name.split()
    heads = form_words("org_head") | form_words("body_word") | form_words("sector_word")
    return (
        1 <= len(words) <= 3
        and all(w.isalpha() and w[:1].isupper() for w in words)
        and not any(w.lower() in heads for w in words)
        and not (lookup_alias(name) or lookup_company(name) or place_kinds().get(name))
        and place_pop(name) < 0
    )
