"""Find and repair entity spans: NER spans joined where NER broke them, cut at line breaks,
full stops and inner possessives (not a plural common noun's inside a body's name, "People's
Party"), trimmed of determiners, title words and function words; datelines;
and the drop rules (kinds, offices, titles alone, heading spans title case made up).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS as STOPWORDS
from spacy.tokens import Doc, Span, Token

from briefx.normalize.dates.lexicon import WEEKDAYS
from briefx.normalize.names import (
    REGNAL,
    body_words,
    company_tails,
    dateline_name,
    entity_words,
    fac_heads,
    is_title_word,
    legal_form_words,
    lookup_alias,
    lookup_department,
    lookup_person,
    marked_style,
    org_heads,
    person_noun,
    person_styles,
    place_first_words,
    place_kinds,
    place_pop,
    postnominals,
    style_words,
    title_words,
)
from briefx.pipeline._util import Intervals, overlaps, text_of
from briefx.pipeline.coref.generic_heads import body_form
from briefx.pipeline.coref.variants import SENTENCE_OPEN, lead_word
from briefx.pipeline.entities.forms import form_words, is_legal_form
from briefx.pipeline.entities.mention import (
    DETERMINERS,
    POSSESSIVES,
    Mention,
    capital_lines,
    mention_of,
    replace_overlapped,
    tokens_text,
)
from briefx.pipeline.entities.titles import country_abbr, titles_after, titles_before
from briefx.resources import table_index

# A place in capitals at a line start; several places joined by "/" ("GENEVA/PORT SUDAN") are
# each a dateline.
CAPS_PLACES = (
    r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:/[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})*)"
)
# A dateline without a date: the place before a comma, a dash ("--" too) or a bracket. After a
# dateline's comma comes a region, a date or the dash ("LIMA, Peru", "LIMA, March 4"), never a
# lower-case word: "MMG, which operates the mine" opens a sentence with a company.
DATELINE = re.compile(rf"(?m)^{CAPS_PLACES}(?=,(?![ \t]+[a-z])| ,| [–—-]{{1,2}} | \()")
# The place before a date the metadata stage read as a dateline ("LONDON 2026-03-14"): the
# forms of a wire date are known there only (metadata.NUMERIC_DATELINE), not again here.
PLACE_BEFORE_DATE = re.compile(rf"{CAPS_PLACES},?[ \t]+")

# Camel case ("SpaceX", "BlackRock") is no person's name; "McDonald", "DeSantis" are.
CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\w*[a-z][A-Z]")


# Lower-case particles inside personal names ("Ursula von der Leyen", "Charles de Gaulle").
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "dos",
                  "das", "le", "la", "bin", "ibn", "al", "ter", "ten", "zu"}  # fmt: skip


# a dateline's date: a span NER labels so that runs across a spaced dash into a name (a number
# before a dash opens a results line, "9 - Ange-Yoan Bonny (Parma)", and is left alone)
NOT_NAME_LABELS = {"DATE"}
DASHES = {"-", "–", "—", "--"}


def reread_after_dash(
    doc: Doc,
    ents: list[Span],
    ner: Callable[[str], list[tuple[int, int, str]]] | None,
    english: frozenset[str] = frozenset(),
) -> list[Span]:
    """Re-read the words after a dateline's dash that NER ran a date into or left untagged
    ("LONDON, April 10 - The Competition and Markets Authority fined ...": one DATE to
    "Authority"; "WASHINGTON, June 19 - The Food and Drug Administration approved": nothing):
    a span of a label that names nothing (a date, a number) is cut before its spaced dash, and
    the names ``ner`` finds in the rest of the line, read alone, are added up to NER's next
    span ("The Boston Celtics beat the Cleveland Cavaliers 112-104": both teams, where NER in
    context found neither).
    One English word alone is no name read so ("Monsoon rains have killed ..."). ``ner`` maps
    a text to its (start, end, label) spans; None (a blank pipeline): nothing changes.
    Session 16."""
    if ner is None:
        return ents
    text = text_of(doc)
    out: list[Span] = []
    for k, ent in enumerate(ents):
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if ent.label_ not in NOT_NAME_LABELS:
            out.append(ent)
            continue
        dash = next((t for t in ent[1:-1] if _spaced_dash(doc, t.i)), None)
        if dash is not None:
            out.append(Span(doc, ent.start, dash.i, label=ent.label_))
        elif ent.end + 1 < len(doc) and _spaced_dash(doc, ent.end):
            dash = doc[ent.end]
            out.append(ent)
            if nxt is not None and nxt.start == dash.i + 1:
                continue  # NER tagged it
        else:
            out.append(ent)
            continue
        start = doc[dash.i + 1].idx
        line_end = text.find("\n", start)
        end = min(line_end if line_end >= 0 else len(text), start + 400)
        limit = nxt.start_char if nxt is not None else len(text)
        for s, e, label in ner(text[start:end]):
            span = doc.char_span(start + s, start + e, label=label)
            if span is None or span.end_char > limit:
                continue
            words = [t for t in span if t.lower_ not in DETERMINERS]
            if len(words) == 1 and words[0].lower_ in english:
                continue  # "Monsoon" of "Monsoon rains have killed ...": a word, no name
            out.append(span)
    return out


def _spaced_dash(doc: Doc, i: int) -> bool:
    """True where token i is a dash with spaces around it and a capitalised word after it."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text in DASHES
        and bool(doc[i].whitespace_)
        and bool(doc[i - 1].whitespace_)
        and doc[i + 1].is_title
    )


def merge_broken(doc: Doc, english: frozenset[str] = frozenset()) -> list[Span]:
    """Join entity spans NER broke in two.

    - a span that ends with "and"/"of"/"for" and the same-type span right after it ("the
      Holiday Activities and" + "Food Programme");
    - a span that ends with a plural common noun, its possessive and the ORG after it, where
      the whole is one body's name ("Women" + "'s" + "Tennis Association");
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
            and ent.label_ == "ORG"
            and len(gap) == 1
            and gap[0].lower_ in POSSESSIVES
            and _body_owner(prev[-1], ent, english)
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")
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
    ent = _extend_hyphen(doc, ent)
    if ent.start > 0 and re.fullmatch(r"[A-Z]\.", doc[ent.start - 1].text):
        ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "T." + "Bavuma"
    j = ent.end
    while j < len(doc) and doc[j].lower_ in NAME_PARTICLES and j - ent.end < 3:
        j += 1
    trailing = ent[-1].lower_ in NAME_PARTICLES
    if (j > ent.end or trailing) and j < len(doc) and doc[j].is_title and not doc[j].ent_type_:
        return Span(doc, ent.start, j + 1, label="PERSON")
    return ent


def _extend_hyphen(doc: Doc, ent: Span) -> Span:
    """Extend a PERSON over the part of its last word NER cut at a hyphen ("Kim Min" +
    "-seok", "Jun Young" + "-hyun"): a hyphen and a word glued to it, no space around."""
    j = ent.end
    if (
        j + 1 < len(doc)
        and doc[j].text in ("-", "‐")
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and doc[j + 1].is_alpha
        and not doc[j + 1].ent_type_
    ):
        return Span(doc, ent.start, j + 2, label="PERSON")
    return ent


def repair(doc: Doc, ent: Span, english: frozenset[str] = frozenset()) -> list[Mention]:
    """Return the mentions one NER span stands for (none, one, or a split).

    english (frozenset[str]): English words in lower case (empty on a blank pipeline): a title
    word NER put inside an ORG before common words is part of its name ("General Motors").
    """
    tokens = list(ent)
    if ent.label_ == "ORG" and _name_possessive(doc, ent.end):
        tokens.append(doc[ent.end])  # "M&M" + "'s and Snickers": the brand is "M&M's"
    # Cut at a line break: keep the first non-blank line's part.
    parts: list[list[Token]] = [[]]
    for t in tokens:
        if "\n" in t.text:
            parts.append([])
        elif not t.is_space:
            parts[-1].append(t)
    tokens = next((p for p in parts if p), [])
    # Cut at an inner possessive ("DHS’s Federal Emergency Management Agency"), at a dash
    # with spaces around it, which no name holds ("SEOUL -- Samsung Electronics"), and at a
    # sentence's stop (session 8: "at El Teniente. Glencore said").
    pieces: list[list[Token]] = [[]]
    for t in tokens:
        spaced_dash = (
            t.text.strip("-–—") == ""
            and t.i > 0
            and bool(doc[t.i - 1].whitespace_)
            and bool(t.whitespace_)
        )
        stop = t.text in (".", "!", "?") and bool(pieces[-1]) and bool(t.whitespace_)
        # an opening bracket ends a name: what it holds is another ("Party for Freedom (PVV";
        # session 25)
        bracket = t.text in ("(", "[") and bool(pieces[-1])
        if bracket or _hyphen_cut(t, tokens):
            pieces.append([])
            continue
        if t.i > tokens[0].i and _hyphen_cut(doc[t.i - 1], tokens) and t.is_lower:
            continue  # "China-based ByteDance": "based" belongs to neither name
        if (
            (
                t.lower_ in POSSESSIVES
                and pieces[-1]
                and not _group_possessive(t, tokens, english)
                and not (t is tokens[-1] and ent.label_ == "ORG" and _name_possessive(doc, t.i))
            )
            or spaced_dash
            or stop
        ):
            pieces.append([])  # a full stop NER ran over ends a name ("El Teniente. Glencore")
        else:
            pieces[-1].append(t)
            if _legal_form_stop(t, tokens):
                pieces.append([])  # "Hartwell Securities Inc. Fed Chairman ...": a new sentence
    out: list[Mention] = []
    split = any(_hyphen_cut(t, tokens) for t in tokens)  # "Asia-Europe", "China-based X"
    for piece in pieces:
        if not piece:
            continue
        label = ent.label_
        if split and _place_piece(piece):
            label = "GPE" if lookup_alias(tokens_text(doc, piece)) else "LOC"
        if len(piece) > 3 and piece[-1].lower_ in fac_heads() and _saint_place(piece):
            label = "FAC"  # "St. Peter's Square", "St Mark's Basilica": a saint's site
        at, kind = _of_split(doc, piece) if label == "PERSON" else (0, "")
        if at:  # "Aryna Sabalenka of Belarus", "Klaas van der Meer of Rabobank": two mentions
            out.extend(_trim(doc, piece[:at], "PERSON", english))
            if kind == "country":
                out.append(mention_of(doc, piece[at + 1 :], "GPE"))
            else:  # "the Chennai Port Trust": no "the"
                out.extend(_trim(doc, piece[at + 1 :], kind, english))
            continue
        trimmed = _trim(doc, piece, label, english)
        if trimmed and _legal_form_stop(piece[-1], tokens) and trimmed[-1].end == _end(piece):
            m = trimmed[-1]  # "at Hartwell Securities Inc. Fed ...": the stop is the sentence's
            m.end -= 1
            m.text = m.text[:-1]
        out.extend(trimmed)
    return out


def _end(piece: list[Token]) -> int:
    return piece[-1].idx + len(piece[-1])


def _hyphen_cut(t: Token, tokens: list[Token]) -> bool:
    """``t`` is a hyphen glued between two names of places the span joins ("Asia-Europe",
    "China-India": two places; a place the tables know whole, "Guinea-Bissau", stays) or
    between a capitalised name and a lower-case word ("China-based ByteDance", "Paris-listed
    Vexor": a modifier made of a name; session 25)."""
    if t.text != "-" or t.i <= tokens[0].i or t.i >= tokens[-1].i:
        return False
    doc = t.doc
    before, after = doc[t.i - 1], doc[t.i + 1]
    if before.whitespace_ or t.whitespace_ or not before.text[:1].isupper():
        return False
    if after.is_lower and after.is_alpha:
        return after.i < tokens[-1].i  # a name follows the modifier
    whole = text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    if lookup_alias(whole) or place_pop(whole) >= 0:
        return False
    return _place_piece([before]) and _place_piece([after])


def _place_piece(piece: list[Token]) -> bool:
    """A country the alias table knows, or a continent or world region (CLDR)."""
    name = tokens_text(piece[0].doc, piece)
    alias = lookup_alias(name)
    return (alias is not None and alias[1] == "GPE") or bool(
        table_index("world_regions.jsonl", "name").get(name)
    )


def _legal_form_stop(t: Token, tokens: list[Token]) -> bool:
    """``t`` is a legal form with its full stop ("Inc.", "Corp.", "Ltd.") followed inside the span
    by a capitalised word: the stop ends the sentence as well as the name (session 25)."""
    if not (t.text.endswith(".") and t.whitespace_ and is_legal_form(t)):
        return False
    nxt = t.i + 1
    return nxt <= tokens[-1].i and t.doc[nxt].text[:1].isupper()


# words after a name's "'s" that show it owns nothing: the "'s" is the name's own ("at
# Sotheby's on Tuesday", "sold at Christie's in 2017", "M&M's and Snickers")
OWNS_NOTHING = frozenset(
    {
        "on",
        "in",
        "at",
        "for",
        "with",
        "from",
        "to",
        "by",
        "since",
        "after",
        "before",
        "during",
        "and",
        "or",
        "said",
        "says",
    }
)


def _name_possessive(doc: Doc, i: int) -> bool:
    """True where the token ``i`` is an "'s" that closes a firm's name: a capitalised name, not
    a place or alias of the tables nor a known person, comes before it, and what follows is a
    comma, a full stop or a preposition, conjunction or verb of saying with a space after it, so
    it owns no noun ("auctioned at Sotheby's on Tuesday", "Christie's said", "M&M's and
    Snickers"); not a possessive of a list ("Apple's and Google's stores", "Tesla's, GM's"), nor
    "Apple's in-house chips". Session 24."""
    if i < 1 or i + 1 >= len(doc) or doc[i].lower_ not in ("'s", "’s") or doc[i - 1].whitespace_:
        return False
    owner, nxt = doc[i - 1], doc[i + 1]
    if not owner.text[:1].isupper() or (owner.text.isupper() and len(owner) > 4):
        return False
    if lookup_alias(owner.text) or place_kinds().get(owner.text) or place_pop(owner.text) >= 0:
        return False
    if lookup_person(owner.text):
        return False
    if doc[i].whitespace_ == "":
        return nxt.text in (",", ".", ";") and _no_possessive_list(doc, i + 2)
    if nxt.lower_ not in OWNS_NOTHING or not nxt.whitespace_:
        return False
    return _no_possessive_list(doc, i + 2)


def _no_possessive_list(doc: Doc, k: int) -> bool:
    """True unless a name and its possessive come next ("Apple's and Google's")."""
    for j in range(k, min(k + 4, len(doc) - 1)):
        if doc[j].lower_ in ("'s", "’s"):
            return False
        if doc[j].is_punct or not doc[j].text[:1].isupper():
            return True
    return True


def _saint_place(piece: list[Token]) -> bool:
    """True where a saint's possessive is inside the piece ("St. Peter's Square")."""
    return any(
        t.lower_ in POSSESSIVES and 1 < k < len(piece) - 1 and _saint(piece[k - 1], piece[k + 1 :])
        for k, t in enumerate(piece)
    )


def _group_possessive(t: Token, tokens: list[Token], english: frozenset[str]) -> bool:
    """True where the possessive ``t`` is inside one body's name (session 8); see
    ``_body_owner``."""
    k = tokens.index(t)
    return _body_owner(tokens[k - 1], tokens[k + 1 :], english)


def _body_owner(owner: Token, rest: list[Token] | Span, english: frozenset[str]) -> bool:
    """True where a capitalised plural common noun owns the capitalised words after it and they
    end with a body's head word (``org_head`` and ``body_word``): one name ("People's Party",
    "Women's Tennis Association", "Workers' Party"). "DHS's FEMA", "Russia's Defence Ministry",
    "Apple's iPhone" stay apart: their owner is a name, not a common noun. An office's holder
    owns one too (session 11): a title word before the possessive ("Information
    Commissioner's Office", "Attorney General's Office", "Prime Minister's Office")."""
    low = owner.lower_
    if _saint(owner, rest):
        return True
    heads = form_words("org_head") | form_words("body_word")
    if owner.is_title and is_title_word(owner.text) and len(rest) and rest[-1].lower_ in heads:
        return all(r.is_title for r in rest)
    irregular = ("people", "women", "men", "children")
    if not owner.is_title or not len(rest) or not (low.endswith("s") or low in irregular):
        return False
    if not (low in irregular or low[:-1] in english or low.removesuffix("'") in english):
        return False  # a plural common noun, not a name ("Humphreys'")
    return all(r.is_title or r.lower_ in ("of", "and") for r in rest) and rest[-1].lower_ in heads


# a saint's title before a name ("St James' Park", "St. Peter's Square", "Saint Mary's Hospital")
SAINT_TITLES = frozenset({"st", "st.", "saint", "ste", "ste.", "san", "sankt"})


def _saint(owner: Token, rest: list[Token] | Span) -> bool:
    """True where the possessive follows a saint's name ("St" or "Saint" and a capitalised name)
    and capitalised words follow it, none a title: a place named after its saint keeps the
    possessive inside ("St James' Park", "St. Peter's Square", "St Thomas' Hospital"); not
    "St. Louis' Mayor Ann Roe" (a title word after it). Session 24."""
    if owner.i == 0 or not owner.is_title or not len(rest):
        return False
    if owner.doc[owner.i - 1].lower_ not in SAINT_TITLES:
        return False
    return all(r.is_title and not is_title_word(r.text) for r in rest)


def _of_split(doc: Doc, tokens: list[Token]) -> tuple[int, str]:
    """Where a PERSON span "Given Surname of X" that NER ran on should split: the index of "of"
    and what follows it, or (0, "") where it should not. A country ("Jomo Ruto of Kenya":
    "country") is read first, at any "of" with two words or more before it; then the body or
    town the person speaks for ("Klaas van der Meer of Rabobank": "ORG", "Ana Ruiz of Porto":
    "GPE"): capitalised words after "of", but not a royal or noble style, which has a regnal
    number before "of" ("Abdullah II of Jordan"; ``names.surname``), nor a person the tables
    know whole."""
    for k, t in enumerate(tokens):
        if t.lower_ == "of" and k >= 2:
            rest = tokens_text(doc, tokens[k + 1 :])
            alias = lookup_alias(rest)
            if place_kinds().get(rest) == "country" or (alias and alias[1] == "GPE"):
                return k, "country"
    for k, t in enumerate(tokens):
        if t.lower_ != "of" or k < 2 or k == len(tokens) - 1:
            continue
        if REGNAL.fullmatch(tokens[k - 1].text) or lookup_person(tokens_text(doc, tokens)):
            return 0, ""
        if all(r.is_title or r.lower_ in ("the", "of", "and", "for") for r in tokens[k + 1 :]):
            body = tokens_text(doc, tokens[k + 1 :])
            return k, "GPE" if place_pop(body) >= 0 else "ORG"
    return 0, ""


def _title_in_name(tokens: list[Token], english: frozenset[str]) -> bool:
    """True where the words after an ORG's leading title words are all common English words
    and no known person's surname: the title word is part of the name ("General Motors",
    "Premier League", "Chief Executives Board"), not a title before a name ("President Macron",
    "Defense Secretary Pete Hegseth")."""
    words = [t for t in tokens if t.is_alpha]
    return bool(english and words) and all(
        (t.lower_ in english or t.lower_.removesuffix("s") in english) and not lookup_person(t.text)
        for t in words
    )


def _trim(
    doc: Doc, tokens: list[Token], label: str, english: frozenset[str] = frozenset()
) -> list[Mention]:
    extra: list[Mention] = []
    whole = text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])] if tokens else ""
    if tokens and tokens[0].lower_ in DETERMINERS and not lookup_alias(whole):
        tokens = tokens[1:]
    function = entity_words("function")
    while tokens and (
        tokens[-1].is_punct
        # a score or a time after a name: "Jannik Sinner 6-4" (names hold no digits)
        or (label == "PERSON" and re.fullmatch(r"[\d.:/–-]*\d[\d.:/–-]*", tokens[-1].text))
        or (
            tokens[-1].lower_ in POSSESSIVES
            and not (label == "ORG" and _name_possessive(doc, tokens[-1].i))
        )
        or tokens[-1].lower_ in function
        or (label == "ORG" and tokens[-1].lower_ in entity_words("strip_tail"))
    ):
        tokens = tokens[:-1]
    tokens = _without_common_tail(doc, tokens)
    titled = False
    if label in ("PERSON", "ORG") and not lookup_department(tokens_text(doc, tokens)):
        heads, _ = title_words()
        k = 0
        while k < len(tokens) - 1 and (is_title_word(tokens[k].text) or country_abbr(tokens[k])):
            k += 1
        # An ORG loses its leading words only where they hold a title head ("President
        # Trump"), not "State" of "State Department" or "U.S." of "U.S. Agency for ...".
        if label == "ORG" and k and _title_in_name(tokens[k:], english):
            k = 0
        if k and (label == "PERSON" or any(t.lower_ in heads for t in tokens[:k])):
            extra = [
                mention_of(doc, [t], "GPE", source="title") for t in tokens[:k] if country_abbr(t)
            ]
            tokens = tokens[k:]
            titled = True
            label = "PERSON"
    styled: list[Token] = []
    if label in ("PERSON", "ORG", "FAC") and len(tokens) > 1 and not titled:
        k = style_lead(tokens, label, english)
        if k:  # "Ms Jane Roe", "Taoiseach Jane Roe", "Welshman Rhys Roe" (session 28)
            styled, tokens, label, titled = tokens[:k], tokens[k:], "PERSON", True
            for t in styled:
                if t.lower_ in person_styles("demonym"):
                    extra.append(mention_of(doc, [t], "NORP"))
    if label == "PERSON" and len(tokens) > 1 and not titled:
        words = [t.text for t in tokens]
        lead = lead_word(text_of(doc), tokens[0].idx, words, english, "ner")
        if lead == "NORP":  # "Croatian Goran Ivanisevic": a demonym, then the person
            extra.append(mention_of(doc, tokens[:1], "NORP"))
        if lead:
            tokens = tokens[1:]  # "Opener Saeed Anwar", "Lawyer Jane Roe" (session 25)
    if label == "PERSON" and len(tokens) > 2 and tokens[-1].lower_ in postnominals():
        tokens = tokens[:-1]  # "Michael Gove MP"
    if label in ("PERSON", "ORG"):
        tokens, label = _after_portfolio(doc, tokens, label)
    if not tokens:
        return extra
    if all(is_title_word(t.text) for t in tokens):
        return extra  # "Defense" of "Defense Secretary", "Representatives"
    if label in ("PERSON", "ORG", "NORP", "GPE") and lone_style(doc, tokens):
        return extra  # "Datuk Seri" NER parted from "Anwar Ibrahim" (session 36)
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
    style = " ".join(t.text for t in styled if t.lower_ not in person_styles("demonym"))
    if style and not titles:
        titles = [style]  # the title the span's start held feeds the person's ("Taoiseach")
    if titles:
        m.titles = titles
        m.titled = True
    if m.titled and label in ("ORG", "GPE", "NORP", "PRODUCT", "FAC") and not lookup_alias(m.text):
        m.label = "PERSON"
    return [*extra, m]


def style_lead(tokens: list[Token] | Span, label: str, english: frozenset[str]) -> int:
    """How many of a name's first words are a style of address, a title, a person's role or a
    demonym before the name, no part of it (ANNOTATION.md: titles stay outside a PERSON span):
    "Ms Priya Raman", "Shri Rakesh Verma", "Taoiseach Declan Moran", "Midfielder Tiago Ferreira",
    "Welshman Rhys Pritchard" (session 28, spans12). The words: ``person_styles.jsonl``
    (WordNet's forms of address, nameparser's titles, WordNet's demonyms), a personal title's
    head or a noun WordNet files first under people (``names.person_noun``), a sport's role
    (``entity_forms.jsonl`` kind ``sport_role``); a word capitalised, no given name ("Sultan",
    "Lady"), and, for a
    role noun, no surname WordNet knows ("Baker", "Cook") and the sentence's first word; no
    saint's title.

    The rest must read as a person's name: two capitalised words or more with no body's or
    facility's word ("Shri Ram College", "Dame Street" stay) nor a surname's particle first
    ("Sultan Al Jaber": the word before is a given name), or one word English does not know
    ("Empress Akiko"; "Lady Gaga", "Lord Sugar" stay whole); for a span NER typed ORG or FAC, a
    given name next ("Shri Rakesh Verma" typed ORG is a person)."""
    given = table_index("given_names.jsonl", "name")
    people = table_index("person_nouns.jsonl", "word")
    styles, demonyms = person_styles("style"), person_styles("demonym")
    k = 0
    while k < len(tokens) - 1:
        t = tokens[k]
        n = _written_style(tokens, k)
        if n:  # "Tan Sri", "Datuk Seri", "Dato'", "H.E.": a given name's word ("Tan") or not
            k += n
            continue
        low = t.lower_.rstrip(".")
        # a given name ("Sultan Al Jaber", "Don Jenkins"); a saint's title, which the names of
        # the places, clubs and firms named after a saint keep ("St Mirren", "Saint Laurent")
        if not (t.text[:1].isupper() and low.isalpha()) or given.get(t.text) or low in SAINT_TITLES:
            break
        if low in styles or (low in demonyms and label == "PERSON"):
            k += 1
            continue
        surname = any(r["kind"] == "surname" for r in people.get(low, ()))
        # a role noun only where it opens a sentence ("Midfielder Tiago Ferreira scored");
        # mid-sentence a capitalised common word may be the name's (session 25's rule)
        opens = SENTENCE_OPEN.search(text_of(t.doc), max(0, t.idx - 3), t.idx) is not None
        if (person_noun(low) or low in form_words("sport_role")) and not surname and opens:
            k += 1
            continue
        break
    rest = list(tokens[k:])
    if not k or not rest or not all(t.is_title and t.is_alpha for t in rest):
        return 0
    if rest[0].lower_ in NAME_PARTICLES:
        return 0  # "Sultan Al Jaber": a surname with its particle after a given name
    kinds = body_words() | fac_heads() | org_heads()
    if any(t.lower_ in kinds for t in rest):
        return 0
    if len(rest) == 1 and rest[0].lower_ in english:
        return 0
    if label != "PERSON" and not given.get(rest[0].text):
        return 0
    return k


def _written_style(tokens: list[Token] | Span, k: int) -> int:
    """How many tokens from the k-th a style of two words, or one written with its apostrophe
    or its dots, takes: "Tan Sri", "Datuk Seri" (2), "Dato'" ("Dato", "'": 2), "Dato' Seri" (3),
    "H.E." (1); 0 for none and for a plain word of one ("Ms", "Datuk"), which ``style_lead``
    weighs with the rest (a given name breaks it there). Session 36 (foreign23)."""
    t = tokens[k]
    doc = t.doc
    end = tokens[-1].idx + len(tokens[-1])
    if end <= t.idx:
        return 0
    words = text_of(doc)[t.idx : end].split()[:2]
    n = marked_style(words)
    if not n:
        return 0
    stop = t.idx + sum(len(w) for w in words[:n]) + n - 1  # the words' end (one space apart)
    taken = 0
    while k + taken < len(tokens) and tokens[k + taken].idx < stop:
        taken += 1
    return taken


def lone_style(doc: Doc, tokens: list[Token]) -> bool:
    """Whether a mention is only a style of address before a capitalised word, "Datuk Seri" or
    "Dato" (of "Dato' Aziz") where NER split the style from the name after it (session 36)."""
    start, last = tokens[0], tokens[-1]
    j = last.i + 1
    if j < len(doc) and doc[j].text in ("'", "\u2019") and not last.whitespace_:
        j += 1  # "Dato" + "'": the style's elided end
    if j >= len(doc) or not (doc[j].is_title and doc[j].is_alpha):
        return False
    words = text_of(doc)[start.idx : doc[j - 1].idx + len(doc[j - 1])].split()
    return style_words(words) == len(words) and not all(t.is_lower for t in tokens)


def _without_common_tail(doc: Doc, tokens: list[Token]) -> list[Token]:
    """Cut lower-case words off the end of a name: "Interfax news agency", "Xinhua news",
    "the Hudson river" (ANNOTATION.md: a lower-case generic word after a name stays outside
    the span). A word glued to the one before it ("Jong-un") and a name particle stay; a span
    with no capitalised word before them ("euro area") is left as it is."""
    k = len(tokens)
    while k > 1:
        t = tokens[k - 1]
        glued = t.i > 0 and not doc[t.i - 1].whitespace_
        if not (t.is_lower and t.is_alpha) or glued or t.lower_ in NAME_PARTICLES:
            break
        if k == len(tokens) and is_legal_form(t):
            break  # "Marlow-Quince plc": a legal form is part of the company's name
        k -= 1
    if k < len(tokens) and any(t.text[:1].isupper() for t in tokens[:k]):
        return tokens[:k]
    return tokens


def _after_portfolio(doc: Doc, tokens: list[Token], label: str) -> tuple[list[Token], str]:
    """Cut the portfolio off a name NER joined to it: "Commissioner for Energy Kadri Simson"
    gives "Energy Kadri Simson"; the name is the last two words (with initials and a suffix).
    A span the gazetteer holds whole is the office's place, not a name ("the mayor of Ho Chi
    Minh City", "the governor of Baja California Sur"; session 24)."""
    i = tokens[0].i if tokens else 0
    heads, _ = title_words()
    if len(tokens) < 3 or i < 2 or doc[i - 1].lower_ not in ("for", "of"):
        return tokens, label
    if doc[i - 2].lower_ not in heads:
        return tokens, label
    if place_pop(tokens_text(doc, tokens)) >= 0:
        return tokens, "GPE"  # "the mayor of Ho Chi Minh City": a place the gazetteer knows
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
            # "PRESS RELEASE – 29 October": English words that no place of the tables bears
            # label a release, not where it was filed (session 24)
            release = (
                " " in part
                and place_pop(name) < 0
                and not place_kinds().get(name)
                and name not in place_first_words()
            )
            if (
                (" " not in part or headline or release)
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
    found = {m.start(1): m.end(1) for m in DATELINE.finditer(text) if not _heading_body(text, m)}
    meta = doc._.briefx_meta
    for date_start, _iso in meta.datelines if meta else []:
        line_start = text.rfind("\n", 0, date_start) + 1
        m = PLACE_BEFORE_DATE.fullmatch(text, line_start, date_start)
        if m:
            found.setdefault(m.start(1), m.end(1))
    return sorted(found.items())


# a short form in brackets that ends its line: "SAUDI ARABIAN OIL COMPANY (Aramco)"
BRACKET_ENDS_LINE = re.compile(r" \([^()\n]{1,30}\)[ \t]*(?:\n|$)")


def _heading_body(text: str, m: re.Match[str]) -> bool:
    """Whether capitals before a bracket are a body's name on a heading's line, not a dateline's
    place: the bracket ends the line, and the last word is a body's or a legal form's ("SAUDI
    ARABIAN OIL COMPANY (Aramco)", "FINNISH INSTITUTE FOR HEALTH AND WELFARE (THL)") of no
    place the tables know (session 44; "PANAMA CITY (Reuters)" stays a dateline)."""
    if not BRACKET_ENDS_LINE.match(text, m.end(1)):
        return False
    caps = m.group(1)
    last = caps.rsplit(" ", 1)[-1].lower().strip(".,")
    if " " not in caps or last not in body_words() | legal_form_words():
        return False
    name = dateline_name(caps)
    return place_pop(name) < 0 and not lookup_alias(name)


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
    if len(words) == 1 and text.lower() in WEEKDAYS:
        return False  # "from Sunday", "a Sunday ban": a day, no body (session 24)
    if rate_or_designation(doc, m) or _portfolio(doc, m):
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


# "Signal No. 4", "Bulletin No. 12": NER's span stops at "No" before the number
NUMBER_AFTER_NO = re.compile(r"\.? ?\d")


def rate_or_designation(doc: Doc, m: Mention) -> bool:
    """True for a rate named in capitals ("Bank Rate", "the Official Cash Rate", "Federal Funds
    Rate": a rate is a series, ANNOTATION.md leaves series and indices untagged) and for a
    numbered designation NER cut before its number ("Signal No. 4", "Warning No. 3", "Bulletin
    No. 12": a kind and its number, no name). Session 24."""
    words = m.text.split()
    if m.label == "LAW":
        return False
    if len(words) > 1 and words[-1] in ("Rate", "Rates") and m.label in ("ORG", "PRODUCT", "LOC"):
        return True
    text = text_of(doc)
    return (
        len(words) > 1 and words[-1] in ("No", "No.") and bool(NUMBER_AFTER_NO.match(text, m.end))
    )


# a minister's or chancellor's title before its portfolio: "Minister of", "Chancellor of the"
PORTFOLIO_BEFORE = re.compile(r"\b(?:Minister|Ministers|Chancellor)s? (?:of|for)(?: the)? \Z")


def _portfolio(doc: Doc, m: Mention) -> bool:
    """True for the portfolio of a minister's title that NER typed an ORG ("Minister of
    Fisheries", "Chancellor of the Exchequer", "Minister for the Environment"): part of the
    office's title, no body (ANNOTATION.md: a title without its holder is no entity); not a
    name with a body's head word ("Minister of the Interior" stays untagged the same way, but
    "Minister of State at the Foreign Office" is no portfolio) nor a place or alias of the
    tables. Session 24."""
    if m.label != "ORG" or not PORTFOLIO_BEFORE.search(text_of(doc), max(0, m.start - 20), m.start):
        return False
    heads = form_words("org_head") | form_words("body_word")
    return not any(w.lower() in heads for w in m.text.split())


def cut_at_taken(doc: Doc, mentions: list[Mention], taken: list[tuple[int, int]]) -> None:
    """Cut an organisation's or a person's span where a figure or a date begins inside it and
    runs on past its end: NER swallowed the next word ("Hallmark & Vey Holdings Q2" of
    "Hallmark & Vey Holdings Q2 2026 earnings call"), and the whole span would be dropped as
    overlapping the date. The rest must still hold a capitalised word. Session 10; session 11:
    places too, in a list of places with their figures ("Colombo +11%, Mombasa -3%")."""
    text = text_of(doc)
    spans = sorted(taken)
    starts = [a for a, _ in spans]
    for m in mentions:
        if m.label not in ("ORG", "PERSON", "GPE", "LOC"):
            continue
        # the first figure or date that starts inside the mention (bisect: no scan per mention)
        k = bisect_left(starts, m.start + 1)
        if k >= len(spans) or spans[k][0] >= m.end or spans[k][1] < m.end:
            continue
        cut = spans[k][0]
        toks = [t for t in doc[m.first_token : m.last_token + 1] if t.idx + len(t) <= cut]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        if not toks or not any(t.text[:1].isupper() for t in toks) or toks[-1].is_lower:
            continue
        m.end = toks[-1].idx + len(toks[-1])
        m.text = text[m.start : m.end]
        m.last_token = toks[-1].i


# a byline: "By" (or "Words by", "Reporting by") opening a line before a name (session 10)
BYLINE = re.compile(r"[ \t]*(?:[A-Z][a-z]+ )?[Bb][Yy]:? *")


def _after_byline(text: str, start: int) -> bool:
    """True where a byline's words open the line up to ``start`` (a bounded look back)."""
    low = max(0, start - 40)
    nl = text.rfind("\n", low, start)
    if nl < 0 and low > 0:
        return False
    return BYLINE.fullmatch(text, nl + 1, start) is not None


def heading_filter(mentions: list[Mention], text: str = "") -> list[Mention]:
    """Drop heading spans that title case made up: unsupported multi-word or PERSON spans. A
    PERSON in a byline ("By Maria Delgado" as the first line) is the author, and an ORG that
    ends with a legal form or a company word ("Hallmark & Vey Holdings") a firm's name, not
    title case (session 10). An ORG whose head, a body's kind word, the body writes as "the
    <head>" is the name that short form stands for ("From: Ministry of Agriculture" over "The
    Ministry said"; session 40). An ORG that is a whole line by itself, whose head is a body's
    word, is a letterhead or a signature's body ("Bank of England" over "Monetary Policy
    Summary", "Governor, Central Bank of Nigeria"; session 41)."""
    body = {m.text for m in mentions if not m.in_heading}
    body |= {
        w for m in mentions if not m.in_heading and m.label == "PERSON" for w in m.text.split()
    }
    kept = []
    for m in mentions:
        supported = m.text in body or lookup_alias(m.text) or m.source != "ner"
        if m.label == "PERSON" and _after_byline(text, m.start):
            supported = True
        words = m.text.split()
        if m.label == "ORG" and len(words) > 1 and words[-1][:1].isupper():
            # "Hallmark & Vey Holdings Q2 earnings call": a firm's name has that form
            supported = supported or words[-1].lower().rstrip(".") in company_tails()
            supported = supported or _short_in_body(words, text, m.end)
            supported = supported or _line_body(words, text, m.start, m.end)
        if m.in_heading and not supported and (m.label == "PERSON" or len(m.text.split()) > 1):
            continue
        kept.append(m)
    return kept


def _line_body(words: list[str], text: str, start: int, end: int) -> bool:
    """Whether a heading's ORG is its line's whole text (a letterhead's "Bank of England", a
    signature's "Governor, Central Bank of Nigeria" after the title) and names a body by its
    form (``coref.generic_heads.body_form``: "Bank of England", "City of Sydney"; session
    41)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    before = line[: start - line_start].strip()
    if line[end - line_start :].strip(" .,") or not _signature_lead(before):
        return False
    return body_form(words)


def _signature_lead(before: str) -> bool:
    """Nothing, or a holder's title and a comma before a signature's body on its line
    ("Governor, Central Bank of Nigeria"; the title words of ``models/titles.jsonl``)."""
    if not before:
        return True
    words = before.removesuffix(",").lower().split()
    return before.endswith(",") and 0 < len(words) <= 3 and words[-1] in title_words()[0]


def _short_in_body(words: list[str], text: str, end: int) -> bool:
    """Whether the text after a heading's ORG writes its head as "the <head>", the head a body's
    kind word ("Ministry" of "Ministry of Agriculture and Rural Development", "Authority" of
    "Kenya Ports Authority"): the heading names the body the text's short form stands for."""
    cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k), len(words))
    head = words[cut - 1]
    if head.lower() not in form_words("org_head") | form_words("body_word"):
        return False
    return (
        re.search(rf"\b[Tt]he {re.escape(head)}\b(?! of\b| for\b| [A-Z])", text[end:]) is not None
    )


# a body named by a list of subjects: "Federal Ministry of Finance, Budget and National
# Planning", "Ministry of Lands, Public Works, Housing and Urban Development"
SUBJECT = r"[A-Z][\w'’-]*(?: (?:of |and |& )?[A-Z][\w'’-]*)*"
BODY_LIST = re.compile(
    r"(?:(?!The\b)[A-Z][a-z]+ )*(?:Ministry|Department|Office|Secretariat) (?:of|for) "
    rf"[A-Z][\w'’-]*((?:, {SUBJECT})*,? (?:and|&) {SUBJECT})"
)


def subject_lists(doc: Doc, mentions: list[Mention], english: frozenset[str]) -> list[Mention]:
    """A ministry or department named by a list of subjects is one name, also where NER cut it
    at the first comma or missed its start: "Federal Ministry of Finance, Budget and National
    Planning", "Ministry of Lands, Public Works, Housing and Urban Development" (session 15).
    The list after "Ministry of X" (", Y" items and a last "and Z") must be English words only,
    so that a list of other bodies ("the Ministry of Health, Kenya Red Cross and UNICEF") stays
    apart."""
    text = text_of(doc)
    if not english or not any(w in text for w in ("Ministry", "Department", "Office", "Secret")):
        return mentions
    longer: list[Mention] = []
    for mt in BODY_LIST.finditer(text):
        if "," not in mt.group(1):
            continue  # "Ministry of Trade and Industry": NER's whole name as it is
        words = re.findall(r"[A-Za-z'’-]+", mt.group(1))
        if not all(w.lower() in english or w.lower() in ("and", "of") for w in words):
            continue
        span = doc.char_span(mt.start(), mt.end(), alignment_mode="expand")
        if span is not None and span.text == mt.group(0):
            longer.append(mention_of(doc, list(span), "ORG"))
    return replace_overlapped(mentions, longer) if longer else mentions


HEADING_CHARS = 80  # a heading line is short: longer lines are not read at all


def _short_line(text: str, breaks: list[int], pos: int) -> str:
    """The line ``pos`` lies on, stripped, or "" where it is longer than HEADING_CHARS (the line
    breaks found once, ``breaks``: no look back over the text per mention)."""
    k = bisect_left(breaks, pos)
    start = breaks[k - 1] + 1 if k else 0
    end = breaks[k] if k < len(breaks) else len(text)
    return text[start:end].strip() if end - start <= HEADING_CHARS else ""


def heading_lines(
    mentions: list[Mention], text: str, english: frozenset[str] = frozenset()
) -> list[Mention]:
    """Drop what title case made up on a heading line of the text's own (a short line with no
    final full stop, "?" or "!"): every capitalised word of such a line opens a heading, so
    an opener of English words is no name ("Key Points", "Bottom Line", "Why It Matters",
    "What Next"; session 15). A mention goes where its line opens with a question word
    (``entity_words.jsonl`` kind ``question_word``), or it is a PERSON on a line of English
    words in lower case, and the mention is no more than such words: a name the tables know, a
    word English does not know and a name the body writes elsewhere stay ("What Next for
    Sudan": "Sudan"; "Premier League" as a section's heading: no question, no person)."""
    if not english:
        return mentions  # a blank pipeline has no word list: nothing to go by
    questions = entity_words("question_word")
    body = Counter(m.text for m in mentions)
    breaks = [mt.start() for mt in re.finditer("\n", text)]
    kept = []
    for m in mentions:
        line = _short_line(text, breaks, m.start)
        words = [w.strip(":'’").lower() for w in line.split()]
        own = [w.lower() for w in m.text.split()]
        plain = all(w in english or w in questions or w in STOPWORDS for w in own)
        heading = (
            0 < len(words) <= 8  # (an empty line: a long one, no heading)
            and line[-1:] not in ".?!,;"
            and (
                words[0] in questions
                or (m.label == "PERSON" and all(w in english or w in STOPWORDS for w in words))
            )
        )
        if heading and plain and body[m.text] == 1 and not lookup_alias(m.text):
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


BIG_CITY = 300_000  # a word of a person's name may be a town's ("Lautaro", "Fleetwood")


@cache
def _name_heads() -> frozenset[str]:
    """Last words that make a capitalised run a place's, a facility's or a body's name."""
    return (
        form_words("loc_head")
        | form_words("event_tail")
        | form_words("company_tail")
        | form_words("publication")
        | fac_heads()
        | entity_words("kind_plural")
        | entity_words("programme")
        | entity_words("law_word")
        | entity_words("gpe_head")
    )


def _hyphen_part(doc: Doc, i: int) -> bool:
    """True where token i is joined by a hyphen, with no space, to a word before or after it
    ("Haines" and "Whitfield" of "Haines-Whitfield")."""
    t = doc[i]
    after = (
        i + 2 < len(doc)
        and not t.whitespace_
        and doc[i + 1].text == "-"
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_alpha
    )
    before = (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
    )
    return after or before


def _hyphenated(doc: Doc, i: int) -> list[Token]:
    """The tokens of the hyphenated capitalised word that token i opens ("Haines", "-",
    "Whitfield"), or [] where token i opens none."""
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_:
        return []  # not the word's first part
    toks = [doc[i]]
    j = i
    while (
        j + 2 < len(doc)
        and not doc[j].whitespace_
        and doc[j + 1].text == "-"
        and not doc[j + 1].whitespace_
        and _name_word(doc[j + 2])
    ):
        toks += [doc[j + 1], doc[j + 2]]
        j += 2
    return toks if len(toks) > 1 and all(_name_word(x) for x in toks[::2]) else []


def _name_word(t: Token) -> bool:
    """A capitalised word of letters, not in capitals ("McIlroy", "Rory"; not "RORY", "rory")."""
    return t.text[:1].isupper() and t.is_alpha and not t.is_upper and len(t) > 1


def _cut_by_ner(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """True where the mentions that overlap s:e lie inside it and are shorter: NER cut the
    name ("Novak" of "Novak Djokovic", "Haaland" of "Erling Haaland") or missed it."""
    i = bisect_left(spans, (s, -1))
    if i and spans[i - 1][1] > s:
        return False  # one starts before the run and runs into it
    while i < len(spans) and spans[i][0] < e:
        a, b = spans[i]
        if b > e or (a, b) == (s, e):
            return False
        i += 1
    return True


def missed_people(
    doc: Doc,
    mentions: list[Mention],
    english: frozenset[str],
    blocked: list[tuple[int, int]],
) -> list[Mention]:
    """Return PERSON mentions for full names NER left untagged: a run of two or three
    capitalised words (a hyphenated one counts as one: "Gilgeous-Alexander") that opens with a
    given name of ``given_names.jsonl`` where the first or the last word is no English word
    ("Rory McIlroy", "Lautaro Martinez", "Aryna Sabalenka"), no word is a title, a big place or
    a name's head word ("Victoria Park", "Jordan Valley"), the whole is no place, and no
    capitalised word goes on before or after it. The small model drops such names in result
    lists and after numbers, or tags only a part of them ("Novak" ORG of "Novak Djokovic"), which
    the run then replaces; nothing is done on a blank pipeline (no English word list)."""
    if not english:
        return []
    given = table_index("given_names.jsonl", "name")
    # NER's people stand as NER read them, but for a surname alone behind the given name it
    # missed ("Artem" of "Artem Dovbyk": the run replaces it); a run may take in another
    # label's piece of it
    by_start = sorted((m.start, m.end) for m in mentions if m.label != "PERSON")
    people = sorted((m.start, m.end) for m in mentions if m.label == "PERSON")
    spans = Intervals(blocked)
    caps = capital_lines(doc)
    text = text_of(doc)
    heads = _name_heads()
    out: list[Mention] = []
    n = len(doc)
    i = 0
    while i < n:
        t = doc[i]
        if not _name_word(t) or t.text not in given or caps[i]:
            i += 1
            continue
        prev = doc[i - 1] if i > 0 else None
        run_on = prev is not None and _name_word(prev) and not is_title_word(prev.text)
        if run_on or (prev is not None and prev.text == "-" and not prev.whitespace_):
            i += 1
            continue
        words = [[t]]
        j = i + 1
        while j < n and len(words) < 4:
            if doc[j].text in ("-", "‐") and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
                # "Gilgeous-Alexander", "Min-seok": a part glued on by a hyphen
                if j + 1 < n and doc[j + 1].is_alpha and not doc[j + 1].is_upper:
                    words[-1] += [doc[j], doc[j + 1]]
                    j += 2
                    continue
                break
            if doc[j - 1].whitespace_ and _name_word(doc[j]):
                words.append([doc[j]])
                j += 1
                continue
            # a surname's particles before it ("Jan de Vries", "Pieter van der Berg")
            k = j
            while k < n and k - j < 2 and doc[k].is_lower and doc[k].lower_ in NAME_PARTICLES:
                k += 1
            if j < k < n and doc[k - 1].whitespace_ and _name_word(doc[k]):
                words.append(list(doc[j : k + 1]))
                j = k + 1
                continue
            break
        i = j
        if not 2 <= len(words) <= 3:
            continue
        parts = [text[w[0].idx : w[-1].idx + len(w[-1])] for w in words]
        if len(words) == 3 and parts[2].lower() in english and parts[1].lower() not in english:
            words, parts = words[:2], parts[:2]  # "Pete Hegseth Visits" in a title-case heading
        toks = [x for w in words for x in w]
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1])
        if overlaps(s, e, spans) or not _cut_by_ner(by_start, s, e):
            continue
        if any(a < e and s < b and not (s < a and b == e) for a, b in people):
            continue  # NER's person, unless it is the run's last words alone
        if parts[0].lower() in english and parts[-1].lower() in english:
            continue
        if any(is_title_word(p) for p in parts) or parts[-1].lower() in heads:
            continue
        if len(words[0]) > 1 and words[0][-1].is_lower and words[0][-1].lower_ in english:
            continue  # "China-based ByteDance", "Paris-listed X": a modifier, no name (s25)
        if place_pop(text[s:e]) >= 0 or lookup_alias(text[s:e]) or lookup_alias(parts[0]):
            continue
        if any(place_pop(p) >= BIG_CITY for p in parts):
            continue
        out.append(mention_of(doc, toks, "PERSON", source="given"))
    return out


def _is_english(t: Token, english: frozenset[str]) -> bool:
    """True for an English word, inflected forms too ("RESULTS", "STANDINGS")."""
    low = t.lower_
    return low in english or t.lemma_.lower() in english or low.removesuffix("s") in english


def caps_names(
    doc: Doc,
    mentions: list[Mention],
    english: frozenset[str],
    blocked: list[tuple[int, int]] = [],  # noqa: B006  (read only)
) -> list[Mention]:
    """Tag surnames NER missed and re-read lines in capitals (headlines, where case says
    nothing) against the body.

    - A word that is the surname of one person the body names in full is that person, in a line
      in capitals ("GILL" after "Shubman Gill", also where the surname is an English word) and
      in the body where it stands alone ("fly-half Smith went off" after "Marcus Smith"); a body
      name in capitals was already tagged (``linking.propagate``).
    - An NER span in such a line that runs from a name into English words loses them ("PARMA GO
      TOP AS" -> "PARMA", "NBA RESULTS" -> "NBA"), unless the body writes the whole span as a
      name.
    Nothing is done on a blank pipeline (no English word list)."""
    if not english:
        return mentions
    caps = capital_lines(doc)
    text = text_of(doc)
    body = [m for m in mentions if not caps[m.first_token]]
    known = {m.text.upper() for m in body}
    given = table_index("given_names.jsonl", "name")
    surnames: dict[str, set[str]] = {}
    for m in body:
        words = m.text.split()
        # NER's person, or a two-word ORG that opens with a given name no English word is
        # ("Antoine Dupont" typed ORG: the form rules make it a person later)
        person = m.label == "PERSON" or (
            m.label == "ORG"
            and len(words) == 2
            and words[0] in given
            and words[0].lower() not in english
        )
        initial = bool(re.fullmatch(r"[A-Z]\.", words[0]))  # "S. Gill" is "Shubman Gill"
        if (
            person
            and len(words) > 1
            and not initial
            and words[-1][:1].isupper()
            and all(p.isalpha() for p in words[-1].split("-"))
        ):
            surnames.setdefault(words[-1].upper(), set()).add(m.name or m.text)
    out: list[Mention] = []
    for m in mentions:
        if not caps[m.first_token] or m.source != "ner" or m.text.upper() in known:
            out.append(m)
            continue
        names = surnames.get(m.text)
        if names and len(names) == 1 and " " not in m.text:
            m.label, m.name = "PERSON", next(iter(names))  # "ALCARAZ" typed ORG: the player
            out.append(m)
            continue
        toks = list(doc[m.first_token : m.last_token + 1])
        while len(toks) > 1 and (_is_english(toks[-1], english) or not toks[-1].is_alpha):
            whole = tokens_text(doc, toks).title()
            if lookup_alias(whole) or place_pop(whole) >= 0:
                break  # "SOUTH KOREA" of "SOUTH KOREA'S SHARES": a place, though English words
            toks = toks[:-1]
        cut = mention_of(doc, toks, m.label)
        cut.in_heading = m.in_heading
        alias = lookup_alias(cut.text.title())
        if alias:  # "SOUTH KOREA" is the table's "South Korea"
            cut.name, cut.label = alias
        out.append(cut)
    spans = Intervals([(m.start, m.end) for m in out] + blocked)
    n = len(doc)
    for t in doc:
        if _hyphen_part(doc, t.i):
            # "Haines" of "Haines-Whitfield": a part of a hyphenated name is no surname alone;
            # the whole is one, where a person the text names in full bears it
            compound = _hyphenated(doc, t.i)
            names = surnames.get(tokens_text(doc, compound).upper()) if compound else None
            if (
                compound
                and names
                and len(names) == 1
                and not caps[t.i]
                and not overlaps(t.idx, compound[-1].idx + len(compound[-1]), spans)
                and not (t.i and _name_word(doc[t.i - 1]))
            ):
                new = mention_of(doc, compound, "PERSON", source="propagated")
                new.name = next(iter(names))
                out.append(new)
            continue
        names = surnames.get(t.text.upper())
        if not names or len(names) != 1 or overlaps(t.idx, t.idx + len(t), spans):
            continue
        if not caps[t.i]:
            # in the body: a lone capitalised surname ("fly-half Smith went off"), not part of
            # a longer name, and not an English word at a sentence's start ("Young people")
            prev = doc[t.i - 1] if t.i else None
            nxt = doc[t.i + 1] if t.i + 1 < n else None
            if not _name_word(t) or (prev is not None and _name_word(prev)):
                continue
            if nxt is not None and _name_word(nxt):
                continue
            opening = prev is None or prev.is_punct or "\n" in prev.text or prev.is_space
            if opening and t.lower_ in english:
                continue
        prev = doc[t.i - 1] if t.i else None
        initial = prev is not None and bool(re.fullmatch(r"[A-Z]\.", prev.text))
        # "T. Bavuma": the initial before the surname belongs to the name
        toks = [doc[t.i - 1], t] if initial else [t]
        new = mention_of(doc, toks, "PERSON", source="propagated")
        new.name = next(iter(names))
        out.append(new)
    return [m for m in out if text[m.start : m.end]]
