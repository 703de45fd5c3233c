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
their initials is the long name ("NS Power" of "Nova Scotia Power", session 18). Session 20:
acronyms with lower-case letters for the little words ("DfT", "TfGM", "BoM"), tagged or not;
``title_acronyms``, an acronym written as a word in title case ("Sebi"); acronyms of a state's
body without the state ("DEQ" of "Montana Department of Environmental Quality");
``spelled_runs``, an acronym that spells a run of capitalised words NER missed ("TfGM" and
"Transport for Greater Manchester"); an acronym that spells a firm's name with its legal form
("BHEL" of "Bharat Heavy Electricals Limited"). Session 40: an elided article gives no letter
("BCEAO" of "Banque Centrale des Etats de l'Afrique de l'Ouest": "l'Afrique" gives "A").
Session 44: letters in capitals bracketed right after an organisation's name are its short form
whatever their letters, the acronym of its name in its own language ("Statistics Sweden (SCB)",
"Christian Democratic and Flemish (CD&V)"), unless they are a place, a currency, a unit, a code
that follows several names, a credit, or another body's letters in the tables that share no
initial with the name (``_equated_letters``); tagged where NER left them, with their later
mentions; a table title longer than the written name names both ("Social Democrats (SPD)").

Tables: the alias table and the company table (a listed acronym of its own stays), the
gazetteer's populations (a place the name ends with) and ``names.match_acronym``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from itertools import pairwise
from types import MappingProxyType

from briefx.normalize.figures import currencies
from briefx.normalize.names import (
    ACRONYM,
    ACRONYM_SKIP,
    letters_in_order,
    lookup_alias,
    lookup_company,
    match_acronym,
    org_acronyms,
    place_pop,
    world_places,
)
from briefx.normalize.units import unit_table
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
    _bracketed_letters(text, ents)
    retitled: dict[str, str] = {}
    defined = _defined_acronyms(text, ents, retitled)
    for e in ents:  # "Social Democrats (SPD)": both take the party's title (session 44)
        if e.type in ("ORG", "GPE") and e.name in retitled:
            e.name, e.type = retitled[e.name], "ORG"
    with_form = _with_legal_form(text, ents, longs)
    found: dict[str, set[str]] = {}
    titled: dict[str, str] = {}  # a long name -> the acronym a table titles it by
    for e in ents:
        word = text[e.start : e.end]
        if MIXED_ACRONYM.match(word) and e.name == word:
            _link_mixed(e, word, longs)
            continue
        if not ACRONYM.match(word) and word not in defined:
            continue
        alias = lookup_alias(word)
        if word in defined:  # "... Aerospace Workers (IAM)": the text defines it
            if _own_title(word, alias) and defined[word][1] == "ORG" and e.name == word:
                titled[defined[word][0]] = word
                continue
            e.name, e.type = defined[word]
            continue
        if alias and (e.type != "ORG" or alias[1] != "ORG"):
            continue  # "US", "UK": a place the tables know stays that place
        if e.name not in (word, alias[0] if alias else None, lookup_company(word)):
            continue  # named by the text already; the text's expansion wins over the tables
        if word not in found:
            found[word] = {name for name in longs if _spells(word, name)} or {
                name for written, name in with_form.items() if _spells(word, written)
            }  # ("BHEL" of "Bharat Heavy Electricals Limited": the form's letter counts)
        if len(found[word]) == 1:
            long = next(iter(found[word]))
            if _own_title(word, alias) and longs[long] == "ORG":
                titled[long] = word
                e.name = word
                continue
            e.name = long
            e.type = longs[e.name]
    for e in ents:
        if e.type == "ORG" and e.name in titled:
            e.name = titled[e.name]
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
    _untagged_acronyms(text, ents, longs, with_form)
    _later_letters(text, ents, defined)


# letters in brackets right after a name: "New Flemish Alliance (N-VA)"
AFTER_NAME = re.compile(r" \(([^\W\d_][^()\s]{1,7})\)")


def _bracketed_letters(text: str, ents: list[Ent]) -> None:
    """Tag letters in capitals NER left untagged in a bracket right after an organisation's
    name ("the Reformist Movement (MR)", "the New Flemish Alliance (N-VA)"), named as written:
    ``_defined_acronyms`` decides what they stand for (session 44)."""
    _titled_before(text, ents)
    covered = Covered(len(text), ents)
    for a in list(ents):
        mt = AFTER_NAME.match(text, a.end) if a.type in ("ORG", "GPE") else None
        if mt is None or not _capital_letters(mt.group(1)) or covered.hit(*mt.span(1)):
            continue
        b = Ent(mt.start(1), mt.end(1), "ORG", mt.group(1))
        if not _equated_letters(text, a, b, b.name, _codes(text)):
            continue  # (a credit, a code, a place: left untagged)
        ents.append(b)
        covered.add(*mt.span(1))


def _titled_before(text: str, ents: list[Ent]) -> None:
    """The title the tables give bracketed letters, written right before them, is that body's
    mention where NER tagged it only in part or not at all ("the far-right Alternative for
    Germany (AfD)", "Germany" tagged a place): one ORG over it, the pieces dropped (session 44)."""
    for mt in AFTER_NAME.finditer(text):
        word, at = mt.group(1), mt.start()
        alias = lookup_alias(word)
        titles = set(org_acronyms().get(word, {}).values())
        titles |= {alias[0]} if alias and alias[1] == "ORG" else set()
        for t in titles:
            s = at - len(t)
            if s < 0 or text[s:at] != t or text[s - 1 : s].isalnum() or " " not in t:
                continue
            if any(e.start == s and e.end == at and e.type == "ORG" for e in ents):
                break
            if any(e.start < s < e.end or e.start < at < e.end for e in ents):
                break  # (a mention across the edge: another name)
            ents[:] = [e for e in ents if not (s <= e.start and e.end <= at)]
            ents.append(Ent(s, at, "ORG", t))
            break


def _later_letters(text: str, ents: list[Ent], defined: Mapping[str, tuple[str, str]]) -> None:
    """Tag the later mentions NER left untagged of letters the text defined in brackets after a
    name ("... Alliance (N-VA) ... N-VA leader"): the document's short form of that body. Not
    inside a mention, nor beside another word in capitals (a headline, a label "MR SMITH:")."""
    words = {w: v for w, v in defined.items() if v[1] == "ORG" and not ACRONYM_SKIP & {w.lower()}}
    if not words:
        return
    covered = Covered(len(text), ents)
    for w, (name, _) in words.items():
        for mt in re.finditer(rf"(?<![\w&’'-]){re.escape(w)}(?![\w&’'-])", text):
            start, end = mt.span()
            if covered.hit(start, end) or text[start - 1 : start] == "(":
                continue
            if re.search(r"[A-Z]{2,}\W*$", text[max(0, start - 12) : start]) or re.match(
                r"\W*[A-Z]{2,}", text[end : end + 12]
            ):
                continue  # a line in capitals
            ents.append(Ent(start, end, "ORG", name, tags={"short"}))
            covered.add(start, end)


def _own_title(word: str, alias: tuple[str, str] | None) -> bool:
    """Whether a table titles an acronym by itself, as English Wikipedia titles a body known by
    its letters ("IBM", "BASF", "NATO"): the long name the text writes out takes the acronym
    (session 24; a table that expands the acronym, "FAA", leaves the text's expansion)."""
    return lookup_company(word) == word or alias == (word, "ORG")


def expanded_titles(text: str, ents: list[Ent]) -> None:
    """An acronym the entities stage named by the expansion the text wrote before it ("Toyota
    Motor Corporation (TMC)": "TMC" named "Toyota Motor Corporation") takes the title the tables
    gave that written name's mention ("Toyota"): one body, one name (session 41)."""
    titles = {
        text[e.start : e.end]: e.name
        for e in ents
        if e.type == "ORG" and " " in text[e.start : e.end] and e.name != text[e.start : e.end]
    }
    if not titles:
        return
    for e in ents:
        title = titles.get(e.name) if e.type == "ORG" else None
        if title is not None and ACRONYM.match(text[e.start : e.end]):
            e.name = title


def _with_legal_form(text: str, ents: list[Ent], longs: Mapping[str, str]) -> dict[str, str]:
    """The long names the text writes with a legal form the name leaves out, as written -> name
    ("Bharat Heavy Electricals Limited" -> "Bharat Heavy Electricals"): a firm's acronym may
    spell its form too ("BHEL", "CMAL"; session 20)."""
    out: dict[str, str] = {}
    for e in ents:
        written = text[e.start : e.end]
        if e.name in longs and written != e.name and written.startswith(e.name + " "):
            out[written] = e.name
    return out


# a word in capitals of three to six letters, "&" inside ("NPA", "KDHE", "M&S")
CAPITALS_WORD = re.compile(r"(?<![\w&.’'-])[A-Z][A-Z&]{1,4}[A-Z](?![\w&’'-]|\.\w)")
# an acronym whose lower-case letters stand for the little words of the name, as British and
# Commonwealth bodies write theirs ("DfT", "TfGM", "BoM", "MoD"): capitals at both ends, at
# most one lower-case letter between two capitals, one lower-case letter at least
MIXED_ACRONYM = re.compile(r"^(?=.*[a-z])[A-Z](?:[a-z]?[A-Z]){1,4}$")
MIXED_WORD = re.compile(r"(?<![\w&.’'-])(?=\w*[a-z])[A-Z](?:[a-z]?[A-Z]){1,4}(?![\w&’'-]|\.\w)")


def _acronym_words(text: str) -> list[re.Match[str]]:
    """The words in capitals and the mixed-case acronyms of the text, in order."""
    found = [*CAPITALS_WORD.finditer(text), *MIXED_WORD.finditer(text)]
    return sorted(found, key=lambda m: m.start())


def _mixed_spells(acronym: str, name: str) -> bool:
    """Whether a mixed-case acronym spells the name letter by word: each capital the initial of
    a capitalised word, each lower-case letter a little word it begins ("of", "for", "and",
    ``names.ACRONYM_SKIP``), in order ("DfT" of "Department for Transport", "BoM" of "Bureau of
    Meteorology", "TfGM" of "Transport for Greater Manchester"); a country in brackets after
    the name is left out ("MoD" of "Ministry of Defence (Kenya)")."""
    words = _words(name.split(" (")[0] if name.endswith(")") else name)
    if len(words) != len(acronym):
        return False
    for ch, w in zip(acronym, words, strict=True):
        if ch.isupper() and not (w[:1] == ch and w[1:2].islower()) and w != ch:
            return False
        if ch.islower() and not (w in ACRONYM_SKIP and w[:1] == ch):
            return False
    return True


def _link_mixed(e: Ent, word: str, longs: Mapping[str, str]) -> None:
    """A mixed-case acronym NER tagged is the one long name of the document it spells."""
    cands = {n for n in longs if _mixed_spells(word, n)}
    if len(cands) == 1:
        e.name = next(iter(cands))
        e.type = longs[e.name]
        e.tags.add("short")


def _untagged_acronyms(
    text: str, ents: list[Ent], longs: Mapping[str, str], with_form: Mapping[str, str]
) -> None:
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
        for i in {w[:1] for w in _words(n)[:4] if w[:1].isupper()}:
            by_initial[i].append(n)  # (also after a place it opens with: "SES" of "New South ...")
    spelled_by: dict[str, set[str]] = {}
    for mt in _acronym_words(text):
        word, (start, end) = mt.group(0), mt.span()
        if covered.hit(start, end) or lookup_alias(word) or lookup_company(word):
            continue
        if re.search(r"[A-Z]{2,}\W*$", text[max(0, start - 12) : start]) or re.match(
            r"\W*[A-Z]{2,}", text[end : end + 12]
        ):
            continue  # a line in capitals
        if word not in spelled_by:  # (each acronym compared once, with names of its initial)
            spells = _mixed_spells if MIXED_ACRONYM.match(word) else _spells
            spelled_by[word] = {n for n in by_initial.get(word[0], ()) if spells(word, n)} or {
                n for w, n in with_form.items() if w[:1] == word[0] and spells(word, w)
            }
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


# an elided article before a capitalised word, as French and Italian names write them ("l'Afrique",
# "d'Ivoire", "dell'Economia"): the word after it gives the acronym its letter
ELIDED = re.compile(r"^(?:[a-z]{1,3}|dell|dall|sull)['’](?=[A-Z])")


def _bare(word: str) -> str:
    """A word without the elided article it opens with ("l'Ouest" -> "Ouest"; session 40)."""
    return ELIDED.sub("", word)


def _initials_in_order(acronym: str, name: str) -> bool:
    """Whether an acronym's letters are initials of the name's capitalised words, in order, the
    first the first word's ("IAM" of "International Association of Machinists and Aerospace
    Workers"): defined acronyms often leave words out; an elided article gives no letter
    ("BCEAO" of "Banque Centrale des Etats de l'Afrique de l'Ouest")."""
    caps = [w[0] for w in map(_bare, _words(name)) if w[:1].isupper()]
    letters = acronym.rstrip("s") if acronym[:-1].isupper() else acronym
    if len(letters) < 2 or not caps or letters[0] != caps[0]:
        return False
    return letters_in_order(letters, "".join(caps))


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


def _defined_acronyms(
    text: str, ents: list[Ent], retitled: dict[str, str] | None = None
) -> dict[str, tuple[str, str]]:
    """Acronyms the text defines in brackets right after a name of an organisation or a law
    whose initials they give in order ("the International Association of Machinists and
    Aerospace Workers (IAM)"), acronym -> (name, type); the first definition wins (session 13).
    An acronym the tables or the spelling rule already name keeps that name. Letters that do
    not spell the name are its short form too where the text equates them (``_equated_letters``,
    session 44); where the table titles them by a longer form of the name, the name and the
    letters take that title (``retitled``: written name -> title)."""
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
        elif (
            a.type == "ORG"
            and text[a.end : b.start] == " ("
            and text[b.end : b.end + 1] == ")"
            and ACRONYM.match(word)
            and b.name in (word, (lookup_alias(word) or ("",))[0])
            and len(_words(a.name)) >= 2
            and not _place_alias(word)
            and _letters_of(word, a.name)
        ):  # "Panama Canal Authority (ACP)": the body's own-language acronym (session 24)
            out.setdefault(word, (a.name, a.type))
        elif word not in out and _equated_letters(text, a, b, word, _codes(text)):
            title = _table_title(word, a.name)
            out[word] = (title or a.name, "ORG")
            if title is not None and retitled is not None:
                retitled.setdefault(a.name, title)
    return out


def _capital_letters(word: str) -> bool:
    """Whether a word is letters in capitals, other alphabets' too, "&" or "-" between two of
    them ("SCB", "CD&V", "N-VA", "ÖVP")."""
    return (
        len(word) >= 2
        and word[0].isupper()
        and word[-1].isupper()
        and all(c.isupper() or (c in "&-" and w.isupper()) for c, w in pairwise(word[1:] + "A"))
        and "&&" not in word
    )


# a bracket after a name the news agencies' credits follow ("Reuters (AP) -")
CREDIT_AFTER = re.compile(r"\)\s*[-\u2013\u2014]")


@lru_cache(maxsize=1)
def _codes(text: str) -> Mapping[str, int]:
    """How many different names each bracketed word in capitals follows in the text: a code
    follows many ("(GBR)" after riders of one country, "(R)" after senators), a short form one.
    Counted once per text, where a bracket first needs it (both callers share the count)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for mt in BRACKETED.finditer(text):
        seen[mt.group(2)].add(mt.group(1))
    return MappingProxyType({k: len(v) for k, v in seen.items()})


# a bracket of capitals right after a capitalised word: the word before it and the letters
BRACKETED = re.compile(r"(\w+) \(([^\W\d_a-z][^\s()]{1,7})\)")


def _equated_letters(text: str, a: Ent, b: Ent, word: str, codes: Mapping[str, int]) -> bool:
    """Whether letters in capitals bracketed right after an organisation's name are that
    name's short form though they do not spell it: the acronym of its name in its own language
    ("Statistics Sweden (SCB)", "Christian Democratic and Flemish (CD&V)", "Federal Employment
    Agency (BA)"; session 44). The document equates them, whatever a table says the letters
    stand for ("Alliance of Sahel States (AES)", not the AES Corporation). Not a place, a
    people, a currency or a unit the tables know ("(UK)", "(EUR)", "(MW)"), a code that
    follows several names ("(GBR)" in a results list), a news agency's credit ("(AP) -"), nor
    letters the tables give another body that share no initial with the name ("(AFP)" after a
    firm); a ticker has a colon or a dot and is never one word in capitals ("(NYSE: X)",
    "(RHMG.DE)"); the name has two words at least and is an organisation's (a person's party,
    "Johann Wadephul (CDU)", is not the person's short form; a name NER typed a place that no
    table knows as one, "Statistics Netherlands (CBS)", is the body's)."""
    if not (
        (
            a.type == "ORG"
            or (a.type == "GPE" and not _place_alias(a.name) and place_pop(a.name) < 0)
        )
        and text[a.end : b.start] == " ("
        and text[b.end : b.end + 1] == ")"
        and _capital_letters(word)
        and len(_words(a.name)) >= 2
        and len(word) < len(text[a.start : a.end])
        and not _place_alias(word)
        and codes.get(word, 0) <= 1
        and not CREDIT_AFTER.match(text, b.end)
    ):
        return False
    if word in currencies().codes or word.lower() in unit_table():
        return False
    alias, company = lookup_alias(word), lookup_company(word)
    other = {t for t in ((alias or ("",))[0], company or "") if t and t != word}
    if b.name not in (word, *other):
        return False  # named otherwise already (a table's keyed row, a person's name)
    if other and a.name not in other:
        initials = {w[:1].upper() for w in _words(a.name) if w[:1].isupper()}
        return word[0] in initials  # ("Alliance of Sahel States (AES)", not "Ford (AFP)")
    return True


def _table_title(word: str, name: str) -> str | None:
    """The one title ``org_acronyms.jsonl`` gives the letters that shares a word with the name
    the text equates them with, where it differs from it: the article title of the body the
    text names by a shorter form ("Social Democrats (SPD)": "Social Democratic Party of
    Germany"); a title that shares no word is another body's, and the text wins."""
    stems = {w[:5].lower() for w in _words(name) if len(w) >= 4 and w[:1].isupper()}
    titles = {
        t
        for t in org_acronyms().get(word, {}).values()
        if t != name and stems & {w[:5].lower() for w in _words(t) if len(w) >= 4}
    }
    return next(iter(titles)) if len(titles) == 1 else None


def _place_alias(word: str) -> bool:
    """Whether the tables read a word as a place or people ("UK", "US"), not a body."""
    alias = lookup_alias(word)
    return bool(alias and alias[1] != "ORG")


def _letters_of(acronym: str, name: str) -> bool:
    """Whether an acronym bracketed after a body's name is made of that name's letters, though
    not its English initials in order: the initials in another order, as the body's own language
    orders its words ("ACP" of "Panama Canal Authority", Autoridad del Canal de Panama; "UME"
    of "Military Emergencies Unit"), or letters of its words in order from the first word's
    first letter, a country it opens with left out ("COCOBOD" of "Ghana Cocoa Board"). Two
    letters at least."""
    letters = acronym.rstrip("s") if acronym[:-1].isupper() else acronym
    if len(letters) < 2:
        return False
    words = _words(name)
    initials = [w[0].upper() for w in words if w[:1].isalpha()]
    if all(letters.count(c) <= initials.count(c) for c in set(letters)):
        return True
    caps = [w for w in words if w[:1].isupper()]
    starts = [caps]
    if len(caps) > 2 and lookup_alias(caps[0]):
        starts.append(caps[1:])  # the country the name opens with ("Ghana Cocoa Board")
    # in order from the first word's first letter (other letters bracketed after the name are
    # read by ``_equated_letters``, session 44)
    plains = ("".join(run).upper() for run in starts)
    return any(plain[:1] == letters[0] and letters_in_order(letters, plain) for plain in plains)


def _spells(acronym: str, name: str) -> bool:
    """Whether an acronym's letters spell the whole name, or the name without the place it ends
    with ("MPA" of "Maritime and Port Authority of Singapore", "NBS" of "National Bureau of
    Statistics (Tanzania)"): bodies are often abbreviated without their country."""
    words = _words(name)
    if match_acronym(acronym, words) == 0 or _spells_by_parts(acronym, words):
        return True
    if len(acronym.rstrip("s")) >= 3 and _spells_after_place(acronym, words):
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


# the parts of a word an acronym may take a letter from each: "Saint-Germain", "A&M", "Rhône-Alpes"
WORD_PARTS = re.compile(r"[-&]")


def _spells_by_parts(acronym: str, words: list[str]) -> bool:
    """Whether an acronym of three letters or more spells every word of the name, reading the
    parts of a hyphenated word or of one joined by "&" as words of their own ("PSG" of "Paris
    Saint-Germain", "TAMU" of "Texas A&M University"), a short word in capitals as all its
    letters or its initial ("UKHSA" of "UK Health Security Agency", "NHSE" of "NHS England") and
    a word in lower case as one that gives no letter, as other languages' little words ("BSP" of
    "Bangko Sentral ng Pilipinas", "INVS" of "Instituto Nacional de Vivienda y Suelo"; session
    30). Every part and capitalised word gives its letters, in order; the acronym uses them all.
    Only where one of these readings is needed (the plain one is ``names.match_acronym``'s)."""
    letters = acronym.rstrip("s") if acronym[:-1].isupper() else acronym
    letters = letters.replace("&", "")
    if len(letters) < 3 or not words or not words[0][:1].isupper():
        return False
    options: list[set[str]] = []
    for w in words:
        w = _bare(w.strip(","))
        if not w or w in ACRONYM_SKIP or w.islower():
            continue
        parts = [p for p in WORD_PARTS.split(w) if p]
        if not all(p[:1].isupper() for p in parts):
            return False
        for p in parts:
            whole = {p} if p.isalpha() and p.isupper() and 2 <= len(p) <= 4 else set()
            options.append({p[0]} | whole)
    if len(options) == len(words) and all(len(o) == 1 for o in options):
        return False  # (one letter a word: the plain reading's)
    ends = {0}  # the letters spelled so far, by each reading
    for opts in options:
        ends = {k + len(o) for k in ends for o in opts if letters.startswith(o, k)}
        if not ends:
            return False
    return len(letters) in ends


def _spells_after_place(acronym: str, words: list[str]) -> bool:
    """Whether an acronym spells the name without the country, state or province it opens
    with ("SES" of "New South Wales State Emergency Service", "DEQ" of "Montana Department of
    Environmental Quality"): a state's body is abbreviated without its state. The place is one
    to three capitalised words the alias table reads as a place or the gazetteer as a
    subdivision (not any town: "Federal" is a town), two words at least left after it."""
    for k in range(1, min(4, len(words) - 1)):
        if not words[k - 1][:1].isupper():
            return False
        place = " ".join(words[:k])
        alias = lookup_alias(place)
        is_place = (alias is not None and alias[1] == "GPE") or any(
            r.get("kind") == "subdivision" for r in world_places().get(place, ())
        )
        if is_place and words[k][:1].isupper() and match_acronym(acronym, words[k:]) == 0:
            return True
    return False


def title_acronyms(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """An acronym written as a word in title case, as some house styles write the acronyms they
    pronounce ("Sebi", "Acas", "Nafdac"), is the body the same letters in capitals stand for in
    the document ("Sebi" after "SEBI", linked to "Securities and Exchange Board of India"), or
    the one long name of the document it spells (four letters at least). Not an English word,
    a name the tables know, nor a mention named already."""
    longs = {
        e.name: e.type
        for e in ents
        if e.type in ("ORG", "LAW") and len(_words(e.name)) >= 3 and " " in text[e.start : e.end]
    }
    capitals = {
        text[x.start : x.end]: (x.name, x.type)
        for x in ents
        if x.name in longs and ACRONYM.match(text[x.start : x.end])
    }
    for e in ents:
        word = text[e.start : e.end]
        if (
            e.type not in ORG_LIKE
            or e.name != word
            or not TITLE_ACRONYM.match(word)
            or word.lower() in english
            or lookup_alias(word)
            or lookup_company(word)
        ):
            continue
        up = word.upper()
        if up in capitals:
            e.name, e.type = capitals[up]
            e.tags.add("short")
            continue
        cands = {n for n in longs if len(up) >= 4 and _spells(up, n)}
        if len(cands) == 1:
            e.name = next(iter(cands))
            e.type = longs[e.name]
            e.tags.add("short")


# a word of three to six letters in title case ("Sebi", "Acas")
TITLE_ACRONYM = re.compile(r"^[A-Z][a-z]{2,5}$")


# a run of capitalised words with little words inside ("Transport for Greater Manchester")
CAPITAL_RUN = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'&-]*(?: (?:(?:of|for|and|the|on|in|de) )*[A-Z][\w’'&-]*)+"
)


def spelled_runs(text: str, ents: list[Ent]) -> None:
    """An acronym NER tagged that spells no name of the document but a run of capitalised words
    NER missed or cut to a place ("TfGM" and "Transport for Greater Manchester", where NER took
    only "Manchester") is that run, tagged an organisation at each place the text writes it,
    the places inside it folded in. The run is spelled word by word, little words as the
    acronym has them ("DfE" of "Department for Education", "ONR" of "Office for Nuclear
    Regulation"), a "The" before it left out; only where one run fits, of three words at least,
    and no mention lies inside it but a place or a piece of the name NER cut it into, named as
    written ("KPLC" of "Kenya Power and Lighting Company", tagged "Kenya Power" + "Lighting
    Company"). An acronym NER read as a person counts too ("The ACCC said" of "The Australian
    Competition and Consumer Commission", NER tagging only "Australian"; session 21)."""
    acr = [
        e
        for e in ents
        if e.type in ("ORG", "PERSON")  # (NER reads some acronyms as people: "ACCC said")
        and e.name == text[e.start : e.end]
        and (ACRONYM.match(e.name) or MIXED_ACRONYM.match(e.name))
        and not lookup_alias(e.name)
        and not lookup_company(e.name)
    ]
    if not acr:
        return
    runs: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mt in CAPITAL_RUN.finditer(text):
        start, run = mt.start(), mt.group(0)
        if run.startswith("The "):
            start, run = start + 4, run[4:]
        if len(_words(run)) >= 3:
            runs[run].append((start, start + len(run)))
    # a mention blocks a run where it is named otherwise (a place inside is folded in, and so
    # are pieces NER cut the name into, named as written: "Kenya Power" + "Lighting Company")
    covered = Covered(
        len(text), [e for e in ents if e.type != "GPE" and e.name != text[e.start : e.end]]
    )
    for e in acr:
        word = e.name
        spells = _mixed_spells if MIXED_ACRONYM.match(word) else _strict_spells
        fits = [r for r in runs if spells(word, r)]
        if len(fits) != 1:
            continue
        run, spans = fits[0], runs[fits[0]]
        if any(covered.hit(s, t) for s, t in spans) or any(
            (x.start < s < x.end or x.start < t < x.end) for x in ents for s, t in spans
        ):
            continue  # (a mention across the run's edge: another name)
        inside = {id(x) for x in ents for s, t in spans if s <= x.start and x.end <= t}
        ents[:] = [x for x in ents if id(x) not in inside]
        ents.extend(Ent(s, t, "ORG", run, tags={"short"}) for s, t in spans)
        for s, t in spans:
            covered.add(s, t)
        for x in ents:
            if x.type in ("ORG", "PERSON") and x.name == word and text[x.start : x.end] == word:
                x.name, x.type = run, "ORG"
                x.tags.add("short")


def _strict_spells(acronym: str, name: str) -> bool:
    """Whether an acronym in capitals spells every capitalised word of the name in order, one
    letter each, little words left out ("ONR" of "Office for Nuclear Regulation")."""
    caps = [w[:1] for w in _words(name) if w not in ACRONYM_SKIP]
    return "".join(caps) == acronym and all(c.isupper() for c in caps)
