"""Titles next to a name: written before it ("U.S. Defense Secretary Pete Hegseth") or as an
appositive after it ("Healey, the U.K. defence secretary,").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefx.normalize.names import (
    is_title_word,
    lookup_alias,
    title_words,
)
from briefx.pipeline.entities.mention import DETERMINERS


def titles_before(doc: Doc, i: int) -> list[str]:
    """Return the title written right before token ``i``: "U.S. Defense Secretary"."""
    heads, _ = title_words()
    if i == 0 or doc[i - 1].lower_ in ("of", "for", "the", "and", "in"):
        return []  # "the mayor of L'Aquila": the place holds no title
    j = i
    has_head = False
    portfolio = False  # "Minister for Housing", "Chancellor of the Exchequer"
    lower_case = False  # a title word written in lower case
    while j > 0:
        t = doc[j - 1]
        prev = doc[j - 2] if j > 1 else None
        if "\n" in t.text or t.is_space:
            break
        if prev is not None and (
            (t.text == "." and is_title_word(prev.text + "."))
            or (t.text in ("-", "‐") and is_title_word(prev.text))
        ):
            j -= 1  # "Brig" + "." of "Brig. Gen.", "Vice" + "-" of "Vice-President"
            continue
        if t.lower_ == "the" and prev is not None and prev.lower_ in ("of", "for"):
            j -= 1
            continue
        if t.is_punct or t.lower_ in DETERMINERS:
            break
        if t.lower_ == "for" or (t.lower_ == "of" and not has_head):
            portfolio = portfolio or not has_head
        elif is_title_word(t.text):
            has_head = has_head or t.lower_ in heads
            lower_case = lower_case or t.is_lower
        elif not (t.is_title or t.is_upper or country_abbr(t)):
            break
        elif lower_case and not country_abbr(t):
            break  # a name before a title in lower case is no part of it: "Apple chief executive"
        j -= 1
    # "... Hegseth Visits NATO": a headline's words are no title; a title ends with a title
    # word next to the name, or with the portfolio after "for"/"of" ("Minister for Housing").
    if not is_title_word(doc[i - 1].text) and not (portfolio and has_head):
        return []
    # The title ends with a head word next to the name ("Secretary of Defense Lloyd").
    if not has_head or j == i:
        return []
    while j < i and doc[j].lower_ in ("of", "the", "and", "for"):
        j += 1
    return [doc[j:i].text] if j < i else []


def titles_after(doc: Doc, i: int) -> list[str]:
    """Return an appositive title: "Healey, the U.K. defence secretary," -> the title."""
    heads, _ = title_words()
    k = i + 1
    if k >= len(doc) or doc[k].text != ",":
        return []
    k += 1
    if k < len(doc) and doc[k].lower_ in DETERMINERS:
        k += 1
    start = k
    while k < len(doc) and k - start < 6:
        t = doc[k]
        if t.lower_ in heads:
            end = k + 1
            if end < len(doc) and doc[end].is_punct:
                return [doc[start:end].text]
            return []
        if t.is_punct or t.is_space or not (is_title_word(t.text) or t.is_title or t.is_upper):
            return []
        k += 1
    return []


def country_abbr(t: Token) -> bool:
    """True for a country abbreviation used as a modifier in a title ("U.S.", "U.K.")."""
    alias = lookup_alias(t.text)
    return bool(alias and alias[1] == "GPE" and t.text.isupper() and len(t.text) <= 5)
