"""Find and repair entity spans: NER spans joined where NER broke them, cut at line breaks
and inner possessives, trimmed of determiners, title words and function words; datelines;
and the drop rules (kinds, offices, titles alone, heading spans title case made up).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefx.normalize.names import (
    dateline_name,
    entity_words,
    is_title_word,
    lookup_alias,
    lookup_department,
    lookup_person,
    place_first_words,
    place_kinds,
    postnominals,
    title_words,
)
from briefx.pipeline._util import text_of
from briefx.pipeline.entities.mention import (
    DETERMINERS,
    POSSESSIVES,
    Mention,
    mention_of,
    tokens_text,
)
from briefx.pipeline.entities.titles import country_abbr, titles_after, titles_before

# A place in capitals at a line start; several places joined by "/" ("GENEVA/PORT SUDAN") are
# each a dateline.
CAPS_PLACES = (
    r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:/[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})*)"
)
# A dateline without a date: the place before a comma, a dash ("--" too) or a bracket.
DATELINE = re.compile(rf"(?m)^{CAPS_PLACES}(?=,| ,| [–—-]{{1,2}} | \()")
# The place before a date the metadata stage read as a dateline ("LONDON 2026-03-14"): the
# forms of a wire date are known there only (metadata.NUMERIC_DATELINE), not again here.
PLACE_BEFORE_DATE = re.compile(rf"{CAPS_PLACES},?[ \t]+")

# Camel case ("SpaceX", "BlackRock") is no person's name; "McDonald", "DeSantis" are.
CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\w*[a-z][A-Z]")


# Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "dos",
                  "das", "le", "la", "bin", "ibn", "al", "ter", "ten", "zu"}  # fmt: skip


def merge_broken(doc: Doc) -> list[Span]:
    """Join entity spans NER broke in two.

    - a span that ends with "and"/"of"/"for" and the same-type span right after it ("the
      Holiday Activities and" + "Food Programme");
    - a PERSON that ends with, or is followed by, name particles and the capitalised word
      after them ("Ursula von der" + "Leyen", which the small model calls GPE).
    """
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        gap = doc[prev.end : ent.start] if prev is not None else None
        if (
            prev is not None
            and prev.end == ent.start
            and prev.label_ == ent.label_
            and prev[-1].lower_ in ("and", "of", "for", "&")
        ):
            out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)
        elif (
            prev is not None
            and gap is not None
            and prev.label_ == "PERSON"
            and len(gap) <= 3
            and (
                prev[-1].lower_ in NAME_PARTICLES or (len(gap) and gap[0].lower_ in NAME_PARTICLES)
            )
            and all(t.lower_ in NAME_PARTICLES for t in gap)
            and ent[0].is_title
            and len(ent) <= 2
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(_extend_particles(doc, ent))
    return out


def _extend_particles(doc: Doc, ent: Span) -> Span:
    """Extend a PERSON over trailing particles and the name word after them ("Ursula von" +
    "der Leyen" when NER tagged nothing after it)."""
    if ent.label_ != "PERSON":
        return ent
    j = ent.end
    while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and j - ent.end < 3:
        j += 1
    trailing = ent[-1].lower_ in NAME_PARTICLES
    if (j > ent.end or trailing) and j < len(doc) and doc[j].is_title and not doc[j].ent_type_:
        return Span(doc, ent.start, j + 1, label="PERSON")
    return ent


def repair(doc: Doc, ent: Span) -> list[Mention]:
    """Return the mentions one NER span stands for (none, one, or a split)."""
    tokens = list(ent)
    # Cut at a line break: keep the first non-blank line's part.
    parts: list[list[Token]] = [[]]
    for t in tokens:
        if "\n" in t.text:
            parts.append([])
        elif not t.is_space:
            parts[-1].append(t)
    tokens = next((p for p in parts if p), [])
    # Cut at an inner possessive ("DHS’s Federal Emergency Management Agency") and at a dash
    # with spaces around it, which no name holds ("SEOUL -- Samsung Electronics").
    pieces: list[list[Token]] = [[]]
    for t in tokens:
        spaced_dash = (
            t.text.strip("-–—") == ""
            and t.i > 0
            and bool(doc[t.i - 1].whitespace_)
            and bool(t.whitespace_)
        )
        if (t.lower_ in POSSESSIVES and pieces[-1]) or spaced_dash:
            pieces.append([])
        else:
            pieces[-1].append(t)
    out: list[Mention] = []
    for piece in pieces:
        out.extend(_trim(doc, piece, ent.label_))
    return out


def _trim(doc: Doc, tokens: list[Token], label: str) -> list[Mention]:
    extra: list[Mention] = []
    whole = text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])] if tokens else ""
    if tokens and tokens[0].lower_ in DETERMINERS and not lookup_alias(whole):
        tokens = tokens[1:]
    function = entity_words("function")
    while tokens and (
        tokens[-1].is_punct
        # a score or a time after a name: "Jannik Sinner 6-4" (names hold no digits)
        or (label == "PERSON" and re.fullmatch(r"[\d.:/–-]*\d[\d.:/–-]*", tokens[-1].text))
        or tokens[-1].lower_ in POSSESSIVES
        or tokens[-1].lower_ in function
        or (label == "ORG" and tokens[-1].lower_ in entity_words("strip_tail"))
    ):
        tokens = tokens[:-1]
    titled = False
    if label in ("PERSON", "ORG") and not lookup_department(tokens_text(doc, tokens)):
        heads, _ = title_words()
        k = 0
        while k < len(tokens) - 1 and (is_title_word(tokens[k].text) or country_abbr(tokens[k])):
            k += 1
        # An ORG loses its leading words only where they hold a title head ("President
        # Trump"), not "State" of "State Department" or "U.S." of "U.S. Agency for ...".
        if k and (label == "PERSON" or any(t.lower_ in heads for t in tokens[:k])):
            extra = [
                mention_of(doc, [t], "GPE", source="title") for t in tokens[:k] if country_abbr(t)
            ]
            tokens = tokens[k:]
            titled = True
            label = "PERSON"
    if label == "PERSON" and len(tokens) > 2 and tokens[-1].lower_ in postnominals():
        tokens = tokens[:-1]  # "Michael Gove MP"
    if label in ("PERSON", "ORG"):
        tokens, label = _after_portfolio(doc, tokens, label)
    if not tokens:
        return extra
    if all(is_title_word(t.text) for t in tokens):
        return extra  # "Defense" of "Defense Secretary", "Representatives"
    nxt = tokens[-1].i + 1
    if (
        len(tokens) > 1
        and nxt < len(doc)
        and f"{tokens[-1].lower_} {doc[nxt].lower_}" in entity_words("term")
    ):
        tokens = tokens[:-1]  # "EU State aid rules": "State aid" is a term
    if (
        len(tokens) == 2
        and tokens[1].lower_ == "government"
        and place_kinds().get(tokens[0].text) == "demonym"
    ):
        tokens, label = tokens[:1], "NORP"  # "the Scottish Government" -> NORP "Scottish"
    if label == "PERSON" and len(tokens) == 1 and CAMEL.search(tokens[0].text):
        label = "ORG"  # "SpaceX", "BlackRock": a person's name is not written in camel case
    # "J. Austin III" after "Lloyd": a name does not start with its middle initial.
    if label == "PERSON" and re.fullmatch(r"[A-Z]\.", tokens[0].text) and tokens[0].i > 0:
        prev = doc[tokens[0].i - 1]
        if prev.is_title and prev.is_alpha and not is_title_word(prev.text):
            tokens = [prev, *tokens]
    if label in ("EVENT", "PRODUCT", "FAC") and tokens[-1].lower_ in entity_words("programme"):
        label = "ORG"  # a named programme acts like an organisation
    m = mention_of(doc, tokens, label)
    m.titled = titled
    titles = titles_before(doc, tokens[0].i) if label in ("PERSON", "ORG", "NORP", "GPE") else []
    after = titles_after(doc, tokens[-1].i) if label in ("PERSON", "ORG") else []
    if after and label == "ORG" and len(tokens) > 1:
        after = []  # "Acme Corp., the maker ...": an appositive title needs a person's name
    titles += after
    if titles:
        m.titles = titles
        m.titled = True
    if m.titled and label in ("ORG", "GPE", "NORP", "PRODUCT", "FAC") and not lookup_alias(m.text):
        m.label = "PERSON"
    return [*extra, m]


def _after_portfolio(doc: Doc, tokens: list[Token], label: str) -> tuple[list[Token], str]:
    """Cut the portfolio off a name NER joined to it: "Commissioner for Energy Kadri Simson"
    gives "Energy Kadri Simson"; the name is the last two words (with initials and a suffix)."""
    i = tokens[0].i if tokens else 0
    heads, _ = title_words()
    if len(tokens) < 3 or i < 2 or doc[i - 1].lower_ not in ("for", "of"):
        return tokens, label
    if doc[i - 2].lower_ not in heads:
        return tokens, label
    k = len(tokens) - 1
    if tokens[k].lower_.rstrip(".") in ("jr", "sr", "ii", "iii", "iv"):
        k -= 1
    j = k - 1
    while j > 0 and re.fullmatch(r"[A-Z]\.", tokens[j].text):
        j -= 1
    name = tokens[j:]
    if j < 1 or not all(t.is_title and t.is_alpha for t in (tokens[j], tokens[k])):
        return tokens, label
    return name, "PERSON"


def datelines(
    doc: Doc, english: frozenset[str] = frozenset()
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Return the datelines (GPE mentions) and the char spans of line labels in their place
    ("SOCCER - ...": no entity at all)."""
    out = []
    labels: list[tuple[int, int]] = []
    for line_start, line_end in dateline_spans(doc):
        start = line_start
        for part in text_of(doc)[line_start:line_end].split("/"):
            span = doc.char_span(start, start + len(part), alignment_mode="expand")
            start += len(part) + 1
            if span is None or sum(c.isalpha() for c in part) < 4:
                continue
            name = dateline_name(part)
            rest = line_of(text_of(doc), line_end)
            # "GOLF - LEADING SCORES ...": a word before a dash and a headline in capitals
            headline = bool(re.match(r" [–—-]{1,2} .*[A-Z]{2}", rest)) and not any(
                c.islower() for c in rest
            )
            if (
                (" " not in part or headline)
                and all(w in english for w in part.lower().split())
                and not lookup_alias(part)
                and (name not in place_first_words() or (headline and not place_kinds().get(name)))
            ):
                labels.append((start - len(part) - 1, start - 1))
                continue  # "SOCCER - ...", "GOLF - LEADING SCORES": a label in English words
            m = mention_of(doc, list(span), "GPE", source="dateline")
            m.name = name
            out.append(m)
    return out, labels


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Return the char spans of the datelines' places in text order: a place in capitals before
    a comma, a dash or a bracket, and the place before each date that the metadata stage
    recorded as a dateline (``DocMeta.datelines``)."""
    text = text_of(doc)
    found = {m.start(1): m.end(1) for m in DATELINE.finditer(text)}
    meta = doc._.briefx_meta
    for date_start, _iso in meta.datelines if meta else []:
        line_start = text.rfind("\n", 0, date_start) + 1
        m = PLACE_BEFORE_DATE.fullmatch(text, line_start, date_start)
        if m:
            found.setdefault(m.start(1), m.end(1))
    return sorted(found.items())


def line_of(text: str, i: int) -> str:
    """Return the rest of the line from char i."""
    end = text.find("\n", i)
    return text[i : end if end >= 0 else len(text)]


def keep(doc: Doc, m: Mention, not_entities: set[str]) -> bool:
    text = m.text
    words = text.split()
    heads, _ = title_words()
    if not any(c.isupper() for c in text):
        return False  # "mm"
    if text in not_entities or text in entity_words("not_entity"):
        return False
    if m.source == "dateline" or lookup_alias(text):
        return True
    if len(words) == 1 and text.lower() in entity_words("direction"):
        return False
    if m.label == "LAW" and not any(w.lower() in entity_words("law_word") for w in words):
        return False
    nxt = m.last_token + 1
    if m.label in ("ORG", "FAC") and m.first_token > 0:
        before = doc[m.first_token - 1].lower_
        followed_by_noun = nxt < len(doc) and doc[nxt].is_lower and doc[nxt].pos_ == "NOUN"
        if before in ("a", "an") and not followed_by_noun:
            return False  # "a Disaster Recovery Center": a kind, not a name
    if m.label != "PERSON" and len(words) > 1 and words[-1].lower() in heads:
        return False  # "Federal Disaster Recovery Coordinator": an office
    if m.label in ("ORG", "PERSON") and len(words) > 1 and _generic_plural(doc, m):
        return False  # "Assistance Teams"
    if nxt < len(doc) and doc[nxt].lower_ in heads and m.label in ("ORG", "PERSON"):
        prev = doc[m.first_token - 1] if m.first_token > 0 else None
        if len(words) == 1 and prev is not None and is_title_word(prev.text):
            # "Chief Cabinet Secretary": a word between title words is part of the title
            return bool(text.isupper() or lookup_person(text))
        last = doc[m.last_token]
        if m.label == "ORG" and (last.tag_ in ("JJ", "VBG", "VBN") or last.lower_.endswith("ing")):
            return False  # "Federal Coordinating" of "Federal Coordinating Officer"
    # "Defense" in "Defense Secretary Pete Hegseth"; a lower-case title after a name is no part
    # of it: "Apple chief executive Tim Cook" keeps "Apple"
    return not (
        m.label == "ORG"
        and len(words) == 1
        and nxt < len(doc)
        and doc[nxt].lower_ in heads
        and not doc[nxt].is_lower
    )


def heading_filter(mentions: list[Mention]) -> list[Mention]:
    """Drop heading spans that title case made up: unsupported multi-word or PERSON spans."""
    body = {m.text for m in mentions if not m.in_heading}
    body |= {
        w for m in mentions if not m.in_heading and m.label == "PERSON" for w in m.text.split()
    }
    kept = []
    for m in mentions:
        supported = m.text in body or lookup_alias(m.text) or m.source != "ner"
        if m.in_heading and not supported and (m.label == "PERSON" or len(m.text.split()) > 1):
            continue
        kept.append(m)
    return kept


def names_a_kind(doc: Doc, first: int, last: int) -> bool:
    """True where tokens first..last name a kind of thing, many of them, not one body: the
    head noun is a plural of a kind word ("Assistance Teams", "Mobile Medical Units",
    "Community Recovery Centers"; the table ``kind_plural``). Used for NER spans and for the
    expansions of acronyms ("Disaster Survivor Assistance Teams (DSATs)")."""
    head = doc[last]
    text = text_of(doc)[doc[first].idx : head.idx + len(head)]
    word = head.lower_
    # by form, not by tag: the tagger reads "Units" of a capitalised name as a singular NNP
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else ""
    return last > first and singular in entity_words("kind_plural") and not lookup_alias(text)


def _generic_plural(doc: Doc, m: Mention) -> bool:
    """A plural kind noun ends the span: "Assistance Teams" names a kind, not one body."""
    return names_a_kind(doc, m.first_token, m.last_token)
