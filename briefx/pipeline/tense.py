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
- a present verb and nothing else ("Voters go to the polls on Sunday"): "present". News uses
  it for what is scheduled, so a bare weekday there is the coming one, while a month keeps
  the reference year ("Inflation is 3% in March").
None when no verb is found (a heading, a list item): the caller decides.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Token

from briefx.normalize.cues import cues

# lemmas of verbs that put what they govern in the future ("is expected on Monday")
# and verbs of putting off ("was postponed until Nov. 3"): the new date lies ahead of the act
SCHEDULE_LEMMAS = {"expect", "schedule", "set", "due", "plan", "slate", "aim", "intend",
                   "propose", "forecast", "project", "predict", "postpone", "delay", "defer",
                   "adjourn", "reschedule", "extend"}  # fmt: skip
# implicative and aspectual verbs: what their infinitive says happened when they did ("declined
# to comment on Friday", "began to withdraw on Sunday"), so the infinitive is no plan
IMPLICATIVE_LEMMAS = {"decline", "refuse", "fail", "manage", "begin", "start", "continue", "try",
                      "attempt", "rush", "hurry", "hesitate", "neglect", "cease", "bother",
                      "dare", "stop"}  # fmt: skip
FUTURE_WORDS = {"will", "shall", "'ll", "wo", "must", "should", "would", "could", "may", "might",
                "can", "ca", "going"}  # fmt: skip
GROUP_TAGS = ("VB", "MD", "TO", "RB")
MAX_GAP = 16
CLAUSE_STOP = {";", ":", "—", "–", "(", ")"}


def _is_verb(t: Token) -> bool:
    return t.tag_.startswith("VB") or t.tag_ == "MD"


def _group(doc: Doc, k: int, lo: int, hi: int) -> list[Token]:
    """The verb group around token ``k``: verbs, modals, "to", adverbs, "not"."""
    a = k
    while a - 1 >= lo and doc[a - 1].tag_.startswith(GROUP_TAGS):
        a -= 1
    b = k + 1
    while b < hi and doc[b].tag_.startswith(GROUP_TAGS):
        b += 1
    return list(doc[a:b])


def group_tense(group: list[Token]) -> str | None:
    """ "past" / "future" / "present" / "perfect" / None for one verb group."""
    for i, t in enumerate(group[:-1]):
        if t.lemma_ in IMPLICATIVE_LEMMAS and t.tag_.startswith("VB") and group[i + 1].tag_ == "TO":
            group = group[: i + 1]  # "declined to comment": the tense is "declined"'s
            break
    lows = [t.lower_ for t in group]
    tags = [t.tag_ for t in group]
    if any(w in FUTURE_WORDS for w in lows) or "MD" in tags:
        return "future"
    if any(tags[i] == "TO" and tags[i + 1] == "VB" for i in range(len(tags) - 1)):
        return "future"
    if any(t.lemma_ in SCHEDULE_LEMMAS for t in group):
        return "future"  # "expected a settlement before September 15": ahead of the expecting
    if "VBD" in tags:
        return "past"
    if "VBN" in tags and any(t.lemma_ == "have" for t in group):
        return "perfect"  # "has approved a rise from 1 July": the date may lie either side
    if any(t in ("VBZ", "VBP") for t in tags):
        return "present"
    if "VBN" in tags and not any(t.lemma_ in ("have", "be") for t in group):
        return "past"  # a reduced relative: "the summit, held on Dec. 5, ..."
    return None


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

    def verb(t: Token) -> bool:
        return _is_verb(t) and not is_date_word(t.lower_)

    cut = start - max_gap > lo  # the sentence goes on further back than we look
    lo, hi = max(lo, start - max_gap), min(hi, end + max_gap)
    k = start - 1
    while k >= lo and doc[k].text not in CLAUSE_STOP:
        if verb(doc[k]):
            if _reported_possessive(doc, k, start, end):
                break  # "said Sunday's vote would go ahead": the reported clause's verb decides
            group = _group(doc, k, lo, start)
            tense = group_tense(group)
            if tense is not None or not _non_finite(group):
                return tense
            k = group[0].i  # "citing a surge in December, raised": no tense, look on
        k -= 1
    if k < lo and cut:
        return None  # the verb before is too far off to tell; the one after is another's
    k = end
    while k < hi and doc[k].text not in CLAUSE_STOP:
        if verb(doc[k]):
            group = _group(doc, k, end, hi)
            tense = group_tense(group)
            if tense is not None or not _non_finite(group):
                return tense
            k = group[-1].i
        k += 1
    return None


def _non_finite(group: list[Token]) -> bool:
    """A verb group of a gerund or present participle only ("citing", "following"): it has
    no tense of its own."""
    return all(t.tag_ in ("VBG", "RB") for t in group) and any(t.tag_ == "VBG" for t in group)
