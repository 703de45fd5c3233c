"""Scores in cricket reports: in a sentence with a cricket word (``models/counted_nouns.jsonl``
role ``cricket``) or a score with its wickets ("96 for three"), a bare score counts runs
("made 153", "all out for 212", a scorecard's "India 471 and 364"; after a cricket sentence
also "Duckett made 149"), "312 for six" counts wickets, "took two for 19" is two
wickets for 19 runs, "50 off 41" counts balls.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from briefx.facts import FigureFact
from briefx.normalize.numbers import parse_number
from briefx.pipeline._util import sentences, text_of
from briefx.pipeline.figures.counts import MORE_AFTER
from briefx.pipeline.figures.words import counted_nouns

RUNS_BEFORE = {"made", "make", "makes", "scored", "score", "scores", "scoring", "chasing", "chase",
               "posted", "post", "reached", "for", "hit", "hits"}  # fmt: skip
WICKETS_VERBS = {"take", "claim"}  # "took two for 19": two wickets for 19 runs
# their forms, for a headline in capitals the tagger reads as names ("CAIRNS TAKES FOUR")
WICKETS_FORMS = {"takes", "took", "taken", "claims", "claimed"}
FIGURES_BEFORE = {"with", "of"}  # "finished with four for 38", "figures of three for 41"
MAX_WICKETS = 10
POSSESSIVE_TAGS = {"POS", "PRP$", "WP$"}  # "Bumrah's", "his", "whose" before a score


def _wickets_after(doc: Doc, i: int) -> bool:
    """Token i is "for" between a score and a number of wickets: "96 for three"."""
    return (
        doc[i].lower_ == "for"
        and i > 0
        and doc[i - 1].like_num
        and i + 1 < len(doc)
        and doc[i + 1].like_num
        and (parse_number(doc[i + 1].text) or 99) <= MAX_WICKETS
    )


def _bowling_figures(doc: Doc, i: int) -> bool:
    """Token i is a verb of taking wickets before "N for M", N no more than ten ("took four for
    61"): bowling figures, in a text that is a cricket report."""
    return (
        doc[i].lemma_.lower() in WICKETS_VERBS
        and i + 3 < len(doc)
        and doc[i + 1].like_num
        and (parse_number(doc[i + 1].text) or 99) <= MAX_WICKETS
        and doc[i + 2].lower_ == "for"
        and doc[i + 3].like_num
        and not (i + 4 < len(doc) and doc[i + 4].pos_ == "NOUN")  # "four for 61 cents"
    )


def _batting(doc: Doc, i: int) -> bool:
    """Token i is "made" or "scored" before a bare number ("Ben Duckett made 149"): a batter's
    score, in a text that is a cricket report."""
    return (
        doc[i].lower_ in ("made", "scored")
        and i + 1 < len(doc)
        and doc[i + 1].like_num
        and not (i + 2 < len(doc) and doc[i + 2].pos_ == "NOUN")
    )


def _innings(doc: Doc, span_start: int, after_i: int) -> bool:
    """A scorecard's innings totals: "India 471 and 364; England 465 and 373 for five" (a
    team's name before the first, "and" and the first total before the second)."""
    before = doc[span_start - 1]
    nxt = doc[after_i] if after_i < len(doc) else None
    if before.pos_ == "PROPN":
        return nxt is not None and nxt.lower_ == "and" and doc[after_i + 1 :][:1].text[:1].isdigit()
    return (
        before.lower_ == "and"
        and span_start > 1
        and doc[span_start - 2].like_num
        and doc[span_start - 2].text[:1].isdigit()
        and (nxt is None or nxt.text in (";", "."))
    )


def _after_bowler(doc: Doc, i: int) -> bool:
    """Token i opens bowling figures right after a name ("Rabada 5-34") or in brackets after
    it ("Bumrah (5-34) and Siraj (3-41)")."""
    before = doc[i - 1]
    if before.pos_ == "PROPN":
        return True
    if before.is_title and before.pos_ == "NOUN" and i > 1:
        # a surname the tagger reads as a plural noun after a given name ("Waqar Younis
        # 2-38"): two capitalised words are a name, "the Tests 2-1" (a series) is not
        return doc[i - 2].pos_ == "PROPN" and doc[i - 2].is_title
    return before.text == "(" and i > 1 and doc[i - 2].pos_ == "PROPN"


def cricket_counts(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """In a cricket report (a ``cricket`` word of counted_nouns.jsonl in the sentence, or a score
    with its wickets, "96 for three"), a bare score counts runs: after "made", "scored", "all out
    for", a possessive ("Gill's 178"), or any verb or preposition ("added 45", "unbeaten on 48",
    "349 behind"); "312 for six" counts six wickets, and so does "took two for 19" (two wickets
    for 19 runs). A number with a noun of its own ("10 overs"), a partitive ("seven of their
    last eight Tests"), a range or tally, and an elided count after a name ("Bumrah took eight
    wickets and Siraj three") are left to the other rules."""
    table = counted_nouns()
    out = list(facts)
    cricket: dict[int, bool] = {}  # sentence start -> a cricket sentence (once per sentence)
    bowled: set[int] = set()  # sentences with bowling figures ("took four for 61")
    if any(f.kind == "number" for f in facts) and any(
        table.get(t.lower_, {}).get("role") == "cricket" for t in doc
    ):
        report = False  # a cricket sentence came before: bowling figures alone make one too
        reports = 0  # cricket sentences so far
        for s in sentences(doc):
            cricket[s.start] = any(
                table.get(t.lower_, {}).get("role") == "cricket" or _wickets_after(doc, t.i)
                for t in s
            ) or (report and any(_bowling_figures(doc, t.i) or _batting(doc, t.i) for t in s))
            # a report whose cricket words stand in two sentences is about cricket throughout:
            # "India had been dismissed for 150, before Bumrah's five for 30 skittled the
            # hosts for 104" needs no cricket word of its own
            cricket[s.start] = cricket[s.start] or reports > 1
            reports += cricket[s.start]
            report = report or cricket[s.start]
    for n, f in enumerate(facts):
        if f.kind != "number" or not isinstance(f.value, int) or not 0 <= f.value < 1000:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None or span.start == 0:
            continue
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        if sent.start not in cricket:
            cricket[sent.start] = any(
                table.get(t.lower_, {}).get("role") == "cricket" or _wickets_after(doc, t.i)
                for t in sent
            )
        if not cricket[sent.start]:
            continue
        before = doc[span.start - 1]
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.pos_ == "NOUN" and after.lower_ != "off":
            continue  # "10 overs", "six fours": a noun of its own
        figures_next = (  # "took two for 19": bowling figures, wickets for runs
            after is not None
            and after.lower_ == "for"
            and after.i + 1 < len(doc)
            and doc[after.i + 1].like_num
        )
        if before.lower_ == "for" and span.start > 1 and doc[span.start - 2].like_num:
            # "312 for six"; the runs of bowling figures: "took two for 19"
            bowling = span.start > 2 and doc[span.start - 3].lemma_.lower() in WICKETS_VERBS
            bowling = bowling or (
                sent.start in bowled and out[n - 1].unit == "wicket" and out[n - 1].end < f.start
            )
            unit = "wicket" if f.value <= MAX_WICKETS and not bowling else "run"
            out[n] = replace(f, kind="count", unit=unit)
        elif before.lower_ == "off" and f.group is None:
            out[n] = replace(f, kind="count", unit="ball")  # "reached 50 off 41": balls faced
        elif (
            figures_next
            and (
                before.lemma_.lower() in WICKETS_VERBS
                or before.lower_ in FIGURES_BEFORE
                or before.tag_ in POSSESSIVE_TAGS
            )
            and f.value <= MAX_WICKETS
        ):
            # "took two for 19"; "finished with four for 38", "figures of three for 41",
            # "Bumrah's five for 30", "his three for 22"
            out[n] = replace(f, kind="count", unit="wicket")
            bowled.add(sent.start)
        elif (
            figures_next
            and sent.start in bowled
            and f.value <= MAX_WICKETS
            and before.pos_ in ("PROPN", "CCONJ", "PUNCT")
        ):
            # "took four for 61 and Harlan three for 70": gapped bowling figures
            out[n] = replace(f, kind="count", unit="wicket")
        elif (
            f.group is not None
            and f.value <= MAX_WICKETS
            and _after_bowler(doc, span.start)
            and n + 1 < len(facts)
            and facts[n + 1].group == f.group
            and facts[n + 1].kind == "number"
            and text_of(doc)[f.end : facts[n + 1].start] in ("-", "–")
        ):
            # bowling figures after the bowler's name: "Kagiso Rabada 5-34", "Bumrah (5-34)"
            # are five wickets for 34 runs, as "took five for 34"
            out[n] = replace(f, kind="count", unit="wicket")
            out[n + 1] = replace(facts[n + 1], kind="count", unit="run")
        elif (
            f.group is None
            and (before.lemma_.lower() in WICKETS_VERBS or before.lower_ in WICKETS_FORMS)
            and f.value <= MAX_WICKETS
            and (after is None or after.pos_ != "NOUN")
        ):
            out[n] = replace(f, kind="count", unit="wicket")  # "Cairns takes four": wickets
        elif f.group is None and _innings(doc, span.start, span.end):
            out[n] = replace(f, kind="count", unit="run")  # "India 471 and 364; England 465"
        elif (
            before.lower_ in RUNS_BEFORE
            or (
                after is not None
                and after.lower_ in ("for", "not")
                and after.i + 1 < len(doc)
                and (doc[after.i + 1].like_num or doc[after.i + 1].lower_ == "out")
            )
            or (after is not None and after.lower_ == "to" and doc[after.i + 1 :][:1].text == "win")
            or (
                # a scorecard's total or a batter's score after the name: "Pakistan 247 (44.2
                # overs; Babar Azam 81; ...)"
                f.group is None
                and before.pos_ == "PROPN"
                and after is not None
                and after.text in (",", ";", "(", ")")
            )
            or (
                f.group is None
                and (
                    before.pos_ in ("VERB", "ADP", "ADV")
                    or before.lower_ in ("'s", "’s")
                    or before.tag_ in POSSESSIVE_TAGS  # "whose 176", "his 45"
                    or (before.pos_ == "ADJ" and doc[span.start - 2].pos_ == "DET")
                )  # "an unbeaten 61", "a brisk 45": a batter's score
                and (after is None or (after.lower_ != "of" and after.text not in ("-", "–")))
                and not MORE_AFTER.match(text_of(doc), f.end)
            )
        ):
            out[n] = replace(f, kind="count", unit="run")  # "made 153", "45 for two", "116 not out"
    return out
