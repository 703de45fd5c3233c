"""Word tests every family of the figures stage shares.

The counted nouns table (``models/counted_nouns.jsonl``: the role of a noun after a number,
irregular lemmas), plural nouns and their lemmas (the tagger's tags and the WordNet plurals of
``models/noun_lexicon.jsonl`` through ``briefx.resources.noun_plurals``), whether a noun follows a
number, and where a sentence starts. It decides no figure itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.tokens import Doc, Token

from briefx.resources import noun_plurals, read_jsonl

NOUNISH = {"NOUN", "PROPN", "ADJ"}


@cache
def counted_nouns() -> dict[str, dict[str, str]]:
    """The rows of models/counted_nouns.jsonl by word."""
    return {r["word"]: r for r in read_jsonl("counted_nouns.jsonl")}


SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")


def sentence_initial(text: str, start: int) -> bool:
    """Nothing but spaces between ``start`` and a sentence end or line start before it."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n"


def plural_noun(tok: Token, after_number: bool = False) -> bool:
    """A plural noun; right after a number above one also a lower-case "-s" word the tagger
    read as a verb, since a plural number cannot be the subject of a third-person singular
    verb ("scored three tries to one", "took four wickets", "two saves"), and an irregular
    plural of the noun lexicon (WordNet) the tagger read as an adjective ("culled 40,000 geese
    at 14 farms")."""
    if tok.tag_ == "NNS":
        return True
    if after_number and tok.tag_ == "JJ" and tok.is_lower and tok.lower_ in noun_plurals():
        return True
    return (
        after_number
        and tok.tag_ == "VBZ"
        and tok.is_alpha
        and tok.is_lower
        and tok.lower_.endswith("s")
        and not tok.lower_.endswith("ss")
        and tok.lemma_.lower() not in ("be", "have", "do")
    )


def noun_follows(doc: Doc, end: int, starts: list[int]) -> bool:
    """The first token at or after ``end`` is a noun, a number, a hyphen or "%" (the number
    before ``end`` has a noun or a unit of its own)."""
    i = bisect_left(starts, end)
    if i >= len(doc):
        return False
    t = doc[i]
    return t.pos_ in ("NOUN", "PROPN", "NUM") or t.text in ("-", "–", "%")


def title_plural_word(tok: Token) -> bool:
    """A capitalised plural noun the tagger read as a name: "NNPS", or "NNP" whose lower case is
    a plural ("Electric Buses to", "Five Men After": a Title Case headline tags each word NNP)."""
    if tok.tag_ == "NNPS":
        return True
    low = tok.lower_
    return tok.tag_ == "NNP" and (
        low in noun_plurals() or (low.endswith("s") and not low.endswith(("ss", "us", "is")))
    )


def plural_lemma(word: str) -> str:
    """The lemma of a plural noun: irregular ones from the counted nouns ("women" -> "woman")
    and WordNet ("geese" -> "goose"), else by rule."""
    row = counted_nouns().get(word, {})
    if row.get("role") == "lemma":
        return str(row["lemma"])
    return noun_plurals().get(word) or singular_of(word)


def singular_of(word: str) -> str:
    """The singular of a plural noun by rule ("cities" -> "city", "buses" -> "bus")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("uses") and len(word) >= 5 and word[-5] not in "aeiou":
        return word[:-2]  # "buses", "bonuses", "campuses" (not "causes", "houses")
    return word.removesuffix("s")
