"""The noun a number counts: the lemma of the noun after it ("50 countries" -> "country"), past
adjectives, names, other figures, hyphenated modifiers and designations; hyphenated counts
("a 214-page report"), "N-strong", fixed compounds ("40 fire engines" -> "fire engine", from
``models/noun_lexicon.jsonl``), irregular plurals and roles of ``models/counted_nouns.jsonl``
(time nouns make a duration, words for people, benchmarks such as "the 15 million target");
also a partitive's noun ("1,430 of its workers"). Multipliers (``figure_words`` kind
``multiplier``) count nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from briefx.facts import FigureFact
from briefx.normalize.scan import Found
from briefx.pipeline._util import overlaps, text_of
from briefx.pipeline.figures.names import in_name
from briefx.pipeline.figures.state import DocFigures
from briefx.pipeline.figures.words import (
    counted_nouns,
    plural_lemma,
    plural_noun,
    singular_of,
    title_plural_word,
)
from briefx.resources import figure_words, noun_compounds, noun_plurals

COUNT_SKIP_POS = {"ADJ", "PROPN", "NUM"}
COUNT_SKIP_WORDS = {"more", "additional", "other", "new", "extra", "further", "and", "or"}
MAX_COUNT_LOOKAHEAD = 7
MAX_MODIFIER_TOKENS = 8  # look-ahead a hyphenated modifier adds ("state-of-the-art": 6 more)
# letters and digits in one token: a model's designation ("H145", "A350", "E195"), never a noun
DESIGNATION_TOKEN = re.compile(r"[A-Za-z]+\d[\w-]*|\d+[A-Za-z]+\d*")
MULTIPLIERS = figure_words("multiplier")
ON_BOARD = re.compile(r"[ \t]+on[ \t]+board\b", re.IGNORECASE)
# "forced 21,000 from their homes", "drove 5,000 out of their homes": the people displaced
FROM_HOMES = re.compile(
    r"[ \t]+(?:from|out[ \t]+of)[ \t]+(?:their[ \t]+homes?|homes)\b(?![-–])", re.IGNORECASE
)


def partitive_noun(fig: DocFigures, doc: Doc, facts: list[FigureFact]) -> list[FigureFact]:
    """ "1,430 of its workers", "Three of the victims", "40 of the wounded": a bare whole
    number before "of" + a determiner or a possessive + a plural noun counts that noun (as
    "40 of the 72 families" counts families, ``partitive_count``)."""
    text = text_of(doc)
    out = []
    for f in facts:
        m = PARTITIVE_OF.match(text, f.end) if f.kind == "number" else None
        if m is not None and isinstance(f.value, int) and f.value > 0 and f.group is None:
            noun = counted_noun(fig, doc, m.end() - 1)
            tok = fig.token_after(doc, m.end() - 1)
            people = tok is not None and counted_nouns().get(tok.lower_, {}).get("role")
            # a word the table reads as a count's noun of its own ("2,000 of its staff") too
            if noun and (people in ("person", "lemma") or _plural_after(fig, doc, m.end() - 1)):
                f = replace(f, kind="count", unit=noun)
        out.append(f)
    return out


def _plural_after(fig: DocFigures, doc: Doc, end: int) -> bool:
    """A plural noun heads the phrase after ``end`` (modifiers before it skipped)."""
    tok = fig.token_after(doc, end)
    k = tok.i if tok is not None else len(doc)
    while k < len(doc) and doc[k].pos_ in ("ADJ", "ADV", "NOUN", "PROPN", "VERB"):
        # the head is the last of the run: a name or an adjective before a noun is no head
        # ("Three of the largest U.S. technology companies"; session 24)
        if plural_noun(doc[k]) or (
            k + 1 < len(doc) and doc[k + 1].pos_ not in ("NOUN", "PROPN", "ADJ")
        ):
            return plural_noun(doc[k])
        k += 1
    return False


def plural_next(fig: DocFigures, doc: Doc, end: int) -> bool:
    """The word right after the number is a plural noun ("23.4 points", "1.5 tries")."""
    tok = fig.token_after(doc, end)
    return (
        tok is not None
        and tok.idx == end + 1
        and plural_noun(tok, after_number=True)
        and tok.lower_ not in MULTIPLIERS
    )


def counted_noun(fig: DocFigures, doc: Doc, end: int, singular: bool = False) -> str | None:
    """Return the lemma of the noun a number counts ("50 countries" -> "country").

    Adjectives, names and numbers between are skipped ("18 more 155 mm M777 towed
    howitzers" -> "howitzer"); the last noun of the first noun run is the head. ""
    means a time noun (the figure is a duration). A hyphenated noun right after the
    number is what it counts ("a 214-page report", "the six-team table").
    """
    tok = fig.token_after(doc, end)
    if tok is None or "\n" in text_of(doc)[end : tok.idx]:
        return None  # a line ends the phrase: "Votes cast: 3,712,408\nWomen elected: 52"
    if ON_BOARD.match(text_of(doc), end) or FROM_HOMES.match(text_of(doc), end):
        return "person"  # "with 242 on board", as "242 aboard"; "forced 3,000 from their homes"
    table = counted_nouns()
    if STRONG.match(text_of(doc), end):
        return _strong_noun(doc, tok.i + 2, table)
    i = tok.i
    hyphened = _hyphen_noun(doc, end, tok)
    if hyphened is not None:
        row = table.get(hyphened.lower_)
        if row is not None and row["role"] == "time":
            return ""
        return hyphened.lemma_.lower()
    noun: Token | None = None
    compound_end = -1  # the last token of a hyphenated modifier ("truck-climbing")
    skipped = 0  # the hyphens and inner words of hyphenated modifiers, which take no look-ahead
    for k in range(i, min(len(doc), i + MAX_COUNT_LOOKAHEAD + MAX_MODIFIER_TOKENS)):
        t = doc[k]
        if t.is_space or k - skipped >= i + MAX_COUNT_LOOKAHEAD:
            break
        if k <= compound_end:
            continue
        if overlaps(t.idx, t.idx + len(t), fig.taken):
            break  # a date after the number: "9,500 last year"
        if noun is None and k > i and overlaps(t.idx, t.idx + len(t), fig.spans):
            continue  # another figure in between: "18 more 155 mm howitzers"
        if (last := _hyphen_modifier(doc, k)) is not None:
            compound_end = last  # "two truck-climbing lanes": the noun comes after
            skipped += last - k
            continue
        if (
            k == i
            and t.text in ("-", "–")
            and t.idx == end
            and k + 1 < len(doc)
            and doc[k + 1].lower_ in ("odd", "plus", "something")
        ):
            compound_end = k + 1  # "20-odd countries", "40-plus nations": about the number
            continue
        if (
            noun is None
            and k == i
            and t.lower_ in ("and", "or")
            and not (k + 1 < len(doc) and (doc[k + 1].like_num or doc[k + 1].lower_ in ("a", "an")))
        ):
            break  # "rose to 12,400 and attendance reached": a new clause, not "40 and 50 ships"
        if (
            noun is None
            and t.lower_ == "more"
            and k + 1 < len(doc)
            and doc[k + 1].pos_ in ("VERB", "AUX", "ADP", "PUNCT", "ADV", "SPACE")
        ):
            return None  # "two more were found", "12 more on Saturday": the noun left out
        if (
            noun is None
            and t.lower_ in ("last", "next", "this")
            and k + 1 < len(doc)
            and (
                doc[k + 1].lower_ in ("time", "times")
                or table.get(doc[k + 1].lower_, {}).get("role") == "time"
            )
        ):
            break  # "compared with 250 last time", "300 this year": a time after the number
        if noun is None and k > i and DESIGNATION_TOKEN.fullmatch(t.text):
            continue  # "14 Airbus H145M helicopters": a model's designation, no noun
        if (
            noun is None
            and t.text[:1].isupper()
            and k + 2 < len(doc)
            and (doc[k + 1].like_num or DESIGNATION_TOKEN.fullmatch(doc[k + 1].text))
            and any(x.pos_ == "NOUN" and x.is_lower for x in doc[k + 2 : k + 5])
        ):
            continue  # "six Seastrider 40 vessels", "24 Skyscoop 600 amphibious aircraft": a
            # product's name before its model number, the head noun after (session 24)
        if (t.pos_ == "NOUN" and t.text[:1].isalpha()) or (  # not "%", "|" (a table's rule)
            k == i and not singular and plural_noun(t, after_number=True)
        ):
            noun = t
            continue
        if noun is None and k > i and _plural_after_name(doc, i, k, singular):
            noun = t  # "two Six Nations matches": the plural the tagger took for a verb
            continue
        if noun is not None:
            if k == noun.i + 1 and noun.tag_ == "NN" and plural_noun(t, after_number=True):
                noun = t  # "18 school buses": the plural head the tagger took as a verb
                continue
            if (
                t.pos_ == "ADJ"
                and t.is_lower
                and noun.tag_ == "NN"
                and k + 1 < len(doc)
                and doc[k + 1].tag_ == "NNS"
            ):
                continue  # "four air defence systems": a noun the tagger read as an adjective
            if t.lower_ in ("and", "or") and noun.tag_ != "NNS" and _conjoined_plural(doc, k):
                noun = None  # "14 wind and solar farms": both nouns modify "farms"
                continue
            if not singular and noun.i == i and k == i + 1 and _shared_head(doc, noun, k):
                # "12,000 oak and 8,000 beech saplings": a singular noun after a number
                # above one, set beside a second number with a modifier and a plural
                # noun, modifies that plural as the second modifier does
                shared = counted_noun(fig, doc, doc[k + 1].idx + len(doc[k + 1]))
                if shared:
                    return shared.split()[-1]  # "300 coal and 120 gas plants": "plant"
            break
        if (
            t.lower_ in COUNT_SKIP_WORDS
            or t.pos_ in COUNT_SKIP_POS
            or (  # "45 newly built homes": an adverb of the modifier after it
                t.pos_ == "ADV"
                and t.lower_.endswith("ly")
                and k + 1 < len(doc)
                and doc[k + 1].tag_ in ("JJ", "JJR", "JJS", "VBN")
            )
            or (t.text in ("-", "–") and not t.whitespace_ and k > i and not doc[k - 1].whitespace_)
            or (
                t.tag_ in ("VBN", "VBD")
                and (k > i or (k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN"))
            )  # "50 registered voters"
        ):
            if k == i and table.get(t.lower_, {}).get("role") == "person":
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                if nxt is None or nxt.pos_ not in ("NOUN", "PROPN"):
                    return "person"
            if (
                t.pos_ == "PROPN"
                and t.text[:1].isupper()
                and k == i
                and t.text.endswith("s")
                and not in_name(fig, doc, t)  # "18 Airbus A321 jets": a maker's name
            ):
                # Title Case headline: "50 Nations Pledge"
                nxt = doc[k + 1] if k + 1 < len(doc) else None
                if nxt is None or nxt.pos_ != "NOUN":
                    return plural_lemma(t.lower_)
            continue
        if k == i and table.get(t.lower_, {}).get("role") == "person":
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.pos_ == "NOUN":
                continue  # "23 missing fishermen": an adjective of the noun after it
            return "person"
        break
    if noun is None:
        return _title_plural(doc, i)
    joined = _hyphened_plural(doc, noun)
    if joined is not None:
        return joined  # "two passers-by" -> "passer-by"
    lemma = noun.lemma_.lower()
    if noun.tag_ == "VBZ" and lemma == noun.lower_:  # a plural read as a verb, unlemmatised
        lemma = singular_of(noun.lower_)
    row = table.get(noun.lower_) or table.get(lemma)
    if row is not None:
        if row["role"] == "time" and noun.i == i:
            return ""
        if row["role"] == "lemma":
            return row["lemma"]
        if noun.i == i and (
            row["role"] == "person"
            or (row["role"] == "verb_person" and noun.lower_ == row["word"] and noun.tag_ == "NN")
        ):
            return "person"  # "30 hurt": a participle of harm the tagger read as a noun
    # after a number above one the noun is plural, so "specimen" is no compound of "men"
    plural = not singular or noun.tag_ == "NNS"
    compound = _compound_lemma(noun.lower_, table) if plural else None
    if compound is None and lemma == noun.lower_:
        lemma = noun_plurals().get(lemma, lemma)  # the tagger left "geese" as it is
    return _fixed_compound(doc, noun, i, lemma, table) or compound or lemma


def _plural_after_name(doc: Doc, i: int, k: int, singular: bool) -> bool:
    """Token k is a plural noun the tagger read as a verb after a name that modifies it ("won
    two Six Nations matches in a row"): lower case, after a proper noun, and followed by no
    word that a verb would take as its object or complement ("Germany plans new ..."). A title
    that opens with "The" and the number is the subject of its verb ("The 3 Musketeers plays
    in London")."""
    t = doc[k]
    if singular or t.tag_ != "VBZ" or not t.is_lower or doc[k - 1].pos_ != "PROPN":
        return False
    if i >= 2 and doc[i - 2].text == "The":
        return False
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ not in ("ADP", "CCONJ", "PUNCT", "SPACE"):
        return False
    return plural_noun(t, after_number=True)


def benchmark(fig: DocFigures, doc: Doc, f: Found) -> bool:
    """A singular noun of a level right after a number above one ("the 15 million target",
    "the 1,000 mark"; models/counted_nouns.jsonl role benchmark): what the number counts is
    left out."""
    tok = fig.token_after(doc, f.end)
    if tok is None:
        return False
    role = counted_nouns().get(tok.lower_, {}).get("role")
    if role == "margin":  # "63 clear of Norris", "four ahead": a lead in what was counted
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None  # not "three clear chances"
        return (
            f.value > 0
            and tok.idx == f.end + 1
            and (nxt is None or nxt.pos_ in ("ADP", "PUNCT", "CCONJ", "SPACE"))
        )
    return f.value > 1 and tok.tag_ == "NN" and role == "benchmark"


def _title_plural(doc: Doc, i: int) -> str | None:
    """ "Seventeen Disaster Recovery Centers are open": a capitalised plural noun run, a fixed
    compound of its last two words kept (WordNet: "Three Fire Trucks" -> "fire truck")."""
    k = i
    while k < min(len(doc), i + 4) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    if k == i or k >= len(doc) or doc[k].pos_ == "PROPN" or not title_plural_word(doc[k - 1]):
        return None
    lemma = plural_lemma(doc[k - 1].lower_)
    if k - 2 >= i and doc[k - 2].lower_ in noun_compounds().get(lemma, ()):
        return f"{doc[k - 2].lower_} {lemma}"  # "Three Fire Trucks Damaged": a fixed term
    return lemma


# "of its workers", "of the district's schools", "of Acme's staff": a partitive before a noun
PARTITIVE_OF = re.compile(
    r" of (?:(?:the|those|these|its|their|his|her|our|your)(?: [A-Za-z][\w-]*['’]s)?"
    r"|[A-Z][\w.-]*['’]s) (?=[a-z])"
)


def _conjoined_plural(doc: Doc, k: int) -> bool:
    """After the conjunction at token k, a modifier and a plural noun ("wind and solar farms",
    "bus and tram depots"): the noun before the conjunction is a modifier of that plural. A
    plural right after the conjunction is a second head ("staff and contractors")."""
    for n, t in enumerate(doc[k + 1 : k + 5]):
        if t.is_space or t.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return False
        if t.tag_ == "NNS":
            return n > 0
    return False


def _shared_head(doc: Doc, noun: Token, k: int) -> bool:
    """ "12,000 oak and 8,000 beech saplings", "40 diesel and 25 electric buses": a singular
    noun of no role in the counted nouns table before the conjunction at token k, then a number,
    a modifier and a plural noun (not "40 staff and 12 contractors": no modifier)."""
    if (
        noun.tag_ != "NN"
        or not noun.is_lower
        or noun.lower_ in counted_nouns()
        or doc[k].lower_ not in ("and", "or")
        or k + 3 >= len(doc)
        or not doc[k + 1].like_num
    ):
        return False
    modifier, head = doc[k + 2], doc[k + 3]
    return (
        modifier.tag_ in ("JJ", "NN")
        and modifier.is_lower
        and bool(modifier.whitespace_)
        and head.tag_ == "NNS"
        and head.is_lower
    )


def _hyphen_modifier(doc: Doc, k: int) -> int | None:
    """Token k opens a hyphenated modifier before a noun: "truck-climbing lanes",
    "flood-control gates", "fill-and-finish plants", "state-of-the-art hospitals" (words
    glued by hyphens, then a noun): the index of the modifier's last word, else None."""
    j = k
    while (
        j + 2 < len(doc)
        and doc[j].is_alpha
        and not doc[j].whitespace_
        and doc[j + 1].text in ("-", "–")
        and not doc[j + 1].whitespace_
        and doc[j + 2].is_alpha
    ):
        j += 2
    if j == k or j + 1 >= len(doc) or not doc[j].whitespace_:
        return None
    return j if doc[j + 1].pos_ in ("NOUN", "PROPN") else None


STRONG = re.compile(r"[-–]strong\b", re.IGNORECASE)


def _strong_noun(doc: Doc, k: int, table: dict[str, dict[str, str]]) -> str | None:
    """What "N-strong" counts, from the noun phrase after it (token k on): the plural after an
    "of" ("a 60-strong team of army engineers" -> "engineer"), else people where the head is a
    collective noun of people ("a 1,200-strong police force"); None for anything else ("a
    40-strong fleet" names no noun of its members)."""
    head: Token | None = None
    while k < len(doc) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[k].is_space:
        head = doc[k]
        k += 1
    if head is None:
        return None
    if k + 1 < len(doc) and doc[k].lower_ == "of":
        for t in doc[k + 1 : k + 5]:
            if t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.is_space:
                break
            if t.tag_ == "NNS":
                row = table.get(t.lower_)
                return row["lemma"] if row and row["role"] == "lemma" else t.lemma_.lower()
    return "person" if table.get(head.lemma_.lower(), {}).get("role") == "group_person" else None


def _hyphen_noun(doc: Doc, end: int, tok: Token) -> Token | None:
    """The noun of a hyphenated count glued to the number: "214-page" -> "page",
    "six-team" -> "team"; None where the word is no noun ("3-under", "5-4")."""
    if tok.text not in ("-", "–") or tok.idx != end or tok.whitespace_ or tok.i + 1 >= len(doc):
        return None
    word = doc[tok.i + 1]
    if not word.is_alpha or not word.is_lower or word.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return None
    if word.lower_ in ("under", "over"):
        return None  # "a four-under 66": a golf score to par, a preposition the tagger misreads
    if word.i + 1 < len(doc) and doc[word.i + 1].text in ("-", "–") and not word.whitespace_:
        return None  # "a 2-year-old", "a 3-to-1": a longer compound, not a counted noun
    return word if word.pos_ == "NOUN" or word.tag_ in ("NN", "NNS") else None


def _hyphened_plural(doc: Doc, noun: Token) -> str | None:
    """The lemma of a hyphenated plural whose first word takes the plural, which the tokenizer
    splits at its hyphens ("passers-by" -> "passer-by", "mothers-in-law" -> "mother-in-law";
    the hyphenated rows of the noun lexicon, from WordNet): the longest glued run that is one."""
    words, k = [noun.lower_], noun.i
    while (
        k + 2 < len(doc)
        and not doc[k].whitespace_
        and doc[k + 1].text == "-"
        and not doc[k + 1].whitespace_
        and doc[k + 2].is_alpha
        and doc[k + 2].is_lower
    ):
        words += ["-", doc[k + 2].lower_]
        k += 2
    for n in range(len(words), 1, -2):
        lemma = noun_plurals().get("".join(words[:n]))
        if lemma is not None:
            return lemma
    return None


def _noun_lemma(tok: Token, table: dict[str, dict[str, str]]) -> str:
    """The lemma of a noun, with the table's and WordNet's irregular plurals."""
    row = table.get(tok.lower_)
    if row is not None and row["role"] == "lemma":
        return row["lemma"]
    lemma = tok.lemma_.lower()
    return noun_plurals().get(lemma, lemma) if lemma == tok.lower_ else lemma


def _fixed_compound(
    doc: Doc, noun: Token, first: int, lemma: str, table: dict[str, dict[str, str]]
) -> str | None:
    """A noun-noun compound that is a fixed term (models/noun_lexicon.jsonl, from WordNet):
    "40 fire engines" -> "fire engine", "five polling stations" -> "polling station"; a noun
    before the head that only says what kind stays out ("300 flu cases" -> "case"). Where the
    tagger took the plural head for a verb ("18 school buses"), the noun found is the modifier
    and the head is the word after it."""
    compounds = noun_compounds()
    before = doc[noun.i - 1] if noun.i > first else None
    if (
        before is not None
        and before.whitespace_
        and before.pos_ in ("NOUN", "VERB", "PROPN")
        and before.is_lower
        and before.lower_ in compounds.get(lemma, ())
    ):
        return f"{before.lower_} {lemma}"
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if (
        nxt is not None
        and noun.whitespace_
        and noun.tag_ == "NN"
        and nxt.is_alpha
        and nxt.is_lower
        and plural_noun(nxt, after_number=True)
    ):
        head = _noun_lemma(nxt, table)
        if head == nxt.lower_:
            head = singular_of(head)
        if noun.lower_ in compounds.get(head, ()):
            return f"{noun.lower_} {head}"
    return None


def _compound_lemma(word: str, table: dict[str, dict[str, str]]) -> str | None:
    """A compound of an irregular plural keeps its first part: "tradespeople" ->
    "tradesperson", "firemen" -> "fireman" (the plural-to-lemma rows of the table)."""
    for plural, row in sorted(table.items(), key=lambda kv: -len(kv[0])):
        if row["role"] == "lemma" and len(word) > len(plural) + 2 and word.endswith(plural):
            return word[: -len(plural)] + row["lemma"]
    return None
