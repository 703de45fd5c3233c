"""Names NER left untagged where nothing but a name can stand (session 25, issue 13 spans).

The statistical model misses names it has not seen, mostly firms, parties and agencies written
as one unknown word or an acronym ("Trenitalia cancelled 40% of trains", "orders to TenneT",
"the FNV union", "ADQ, one of Abu Dhabi's funds") and places and people few texts name. A
capitalised word mid-sentence that the model tags as a proper noun, that is no English word
(the lemmatizer's WordNet index, by its form and its lemma), no concept acronym, title word,
unit, month, weekday, disease or holiday (``entity_words.jsonl``), and no acronym the text defines by lower-case words ("gigawatts
(GW)"), can only be a name: it is tagged, with the capitalised words next to it ("Novo
Nordisk", "Flin Flon", "Kate Mallory"), a name particle between them ("Côte d'Ivoire") and a
part glued on by a hyphen ("Cheez-It", "GPT-5"); a common word before it ends the name
("Minister for Housing Kate Mallory"), and an eponym before its "'s" is none ("Alzheimer's
disease", WordNet's "X's y" nouns). Not where its capital says nothing (``commons.
no_case_evidence``: the first word of a sentence, a bullet or a headline), unless it is an
acronym in capitals outside a headline (session 29: "BYD faces ...", "• Veldhoven: ASML kept
...": no sentence writes a common word in capitals; not a time zone, not a ticker in brackets),
and not before a
number, "index" or "average" (market indices are no entity: "the Nikkei share average",
"EGX30 index"; and what ``context.index_names`` reads as an index: "the broader Topix"), nor where the name goes on through "and" or "of" ("Nova Scotia Utility and Review
Board": the linking of names joins such pieces). Its type: the alias table's, a person where it opens with a given name (``models/given_names.jsonl``),
a place where the gazetteer knows it, else an organisation, which the head-word rules NER's
spans have retype (session 27, ``forms.by_head_word``: "the Kelso Reef" a natural place); the
later rules (linking, the
document's evidence, the type vote) refine it as they do NER's labels.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from briefx.normalize.names import (
    entity_words,
    form_words,
    is_title_word,
    lookup_alias,
    postnominals,
    style_words,
    world_places,
)
from briefx.normalize.units import unit_table
from briefx.pipeline._util import Intervals, overlaps, text_of
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.commons import (
    ACRONYM,
    headline,
    is_common,
    is_concept_acronym,
    is_eponym,
    line_around,
    no_case_evidence,
)
from briefx.pipeline.entities.context import index_names
from briefx.pipeline.entities.forms import by_head_word
from briefx.pipeline.entities.model_forms import STRONG, designation_weight
from briefx.pipeline.entities.places import divided_region, subdivision_codes
from briefx.resources import months, table_index

__all__ = ["unknown_names"]

NAME = re.compile(r"[^\W\d_][\w'’.-]*")  # "Trenitalia", "D66", "RTÉ", "GPT-5"
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
PARTICLE = re.compile(r"d['’]|de|du|da|do|dos|das|del|della|di|van|von|der|den|la|le")
ELIDED = re.compile(r"d['’][A-ZÀ-Ý]\w+")  # "d'Ivoire", "d'Or"
INDEX_WORDS = frozenset({"index", "indices", "average", "future", "futures", "benchmark"})


@cache
def _units() -> frozenset[str]:
    return frozenset(unit_table())


def _title(word: str) -> bool:
    """A title word, also written without its full stop ("Dr", "Gen") or in capitals ("DR")."""
    return is_title_word(word) or is_title_word(word + ".") or word.lower() in postnominals()


def _unknown(t: Token, english: frozenset[str]) -> bool:
    """``t`` is a capitalised proper noun that no word list knows."""
    word = t.text
    if not word[:1].isupper() or len(word) < 2 or not NAME.fullmatch(word) or t.pos_ != "PROPN":
        return False
    low = word.lower()
    if low in english or t.lemma_.lower() in english or low.rstrip("s") in english:
        return False
    if is_concept_acronym(word) or _title(word) or low.rstrip(".") in _units():
        return False
    if word in entity_words("not_entity"):  # diseases, holidays ("Ebola", "Diwali")
        return False
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and (nxt.lower_ in ("'s", "’s") or nxt.is_lower) and is_eponym(word):
        return False  # "Alzheimer's disease", "with Parkinson's", "a Richter magnitude"
    return low not in WEEKDAYS and low.rstrip(".") not in months()


def _capitals(text: str, t: Token) -> bool:
    """``t`` is an acronym in capitals outside a headline ("BYD faces ...", "• Oslo: DNVR won"):
    written so, it is a name wherever it stands, also where a capital says nothing (a
    sentence's first word), for no sentence or list item writes a common word in capitals. Not
    a time zone after a time ("6 a.m. EDT"), nor a symbol inside brackets ("(NASDAQ: CRVN)",
    a ticker: ``tickers``)."""
    if not ACRONYM.fullmatch(t.text) or sum(c.isupper() for c in t.text) < 2:
        return False
    if t.lower_ in form_words("time_zone"):
        return False
    begin, line = line_around(text, t.idx)
    before = text[begin : t.idx]
    if before.rfind("(") > before.rfind(")"):
        return False
    return not headline(line)


def _span(doc: Doc, i: int, english: frozenset[str]) -> tuple[int, int]:
    """The token range of the name around token ``i``: capitalised proper nouns next to it."""

    def joins(t: Token) -> bool:
        return (
            t.text[:1].isupper()
            and t.pos_ == "PROPN"
            and NAME.fullmatch(t.text) is not None
            and not _title(t.text)
        )

    start, end = i, i + 1
    while start > 0 and joins(doc[start - 1]) and not doc[start - 1].is_sent_start:
        if no_case_evidence(text_of(doc), doc[start - 1].idx) or is_common(
            doc[start - 1].text, english
        ):
            break  # "Minister for Housing Kate Mallory": a common word ends what goes before
        start -= 1
    while end < len(doc):
        t = doc[end]
        glued = not doc[end - 1].whitespace_
        if joins(t) and not t.is_sent_start:
            end += 1
        elif glued and t.text == "-" and not t.whitespace_ and end + 1 < len(doc):
            after = doc[end + 1]  # "Cheez-It", "GPT-5": one name across its hyphen
            if not (after.text[:1].isupper() or after.like_num):
                break
            end += 2
        elif PARTICLE.fullmatch(t.text) and end + 1 < len(doc) and joins(doc[end + 1]):
            end += 2  # "Côte d'Ivoire", "Ponte de Lima": a particle inside a name
        elif ELIDED.fullmatch(t.text):
            end += 1  # "d'Ivoire" written as one token
        else:
            break
    return start, end


def _continued(doc: Doc, end: int) -> bool:
    """The name goes on after token ``end`` through "and", "of", "for" or "&" to a body's head
    word ("Nova Scotia Utility and Review Board"): a longer name, which the linking of names
    joins, not this; two names joined ("Vy and SJ Norge") are not."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("and", "of", "for", "&"):
        return False
    k = end + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    return k > end + 1 and doc[k - 1].lower_ in _body_heads()


@cache
def _body_heads() -> frozenset[str]:
    return form_words("org_head") | form_words("body_word")


def _type(words: list[str], english: frozenset[str] = frozenset()) -> str:
    known = lookup_alias(" ".join(words))
    if known:
        return known[1]
    if len(words) >= 2 and table_index("given_names.jsonl", "name").get(words[0]):
        return "PERSON"
    if divided_region(" ".join(words), english):
        return "LOC"  # "Kordofan" of "North Kordofan", "South Kordofan" (session 26)
    if world_places().get(" ".join(words)) or subdivision_codes(" ".join(words)):
        return "GPE"  # "KwaZulu-Natal", the gazetteer's "Kwazulu-Natal" (session 26)
    if designation_weight(" ".join(words)) >= STRONG:
        return "PRODUCT"  # "GPT-5", "Orion-4": a model's designation (session 26)
    return "ORG"


def unknown_names(
    doc: Doc,
    ents: list[Ent],
    english: frozenset[str],
    taken: list[tuple[int, int]],
    not_entities: set[str],
) -> list[Ent]:
    """``ents`` with the untagged names added (in text order); ``english`` empty does nothing."""
    if not english:
        return ents
    text = text_of(doc)
    covered = Intervals([(e.start, e.end) for e in ents] + taken)
    added: list[Ent] = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if (
            not _unknown(t, english)
            or t.text in not_entities
            or overlaps(t.idx, t.idx + len(t), covered)
            or ((t.is_sent_start or no_case_evidence(text, t.idx)) and not _capitals(text, t))
        ):
            i += 1
            continue
        words = text[t.idx : t.idx + 60].split()[:3]
        n = style_words(words[:2])
        if n and len(words) > n and words[n][:1].isupper():
            i += 1  # "Dato' Aziz Harun", "Datuk Seri Anwar": a style before a name (session 36)
            continue
        start, end = _span(doc, i, english)
        nxt = doc[end] if end < len(doc) else None
        begin, stop = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        after = [doc[k].lower_ for k in range(end, min(end + 2, len(doc)))]
        if (
            (nxt is not None and nxt.like_num)
            or any(w in INDEX_WORDS for w in after)  # "the Nikkei share average"
            or overlaps(begin, stop, covered)
            or _continued(doc, end)
        ):
            i = end
            continue
        words = [doc[k].text for k in range(start, end)]
        added.append(Ent(begin, stop, _type(words, english), text[begin:stop]))
        i = end
    index_names(text, added)  # "the broader Topix", "Kospi fell 8.8% to 2,441.55"
    # the head-word rules NER's spans had (``forms.by_head_word``): "the Kelso Reef" a natural
    # place, "the Harlow Viaduct" a facility, rather than the default body (session 27)
    by_head_word(doc, text, [e for e in added if e.type == "ORG"])
    if not added:
        return ents
    return sorted(ents + added, key=lambda e: e.start)
