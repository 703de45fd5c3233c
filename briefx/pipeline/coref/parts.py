"""A part of a body's long name that stands for it: its head noun, its last words, its core.

``head_nouns``: "the Board", "the Department", "the Office" (capitalised) is the latest
organisation named before whose head noun it is (the last word, or the word before "of"; where
the words after "of" end with a body's head word, that word too: "the Authority" of "Port of
Rotterdam Authority"), and so is a head noun before a holder's title ("Commission
spokesperson", session 18); a "the <head>" written before any body is the one organisation of
the document whose name ends with it, where the head is a body's kind word ("The Commission
said ... The European Commission has"; session 40). ``tail_forms``: the last two or more
capitalised words of one longer name given before ("the Weather Service"), also of the part
before its "of" ("the Port Authority" after "the Maritime and Port Authority of Singapore",
session 12), or without the place inside it ("the Port Authority" of "Port of Rotterdam
Authority", session 21); a tail NER tagged before any long name, ending with a body's head
word, is the one long name of the document it ends ("The Monetary Authority said ... the Hong
Kong Monetary Authority"; session 40); untagged uses are tagged ("Transit Police officers",
session 18). ``core_words``: a company's one word without the letters before it and the
company words after it ("Hutchison" after "CK Hutchison Holdings", session 13). An alias and a
place of ``TAIL_PLACE_POP`` people keep their own names.

Tables: the ``org_head`` and ``body_word`` kinds of ``models/entity_forms.jsonl``, the title
heads of ``models/titles.jsonl``, the company words (``names.company_tails``), the alias and
company tables and the gazetteer's populations.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Mapping

from spacy.tokens import Doc

from briefx.normalize.names import (
    company_tails,
    entity_words,
    form_words,
    lookup_alias,
    lookup_company,
    place_kinds,
    place_pop,
    row_pop,
    title_words,
    without_legal_form,
    world_places,
)
from briefx.pipeline.coref.ent import Covered, Ent, _words
from briefx.pipeline.coref.generic_heads import letterhead_body
from briefx.resources import table_index


def _heads(name: str) -> list[str]:
    """The head nouns a body's name may be called by alone: the last word, or the word before
    "of" ("the Bank" of "Bank of Ghana"); where the words after "of" end with a body's head
    word, that word too ("the Authority" of "Port of Rotterdam Authority"; session 18)."""
    words = _words(name.split(" (")[0])  # "National Assembly (South Korea)": "Assembly"
    for k, w in enumerate(words):
        if w.lower() in ("of", "for", "on") and k > 0:
            last = words[-1]
            if k < len(words) - 2 and last.lower() in form_words("org_head") and last.istitle():
                return [words[k - 1], last]
            return [words[k - 1]]
    return [words[-1]] if len(words) > 1 else []


def _city_body(e: Ent) -> bool:
    """A city's government named "City of <place>" that NER typed a place ("The City of Cape
    Town said"): "the City" after it stands for it (session 41)."""
    return e.type in ("GPE", "LOC") and e.name.startswith("City of ")


def _city_bodies(ents: list[Ent], name: str) -> None:
    """A "City of <place>" the text calls "the City" is the city's government: its mentions NER
    typed a place are the body (session 41)."""
    if name.startswith("City of "):
        for e in ents:
            if e.name == name and e.type != "ORG":
                e.type, e.fixed = "ORG", True


# a sentence's end between two positions ("... three days. The Authority"): a full stop, "?" or
# "!" before a space, or a line break
SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


# the types a lone head noun may carry when it stands for an organisation named before ("the
# College" after "the Royal College of Nursing" is typed LOC by NER; session 11 adds LOC)
HEAD_LINKED = ("ORG", "GPE", "FAC", "PERSON", "LOC")


def head_nouns(doc: Doc, text: str, ents: list[Ent], english: frozenset[str]) -> None:
    orgs = sorted(
        (
            e
            for e in ents
            if (e.type == "ORG" or _city_body(e))
            and (len(_words(e.name)) >= 2 or " " in text[e.start : e.end].strip())
        ),
        key=lambda e: e.start,
    )
    if not orgs:
        return

    by_head: dict[str, list[Ent]] = defaultdict(list)  # in text order
    for o in orgs:
        # (also the heads of the name as written, its legal form left out: "the Group" of
        # "Vodafone Group Plc", titled "Vodafone"; session 41)
        written = without_legal_form(text[o.start : o.end])
        heads = _heads(o.name)
        if written != o.name and " " in written:
            heads += [h for h in _heads(written) if h not in heads]
        for head in heads:
            if not lookup_alias(head):  # "Canada" of "Statistics Canada" is the country
                by_head[head].append(o)

    issuer = letterhead_body(text, ents)

    def latest(word: str, pos: int, anywhere: bool = False) -> str | None:
        named = by_head.get(word)
        if not named:
            return None
        k = bisect.bisect_left([o.start for o in named], pos)
        if k:
            # the issuer of a release over another body of that head named in an earlier
            # sentence ("From: Kenya Ports Authority ... The Kenya Revenue Authority has cut
            # clearance times. The Authority will open a berth"; session 41)
            last = named[k - 1]
            if (
                issuer is not None
                and last.name != issuer.name
                and any(o is issuer for o in named[:k])
                and SENTENCE_BREAK.search(text, last.end, pos)
            ):
                return issuer.name
            return last.name
        if not anywhere:
            return None
        # none before ("Commission fines X" over "the European Commission ..."): the one name
        # that ends with that head anywhere in the document, never one of two ("The House
        # said the House of Commons ..." is no back-reference)
        after = {o.name for o in named}
        if len(after) != 1 or _words(next(iter(after)))[-1] != word:
            return None
        return next(iter(after))

    for e in ents:
        word = text[e.start : e.end]
        if " " in word or not word[:1].isupper() or e.type not in HEAD_LINKED:
            continue
        if e.type == "PERSON" and e.fixed:
            continue
        if e.type in ("GPE", "LOC") and _place_word(word):
            # a place written alone that a body's name ends with is the place, not the body
            # ("Sport England said participation in England fell"; session 44)
            continue
        # (a name NER called an organisation may stand before its long form; a place, a
        # person may not: "England" before "NHS England" is the country)
        name = latest(word, e.start, anywhere=e.type == "ORG")
        if name and name != e.name and "short" not in e.tags:
            e.name, e.type = name, "ORG"
            _city_bodies(ents, name)
    covered = Covered(len(text), ents)
    roles = title_words()[0] | form_words("body_party")
    bodies = form_words("org_head") | form_words("body_word")
    for t in doc:
        if not t.is_title or not t.is_alpha or t.text not in by_head:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        prev = doc[t.i - 1] if t.i else None
        # "the Board", or a head noun before a holder's title: "Commission spokesperson Anna
        # Holm", "Board chairman Reuben Mbewe" (session 18)
        role = (
            nxt is not None
            and nxt.is_lower
            and nxt.lower_ in roles
            and t.lower_ in bodies  # ("Mining minister X": a sector, not a body's head)
        )
        if (prev is None or prev.lower_ != "the") and not (
            role and (prev is None or not (prev.is_title and prev.is_alpha) or t.is_sent_start)
        ):
            continue
        if covered.hit(t.idx, t.idx + len(t)):
            continue
        if nxt is not None and (nxt.is_title or nxt.lower_ in ("of", "for")):
            continue  # "the Board of Trustees": another name
        # a body's head written before the body's full name ("The Commission said ... The
        # European Commission has ..."): the one name of the document that ends with it, as
        # for a tagged head (session 40); only a word the tables hold as a body's head or kind
        # ("Commission", "Fund", "Agency": not "the Bank", which may be any bank)
        # (also a head before its people after "a", "a Fund mission ... the International
        # Monetary Fund said"; session 41; not a bare "Commission staff met." at the text's
        # opening, session 40)
        article = prev.lower_ if prev is not None else ""
        name = latest(
            t.text,
            t.idx,
            anywhere=t.lower_ in bodies and (article == "the" or (role and article in ("a", "an"))),
        )
        if name:
            ents.append(Ent(t.idx, t.idx + len(t), "ORG", name, tags={"head"}))
            covered.add(t.idx, t.idx + len(t))
            _city_bodies(ents, name)


def _place_word(word: str) -> bool:
    """A country, a subdivision or a place of ``TAIL_PLACE_POP`` people the gazetteer knows,
    that is no word English writes in lower case ("union", "reading":
    ``models/lower_place_words.jsonl``) nor a body's head word."""
    if word.lower() in form_words("org_head") or table_index("lower_place_words.jsonl", "word").get(
        word.lower()
    ):
        return False
    return bool(place_kinds().get(word)) or place_pop(word) >= TAIL_PLACE_POP


# words that make the last words of a name something other than its head ("International
# Committee of the Red Cross": "Red Cross" is what the committee is of, not the committee)
NOT_MODIFIER = frozenset({"of", "for", "to", "the", "and", "&", "on", "in", "de", "du"})
# a place this large is the place, not the end of a name (the village "Red Cross, North
# Carolina" does not keep "Red Cross" from being the American Red Cross)
TAIL_PLACE_POP = 10_000


# the longest tail that may stand for a name (a run NER tagged as one name over thousands of
# words made every tail of it a short form; session 34)
MAX_TAIL_WORDS = 8


def _tails(words: list[str]) -> list[str]:
    """The last two or more words of a name that may stand for it: of a name of capitalised words
    only, or of the part before its "of" or "for" ("Port Authority" of "Maritime and Port
    Authority of Singapore"). A tail holds no "of", "and", "the" ("Bank of Canada" of "National
    Bank of Canada", "Red Cross" of "International Committee of the Red Cross" are names of
    their own)."""
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
    inner = _without_place(words, cut)
    if inner:
        return [inner]  # "Port Authority" of "Port of Rotterdam Authority"
    if cut < len(words) and cut < 3:
        return []  # "Bank of Canada": nothing before "of" to shorten
    head = words[:cut]
    if not head or not _tail_word(head[-1]):
        return []
    if cut == len(words) and not all(map(_tail_word, head)):
        return []
    out: list[str] = []
    for k in range(len(head) - 2, max(0, len(head) - MAX_TAIL_WORDS - 1), -1):
        # tails of two words or more, shortest first, each one word longer than the last
        if not _tail_word(head[k]):
            break
        out.append(" ".join(head[k:]))
    return out


def _tail_word(word: str) -> bool:
    """A word a name's tail may hold: capitalised, no "of", "and", "the"."""
    return word[:1].isupper() and word.lower() not in NOT_MODIFIER


OPENING_CITY_POP = 100_000  # a city this large opens a city body's name ("Toronto Transit ...")


def without_opening_place(words: list[str]) -> str | None:
    """A body's name without the place or people it opens with, where the rest is a body's name
    of its own form: "Ministry of Agriculture" of "Manitoba Ministry of Agriculture", "Department
    of Health" of "Washington State Department of Health", "Court of Human Rights" of "European
    Court of Human Rights" (session 30). The place is one or two capitalised words the alias
    table reads as a place or people, or the gazetteer as a first-level subdivision of one or two
    countries ("Ontario", "Punjab"; not "Central", "Western": subdivisions of many, "Central Bank
    of Ireland" is no "Bank of Ireland"), or a city of ``OPENING_CITY_POP`` people, not a
    direction word ("South"); a unit word after it ("State", "Province") too. The rest is three
    words or more, capitalised at both ends, "of" or "for" inside it (the form ``_tails`` leaves
    out)."""
    units = {"State", *(w.title() for w in entity_words("gpe_head"))}
    directions = entity_words("direction")
    for k in (1, 2):
        place = " ".join(words[:k])
        if not all(w[:1].isupper() for w in words[:k]) or words[0].lower() in directions:
            continue
        alias = lookup_alias(place)
        rows = world_places().get(place, ())
        lands = {r["country"] for r in rows if r["kind"] == "subdivision"}
        known = (
            (alias is not None and alias[1] in ("GPE", "NORP", "LOC"))
            or 0 < len(lands) <= 2
            or any(r["kind"] == "city" and row_pop(r) >= OPENING_CITY_POP for r in rows)
        )
        if not known:
            continue
        cut = k + 1 if k < len(words) and words[k] in units else k
        rest = words[cut:]
        if (
            len(rest) >= 3
            and rest[0][:1].isupper()
            and any(w in ("of", "for") for w in rest[1:-1])
            and rest[-1][:1].isupper()
        ):
            return " ".join(rest)
    return None


def _without_place(words: list[str], cut: int) -> str | None:
    """A name with a place inside it after "of", the name's head after the place, without "of"
    and the place: "Port Authority" of "Port of Rotterdam Authority", of "Port of Singapore
    Authority" (the place one to three capitalised words the gazetteer or the alias table
    knows, the head after it capitalised words ending with a body's head word; session 21)."""
    if not 0 < cut < len(words) - 2 or words[cut] != "of":
        return None
    heads = form_words("org_head")
    for k in range(cut + 2, min(cut + 5, len(words))):
        place, rest = " ".join(words[cut + 1 : k]), words[k:]
        if (
            all(w[:1].isupper() for w in words[:cut] + words[cut + 1 :])
            and rest[-1].lower() in heads
            and (place_pop(place) >= 0 or lookup_alias(place))
        ):
            return " ".join(words[:cut] + rest)
    return None


def tail_forms(text: str, ents: list[Ent]) -> None:
    """A name of several words that ends one longer organisation name the document gave first
    is that organisation: "the Weather Service" after "the National Weather Service", "Red
    Cross volunteers" after "the American Red Cross" (one-word heads: ``head_nouns``). The
    long name must be capitalised words only ("the International Committee of the Red Cross"
    has no short form "Red Cross", "the National Bank of Canada" none "Bank of Canada"); the
    document's long name wins over a listed company ("the National Bank" after "the Swiss
    National Bank"); an alias, a place of TAIL_PLACE_POP people or more, or a name that fits
    two long names keeps its own name. Also the long name without the place or people it opens
    with, "of" inside it or not ("the Ministry of Agriculture" after "the Manitoba Ministry of
    Agriculture", "the Court of Fair Trading" after "the Welsh Court of Fair Trading";
    ``without_opening_place``, session 30)."""
    longs: dict[str, int] = {}  # long name -> its first position
    for e in ents:
        if e.type == "ORG" and len(_words(e.name)) >= 3:
            longs[e.name] = min(longs.get(e.name, e.start), e.start)
    if not longs:
        return
    by_tail: dict[str, set[str]] = defaultdict(set)  # indexed once: one lookup a mention
    for name in longs:
        for tail in _tails(_words(name)):
            by_tail[tail].add(name)
        rest = without_opening_place(_words(name))
        if rest:
            by_tail[rest].add(name)
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "ORG" or " " not in word or word not in by_tail:
            continue
        if e.name != word and e.name != lookup_company(word):
            continue  # named by the text already; the document's evidence beats a listing
        if lookup_alias(word) or place_pop(word) >= TAIL_PLACE_POP:
            continue  # ("South Africa" of "Statistics South Africa" is the country)
        cands = {name for name in by_tail[word] if longs[name] < e.start} or _later(
            word, by_tail[word]
        )
        if len(cands) == 1:
            e.name = next(iter(cands))
            e.tags.add("short")
    _untagged(text, ents, by_tail, longs)


def _later(form: str, names: set[str]) -> set[str]:
    """The long names a short form written before any of them may stand for: the one name of
    the document it is a tail of, where the form ends with a body's head word ("The Monetary
    Authority said ... the Hong Kong Monetary Authority (HKMA)"), none where two fit; a form of
    another kind may be a name of its own ("Red Cross volunteers ... The American Red Cross";
    session 40)."""
    if len(names) != 1 or form.rsplit(" ", 1)[-1].lower() not in form_words("org_head"):
        return set()
    # the name's own last words, as for a head noun written first: not the part before its
    # "of" nor the name without its place ("The Port Authority met. The Port of Rotterdam
    # Authority said": another port's, maybe)
    return names if next(iter(names)).endswith(" " + form) else set()


# a run of two or more capitalised words, a leading article apart ("The Transit Police")
CAPITAL_RUN = re.compile(r"(?<![\w’'-])(?:(?:The|A|An) )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)+)")


def _untagged(
    text: str, ents: list[Ent], forms: Mapping[str, set[str]], longs: Mapping[str, int]
) -> None:
    """Untagged uses of a short form (``forms``: short form -> the long names it may stand for,
    ``longs``: long name -> where the text first gives it) after the one long name it fits:
    "Transit Police officers" after "Metro Vancouver Transit Police". The whole run of
    capitalised words (a leading article apart) must be the short form: not inside or beside
    another capitalised word (a longer name); not an alias or a place of TAIL_PLACE_POP people
    (session 18). One pass over the text."""
    covered = Covered(len(text), ents)
    for mt in CAPITAL_RUN.finditer(text):
        form, (start, end) = mt.group(1), mt.span(1)
        names = forms.get(form)
        if not names or covered.hit(start, end):
            continue
        cands = {n for n in names if longs[n] < start}
        if len(cands) != 1 or lookup_alias(form) or place_pop(form) >= TAIL_PLACE_POP:
            continue
        ents.append(Ent(start, end, "ORG", next(iter(cands)), tags={"short"}))
        covered.add(start, end)


PREFIX = re.compile(r"[A-Z]{2,3}")  # a conglomerate's letters before its name: "SK", "CK", "LG"


def core_words(text: str, ents: list[Ent]) -> None:
    """One word that is a company's name without the letters before it and the company words
    after it ("Hutchison" after "CK Hutchison Holdings", "Hynix" after "SK Hynix") is that
    company, where the document gives one such name and names the company first (session 13).
    Not where the word is an alias, a company of its own in the tables, or linked already."""
    tails = company_tails()
    cores: dict[str, set[str]] = defaultdict(set)
    first: dict[str, int] = {}
    for e in ents:
        words = _words(e.name)
        if e.type != "ORG" or len(words) < 2 or not PREFIX.fullmatch(words[0]):
            continue
        rest = words[1:]
        while len(rest) > 1 and rest[-1].lower().rstrip(".") in tails:
            rest = rest[:-1]
        if len(rest) == 1 and rest[0][:1].isupper() and rest[0][1:].islower():
            cores[rest[0]].add(e.name)
            first[e.name] = min(first.get(e.name, e.start), e.start)
    if not cores:
        return
    for e in ents:
        word = text[e.start : e.end]
        names = cores.get(word)
        if not names or len(names) != 1 or e.name != word or e.type not in ("ORG", "PERSON"):
            continue
        target = next(iter(names))
        if first[target] >= e.start or lookup_alias(word) or lookup_company(word):
            continue
        e.name, e.type = target, "ORG"
        e.tags.add("short")
