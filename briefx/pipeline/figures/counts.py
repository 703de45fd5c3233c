"""Counts carried to bare numbers the text leaves without a noun: the noun of a count just before
("52,000 positions and construction 19,000"; "12 more", "a further 12"; the object of a verb of reporting or
tallying, ``models/figure_words.jsonl`` kinds ``report_verb`` and ``tally_verb``; the subject
opening the next sentence; "N of them ..."), of a count it is compared with ("5.42 million
people, up 2.1% from 5.31 million"), of a partitive ("40 of the 72 families", "Of the 40
passengers, 12"; "Of the new homes, 300", a group fronted without a number; "12% of pupils, or
41,000", a share restated), of a group named again ("Two of the four"), of the topic of
"there are N" ("Polling stations open at 7 a.m. There are 41,000"), and people for the subject
of a verb of harm ("Five died and 14 were wounded"; ``models/counted_nouns.jsonl`` roles
``subject_person`` and ``verb_person``); where no count before names it, people also for the
subject of a passive of the criminal process (``figure_words.jsonl`` kind ``person_passive``:
"Two were charged") or of a verb with a place only people are taken to or kept in ("Eight were
taken to hospital", kind ``person_place``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from briefx.facts import FigureFact
from briefx.pipeline._util import sentences, text_of
from briefx.pipeline.figures.elided import CHANGE_VERBS
from briefx.pipeline.figures.names import GAPPED_BEFORE
from briefx.pipeline.figures.units import COMPARED_GAP
from briefx.pipeline.figures.words import (
    counted_nouns,
    noun_follows,
    plural_lemma,
    plural_noun,
    sentence_initial,
)
from briefx.resources import figure_words, noun_compounds

# "a further 12", "another 300", "an additional 40": more of a count the text gave before
FURTHER_BEFORE = re.compile(
    r"(?<![\w-])(?:a[ \t]+further|another|an[ \t]+additional)[ \t]+$", re.IGNORECASE
)
MORE_AFTER = re.compile(
    r"[ \t]+more\b(?![ \t]+(?:than|of)\b)(?!-)"
    r"|[ \t]+fewer\b(?![ \t]+of\b)(?!-)"  # "2,400 fewer than in 2015": fewer of the last count
)


def carry_count(
    doc: Doc,
    facts: list[FigureFact],
    starts: list[int],
    elided: set[int] | frozenset[int] = frozenset(),
    scores: set[int] | frozenset[int] = frozenset(),
) -> list[FigureFact]:
    """Give a bare whole number the noun of the count just before it in the same sentence,
    where the text leaves the noun out: "52,000 positions and construction 19,000",
    "23 people died and more than 1.4 million were affected". A team's score in a results line
    (``scores``, from ``normalize.scores``) after a bracket of details counts nothing of the
    bracket: "South Africa 32 (3 tries, 1 conversion) New Zealand 25" ("Labour 412 seats,
    Conservatives 121" still carries)."""
    text = text_of(doc)
    sent_starts = [s.start_char for s in sentences(doc)]
    out: list[FigureFact] = []
    for f in facts:
        prev = out[-1] if out else None
        reach = 0  # sentences back where the count may stand
        more = False
        if f.kind == "number" and MORE_AFTER.match(text, f.end):
            # "18 jets worth $2.7 billion, with options on 12 more": more of the last count,
            # also the end of a range ("between 40 and 50 ships ..., and up to 30 more")
            prev = next((p for p in reversed(out) if p.kind == "count"), prev)
            more = True
        elif f.kind == "number" and FURTHER_BEFORE.search(text, max(0, f.start - 20), f.start):
            # "Of the 46 passengers, 21 were taken to hospital. A further two had been
            # discharged": more of the last count, also one of the sentence before
            prev = next((p for p in reversed(out) if p.kind == "count"), prev)
            reach = 1
        elif f.kind == "number" and _reported(doc, f, starts):
            # "Measles cases rose to 127,350. Romania reported 30,692": what the text counts
            prev = next((p for p in reversed(out) if p.kind == "count"), prev)
            reach = 1
        elif f.kind == "number" and (group := OF_GROUP_AFTER.match(text, f.end)):
            named = _part_noun(doc, group.end(), starts)
            if named is not None and isinstance(f.value, int) and f.group is None:
                out.append(replace(f, kind="count", unit=named))
                continue  # "4,500 people, 1,100 of them children": the part names its noun
            # "1,240 cases in 14 countries, 310 of them in Sudan": a part is no larger than
            # its whole, so the group is the nearest count at least as large
            prev = next(
                (p for p in reversed(out) if p.kind == "count" and p.value >= f.value), prev
            )
        elif (
            f.kind == "number"
            and prev is not None
            and prev.kind == "count"
            and GAPPED_BEFORE.search(text, max(0, f.start - 60), f.start) is not None
            and _after_preposition(doc, prev, starts)
        ):
            # "Liverpool have 70 points from 29 games, Arsenal 61": a gapped clause repeats the
            # first clause's object, not a count in a phrase after a preposition
            sent = bisect_right(sent_starts, f.start)
            prev = next(
                (
                    p
                    for p in reversed(out)
                    if p.kind == "count"
                    and p.group is None
                    and bisect_right(sent_starts, p.start) == sent
                    and not _after_preposition(doc, p, starts)
                ),
                prev,
            )
        elif f.kind == "number" and _tally_object(doc, f, starts):
            # "The CDU won 42 of the 120 seats ... The Greens took eight": a tally verb's bare
            # object counts the noun of the count just before it, also one of the sentence
            # before where no figure stands between
            reach = 1
            k = len(out) - 1
            while k >= 0 and out[k].kind == "percent":
                k -= 1  # shares of the vote between: "Turnout: 59.4%, up 3.1 points.
            if 0 <= k < len(out) - 1 and out[k].kind == "count":
                prev, reach = out[k], 2  # The Alliance lost 13" (the seats two lines up)
        elif f.kind == "number" and (
            _opening_subject(doc, f, starts)
            or _fronted_subject(doc, f, starts)
            or (f.start not in scores and _pronoun_object(doc, f, starts))
        ):
            # "Police arrested 45 people. 12 were later released": the subject of the next
            # sentence counts the noun the text left out, as ANNOTATION.md restores it; also
            # after a short fronted phrase ("Of those, 41 remain in intensive care"), and the
            # bare object of a verb whose subject is a pronoun that carries the topic on ("The
            # airline operates 85 routes. It will add 12 next summer")
            prev = next((p for p in reversed(out) if p.kind == "count"), prev)
            reach = 1
        if (
            prev is not None
            and prev.kind == "percent"
            and len(out) > 1
            and out[-2].kind == "count"
            and RESTATED_PERCENT.fullmatch(text, out[-2].end, prev.start) is not None
        ):
            # "grew by 3.3 million people, or 0.98%, to 340.1 million": the change restated
            # in percent stands between the count and the level it reaches
            prev = out[-2]
        if (
            prev is not None
            and f.kind == "number"
            and prev.kind == "count"
            and f.group is None
            and (prev.group is None or more)
            and isinstance(f.value, int)
            and f.value > 0
            and not (1000 <= f.value <= 2199 and "," not in text[f.start : f.end])
            and 0
            <= bisect_right(sent_starts, f.start) - bisect_right(sent_starts, prev.start)
            <= reach
            and (f.start in elided or not noun_follows(doc, f.end, starts))
            and SINGLE_SCORE_BEFORE.search(text, max(0, f.start - 24), f.start) is None
            and not (f.start in scores and ")" in text[prev.end : f.start])
        ):
            f = replace(f, kind="count", unit=prev.unit)
        out.append(f)
    return out


# an article or a golf score to par right before a bare number: one score, no count of the
# count before ("three shots behind Mayfair, who carded a 68", "shot a four-under 66")
SINGLE_SCORE_BEFORE = re.compile(
    r"(?:(?<![\w-])an?|[a-z]+-(?:under|over)(?:-par)?)[ \t]+$", re.IGNORECASE
)


# the words between a count and its change restated in percent: "3.3 million people, or "
RESTATED_PERCENT = re.compile(r"[ \t]+[A-Za-z-]+(?:[ \t]+[A-Za-z-]+)?,[ \t]+or[ \t]+")
REPORT_VERBS = figure_words("report_verb")
TALLY_VERBS = figure_words("tally_verb")
PER_BEFORE = re.compile(r"(?<![\w-])per[ \t]+$")
# the words between a rate's numerator and its denominator: "14.2 cases per", "62 per"
RATE_GAP = re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]+per[ \t]+")


def compared_count(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """A bare number that a word of comparison sets against a count of the same clause counts
    that count's noun, as ANNOTATION.md restores a noun left out: "5.42 million people, up 2.1%
    from 5.31 million" (a change in percent between them is skipped), "Net migration fell to
    431,000 in the year from 906,000 people" (the noun named on the second). Against a rate
    it is the rate's numerator that is compared: "14.2 cases per 100,000 people, against 3.1"
    -> 3.1 cases, not people."""
    if not any(f.kind == "count" for f in facts):
        return facts
    text = text_of(doc)
    sent_starts = [s.start_char for s in sentences(doc)]

    def sent(x: FigureFact) -> int:
        return bisect_right(sent_starts, x.start)

    def bare(x: FigureFact) -> bool:
        return (
            x.kind == "number"
            and x.group is None
            and x.value > 0
            and not (isinstance(x.value, int) and 1800 <= x.value <= 2199)
            and not noun_follows(doc, x.end, starts)
        )

    out = list(facts)
    for n, f in enumerate(out):
        if not bare(f):
            continue
        if n and COMPARED_GAP.fullmatch(text, out[n - 1].end, f.start) is not None:
            k = n - 1
            while k >= 0 and out[k].kind == "percent" and sent(out[k]) == sent(f):
                k -= 1  # "up 2.1% from": the change stands between the level and its base
            if k < 0 or out[k].kind != "count" or out[k].group is not None:
                continue
            if sent(out[k]) != sent(f):
                continue
            base = out[k]
            if (
                k > 0
                and PER_BEFORE.search(text, 0, base.start) is not None
                and out[k - 1].kind == "count"
                and RATE_GAP.fullmatch(text, out[k - 1].end, base.start) is not None
            ):
                base = out[k - 1]  # the rate's numerator, not its denominator
            out[n] = replace(f, kind="count", unit=base.unit)
        elif (
            n + 1 < len(out)
            and out[n + 1].kind == "count"
            and out[n + 1].group is None
            and sent(out[n + 1]) == sent(f)
            and COMPARED_GAP.fullmatch(text, f.end, out[n + 1].start) is not None
        ):
            out[n] = replace(f, kind="count", unit=out[n + 1].unit)
    return out


def _reported(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """The bare object of a verb of reporting a tally, before a comma or the sentence's end
    ("Romania reported 30,692, ...", "Kenya recorded 212.")."""
    i = bisect_left(starts, f.start)
    if i == 0 or i >= len(doc):
        return False
    verb = doc[i - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORT_VERBS:
        return False
    k = bisect_left(starts, f.end)
    return k >= len(doc) or doc[k].text in (",", ".", ";")


def _after_preposition(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """The word before the figure is a preposition ("from 29 games", "in 12 races")."""
    i = bisect_left(starts, f.start)
    return 0 < i <= len(doc) and doc[i - 1].pos_ == "ADP" and doc[i - 1].is_lower


def _tally_object(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """The bare object of a verb of winning or holding a tally ("took eight and", "needs 61
    for a majority"; models/figure_words.jsonl kind tally_verb), before a comma, "and", "for",
    the sentence's end or a phrase of place ("lost 674 across England")."""
    i = bisect_left(starts, f.start)
    if i == 0 or i >= len(doc):
        return False
    verb = doc[i - 1]
    if not verb.tag_.startswith("VB") or (
        verb.lemma_.lower() not in TALLY_VERBS and verb.lower_ not in TALLY_VERBS
    ):
        return False
    k = bisect_left(starts, f.end)
    if (
        k + 1 < len(doc)
        and doc[k].pos_ == "ADP"
        and doc[k + 1].pos_ == "PROPN"
        and doc[k + 1].ent_type_ not in ("DATE", "TIME")
    ):
        return True  # "lost 674 across England", "took 9 in York": a place, not a noun
    return k >= len(doc) or doc[k].text in (",", ".", ";") or doc[k].lower_ in ("and", "for")


OF_GROUP_AFTER = re.compile(r"[ \t]+of[ \t]+(?:them|whom|which|these|those)\b")


def _part_noun(doc: Doc, end: int, starts: list[int]) -> str | None:
    """The plural noun that closes "N of them ..." ("1,100 of them children", "12 of them
    foreign nationals", "400 of whom are engineers"): what the part counts, with its adjectives
    dropped; None where a phrase or a verb follows instead ("310 of them in Sudan", "two of them
    seriously")."""
    k = bisect_left(starts, end)
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k < len(doc) and doc[k].lower_ in ("are", "were"):
        k += 1  # "of whom are engineers"
    noun: Token | None = None
    while k < len(doc) and doc[k].is_alpha and doc[k].is_lower and not doc[k].is_space:
        t = doc[k]
        if plural_noun(t, after_number=True) and t.pos_ in ("NOUN", "ADJ", "VERB"):
            noun = t
        elif t.pos_ != "ADJ" or noun is not None:
            break
        k += 1
    if noun is None or (k < len(doc) and not (doc[k].is_punct or doc[k].pos_ == "CCONJ")):
        return None
    return plural_lemma(noun.lower_) if noun.lemma_.lower() == noun.lower_ else noun.lemma_.lower()


def _opening_subject(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """A bare number that opens its sentence as the subject of a finite verb: "12 were later
    released", "Forty remain missing", "310 concerned noise" (an adverb may come between)."""
    if not sentence_initial(text_of(doc), f.start):
        return False
    return _finite_after(doc, bisect_left(starts, f.end))


# the longest phrase fronted before a subject number that still lets it open its sentence
FRONTED_WORDS = 4
# pronouns that carry the topic of the sentence before on as a subject
TOPIC_PRONOUNS = frozenset({"it", "they", "we"})


def _fronted_subject(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """A bare number that is the subject of a finite verb after a short phrase fronted at its
    sentence's start: adverbs ("So far 35,000 have been completed") or a phrase closed by a
    comma that opens with a preposition, a conjunction or an adverb ("Of those, 41 remain in
    intensive care", "By Friday, 1,200 had returned home", "Since then, 12 have been upheld");
    no verb in the phrase (a clause: "When police arrived, 12 had fled" is left alone) and no
    number ("In the 40 villages, 12 ..." is a partitive's, not this)."""
    i = bisect_left(starts, f.start)
    if i == 0 or i >= len(doc):
        return False
    k = i
    while k > 0 and i - k < FRONTED_WORDS + 1 and not sentence_initial(text_of(doc), doc[k].idx):
        k -= 1
    front = doc[k:i]
    if not len(front) or not sentence_initial(text_of(doc), doc[k].idx):
        return False
    if any(t.like_num or t.is_space or t.pos_ == "VERB" for t in front):
        return False
    adverbs = all(t.pos_ == "ADV" for t in front)
    phrase = front[-1].text == "," and front[0].pos_ in ("ADP", "ADV", "SCONJ") and len(front) > 1
    if not (adverbs or phrase):
        return False
    return _finite_after(doc, bisect_left(starts, f.end))


def _pronoun_object(doc: Doc, f: FigureFact, starts: list[int]) -> bool:
    """The bare object of a verb whose subject, opening the sentence, is a pronoun that carries
    the topic on ("It will add 12 next summer", "They rescued 40 from the river", "We expect
    300 by June"): no verb of being, of change ("It rose 12") or of a tally."""
    i = bisect_left(starts, f.start)
    if i < 2 or i >= len(doc):
        return False
    verb = doc[i - 1]
    lemma = verb.lemma_.lower()
    if (
        not verb.tag_.startswith("VB")
        or lemma in ("be", "have")
        or lemma in CHANGE_VERBS
        or verb.lower_ in CHANGE_VERBS
        or lemma in TALLY_VERBS
    ):
        return False
    k = i - 2
    while k >= 0 and (doc[k].tag_ in ("MD", "RB") or doc[k].lemma_ in ("be", "have")):
        k -= 1  # "will", "has also", "have been"
    return (
        k >= 0
        and doc[k].tag_ == "PRP"
        and doc[k].lower_ in TOPIC_PRONOUNS
        and sentence_initial(text_of(doc), doc[k].idx)
    )


def _finite_after(doc: Doc, k: int) -> bool:
    """A finite verb at token ``k``, adverbs skipped: the number before it is its subject."""
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if k >= len(doc):
        return False
    verb = doc[k]
    if verb.lemma_ == "be" and k + 1 < len(doc) and doc[k + 1].pos_ == "DET":
        return False  # "3 is the magic number": a number named, no count
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBP", "VBZ", "MD")


def harm_subject(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """ "Five died and 14 were wounded": a bare whole number that is the subject of a verb of
    death or of a passive verb of harm counts people (``counted_nouns.jsonl`` roles
    ``subject_person`` and ``verb_person``)."""
    table = counted_nouns()
    out: list[FigureFact] = []
    for f in facts:
        if f.kind == "number" and isinstance(f.value, int) and f.value > 0:
            _, k, passive = _past_subject(doc, f)
            if (
                k < len(doc)
                and doc[k].pos_ == "VERB"
                and doc[k].tag_ in ("VBD", "VBN", "VBZ", "VBP")
            ):
                role = table.get(doc[k].lemma_.lower(), {}).get("role")
                if role == "subject_person" or (role == "verb_person" and passive):
                    f = replace(f, kind="count", unit="person")
        out.append(f)
    return out


def _past_subject(doc: Doc, f: FigureFact) -> tuple[Span | None, int, bool]:
    """The number's tokens, the index of the first token after it and its auxiliaries, adverbs
    and particles, and whether a form of "be" or "get" is among them (a passive)."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    k = span.end if span is not None else len(doc)
    passive = False
    while k < len(doc) and doc[k].pos_ in ("AUX", "ADV", "PART"):
        passive = passive or doc[k].lemma_.lower() in ("be", "get")
        k += 1
    return span, k, passive


def held_person(doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """A bare whole number still without a noun after the counts carried from before ("Police
    held 12 suspects. Two were charged" keeps "suspect") that is the subject of a passive of
    the criminal process ("Two were charged": ``figure_words.jsonl`` kind ``person_passive``)
    or of a verb or "be" with a place only people are taken to or kept in ("Eight were taken
    to hospital", "Two remain in hospital": kind ``person_place``), or the object of a verb
    with such a place ("Paramedics took 3 to hospital"), counts people."""
    out: list[FigureFact] = []
    for f in facts:
        if f.kind == "number" and isinstance(f.value, int) and f.value > 0:
            span, k, passive = _past_subject(doc, f)
            verb = k < len(doc) and doc[k].pos_ == "VERB"
            taken = (
                span is not None
                and k == span.end
                and span.start > 0
                and doc[span.start - 1].pos_ == "VERB"
            )
            if (
                (
                    passive
                    and verb
                    and doc[k].tag_ == "VBN"
                    and doc[k].lemma_.lower() in PERSON_PASSIVE
                )
                or _held_person(doc, k, passive)
                or (taken and _place_after(doc, k))
            ):
                f = replace(f, kind="count", unit="person")
        out.append(f)
    return out


# "Two were charged", "12 were being questioned": passives that only people undergo
PERSON_PASSIVE = figure_words("person_passive")
# "to hospital", "into custody", "in jail": places only people are taken to or kept in
PERSON_PLACES = figure_words("person_place")
HELD_GAP = 3  # determiners and adjectives between the preposition and the place ("a local")


def _held_person(doc: Doc, k: int, passive: bool) -> bool:
    """Token k follows a bare number and its auxiliaries: a verb ("taken", "remain") or, after
    a form of "be", nothing, then a preposition and a place only people are taken to or kept in
    ("Eight were taken to hospital", "Six were taken into custody", "Two remain in hospital",
    "Three are in hospital"); not the place of a number that is an object ("took 5 to
    hospital": the number's next word is no auxiliary or verb)."""
    if k < len(doc) and doc[k].pos_ == "VERB" and doc[k].tag_ in ("VBD", "VBN", "VBZ", "VBP"):
        k += 1
    elif not passive:
        return False
    while k < len(doc) and doc[k].pos_ in ("ADV", "PART"):
        k += 1  # "taken away to"
    return _place_after(doc, k)


def _place_after(doc: Doc, k: int) -> bool:
    """Token k is a preposition whose phrase is headed by a place only people are taken to or
    kept in ("to hospital", "into police custody" is no such head: "custody" is; not "in
    hospital stocks", where the place only modifies the head)."""
    if k >= len(doc) or doc[k].pos_ != "ADP":
        return False
    j = k + 1
    while j < len(doc) and j - k <= HELD_GAP and doc[j].pos_ in ("DET", "ADJ", "NOUN"):
        if doc[j].lower_ in PERSON_PLACES:
            break
        j += 1
    return (
        j < len(doc)
        and doc[j].lower_ in PERSON_PLACES
        and (j + 1 == len(doc) or doc[j + 1].pos_ not in ("NOUN", "PROPN"))
    )


# "of the", also with a word that picks a part of a series: "seven of their last eight Tests"
# "40 of the 72 families", "3 of 20 schools" (the determiner may be left out)
PARTITIVE = re.compile(
    r" of (?:(?:the|those|these|its|their|his|her|our)(?: [A-Za-z][\w-]*['’]s)?"
    r"(?: (?:last|first|next|past|previous|remaining|other|top|final))? )?",
    re.IGNORECASE,
)
# "surveyed 1,200 farms; of these, 380 reported": the group named again by a pronoun
PARTITIVE_BACK = re.compile(
    r" [a-z][a-z -]{0,40}[;,] (?:and |but )?(?:of|among) (?:these|those|them),? ", re.IGNORECASE
)


def partitive_count(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """ "40 of the 72 families": a bare whole number before "of the" + a count counts the same
    noun (the text leaves it out); so does one after a fronted "Of the 40 passengers, 12"."""
    text = text_of(doc)
    out = list(facts)
    for n in range(len(out) - 1):
        f, nxt = out[n], out[n + 1]
        if (
            f.kind == "number"
            and nxt.kind == "count"
            and isinstance(f.value, int)
            and f.group is None
            and PARTITIVE.fullmatch(text, f.end, nxt.start) is not None
        ):
            out[n] = replace(f, kind="count", unit=nxt.unit)
            _verb_list_before(doc, out, n, starts)
        elif (
            f.kind == "count"
            # a percentage of the group stays one ("Of the 4,100 farms surveyed, 38% reported")
            and (
                nxt.kind == "number" or (nxt.kind == "count" and _verb_after(doc, nxt.end, starts))
            )
            and isinstance(nxt.value, int)
            and nxt.group is None
            and (
                (
                    FRONTED_PARTITIVE.search(text, max(0, f.start - 12), f.start) is not None
                    and PARTITIVE_GAP.fullmatch(text, f.end, nxt.start) is not None
                )
                or PARTITIVE_BACK.fullmatch(text, f.end, nxt.start) is not None
            )
        ):
            out[n + 1] = replace(nxt, kind="count", unit=f.unit)  # "Of the 40 passengers, 12"
    return out


# ", of the 84 seats on the council": a partitive set off by a comma after the numbers it closes
DISTANT_OF = re.compile(r",[ \t]+of[ \t]+(?:the|its|their|all)[ \t]+$")


def distant_partitive(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """ "The party won 53, up from two four years ago, of the 84 seats on the county council":
    a partitive set off by a comma counts the bare whole numbers of its sentence before it, back
    to the sentence's start or a figure that is not a bare number (the noun stands many words
    after the number it counts)."""
    text = text_of(doc)
    sent_starts = [s.start_char for s in sentences(doc)]
    out = list(facts)
    for n, c in enumerate(facts):
        if c.kind != "count" or not c.unit or n == 0:
            continue
        if DISTANT_OF.search(text, max(0, c.start - 20), c.start) is None:
            continue
        sent = bisect_right(sent_starts, c.start)
        k = n - 1
        while (
            k >= 0
            and out[k].kind == "number"
            and isinstance(out[k].value, int)
            and out[k].group is None
            and bisect_right(sent_starts, out[k].start) == sent
            and not noun_follows(doc, out[k].end, starts)
        ):
            out[k] = replace(out[k], kind="count", unit=c.unit)
            k -= 1
    return out


def same_verb_object(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """ "The agency screened 3.09 million travelers on Sunday ... Over the week it screened 18.3
    million": a bare number right after a verb counts what a count right after the same verb
    counted earlier in the text (the noun stands many words before)."""
    verbs: dict[str, str] = {}  # a verb's lemma -> the noun of the count it took last
    out = list(facts)
    for n, f in enumerate(facts):
        i = bisect_left(starts, f.start)
        if i == 0 or i >= len(doc) or f.group is not None:
            continue
        verb = doc[i - 1]
        if not verb.tag_.startswith("VB") or verb.lemma_.lower() in ("be", "have", "do"):
            continue
        lemma = verb.lemma_.lower()
        if f.kind == "count" and f.unit:
            verbs[lemma] = f.unit
        elif (
            f.kind == "number"
            and lemma in verbs
            and f.value >= 0
            and float(f.value).is_integer()
            and not noun_follows(doc, f.end, starts)
        ):
            out[n] = replace(f, kind="count", unit=verbs[lemma])
    return out


# ", drawn ", " and lost ", ", and sold ": one verb between two members of a list of objects
VERB_LIST_GAP = re.compile(r"(?:,|,? and|,? or) ([a-z]+) ")


def _verb_list_before(doc: Doc, out: list[FigureFact], n: int, starts: list[int]) -> None:
    """ "won 11, drawn one and lost one of their 13 league games": the bare numbers of a list of
    verbs and their objects that ends in a partitive count the partitive's noun (the count at
    ``n``; ``out`` is changed in place)."""
    text = text_of(doc)
    m = n - 1
    while m >= 0:
        f, nxt = out[m], out[m + 1]
        gap = VERB_LIST_GAP.fullmatch(text, f.end, nxt.start)
        if (
            gap is None
            or f.kind != "number"
            or not isinstance(f.value, int)
            or f.group is not None
            or not doc[bisect_left(starts, gap.start(1))].tag_.startswith("VB")
        ):
            return
        out[m] = replace(f, kind="count", unit=out[n].unit)
        m -= 1


# "Of the new homes, ", "Among those arrested, " opening a sentence, right before a number
FRONTED_GROUP = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*|(?<=[.!?][\"”’]) )(?:Of|Among|Amongst) "
    r"((?:the|its|their|those|these|his|her|our) [^,.;:\n]{2,50}), $"
)


def fronted_group(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """ "Of the new homes, 300 will be let", "Among the injured, 12 are critical", "Of those
    arrested, 45 were charged": a bare whole number right after a fronted partitive that names
    its group without a number counts the group's plural head noun (people for a word of
    people, or "those" + a participle)."""
    text = text_of(doc)
    out = list(facts)
    for n, f in enumerate(facts):
        if f.kind != "number" or not isinstance(f.value, int) or f.group is not None:
            continue
        m = FRONTED_GROUP.search(text, max(0, f.start - 70), f.start)
        if m is None or noun_follows(doc, f.end, starts):
            continue
        noun = _group_noun(doc, bisect_left(starts, m.start(1)), bisect_left(starts, m.end(1)))
        if noun is not None:
            out[n] = replace(f, kind="count", unit=noun)
    return out


def _group_noun(doc: Doc, lo: int, hi: int) -> str | None:
    """What the group of tokens lo..hi ("the new homes", "those arrested", "the injured",
    "the passengers on board") counts: the first plural common noun before any preposition,
    else people."""
    table = counted_nouns()
    first = doc[lo]
    for t in doc[lo + 1 : hi]:
        row = table.get(t.lower_, {})
        if row.get("role") == "person":
            return "person"  # "the injured", "the dead"
        if t.tag_ == "NNS" and t.pos_ == "NOUN":
            if row.get("role") == "lemma":
                return str(row["lemma"])
            return plural_lemma(t.lower_) if t.lemma_.lower() == t.lower_ else t.lemma_.lower()
        if t.pos_ not in ("ADJ", "NOUN", "ADV", "DET") and t.tag_ not in ("VBN", "VBD"):
            return None  # a preposition, a finite verb: no plural head before it
    if first.lower_ == "those" and hi - lo == 2 and doc[lo + 1].tag_ in ("VBN", "VBD"):
        return "person"  # "Of those arrested, 45 were charged"
    return None


# "12% of pupils, or ", "30 percent of the workforce, or ": a share of a group restated
SHARE_RESTATED = re.compile(
    r"(?:%|\bper ?cent|\bpct) of ((?:the |all )?[a-z][a-z -]{1,40}?),? or (?:about |some |around )?$"
)


def restated_share(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """ "Some 12% of pupils, or 41,000, were absent": a bare number that restates a percentage
    of a group after "or" counts the group's plural head noun (people for a word of people)."""
    text = text_of(doc)
    out = list(facts)
    for n, f in enumerate(facts):
        if f.kind != "number" or f.group is not None or f.value <= 0:
            continue
        m = SHARE_RESTATED.search(text, max(0, f.start - 70), f.start)
        if m is None or noun_follows(doc, f.end, starts):
            continue
        lo = bisect_left(starts, m.start(1)) - 1  # the "of" before the group
        noun = _group_noun(doc, lo, bisect_left(starts, m.end(1)))
        if noun is not None:
            out[n] = replace(f, kind="count", unit=noun)
    return out


def existential_count(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """ "Polling stations open at 7 a.m. There are 41,000 across the country", "The city has
    120 speed cameras. Last year there were 95": a bare whole number right after "there" + "be"
    with no noun after it counts the noun of the last count of its sentence or the sentence
    before, else the plural head of the subject opening either (a WordNet compound kept)."""
    sents = list(sentences(doc))
    sent_starts = [s.start_char for s in sents]
    text = text_of(doc)
    out = list(facts)
    for n, f in enumerate(facts):
        if (
            f.kind != "number"
            or not isinstance(f.value, int)
            or f.value <= 0
            or f.group is not None
            or (1000 <= f.value <= 2199 and "," not in text[f.start : f.end])
        ):
            continue
        k = bisect_left(starts, f.start) - 1
        while k > 0 and doc[k].pos_ == "ADV":
            k -= 1  # "there are now 73,000"
        if k < 1 or doc[k].lemma_ != "be" or doc[k - 1].tag_ != "EX":
            continue
        if noun_follows(doc, f.end, starts):
            continue
        s = bisect_right(sent_starts, f.start) - 1
        prev = next(
            (
                p
                for p in reversed(out[:n])
                if p.kind == "count" and p.unit and bisect_right(sent_starts, p.start) - 1 >= s - 1
            ),
            None,
        )
        noun = prev.unit if prev is not None else None
        for j in (s, s - 1):
            if noun is None and j >= 0:
                noun = _opening_plural(doc, sents[j])
        if noun is not None:
            out[n] = replace(f, kind="count", unit=noun)
    return out


def _opening_plural(doc: Doc, sent: Span) -> str | None:
    """The plural head noun of the subject that opens ``sent`` ("Polling stations open ...",
    "Charging points are spreading"): its lemma, a WordNet compound with the word before kept;
    None where a verb or a singular head comes first."""
    for t in sent:
        if t.tag_ == "NNS" and t.pos_ == "NOUN":
            row = counted_nouns().get(t.lower_, {})
            if row.get("role") == "person":
                return "person"
            lemma = str(row["lemma"]) if row.get("role") == "lemma" else t.lemma_.lower()
            before = doc[t.i - 1] if t.i > sent.start else None
            if before is not None and before.lower_ in noun_compounds().get(lemma, ()):
                return f"{before.lower_} {lemma}"
            return lemma
        if t.pos_ not in ("DET", "ADJ", "NOUN") and t.tag_ != "VBG":
            return None
    return None


AGAIN_BEFORE = re.compile(r"\b(?:the|these|those|all)[ \t]+$", re.IGNORECASE)


def named_again(doc: Doc, facts: list[FigureFact], starts: list[int]) -> list[FigureFact]:
    """ "Arrested (4): ... Two of the four had convictions": a bare number after "the" with no
    noun after it names again the group an earlier count of the same value counts."""
    text = text_of(doc)
    out = list(facts)
    seen: dict[float, str] = {}  # value -> the noun of the last count of that value
    for n, f in enumerate(facts):
        if f.kind == "count" and f.unit:
            seen[f.value] = f.unit
        elif (
            f.kind == "number"
            and isinstance(f.value, int)
            and f.value in seen
            and f.group is None
            and AGAIN_BEFORE.search(text, max(0, f.start - 8), f.start) is not None
            and not noun_follows(doc, f.end, starts)
        ):
            out[n] = replace(f, kind="count", unit=seen[f.value])
    return out


def _verb_after(doc: Doc, end: int, starts: list[int]) -> bool:
    """A verb in the past right after the number, which the noun search read as a participle
    before a noun ("27 needed hospital treatment": the number is the verb's subject)."""
    i = bisect_left(starts, end)
    # "nine were women": a copula's plural noun is what the number counts (kept as read)
    return i < len(doc) and doc[i].tag_ in ("VBD", "VBN") and doc[i].lemma_ != "be"


FRONTED_PARTITIVE = re.compile(r"\b(?:[Oo]f|[Aa]mong) (?:the|those|these|its|their) $")
PARTITIVE_GAP = re.compile(r" [a-z][a-z -]{0,40}, ")
