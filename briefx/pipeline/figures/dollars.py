"""Which dollar a bare "$" is: in a text from a dollar country other than the U.S. it is that
country's dollar unless its sentence is about the U.S. or what it prices is priced in U.S.
dollars the world over (a world price "a barrel", goods and lenders: ``models/figure_words.jsonl``
kinds ``trade_unit``, ``world_priced``, ``world_lender``); after a dollar marked with its
country's letters ("A$2 billion ... and $300 million") it is that dollar.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from briefx.facts import FigureFact
from briefx.normalize.cues import demonym_countries
from briefx.normalize.figures import local_currency, place_country
from briefx.pipeline._util import longest_first, sentences, text_of, wire_agency_countries
from briefx.pipeline.figures.currencies import CENTS
from briefx.pipeline.figures.places import (
    DATELINE_PLACE,
    DATELINE_WITHIN,
    TITLE_DATELINE,
    dateline_country,
    ent_country,
)
from briefx.resources import figure_words

# A "$" or "dollar" that names no country ("US$", "C$", "U.S. dollars" do).
BARE_DOLLAR = re.compile(
    r"(?<![A-Za-z.])\$|(?<!U\.S\. )(?<!US )(?<!American )\b(?:dollars?|cents?)\b"
)
# a dollar marked with its country's letters ("A$", "C$", "NZ$", "S$", "HK$"), not "US$"
MARKED_DOLLAR = re.compile(r"(?<![A-Za-z])(?!US\$)[A-Z]{1,3}\$")
# the text writes the U.S. dollar as such: its bare "$" is then the local dollar ("US$500
# million ... $71.45", as own-figures-dev7 and dev8 read Hong Kong and Perth copy)
US_DOLLAR_MARK = re.compile(r"\bUS\$|\bU\.S\.\$|\bUSD\b|\b(?:U\.S\.|US|American) dollars?\b")
# a world price after an amount: "$84.10 a barrel", "$12.30 per million British thermal units"
TRADE_RATE = re.compile(
    r"[ \t]*(?:a|an|per|/)[ \t]*(?:troy[ \t]+)?(?:"
    + "|".join(longest_first(re.escape(w) for w in figure_words("trade_unit")))
    + r")s?\b",
    re.IGNORECASE,
)
WEIGHT_RATE = re.compile(r"\b(?:tonne|ton)s?\b", re.IGNORECASE)  # also "metric ton"
CLAUSE_BREAKS = {"and", "but", "while", "whereas", "as", "although", "though"}


def local_dollars(
    doc: Doc, facts: list[FigureFact], local: tuple[str, frozenset[str]] | None
) -> list[FigureFact]:
    """A bare "$" (or "dollars", "cents") in a text from a dollar country other than the U.S.
    is that country's dollar (a dateline "HALIFAX, Nova Scotia" -> CAD), as ANNOTATION.md
    reads it, unless what it prices is priced in U.S. dollars the world over (``_world_priced``:
    "$84 a barrel", "the IMF will lend $400 million") and the text does not mark the U.S.
    dollar itself ("US$", "USD", "U.S. dollars": there a bare "$" is the local one)."""
    if local is None or "$" not in local[1] or not any(f.unit == "USD" for f in facts):
        return facts
    text = text_of(doc)
    code = local[0]
    marked = US_DOLLAR_MARK.search(text) is not None
    out = list(facts)
    for n in reversed(range(len(facts))):  # from the end: cents follow the amount after them
        f = facts[n]
        if (
            f.unit != "USD"
            or not BARE_DOLLAR.search(text, f.start, f.end)
            or "USD" in text[f.start : f.end]
        ):
            continue
        if _us_sentence(doc, f, local):
            continue  # "will build a $10 billion plant in Ohio" from Taipei
        if marked or not _world_priced(doc, out, n):
            out[n] = replace(f, unit=code)
    return out


US_MARKED = re.compile(r"(?<![A-Za-z])U\.?S\.?\$")  # "US$", "U.S.$"
NEW_CLAUSE = re.compile(r",[ \t]+(?:and|while|but|as)\b|;")
CONTRAST = re.compile(r"\b(?:while|whereas|but)\b|;")  # a clause about something else
# the same amount in another dollar: "S$1.2 billion ($900 million)", "HK$9.8 billion, or $1.3"
RESTATED_AS = re.compile(r"[ \t]*(?:\(|,?[ \t]+or\b)")


def marked_dollars(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """A bare "$" after an amount of the same sentence in a dollar marked with its country's
    letters is in that dollar, where no other dollar stands between and it restates nothing in
    brackets or after "or" and no clause of contrast parts them: "A$2 billion on housing and $300 million on
    roads" -> AUD, in a London text too ("S$1.2 billion ($900 million)" stays a conversion,
    "NZ$2 billion ..., while United will spend $5 billion" the dateline's reading)."""
    text = text_of(doc)
    if MARKED_DOLLAR.search(text) is None and US_MARKED.search(text) is None:
        return facts
    homes = wire_agency_countries(text)
    if homes and dateline_country(text) not in homes:
        return facts  # wire copy filed abroad: its bare "$" is the U.S. dollar, by its style
    sent_starts = [s.start_char for s in sentences(doc)]
    out = list(facts)
    marked: tuple[int, str, int] | None = None  # (sentence, currency, end) of the last dollar
    for n, f in enumerate(out):
        if f.kind != "money" or "$" not in text[f.start : f.end]:
            continue
        sent = bisect_right(sent_starts, f.start)
        span = text[f.start : f.end]
        if MARKED_DOLLAR.search(span) is not None and f.unit not in (None, "USD"):
            marked = (sent, f.unit, f.end)
            continue
        if US_MARKED.search(span) is not None and f.unit == "USD":
            marked = (sent, "USD", f.end)
            continue
        bare = BARE_DOLLAR.search(span) is not None and US_MARKED.search(span) is None
        if (
            bare
            and marked is not None
            and marked[0] == sent
            and f.unit != marked[1]
            and RESTATED_AS.match(text, marked[2]) is None
            and CONTRAST.search(text, marked[2], f.start) is None
            # "bullion hit US$2,400 an ounce, and the state's royalties reached $1.3 billion":
            # a new clause after the U.S. dollar keeps the text's own
            and (marked[1] != "USD" or NEW_CLAUSE.search(text, marked[2], f.start) is None)
        ):
            out[n] = replace(f, unit=marked[1])
            continue
        marked = None  # another dollar between: "C$5 million and US$2 million ... $1 million"
    return out


def _us_sentence(doc: Doc, f: FigureFact, local: tuple[str, frozenset[str]]) -> bool:
    """The sentence of a bare "$" names the United States ("U.S.", a U.S. place)
    and, past the dateline, no place or people of the text's own dollar country: what it prices
    is in the U.S., in U.S. dollars ("TAIPEI - Foxconn will build a $10 billion plant in
    Ohio"; "TORONTO - The Ontario government will spend $5 million on a bridge to Michigan"
    and "OTTAWA - Canada will buy $2 billion of U.S. jets" stay CAD)."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    text = text_of(doc)
    # the dateline may follow a headline (as dateline_country reads it): its place is the
    # text's own, not a place the sentence names
    dateline = DATELINE_PLACE.search(text, 0, DATELINE_WITHIN) or TITLE_DATELINE.match(text)
    after = sent.start_char
    if dateline is not None and sent.start_char <= dateline.start() < sent.end_char:
        after = max(after, dateline.end())
    # the U.S. place must stand in the amount's own clause: "The state will spend $700 million
    # on a hospital, and wheat traded at $310 a tonne in Chicago" keeps the first amount local
    lo, hi = after, sent.end_char
    for m in CLAUSE_SPLIT.finditer(text, after, sent.end_char):
        if m.end() <= f.start:
            lo = m.end()
        elif m.start() >= f.end:
            hi = m.start()
            break
    us = False
    for e in sent.ents:
        if lo <= e.start_char < hi and e.label_ == "GPE" and ent_country(e) == "US":
            us = True
    us = us or any(t.text in US_NAMES for t in sent if lo <= t.idx < hi)
    if not us:
        return False
    for t in sent:
        if t.idx < after or t.pos_ not in ("PROPN", "ADJ") or not t.text[:1].isupper():
            continue
        name = demonym_countries().get(t.text) or t.text
        country = place_country(name)
        if country is not None and country != "US":
            found = local_currency(country)
            if found is not None and found[0] == local[0]:
                return False  # "Ontario", "Canadian": the home country is named too
    return True


US_NAMES = frozenset({"U.S.", "U.S.A.", "USA"})  # a place, not "American buyers"
# a new clause of a sentence: ", and", ", but", "while", "whereas", ";"
CLAUSE_SPLIT = re.compile(r",[ \t]+(?:and|but|while|whereas)\b|;|\b(?:while|whereas)\b")


@cache
def _world_phrases() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The lenders (``world_lender``) and the goods of several words (``world_priced``) as
    whole words of a lower-case clause, compiled once."""

    def words(names: Iterable[str]) -> str:
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    goods = [g for g in figure_words("world_priced") if " " in g]
    lenders = re.compile(rf"\b(?:{words(figure_words('world_lender'))})\b")
    return lenders, re.compile(rf"\b(?:{words(goods)})\b") if goods else None


def _world_priced(doc: Doc, facts: list[FigureFact], n: int) -> bool:
    """Evidence that the bare-dollar amount ``facts[n]`` is in U.S. dollars in copy from another
    dollar country: a world price after it ("$84.10 a barrel", "$2,310 an ounce",
    ``trade_unit``; a price per tonne only with such a good in its clause, since "a carbon
    price of $95 a tonne" is the country's own); a good or lender in its clause before it that trades or lends in U.S.
    dollars ("Bitcoin jumped 6% to $101,200", "The World Bank approved a $500 million loan";
    ``world_priced``, ``world_lender``); brackets after an amount in another currency
    ("HK$35.7 billion ($4.6 billion)": the conversion); cents that a change moves to such an
    amount ("silver added 31 cents to $30.12")."""
    text = text_of(doc)
    f = facts[n]
    rate = TRADE_RATE.match(text, f.end)
    if rate is not None and not WEIGHT_RATE.search(rate.group()):
        return True  # a barrel, an ounce, a bushel: whatever the clause names
    nxt = facts[n + 1] if n + 1 < len(facts) else None
    if (
        nxt is not None
        and CENTS.search(text, f.start, f.end)
        and text[f.end : nxt.start] == " to "
        and nxt.unit == "USD"
    ):
        return True
    prev = facts[n - 1] if n > 0 else None
    if (
        prev is not None
        and prev.kind == "money"
        and prev.unit != "USD"
        and text[prev.end : f.start] == " ("
    ):
        return True
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    goods = figure_words("world_priced")
    lo = span.sent.start if doc.has_annotation("SENT_START") else 0
    clause: list[Token] = []
    for t in reversed(doc[lo : span.start]):
        if t.text in (",", ";", ":") or t.lower_ in CLAUSE_BREAKS:
            break  # "assumes oil at $74 a barrel and forecasts a deficit of $5.2 billion"
        clause.insert(0, t)
    words = " ".join(t.lower_ for t in clause)
    # by the words, not NER's types: a dateline runs into the name ("June 8 - The IMF" as DATE)
    lenders, phrases = _world_phrases()
    if lenders.search(words):
        return True
    return any(
        (t.lower_ in goods or t.lemma_.lower() in goods)
        and not (t.text[:1].isupper() and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
        for t in clause
    ) or (phrases is not None and phrases.search(words) is not None)
