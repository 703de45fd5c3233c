"""Common words and concept acronyms that NER took for names (session 25).

ANNOTATION.md tags unique names only: not kinds, taxes, indices, diseases, commodities or
concepts. News text capitalises many such words where the capital is no evidence of a name:
the first word of a sentence, a bullet or a quoted clause ("Aluminium was steady at $1,602",
"Monsoon ends 8% above normal"), a headline in capitals or in title case ("GOLD EASES, COPPER
FIRMS"), and concept acronyms are written in capitals wherever they stand ("a $2 billion IPO",
"CO2 emissions", "AI researchers"). The statistical model has no other evidence there, so the
lexicon decides (``models/common_words.jsonl``, derived from WordNet by
``scripts/derive_common_words.py``):

- a concept acronym ("IPO", "CO2", "GDP", "AI": WordNet's senses for it are mostly headed by a
  lower-case concept) names nothing, unless the tables know it as a name ("AFP", "AMD"), the
  text links it to a longer name (a bracketed definition), or it speaks or is spoken to
  ("ABC reported", "told CBC": a broadcaster's letters), or an officer, the board or an
  apposition makes it a body's letters ("the PSA board", "PSA, the statistics office";
  ``body_evidence``, session 37);
- a one-word span whose lower-case form is an English word (the lemmatizer's WordNet index)
  that WordNet never writes with a capital ("aluminium", "monsoon"; not "Treasury", "Amazon")
  names nothing where every mention of it stands where a capital says nothing, or where the
  document also writes the word in lower case ("Gold rose ... gold prices");
- a span of several words in a headline (capitals or title case) whose words are all English
  words or function words, most of them such common words ("GOLD EASES", "CHIPS AND TRADE
  DIGEST", "Quarterly Labour Market Bulletin"), names nothing unless the text also writes it
  where case is evidence (a bulleted line is a list item, no headline);
- a name NER typed an organisation that is English words headed by a noun WordNet gives only
  abstract senses, some of them a communication or a possession ("Stamp Duty", "Universal
  Credit", "Labour Force Survey", "Spending Review") is a tax, a benefit, a
  survey, a report or a review, which ANNOTATION.md does not tag, wherever it stands; not where
  the head word heads bodies, firms, programmes or publications in the entity tables ("Met
  Office", "Octopus Energy", "Climate Fund", "Farmers Weekly"), nor where it opens with a
  country or a nationality (an agency: "United States Geological Survey") or holds a word
  WordNet also capitalises ("Christian Democratic Appeal", a party).

Left alone: people and nationalities (surnames and demonyms are common words too: "Baker",
"Liberal"), names the tables know (companies, aliases, organisations; places of the gazetteer
typed as places), and mentions linked to a longer name ("Commission" -> "European Commission").
"""

from __future__ import annotations

import re
from functools import cache

from briefx.normalize.names import (
    entity_words,
    form_words,
    legal_form_words,
    lookup_alias,
    lookup_company,
    people,
    world_places,
)
from briefx.pipeline.coref import Ent
from briefx.resources import read_jsonl, table_index

__all__ = [
    "body_evidence",
    "common_words",
    "headline",
    "is_abstract_head",
    "is_concept_acronym",
    "is_eponym",
    "is_proper",
    "line_around",
    "listed_partner",
    "staff_before",
]

# types whose one-word names are checked: people and nationalities keep their common-word
# names ("Baker", "Liberal"), events and laws are named by their own forms
CHECKED = frozenset({"ORG", "GPE", "LOC", "PRODUCT", "FAC"})
PLACE_TYPES = frozenset({"GPE", "LOC"})
# closed-class words a headline's span may hold besides common words
FUNCTION_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "at", "to", "as", "with", "&"})
TELL = frozenset({"tell", "tells", "told", "telling"})  # "told CBC": spoken to
PREPOSITIONS = frozenset({"of", "for", "on", "in", "at", "to", "with"})
ACRONYM = re.compile(r"[A-Z][A-Z0-9]*[A-Z0-9]")
BULLETS = "•·*-–—>\"“‘'(["
BULLET_MARKS = "•·*-–—>"
SENTENCE_END = ".!?:"
LONG_WORD = re.compile(r"[^\W\d_]{4,}")
# thing heads that head no body's name, whatever words lead them ("Labour Force Survey")
RECORDS = frozenset({"survey", "statistic", "tax"})
# the officers and the board of a body after its letters ("the PSA board", "the NCA
# chairman"): ``firm_role`` of ``entity_forms.jsonl`` without the people who speak about a
# concept as readily as for a body ("ESG analysts", "EV economists") and the words that are
# no officer ("partner", "accounts", "auditors")
NOT_OFFICERS = frozenset(
    {"analyst", "analysts", "economist", "economists", "strategist", "strategists", "partner",
     "accounts", "auditor", "auditors", "founder", "co-founder"}
)  # fmt: skip
# an apposition that calls the letters a body: ", the statistics office", ", the regulator"
APPOSED_BODY = re.compile(r",[ \t]+the[ \t]+((?:[a-z][\w-]*[ \t]+){0,3}[a-z]+)(?=[ \t]*[,.;:)\n])")


def _kind(word: str) -> str:
    """What WordNet says of ``word`` as written (each word has one row): "proper",
    "abstract_noun", "eponym", "concept_acronym", or "" where the table does not hold it. A
    lookup opens one bucket of the indexed table (``table_index``), so a process pays for the
    words its documents hold, not for parsing the table's 19,000 rows."""
    rows = table_index("common_words.jsonl", "word").get(word)
    return str(rows[0]["kind"]) if rows else ""


def is_proper(word: str) -> bool:
    """``word`` (lower case) is a lemma WordNet also writes with a capital ("treasury")."""
    return _kind(word) == "proper"


def is_eponym(word: str) -> bool:
    """``word`` names a WordNet noun "X's y" or "X y" ("Alzheimer", "Richter")."""
    return _kind(word) == "eponym"


def is_concept_acronym(word: str) -> bool:
    """``word`` is an acronym WordNet gives mostly common-concept senses ("IPO", "CO2", "GDP")."""
    return _kind(word) == "concept_acronym"


def is_abstract_head(word: str) -> bool:
    """``word`` is a noun WordNet gives only abstract senses ("duty", "survey") and no word that
    heads bodies, firms, programmes, publications or facilities in the entity tables ("office",
    "energy", "fund", "bulletin", "centre")."""
    return _kind(word) == "abstract_noun" and word not in _excluded_heads()


@cache
def _excluded_heads() -> frozenset[str]:
    heads: set[str] = set()
    for kind in ("org_head", "body_word", "sector_word", "firm_part", "publication", "fac_head"):
        heads |= form_words(kind)
    heads |= entity_words("programme") | entity_words("company_tail") | legal_form_words()
    return frozenset(heads) | _table_heads()


@cache
def _table_heads() -> frozenset[str]:
    """The last words of two or more of the organisations, firms and news agencies the tables
    name ("Kyodo News", "Fox News"; "... Realty"): words that head names of bodies, whatever
    WordNet says."""
    counts: dict[str, int] = {}
    names = {r["name"] for r in read_jsonl("news_agencies.jsonl")}
    for table in ("companies.jsonl", "organisations.jsonl", "aliases.jsonl"):
        for r in read_jsonl(table):
            if r.get("type") == "ORG":
                names |= {r["name"], r["alias"]}
    for name in names:
        words = name.split()
        if len(words) >= 2:
            counts[words[-1].lower()] = counts.get(words[-1].lower(), 0) + 1
    return frozenset(w for w, n in counts.items() if n >= 2)


def _abstract_name(span: str, english: frozenset[str]) -> bool:
    """``span`` is several English words headed by an abstract noun ("Stamp Duty", "Universal
    Credit", "Labour Force Survey", "Spending Review"): a tax, a benefit, a survey, a report."""
    words = span.split()
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if len(content) < 2 or not all(w.isalpha() for w in content):
        return False
    if not all(any(f in english for f in _forms(w.lower())) for w in content):
        return False
    if any(_place(" ".join(words[:k])) for k in range(1, min(3, len(words)) + 1)):
        return False  # a country's agency ("United States Geological Survey")
    if any(is_proper(w.lower()) for w in content[:-1]):
        return False  # a word that also names ("Christian Democratic Appeal", a party)
    # the head: the last word before "of", "for", "on" ("Office for National Statistics")
    lead = next((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS), len(words))
    if lead == 0:
        return False
    head = words[lead - 1].lower()
    if is_abstract_head(head):
        return True
    return head not in _excluded_heads() and any(is_abstract_head(f) for f in _forms(head)[1:])


@cache
def _thing_heads() -> dict[str, str]:
    """Nouns whose first WordNet sense is a statistic, a survey, a tax, a document, a plan, a
    meeting or weather, and no sense a body (``models/thing_heads.jsonl``, derived by
    ``scripts/derive_thing_heads.py``): word -> class."""
    return {str(r["word"]): str(r["class"]) for r in read_jsonl("thing_heads.jsonl")}


@cache
def _thing_excluded() -> frozenset[str]:
    """Words that head names of bodies, firms, publications, facilities, laws or events in the
    entity tables, whatever WordNet's first sense: a thing head among them names no thing.
    Programme words ("program", "scheme") are not among them: a programme is a body only
    where the text makes it one (``_acts``)."""
    heads: set[str] = set()
    for kind in ("org_head", "body_word", "sector_word", "firm_part", "publication", "fac_head"):
        heads |= form_words(kind)
    heads |= form_words("event_tail") | entity_words("law_head") | entity_words("law_word")
    heads |= form_words("gathering_head")  # "Forum": a body's or a meeting's, context decides
    heads |= entity_words("company_tail") | legal_form_words()
    return frozenset(heads) | _table_heads()


def thing_class(word: str) -> str:
    """The class of thing a name headed by ``word`` (lower case, singular or plural) names
    ("survey", "tax", "plan", "gathering", "weather" ...), or "" (see ``_thing_heads``)."""
    for form in _forms(word):
        if form in _thing_excluded():
            return ""
        cls = _thing_heads().get(form)
        if cls:
            return cls
    return ""


def _thing_name(span: str, english: frozenset[str]) -> str:
    """``span`` is several English words headed by a noun whose first sense is a thing no
    ANNOTATION.md tags ("Drought Response Plan", "Annual General Meeting", "Northeast Monsoon",
    "Household Expenditure Survey"); a direction word may lead it (a wind or a monsoon's
    name), no other word WordNet capitalises (but before a survey, a statistic or a tax:
    "Labour Force Survey"), and no country or nationality (an agency). Returns the head's class, or ""."""
    words = span.split()
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if len(content) < 2 or not all(w.isalpha() for w in content):
        return ""
    if not all(any(f in english for f in _forms(w.lower())) for w in content):
        return ""
    if any(_place(" ".join(words[:k])) for k in range(1, min(3, len(words)) + 1)):
        return ""
    lead = next((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS), len(words))
    cls = thing_class(words[lead - 1].lower()) if lead > 0 else ""
    if cls in RECORDS:
        return cls  # no party or body is named "... Survey", "... Index", "... Levy"
    directions = entity_words("direction")
    if any(is_proper(w.lower()) and w.lower() not in directions for w in content[:-1]):
        return ""
    return cls


def _plural_head(name: str) -> bool:
    """``name`` ends in a plural ("Winter Heating Payments", "Childcare Vouchers"): no
    person's name, whatever the model typed it; not where two words open with a given name
    ("Hope Summers")."""
    words = name.split()
    last = words[-1]
    if len(words) < 2 or not last.isalpha() or not last.endswith("s") or last.endswith("ss"):
        return False
    return len(words) >= 3 or not table_index("given_names.jsonl", "name").get(words[0])


def _acts(text: str, e: Ent, cls: str) -> bool:
    """The mention acts as a body: it speaks or is spoken to (``_speaks``) or owns something
    ("the X's chief"). A survey, a statistic or a tax "shows" and "says" things and has
    findings: only being told something makes it a body."""
    if cls in RECORDS:
        before = re.search(r"(\w+)\s+(?:the\s+)?$", text[max(0, e.start - 30) : e.start])
        return before is not None and before.group(1).lower() in TELL
    return speaks(text, e) or text.startswith(("'s", "’s"), e.end)


def _place(text: str) -> bool:
    """The alias table knows ``text`` as a country, a state or a demonym."""
    known = lookup_alias(text)
    return known is not None and known[1] in ("GPE", "NORP")


def _forms(word: str) -> list[str]:
    """The word and the singular or bare forms an English inflection may hide ("chips" ->
    "chip", "eases" -> "ease", "batteries" -> "battery")."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


def is_common(word: str, english: frozenset[str]) -> bool:
    """``word`` (any case) is an English word WordNet never writes with a capital."""
    low = word.lower()
    if not low.isalpha():
        return False
    return not is_proper(low) and any(f in english and not is_proper(f) for f in _forms(low))


def _known(text: str, type_: str) -> bool:
    """The tables know ``text`` as a name: an alias, a listed company, a well-known person, or
    (for a span typed a place) a gazetteer place."""
    for form in {text, text.title()}:
        if lookup_alias(form) or lookup_company(form) or form in people():
            return True
        if type_ in ("GPE", "LOC") and world_places().get(form):
            return True
    return False


def line_around(text: str, start: int) -> tuple[int, str]:
    """The line that holds position ``start``: where it begins, and its text."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return begin, text[begin : end if end >= 0 else len(text)]


def headline(line: str, first: bool = False) -> bool:
    """A line in capitals, or a line with no full stop at its end in title case (every word of
    four letters or more capitalised, at least two of them; on the document's first line, its
    title, those before a colon: "Annual Housing Survey: 2026 results", not "LONDON - Results of
    Premier League matches on Sunday:"). Read word by word and left at the first word that
    decides, since a text without line breaks is one long line and is asked once per mention."""
    if not any(c.islower() for c in line):
        return _long_words(line) >= 2
    if line.rstrip().endswith(".") or line.lstrip()[:1] in BULLET_MARKS:
        return False  # a sentence; a bulleted line is a list item, titled or not
    if first and _long_words(line) < 2:
        return False
    n = 0
    for mt in LONG_WORD.finditer(line.split(":")[0] if first else line):
        if not mt.group()[0].isupper():
            return False  # a lower-case word of four letters or more: no title case
        n += 1
    return n >= 2


def _long_words(line: str, enough: int = 2) -> int:
    """How many words of four letters or more ``line`` has, counted up to ``enough``."""
    n = 0
    for _ in LONG_WORD.finditer(line):
        n += 1
        if n >= enough:
            break
    return n


def no_case_evidence(text: str, start: int) -> bool:
    """The capital of the word at ``start`` says nothing: it opens its line (after a bullet, a
    quote or a number), a sentence, a clause after a colon or a spaced dash, or stands in a
    headline."""
    begin, line = line_around(text, start)
    if headline(line):
        return True
    before = text[begin:start].rstrip()
    stripped = before.lstrip(BULLETS + " \t").rstrip(BULLETS + " \t")
    if not stripped or re.fullmatch(r"[\d.)\s]*", stripped):
        return True
    if stripped[-1] in SENTENCE_END:
        return True
    return before.endswith((" –", " —", " -", "–", "—"))


@cache
def _speech_verbs() -> frozenset[str]:
    """The inflected forms of the statement cues' verbs ("said", "told", "reported")."""
    out: set[str] = set()
    for r in read_jsonl("statement_cues.jsonl"):
        if r.get("kind") == "cue":
            out.update(f for f in r.get("forms", []) if " " not in f)
    return frozenset(out)


def speaks(text: str, e: Ent) -> bool:
    """The mention speaks or is spoken to: a speech verb right after it ("ABC reported"),
    "told" or "according to" before it ("told PBS"): a broadcaster or a body, no concept."""
    after = re.match(r"\s+(\w+)", text[e.end : e.end + 30])
    if after and after.group(1).lower() in _speech_verbs():
        return True
    return spoken_to(text, e.start)


def spoken_to(text: str, start: int) -> bool:
    """Whether "told" or "according to" stands right before position ``start`` ("told PBS",
    "according to KNBS")."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 30) : start])
    if before and before.group(1).lower() in TELL:
        return True
    return text[max(0, start - 14) : start].lower().rstrip().endswith("according to")


@cache
def _officers() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word and two-word officers of a body ("board", "chairman"; "chief executive")."""
    words = form_words("firm_role") - NOT_OFFICERS
    return (
        frozenset(w for w in words if " " not in w),
        frozenset(" ".join(w.split()[:2]) for w in words if " " in w),
    )


@cache
def _body_heads() -> frozenset[str]:
    return form_words("org_head") | form_words("org_descriptor")


def body_evidence(text: str, start: int, end: int) -> bool:
    """The letters at ``start``-``end`` stand where a body does: they speak or are spoken to,
    an officer or the board follows them, or an apposition calls them a body."""
    # the verb or the officer after the letters in lower case, as running text writes them
    # ("PSA said", "the PSA board"; not "PRESS RELEASE :", a speaker label "THE CHAIR:")
    after = text[end : end + 40].split()
    if spoken_to(text, start) or (
        after and after[0][:1].islower() and speaks(text, Ent(start, end, "ORG", text[start:end]))
    ):
        return True
    one, two = _officers()
    if after and (after[0].strip(",.;:") in one or " ".join(after[:2]) in two):
        return True
    mt = APPOSED_BODY.match(text, end)
    return mt is not None and mt.group(1).split()[-1] in _body_heads()


# "officials at", "a spokesman for": people of a body before its letters ("officials at KNBS")
STAFF_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+(at|for)[ \t]+(?:the[ \t]+)?$")


def staff_before(text: str, start: int) -> bool:
    """People of a body stand right before position ``start``: a person noun (WordNet's
    ``role`` of ``person_nouns.jsonl``, singular or plural) before "at" ("officials at",
    "economists at"), or a body's speaker before "for" ("a spokeswoman for")."""
    mt = STAFF_BEFORE.search(text[max(0, start - 40) : start])
    if mt is None:
        return False
    word, prep = mt.group(1).lower(), mt.group(2)
    if prep == "for":
        return word in form_words("body_speaker")
    for form in (word, word.removesuffix("s")):
        rows = table_index("person_nouns.jsonl", "word").get(form) or ()
        if any(r.get("kind") == "role" for r in rows):
            return True
    return False


def _lower_elsewhere(text: str, word: str) -> bool:
    """The document also writes ``word`` in lower case, as a word of its own."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _of_country(name: str) -> bool:
    """A name of a body of a country: its words after its last "of" are a country the alias
    table knows ("Central Bank of Nigeria", "Bank of England"), which WordNet also lists as a
    word; no title-case phrase of a heading (session 41)."""
    at = name.rfind(" of ")
    if at < 0:
        return False
    alias = lookup_alias(name[at + 4 :].removeprefix("the "))
    return alias is not None and alias[1] == "GPE"


def _drops(text: str, group: list[Ent], english: frozenset[str]) -> bool:
    """One name's mentions name nothing (see the module docstring)."""
    spans = [text[e.start : e.end] for e in group]
    name = group[0].name
    plural = _plural_head(name)  # "Winter Heating Payments" typed a person: no one's name
    if (
        all(e.type == "ORG" or (plural and e.type == "PERSON") for e in group)
        and name in spans  # written out in the text, not a table's title
        and not _known(name, "ORG")
        and _abstract_name(name, english)
    ):
        return True  # with its short forms ("the Survey", a heading's "Labour")
    thing = _thing_name(name, english) if name in spans and " " in name else ""
    if (
        thing
        and all(e.type in ("ORG", "LOC") or (plural and e.type == "PERSON") for e in group)
        and not _known(name, "ORG")
        and not any(_acts(text, e, thing) for e in group)
    ):
        return True  # a plan, a meeting, a survey, a monsoon that nothing makes a body
    for e, span in zip(group, spans, strict=True):
        if e.type not in CHECKED or e.name.lower() != span.lower():
            return False  # a person, a nationality, or linked to a longer name
        if _known(span, e.type):
            return False
    first = spans[0]
    if ACRONYM.fullmatch(first) and all(s == first for s in spans):
        # letters that speak, or that an officer, the board or an apposition makes a body's
        # ("the PSA board", session 37), are no concept whatever WordNet says
        return is_concept_acronym(first) and not any(
            speaks(text, e) or body_evidence(text, e.start, e.end) for e in group
        )
    words = first.split()
    if len(words) == 1:
        if not all(s.isalpha() and s[0].isupper() for s in spans):
            return False
        if not is_common(first, english):
            return False
        if (
            thing_class(first.lower()) == "weather"
            and all(e.type in PLACE_TYPES for e in group)
            and not any(_acts(text, e, "weather") for e in group)
        ):
            # "after the Monsoon arrived" read as a place: weather wherever it stands; not a
            # body's or a team's name ("Bolt", "the Lightning": typed ORG) (session 36)
            return True
        if _lower_elsewhere(text, first):
            return True
        return all(no_case_evidence(text, e.start) for e in group)
    content = [w for w in words if w.lower() not in FUNCTION_WORDS]
    if not all(w.isalpha() and any(f in english for f in _forms(w.lower())) for w in content):
        return False
    if _of_country(first):
        return False  # "Central Bank of Nigeria" on a letterhead and a signature line (s41)
    if 2 * sum(is_common(w, english) for w in content) <= len(content):
        return False  # mostly words that also name something ("Labour", "Treasury")
    return all(
        headline(line, begin == 0) for begin, line in (line_around(text, e.start) for e in group)
    )


JOINS = (" and ", ", ", ", and ", " & ")


def listed_partner(text: str, e: Ent, ents: list[Ent]) -> bool:
    """``e``, typed ORG, is joined by "and", "&" or a comma to a name typed ORG right after it
    that the company table lists ("Ford and Toyota recalled", "Ford, Honda and Nissan"): a firm
    among firms, whatever common word its name also is (session 33)."""
    return e.type == "ORG" and any(
        o.type == "ORG"
        and e.end < o.start <= e.end + 6
        and text[e.end : o.start] in JOINS
        and lookup_company(text[o.start : o.end]) is not None
        for o in ents
    )


def common_words(text: str, ents: list[Ent], english: frozenset[str]) -> list[Ent]:
    """``ents`` without the names that are common words or concept acronyms (one decision per
    name, over all its mentions)."""
    groups: dict[str, list[Ent]] = {}
    for e in ents:
        groups.setdefault(e.name, []).append(e)
    # a word the text gives a person as surname is a name there, not a common word ("Dell said
    # it would cut jobs, and its founder, Michael Dell": the firm; session 37)
    surnames = {e.name.split()[-1] for e in ents if e.type == "PERSON" and " " in e.name}
    dropped = {
        name
        for name, group in groups.items()
        if name not in surnames
        and _drops(text, group, english)
        and not any(listed_partner(text, e, ents) for e in group)
    }
    return [e for e in ents if e.name not in dropped] if dropped else ents
