"""Numbers that belong to a name or are no figure of their own: "Phase 1" and "Expedition 31"
(a designation after a capitalised word), "bus 38" (``models/figure_words.jsonl`` kinds
``seat_noun`` and ``designation_noun``), citations ("42 U.S.C. 5121", "No. 3"; the citation
words of ``briefx.resources.citation_words``), "the Six Nations", "the 18th Airborne Corps",
"COP29", "Euro 96", a score NER ran into a name after a match verb
(``models/entity_forms.jsonl`` kind ``match_verb``), a headline NER read as one name; and which
ordinals stand for a placing or precede their noun. Also the gapped clause ("Germany sent 40
tanks and Poland 60"), whose number is a count and no designation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.tokens import Doc, Span, Token

from briefx.facts import FigureFact
from briefx.normalize.figures import currencies
from briefx.normalize.numbers import parse_ordinal
from briefx.normalize.scan import Found
from briefx.pipeline._util import reference_date, text_of
from briefx.pipeline.figures.state import DocFigures
from briefx.pipeline.figures.tables import result_row
from briefx.pipeline.figures.words import NOUNISH, counted_nouns, noun_follows, plural_noun
from briefx.resources import citation_words, figure_words, read_jsonl

CITATION_WORDS = citation_words()
DESIGNATION_BEFORE = {"no.", "no", "#", "§", "§§", "nos.", "number", "v."}
SEAT_NOUNS = figure_words("seat_noun")
# nouns numbered by the numeral after them: "bus 38", "route 66", "gate 12"
NUMBERED_NOUNS = SEAT_NOUNS | figure_words("designation_noun")
# a Title Case currency name before a bare two- or four-digit year is a name: "Euro 96", "Euro
# 2004" (a tournament), not 96 euros; codes and symbols ("EUR 96", "€96") stay money
NAME_WITH_YEAR = re.compile(r"([A-Z][a-z]+) (?:\d{2}|1[89]\d\d|20\d\d)")
# a currency code glued to a small whole number, with no scale ("COP29"): a name before a noun
CODE_NAME = re.compile(r"[A-Z]{3}\d{1,3}")


@cache
def _match_verbs() -> frozenset[str]:
    """Verbs of sports reports ("beat", "drew"; models/entity_forms.jsonl kind match_verb)."""
    return frozenset(
        r["word"] for r in read_jsonl("entity_forms.jsonl") if r["kind"] == "match_verb"
    )


def match_in_name(doc: Doc, f: Found) -> bool:
    """A score that NER ran into a name, or typed as one, after a match verb: "CHELSEA BEAT
    ARSENAL 2-1", "Rangers beat Celtic 2-1" ("2-1" a PRODUCT). "Boeing 777-200" has no
    verb, so it stays a designation."""
    if "tally" not in f.notes:
        return False
    verbs = _match_verbs()
    for e in doc.ents:
        if e.start_char <= f.start < e.end_char:
            lo = max(e.sent.start if doc.has_annotation("SENT_START") else 0, e.start - 4)
            return any(t.lower_ in verbs for t in doc[lo : e.end] if t.idx < f.start)
    return False


def code_name(fig: DocFigures, doc: Doc, f: Found) -> bool:
    """ "the COP29 talks", "The COP30 summit": a currency code glued to a small whole number
    before a noun is a name, not 29 Colombian pesos ("paid ZAR450 per tonne" is money); so is
    one joined to a word by a hyphen or a hash ("COP31-bound", "UN-COP31", "#COP31": a name's
    part), and the edition of a numbered event (``models/event_editions.jsonl``: "COP31") where
    that edition meets by a few years after the text's date."""
    text = text_of(doc)
    if CODE_NAME.fullmatch(text, f.start, f.end) is None:
        return False
    after = fig.token_after(doc, f.end)
    if after is not None and after.pos_ == "NOUN":
        return True
    if (f.start > 0 and text[f.start - 1] in "-#") or JOINED_AFTER.match(text, f.end):
        return True
    first = numbered_editions().get(text[f.start : f.start + 3])
    if first is None:
        return False
    day = reference_date(doc)
    edition = int(text[f.start + 3 : f.end])
    if day is None:
        return edition < 100  # no date to compare: an edition of two digits at most
    return first + edition - 1 <= day.year + EDITIONS_AHEAD


JOINED_AFTER = re.compile(r"-[A-Za-z]")  # "COP31-bound"
EDITIONS_AHEAD = 5  # years past the text's date a numbered edition may be named


@cache
def numbered_editions() -> dict[str, int]:
    """The numbered events' words and the year of their first edition (event_editions.jsonl)."""
    return {
        r["word"]: int(r["first"])
        for r in read_jsonl("event_editions.jsonl")
        if r.get("kind") == "numbered"
    }


def article_ordinal(doc: Doc, f: Found, after: Token | None) -> FigureFact | None:
    """ "a third arrest", "a fifth straight loss": "a" + an ordinal word before a noun
    (or an adjective and a noun) is the ordinal; "a third of", "a third" alone stay out."""
    words = text_of(doc)[f.start : f.end].split(maxsplit=1)
    if len(words) != 2 or after is None:
        return None
    head = words[0].lower()
    if head not in ("a", "an") and not (head == "one" and _after_the(doc, f.start)):
        return None  # "the one hundredth day": "one" + a scale ordinal after "the"
    value = parse_ordinal(words[1])  # "a third arrest", "a twenty-first term"
    if value is None:
        return None
    nxt = doc[after.i + 1] if after.i + 1 < len(doc) else None
    if not (
        after.pos_ == "NOUN" or (after.pos_ == "ADJ" and nxt is not None and nxt.pos_ == "NOUN")
    ):
        return None
    start = f.start if head == "one" else f.end - len(words[1])
    return FigureFact(start, f.end, "ordinal", value, None)


def cited(fig: DocFigures, doc: Doc, f: Found) -> bool:
    """A number after "No.", "§" or a citation word ("42 U.S.C. 5121", "§ 406")."""
    before = fig.token_before(doc, f.start)
    low = before.lower_ if before is not None else ""
    if low == "u.s.":  # "531 U.S. 98", not "the U.S. 5th Fleet"
        return before.i > 0 and doc[before.i - 1].like_num  # type: ignore[union-attr]
    if low == "." and before is not None and before.i > 0:  # "Signal No. 3": "No" "." apart
        return f"{doc[before.i - 1].lower_}." in DESIGNATION_BEFORE
    return low in DESIGNATION_BEFORE or low in CITATION_WORDS


def in_name(fig: DocFigures, doc: Doc, after: Token | None) -> bool:
    """A digit ordinal before a capitalised name word in running (not Title Case) text."""
    if after is None or after.pos_ != "PROPN" or not after.text[:1].isupper():
        return False
    sent = after.sent if doc.has_annotation("SENT_START") else doc[:]
    # a Title Case headline line within the sentence ("Kenya Marks 60th Independence
    # Anniversary With Parade" above the body) is no running text: the line decides
    text = text_of(doc)
    lo = max(sent.start_char, text.rfind("\n", 0, after.idx) + 1)
    nl = text.find("\n", after.idx)
    hi = min(sent.end_char, nl if nl >= 0 else len(text))
    if lo not in fig.running:  # once per sentence line: linear on long texts
        line = doc.char_span(lo, hi, alignment_mode="expand") or sent
        fig.running[lo] = any(t.is_alpha and not t.is_stop and t.text[:1].islower() for t in line)
    return fig.running[lo]


def word_in_name(
    fig: DocFigures, doc: Doc, f: Found, before: Token | None, after: Token | None
) -> bool:
    """A capitalised number word inside running text, before a capitalised name word:
    "won the Six Nations title" (not at a sentence or line start: "Seventeen Centers")."""
    text = text_of(doc)
    if not f.words or not text[f.start : f.start + 1].isupper() or before is None:
        return False
    if before.is_punct or before.is_space or "\n" in text[before.idx + len(before) : f.start]:
        return False
    if before.is_sent_start is True or f.hedge_start is not None:
        return False
    return in_name(fig, doc, after)


# "Labour 412 seats, Conservatives 121": a plural noun, a comma, then a name and a number
RESULT_HEAD_AFTER = re.compile(
    r"[ \t]+[a-z]+s"
    # a phrase of what the count came from may close the head: "74 points from 32 games, ..."
    r"(?:[ \t]+(?:from|in|after|of)[ \t]+\d[\d,]*[ \t]+[a-z]+s)?"
    r",[ \t]+(?:the[ \t]+)?[A-Z][\w.'’&/-]*(?:[ \t]+[A-Z][\w.'’&/-]*){0,3}[ \t]+\d"
)


def result_head(text: str, f: Found) -> bool:
    """The number opens a result list after a name, with its plural noun, before a comma and the
    next name and number: "Labour 412 seats, Conservatives 121", "Liverpool 25 points, Arsenal
    23", "Arsenal 74 points from 32 games, Liverpool 71": a count NER ran into the name, not a
    designation ("Phase 1")."""
    return not f.words and RESULT_HEAD_AFTER.match(text, f.end) is not None


def designation(fig: DocFigures, doc: Doc, f: Found, before: Token | None) -> bool:
    """ "Phase 1", "Expedition 31": a digit number right after a capitalised name word."""
    if f.words or f.hedge_start is not None or before is None or "tally" in f.notes:
        return False  # "passed the House 218-214": a tally, not "Phase 1"
    if f.kind == "ordinal":
        return False  # a designation is cardinal: "Claims 24th Title" (a headline verb)
    if "," in text_of(doc)[f.start : f.end]:
        return False  # "Flooding Forces 3,000 Residents": a number in digit groups is an amount
    if result_row(text_of(doc), f.start):
        return False  # "Labour 412" over "Conservative 121": a column of results
    if result_head(text_of(doc), f):
        return False  # "Labour 412 seats, Conservatives 121": the head of a result list
    if before.idx + len(before) != f.start - 1 or text_of(doc)[f.start - 1] != " ":
        return False  # a tab parts table cells: "South<TAB>988" is no "Phase 1"
    word = before.text
    letters = word.replace("&", "") if "&" in word[1:-1] else word  # "S&P 500"
    if not (letters.isalpha() and (word[:1].isupper() or not word[1:].islower())):
        # "Phase 1", and camel-case product names: "iPhone 15", "eVTOL 3"
        return False
    if word.lower() in ("than", "to", "and", "of", "by", "at", "some", "about", "over"):
        return False
    if (
        # the tagger may read a capitalised plural as a common noun ("the Conservatives 24.1")
        # or a group's name as singular ("the Greens 11.4", a NORP)
        (
            before.tag_ == "NNPS"
            or (before.tag_ == "NNS" and before.is_title)
            or before.ent_type_ == "NORP"
        )
        and before.i > 0
        and doc[before.i - 1].lower_ == "the"
        and not noun_follows(doc, f.end, fig.starts)
    ):
        return False  # "Labour holds 27 and the Conservatives 15": a plural name's count
    if _fronted_place(fig, doc, f, before):
        return False  # "In the European Parliament 412 lawmakers voted": a subject's count
    return before.pos_ in ("PROPN", "NOUN")


def _fronted_place(fig: DocFigures, doc: Doc, f: Found, before: Token) -> bool:
    """The name before the number closes a phrase of place that opens the sentence with
    "the" (a designation takes none: "In Phase 2 workers"), and a plural noun and a verb
    follow the number ("In the Senate 52 senators voted")."""
    sent_start = before.sent.start_char if doc.has_annotation("SENT_START") else 0
    if FRONTED_PLACE.fullmatch(text_of(doc), sent_start, before.idx + len(before)) is None:
        return False
    i = bisect_left(fig.starts, f.end)
    return (
        i + 1 < len(doc)
        and doc[i].is_lower
        and plural_noun(doc[i], after_number=True)
        and doc[i + 1].tag_ in ("VBD", "VBP", "MD")
    )


def ordinal_ok(doc: Doc, f: Found, before: Token | None, after: Token | None) -> bool:
    """An ordinal before its noun ("the third meeting") or of a placing or rank, where it
    stands for "Nth place" as OntoNotes tags it ("finished third", "came in second", "is
    fourth in the standings", "Ferrari second"). Not: a discourse adverb opening its clause
    ("First, we must", "First we must", "Second, the plan"), "first" meaning "for the first
    time" before a verb ("she first met him", "was first elected"), "at first"."""
    tok = doc.char_span(f.start, f.end, alignment_mode="expand")
    if tok is None:
        return False
    if text_of(doc).strip() == tok.text:
        return True  # the whole text is the ordinal ("first", as the peer suites write it)
    last = tok[-1]
    before_low = before.lower_ if before is not None else ""
    if last.lower_ == "second" and before_low in ("a", "per", "one"):
        # "a second" is a time unit, but "a second term" an ordinal before its noun
        return before_low == "a" and after is not None and after.pos_ == "NOUN"
    if (
        last.lower_ == "second"
        and before is not None
        and before.text in ("-", "–")
        and before.i > 0
        and doc[before.i - 1].like_num
    ):
        return False  # "a five-second penalty": a time unit after a number
    row = counted_nouns().get(after.lower_, {}) if after is not None else {}
    if row.get("under_day") and not row.get("ordinal_count"):
        return False  # "the first hour of trading": a time under a day (ANNOTATION.md); a
        # match minute ("the 78th minute") is counted on the game clock, an ordinal
    if after is not None and after.pos_ in NOUNISH:
        return True  # before its noun, or an adjective and its noun
    if _clause_opening(doc, tok[0], before) and (
        after is None or after.text in (",", ":", ";") or after.pos_ == "PRON"
    ):
        return False  # "First, we must ...", "Second: the plan"
    if before_low == "at" and last.lower_ == "first":
        return False  # "at first": at the start
    # "she first met him", "was first elected": for the first time ("the first was built",
    # after a determiner, is the first one); a digit ordinal is no adverb ("Marks 75th
    # Founding Anniversary": a verb form the tagger read in a headline)
    return not f.words or not (
        after is not None
        and after.pos_ in ("VERB", "AUX")
        and before_low not in ("the", "its", "their", "his", "her")
    )


# "Germany sent 40 tanks and Poland 60.": a gapped clause, a name and a number after "and"
GAPPED_BEFORE = re.compile(
    r"(?:[,;]|\band|\bwhile|\bbut|\bwith)[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,2}[ \t]+$"
)
CLAUSE_END = re.compile(r"[.!?]\s|\n")  # a semicolon may part gapped clauses
NAME_BEFORE = re.compile(r"[A-Z][\w.'’&-]*[ \t]+$")
LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
GAPPED_AFTER = re.compile(r"[ \t]*(?:[.;,!?)]|$|\n|and\b|in\b|on\b|at\b|by\b)")


def gapped_clause(text: str, f: Found, prev: Found | None) -> bool:
    """A number that ends a gapped clause after a figure of the same sentence: "Germany sent 40
    tanks and Poland 60", "Labour won 17 seats and the Greens 9", not "Route 66" or "Phase 2"."""
    if prev is None or prev.kind != "number" or "," in text[f.start : f.end]:
        return False  # after "rose 2%", "and the S&P 500." is the index's name
    if f.words and not text[f.start : f.start + 1].islower():
        return False  # "the Jackson Five": a capitalised number word is a name's; a lower-case
        # one ends a gapped clause NER ran into a name ("won seven of the 16 races, Norris five")
    between = text[prev.end : f.start]
    if CLAUSE_END.search(between) or GAPPED_AFTER.match(text, f.end) is None:
        return False
    if NAME_BEFORE.search(text, max(0, prev.start - 40), prev.start) and not GAPPED_BEFORE.search(
        text, max(0, prev.start - 60), prev.start
    ):
        return False  # "backed Proposition 50 and Measure 110": designations, one after another
    m = GAPPED_BEFORE.search(text, max(prev.end, f.start - 60), f.start)
    if m is None:
        return False
    last = m.group().split()[-1]
    if "&" in last or (last.isupper() and not _gapped_pairs(text, prev, m.start())):
        return False  # "the FTSE 100", "the S&P 500": names
    # the first clause has words of its own ("sent 40 tanks"), not a list of names and numbers
    # ("Phase 2, Phase 3", "Leeds 2, Everton 1")
    lo = max(text.rfind(".", 0, prev.start), text.rfind("\n", 0, prev.start)) + 1
    return LOWER_WORD.search(text, lo, m.start()) is not None


FRONTED_PLACE = re.compile(
    r"(?:In|At|Across|Among|Inside|Within)[ \t]+the[ \t]+[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}"
)
GAPPED_PAIR = re.compile(r"(?:[,;]|\band)[ \t]+(?:the[ \t]+)?[A-Z][a-z][\w.'’&-]*[ \t]+\d")
NOUN_THEN_GLUE = re.compile(r"[ \t]+[a-z]+[,;][ \t]+(?!and\b)")  # "57 seats, the CDU 47"


def _gapped_pairs(text: str, prev: Found, at: int) -> bool:
    """An acronym's name before a number is a party's or a body's in a list of gapped clauses,
    not an index's ("the AfD 40, the BSW 14 and the SPD 10", "won 57 seats, the CDU 47"): the
    number before has its noun and a comma (not ", and the FTSE 100."), or the clause holds a
    pair of a name with lower-case letters and a number before."""
    lo = max(text.rfind(".", 0, prev.start), text.rfind("\n", 0, prev.start)) + 1
    return NOUN_THEN_GLUE.match(text, prev.end) is not None or bool(
        GAPPED_PAIR.search(text, lo, at)
    )


def numbered_noun(doc: Doc, f: Found, before: Token | None, starts: list[int]) -> bool:
    """A bare digit number right after a lower-case noun that numbers one of a set ("bus 38",
    "flight 370", "at gate 12"), with no noun after it ("gate 12 metres" is a measure)."""
    if before is None or f.words or f.hedge_start is not None or f.kind != "number":
        return False
    span = text_of(doc)[f.start : f.end]
    if not span.isdigit() or before.idx + len(before) != f.start - 1:
        return False
    return (
        before.pos_ in ("NOUN", "PROPN")  # the tagger reads "tram 11" as a name
        and before.text.islower()
        and before.lower_ in NUMBERED_NOUNS
        and not noun_follows(doc, f.end, starts)
    )


def _clause_opening(doc: Doc, tok: Token, before: Token | None) -> bool:
    """``tok`` opens its sentence, line or clause (after a quote mark, colon or dash)."""
    if before is None or tok.is_sent_start or "\n" in text_of(doc)[before.idx : tok.idx]:
        return True
    return before.is_punct and before.text != ","


def name_with_year(span: str) -> bool:
    """ "Euro 96": a currency's name (not a symbol: "Rs 20", "Ksh 50") in Title Case and a year."""
    m = NAME_WITH_YEAR.fullmatch(span)
    if m is None:
        return False
    cur = currencies()
    return m.group(1).lower() in cur.words and m.group(1) not in cur.symbol_set


HEADLINE_WORDS = 5  # a name the tagger spread over a whole line of this many words or more


def headline(doc: Doc, ent: Span) -> bool:
    """A "name" that is a whole line of several words is a Title Case headline the tagger read
    as one name ("Kenya Marks 60th Independence Anniversary With Parade" as ORG): the numbers
    in it are no part of a name."""
    text = text_of(doc)
    lo = text.rfind("\n", 0, ent.start_char) + 1
    hi = text.find("\n", ent.end_char)
    line = text[lo : hi if hi >= 0 else len(text)]
    return (
        len(ent) >= HEADLINE_WORDS
        and line.strip() == ent.text
        and any(t.like_num or t.pos_ == "VERB" for t in ent)
    )


def _after_the(doc: Doc, start: int) -> bool:
    """The token before character ``start`` is "the"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "the"


def number_as_name(doc: Doc, f: Found) -> bool:
    """NER typed the figure alone as a name: "the 101st edition" (ORG), "250k views" (PRODUCT).
    Only a digit ordinal or digits with a lower-case scale suffix, which no name is alone
    ("3M", "7-Eleven" and "the 101st Airborne" are kept as names)."""
    span = text_of(doc)[f.start : f.end]
    digit_ordinal = f.kind == "ordinal" and not f.words
    suffixed = f.scaled and not f.words and span[-1:].islower() and span[:1].isdigit()
    if not (digit_ordinal or suffixed):
        return False
    return any(e.start_char == f.start and e.end_char == f.end for e in doc.ents)
