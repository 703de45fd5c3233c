"""``briefx_figures``: money, percentages, counts, quantities, numbers and ordinals.

Candidates come from ``briefx.normalize.scan`` (a small grammar over the text: numbers in
digits or words, currencies, scales, units, percent signs, hedges and ranges), so figures the
statistical NER misses ("EUR 20", "a dozen", "75ml") are still read. This component then uses
the Doc to drop what is not a figure: text the dates stage claimed, numbers inside names
("Phase 1", "Expedition 31") or NER TIME/DATE spans, a goal's minute in a scorers' list
(``minutes``: "Scorers: Kluivert 23, Litmanen 67 pen" is times, not figures), idioms ("one of
the"), "N in M" proportions, "million-dollar" adjectives. Counts take the lemma of the noun after the number
(from the tagger); percentages take the basis named by a following "of ..." phrase, carried to
a later bare percentage in the same or the next sentence.
Sets ``doc._.briefx_figures`` (a list of ``FigureFact``).

Layout: this module holds the component, which only runs the steps in order; one module per
family, each a set of plain functions over the Doc and the list of figures. ``state`` holds the
per-document indexes (``DocFigures``, one per call) that several families read, and ``words``
the word tests they share. First each candidate of the scanner is read alone by
``candidate.figure``, which asks ``names`` whether the number belongs to a name, ``nouns`` what
it counts, ``elided`` what noun the text left out, ``units`` and ``percent`` what its unit and
basis are; the currency it is read in comes from ``currencies`` (the dateline's, from
``places``). Then passes over the whole list carry what one figure knows to another: ``counts``
(the noun of a count nearby, partitives, people harmed, people held or charged), ``tables`` (headers and columns),
``declared`` (a unit declared once in a caption, a label or a column header, "(US$ million)",
"(%)", "('000 tonnes)", for the bare numbers under it; session 33), ``cricket`` (runs and wickets), results lines (``normalize.scores``: a competitor's tally
counts its noun, "Silver Lane 4 faults"; an Australian rules "12.10 (82)" is 12 goals and 10
behinds, two numbers; session 32), ``lists`` (a list's shared noun or unit), ``units`` (a
currency or unit carried to a bare amount), ``temperatures``, ``classes`` (a class word's noun,
"seven gold" -> medal, and tables whose header names classes), ``percent`` (points and bases),
``currencies`` (cents, exchange rates) and ``dollars`` (which dollar a bare "$" is). The family
modules never import this one; it imports them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from briefx.facts import FigureFact
from briefx.normalize.scan import Found, scan
from briefx.normalize.scores import afl_pairs, score_starts, tally_nouns
from briefx.pipeline._util import Intervals, overlaps, readable_text, reference_date, text_of
from briefx.pipeline.figures.candidate import figure
from briefx.pipeline.figures.classes import class_count, class_table
from briefx.pipeline.figures.counts import (
    carry_count,
    compared_count,
    distant_partitive,
    existential_count,
    fronted_group,
    harm_subject,
    held_person,
    named_again,
    partitive_count,
    restated_share,
    same_verb_object,
)
from briefx.pipeline.figures.cricket import cricket_counts
from briefx.pipeline.figures.currencies import (
    cents_currency,
    country_currencies,
    dollar_sign_of_dollars,
    exchange_rates,
    home_currency,
    restated_currency,
    stated_currency,
    stated_dollar,
    us_dollar_text,
)
from briefx.pipeline.figures.declared import declared_units, drop_thousands_marks
from briefx.pipeline.figures.dollars import local_dollars, marked_dollars
from briefx.pipeline.figures.lists import carry_list_unit, list_head
from briefx.pipeline.figures.minutes import minute_starts, race_time_starts
from briefx.pipeline.figures.names import cited, headline
from briefx.pipeline.figures.nouns import partitive_noun
from briefx.pipeline.figures.percent import (
    carry_basis,
    compared_percent,
    fraction_points,
    percent_range_start,
    points_of_percent,
)
from briefx.pipeline.figures.places import dateline_country, home_country
from briefx.pipeline.figures.state import DocFigures
from briefx.pipeline.figures.tables import block_header_count, column_count, header_count
from briefx.pipeline.figures.temperatures import carry_temperature
from briefx.pipeline.figures.units import carry_unit


def tally_counts(facts: list[FigureFact], tallies: dict[int, str]) -> list[FigureFact]:
    """A competitor's tally in a results line (``normalize.scores.tally_nouns``: "Silver Lane
    4 faults", "Hill 79 points, Villeneuve 62") counts its noun; the scores reading left it a
    bare number."""
    if not tallies:
        return facts
    return [
        replace(f, kind="count", unit=tallies[f.start])
        if f.kind == "number" and f.start in tallies and f.group is None
        else f
        for f in facts
    ]


def afl_split(facts: list[FigureFact], text: str) -> list[FigureFact]:
    """An Australian rules score's dotted pair ("Collingwood 12.10 (82)"), which the scanner
    reads as one decimal, is two plain numbers: 12 goals and 10 behinds (``normalize.scores``)."""
    pairs = afl_pairs(text)
    if not pairs:
        return facts
    out: list[FigureFact] = []
    for f in facts:
        pair = pairs.get((f.start, f.end)) if f.kind == "number" else None
        if pair is None:
            out.append(f)
            continue
        out.extend(FigureFact(s, e, "number", v) for s, e, v in pair)
    return out


NAME_LABELS = {"ORG", "PRODUCT", "EVENT", "FAC", "LAW", "WORK_OF_ART", "PERSON", "GPE", "LOC"}
TIME_LABELS = {"TIME", "DATE"}


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
        home = home_country(doc)
        local = dollar_sign_of_dollars(home_currency(home, day), home)
        fig.local = stated_dollar(
            us_dollar_text(text_of(doc), local, dateline), stated_currency(text_of(doc))
        )
        found = country_currencies(doc, scan(readable_text(doc), fig.local), fig.local, day)
        found = drop_thousands_marks(text_of(doc), found)  # "('000 tonnes)": a scale, no zero
        found = restated_currency(readable_text(doc), found)
        tallies = tally_nouns(text_of(doc))  # "Silver Lane 4 faults": read once, used twice
        fig.scores = score_starts(text_of(doc), tallies)
        minutes = minute_starts(text_of(doc), fig.scores)  # a goal's minute is a time
        minutes |= race_time_starts(text_of(doc))  # "10.09" under "10.02 seconds": a time
        fig.spans = Intervals((f.start, f.end) for f in found)
        dropped_groups: set[int] = set()
        dropped_first: dict[int, Found] = {}  # group -> its first end, where that was dropped
        kept: list[tuple[Found, FigureFact]] = []
        for n, f in enumerate(found):
            nxt = found[n + 1] if n + 1 < len(found) else None
            prev = found[n - 1] if n > 0 else None
            fact = (
                None if f.start in minutes else figure(fig, doc, f, prev, nxt, taken, names, times)
            )
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
        facts = tally_counts(facts, tallies)  # "Silver Lane 4 faults"
        facts = afl_split(facts, text_of(doc))  # "12.10 (82)": 12 goals, 10 behinds
        facts = column_count(doc, header_count(doc, facts, starts))
        facts = block_header_count(doc, facts, starts)
        facts = declared_units(doc, facts, fig.local)  # "(US$ million)" over "4,210"
        facts = partitive_count(doc, named_again(doc, facts, starts), starts)
        facts = distant_partitive(doc, facts, starts)
        facts = restated_share(doc, fronted_group(doc, facts, starts), starts)
        facts = partitive_noun(fig, doc, facts)
        # a verb of harm names people before the last count's noun is carried ("The death toll
        # rose to 57, and 1,200 had been evacuated": 1,200 people)
        facts = compared_count(doc, cricket_counts(doc, harm_subject(doc, facts)), starts)
        facts = list_head(doc, facts, starts)
        facts = same_verb_object(doc, facts, starts)
        facts = existential_count(
            doc, carry_count(doc, facts, starts, fig.elided, fig.scores), starts
        )
        facts = held_person(doc, facts)  # "Eight were taken to hospital": no count before
        facts = carry_unit(doc, cents_currency(doc, facts), starts, fig.scores, fig.elided)
        facts = compared_percent(doc, facts, starts, fig.scores)
        facts = carry_temperature(doc, carry_list_unit(text_of(doc), facts, fig.scores))
        facts = class_count(class_table(text_of(doc), facts))
        facts = points_of_percent(text_of(doc), percent_range_start(text_of(doc), facts))
        facts = fraction_points(text_of(doc), facts, taken)
        facts = exchange_rates(doc, facts, fig.local)
        facts = local_dollars(doc, carry_basis(doc, facts), fig.local)
        doc._.briefx_figures = marked_dollars(doc, facts)
        return doc


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
