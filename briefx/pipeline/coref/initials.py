"""Acronyms and initialled forms: letters that stand for one name the document writes out.

``acronyms``: an acronym without parentheses, before or after the full name, whose letters
spell exactly one organisation or law the document names in full is that body ("CDMI" after
"Colorado Department of Mobility Infrastructure", "DMA" after "Digital Markets Act"), also
where a table names the acronym otherwise: the text's expansion wins; also its name without
the place it ends with ("MPA" of "Maritime and Port Authority of Singapore", session 12).
Acronyms defined in brackets after a name whose initials they give in order, words left out
("... Machinists and Aerospace Workers (IAM)", session 13), also read loosely where one
initial a word does not fit: a word in capitals gives all its letters ("UK Research and
Innovation (UKRI)"), a capitalised word its first two or three ("European Chemicals Agency
(ECHA)"); a shorter acronym that opens or ends one the text spelled out is that body ("NNPC"
after "(NNPCL)"; session 15). An untagged acronym after the long name it spells is tagged
("NPA managing director"; session 18). ``initialled_forms``: a name with some words written as
their initials is the long name ("NS Power" of "Nova Scotia Power", session 18).

Tables: the alias table and the company table (a listed acronym of its own stays), the
gazetteer's populations (a place the name ends with) and ``names.match_acronym``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from itertools import pairwise

from briefx.normalize.names import ACRONYM, lookup_alias, lookup_company, match_acronym, place_pop
from briefx.pipeline.coref.ent import ORG_LIKE, Covered, Ent, _words


def acronyms(text: str, ents: list[Ent]) -> None:
    """An acronym whose letters spell exactly one organisation the document names in full is
    that organisation ("CDMI" after "Colorado Department of Mobility Infrastructure"), also
    where a table names the acronym otherwise: the text's expansion wins (session 12: folded in
    from ``naming``, which did this for tagged organisations before the form rules ran)."""
    # the names the text writes out (not one a table gave an acronym: "FAA" -> "Federal
    # Aviation Administration" beside the text's "Federal Aviation Agency")
    longs = {
        e.name: e.type
        for e in ents
        if e.type in ("ORG", "LAW") and len(_words(e.name)) >= 2 and " " in text[e.start : e.end]
    }
    defined = _defined_acronyms(text, ents)
    found: dict[str, set[str]] = {}
    for e in ents:
        word = text[e.start : e.end]
        if not ACRONYM.match(word):
            continue
        if word in defined:  # "... Aerospace Workers (IAM)": the text defines it
            e.name, e.type = defined[word]
            continue
        alias = lookup_alias(word)
        if alias and (e.type != "ORG" or alias[1] != "ORG"):
            continue  # "US", "UK": a place the tables know stays that place
        if e.name not in (word, alias[0] if alias else None, lookup_company(word)):
            continue  # named by the text already; the text's expansion wins over the tables
        if word not in found:
            found[word] = {name for name in longs if _spells(word, name)}
        if len(found[word]) == 1:
            e.name = next(iter(found[word]))
            e.type = longs[e.name]
    # a shorter acronym inside one the text spelled out: "NNPC" after "... Limited (NNPCL)"
    spelled = {
        text[e.start : e.end]: (e.name, e.type)
        for e in ents
        if e.type in ("ORG", "LAW") and e.name in longs and ACRONYM.match(text[e.start : e.end])
    }
    for e in ents:
        word = text[e.start : e.end]
        if e.name == word and ACRONYM.match(word):
            part = _part_of_defined(word, spelled)
            if part is not None:
                e.name, e.type = part
    _untagged_acronyms(text, ents, longs)


# a word in capitals of three to six letters, "&" inside ("NPA", "KDHE", "M&S")
CAPITALS_WORD = re.compile(r"(?<![\w&.’'-])[A-Z][A-Z&]{1,4}[A-Z](?![\w&’'-]|\.\w)")


def _untagged_acronyms(text: str, ents: list[Ent], longs: Mapping[str, str]) -> None:
    """An acronym NER left untagged whose letters spell one organisation the document names in
    full before it is that organisation: "NPA managing director ..." after "the Nigerian Ports
    Authority" (session 18). Not an alias or a listed company of its own, nor a word beside
    another word in capitals (a headline, a label)."""
    covered = Covered(len(text), ents)
    first: dict[str, int] = {}
    for e in ents:
        if e.name in longs:
            first[e.name] = min(first.get(e.name, e.start), e.start)
    by_initial: dict[str, list[str]] = defaultdict(list)
    for n in longs:
        by_initial[n[:1]].append(n)
    spelled_by: dict[str, set[str]] = {}
    for mt in CAPITALS_WORD.finditer(text):
        word, (start, end) = mt.group(0), mt.span()
        if covered.hit(start, end) or lookup_alias(word) or lookup_company(word):
            continue
        if re.search(r"[A-Z]{2,}\W*$", text[max(0, start - 12) : start]) or re.match(
            r"\W*[A-Z]{2,}", text[end : end + 12]
        ):
            continue  # a line in capitals
        if word not in spelled_by:  # (each acronym compared once, with names of its initial)
            spelled_by[word] = {n for n in by_initial.get(word[0], ()) if _spells(word, n)}
        names = {n for n in spelled_by[word] if first.get(n, end) < start}
        if len(names) == 1:
            name = next(iter(names))
            ents.append(Ent(start, end, longs[name], name, tags={"short"}))
            covered.add(start, end)


def _expands(short: list[str], long: list[str]) -> bool:
    """Whether a short name is the long one with some runs of its words written as their
    initials, the other words as they are: "NS Power" of "Nova Scotia Power", "BC Hydro" of
    "British Columbia Hydro" (at least one run of two or more words; session 18)."""
    memo: dict[tuple[int, int], bool] = {}

    def fits(i: int, j: int, used: bool) -> bool:
        if i == len(short):
            return used and j == len(long)
        if (i, j) in memo and not used:
            return memo[(i, j)]
        w, ok = short[i], False
        if j < len(long) and w == long[j]:
            ok = fits(i + 1, j + 1, used)
        n = len(w)
        if not ok and 2 <= n <= 4 and w.isupper() and w.isalpha() and j + n <= len(long):
            run = long[j : j + n]
            if all(x[:1].isupper() for x in run) and "".join(x[0] for x in run) == w:
                ok = fits(i + 1, j + n, True)
        if not used:
            memo[(i, j)] = ok
        return ok

    return len(short) >= 2 and fits(0, 0, False)


def initialled_forms(text: str, ents: list[Ent]) -> None:
    """A name of two words or more, some of which are the initials of words of one longer name
    the document gives, is that name: "NS Power" after "Nova Scotia Power" (a place's
    initials before a company's word, session 18). Not where the mention is named already or
    two long names fit."""
    longs = {e.name: e.type for e in ents if e.type in ORG_LIKE and len(_words(e.name)) >= 3}
    if not longs:
        return
    fits: dict[str, set[str]] = {}  # each written form compared once
    for e in ents:
        word = text[e.start : e.end]
        words = _words(word)
        if e.type not in ORG_LIKE or e.name != word or not any(w.isupper() for w in words):
            continue
        if word not in fits:
            fits[word] = {name for name in longs if _expands(words, _words(name))}
        cands = fits[word]
        if len(cands) == 1:
            e.name = next(iter(cands))
            e.type = longs[e.name]
            e.tags.add("short")


def _initials_in_order(acronym: str, name: str) -> bool:
    """Whether an acronym's letters are initials of the name's capitalised words, in order, the
    first the first word's ("IAM" of "International Association of Machinists and Aerospace
    Workers"): defined acronyms often leave words out."""
    caps = [w[0] for w in _words(name) if w[:1].isupper()]
    letters = acronym.rstrip("s") if acronym[:-1].isupper() else acronym
    if len(letters) < 2 or not caps or letters[0] != caps[0]:
        return False
    k = 0
    for c in caps:
        if k < len(letters) and c == letters[k]:
            k += 1
    return k == len(letters)


def _part_of_defined(word: str, defined: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The one body whose defined acronym a shorter acronym opens or ends: "NNPC" of "Nigerian
    National Petroleum Company Limited (NNPCL)", "EPA" of "... (USEPA)" (a body writes its
    acronym without its legal form or its country's letters; session 15). Three letters at
    least, and not a place the tables know ("US" of "USEPA")."""
    if len(word.rstrip("s")) < 3 or word in defined:
        return None
    alias = lookup_alias(word)
    if alias and alias[1] != "ORG":
        return None
    cands = {v for k, v in defined.items() if len(k) > len(word) and k[:1].isupper()
             and (k.startswith(word) or k.endswith(word))}  # fmt: skip
    return next(iter(cands)) if len(cands) == 1 else None


def _defined_acronyms(text: str, ents: list[Ent]) -> dict[str, tuple[str, str]]:
    """Acronyms the text defines in brackets right after a name of an organisation or a law
    whose initials they give in order ("the International Association of Machinists and
    Aerospace Workers (IAM)"), acronym -> (name, type); the first definition wins (session 13).
    An acronym the tables or the spelling rule already name keeps that name."""
    out: dict[str, tuple[str, str]] = {}
    ordered = sorted(ents, key=lambda e: e.start)
    for a, b in pairwise(ordered):
        word = text[b.start : b.end]
        if (
            a.type in ("ORG", "LAW")
            and text[a.end : b.start] == " ("
            and text[b.end : b.end + 1] == ")"
            and ACRONYM.match(word)
            and b.name == word
            and not lookup_alias(word)
            and len(_words(a.name)) > len(word)
            and (
                _initials_in_order(word, a.name)
                or match_acronym(word, _words(a.name), loose=True) == 0
            )
        ):
            out.setdefault(word, (a.name, a.type))
    return out


def _spells(acronym: str, name: str) -> bool:
    """Whether an acronym's letters spell the whole name, or the name without the place it ends
    with ("MPA" of "Maritime and Port Authority of Singapore", "NBS" of "National Bureau of
    Statistics (Tanzania)"): bodies are often abbreviated without their country."""
    words = _words(name)
    if match_acronym(acronym, words) == 0:
        return True
    if name.endswith(")") and " (" in name:
        return match_acronym(acronym, _words(name.split(" (")[0])) == 0
    k = len(words) - 1
    while k > 0 and words[k][:1].isupper():
        k -= 1
    place = " ".join(words[k + 1 :])
    if (
        k >= 2
        and words[k] in ("of", "in")
        and place
        and (lookup_alias(place) or place_pop(place) >= 0)
    ):
        return match_acronym(acronym, words[:k]) == 0
    return False
