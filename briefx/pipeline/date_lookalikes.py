"""Mentions that read like a date and are none, for the dates stage (``briefx_dates``).

Session 19 (issue 14: held-out dates lose precision, not values). Each test reads the tokens
around a candidate date; none names a phrase of a text:
- recurring weekdays: a weekday in a series whose first member is recurring ("every Monday and
  Wednesday", "on Mondays and Thursday", "every other Thursday"); a weekday that closes a
  compound of days ("the Monday-to-Friday presenter"); a weekday before the plural of a part
  of the day ("on Sunday mornings", "Saturday nights"); three or more weekdays listed in a
  clause whose verb is in the simple present ("Flights operate on Tuesday, Thursday and
  Saturday");
- recurring periods: a period with no digit and no word relating it to today, after "in",
  "during", "over" or "on" (not a bound: "until May"), in a clause of the present whose
  stretch of words, unbroken by punctuation, holds a distributive period ("every year", "each
  year") or days in the plural ("on Sundays", "on public holidays"): "The fair takes place
  every year in May", "on the last weekend of September every year", "open Monday to Friday
  and closed on public holidays"; a month or season alone also beside a habitual adverb
  ("usually") or a word of frequency ("annually"; an adjective only after the clause's verb:
  "In June the agency publishes its annual report", ANNOTATION.md); so is a part of a year or
  month with no number ("Ice usually covers the lake at the start of the year"; session 20);
- a weekday after an indefinite determiner ("a typical Friday night", "Any Sunday afternoon")
  and a weekday range in a clause of the plain present ("The helpline is staffed Monday to
  Friday"; session 20);
- a list of weekdays before the plural of a part of the day ("on Tuesday and Thursday
  evenings"), a weekday range after a verb of opening hours or work in the present ("The store
  opens at 9 a.m. Monday through Saturday"; session 21);
- a weekday, a season or "the weekend" that is the subject of "is" with a habitual adverb, a
  superlative, "only" or "when" ("Monday is the hardest day of the week", "The weekend is when most accidents
  happen"; session 21); a bare season as the subject of a verb in the simple present ("Spring
  brings floods to the valley"; session 21);
- numbers that are no year: four digits glued to a unit's letters or after a code's ("a
  1600cc engine", "Flight AF1948"; not "FY2025"), after a currency sign or a hash ("£1999"),
  before a unit ("1850 m"), after a count on the other side of a tally ("2024 votes to
  1980"), or one group of a run of digit groups ("call 1800 555 0199");
- a short weekday that opens a name or follows "the", with nothing dated after it ("Sun Yang
  won", "The Sun newspaper");
- month words in names: a month after a capitalised given name (models/given_names.jsonl:
  "Coach Mark August said"), a month that is the subject of a verb of saying ("April said",
  "June, the firm's founder, said"), the noun "March" heading an event's name after "the"
  ("the March on Rome", session 20), and an abbreviated month with no full stop and no number beside
  it before a capitalised word or after a word that governs no date ("Jan Kowalski", "Mar
  del Plata").
Word lists: ``models/recurrence_words.jsonl`` (distributive, frequency, day_part, day_noun,
indefinite, plan_head, service_verb),
``models/statement_cues.jsonl`` (habitual adverbs), the unit tables of
``briefx.normalize.units`` and ``models/given_names.jsonl``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from briefx.normalize.cues import words
from briefx.normalize.dates.lexicon import SHORT_WEEKDAYS, UNITS, WEEKDAYS
from briefx.normalize.names import form_words
from briefx.normalize.units import unit_table
from briefx.pipeline._util import text_of
from briefx.pipeline.tense import reporting_verbs
from briefx.resources import (
    month_abbreviations,
    months,
    number_words,
    recurrence_words,
    table_index,
)

# every/each and a period, with at most a number between ("every year", "each four years")
PERIOD_AFTER = {"year", "years", "month", "months", "week", "weeks", "day", "days", "quarter",
                "spring", "summer", "autumn", "fall", "winter", "season", "weekend"}  # fmt: skip
SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
IN_PERIOD = {"in", "during", "throughout", "over", "on"}  # a time within a year, no bound
RANGE_LEADS = {"from", "between"}  # "from April to October": a stretch, read as one period
RANGE_WORD = re.compile(r" (?:to|through|and|until|till) |[-–]")
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
WEEKDAY_RANGE = re.compile(_DAY + r" (?:to|through|until|till|-|–) " + _DAY)
# a word that relates a period to today or to a date of the text: one period, not a series
RELATED = re.compile(
    r"\b(?:this|next|past|coming|previous|current|ago|today|yesterday|tomorrow|now|following|"
    r"later|earlier|upcoming|same|that)\b"
)
# a part of a year or month named by no number and no word relating it to today ("the start of the
# year", "the first quarter of the year", "the last week of the month"): of any year in a habitual
# clause ("Ice usually covers the lake at the start of the year"; session 20)
PART_OF_ANY = re.compile(r"the [a-z -]+ of the (?:year|month)")
# a month or season alone: "May", "the summer", "summer"
LONE_PERIOD = re.compile(r"(?:the )?(?:spring|summer|autumn|fall|winter)|[a-z]+", re.IGNORECASE)
GROUP_RUN_AFTER = re.compile(r"[ \-]\d{3,4}[ \-]\d{3,4}\b")  # "1800 555 0199"
GROUP_RUN_BEFORE = re.compile(r"\b\d{2,4}[ \-]\d{3,4}[ \-]$")  # "020 7946 2025"
GLUED_UNIT = re.compile(r"[a-z]|[A-Z][A-Za-z]")  # "1600cc", "2000mAh", "1500MW"; not "2025E"
SIGN_BEFORE = set("$£€¥₹₩₽₦#")  # a currency's sign or a hash glued before the number
# a tally: "by 2024 votes to 1980" ("£22 billion to 2030", "5,000 jobs to 2030": until then)
TALLY_BEFORE = re.compile(r"\bby\s+\d[\d,]*\s+[a-z]+s\s+(?:to|against)\s+$")
CAPITAL_AFTER = re.compile(r" ([A-Z][a-z]+)\b")  # "the 2030 Agenda"
THE_BEFORE = re.compile(r"\b[Tt]he $")
# "in" and a month or a year after four digits ("up from 1400 in 2023"; session 21)
IN_DATE_AFTER = re.compile(r"\s+in\s+([A-Za-z]+|\d{4}\b)")
TIME_UNITS = {"h", "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "s", "sec"}
SERIES_COMPOUND = re.compile(r"[A-Za-z]-(?:to|through|and)-$")  # "Monday-to-Friday"
ORDINALS = frozenset(number_words("ordinal"))  # "every second Monday"
FISCAL_GLUE = re.compile(r"(?:FY|CY|fy|'|’)$")  # a year glued to its fiscal or calendar prefix
NAME_PREPOSITIONS = {"on", "for", "of", "against"}  # "the March on Rome", "the March for Life"
APPOSITIVE = 12  # tokens of an appositive between commas after a name ("June, the firm's founder,")
MIN_LIST = 3  # weekdays listed in a present clause: a timetable


def _weekday(w: str) -> bool:
    return w in WEEKDAYS


def _plural_weekday(w: str) -> bool:
    return w.endswith("s") and w[:-1] in WEEKDAYS


def _series(doc: Doc, k: int) -> tuple[int, int]:
    """The tokens ``[lo, hi)`` of the list of weekdays (joined by commas, "and", "or") that
    holds the weekday at token ``k``."""
    lo = k
    while lo - 1 >= 0 and (
        doc[lo - 1].lower_ in (",", "and", "or") or _weekday(doc[lo - 1].lower_)
        or _plural_weekday(doc[lo - 1].lower_)
    ):  # fmt: skip
        lo -= 1
    while lo < k and not (_weekday(doc[lo].lower_) or _plural_weekday(doc[lo].lower_)):
        lo += 1
    hi = k + 1
    while hi < len(doc) and (doc[hi].lower_ in (",", "and", "or") or _weekday(doc[hi].lower_)):
        hi += 1
    while hi > k + 1 and not _weekday(doc[hi - 1].lower_):
        hi -= 1
    return lo, hi


def recurring_weekday(doc: Doc, k: int, j: int) -> bool:
    """The lone weekday at tokens ``[k, j)`` is one of a series of days, no date: its list
    opens with "every"/"each" or holds a plural weekday ("every Monday and Wednesday", "on
    Mondays and Thursday", "every other Thursday"), it closes a compound of days ("the
    Monday-to-Friday presenter"), a plural part of the day follows it ("on Sunday mornings"), or it
    is one of three or more weekdays listed in a clause whose verb is in the simple present
    ("Flights operate on Tuesday, Thursday and Saturday"; "will meet on Monday, Tuesday and
    Friday" and "voted on ..." name days)."""
    if j - k != 1 or not _weekday(doc[k].lower_):
        return False
    if (
        j < len(doc)
        and doc[j].lower_.endswith("s")
        and doc[j].lower_[:-1] in recurrence_words("day_part")
    ):
        return True  # "on Sunday mornings", "Saturday nights"
    lo, hi = _series(doc, k)
    if (
        hi - lo > 1
        and hi < len(doc)
        and doc[hi].lower_.endswith("s")
        and doc[hi].lower_[:-1] in recurrence_words("day_part")
    ):
        return True  # "on Tuesday and Thursday evenings": each day of the list (session 21)
    if (
        lo >= 2
        and doc[lo - 2].lower_ in recurrence_words("distributive")
        and (doc[lo - 1].lower_ == "other" or doc[lo - 1].lower_ in ORDINALS)
    ):
        return True  # "every other Thursday", "every second Monday"
    if SERIES_COMPOUND.search(text_of(doc), max(0, doc[k].idx - 12), doc[k].idx):
        return True  # "the Monday-to-Friday presenter": a kind of job, no day
    members = [t for t in doc[lo:hi] if _weekday(t.lower_) or _plural_weekday(t.lower_)]
    if any(_plural_weekday(t.lower_) for t in members):
        return True  # "on Mondays and Thursday"
    if lo > 0 and doc[lo - 1].lower_ in recurrence_words("distributive") and len(members) > 1:
        return True  # "every Monday and Wednesday" ("every Monday" alone: the stage's own test)
    if len(members) < MIN_LIST:
        return False
    for t in reversed(
        doc[doc[k].sent.start : lo] if doc.has_annotation("SENT_START") else doc[:lo]
    ):
        if t.tag_ in ("MD", "VBD", "VBN", "VBG", "VB"):
            return False  # "will meet on", "voted on", "are closed on"
        if t.tag_ in ("VBZ", "VBP"):
            return True  # "Flights operate on Tuesday, Thursday and Saturday"
    return False


def generic_weekday(doc: Doc, k: int, j: int) -> bool:
    """The lone weekday at tokens ``[k, j)`` after an indefinite determiner, adjectives
    between ("a typical Friday night", "Any Sunday afternoon", "A Monday morning meeting is a
    fixture"): any one day of that name, a kind of day, no date; not the article of an event
    noun in a past clause ("A Saturday night shooting left two dead"; session 21)."""
    if j - k != 1 or not _weekday(doc[k].lower_):
        return False
    i = k - 1
    while i >= 0 and doc[i].tag_ == "JJ":
        i -= 1
    if not (i >= 0 and doc[i].lower_ in recurrence_words("indefinite")):
        return False
    return not (i == k - 1 and dated_event(doc, j))


def dated_event(doc: Doc, j: int) -> bool:
    """After the weekday (token ``j`` on), a part of the day, then a noun the article is for,
    then a verb in the past other than "be" ("A Saturday night shooting left two men dead", "A
    Friday afternoon fire destroyed the warehouse"): one event on one day, which the weekday
    dates (session 21); "A Monday morning meeting is a fixture", "A Saturday night out costs"
    stay kinds of day."""
    if j < len(doc) and doc[j].lower_ in recurrence_words("day_part"):
        j += 1
    if j >= len(doc) or doc[j].tag_ not in ("NN", "NNS"):
        return False
    while j < len(doc) and doc[j].tag_ in ("NN", "NNS"):
        j += 1
    return j < len(doc) and doc[j].tag_ == "VBD" and doc[j].lemma_ != "be"


def superlative_period(doc: Doc, k: int, j: int) -> bool:
    """The lone weekday, season or "the weekend" at tokens ``[k, j)`` (a season or the weekend
    with "the" or none) is the subject of "is" with a habitual adverb ("Saturday is
    traditionally market day"; statement_cues habitual) or whose complement is a superlative,
    "only" or "when" ("Sunday is the only day the mill stands idle", "Monday is the hardest day of the
    week", "Tuesday is usually the quietest day at the port", "Summer is the busiest season",
    "The weekend is when most accidents happen"): a kind of day or season, ranked among those of
    every week or year, no date. "Monday is the deadline", "Sunday is the last day of the
    festival" (an ordinal, no superlative), "This summer is the hottest on record" and "Friday
    was the busiest day" (a past) name one (session 21)."""
    low = [t.lower_ for t in doc[k:j]]
    if low[0] == "the" and len(low) == 2 and k > 0 and doc[k - 1].tag_ in ("IN",):
        return False
    bare = low[1:] if low[0] == "the" and len(low) == 2 else low
    if len(bare) != 1 or not (
        (_weekday(bare[0]) and len(low) == 1) or bare[0] in SEASONS or bare[0] == "weekend"
    ):
        return False
    if k > 0 and doc[k - 1].tag_ in ("DT", "IN") and low[0] != "the":
        return False
    i = j
    if (
        len(low) == 1
        and _weekday(low[0])
        and i < len(doc)
        and doc[i].lower_ in recurrence_words("day_part")
    ):
        i += 1  # "Friday night is usually the busiest time"
    if i >= len(doc) or doc[i].lower_ != "is":
        return False
    i += 1
    while i < len(doc) and doc[i].tag_ == "RB" and doc[i].lower_ != "only":
        if doc[i].lower_ in words("habitual"):
            return True  # "Saturday is traditionally market day", "Summer is typically dry"
        i += 1  # "is usually the quietest"
    if i < len(doc) and doc[i].lower_ == "when":
        return True  # "The weekend is when most accidents happen"
    if i < len(doc) and doc[i].tag_ == "DT":
        i += 1
    return i < len(doc) and (doc[i].tag_ in ("JJS", "RBS") or doc[i].lower_ == "only")


def season_subject(doc: Doc, k: int, j: int) -> bool:
    """The bare season at token ``k`` (no article, no "this") is the subject of a verb in the
    simple present other than "be" ("Spring brings floods to the valley", "Winter arrives early
    in the Alps"): every such season, no date (session 21). "This spring brings new rules",
    "Spring brought floods" and "Summer is over" name one."""
    if j - k != 1 or doc[k].lower_ not in SEASONS or (k > 0 and not doc[k - 1].is_punct):
        return False
    return j < len(doc) and doc[j].tag_ == "VBZ" and doc[j].lemma_ != "be"


def weekday_range_present(doc: Doc, k: int, j: int, tense: Callable[[], str | None]) -> bool:
    """The weekday range at tokens ``[k, j)``, or one end of it ("Monday" and "Friday" of
    "Monday to Friday"), in a clause of the plain present, where no event is scheduled ("The
    helpline is staffed Monday to Friday", "Visits are allowed Wednesday to Sunday"), with no
    word in its sentence that relates it to today or names a month ("is held from Thursday to
    Sunday this week" keeps its days): the days of every week, opening hours, no date. An
    event's present is a schedule ("The summit runs from Thursday to Saturday"; tense.py reads
    it "scheduled"; "The fair is open Thursday through Sunday": an event noun before it), a
    past or future clause names its days."""
    if not any(_weekday(t.lower_) for t in doc[k:j]):
        return False
    ends = [doc[k:j], doc[k : k + 3], doc[max(0, k - 2) : k + 1]] if j - k == 1 else [doc[k:j]]
    if not any(WEEKDAY_RANGE.fullmatch(" ".join(t.lower_ for t in part)) for part in ends):
        return False
    sent = doc[k].sent if doc.has_annotation("SENT_START") else doc[:]
    if RELATED.search(sent.text.lower()) or any(t.lower_ in months() for t in sent):
        return False
    if any(t.lower_ in _event_nouns() for t in doc[sent.start : k]):
        return False  # "The fair is open Thursday through Sunday": an event's days
    clause = tense()
    return clause == "present" or (clause == "scheduled" and _service_verb(doc, sent.start, k))


def _service_verb(doc: Doc, lo: int, k: int) -> bool:
    """The last verb before token ``k`` (from ``lo``) is a verb of opening hours or of work in
    the simple present, with no modal ("The store opens at 9 a.m. Monday through Saturday", "He
    works Monday to Friday"; models/recurrence_words.jsonl service_verb; session 21): tense.py
    reads such a present with a time as a schedule, and "The summit runs from Thursday to
    Saturday" stays one."""
    for t in reversed(doc[lo:k]):
        if t.tag_ == "MD":
            return False
        if t.tag_.startswith("VB"):
            return t.tag_ in ("VBZ", "VBP") and t.lemma_.lower() in recurrence_words("service_verb")
    return False


@cache
def _event_nouns() -> frozenset[str]:
    """Nouns of events and gatherings (models/entity_forms.jsonl event_word, gathering_head; not
    "week"): their days are the event's, no opening hours."""
    return (form_words("event_word") | form_words("gathering_head")) - {"week"}


def _habitual_verb(doc: Doc, k: int) -> bool:
    """A present of a habitual verb (``recurrence_words`` "habitual_verb": "tend") and "to"
    before token ``k`` in its clause, with no punctuation between ("Sales tend to peak in
    December and fall in January")."""
    i = k - 1
    while i >= 0 and not doc[i].is_punct:
        t = doc[i]
        if (
            t.lemma_ in recurrence_words("habitual_verb")
            and t.tag_ in ("VBZ", "VBP")
            and i + 1 < len(doc)
            and doc[i + 1].lower_ == "to"
        ):
            return True
        i -= 1
    return False


def _distributive(t_lower: str, nxt: list[str]) -> bool:
    """ "every"/"each" before a period, a number or "other" between ("every year", "each
    four years"), or days in the plural ("on Sundays", "at weekends", "on public holidays"):
    a series of periods."""
    if t_lower in recurrence_words("distributive"):
        rest = [
            w
            for w in nxt[:2]
            if not w.isdigit() and w != "other" and w not in number_words("small")
        ]
        return bool(rest) and (rest[0] in PERIOD_AFTER or rest[0] in months() or _weekday(rest[0]))
        # "every Sunday in the summer": each week's Sunday, so each year's summer (session 23)
    return _plural_weekday(t_lower) or (
        t_lower.endswith("s") and t_lower[:-1] in recurrence_words("day_noun")
    )  # "on Sundays", "at weekends", "closed on public holidays"


# how far the words around a period reach on either side where no punctuation ends them: a
# clause, not a text without punctuation (each month of such a text would read all of it:
# 5,000 "fiscal year ends in June" took minutes; session 34)
CLAUSE_REACH = 40


def recurring_period(doc: Doc, k: int, j: int, span: str, tense: Callable[[], str | None]) -> bool:
    """The period at tokens ``[k, j)`` (``span``: no digit and no word that relates it to
    today), after "in", "during", "throughout", "over" or "on" (not a bound: "until May"), is
    a recurring one: its clause is in the present, not the future or the past, and the stretch
    of words around it, up to the nearest punctuation, holds "every"/"each" and a period or
    days in the plural ("every year in May", "in June each year", "on the last weekend of
    September every year", "banned on Sundays during the summer months"). A month or season
    alone is recurring also beside an adverb of frequency or a habitual adverb ("usually"),
    or an adjective of frequency after the clause's verb ("In June the agency publishes its
    annual report"; not "Weekly markets return to the square in October"). ``tense`` gives the
    clause's tense; it is asked only once the words around allow a recurring period (the
    clause's tense is the dearest test)."""
    low = span.lower()
    if any(ch.isdigit() for ch in low):
        return False
    if RELATED.search(low) or low.split()[-1] in month_abbreviations():
        return False
    before = k - 1 if low.startswith("the ") or k == 0 or doc[k - 1].lower_ != "the" else k - 2
    days = WEEKDAY_RANGE.fullmatch(low) or (
        _weekday(low) and WEEKDAY_RANGE.fullmatch(" ".join(t.lower_ for t in doc[k : k + 3]))
    )  # "open Monday to Friday": the days of a week, a series where the clause says so
    part = PART_OF_ANY.fullmatch(low) is not None  # "the start of the year": of any year
    if (
        not days
        and before >= 2
        and doc[before].lower_ in ("and", "or")
        and doc[before - 1].lower_ in months()
        and doc[before - 2].lower_ in recurrence_words("distributive")
    ):
        return True  # "pays its dividend every April and October": "every" reaches both
    # a range of months or seasons after "from"/"between" is a stretch of any year where the
    # clause says "every" or names days in the plural ("opens on Saturdays from April to
    # October"); the words around decide below, as for "in" (session 23)
    ranged = RANGE_WORD.search(low) is not None and (
        low.split()[0] in RANGE_LEADS or (before >= 0 and doc[before].lower_ in RANGE_LEADS)
    )
    if (
        not days
        and not ranged
        and (before < 0 or doc[before].lower_ not in (IN_PERIOD | {"at"} if part else IN_PERIOD))
    ):
        return False  # "runs at weekends until May": a bound of a period, no recurring time
    if (
        LONE_PERIOD.fullmatch(low)
        and (low.split()[-1] in months() or low.split()[-1] in SEASONS)
        and _habitual_verb(doc, k)
    ):
        return True  # "Sales tend to peak in December": what tends to happen, every year
    clause = tense()
    if clause not in ("present", "scheduled", None):
        return False  # no verb found ("Ferries open in May each year", "open" read as an
        # adjective): "every"/"each" alone makes the period recurring (session 21)
    lo = k
    while lo > 0 and k - lo < CLAUSE_REACH and not doc[lo - 1].is_punct:
        lo -= 1
    hi = j
    while hi < len(doc) and hi - j < CLAUSE_REACH and not doc[hi].is_punct:
        hi += 1
    toks = [t.lower_ for t in doc[lo:hi]]
    outside = [i for i in range(len(toks)) if not k <= lo + i < j]
    if any(_distributive(toks[i], toks[i + 1 :]) for i in outside):
        return True
    if clause is None:
        return False
    lone = part or (
        LONE_PERIOD.fullmatch(low) and (low.split()[-1] in months() or low.split()[-1] in SEASONS)
    )
    if not lone:
        return False
    verb_seen = False
    for i in range(len(toks)):
        t = doc[lo + i]
        verb_seen = verb_seen or t.tag_ in ("VBZ", "VBP")
        if i not in outside:
            continue
        if toks[i] in words("habitual") or (
            toks[i] in recurrence_words("frequency") and (t.tag_ == "RB" or verb_seen)
        ):
            return True
    return False


def _speaks(doc: Doc, k: int) -> bool:
    """The month word at token ``k`` is the subject of a verb of saying: nothing before it but
    punctuation or a conjunction, and right after it (or after an appositive between commas)
    a reporting verb in a finite tense ("April said", "May told reporters", "June, the firm's
    founder, said"); "published in May, said" has its preposition."""
    if k > 0 and not (doc[k - 1].is_punct or doc[k - 1].tag_ == "CC"):
        return False
    j = k + 1
    if j < len(doc) and doc[j].text == ",":
        close = next(
            (i for i in range(j + 1, min(len(doc), j + APPOSITIVE)) if doc[i].text == ","), None
        )
        if close is None:
            return False
        j = close + 1
    return (
        j < len(doc) and doc[j].tag_ in ("VBD", "VBZ", "VBP") and doc[j].lower_ in reporting_verbs()
    )


def short_weekday_alone(text: str, s: int, e: int) -> bool:
    """The short weekday at ``s:e`` ("Sun", "Sat", "Wed", "Mon"), with no full stop, no day,
    month or number after it, opens a name (a capitalised word follows: "Sun Yang won") or
    follows "the" ("The Sun newspaper", "The Sun reported"): no date. "Sun 3 May", "Sat, June
    7", "Mon-Fri" and "the Wed. meeting" keep theirs."""
    after = text[e : e + 16]
    if re.match(r"\.|,?\s*(?:\d|[-–/])", after) or re.search(r"[-–/]\s*$", text[max(0, s - 3) : s]):
        return False
    words_after = re.findall(r"[A-Za-z]+", after)[:2]
    if any(w.lower() in months() for w in words_after):
        return False
    name_after = bool(words_after) and words_after[0][:1].isupper() and after[:1] == " "
    return name_after or bool(re.search(r"\b[Tt]he\s$", text[max(0, s - 4) : s]))


def not_a_year(text: str, s: int, e: int) -> bool:
    """The four digits at ``s:e`` are no year: glued to a unit's letters ("a 1600cc engine",
    "a 2000mAh battery", "#2024Elections") or after a code's letters ("Flight AF1948"; not
    "FY2025"), after a currency sign ("£1999") or a hash, before a unit's symbol or name ("an
    elevation of 1850 m", "the 1990 km pipeline"), the
    second number of a tally after a count ("by 2024 votes to 1980"), or one group of a run of
    digit groups, as a phone number is ("call 1800 555 0199"), between "the" and the head of a plan's name ("the 2030 Agenda",
    recurrence_words plan_head), or before "in" and a month or a year ("up from 1400 in 2023",
    "1700 in August"; session 21). "2025E" (an estimate's year), "In 2023 4,500 homes", "in 2019
    at the summit", "in 2019 in Paris" stay years."""
    if GLUED_UNIT.match(text, e) and text[e : e + 2] != "s ":
        return True
    if s and text[s - 1].isalpha() and not FISCAL_GLUE.search(text, max(0, s - 3), s):
        return True  # "Flight AF1948", "model X2025"; "FY2025" is a fiscal year
    if s and text[s - 1] in SIGN_BEFORE:
        return True  # "priced at £1999", "#2024"
    unit = re.match(r" ([A-Za-z]+)\b", text[e : e + 20])
    if unit and _unit_word(unit[1]):
        return True  # "1850 m", "1990 km"
    name = CAPITAL_AFTER.match(text, e)
    if (
        name
        and name[1].lower() in recurrence_words("plan_head")
        and THE_BEFORE.search(text, max(0, s - 4), s)
    ):
        return True  # "the 2030 Agenda", "the 2040 Strategy": a plan's name (session 21)
    if TALLY_BEFORE.search(text, max(0, s - 40), s):
        return True  # "by 2024 votes to 1980": the other side of a count
    after = IN_DATE_AFTER.match(text, e)
    if after and (after[1].isdigit() or after[1].lower() in months()):
        return True  # "up from 1700 in August", "1400 in 2023": no year is "in" another date
    return bool(GROUP_RUN_AFTER.match(text, e) or GROUP_RUN_BEFORE.search(text[max(0, s - 12) : s]))


def currency_after(text: str, e: int) -> bool:
    """A currency's name in lower case follows the number that ends at ``e`` ("2000 yen", "1800
    rand": an amount, no year; session 21). The stage asks the tagger whether the word is a
    verb ("The champion of 2024 won by 1.2 seconds")."""
    unit = re.match(r" ([A-Za-z]+)\b", text[e : e + 20])
    return unit is not None and _currency_word(text, e + 1 + len(unit[1]))


def currency_name(word: str) -> bool:
    """``word`` (lower case) is a currency's name or plural (models/currencies.jsonl and
    currency_names.jsonl, CLDR: "dollar", "yen", "pesos")."""
    return any(
        row.get("type") == "word"
        for table in ("currencies.jsonl", "currency_names.jsonl")
        for row in table_index(table, "match").get(word, ())
    )


def _currency_word(text: str, end: int) -> bool:
    """The word that ends at ``end`` is a currency's name or plural in lower case
    (models/currencies.jsonl and currency_names.jsonl, CLDR: "yen", "rand", "pesos"), and no
    noun follows it that it would modify ("2019 yen terms")."""
    word = re.search(r"[a-z]+$", text[max(0, end - 24) : end])
    if word is None or not currency_name(word[0]):
        return False
    return re.match(r" [a-z]+\b", text[end : end + 20]) is None or bool(
        re.match(
            r" (?:a|an|the|for|in|on|at|to|and|or|per|each|from|by|of|with)\b", text[end : end + 6]
        )
    )


def _unit_word(word: str) -> bool:
    """A unit's symbol or name that is no English function word and no unit of time ("km",
    "m", "metres"; not "in", "at", "years")."""
    low = word.lower()
    key = word if len(word) == 1 else low
    return (
        key in unit_table() and low not in STOP_WORDS and low not in UNITS and low not in TIME_UNITS
    )


def month_heads_name(doc: Doc, k: int, is_date_word: Callable[[str], bool]) -> bool:
    """The capitalised month word at token ``k`` after "the" and before a preposition of
    NAME_PREPOSITIONS and a capitalised word that is no date ("the March on Rome", "the March
    for Our Lives", "the March of the Living"): the noun that heads the name of an event, no
    month ("the March to May quarter", "the March of 2020" keep theirs)."""
    if k + 2 >= len(doc) or doc[k - 1].lower_ != "the" or not doc[k].is_title:
        return False
    if doc[k + 1].lower_ not in NAME_PREPOSITIONS:
        return False
    nxt = doc[k + 3] if doc[k + 2].lower_ == "the" and k + 3 < len(doc) else doc[k + 2]
    return nxt.is_title and not nxt.like_num and not is_date_word(nxt.lower_)


def month_in_name(
    doc: Doc, text: str, s: int, e: int, k: int, is_date_word: Callable[[str], bool]
) -> bool:
    """The month word at ``s:e`` (token ``k``) is part of a name: it follows a capitalised
    given name ("Coach Mark August said", models/given_names.jsonl) with no number after it,
    it is the subject of a verb of saying ("April said she would appeal"),
    or it is an abbreviated month with no full stop and no number on either side, before a
    capitalised word ("Jan Kowalski") or after a word that governs no date ("hit Mar del
    Plata")."""
    low = text[s:e].lower()
    if low not in months():
        return False
    after = text[e : e + 8]
    if re.match(r"\s*[-–/]?\s*\d", after) or re.search(r"\d\s*[-–/]?\s*$", text[max(0, s - 6) : s]):
        return False  # "Mark 12 June", "June 9", "Jan-Mar 2025" keep their number
    if low in month_abbreviations():
        if text[e : e + 1] == "." or re.match(r"\s*[-–]\s*[A-Za-z]", after):
            return False  # "Mar." is written as a month; "Jan-Mar" is a range
        if k + 1 >= len(doc) or doc[k + 1].like_num or doc[k + 1].is_punct:
            return False
        if doc[k + 1].is_title and not is_date_word(doc[k + 1].lower_):
            return True  # "Jan Kowalski, the mayor": a given name
        return k > 0 and doc[k - 1].tag_ not in ("IN", "DT", "CD", "TO", "CC")
        # "hit Mar del Plata"; "rose in Sept as fuel fell", "in Oct and Nov" keep their months
    if _speaks(doc, k):
        return True  # "April said she would appeal": a person named like the month
    if k == 0:
        return False
    if month_heads_name(doc, k, is_date_word):
        return True  # "the March on Rome", "the March for Our Lives": the noun, in a name
    prev = doc[k - 1]
    return bool(
        prev.is_title
        and prev.idx + len(prev.text) + 1 == s
        and table_index("given_names.jsonl", "name").get(prev.text)
        and not is_date_word(prev.lower_)
        and not prev.is_stop
        and prev.tag_ == "NNP"  # "Early May", "Till March": no name
    )


# Session 36 (issue 14, falsedates23): date words in another sense. A season word is also a noun
# of motion or of a thing ("the fall in prices", "a spring in the mattress") and a verb ("spring
# into action"); a season closes the name of an event ("the Arab Spring"); a short weekday opens
# a clause as a verb ("Sat on the committee"). Read from the tags and entities the pipeline has
# (it runs no parser), never from phrases of a text.
SEASON_SENSE_PREPS = {"in", "of"}  # "the fall in prices", "the fall of the government"
PLACE_LABELS = {"GPE", "LOC", "FAC"}  # "the spring in Paris": a time in a place
NAME_LABELS = {"GPE", "NORP", "LOC", "ORG", "PERSON", "EVENT"}  # "Prague Spring", "Arab Spring"
SUBJECT_TAGS = {"NNS", "NNPS", "PRP", "MD", "TO"}  # "Shoppers spring", "will spring", "to spring"
PARTICLE_TAGS = {"IN", "RP", "TO"}  # "spring into", "spring up", "Sat on", "Wed to"
TIME_MODIFIERS = {"early", "late", "mid", "last", "next", "this", "every", "each"}  # "Late Spring"


def _dated_after(doc: Doc, j: int, is_date_word: Callable[[str], bool]) -> bool:
    """A number or a date word among the two tokens from ``j`` ("of 1999", "of this year")."""
    for t in doc[j : j + 2]:
        if (
            t.like_num
            or is_date_word(t.lower_)
            or t.lower_ in PERIOD_AFTER
            or t.ent_type_ == "DATE"
        ):
            return True
    return False


def season_noun(doc: Doc, k: int, j: int, is_date_word: Callable[[str], bool]) -> bool:
    """The bare season at tokens ``k:j`` ("the fall", "a spring", "fall") heads a noun phrase
    with "of" or "in" and no date after it ("the fall of the government", "the fall in oil
    prices", "the spring in the mattress"): a decline, a coil, no season. "in the spring of
    1999" (one span), "the summer in Paris" (a place) and "in the spring in the north" (after a
    preposition of time) keep theirs; so does a season with any word of time before it."""
    if j >= len(doc) - 1 or doc[j - 1].lower_ not in SEASONS:
        return False
    if j - k > 2 or (j - k == 2 and doc[k].lower_ not in ("the", "a", "an")):
        return False
    prep = doc[j].lower_
    if prep not in SEASON_SENSE_PREPS or _dated_after(doc, j + 1, is_date_word):
        return False
    if prep == "of":
        return True
    if k > 0 and doc[k - 1].lower_ in IN_PERIOD:
        return False  # "in the spring in northern areas": the season, in a place
    return not any(t.ent_type_ in PLACE_LABELS for t in doc[j + 1 : j + 3])


def season_verb(doc: Doc, k: int, j: int) -> bool:
    """The bare season word at ``k`` (no article) stands where a verb does: after a plural
    subject, a pronoun, a modal or "to", before a preposition or particle ("Shoppers spring
    into action", "New cafes spring up"; the small tagger often calls it a noun). "Sales in
    spring rose" and "last spring" keep theirs."""
    if j - k != 1 or doc[k].lower_ not in SEASONS or k == 0 or j >= len(doc):
        return False
    return doc[k - 1].tag_ in SUBJECT_TAGS and doc[j].tag_ in PARTICLE_TAGS


def season_name(doc: Doc, k: int, j: int) -> bool:
    """A capitalised season word that closes a name after a place, a people or a body the
    pipeline found ("the Arab Spring", "the Prague Spring"), not opening a sentence and with no
    number or capitalised word after it: an event's name, no season. "Spring 2027", "the
    Spring Festival" and "Paris in Spring" keep theirs."""
    t = doc[j - 1]
    if t.lower_ not in SEASONS or not t.is_title or t.is_sent_start or j - 1 == 0:
        return False
    if j < len(doc) and (doc[j].like_num or doc[j].is_title):
        return False
    prev = doc[j - 2]
    inside = t.ent_iob_ == "I" and t.ent_type_ in NAME_LABELS
    if inside or (prev.is_title and prev.ent_type_ in NAME_LABELS):
        return True
    return (
        prev.is_title
        and not prev.is_sent_start
        and prev.lower_ not in TIME_MODIFIERS
        and (prev.text in table_index("world_places.jsonl", "name") or prev.text in _demonyms())
    )  # the small NER misses many ("the Damascus Spring", "the Arab Spring"): the gazetteer's
    # places and the demonyms of countries stand in


@cache
def _demonyms() -> frozenset[str]:
    """The demonyms of countries (models/demonym_countries.jsonl)."""
    return frozenset(table_index("demonym_countries.jsonl", "demonym"))


def weekday_verb(doc: Doc, text: str, s: int, e: int, starts: list[int]) -> bool:
    """A short weekday with no full stop ("Sat", "Wed") that opens a sentence or follows a
    dateline's dash, before a preposition: the verb ("Sat on the committee for years", "Wed to
    the crown prince", "PARIS, May 4 - Sat beside the president"). "Sat 14 Nov", "Sun., Nov.
    8" and "Wed: 9am-5pm" keep theirs."""
    if text[s:e].lower() not in SHORT_WEEKDAYS or text[e : e + 1] in (".", ":"):
        return False
    before = text[max(0, s - 3) : s].rstrip(" ")
    if before and before[-1] not in '.!?\n"“-–—':
        return False
    nxt = re.match(r"\s+([A-Za-z]+)", text[e : e + 20])
    if not nxt:
        return False
    k = bisect_left(starts, e + nxt.start(1))
    if k >= len(doc) or doc[k].idx != e + nxt.start(1):
        return False
    if doc[k].tag_ in PARTICLE_TAGS and not doc[k].like_num:
        return True
    return k + 1 < len(doc) and doc[k].tag_ in ("RB", "JJ") and doc[k + 1].tag_ in ("IN", "TO")
