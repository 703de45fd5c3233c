"""One body written another way: run into a neighbour, split in two, words reordered, "The".

Run first by ``link_names``, so that the families after it see one name per body:
``coordinated_firms`` cuts two firms NER ran into one span ("Brayford and Kestle Freight Group
plc" where "Brayford" stands alone elsewhere; session 16); ``cut_openings`` gives a body NER
tagged without its opening words those words ("Electoral" + "Commission", session 21);
``demonym_heads`` joins a demonym and a head word NER tagged apart ("European" + "Commission",
session 18), ``place_heads`` a place and the rest of a body's name ("Greater Manchester" +
"Combined Authority", session 20; "Nova Scotia" + "Utility and Review Board", session 21);
``publications``
gives a newspaper its "The" ("the Washington Post" -> "The Washington Post"); and
``reordered_names`` names a body written with its title's words in another order by the title
with "of" ("Ohio Supreme Court" beside "Supreme Court of Ohio", session 18).

Tables: the ``masthead`` kind of ``models/entity_words.jsonl``, the ``org_head`` kind of
``models/entity_forms.jsonl``, the short names of ``models/national_bodies.jsonl``, the alias
and company tables and the legal forms (``names.without_legal_form``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from spacy.tokens import Doc, Token

from briefx.normalize.names import (
    body_words,
    entity_words,
    form_words,
    lookup_alias,
    lookup_company,
    national_body_shorts,
    place_kinds,
    place_pop,
    title_words,
    without_legal_form,
)
from briefx.pipeline._util import Intervals, overlaps
from briefx.pipeline.coref.countries import _country_names
from briefx.pipeline.coref.ent import Covered, Ent, _words
from briefx.resources import table_index


def publications(text: str, ents: list[Ent]) -> None:
    """A newspaper or magazine named after a lower-case "the" whose title keeps "The": "the
    Washington Post" -> "The Washington Post", "the Economist" -> "The Economist". The span
    leaves "the" out (ANNOTATION.md); the name is read off the last word (the ``masthead`` words
    of models/entity_words.jsonl). A table entry wins ("the Financial Times")."""
    mastheads = entity_words("masthead")
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "ORG" or e.name != word or text[max(0, e.start - 4) : e.start] != "the ":
            continue
        if word[:1].isupper() and word.split()[-1].lower() in mastheads and not lookup_alias(word):
            e.name = "The " + word


COORDINATED = re.compile(r"(.+?) (?:and|&) (.+)")


def coordinated_firms(text: str, ents: list[Ent]) -> None:
    """Two firms NER ran into one organisation's span ("Brayford and Kestle Freight Group plc"
    after "Brayford Logistics Ltd" ... "Brayford said"): where the words before "and"/"&" are
    an organisation the text names alone elsewhere and the words after it a firm with its legal
    form or an organisation named alone too, the span is two, each named as written (the short
    form is linked later). A name the tables know whole stays ("Marks and Spencer"), and so do
    partners no mention names alone ("Slaughter and May"). Session 16."""
    alone = {text[e.start : e.end] for e in ents if e.type == "ORG"}
    for e in list(ents):
        word = text[e.start : e.end]
        mt = COORDINATED.fullmatch(word)
        if e.type != "ORG" or not mt or lookup_alias(word) or lookup_company(word):
            continue
        first, second = mt.group(1), mt.group(2)
        if first not in alone or not second[:1].isupper():
            continue
        if without_legal_form(second) == second and second not in alone:
            continue
        end = e.end
        e.end, e.name = e.start + len(first), first
        ents.append(Ent(e.start + mt.start(2), end, "ORG", without_legal_form(second)))


# the words a body's title joins its parts with, which a reordered form of it drops ("Supreme
# Court of Ohio" -> "Ohio Supreme Court", "Ministry of Agriculture" -> "Agriculture Ministry")
JOINING = frozenset({"of", "for", "the", "on", "and", "&"})


def _content_key(words: list[str]) -> tuple[str, ...] | None:
    """The capitalised words of a name, sorted: the same key for the same words in any order.
    None where a word is neither capitalised nor a joining word."""
    kept = [w for w in words if w.lower() not in JOINING]
    if len(kept) < 2 or not all(w[:1].isupper() for w in kept):
        return None
    return tuple(sorted(kept))


def reordered_names(text: str, ents: list[Ent]) -> None:
    """A body named with the words of its title in another order is that body, by the title
    the text gives with "of" or "for": "Ohio Supreme Court" beside "the Supreme Court of Ohio",
    "the Agriculture Ministry" beside "the Ministry of Agriculture" (session 18). The same
    capitalised words, each as often; the title anywhere in the document (a headline may come
    first); not where two titles of the document share the words."""
    titles: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for e in ents:
        words = _words(text[e.start : e.end])
        if e.type == "ORG" and any(w in ("of", "for") for w in words[1:-1]):
            key = _content_key(words)
            if key:
                titles[key].add(e.name)
    if not titles:
        return
    for e in ents:
        word = text[e.start : e.end]
        words = _words(word)
        if e.type != "ORG" or " " not in word or any(w in ("of", "for") for w in words):
            continue
        if e.name not in (word, without_legal_form(word)) and not e.fixed:
            continue  # named by the text already
        names = titles.get(_content_key(words) or ())
        if names and len(names) == 1:
            e.name = next(iter(names))
            e.tags.add("short")


# capitalised words that do not open a place's name ("The Greater Manchester ...")
NOT_PLACE_WORDS = frozenset({"the", "a", "an", "in", "on", "at", "of", "for", "and", "by", "to",
                             "from", "with", "as", "its", "their", "his", "her"})  # fmt: skip
PLACE_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(“\"]))([A-Z][a-z]+) $")


def place_heads(text: str, ents: list[Ent]) -> None:
    """A place NER tagged alone right before the rest of a body's name it tagged an organisation
    alone is one organisation named by both: "Greater Manchester" + "Combined Authority", "Kent"
    + "County Council", "Lagos" + "Waste Management Authority". The rest is all capitalised and
    ends with a body's head word (``org_head``); a capitalised word right before the place that
    NER left out opens the name ("Greater", "West"). Then "the Combined Authority" later is that
    body (``tail_forms``) and its acronym spells it. Not a national institution named by its
    country ("Kenya" + "High Court": ``national_bodies``), nor a country before a body's name
    (ANNOTATION.md tags "U.S." apart in "U.S. Grain Inspection Board"), nor a mention named
    already."""
    heads = form_words("org_head")
    shorts = national_body_shorts()
    ents.sort(key=lambda e: e.start)
    gone: set[int] = set()
    for a, b in pairwise(ents):
        word = text[b.start : b.end]
        words = _words(word)
        if (
            a.type not in ("GPE", "LOC")
            or b.type != "ORG"
            or text[a.end : b.start] != " "
            or b.name != word
            or words[-1].lower() not in heads
            or not all(w[:1].isupper() or w in NAME_JOINS for w in words)
            or word in shorts
            or id(a) in gone
            or _country(text[a.start : a.end], a.name)  # "U.S." + "Grain Inspection Board"
        ):
            continue
        start = a.start
        mt = PLACE_WORD_BEFORE.search(text, max(0, start - 20), start)
        if (
            mt
            and mt.group(1).lower() not in NOT_PLACE_WORDS
            and not any(x.start < start and x.end > mt.start(1) for x in ents)
        ):
            start = mt.start(1)
        b.start, b.name = start, text[start : b.end]
        gone.add(id(a))
    if gone:
        ents[:] = [e for e in ents if id(e) not in gone]


def _country(word: str, name: str) -> bool:
    """Whether a place mention is a country, by its name or by the alias table ("U.S.")."""
    alias = lookup_alias(word)
    return name in _country_names() or (alias is not None and alias[0] in _country_names())


def demonym_heads(text: str, ents: list[Ent]) -> None:
    """A demonym NER tagged alone right before a body's head word it tagged an organisation
    alone is one organisation named by both words: "European" + "Commission" (the small model
    after a dateline's dash), "British" + "Council" (session 18). Then "the Commission" later is
    that body (``head_nouns``). Not a national institution the tables title by its country
    ("the Kenyan" + "Parliament": ``national_bodies`` reads the demonym), nor a longer name."""
    heads = form_words("org_head")
    shorts = national_body_shorts()
    ents.sort(key=lambda e: e.start)
    gone: set[int] = set()
    for a, b in pairwise(ents):
        word = text[b.start : b.end]
        if (
            a.type == "NORP"
            and b.type == "ORG"
            and text[a.end : b.start] == " "
            and b.name == word
            and word.lower() in heads
            and word.istitle()
            and word not in shorts
            and id(a) not in gone
        ):
            b.start, b.name = a.start, text[a.start : b.end]
            gone.add(id(a))
    if gone:
        ents[:] = [e for e in ents if id(e) not in gone]


SENTENCE_OPEN = re.compile(r"(?:^|[\n.!?:\"“‘'(])[ \t]*$")


def lead_word(text: str, start: int, words: list[str], english: frozenset[str], typed: str) -> str:
    """What the first of a name's ``words`` (its span, written from ``start``) is when it is no
    part of the name (session 25; the one rule for the span repair and the linking): "NORP" for a
    demonym ("Croatian Goran Ivanisevic": a nationality, ANNOTATION.md tags it NORP), "role" for an
    English word, no given name nor alias, that opens a sentence before two words or more
    ("Opener Saeed Anwar", "Goalkeeper Jonas Berg": a role the NER ran into the name); else "".

    The rest must read as a person's name as far as the span's type vouches for less: ``typed``
    "ner" (the NER's own PERSON span, in the span repair) needs no more; else a given name
    (``given_names.jsonl``) next and a last word English does not know ("American Red Cross",
    "American Express", "Coach Brightline Lisboa" stay whole), or, for a role before a mention
    typed PERSON, a given name or a word English does not know next ("Rookie Jaylen Brooks").
    The rest in capitals, without a body's word (``names.body_words``: "Queen Mary University"
    stays)."""
    first, rest = words[0], words[1:]
    if not rest or not (first.isalpha() and first[:1].isupper()):
        return ""
    if not all(w[:1].isupper() for w in rest) or (
        typed != "ner" and any(w.lower() in body_words() for w in rest)
    ):
        return ""
    given = table_index("given_names.jsonl", "name")
    alias = lookup_alias(first)
    if place_kinds().get(first) == "demonym" or (alias is not None and alias[1] == "NORP"):
        lead = "NORP"
    elif (
        alias is None
        and len(rest) > 1  # "Coco Gauff": a one-word rest may be a surname after a given name
        and not given.get(first)
        and first.lower() in english
        and SENTENCE_OPEN.search(text, max(0, start - 3), start)
    ):
        lead = "role"
    else:
        return ""
    if typed == "ner" or (given.get(rest[0]) and rest[-1].lower() not in english):
        return lead
    if (
        lead == "role"
        and typed == "PERSON"
        and (given.get(rest[0]) or rest[0].lower() not in english)
    ):
        return lead
    return ""


def demonym_people(text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    """A person NER tagged with a word before the name is named without it (``lead_word``), so
    that the surname later is that person (session 25): a demonym is a NORP mention of its own,
    a role no part of the name. Only a mention of three words or more named as written, typed
    PERSON or ORG."""
    new: list[Ent] = []
    renamed: dict[str, str] = {}
    for e in ents:
        written = text[e.start : e.end]
        words = written.split(" ")
        if e.type not in ("PERSON", "ORG") or e.name != written or len(words) < 3:
            continue
        lead = lead_word(text, e.start, words, english, e.type)
        if not lead:
            continue
        if lead == "NORP":
            alias = lookup_alias(words[0])
            new.append(
                Ent(e.start, e.start + len(words[0]), "NORP", alias[0] if alias else words[0])
            )
        cut = e.start + len(words[0]) + 1
        renamed[e.name] = text[cut : e.end]
        e.start, e.type, e.name = cut, "PERSON", renamed[e.name]
    # the surname named by the whole span before ("Ivanisevic" -> "Croatian Goran Ivanisevic")
    for e in ents:
        if e.type == "PERSON" and e.name in renamed:
            e.name = renamed[e.name]
    if new:
        ents.extend(new)
        ents.sort(key=lambda x: x.start)


# the word types a name's opening words are tagged with (Penn Treebank: proper nouns)
NAME_TAGS = frozenset({"NNP", "NNPS"})
# the words that join two capitalised words inside a body's name ("Utility and Review Board")
NAME_JOINS = frozenset({"and", "&"})
# what the statistical NER tags a date or number: no word of a body's name
NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _headings(doc: Doc) -> Intervals:
    """The headings and the title of the document, as metadata found them."""
    meta = doc._.briefx_meta if doc.has_extension("briefx_meta") else None
    return Intervals(
        [*(meta.headings if meta else []), *([meta.title] if meta and meta.title else [])]
    )


def cut_openings(doc: Doc, text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """An organisation NER tagged without the capitalised words that open its name is named
    with them: "The Electoral Commission" tagged "Commission", "Sveriges Riksbank" tagged
    "Riksbank", "The Nova Scotia Utility and Review Board" tagged "Review Board" (the words
    proper nouns by their tag, joined by spaces or by "and"/"&" between two of them). So "the
    Commission" later is that body (``parts.head_nouns``). Not a word another mention covers
    ("Danish insurer"; a country before a body stays apart, ANNOTATION.md), a personal title,
    a date, a word English knows that opens a sentence ("Rival Eli Lilly said"), a possessive
    ("Britain's Electoral Commission" stops at "Britain's"), nor a heading, whose words are all
    capitalised ("Norvik Foods to Buy Baltic Dairy"); only a mention named as written, or by a
    title the words before it complete ("Riksbank" titled "Sveriges Riksbank"). A place
    grows only to a name the gazetteer or the alias table knows ("Lismore, New South Wales"
    tagged "Wales"; session 21)."""
    heads = _headings(doc)
    titles = title_words()[0] | title_words()[1]
    at = {t.idx: t.i for t in doc}
    covered = Covered(len(text), ents)
    for e in ents:
        i = at.get(e.start)
        if e.type not in ("ORG", "GPE", "LOC") or i is None or overlaps(e.start, e.end, heads):
            continue
        written = text[e.start : e.end]
        # (or named by a title that ends with it, which the words before may complete:
        # "Riksbank", titled "Sveriges Riksbank" by the alias tables; session 41)
        titled = e.name.endswith(" " + written)
        if e.name not in (written, without_legal_form(written)) and not titled:
            continue
        run: list[Token] = []
        for j in range(i - 1, -1, -1):
            t = doc[j]
            if text[t.idx + len(t) : (run[-1] if run else doc[i]).idx] != " ":
                break
            joins = t.lower_ in NAME_JOINS and not (run and run[-1].lower_ in NAME_JOINS)
            if not (joins or _name_word(t, titles, covered)):
                if any(x.lower_ in NAME_JOINS for x in run) and _named_other(t, ents):
                    # "Kestrel Maritime and Doran": the words before "and" end another name
                    run = run[: min(k for k, x in enumerate(run) if x.lower_ in NAME_JOINS)]
                break
            run.append(t)
        # the run is backwards: its last token opens it
        if e.type == "ORG":
            while run and (
                run[-1].lower_ in NAME_JOINS
                or (_opens_sentence(run[-1]) and run[-1].lower_ in english)
            ):
                run.pop()
        else:
            # a place grows only to a name the gazetteer or the alias table knows ("New South"
            # + "Wales"), the longest such
            while run and not _known_place(text[run[-1].idx : e.end]):
                run.pop()
        if not run:
            continue
        start = run[-1].idx
        if titled and text[start : e.end] != e.name:
            continue  # the words before are no part of the title
        e.start, e.name = start, e.name if titled else text[start : e.start] + e.name
        covered.add(start, e.end)


def _known_place(name: str) -> bool:
    return place_pop(name) >= 0 or lookup_alias(name) is not None


def _named_other(t: Token, ents: list[Ent]) -> bool:
    """Whether a token lies inside a mention that is no place (a place before a body's name
    joins it: ``place_heads``)."""
    return any(x.start <= t.idx < x.end and x.type not in ("GPE", "LOC") for x in ents)


def _name_word(t: Token, titles: frozenset[str], covered: Covered) -> bool:
    """Whether a token may open a body's name NER cut: a capitalised proper noun that is no
    personal title, no date or number, and inside no other mention."""
    return (
        t.tag_ in NAME_TAGS
        and t.is_alpha
        and t.is_title
        and t.lower_ not in titles
        and t.ent_type_ not in NOT_NAME_ENTS
        and not covered.hit(t.idx, t.idx + len(t))
    )


def _opens_sentence(t: Token) -> bool:
    """Whether a token opens a sentence, a line, a paragraph or a clause after a punctuation
    mark (the parser's sentence starts miss some after a dateline or a blank line)."""
    if t.is_sent_start or t.i == 0:
        return True
    before = t.doc[t.i - 1]
    return before.is_space or before.is_punct or "\n" in before.whitespace_


def cut_tails(doc: Doc, text: str, ents: list[Ent]) -> None:
    """A firm NER tagged without the word that ends its name is named with it: "Kestrel
    Maritime" tagged "Kestrel", "Norvik Foods" tagged "Norvik" (a capitalised proper noun right
    after the mention, inside no other mention, that is a sector's or a group's word:
    ``sector_word``, ``group_head`` and ``firm_tail`` of ``models/entity_forms.jsonl``). Then
    "Kestrel" alone later is that firm (``short_names.short_forms``). Not in a heading, not a
    mention the tables named (session 21)."""
    tails = form_words("sector_word") | form_words("group_head") | form_words("firm_tail")
    heads = _headings(doc)
    at = {t.idx + len(t): t.i for t in doc}
    covered = Covered(len(text), ents)
    for e in ents:
        i = at.get(e.end)
        if e.type != "ORG" or i is None or overlaps(e.start, e.end, heads):
            continue
        written = text[e.start : e.end]
        if e.name != written or not doc[i].whitespace_ or i + 1 >= len(doc):
            continue
        t = doc[i + 1]
        if (
            doc[i].whitespace_ == " "
            and t.tag_ in NAME_TAGS
            and t.is_title
            and t.lower_ in tails
            and t.ent_type_ not in NOT_NAME_ENTS
            and not covered.hit(t.idx, t.idx + len(t))
        ):
            e.end = t.idx + len(t)
            e.name = text[e.start : e.end]
            covered.add(e.start, e.end)
