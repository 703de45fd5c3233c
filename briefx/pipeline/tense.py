"""The tense of the clause a date sits in, from the tagger's tags (as in TimeML).

A bare weekday, or a month or day without a year, is the most recent one in a clause about
the past and the next one in a clause about the future (ANNOTATION.md). briefx's pipeline has
no parser, so the clause is read from the tags: the verb group nearest before the date in its
sentence (after it, when none is before), taken with the auxiliaries, modals and "to" next to it:
- a modal or "will" ("will open in May", "must agree by Friday"), an infinitival "to"
  ("plans to publish in April", "is set to begin on Jan. 6"), or a verb of scheduling or
  putting off ("is expected on Monday", "was postponed until Nov. 3"): "future";
- a past tag (VBD), or a bare past participle ("the summit, held on Dec. 5"): "past"; an
  implicative verb's infinitive ("declined to comment on Friday") takes that verb's tense;
  a present perfect ("has approved"): "perfect", past for a bare
  weekday, but a month keeps the reference year ("has approved a rise from 1 July");
- a simple present of an event verb ("The treaty takes effect on Jan. 1", "Voters go to the
  polls on Sunday", also where the tagger reads the present as a base form after its
  subject): "scheduled", as news writes what is planned; the coming day or month. Not in a
  line without a full stop (a headline: "Output falls in August" tells what happened);
- another present ("Inflation is 3% in March", "are investigating", "figures show"):
  "present": a bare weekday there is the coming one, a day of the month the next one, a
  month keeps the reference year.
None when no verb is found (a heading, a list item): the caller decides.

The verb that governs the date is read past words that are not it: a participle inside a
noun phrase ("rebuild the damaged levees before the winter"), a base form joined by "and" to
the verb that carries the tense ("would release funds on Monday and rebuild ..."). A past
perfect is past; through the infinitive it governs ("had expected the company to report
on Tuesday": a plan seen from the past) it is "planned": a bare weekday the one gone by, a month
in the reference year unless it lies more than half a year ahead (then last year's). A verb that sets its object ahead (``FORWARD_LEMMAS``:
"has called a strike for Monday") points a date after "for"/"by"/"until" in that object
forward, and leaves one after "in" undecided ("signalled a cut in September": the object's
time, not the act's); a date right after such a verb dates the act ("signalled on Tuesday").
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from briefx.normalize.cues import cues
from briefx.resources import figure_words, tense_words

WEEKDAY_NAMES = frozenset(calendar.day_name[i].lower() for i in range(7))

# lemmas of verbs that put what they govern in the future ("is expected on Monday")
# and verbs of putting off ("was postponed until Nov. 3"): the new date lies ahead of the act
SCHEDULE_LEMMAS = tense_words("schedule")
# those that schedule only before "for"/"to" or with a target noun in their object ("is set for
# May", "set a deadline of June 30"); else they tell an act done then ("The fund was set up in
# May", "set a record in August"; session 31)
SCHEDULE_WITH = tense_words("schedule_with")
TARGET_NOUNS = tense_words("target_noun")
# verbs that take an object and a bare infinitive ("let the currency slide", "made staff stay"):
# the infinitive has no tense of its own; the verb's is the clause's (session 31)
BARE_COMPLEMENT = tense_words("bare_complement")
# verbs of the figure table that are light or keep a level ("go", "hold", "set", "stay"): they
# tell no measured change ("Voters go to the polls in November")
LIGHT_VERBS = tense_words("light")
# adjectives of scheduling after "be" ("The report is due in January"), read with the verb group
SCHEDULE_ADJECTIVES = tense_words("schedule_adjective")
# implicative and aspectual verbs: what their infinitive says happened when they did ("declined
# to comment on Friday", "began to withdraw on Sunday"), so the infinitive is no plan
IMPLICATIVE_LEMMAS = tense_words("implicative")
FUTURE_WORDS = tense_words("future_word")
# verbs that put the time of their object ahead of the act, but only of their object: "signalled
# a cut in September", "has called a strike for Monday" (a date right after the verb, "signalled
# on Tuesday", dates the act itself)
FORWARD_LEMMAS = tense_words("forward")
# those whose object is always later than the act: a pledge, a threat, a call or a demand is
# for what has not yet happened ("announce", "order" may report what was done)
COMMIT_LEMMAS = tense_words("commit")
# verbs of waiting for or getting ready for what comes: a weekday that opens their object
# ("awaited Friday's jobs report", "braced for Sunday's vote") is ahead of the act, whatever its
# tense ("awaited the report on Friday" dates the waiting)
ANTICIPATION_LEMMAS = tense_words("anticipation")
# those of them that look ahead only with "for" ("braced for", "prepared for")
ANTICIPATION_FOR = tense_words("anticipation_for")
# words between such a verb and its object's weekday: "braced for", "geared up for the"
ANTICIPATION_GLUE = {"for", "up", "the", "a", "this", "next"}
# verbs of calling off what was to come: the event a weekday names in their object ("called off
# Friday's strike", "Sunday's match was cancelled") was still ahead when it was called off
CANCEL_LEMMAS = tense_words("cancel")
# particles that make a verb one of calling off ("call off", "put off")
CANCEL_PARTICLES = {tuple(w.split()) for w in tense_words("cancel_particle")}
# prepositions that name the time something is set for or runs to ("called a strike for Monday")
TARGET_PREPOSITIONS = {"for", "until", "till", "by"}
# verbs of putting off: a date after "until"/"to" is their new date, ahead; "on" dates the act
PUT_OFF_LEMMAS = tense_words("put_off")
# verbs that move a date, with "to" before the new one ("was moved to Friday")
MOVE_LEMMAS = tense_words("move")
# a noun phrase's own words between a verb and a date: its object
OBJECT_TAGS = ("NN", "DT", "JJ", "PRP$", "CD", "POS")
# verbs whose simple present tells a state, not a scheduled event ("Inflation is 3% in March")
STATIVE_LEMMAS = tense_words("stative")
# verbs that carry another verb's tense: no verb of their own before a participle
AUXILIARIES = frozenset({"be", "have", "do", "get"})
# adverbs that mark a plan as given up or replaced ("originally set for December")
SUPERSEDED = tense_words("superseded")
# verbs of deciding on what is to happen, and the nouns of a planned change or event in their
# object: "approved a 4% rise in July" dates the rise, not the approval (session 22)
DECIDE_LEMMAS = tense_words("decide")
DECIDED_NOUNS = tense_words("decided_noun")
# present forms of event verbs the tagger reads as no verb after a subject ("Entries close on
# Jan. 31", "payments begin in April"): a schedule, as the verb's present is
EVENT_WORDS = tense_words("event_word")
# prepositions of the time a measured change happened in ("have risen sharply in December")
CHANGE_IN = {"in", "during", "on"}
GROUP_TAGS = ("VB", "MD", "TO", "RB")
MAX_GAP = 16
CLAUSE_STOP = {";", ":", "—", "–", "(", ")"}
SENT_END = {".", "!", "?"}
OPENING_QUOTES = {"“", '"', "‘", "'"}


def _is_verb(t: Token) -> bool:
    return t.tag_.startswith("VB") or t.tag_ == "MD"


def _schedules(t: Token, start: int | None = None) -> bool:
    """``t`` is a verb of scheduling (``SCHEDULE_LEMMAS``) in its scheduling sense: for those of
    ``SCHEDULE_WITH``, only before "for"/"to" ("The vote is set for May", "is set to rise"), or,
    with the date at token ``start`` after it, as its object ("set December 29 as the date"),
    after "for"/"by"/"until" in its object ("set a hearing for Monday") or with a target noun
    between ("set a deadline of June 30"); "The fund was set up in May", "set a record in
    August" tell an act done then."""
    if t.lemma_ not in SCHEDULE_LEMMAS and t.lower_ not in SCHEDULE_LEMMAS:
        return False
    if t.lemma_ not in SCHEDULE_WITH:
        return True
    doc = t.doc
    k = t.i + 1
    while k < len(doc) and doc[k].tag_.startswith("RB"):
        k += 1  # "set back to June", "is set initially for May"
    if k < len(doc) and doc[k].lower_ in ("for", "to"):
        return True
    if start is None or start <= t.i:
        return False
    between = doc[t.i + 1 : start]
    if all(u.tag_ == "DT" for u in between):
        return True  # "set December 29 as the date for the election": the date is what is set
    if doc[start - 1].lower_ in TARGET_PREPOSITIONS and all(_object_word(u) for u in between):
        return True  # "set a hearing for Monday", "set aside funds until June"
    # "set a deadline of June 30"; "set a target on Wednesday" dates the act
    return doc[start - 1].lower_ not in ("on", "in", "at") and any(
        u.lemma_ in TARGET_NOUNS for u in between
    )


def _group(doc: Doc, k: int, lo: int, hi: int, adjectives: bool = True) -> list[Token]:
    """The verb group around token ``k``: verbs, modals, "to", adverbs, "not"; with
    ``adjectives``, an adjective of scheduling after a present "be" ("is due")."""
    a = k
    while a - 1 >= lo and doc[a - 1].tag_.startswith(GROUP_TAGS):
        a -= 1
    b = k + 1
    while b < hi and doc[b].tag_.startswith(GROUP_TAGS):
        b += 1
    if (
        adjectives
        and b < hi
        and doc[b].lower_ in SCHEDULE_ADJECTIVES
        and doc[b - 1].lemma_ == "be"
        and doc[b - 1].tag_ != "VBD"
    ):
        b += 1  # "The report is due in January": ahead ("was due in February" stays past)
    return list(doc[a:b])


def group_tense(group: list[Token], start: int | None = None) -> str | None:
    """ "past" / "future" / "scheduled" / "present" / "perfect" / "planned" (a plan seen from a
    past perfect, read as "perfect" but for a month far ahead) / "nearest" / None for one verb
    group; ``start``: the date's first token, where the date comes after the group."""
    for i, t in enumerate(group[:-1]):
        if t.lemma_ in IMPLICATIVE_LEMMAS and t.tag_.startswith("VB") and group[i + 1].tag_ == "TO":
            group = group[: i + 1]  # "declined to comment": the tense is "declined"'s
            break
    lows = [t.lower_ for t in group]
    tags = [t.tag_ for t in group]
    if _past_perfect(group):
        planned = any(_schedules(t, start) for t in group) or any(
            tags[i] == "TO" and tags[i + 1] == "VB" for i in range(len(tags) - 1)
        )
        # "had expected to report on Tuesday", "had planned to strike in December": a plan seen
        # from the past; a bare weekday is the one gone by, a month keeps the reference year
        # (as after a present perfect). "had closed in March": past.
        return "planned" if planned else "past"
    if _past_plan(group):
        # "The bridge was supposed to open in October", "it was due to finish in November": a
        # plan seen from a past that is not reported speech, kept or missed: the date on the
        # nearer side of today (session 23)
        return "nearest"
    if any(w in SUPERSEDED for w in lows) and any(_schedules(t, start) for t in group):
        # "originally set for December", "initially scheduled for Friday": a plan given up or
        # replaced, whose date lies either side of today: the nearest one
        return "nearest"
    if any(w in FUTURE_WORDS for w in lows) or "MD" in tags:
        return "future"
    if any(
        tags[i] == "TO" and lows[i + 1] == "have" and tags[i + 2] == "VBN"
        for i in range(len(tags) - 2)
    ):
        return "past"  # "expect inflation to have eased in January": a perfect infinitive
    if any(tags[i] == "TO" and tags[i + 1] == "VB" for i in range(len(tags) - 1)):
        to = tags.index("TO")
        if "VBD" in tags[:to]:
            # "The union voted to strike on Sept. 12", "planned to open in June": a plan
            # made in the past, kept or not, on the side of today where its date lies nearer
            # (session 24)
            return "nearest"
        return "future"
    if any(_schedules(t, start) for t in group):
        return "future"  # "expected a settlement before September 15": ahead of the expecting
    if tags[0] == "VBG" and group[0].lemma_ == "have" and "VBN" in tags:
        return "past"  # "Having closed the mine in October, the firm ...": a perfect
        # participle tells what was done before the clause it opens (session 31)
    if "VBD" in tags:
        return "past"
    if "VBN" in tags and any(t.lemma_ == "have" for t in group):
        return "perfect"  # "has approved a rise from 1 July": the date may lie either side
    if any(t in ("VBZ", "VBP") for t in tags):
        return "scheduled" if _event_present(group) else "present"
    if "VBN" in tags and not any(t.lemma_ in ("have", "be") for t in group):
        return "past"  # a reduced relative: "the summit, held on Dec. 5, ..."
    return None


def _event_present(group: list[Token]) -> bool:
    """A simple present of an event verb ("takes effect", "opens", "begin"): news writes what
    is scheduled so. Not a state ("is", "remains"), an act going on ("are investigating"), nor
    a reporting verb, whose content has its own time ("figures show a rise in May")."""
    verbs = [t for t in group if t.tag_.startswith("VB")]
    if not verbs or verbs[-1].tag_ not in ("VBZ", "VBP"):
        return False
    v = verbs[-1]
    return v.lemma_ not in STATIVE_LEMMAS and v.lower_ not in cues()


def _past_perfect(group: list[Token]) -> bool:
    """ "had expected", "had been scheduled", "had hoped to": a past of the past, no modal."""
    for i, t in enumerate(group[:-1]):
        if t.lemma_ == "have" and t.tag_ == "VBD":
            return any(u.tag_ == "VBN" for u in group[i + 1 :]) and not any(
                u.tag_ == "MD" for u in group
            )
    return False


def _adjectival(doc: Doc, group: list[Token]) -> bool:
    """A lone participle inside a noun phrase ("the damaged levees", "a planned strike"): an
    adjective, no verb of the clause."""
    t = group[0]
    if len(group) != 1 or t.tag_ not in ("VBN", "VBG") or t.i == 0:
        return False
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return doc[t.i - 1].tag_ in ("DT", "PRP$", "POS", "JJ", "CD") and (
        nxt is not None and nxt.tag_.startswith(("NN", "JJ"))
    )


def _bare_base(group: list[Token]) -> bool:
    """A verb group of a base form alone ("go", "rebuild"): no modal, "to" or auxiliary."""
    return all(t.tag_ in ("VB", "RB") for t in group) and any(t.tag_ == "VB" for t in group)


def _forward(doc: Doc, group: list[Token], start: int) -> bool:
    """A verb of ``FORWARD_LEMMAS`` whose object holds the date at ``start``: "signalled a cut
    in September", "has called a general strike for Monday"."""
    verb = next((t for t in reversed(group) if t.tag_.startswith("VB")), None)
    if verb is None or verb.lemma_ not in FORWARD_LEMMAS | DECIDE_LEMMAS:
        return False
    between = doc[group[-1].i + 1 : start]
    if not between or between[-1].tag_ != "IN":
        return False
    words = between[:-1]
    if verb.lemma_ not in FORWARD_LEMMAS and (
        _past_perfect(group)
        or not any(t.tag_.startswith("NN") and t.lemma_.lower() in DECIDED_NOUNS for t in words)
    ):
        # "approved the budget in December": the act's time; "had backed a rise in December",
        # a past of the past, tells of a decision gone by
        return False
    return (
        bool(words)
        # "called for a strike on Monday", "promised a vote on the treaty in March": a
        # preposition inside the object, not a clause ("said that ...")
        and all(_object_word(t) for t in words)
        and any(t.tag_.startswith("NN") for t in words)
    )


def _object_word(t: Token) -> bool:
    """A word of a noun phrase, or a preposition inside it ("a vote on the treaty"); not
    "that", which opens a clause."""
    return t.tag_.startswith(OBJECT_TAGS) or (t.tag_ == "IN" and t.lower_ != "that")


def _forward_tense(doc: Doc, group: list[Token], start: int, tense: str) -> str | None:
    """The tense of a date in the object of a verb of ``FORWARD_LEMMAS`` (see ``_forward``).

    After "for"/"by"/"until" it is the time the object is set for: ahead. The object of a
    verb of commitment (``COMMIT_LEMMAS``) comes after the act: ahead of today where the act
    is now ("promises a vote in March", "has promised a referendum in March"). Else
    undecided: after a past act ("signalled a cut in September", "called for a strike on
    Monday, and thousands marched") the object's time may be gone by.
    """
    if doc[start - 1].lower_ in TARGET_PREPOSITIONS:
        return "future"
    verb = next(t for t in reversed(group) if t.tag_.startswith("VB"))
    if verb.lemma_ in COMMIT_LEMMAS and tense in ("perfect", "present", "scheduled"):
        return "future"
    return None


def _anticipates(doc: Doc, group: list[Token], start: int, end: int) -> bool:
    """A verb of ``ANTICIPATION_LEMMAS`` whose object opens with the weekday at ``start``
    ("awaited Friday's report", "eyed Thursday auctions"; not "prepared Monday for ...")."""
    if end >= len(doc) or not doc[end].tag_.startswith(("POS", "NN")):
        return False
    verb = next((t for t in reversed(group) if t.tag_.startswith("VB")), None)
    if verb is None or verb.lemma_ not in ANTICIPATION_LEMMAS:
        return False
    if doc[start].lower_ not in WEEKDAY_NAMES:
        return False  # "awaited March's trade figures": a month's data come out after it
    between = [t.lower_ for t in doc[group[-1].i + 1 : start]]
    if verb.lemma_ in ANTICIPATION_FOR and "for" not in between:
        return False  # "prepared Monday's filing" may be done; "prepared for Monday's" is ahead
    return all(w in ANTICIPATION_GLUE for w in between)


def _cancels(doc: Doc, group: list[Token], start: int, end: int) -> bool:
    """A weekday at ``[start, end)`` in a possessive ("Friday's strike") that a verb of calling
    off (``CANCEL_LEMMAS``, "call off") governs, before it ("called off Friday's strike") or
    after it in the passive ("Friday's strike was called off")."""
    if doc[start].lower_ not in WEEKDAY_NAMES or end >= len(doc) or doc[end].tag_ != "POS":
        return False
    verb = next((t for t in reversed(group) if t.tag_.startswith("VB")), None)
    if verb is None:
        return False
    nxt = doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""
    if verb.lemma_ not in CANCEL_LEMMAS and (verb.lemma_, nxt) not in CANCEL_PARTICLES:
        return False
    if verb.i < start:  # the object: only particles and determiners between
        between = [t.lower_ for t in doc[verb.i + 1 : start]]
        return all(w in ("off", "the", "this", "next") for w in between)
    return True


def _reported_possessive(doc: Doc, verb_at: int, start: int, end: int) -> bool:
    """The date at ``[start, end)`` is possessive ("Sunday's vote") and opens the clause a
    reporting verb at ``verb_at`` governs ("said Sunday's vote would ..."): the noun phrase
    is the reported clause's subject, so that clause's verb gives the tense."""
    if end >= len(doc) or doc[end].tag_ != "POS":
        return False
    between = doc[verb_at + 1 : start]
    if any(t.tag_ not in ("DT", "JJ", "PRP$") for t in between):
        return False  # only "the", "last", ... between the verb and the date
    forms = reporting_verbs()
    return doc[verb_at].lower_ in forms


def _reported_subject(doc: Doc, verb_at: int, start: int, end: int, hi: int) -> bool:
    """The date at ``[start, end)`` closes a noun phrase after a reporting verb at ``verb_at``,
    after a noun and a preposition ("Officials say the blast on Monday killed six"), and a
    finite verb follows that phrase: the phrase is the reported clause's subject, so that
    clause's verb gives the tense. A date right after the verb ("said on Monday the plant
    would close") dates the saying."""
    if doc[verb_at].lower_ not in reporting_verbs() or doc[start - 1].tag_ != "IN":
        return False
    between = doc[verb_at + 1 : start - 1]
    if not any(t.tag_.startswith("NN") for t in between):
        return False
    if any(t.tag_ not in OBJECT_TAGS and not t.tag_.startswith("NN") for t in between):
        return False
    k = end
    while k < hi and doc[k].tag_ in ("NNP", "CD", "POS"):
        k += 1  # the rest of the date ("Monday night" aside, "Jan. 3")
    return k < hi and doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _parenthetical_report(doc: Doc, group: list[Token], end: int, hi: int) -> bool:
    """The verb group after the date is a reporting verb between commas with its subject ("In
    December, the company says, sales rose 4 percent"): an attribution set into the clause."""
    verbs = [t for t in group if t.tag_.startswith("VB")]
    if not verbs or verbs[-1].lower_ not in reporting_verbs():
        return False
    last = group[-1].i
    if last + 1 >= hi or doc[last + 1].text != ",":
        return False
    k = group[0].i - 1
    while k >= end and doc[k].text != ",":
        k -= 1
    return k >= end and doc[k].text == ","


@cache
def reporting_verbs() -> frozenset[str]:
    """Forms of the verbs that take a reported clause (models/statement_cues.jsonl)."""
    return frozenset(
        form
        for form, cues_ in cues().items()
        if any(c.content in ("clause", "any") and c.particle is None for c in cues_)
    )


def clause_tense(
    doc: Doc,
    start: int,
    end: int,
    is_date_word: Callable[[str], bool] = lambda w: False,
    max_gap: int = MAX_GAP,
) -> str | None:
    """The tense of the clause around the date in tokens ``[start, end)`` of ``doc``.

    Only verbs within ``max_gap`` tokens count: a verb further off governs another phrase
    ("has approved an increase in water bills for customers of X from 1 July").
    """
    if not 0 <= start < len(doc):
        return None
    sent = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
    lo, hi = sent.start, sent.end
    # a line without a full stop is a headline, whose present tells what happened
    # ("Factory output falls in August"): no schedule there
    headline = not any(t.text in SENT_END for t in doc[max(lo, hi - 3) : hi])
    forward = _forward_object(doc, max(lo, start - max_gap), start) if headline else None
    if forward == "commit":
        return "future"  # "Government pledges rise in January", "Union threatens strike in
        # March": a headline's present is the act's time, and a pledge's or a threat's object
        # is later than the act (COMMIT_LEMMAS), so the next such month
    if forward:
        return None  # "Council orders review in May": the object of a verb that sets its time
        # ahead, read by the tagger as a plural noun and a verb; the caller dates it on the
        # nearer side (session 23)
    tense = _clause_tense(doc, start, end, lo, hi, is_date_word, max_gap)
    if (
        headline
        and tense in ("scheduled", None)
        and _headline_change(doc, max(lo, start - max_gap), start)
    ):
        return "past"  # "Retail sales jump in December": a figure's change, which is reported
    return "present" if headline and tense == "scheduled" else tense


@cache
def _change_verbs() -> frozenset[str]:
    """Verbs of a figure's change that are no light verbs (models/figure_words.jsonl
    "change_verb" less ``LIGHT_VERBS``), asked for each date a clause reading reaches."""
    return figure_words("change_verb") - LIGHT_VERBS


def _head_before(doc: Doc, lo: int, i: int) -> int:
    """The index of the word that governs token ``i``, back over the determiners and adjectives
    between them ("promises [a] rise"); below ``lo`` where none is left."""
    k = i - 1
    while k >= lo and doc[k].tag_ in ("DT", "JJ", "PRP$"):
        k -= 1
    return k


def _headline_change(doc: Doc, lo: int, start: int) -> bool:
    """A headline's verb of change before the date ("Retail sales jump in December", also where
    the tagger reads the verb as a noun): headlines report a change once it is measured, so the
    period is the one gone by (models/figure_words.jsonl, "change_verb"). The caller bounds
    ``lo`` to the verbs that may govern the date (``max_gap`` tokens), as the clause reading
    does: a line with no end is read in linear work."""
    verbs = _change_verbs()
    return any(
        (t.lemma_ in verbs or t.lower_ in verbs)
        and t.i > lo
        and (
            (t.tag_.startswith("VB") and not _object_of_finite(doc, lo, t.i))
            # a noun after the headline's verb is its object, no change reported: "Central
            # bank signals cut in December", "Minister promises rise in April" (session 23)
            or (t.tag_.startswith("NN") and not any(u.tag_.startswith("VB") for u in doc[lo : t.i]))
        )
        for t in doc[lo:start]
    )


def _appositive_plan(doc: Doc, group: list[Token], end: int, hi: int) -> bool:
    """A bare participle of scheduling set off by commas before the date, and a past finite
    verb after the closing comma ("The ruling, expected in March, was delayed", "The vote,
    scheduled for November, was called off"): the plan is told from a past narration."""
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD", "TO") for t in group):
        return False
    if not any(t.tag_ == "VBN" and _schedules(t) for t in group):
        return False
    if group[0].i == 0 or doc[group[0].i - 1].text != ",":
        return False
    k = end
    while k < hi and doc[k].text != "," and k - end < 6:
        k += 1
    if k >= hi or doc[k].text != ",":
        return False
    k += 1
    while k < hi and doc[k].tag_ == "RB":
        k += 1
    return k < hi and doc[k].tag_ == "VBD"


def _past_plan(group: list[Token]) -> bool:
    """A past "be" with a verb or adjective of scheduling and an infinitive ("was scheduled to
    open", "were due to finish"), with no reporting verb before it in its sentence: in reported
    speech ("said it was due to finish in November") the past is the report's, not the plan's."""
    doc = group[0].doc
    i = next((n for n, t in enumerate(group) if t.tag_ == "TO"), None)
    if i is None:
        return False
    head = list(group[:i])
    k = group[0].i - 1
    while k >= 0 and len(head) < 3 and not doc[k].is_punct and doc[k].tag_ in ("VBD", "JJ", "RB"):
        head.insert(0, doc[k])  # "was due to": the tagger leaves "due" and "was" out of the group
        k -= 1
    if not head or head[0].tag_ != "VBD" or head[0].lemma_ != "be":
        return False
    if not any(
        (t.tag_ == "VBN" and _schedules(t)) or t.lower_ in SCHEDULE_ADJECTIVES for t in head[1:]
    ):
        return False
    lo = head[0].sent.start if doc.has_annotation("SENT_START") else 0
    forms = reporting_verbs()
    return not any(t.lower_ in forms and t.tag_.startswith("VB") for t in doc[lo : head[0].i])


def _forward_object(doc: Doc, lo: int, start: int) -> str | None:
    """A word of change before the date whose head, before it (only determiners and adjectives
    between), is a verb that sets its object's time ahead (``FORWARD_LEMMAS``), also where the
    tagger reads that verb as a plural noun, as headlines lead it to ("Bank signals cut"):
    "commit" where that head is a present or plural-noun form of a commitment
    (``COMMIT_LEMMAS``: "promises", "pledges"), "forward" for any other, else None."""
    verbs = _change_verbs()
    for t in doc[lo:start]:
        if not t.tag_.startswith(("VB", "NN")) or t.tag_ == "NNP":
            continue
        k = _head_before(doc, lo, t.i)
        if k < lo:
            continue
        head = doc[k]
        if head.tag_ in ("VBZ", "VBP", "NNS") and head.lemma_ in COMMIT_LEMMAS:
            return "commit"  # "pledges", "signals": a commitment; "Factory orders fall" is a noun
            # Any object will do here, a change or an act ("Council plans vote in February")
        if not (t.lemma_ in verbs or t.lower_ in verbs):
            continue
        if head.tag_ in ("VBZ", "VBD", "VBP") and head.lemma_ in FORWARD_LEMMAS:
            return "forward"
    return None


def _object_of_finite(doc: Doc, lo: int, i: int) -> bool:
    """The word at ``i``, read as a base or present form, follows a finite verb of its own
    (only determiners and adjectives between): two finite verbs do not stand side by side, so
    it is that verb's object ("Minister promises rise in January"); an auxiliary before a
    participle is no such verb ("Sales have risen")."""
    if doc[i].tag_ not in ("VB", "VBP", "VBZ"):
        return False
    k = _head_before(doc, lo, i)
    return k >= lo and doc[k].tag_ in ("VBZ", "VBP", "VBD") and doc[k].lemma_ not in AUXILIARIES


def _clause_tense(
    doc: Doc,
    start: int,
    end: int,
    lo: int,
    hi: int,
    is_date_word: Callable[[str], bool],
    max_gap: int,
) -> str | None:

    def verb(t: Token) -> bool:
        return _is_verb(t) and not is_date_word(t.lower_)

    if _baseline(doc, start, lo):
        return "past"  # "to 2.75% by end-2025, up from 1.7% in September": the level a change
        # is measured from was seen before, whatever the clause's tense (session 24)
    cut = start - max_gap > lo  # the sentence goes on further back than we look
    sent_lo, sent_hi = lo, hi
    lo, hi = max(lo, start - max_gap), min(hi, end + max_gap)
    k = start - 1
    joined_base = False  # a base form joined by "and" to the verb group found before it
    while k >= lo and doc[k].text not in CLAUSE_STOP:
        if _joined_clause(doc, k, lo, start, end, sent_hi):
            break  # "Oil's fall hurt exports, and the fall of the government in May shocked
            # markets": the date is in the subject of a new clause, whose verb comes after it;
            # the verb before the comma is the other clause's (session 36)
        if not verb(doc[k]) and _misread_event(doc, k, sent_lo, start):
            return "scheduled"  # "Applications open on Jan. 8", "Entries close on Jan. 31"
        if _postnominal_due(doc, k, lo, start):
            return "nearest"  # "a computer due in May", "the budget, due in June, would ...":
            # a plan that no verb's tense places, on the nearer side of today (session 24)
        if verb(doc[k]) and _reduced_relative(doc, k, lo, start):
            # "the season starting in July could push ...", "leaders meeting on June 24 were
            # expected to ...": a participle after its noun, inside the subject of the verb
            # after the date, which tells the time; with none after, a participle of an event
            # ("a series starting on Sept. 16.") is a schedule (session 24)
            after = _tense_after(doc, start, end, hi, is_date_word)
            if after is not None:
                return after
            if doc[k].lemma_ in EVENT_WORDS:
                return "scheduled"
        if verb(doc[k]):
            if _reported_possessive(doc, k, start, end) or _reported_subject(
                doc, k, start, end, hi
            ):
                break  # "said Sunday's vote would go ahead", "Officials say the blast on Monday
                # killed six": the reported clause's verb decides
            group = _group(doc, k, lo, start)
            if _adjectival(doc, group):
                k = group[0].i - 1  # "rebuild the damaged levees before the winter"
                continue
            if (rel := _closed_relative(doc, group, lo, start)) is not None:
                k = rel - 1  # "The bank, which meets in April, cut rates in January": the
                continue  # relative clause is closed before the date; its verb is not the date's
            tense = group_tense(group, start)
            if tense == "present" and (follows := _follows(doc, group, start)) is not None:
                return follows  # "The ruling follows a vote on June 10": what it comes after
                # is gone by; "Rules for servicing follow in January": scheduled (session 24)
            if tense == "future" and _appositive_plan(doc, group, end, sent_hi):
                tense = "nearest"  # "The ruling, expected in March, was delayed": a plan
                # set in a past narration, on the nearer side of today (session 23)
            if tense == "perfect" and _measured_change(doc, group, start):
                tense = "past"  # "Sales have risen sharply in December": a change measured
            if joined_base and tense == "past" and not any(t.lemma_ == "do" for t in group):
                # "were announced in December and take effect in March": a base form cannot
                # go on a past ("did not cut jobs or raise prices" can); the tagger misread a
                # present, which news writes for what is scheduled
                return "scheduled"
            if tense == "future" and _put_off_act(doc, group, start):
                tense = "past"  # "adjourned the case on Monday until July 8": Monday is the act's
            elif _moved_to(doc, group, start):
                tense = "future"  # "was pushed back to October", "moved to Friday": the new date
            elif _moved_to(doc, group, start, ("from",)):
                tense = "nearest"  # "was moved from Sept. 12 to Oct. 3": the date given up,
                # on the side of today where it lies nearer
            if tense is None and _bare_base(group):
                before = doc[group[0].i - 1] if group[0].i > lo else None
                if before is not None and before.tag_ == "CC":
                    k = group[0].i - 1  # "would release funds and rebuild ...": the first verb's
                    joined_base = True
                    continue
                if (before is None or before.text in OPENING_QUOTES) and _finite_after(
                    doc, group[-1].i + 1, sent_hi
                ):
                    k = group[0].i - 1  # "Turnout for the May election was 60%": a noun
                    continue  # the tagger read as a base form; the finite verb after decides
                if before is None or before.text in OPENING_QUOTES or _request(doc, before.i, lo):
                    return "future"  # "“Come back on Monday,” the clerk said": an imperative;
                    # "Please set up a call on the 21st", "can you move it to Friday": a request
                if (causer := _causer(doc, before.i, lo)) is not None:
                    k = causer  # "The central bank let the currency slide on Tuesday": the base
                    continue  # form completes "let"; that verb's tense is the clause's (session 31)
                if before.tag_.startswith(("NN", "PRP")) or before.text == ",":
                    # "Voters go to the polls", "The rules, announced Monday, go into effect
                    # Friday": a present the tagger read as a base form
                    tense = "scheduled"
            if tense == "future" and group[0].tag_ == "TO" and _after_past_perfect(doc, group, lo):
                # "had expected the company to report on Tuesday": a plan seen from the past,
                # a bare weekday the one gone by; a month keeps the reference year ("had
                # expected the bank to cut rates in December", written in October), as after a
                # present perfect: the plan's month may lie either side of today
                return "planned"
            if _anticipates(doc, group, start, end) or _cancels(doc, group, start, end):
                return "future"  # "awaited Friday's jobs report": the report is ahead
            if tense in ("past", "perfect", "planned", "present", "scheduled") and _forward(
                doc, group, start
            ):
                # "called a strike for Monday": ahead; "signalled a cut in September": the
                # object's time, which the verb's tense does not tell
                return _forward_tense(doc, group, start, tense)
            if tense is not None or not _non_finite(group):
                return tense
            k = group[0].i  # "citing a surge in December, raised": no tense, look on
        k -= 1
    if k < lo and cut:
        return None  # the verb before is too far off to tell; the one after is another's
    return _tense_after(doc, start, end, hi, is_date_word)


def _request(doc: Doc, i: int, lo: int) -> bool:
    """Whether token ``i``, right before a base form, makes it a request: "please" ("Please set
    up a meeting on the 21st", "can you please set something up") or "you" after a modal
    ("Could you set up a call on Friday?"), past adverbs ("can you just move it")."""
    while i >= lo and doc[i].tag_.startswith("RB"):
        i -= 1
    if i >= lo and doc[i].lower_ == "please":
        return True
    return i - 1 >= lo and doc[i].lower_ == "you" and doc[i - 1].tag_ == "MD"


def _causer(doc: Doc, i: int, lo: int) -> int | None:
    """The index of a verb of ``BARE_COMPLEMENT`` ("let", "make", "help", "see") whose object
    ends at token ``i``, before a bare infinitive ("let the currency slide", "made workers
    stay"), else None."""
    k = i
    while k >= lo and doc[k].tag_.startswith((*OBJECT_TAGS, "PRP")):
        k -= 1  # back over the object: "the currency", "its staff", "them"
    if k < lo or k == i or not _is_verb(doc[k]) or doc[k].lemma_ not in BARE_COMPLEMENT:
        return None
    if doc[k].lower_ == doc[k].lemma_ and not (k > lo and doc[k - 1].tag_ in ("NN", "NNP")):
        # "let" after a plural subject is a present or a past ("The new rules let banks lend
        # more from April"); after a singular one, with no "-s", a past ("The bank let ...")
        return None
    return k


def _baseline(doc: Doc, start: int, lo: int) -> bool:
    """The date closes "from" + an amount + "in"/"on": "up from 1.7% in September", "down
    from $3.1 billion in March", "from 14 in May" (no "from ... to" range of dates)."""
    k = start - 1
    if k <= lo or doc[k].lower_ not in ("in", "on"):
        return False
    k -= 1
    seen = 0
    while (
        k > lo
        and seen < 4
        and (doc[k].tag_ in ("CD", "$", "JJ") or doc[k].text in ("%", "percent", "per", "cent"))
    ):
        seen += int(doc[k].tag_ == "CD")
        k -= 1
    return seen > 0 and doc[k].lower_ == "from"


def _follows(doc: Doc, group: list[Token], start: int) -> str | None:
    """A present "follow(s)" and the date after it: "past" where an object stands between
    ("follows an 11-0 vote by advisers on June 10"), "scheduled" where the date's preposition
    comes right after the verb ("Further rules follow in January"); else None."""
    verbs = [t for t in group if t.tag_.startswith("VB")]
    if not verbs or verbs[-1].lemma_ != "follow" or verbs[-1].tag_ not in ("VBZ", "VBP"):
        return None
    between = doc[group[-1].i + 1 : start]
    if len(between) == 1 and between[0].tag_ == "IN":
        return "scheduled"
    if between and between[0].tag_.startswith(("DT", "PRP$", "CD", "JJ", "NN")):
        return "past"
    return None


def _postnominal_due(doc: Doc, k: int, lo: int, start: int) -> bool:
    """ "due" (a schedule adjective) right before the date's preposition, after a noun or a
    comma, with no "be" before it: "a desktop computer due in May", "the budget, due in June"."""
    t = doc[k]
    if t.lower_ not in SCHEDULE_ADJECTIVES or t.tag_ != "JJ" or k + 1 >= start or k <= lo:
        return False
    prev = doc[k - 1]
    return doc[k + 1].tag_ == "IN" and (prev.tag_.startswith("NN") or prev.text == ",")


def _reduced_relative(doc: Doc, k: int, lo: int, start: int) -> bool:
    """A present participle right after its noun, with the date's preposition after it and
    only the date's phrase between: "leaders meeting in The Hague on June 24", "the season
    starting in July" (not "is meeting", nor "rose 2%, meeting forecasts")."""
    t = doc[k]
    if t.tag_ != "VBG" or k <= lo or k + 1 >= start or doc[k + 1].tag_ != "IN":
        return False
    if not doc[k - 1].tag_.startswith("NN"):
        return False
    return all(x.tag_ in ("IN", "DT", "NNP", "NNPS", "CD", "JJ") for x in doc[k + 1 : start])


def _tense_after(
    doc: Doc, start: int, end: int, hi: int, is_date_word: Callable[[str], bool]
) -> str | None:
    """The tense of the first verb group after the date in its clause (see ``clause_tense``)."""

    def verb(t: Token) -> bool:
        return _is_verb(t) and not is_date_word(t.lower_)

    k = end
    while k < hi and doc[k].text not in CLAUSE_STOP:
        if verb(doc[k]):
            # "The rate for January is due on Friday": a date before "is due" is the subject's
            # (data of a period), not the schedule's
            group = _group(doc, k, end, hi, adjectives=False)
            whole = group
            to = next((i for i, t in enumerate(group) if t.tag_ == "TO"), 0)
            if to:
                # a date before its verb dates the verb, not the infinitive after it ("On
                # Monday the firm agreed to buy ...", "speaking on Sunday, promised to call")
                group = group[:to]
            if _cancels(doc, group, start, end):
                return "future"  # "Friday's strike was called off": it was still ahead
            if _parenthetical_report(doc, group, end, hi):
                k = group[-1].i + 2  # "In December, the company says, sales rose": the
                continue  # attribution between commas is not the date's clause (session 23)
            tense = group_tense(group)
            if tense == "future" and _past_schedule(whole):
                return "past"  # "Thursday's vote was delayed by fog": the event the subject
                # names was due when the past verb acted on it, no plan set ahead (session 24)
            if tense is not None or not _non_finite(group):
                return tense
            k = group[-1].i
        k += 1
    return None


def _past_schedule(group: list[Token]) -> bool:
    """A past verb group that is "future" only for a verb of scheduling in it ("was delayed",
    "was expected"): no modal, no future word and no infinitive."""
    tags = [t.tag_ for t in group]
    return (
        "VBD" in tags
        and "MD" not in tags
        and "TO" not in tags
        and not any(t.lower_ in FUTURE_WORDS for t in group)
    )


def _joined_clause(doc: Doc, k: int, lo: int, start: int, end: int, hi: int) -> bool:
    """Token ``k`` is ", and" / ", but" opening a clause whose subject holds the date at
    ``start:end`` and whose verb follows the date: a noun or pronoun between the conjunction
    and the date, a verb after it before the next comma or clause stop (a past the tagger read
    as a participle counts: "the fall of the government in May shocked markets")."""
    if doc[k].tag_ != "CC" or k - 1 < lo or doc[k - 1].text != ",":
        return False
    if not any(t.tag_.startswith(("NN", "PRP")) for t in doc[k + 1 : start]):
        return False
    for t in doc[end:hi]:
        if t.text in CLAUSE_STOP or t.text in OPENING_QUOTES or t.text in ("”", ",", '"'):
            return False
        if t.tag_ in ("VBD", "VBZ", "VBP", "VBN", "MD"):
            return True
    return False


def _finite_after(doc: Doc, lo: int, hi: int) -> bool:
    """A finite verb (past or present) in ``doc[lo:hi]`` before a clause stop or a quote mark:
    the sentence's own verb, so a base form that opens it is no imperative ("Turnout for the May
    election was 60%"; "“Come back on Monday,” the clerk said" has none before the quote)."""
    for t in doc[lo:hi]:
        if t.text in CLAUSE_STOP or t.text in OPENING_QUOTES or t.text in ("”", ",", '"'):
            return False
        if t.tag_ in ("VBD", "VBZ", "VBP"):
            return True
    return False


def _measured_change(doc: Doc, group: list[Token], start: int) -> bool:
    """A present perfect of a verb of change (models/figure_words.jsonl, "change_verb", not a
    light one) with the date after "in"/"during"/"on" ("Sales have risen sharply in December",
    "Exports have fallen in November"): a change is reported once measured, so its month is
    one gone by, as after a past. "has approved a rise from 1 July" is no change verb."""
    verbs = [t for t in group if t.tag_.startswith("VB")]
    if not verbs or verbs[-1].lemma_ not in _change_verbs():
        return False
    j = start - 1  # "in November and December": back over the dates joined to this one
    while j > group[-1].i and (doc[j].tag_ in ("CC", "NNP", "CD") or doc[j].text in (",", ".")):
        j -= 1
    if j <= group[-1].i or doc[j].lower_ not in CHANGE_IN:
        return False
    # only adverbs and the change's size between the verb and the date ("by a third in", "5%
    # in"); an object there ("have cut 300 jobs in") may be a plan's
    between = doc[group[-1].i + 1 : j]
    return all(
        t.tag_.startswith(("RB", "CD", "DT", "IN")) or t.text in ("%", "percent") for t in between
    )


def _misread_event(doc: Doc, k: int, sent_lo: int, start: int) -> bool:
    """Token ``k`` is an event verb's present read as no verb (``EVENT_WORDS``: "open", "close",
    "begin"), in lower case, after its subject (a noun) and before the date's preposition, with
    no finite verb before it in the sentence but a reporting one ("Stocks rose at the market
    close on Friday": "close" is a noun there)."""
    t = doc[k]
    if t.lower_ not in EVENT_WORDS or not t.is_lower or t.tag_.startswith(("VB", "MD")):
        return False
    if k == 0 or not doc[k - 1].tag_.startswith("NN") or k + 1 >= start:
        return False
    if not doc[k + 1].tag_.startswith(("IN", "RB", "RP")):
        return False
    forms = reporting_verbs()
    return not any(
        u.tag_ in ("VBD", "VBZ", "VBP", "MD") and u.lower_ not in forms for u in doc[sent_lo:k]
    )


def _closed_relative(doc: Doc, group: list[Token], lo: int, start: int) -> int | None:
    """Where the relative clause holding ``group`` opens (its comma), when it is set off by
    commas and closed before the date at ``start`` (", which meets in April, ..."); else None."""
    between = doc[group[-1].i + 1 : start]
    if not any(t.text == "," for t in between):
        return None
    k = group[0].i - 1
    while (
        k >= lo and doc[k].text != "," and not _is_verb(doc[k]) and doc[k].text not in CLAUSE_STOP
    ):
        if doc[k].tag_ in ("WDT", "WP", "WP$") and k > lo and doc[k - 1].text == ",":
            return k - 1
        k -= 1
    return None


def _moved_to(
    doc: Doc,
    group: list[Token],
    start: int,
    preps: tuple[str, ...] = ("to", "until", "till", "into"),
) -> bool:
    """A verb of moving a date (``PUT_OFF_LEMMAS`` and ``MOVE_LEMMAS``) and the date right after
    "to"/"until"/"till"/"into": the new date, which lies ahead ("was pushed back to October",
    "the vote was moved to Friday", "was brought forward to July")."""
    verbs = [t for t in group if t.tag_.startswith("VB")]
    if not verbs or verbs[-1].lemma_ not in PUT_OFF_LEMMAS | MOVE_LEMMAS:
        return False
    prev = doc[start - 1].lower_ if start > 0 else ""
    if prev not in preps:
        return False
    between = doc[group[-1].i + 1 : start - 1]  # "pushed back", "moved the vote"
    cut = next((t.i for t in between if t.lower_ == "from"), None)
    if cut is not None and "from" not in preps:  # "was moved from Sept. 12 to Oct. 3": the
        between = doc[group[-1].i + 1 : cut]  # old date between the verb and the new one
    return all(
        t.tag_.startswith(("RB", "RP", *OBJECT_TAGS)) and t.tag_ != "NNP" for t in between
    )  # "moved Monday to Tuesday": a change from one date named to the next, no lead


def _put_off_act(doc: Doc, group: list[Token], start: int) -> bool:
    """A verb of putting off in the past ("adjourned", "was postponed") and a date that is not
    its new date: "on Monday", "Monday" (the act's day), not "until/to/for Monday"."""
    verbs = [t for t in group if t.tag_.startswith("VB")]
    if not verbs or verbs[-1].lemma_ not in PUT_OFF_LEMMAS:
        return False
    reduced = verbs[-1].tag_ == "VBN" and not any(t.lemma_ in ("have", "be") for t in group)
    if (
        not any(t.tag_ == "VBD" for t in group)
        and not (verbs[-1].tag_ == "VBN" and any(t.lower_ in ("was", "were") for t in group))
        and not reduced  # "the harvest, delayed by rain in September, ...": a reduced relative
    ):
        return False
    prev = doc[start - 1].lower_ if start > 0 else ""
    return prev not in TARGET_PREPOSITIONS and prev not in ("to", "into", "till")


def _after_past_perfect(doc: Doc, group: list[Token], lo: int) -> bool:
    """The infinitive ``group`` ("to report") is governed by a past perfect before its object
    ("had expected the company to report")."""
    k = group[0].i - 1
    while k >= lo and doc[k].text not in CLAUSE_STOP and not _is_verb(doc[k]):
        if not doc[k].tag_.startswith((*OBJECT_TAGS, "PRP")):
            return False
        k -= 1
    return k >= lo and _is_verb(doc[k]) and _past_perfect(_group(doc, k, lo, group[0].i))


def _non_finite(group: list[Token]) -> bool:
    """A verb group of a gerund or present participle only ("citing", "following"): it has
    no tense of its own."""
    return all(t.tag_ in ("VBG", "RB") for t in group) and any(t.tag_ == "VBG" for t in group)
