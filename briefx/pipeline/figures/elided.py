"""The noun of a count the text leaves out, read from the words before the number (the pipeline
has no parser): people after a verb of harm ("floods kill 23") or a group word ("a crew of
14"), the plural subject of a verb of change or level ("Arrivals fell to about 412,000",
"The number of people out of work fell by 310,000"; across a reduced relative clause, a span of
time or a date after its head: "Patients waiting more than a year numbered 18,450", "delays of
more than an hour fell to 2,310"), the object "the number of X" of a verb of change ("cut the
number of dairy farms to 2,870") or the subject of "be" ("The number of homeless families is
117,000"), and the subject of an expectation that is no count ("fewer
than the 135,000 economists had expected"). Tables: ``models/figure_words.jsonl`` kinds
``change_verb``, ``level_verb``, ``change_noun``, ``level_noun``; ``models/counted_nouns.jsonl``
roles; the reporting cues of ``briefx.normalize.cues``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from briefx.normalize.cues import cues
from briefx.normalize.scan import Found
from briefx.pipeline._util import text_of
from briefx.pipeline.figures.words import counted_nouns
from briefx.resources import figure_words, noun_compounds

# Word lists by kind live in models/figure_words.jsonl (its header says what each kind does).
# A preposition that a verb of change governs is not part of the figure ("dip below 3%",
# "rise above 5%"); after other verbs it is a hedge ("received over $126 billion").
CHANGE_VERBS = figure_words("change_verb")
# Verbs of level: "Arrivals reached 1,200": the plural subject names what the number counts.
# Words of comparison before "the N": "than the 135,000 economists had expected".
COMPARISON_WORDS = {"than", "of", "with", "below", "above", "versus", "vs", "vs."}
# Nouns of change or number: their compound names what is counted ("job growth", "job
# losses", "passenger numbers", "the death toll", "sales volumes").
CHANGE_NOUNS = figure_words("change_noun")
LEVEL_VERBS = figure_words("level_verb")
# Verbs of estimating: "put the crowd at 12,000": the object names what the number counts.
ESTIMATE_VERBS = figure_words("estimate_verb")
THRESHOLD_VERBS = figure_words("threshold_verb")
# "Gold Fields", "Oil Search": a firm's name prices nothing


def subject_of_expectation(doc: Doc, f: Found) -> bool:
    """ "fewer than the 135,000 economists had expected", "short of the 120,000 analysts had
    forecast": after a word of comparison and "the", the noun after the number is the subject
    of a reporting verb that has no object, so the number counts what it is compared with."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or span.start < 2 or span.end + 1 >= len(doc):
        return False
    word = doc[span.start - 2]
    if doc[span.start - 1].lower_ != "the" or not (
        word.lower_ in COMPARISON_WORDS or word.tag_ in ("VBG", "VBD")  # "missing the", "beat the"
    ):
        return False
    k = span.end
    while k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN") and doc[k + 1 : k + 2].text != "":
        if doc[k + 1].pos_ not in ("ADJ", "NOUN"):
            break
        k += 1
    if doc[k].tag_ != "NNS":
        return False
    k += 1
    passive = False
    while k < len(doc) and doc[k].pos_ in ("AUX", "ADV", "PART"):
        passive = passive or doc[k].lemma_.lower() in ("be", "get")
        k += 1
    if k >= len(doc) or doc[k].lower_ not in cues():
        return False
    if passive and doc[k].tag_ == "VBN":
        return False  # "Three of the 40 suspects were released": the noun is no reporter
    return k + 1 >= len(doc) or doc[k + 1].is_punct or doc[k + 1].is_space


def elided_noun(doc: Doc, f: Found) -> str | None:
    """The noun of a count the text leaves out, read from the words before it (the pipeline
    has no parser): after a verb of harm it counts people ("floods kill 23"); after a verb of
    change or level, the plural noun before that verb is what is counted ("Arrivals fell to
    about 412,000", "Admissions reached 1,200")."""
    span = doc.char_span(
        f.hedge_start if f.hedge_start is not None else f.start, f.end, alignment_mode="expand"
    )
    if span is None or span.start == 0:
        return None
    if PERCENT_RANGE_ON.match(text_of(doc), f.end) is not None:
        return None  # "Fares will rise by 5 to 7 percent": the first end of a range of percent
    table = counted_nouns()
    if (
        span.start > 1
        and doc[span.start - 1].lower_ == "of"
        and table.get(doc[span.start - 2].lemma_.lower(), {}).get("role")
        in ("group_person", "place_person")  # "a town of about 5,000": its people
    ):
        return "person"  # "a crew of 14", "a workforce of 3,800"
    if (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ == "to"
        and doc[span.end + 1].tag_ == "VB"
        and doc[span.end + 1].lower_ != "win"  # "needed 94 to win": a target score
        and doc[span.start - 1].pos_ == "VERB"
    ):
        return "person"  # "forced 50,000 to evacuate": the people made to act
    k = span.start - 1
    if doc[k].lower_ == "at" and k > 1 and (obj := _estimated_object(doc, k - 1)) is not None:
        return _counted_head(doc, obj)  # "Police put the crowd at about 12,000": people
    if doc[k].lower_ in ("to", "at", "by") and k > 0:
        k -= 1
        if doc[k].pos_ != "VERB" and doc[k + 1].lower_ == "to":
            k = _change_verb_before(doc, k)  # "Arrivals rose 14% to 2.3 million"
        elif doc[k].pos_ != "VERB" and doc[k + 1].lower_ == "at":
            j = _change_verb_before(doc, k)  # "were down 8% at 3,450", not "Bids came in at
            k = j if _be_moved(doc, j) else k  # 80": a level the subject is quoted at
    verb = doc[k]
    moved = _be_moved(doc, k)  # "Knife offences were down 8% at 3,450"
    if verb.lemma_ == "be" and k == span.start - 1:
        return _number_of(doc, k)  # "The number of measles cases this year is 2,100"
    if verb.pos_ != "VERB" and not moved:
        return None
    lemma = "fall" if moved else verb.lemma_.lower()
    if (
        table.get(lemma, {}).get("role") == "verb_person"
        and k == span.start - 1
        and RANGE_ON.match(text_of(doc), f.end) is None  # "hired 200-250 engineers"
    ):
        return "person"
    threshold = lemma in THRESHOLD_VERBS  # "The toll passed 1,700", not "Inspectors passed 212"
    if lemma not in CHANGE_VERBS and lemma not in LEVEL_VERBS and not threshold:
        return None
    counted = _number_of(doc, k)
    if counted is None:
        counted = _number_of_object(doc, k, span.start)
    if counted is not None:
        return counted  # "The number of people out of work fell by 310,000"
    k -= 1
    k = _before_aside(doc, k)  # "Measles cases ..., most of them in Texas, rose to 884"
    dated = False
    while k >= 0 and (doc[k].pos_ in ("AUX", "ADV", "PART") or doc[k].ent_type_ == "DATE"):
        dated = dated or doc[k].ent_type_ == "DATE"
        k -= 1  # "The toll this year has reached 612"
    j = k
    while dated and j > 0 and doc[j].pos_ == "ADP":
        j -= 1  # "Sentences of more than a decade rose to 140", "Cases in 2024 rose to 300"
    if j != k and doc[j].tag_ in ("NNS", "NN"):
        k = j
    elif j != k and _participle_after_plural(doc, j):
        k = j - 1  # "Homes sold in March numbered 61,000"
    return _counted_head(doc, k, named_only=threshold)


def _estimated_object(doc: Doc, k: int) -> int | None:
    """Token k ends the object of a verb of estimating before "at" ("put the crowd", "estimated
    the death toll", "put job losses"): the index of the object's last word, else None."""
    if doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    j = k
    while j > 0 and doc[j - 1].pos_ in ("DET", "ADJ", "NOUN") and k - j < MAX_PHRASE:
        j -= 1
    if j == 0 or k - j >= MAX_PHRASE:
        return None
    verb = doc[j - 1]
    if verb.pos_ != "VERB" or (
        verb.lemma_.lower() not in ESTIMATE_VERBS and verb.lower_ not in ESTIMATE_VERBS
    ):
        return None
    return k


def _counted_head(doc: Doc, k: int, named_only: bool = False) -> str | None:
    """What the noun phrase ending at token k counts, where a number sets its level: a plural
    head ("Arrivals", "cases in Europe"), a noun that implies what it counts ("toll": deaths), a
    group of people ("crowd", "population"), a count's compound ("job growth"). With
    ``named_only``, not a plain plural head (it may be the subject of a transitive verb)."""
    table = counted_nouns()
    k = _head_before_phrase(doc, k)  # "Measles cases in Europe rose to 127,350"
    subj = doc[k] if k >= 0 else None
    if subj is not None and table.get(subj.lower_, {}).get("role") == "person":
        return "person"  # "the registered jobless fell by 12,000": people are counted
    opening = _plural_opening(doc, subj) if subj is not None and not named_only else None
    if opening is not None:
        return opening  # "Burglaries in Greater Manchester fell to 14,210": tagged a name
    # a lower-case word the tagger called a name is a common noun ("Kenya's medal tally rose")
    if subj is None or not (subj.pos_ == "NOUN" or (subj.pos_ == "PROPN" and subj.is_lower)):
        return None
    implied = table.get(subj.lemma_.lower(), {})
    if implied.get("role") == "implies":
        return implied["lemma"]  # "The toll had stood at 31", "Flood toll climbs to 140": deaths
    if (
        subj.lemma_.lower() in CHANGE_NOUNS
        and k > 0
        and (doc[k - 1].pos_ == "NOUN" or _title_opening(doc, doc[k - 1]))
    ):
        # "job growth averaged 126,000": jobs are counted; "Visitor numbers rose to 3.1
        # million": the capital of a sentence's first word made it a name
        return doc[k - 1].lemma_.lower() if doc[k - 1].pos_ == "NOUN" else doc[k - 1].lower_
    if (
        subj.lemma_.lower() in CHANGE_NOUNS
        and k > 0
        and table.get(doc[k - 1].lower_, {}).get("role") == "person"
    ):
        return "person"  # "The jobless total rose to 1.6 million": people are counted
    if implied.get("role") == "group_person":
        return "person"  # "The crowd swelled to 45,000", "Mexico's population reached 130 million"
    if named_only or subj.tag_ != "NNS" or subj.lemma_.lower() in LEVEL_NOUNS:
        return None
    row = table.get(subj.lower_)
    return row["lemma"] if row is not None and row["role"] == "lemma" else subj.lemma_.lower()


RANGE_ON = re.compile(r"[ \t]*(?:[-–]|to[ \t])[ \t]*\d")  # the first end of a range
PERCENT_RANGE_ON = re.compile(
    r"[ \t]*(?:[-–]|to[ \t])[ \t]*[\d.,]+[ \t]*(?:%|percent\b|per[ \t]+cent\b|pct\b|percentage[ \t]+points?\b)"
)
PHRASE_WORDS = ("DET", "ADJ", "PROPN", "NOUN", "NUM")
# Subjects whose level is no count of them: "Prices rose 3% to 2,412".
LEVEL_NOUNS = figure_words("level_noun")
MAX_CHANGE_GAP = 8  # tokens between a verb of change and the "to" of its level
PERCENT_WORDS = {"%", "percent", "pct", "cent", "points", "point"}


def _change_verb_before(doc: Doc, k: int) -> int:
    """The verb of change or level whose change ends at token k, with the amount of the change
    and dates between ("rose 14% to", "fell 3.2 per cent in March to"): its index, else k. Stops
    at punctuation and at any other verb."""
    lo = doc[k].sent.start if doc.has_annotation("SENT_START") else 0
    for j in range(k, max(lo, k - MAX_CHANGE_GAP) - 1, -1):
        t = doc[j]
        if t.is_punct and t.text != "%":
            return k
        if _be_moved(doc, j):
            return j  # "were down 8% at": "down" after a form of "be" is a change
        if t.pos_ in ("VERB", "AUX"):
            lemma = t.lemma_.lower()
            if lemma not in CHANGE_VERBS and t.lower_ not in CHANGE_VERBS:
                return k
            gap = doc[j + 1 : k + 1]
            digits = any(g.like_num and not g.is_alpha for g in gap)  # not "by a third"
            if digits and not any(g.lower_ in PERCENT_WORDS for g in gap):
                return k  # "rose 12,350 tonnes to 187,900": the level is in the change's unit
            return j
    return k


MAX_ASIDE = 12  # tokens of an aside set off by commas between a subject and its verb


def _before_aside(doc: Doc, k: int) -> int:
    """The token before an aside set off by commas that ends at token k ("Measles cases
    reported this year, most of them in west Texas, rose to 884" -> "year"), where the aside
    holds no verb and the sentence goes on before it; otherwise k."""
    if k < 1 or doc[k].text != ",":
        return k
    j = k - 1
    while j > 0 and k - j <= MAX_ASIDE and doc[j].text != ",":
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].is_sent_start:
            return k
        j -= 1
    if j <= 0 or doc[j].text != "," or k - j < 2:
        return k
    return j - 1


def _head_before_phrase(doc: Doc, k: int) -> int:
    """The head of a subject that prepositional phrases ending at token k follow, where it is a
    noun: "Arrivals at the airport", "cases in Europe", "Deaths on the roads", "Calls to 999"
    -> "Arrivals", "cases", "Deaths", "Calls"; up to three phrases in a row ("The death toll from
    Friday's magnitude 7.7 earthquake in central Myanmar" -> "toll"). Otherwise k itself ("of"
    keeps its noun: "sales of cars")."""
    for _ in range(MAX_PHRASES):
        j = _before_phrase(doc, k)
        if j is None:
            break
        k = j
    return k


MAX_PHRASES = 3  # prepositional phrases in a row after a subject's head
MAX_PHRASE = 6  # words of one phrase after its preposition


def _before_phrase(doc: Doc, k: int) -> int | None:
    """The noun before the prepositional phrase that ends at token k, if there is one."""
    if k < 0 or doc[k].pos_ not in ("PROPN", "NOUN", "NUM"):
        return None
    j = k
    while (
        j > 0
        and (doc[j].pos_ in PHRASE_WORDS or doc[j].tag_ == "POS" or _timed(doc[j]))
        and k - j < MAX_PHRASE
    ):
        j -= 1
    if _participle_after_plural(doc, j):
        return j - 1  # "Patients waiting more than a year numbered": a reduced relative clause
    # "of" keeps its noun ("sales of cars"), unless a span of time follows it ("delays of more
    # than an hour fell to 2,310": the delays are counted)
    if doc[j].pos_ != "ADP" or (doc[j].lower_ == "of" and not _timed(doc[j + 1])):
        return None
    while j > 0 and doc[j].pos_ == "ADP":  # "people out of work"
        j -= 1
    if _participle_after_plural(doc, j):
        return j - 1  # "Flights cancelled at Heathrow reached 1,200"
    # a singular head is the subject too ("Attendance at the games"): no plural is counted
    people = counted_nouns().get(doc[j].lower_, {}).get("role") == "person"  # a headline's tags
    if doc[j].tag_ in ("NNS", "NN") or people or _plural_opening(doc, doc[j]) is not None:
        return j
    return None


def _timed(t: Token) -> bool:
    """A word of a span of time that NER found ("more than an hour", "a year")."""
    return t.ent_type_ in ("DATE", "TIME")


def _participle_after_plural(doc: Doc, j: int) -> bool:
    """A participle at token j right after a plural common noun: the noun is the head of a
    subject that a reduced relative clause follows ("Patients waiting ...", "Flights
    cancelled ...")."""
    return (
        j > 0
        and doc[j].tag_ in ("VBG", "VBN")
        and doc[j - 1].tag_ == "NNS"
        and doc[j - 1].pos_ == "NOUN"
    )


def _be_moved(doc: Doc, k: int) -> bool:
    """ "were down", "is up": "up" or "down" after a form of "be" states a change."""
    return (
        k > 0
        and doc[k].lower_ in ("up", "down")
        and doc[k].pos_ in ("ADV", "ADP")
        and doc[k - 1].lemma_.lower() == "be"
    )


# a plural's ending -> its singular's ("Burglaries" -> "burglary"); longest first
PLURAL_ENDINGS = (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("s", ""))  # fmt: skip


def _title_opening(doc: Doc, t: Token) -> bool:
    """A capitalised word that opens its sentence (or the text after the dateline's dash) and
    that the tagger, misled by the capital, read as a proper name outside any entity."""
    if t.tag_ != "NNP" or t.ent_type_ not in ("", "DATE") or not t.is_title or len(t.text) < 3:
        return False
    before = doc[t.i - 1] if t.i > 0 else None
    return bool(
        before is None
        or before.is_sent_end
        or before.text in DASHES
        or before.is_space
        or (doc.has_annotation("SENT_START") and t.is_sent_start)
    )


def _plural_opening(doc: Doc, t: Token) -> str | None:
    """The lemma of a plural common noun that opens its sentence (or the text after the
    dateline's dash) and that the tagger, misled by the capital, read as a proper name outside
    any entity: "Burglaries in Greater Manchester fell", "Homicides stood at 41"."""
    # NER may run a dateline's date into it ("May 2 - Burglaries"): no other entity
    if len(t.text) < 4 or not _title_opening(doc, t):
        return None
    low = t.lower_
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return None
    row = counted_nouns().get(low)
    if row is not None and row["role"] == "lemma":
        return row["lemma"]
    for end, stem in PLURAL_ENDINGS:
        if low.endswith(end):
            return low[: len(low) - len(end)] + stem
    return None


DASHES = {"-", "–", "—", "--"}


def _number_of(doc: Doc, verb: int) -> str | None:
    """ "The number of people out of work fell", "the number of flights cancelled reached": the
    plural noun after "number of" that opens the subject of the verb at token ``verb``."""
    sent_start = doc[verb].sent.start if doc.has_annotation("SENT_START") else 0
    for j in range(verb - 2, max(sent_start, verb - 10) - 1, -1):
        if doc[j].lower_ == "number" and doc[j + 1].lower_ == "of":
            return _plural_head(doc, j + 2, verb)
    return None


def _plural_head(doc: Doc, k: int, stop: int) -> str | None:
    """What the noun phrase that opens at token k after "the number of" counts, where its head
    is a plural common noun before token ``stop`` with no finite verb between: the head's lemma,
    its adjectives and noun modifiers dropped unless WordNet lists the compound ("dairy farms"
    -> "dairy farm", "measles cases" -> "case")."""
    while k + 1 < stop and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].tag_ != "NNS":
        k += 1  # "dairy farms", "new homes"
    while k + 1 < stop and doc[k + 1].pos_ == "NOUN":
        k += 1  # "measles cases": the last noun of the run is the head
    if k >= stop or doc[k].tag_ != "NNS" or doc[k].pos_ != "NOUN":
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in doc[k:stop]):
        return None
    lemma = _counted_lemma(doc[k])
    before = doc[k - 1]
    if (
        before.pos_ == "NOUN"
        and before.is_lower
        and before.lower_ in noun_compounds().get(lemma, ())
    ):
        return f"{before.lower_} {lemma}"  # "the number of food banks": a fixed term (WordNet)
    return lemma


def _counted_lemma(t: Token) -> str:
    """What a plural noun counts: people for a word of people, else the table's or the
    tagger's lemma."""
    row = counted_nouns().get(t.lower_)
    if row is not None and row["role"] == "person":
        return "person"
    return row["lemma"] if row is not None and row["role"] == "lemma" else t.lemma_.lower()


def _number_of_object(doc: Doc, verb: int, number: int) -> str | None:
    """ "Drought has cut the number of dairy farms in Victoria to 2,870": the plural head noun
    after "the number of" that opens the object of the verb of change at token ``verb`` counts
    the number at token ``number`` (modifiers before the head are dropped, a phrase after it
    may stand before the "to")."""
    j = verb + 1
    while j < number and doc[j].pos_ in ("DET", "PRON") and doc[j].lower_ != "number":
        j += 1  # "the", "its"
    if j + 2 >= number or doc[j].lower_ != "number" or doc[j + 1].lower_ != "of":
        return None
    return _plural_head(doc, j + 2, number)
