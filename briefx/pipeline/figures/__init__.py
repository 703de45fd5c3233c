"""``briefx_figures``: money, percentages, counts, quantities, numbers and ordinals.

Candidates come from ``briefx.normalize.scan`` (a small grammar over the text: numbers in
digits or words, currencies, scales, units, percent signs, hedges and ranges), so figures the
statistical NER misses ("EUR 20", "a dozen", "75ml") are still read. This component then uses
the Doc to drop what is not a figure: text the dates stage claimed, numbers inside names
("Phase 1", "Expedition 31") or NER TIME/DATE spans, idioms ("one of the"), "N in M"
proportions, "million-dollar" adjectives. Counts take the lemma of the noun after the number
(from the tagger); percentages take the basis named by a following "of ..." phrase, carried to
a later bare percentage in the same or the next sentence.
Sets ``doc._.briefx_figures`` (a list of ``FigureFact``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from briefx.facts import FigureFact
from briefx.normalize.cues import demonym_countries
from briefx.normalize.figures import currencies, local_currency, place_country
from briefx.normalize.scan import Found, scan
from briefx.normalize.scores import score_starts
from briefx.pipeline._util import (
    Intervals,
    overlaps,
    readable_text,
    reference_date,
    sentences,
    text_of,
    wire_agency_countries,
)
from briefx.pipeline.figures.candidate import figure
from briefx.pipeline.figures.counts import (
    carry_count,
    compared_count,
    harm_subject,
    named_again,
    partitive_count,
)
from briefx.pipeline.figures.cricket import cricket_counts
from briefx.pipeline.figures.lists import carry_list_unit, list_head
from briefx.pipeline.figures.names import cited, headline
from briefx.pipeline.figures.nouns import partitive_noun
from briefx.pipeline.figures.percent import carry_basis, fraction_points, points_of_percent
from briefx.pipeline.figures.places import (
    DATELINE_PLACE,
    DATELINE_WITHIN,
    TITLE_DATELINE,
    dateline_country,
    ent_country,
    mentioned_country,
)
from briefx.pipeline.figures.state import DocFigures
from briefx.pipeline.figures.tables import column_count, header_count
from briefx.pipeline.figures.temperatures import carry_temperature
from briefx.pipeline.figures.units import carry_unit
from briefx.resources import figure_words

NAME_LABELS = {"ORG", "PRODUCT", "EVENT", "FAC", "LAW", "WORK_OF_ART", "PERSON", "GPE", "LOC"}
TIME_LABELS = {"TIME", "DATE"}
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
    + "|".join(sorted((re.escape(w) for w in figure_words("trade_unit")), key=len, reverse=True))
    + r")s?\b",
    re.IGNORECASE,
)
WEIGHT_RATE = re.compile(r"\b(?:tonne|ton)s?\b", re.IGNORECASE)  # also "metric ton"
CLAUSE_BREAKS = {"and", "but", "while", "whereas", "as", "although", "though"}
CENTS = re.compile(r"\bcents?\b", re.IGNORECASE)


class FiguresComponent:
    """Find and normalise figures (keeps no state: each call reads its Doc alone)."""

    def __call__(self, doc: Doc) -> Doc:
        """Set doc._.briefx_figures.

        doc (Doc): the Doc, after ner, tagger, lemmatizer, senter and briefx_dates.
        RETURNS (Doc): the same Doc.
        """
        fig = DocFigures(doc)
        # A date the dates stage could not read (value None) does not hide a figure.
        taken = Intervals(
            (d.start, d.end) for d in (doc._.briefx_dates or []) if d.value is not None
        )
        fig.taken = taken
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents if not headline(doc, e)]
        names = {
            "all": Intervals((s, e) for s, e, lab in ents if lab in NAME_LABELS),
            "not_person": Intervals(
                (s, e) for s, e, lab in ents if lab in NAME_LABELS and lab != "PERSON"
            ),
        }
        times = Intervals((s, e) for s, e, lab in ents if lab in TIME_LABELS)
        day = reference_date(doc)
        dateline = dateline_country(text_of(doc))
        local = dateline_currency(dateline, day) or mentioned_currency(doc, day)
        fig.local = us_dollar_text(text_of(doc), local, dateline)
        found = country_currencies(doc, scan(readable_text(doc), fig.local), fig.local, day)
        fig.scores = score_starts(text_of(doc))
        fig.spans = Intervals((f.start, f.end) for f in found)
        dropped_groups: set[int] = set()
        dropped_first: dict[int, Found] = {}  # group -> its first end, where that was dropped
        kept: list[tuple[Found, FigureFact]] = []
        for n, f in enumerate(found):
            nxt = found[n + 1] if n + 1 < len(found) else None
            prev = found[n - 1] if n > 0 else None
            fact = figure(fig, doc, f, prev, nxt, taken, names, times)
            if (
                fact is not None
                and prev is not None
                and f.group is not None
                and prev.group == f.group
                and f.group in dropped_groups
                and cited(fig, doc, prev)
            ):
                fact = None  # "§§ 5121-5207": the second end of a cited range
            if fact is None:
                if f.group is not None:
                    dropped_groups.add(f.group)
                    if prev is None or prev.group != f.group:
                        dropped_first[f.group] = f
                continue
            kept.append((f, fact))
        facts: list[FigureFact] = []
        text = text_of(doc)
        for f, fact in kept:
            first = dropped_first.get(f.group) if f.group is not None else None
            if (
                first is not None
                and text[first.end : f.start] in ("-", "–")
                and not first.words
                and not overlaps(first.start, first.end, taken)
            ):
                continue  # "Boeing 737-800": the end of a model number whose start is a name
            if f.group is not None and f.group in dropped_groups:
                fact = replace(fact, group=None)
            prev_fact = facts[-1] if facts else None
            if (
                prev_fact is not None
                and fact.group is not None
                and prev_fact.group == fact.group
                and prev_fact.kind == "number"
                and fact.kind == "count"
                and not isinstance(prev_fact.value, float)
            ):  # "2 to 3 flights": the first end counts the same noun
                facts[-1] = replace(prev_fact, kind="count", unit=fact.unit)
            facts.append(fact)
        starts = fig.starts  # the token offsets every pass below bisects
        facts = partitive_count(doc, facts, starts)
        facts = column_count(doc, header_count(doc, facts, starts))
        facts = partitive_count(doc, named_again(doc, facts, starts), starts)
        facts = partitive_noun(fig, doc, facts)
        # a verb of harm names people before the last count's noun is carried ("The death toll
        # rose to 57, and 1,200 had been evacuated": 1,200 people)
        facts = compared_count(doc, cricket_counts(doc, harm_subject(doc, facts)), starts)
        facts = list_head(doc, facts, starts)
        facts = carry_count(doc, facts, starts, fig.elided)
        facts = carry_unit(doc, cents_currency(doc, facts), starts, fig.scores, fig.elided)
        facts = carry_temperature(doc, carry_list_unit(text_of(doc), facts, fig.scores))
        facts = points_of_percent(text_of(doc), facts)
        facts = fraction_points(text_of(doc), facts, taken)
        facts = exchange_rates(doc, facts, fig.local)
        facts = local_dollars(doc, carry_basis(doc, facts), fig.local)
        doc._.briefx_figures = marked_dollars(doc, facts)
        return doc


def cents_currency(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """ "Shares rose 8 cents to A$4.12": an amount in cents alone takes the currency of the
    nearest amount with a currency in the same sentence ("cents" alone reads as USD).
    One pass and a bisect per amount in cents: linear-logarithmic in the figures."""
    text = text_of(doc)
    if not any(f.kind == "money" and f.unit == "USD" for f in facts):
        return facts
    sent_starts = [s.start_char for s in sentences(doc)]
    cents = [
        f.kind == "money"
        and f.unit == "USD"
        and "$" not in text[f.start : f.end]
        and CENTS.search(text, f.start, f.end) is not None
        for f in facts
    ]
    named: dict[int, tuple[list[int], list[str | None]]] = {}  # sentence -> (starts, units)
    for f, is_cents in zip(facts, cents, strict=True):
        if f.kind == "money" and not is_cents:
            starts, units = named.setdefault(bisect_right(sent_starts, f.start), ([], []))
            starts.append(f.start)
            units.append(f.unit)
    out = list(facts)
    for n, f in enumerate(facts):
        if not cents[n]:
            continue
        starts, units = named.get(bisect_right(sent_starts, f.start), ([], []))
        if not starts:
            continue
        k = bisect_left(starts, f.start)
        near = [x for x in (k - 1, k) if 0 <= x < len(starts)]
        best = min(near, key=lambda x: abs(starts[x] - f.start))
        out[n] = replace(f, unit=units[best])
    return out


# "to 5.62 per dollar", "at 83.4 to the dollar": a rate against a currency named after it
PER_CURRENCY = re.compile(r"[ \t]+(?:per|to the|against the)[ \t]+(?:U\.?S\.?[ \t]+)?([a-z]+)\b")


def exchange_rates(
    doc: Doc, facts: list[FigureFact], local: tuple[str, frozenset[str]] | None
) -> list[FigureFact]:
    """A bare number before "per dollar" ("to the euro") is the price of that currency in the
    currency the sentence names before it ("the real", "Brazil's real"): "The real firmed to
    5.62 per dollar" -> 5.62 BRL; "the rupee closed at 83.42 to the dollar" -> INR."""
    text = text_of(doc)
    words = currencies().words
    out = list(facts)
    for n, f in enumerate(facts):
        m = PER_CURRENCY.match(text, f.end) if f.kind == "number" else None
        if m is None or m.group(1) not in words:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            continue
        lo = span.sent.start if doc.has_annotation("SENT_START") else 0
        for t in reversed(doc[lo : span.start]):
            if t.i < 1 or t.lower_ == m.group(1) or not t.is_alpha:
                continue
            code = _currency_named(doc, t, local)
            if code is not None:
                out[n] = replace(f, kind="money", unit=code)
                break
    return out


def _currency_named(doc: Doc, t: Token, local: tuple[str, frozenset[str]] | None) -> str | None:
    """The currency a noun phrase ending at token t names: "the real", "the Egyptian pound",
    "Kenya's shilling" (the country's currency, CLDR), "the shilling" in a Nairobi dateline."""
    low, before = t.lower_, doc[t.i - 1]
    words = currencies().words
    det = t.i > 1 and doc[t.i - 2].lower_ in ("the", "'s", "’s")
    if det and f"{before.lower_} {low}" in words:
        return words[f"{before.lower_} {low}"]  # "the Egyptian pound"
    if before.lower_ in ("'s", "’s") and t.i > 1:
        country = place_country(doc[t.i - 2].text)
        found = local_currency(country) if country is not None else None
        if found is not None and low in found[1]:
            return found[0]  # "Kenya's shilling"
    if before.lower_ not in ("the", "'s", "’s"):
        return None
    if local is not None and low in local[1]:
        return local[0]
    return words.get(low)


def mentioned_currency(doc: Doc, day: dt.date | None = None) -> tuple[str, frozenset[str]] | None:
    """With no dateline: the currency of the one country the text's places name, where that is
    not the U.S. ("The Government of Canada is investing $12.5 million in Ontario" -> CAD);
    none where places of two countries are named ("a Toronto firm bought a U.S. lender"). A
    bare "$" is that country's dollar only where two of its places are named (the country and a
    province, two cities): a text that names the country once ("Chevron's Gorgon project in
    Australia has cost $54 billion") writes about it from elsewhere, in U.S. dollars."""
    found = mentioned_country(doc)
    if found is None or found[0] == "US":
        return None
    local = local_currency(found[0], day)
    if local is None or found[1] > 1:
        return local
    return _without_bare_dollar(local)


def country_currencies(
    doc: Doc, found: list[Found], local: tuple[str, frozenset[str]] | None, day: dt.date | None
) -> list[Found]:
    """A currency's word that other countries' currencies share ("pesos", "CFA francs",
    "crowns", "rupees") is the currency of the country named last before it in its sentence,
    by a place or a nationality, where the text's own currency does not name it: "its
    Mexican unit earned 2.4 billion pesos" -> MXN, "The Danish firm paid 12 million crowns" ->
    DKK (CLDR via babel; only the currency's words, never a symbol such as "$"). A country whose
    CLDR name is not the one the text writes ("Ivory Coast" for "Côte d’Ivoire") is not found."""
    if not any(f.kind != "money" or _home_word(readable_text(doc), f, local) for f in found):
        return found
    text = readable_text(doc)
    out = list(found)
    line = DATELINE_PLACE.search(text, 0, DATELINE_WITHIN) or TITLE_DATELINE.match(text)
    dateline_end = line.end() if line is not None else 0
    # the countries the text's places name, read once: ``Span.ents`` walks the whole Doc on
    # every call, which made this loop quadratic in the sentences (about 5% of a corpus run)
    named: list[tuple[int, int, str]] | None = None
    for sent in sentences(doc):
        lo, hi = sent.start_char, sent.end_char
        spots = [
            n
            for n, f in enumerate(out)
            if lo <= f.start and f.end <= hi and (f.kind != "money" or _home_word(text, f, local))
        ]
        if not spots:
            continue
        if named is None:
            named = [
                (e.start_char, e.end_char, c) for e in doc.ents if (c := ent_country(e)) is not None
            ]
        places = [(at, c) for at, end, c in named if lo <= at and end <= hi]
        for n in spots:
            f = out[n]
            home = f.kind == "money"  # "272 rupees" read in the dateline's currency
            if not home and not _currency_word_after(text, f.end):
                continue  # (first: a country's currency costs a read of its CLDR locales)
            country = next((c for at, c in reversed(places) if at < f.start), None)
            if country is None or country == "US":
                continue
            theirs = local_currency(country, day)
            if theirs is None or (local is not None and theirs[0] == local[0]):
                continue
            words = frozenset(
                w for w in theirs[1] if len(w) > 2 and w == w.lower() and w[:1].isalpha()
            )
            if not words:
                continue
            if home:
                # "NEW DELHI - ... In Pakistan, petrol rose to 272 rupees": the word both
                # countries' currencies share is the one of the country the sentence is about,
                # where it names no place of the dateline's country
                assert local is not None
                last = text[f.start : f.end].rsplit(None, 1)[-1].lower()
                at = next(a for a, c in reversed(places) if a < f.start)
                if CLAUSE_BREAK.search(text, at, f.start) is not None:
                    continue  # "The Danish firm paid ..., and Equinor paid 40 million kroner"
                if last in words and not any(
                    (c2 := local_currency(c, day)) is not None and c2[0] == local[0]
                    for at, c in places
                    if at >= dateline_end
                ):
                    out[n] = replace(f, unit=theirs[0])
                continue
            for g in scan(text[lo:hi], (theirs[0], words)):
                if (
                    g.kind == "money"
                    and g.group is None
                    and g.start + lo == f.start
                    and g.end + lo > f.end
                ):
                    out[n] = replace(
                        g,
                        start=g.start + lo,
                        end=g.end + lo,
                        hedge_start=None if g.hedge_start is None else g.hedge_start + lo,
                    )
                    break
    return out


# a new clause between a country's name and an amount: the amount is not said of that country
CLAUSE_BREAK = re.compile(r"[,;][ \t]+(?:and|but|while|whereas)\b|;|\b(?:while|whereas)\b")


def _home_word(text: str, f: Found, local: tuple[str, frozenset[str]] | None) -> bool:
    """Money read in the dateline's currency by a word of its name after the number that other
    currencies share ("272 rupees", "4,500 pesos"), with no symbol or code of its own."""
    if f.kind != "money" or local is None or f.unit != local[0] or f.group is not None:
        return False
    span = text[f.start : f.end]
    last = span.rsplit(None, 1)[-1].lower() if " " in span else ""
    return last in _currency_name_words() and last in local[1] and span[:1].isdigit()


_WORDS_AFTER = re.compile(r"[^\S\n]*([A-Za-z]+)(?:[^\S\n]+([A-Za-z]+))?")


@cache
def _currency_name_words() -> frozenset[str]:
    """The head words of currency names, lower case ("pesos", "francs", "crowns")."""
    table = currencies()
    phrases = (*table.words, *table.generic)
    return frozenset(p.rsplit(" ", 1)[-1].lower() for p in phrases)


def _currency_word_after(text: str, end: int) -> bool:
    """One of the two words after ``end`` is a word of a currency's name ("2.4 billion pesos",
    "2,200 CFA francs")."""
    m = _WORDS_AFTER.match(text, end)
    return m is not None and any(
        w is not None and w.lower() in _currency_name_words() for w in m.groups()
    )


def dateline_currency(
    country: str | None, day: dt.date | None = None
) -> tuple[str, frozenset[str]] | None:
    """The currency (and its symbols) of the dateline's country on the text's date
    ("FRANKFURT" in 1995: marks), if any."""
    return local_currency(country, day) if country is not None and country != "US" else None


def us_dollar_text(
    text: str, local: tuple[str, frozenset[str]] | None, dateline: str | None
) -> tuple[str, frozenset[str]] | None:
    """``local`` without its bare dollar ("$", "dollars") in agency copy filed outside the
    agency's home country ("SINGAPORE (Reuters) -", "TORONTO (AP) -"): international wire style
    writes "$" for U.S. dollars wherever it files and prefixes any other ("S$", "C$"). An
    agency at home keeps the local dollar ("SYDNEY (AAP) -": AUD), and so does a text without
    a credit: a Canadian release's "$" is CAD, and so is a bare "$" after "A$" (the team's
    reading in own-figures-dev7 and dev8)."""
    if local is None or "$" not in local[1]:
        return local
    homes = wire_agency_countries(text)
    if not homes or dateline in homes:
        return local
    return _without_bare_dollar(local)


def _without_bare_dollar(local: tuple[str, frozenset[str]]) -> tuple[str, frozenset[str]]:
    """``local`` without its bare dollar ("$", "dollar", "dollars"): "S$", "C$" still read."""
    code, symbols = local
    return code, frozenset(s for s in symbols if s not in ("$", "dollar", "dollars"))


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
    if MARKED_DOLLAR.search(text) is None:
        return facts
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
        bare = BARE_DOLLAR.search(span) is not None and "US$" not in span
        if (
            bare
            and marked is not None
            and marked[0] == sent
            and f.unit != marked[1]
            and RESTATED_AS.match(text, marked[2]) is None
            and CONTRAST.search(text, marked[2], f.start) is None
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
    dateline = DATELINE_PLACE.match(text) or TITLE_DATELINE.match(text)
    after = dateline.end() if dateline is not None and sent.start_char == 0 else sent.start_char
    us = False
    for e in sent.ents:
        if e.start_char >= after and e.label_ == "GPE" and ent_country(e) == "US":
            us = True
    us = us or any(t.text in US_NAMES for t in sent if t.idx >= after)
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


@Language.factory(
    "briefx_figures",
    assigns=["doc._.briefx_figures"],
    requires=["doc.ents", "token.pos", "token.lemma", "doc._.briefx_dates"],
    default_config={},
)
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    """Create the figures component.

    nlp (Language): the pipeline.
    name (str): the component name.
    RETURNS (FiguresComponent): sets doc._.briefx_figures.
    """
    return FiguresComponent()
