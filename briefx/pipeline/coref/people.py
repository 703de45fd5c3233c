"""People named short: a surname, an initial and a surname, the first words of a full name.

``surnames`` (run by ``link_names``): a lone capitalised word that is the last word of one
person's full name anywhere in the document (headline included) is that PERSON, whatever NER
called it; untagged later uses of the surname are tagged. So is a surname of several words
("Van der Berg") and an initial with a surname ("M. Okafor") that shortens exactly one full
name. A surname written without the full name's diacritics counts ("Swiatek" of "Iga
Świątek"), and a full name NER called an ORG or GPE is a person where it opens with a given
name and its last word stands alone elsewhere ("Sandra Perković ... Perkovic said"). A full
name's first word that is no given name is a family name written first ("Xi" of "Xi
Jinping"), but not a word the entities component already named by a firm it opens
("Halvorsen" of "Halvorsen Seafood Group" beside "Halvorsen Maritime"; session 20), nor a
place NER read as one that the gazetteer knows ("Leeds" beside "Leeds United"; session 21);
the first two or more words of one person's name of three or more are that person ("Pasang
Dawa" of "Pasang Dawa Sherpa"). A surname after the Arabic article stands for its
full name also without the article or with another form of it ("Sharaa", "Al-Sharaa" of
"Ahmed al-Sharaa"; session 15). ``titled_names``: a title English Wikipedia keeps in the name
stays in it ("Pope Leo XIV", session 12).

Tables: ``models/given_names.jsonl``, ``models/name_particles.jsonl`` (the ALA-LC Arabic
romanisation table, through ``names.without_article``), the ``in_name`` titles and title words
of ``models/titles.jsonl``, and the alias table (an alias is never a surname). The sports rules
of the entities component run ``surnames`` once more after they find a results list's players.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from briefx.normalize.names import (
    GENERATIONAL,
    fold_letters,
    is_title_word,
    lookup_alias,
    lookup_company,
    neighbour_town,
    place_pop,
    surname,
    title_words,
    titles_in_name,
    without_article,
)
from briefx.pipeline.coref.ent import Covered, Ent, _words
from briefx.pipeline.coref.evidence import APPOSITION, SAID_HE, WHO
from briefx.resources import TableIndex, table_index

# An initial before a surname: "J. Okafor", "J Okafor", "A. de Wit" (results lines, scorecards)
INITIAL_SURNAME = re.compile(r"([A-Z])\.? ((?:[a-z]+ )*[A-Z].*)")


def _surname_tails(ents: list[Ent]) -> dict[str, set[str]]:
    """The surnames of several words the document's full names end with, lower case: "van der
    berg" and "der berg" of "Pieter van der Berg", "sandoval reyes" of "Lucía Sandoval Reyes"."""
    tails: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        words = _words(e.name)
        if e.type == "PERSON":
            for k in range(1, len(words) - 1):
                tail = " ".join(words[k:]).lower()
                tails[tail].add(e.name)
                tails[fold_letters(tail)].add(e.name)
    return tails


def _long_form(word: str, full: dict[str, set[str]], tails: dict[str, set[str]]) -> str | None:
    """The one full name a mention of several words shortens: a surname of several words
    ("Sandoval Reyes", "Van der Berg"), or an initial and a surname ("M. Okafor", whose full
    name's first word starts with that letter). None where no full name, or several, fit."""
    names = tails.get(word.lower(), set())
    initial = INITIAL_SURNAME.fullmatch(word)
    if initial and not names:
        rest = initial.group(2)
        names = {
            n
            for n in (tails.get(rest.lower(), set()) | full.get(rest, set()))
            if n[:1] == initial.group(1) and _words(n)[0].rstrip(".") != initial.group(1)
        }
    return next(iter(names)) if len(names) == 1 else None


def _opened_people(ents: list[Ent]) -> dict[str, set[str]]:
    """The first words (two or more) of the document's full names of people, each with the names
    they open: "Pasang Dawa" of "Pasang Dawa Sherpa", "Faisal bin Farhan" of "Faisal bin Farhan
    Al Saud" (a name shortened from the end: a Sherpa's clan name, an Arabic nasab)."""
    opened: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        words = _words(e.name)
        if words and words[-1].lower() in GENERATIONAL:
            continue  # "Ferdinand Marcos" is not opened by "Ferdinand Marcos Jr.": his father
        if e.type == "PERSON" and len(words) >= 3:
            for k in range(2, len(words)):
                opened[" ".join(words[:k])].add(e.name)
    return opened


def _one(names: set[str]) -> str | None:
    return next(iter(names)) if len(names) == 1 else None


def _people_named_as_orgs(doc: Doc, text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A full name NER called an organisation or a place is a PERSON where it opens with a given
    name (models/given_names.jsonl), its other words are capitalised names that neither English
    nor the alias table knows, and the document uses its last word alone elsewhere: "Sandra
    Perković ... Perkovic said" (diacritics mislead the small model), or its last two words
    as a mention of their own ("Lucía Sandoval Reyes ... Sandoval Reyes"). "Morgan Stanley"
    stays unless "Stanley" stands alone; "Maria Harbour" is no candidate by a lone word that
    English knows ("Harbour fees"). A side the sports rules read off a result line or a table
    (tag ``team``) is no candidate: "Spartak Moscow 2 Alania Vladikavkaz 1" beside "CSKA
    Moscow" is a club whose first word is a given name (session 42, clubs42)."""
    given = table_index("given_names.jsonl", "name")
    candidates = [
        (e, words)
        for e in ents
        if e.type in ("ORG", "GPE")
        and "team" not in e.tags
        and e.name == text[e.start : e.end]
        and 2 <= len(words := _words(e.name)) <= 3
        and given.get(words[0])
        and all(w.isalpha() and w[:1].isupper() for w in words)
        and not any(lookup_alias(w) for w in words[1:])
        and not neighbour_town(e.name)  # "West Kelowna" beside "Kelowna" (session 20)
    ]
    speaking = [
        e
        for e in ents
        if e.type in ("ORG", "GPE")
        and e.name == text[e.start : e.end]
        and len(words := _words(e.name)) == 2
        and not given.get(words[0])
        and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)
        and words[0].lower() not in english
        and not any(w.lower() in STOP_WORDS for w in words)
        and not lookup_alias(words[0])
        and place_pop(words[0]) < 0  # (the last word may be a town's: "Orleans said he")
        and not lookup_alias(e.name)
        and not lookup_company(e.name)
        and _speaks_alone(doc, text, e, words[-1])
    ]
    for e in speaking:
        e.type, e.fixed = "PERSON", True
    if not candidates:
        return  # the counts below read every token: only where a name may need them
    alone: Counter[str] = Counter(fold_letters(t.text) for t in doc if t.is_title and t.is_alpha)
    count: Counter[str] = Counter(e.name for e in ents)
    shorter = {fold_letters(text[x.start : x.end]) for x in ents if " " in text[x.start : x.end]}
    for e, words in candidates:
        if (
            alone[fold_letters(words[-1])] > count[e.name]
            and not any(w.lower() in english for w in words[1:])
        ) or (
            # a surname of two words named alone ("Lucía Sandoval Reyes ... Sandoval Reyes"):
            # evidence enough, also where a word is English ("reyes")
            len(words) == 3 and fold_letters(" ".join(words[1:])) in shorter
        ):
            e.type, e.fixed = "PERSON", True


def _speaks_alone(doc: Doc, text: str, e: Ent, word: str) -> bool:
    """Whether the document uses a full name's last word alone elsewhere with what only a person
    has after it ("Guardiola, who signed", "Evenepoel said he", "Lind, chairman of X"): a name
    of two words whose given name no table knows ("Pep Guardiola's side") is then a PERSON
    (session 28, coref13)."""
    for t in doc:
        if t.text != word or e.start <= t.idx < e.end:
            continue
        if t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].is_alpha:
            continue  # part of a longer name
        after = text[t.idx + len(t) : t.idx + len(t) + 200]
        if SAID_HE.match(after) or WHO.match(after):
            return True
        if (mt := APPOSITION.match(after)) and is_title_word(mt.group(1)):
            return True
    return False


def _untitled(words: list[str]) -> list[str]:
    """A person's name without the titles it opens with, written with or without their full
    stop ("Dr Tane", "MRS GARSIDE", "Prof. Mbeki" -> the surname; ``models/titles.jsonl`` writes
    "dr.", British style drops the stop); a title English Wikipedia keeps ("Pope") stays."""
    keep = titles_in_name()
    k = 0
    while len(words) - k > 1 and words[k][:1].isupper() and words[k].lower() not in keep:
        low = words[k].lower()
        heads = title_words()[0]
        if low not in heads and low + "." not in heads:
            break
        k += 1
    return words[k:]


def _titled_people(text: str, ents: list[Ent]) -> None:
    """A person NER tagged with the title before the name ("Dr Mensah", "DR MENSAH" in a
    transcript, "Mrs Garside") is named without it, so that the surname takes the full name
    the document gives (session 26; the span is the entities component's)."""
    people = [e for e in ents if e.type == "PERSON"]
    lasts = {
        fold_letters(surname(rest)).lower()
        for e in people
        if len(rest := _untitled(_words(e.name))) >= 2
    }
    for e in people:
        words = _words(e.name)
        if len(words) >= 2 and e.name == text[e.start : e.end]:
            rest = _untitled(words)
            # a title and one word only where that word is a full name's surname ("Dr Martens"
            # the brand stays)
            if len(rest) < len(words) and (
                len(rest) >= 2 or fold_letters(rest[0]).lower() in lasts
            ):
                e.name = " ".join(rest)


SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n][\"'’”)]*)\s*\Z")


def _given_name_before(doc: Doc, text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A one-word mention right after a given name that no mention covers is that person's full
    name, a PERSON, whatever NER called the word: the model read "Alejandro Toledo" as the place
    "Toledo" and left "Alejandro" out (session 28, coref13), so that the document's lone
    "Toledo" finds no full name. The given name (``models/given_names.jsonl``) must be no English
    word, no place the gazetteer knows ("Jordan", "Victoria"), no alias and no title; the word
    after it a capitalised word of letters, not in capitals (a headline's case says nothing)."""
    given = table_index("given_names.jsonl", "name")
    covered = Covered(len(text), ents)
    heads = title_words()[0]
    alone: Counter[str] = Counter(text[e.start : e.end] for e in ents)
    openers = {_words(e.name)[0] for e in ents if " " in e.name}
    for e in ents:
        word = text[e.start : e.end]
        if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
            continue
        if e.name != word or not text[: e.start].endswith(" "):
            continue
        before = re.search(r"([A-Z][a-z\u00c0-\u024f]+) $", text[max(0, e.start - 40) : e.start])
        if before is None:
            continue
        first = before.group(1)
        start = e.start - len(first) - 1
        if (
            not given.get(first)
            and not (
                # a given name no table knows ("Remco Evenepoel"): where the document uses the
                # word alone as well, the word is no place, alias or body's opening, and the name
                # starts a clause (no capitalised word before it)
                alone[word] > 1
                and (
                    (
                        e.type in ("PERSON", "ORG", "NORP")
                        and place_pop(word) < 0
                        # a sentence's first word may be a common one ("Carmaker Kestrel")
                        and not SENTENCE_START.search(text, 0, start)
                    )
                    or _speaks_alone(doc, text, e, word)  # a town's word: "Cordoba, who signed"
                )
                and not lookup_alias(word)
                and first not in openers
                and not re.search(r"[A-Z][\w.'-]* $", text[max(0, start - 30) : start])
            )
        ):
            continue
        if (
            first.lower() in english
            or first.lower() in STOP_WORDS  # ("The Louvre": no given name)
            or first.lower() in heads
            or first.lower() + "." in heads  # ("Mr Drought": a title, no given name)
            or place_pop(first) >= 0
            or lookup_alias(first)
            or covered.hit(start, start + len(first))
            or (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'"))
        ):
            continue
        e.start, e.name, e.type, e.fixed = start, f"{first} {word}", "PERSON", True


# the words before a cut surname that may begin it: capitalised words and particles ("López" of
# "López Obrador", "Ramírez de la" of "Ramírez de la O"), at most three, on the same line
WORDS_BEFORE = re.compile(r"(?:(?:[A-ZÀ-Þ][\w'’-]*|[a-z]{1,3}) ){1,3}\Z")


def _surname_spans(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A surname of several words the document writes whole after its full name, whose span NER
    cut or ran on, takes the surname's span (session 43, people43; ``_surname_tails``):
    - cut: "Obrador" of "López Obrador" after "Andrés Manuel López Obrador" (the model left out
      a sentence's first word), "O" of "Ramírez de la O";
    - run on: "Later Núñez Feijóo" (an ORG) after "Alberto Núñez Feijóo", "Meanwhile Rebelo de
      Sousa": the English words or titles before the surname leave the span.
    Never where another mention covers the words before, nor where the longer span is itself a
    full name the document writes."""
    tails = _surname_tails(ents)
    if not tails:
        return
    written = {e.name for e in ents if e.type == "PERSON" and " " in e.name}
    covered = Covered(len(text), ents)
    for e in ents:
        word = text[e.start : e.end]
        if word in written or e.type not in ("PERSON", "ORG", "GPE", "NORP"):
            continue  # (a facility or work named after a person keeps its name)
        words = word.split()
        for k in range(1, len(words) - 1):
            tail = " ".join(words[k:])
            if len(tails.get(fold_letters(tail).lower(), ())) == 1 and all(
                w.lower() in english or is_title_word(w) for w in words[:k]
            ):
                e.start = e.end - len(tail)
                e.name, e.type, e.fixed = tail, "PERSON", True
                break
        else:
            if " " in word:
                continue
            before = WORDS_BEFORE.search(text, max(0, e.start - 60), e.start)
            if before is None:
                continue
            lead = before.group(0).split()
            for k in range(len(lead), 0, -1):
                start = e.end - len(" ".join([*lead[-k:], word]))
                tail = text[start : e.end]
                if (
                    lead[-k][:1].isupper()
                    and len(tails.get(fold_letters(tail).lower(), ())) == 1
                    and not covered.hit(start, e.start)
                ):
                    covered.add(start, e.start)  # (the words taken, before the span moves)
                    e.start, e.name, e.type, e.fixed = start, tail, "PERSON", True
                    break


def surnames(doc: Doc, text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    _given_name_before(doc, text, ents, english)
    _people_named_as_orgs(doc, text, ents, english)
    _titled_people(text, ents)
    _surname_spans(text, ents, english)
    full: dict[str, set[str]] = defaultdict(set)
    family_first: dict[str, set[str]] = defaultdict(set)  # names a first word opens
    given = table_index("given_names.jsonl", "name")
    for e in ents:
        words = _words(e.name)
        if e.type == "PERSON" and len(words) >= 2:
            # also as written without diacritics: "Swiatek" after "Iga Świątek"; a surname
            # after the Arabic article also without it and with it capitalised ("Sharaa",
            # "Al-Sharaa" of "Ahmed al-Sharaa"; models/name_particles.jsonl, session 15)
            last = surname(words)
            bare = without_article(last)
            forms = {last, fold_letters(last)}
            if bare:
                forms |= {bare, fold_letters(bare)}
            for last in forms:
                full[last].add(e.name)
                full[last.upper()].add(e.name)
            first = words[0]
            if (
                first.isalpha()
                and first[1:].islower()  # ("FTSE" of "FTSE Russell" is no family name)
                and not given.get(first)
                and first.lower() not in title_words()[0]
            ):
                # a first word that is no given name is a family name written first (East
                # Asian order): "Xi" of "Xi Jinping", "Nguyen" of "Nguyen Phu Trong"
                full[first].add(e.name)
                family_first[first].add(e.name)
    for group in full.values():
        group -= {n for n in group if _initialled_of(n, group)}
    tails = _surname_tails(ents)
    opened = _opened_people(ents)
    inner = _inner_names(ents, given)
    lengthened: dict[str, str] = {}
    for e in ents:
        word = text[e.start : e.end]
        if e.type == "PERSON" and " " in word and e.name != word:
            word = " ".join(_untitled(_words(word)))  # ("Dr Tane": the title read off)
        if " " in word and e.name == word and e.type in ("PERSON", "ORG"):
            longer = _long_form(word, full, tails)
            if longer is None and e.type == "PERSON":
                longer = _one(opened.get(word, set()))  # "Pasang Dawa" of "Pasang Dawa Sherpa"
            if longer:
                lengthened[word] = longer
                e.name, e.type, e.fixed = longer, "PERSON", True
            continue
        if " " in word or (e.type == "PERSON" and len(_words(e.name)) > 1):
            continue
        # ("Al-Shamsi" of "Khalid ash-Shamsi": the article read off as well)
        names = full.get(word) or full.get(without_article(word) or "")
        if names and names <= family_first[word] and _firm_named(e, word):
            continue  # "Halvorsen" of "Halvorsen Seafood Group ASA", not of "Halvorsen Maritime"
        if names and names <= family_first[word] and _known_place(e, word):
            continue  # "Leeds" the town, not the first word of a "person" "Leeds United"
        if not names and e.type == "PERSON" and e.name == word:
            names = inner.get(word, set())
        if names and len(names) == 1 and not lookup_alias(word):
            e.name, e.type, e.fixed = next(iter(names)), "PERSON", True
    for e in ents:  # a surname named earlier by its initialled form ("Cairns" of "C. Cairns")
        if e.type == "PERSON" and e.name in lengthened and " " not in text[e.start : e.end]:
            e.name = lengthened[e.name]
    # a surname NER left untagged ("Merriweather added ...") is that person too
    covered = Covered(len(text), ents)
    for t in doc:
        names = full.get(t.text)
        if not names or len(names) != 1 or not (t.is_title or t.is_upper) or lookup_alias(t.text):
            continue
        if covered.hit(t.idx, t.idx + len(t)):
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_title and nxt.is_alpha:
            continue  # part of a longer name
        if t.idx > 0 and text[t.idx - 1] == "-":
            continue  # "Sharaa" of an untagged "al-Sharaa": not the surname's whole span
        if text[t.idx + len(t) : t.idx + len(t) + 1] == "-" and nxt is not None and nxt.is_alpha:
            continue  # "Haines" of "Haines-Whitfield": not the surname's whole span either
        ents.append(Ent(t.idx, t.idx + len(t), "PERSON", next(iter(names)), fixed=True))
        covered.add(t.idx, t.idx + len(t))


def _inner_names(ents: list[Ent], given: TableIndex) -> dict[str, set[str]]:
    """The inner words (neither the first nor the last) of the document's full names of three
    words or more, each with the names that hold it, where the word is no given name and has
    three letters or more: a Spanish or Portuguese paternal surname before the maternal one
    ("Ortega" of "Daniel Ortega Saavedra", "Cavaco" of "Aníbal Cavaco Silva"), an Ethiopian
    father's name ("Adhanom" of "Tedros Adhanom Ghebreyesus"; session 43). Read for a lone
    PERSON only where no full name ends with the word; a particle in lower case ("da", "bin")
    never matches a capitalised word."""
    inner: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        if e.type == "PERSON" and len(words := _words(e.name)) >= 3:
            for w in words[1:-1]:
                if len(w) >= 3 and not given.get(w):
                    inner[w].add(e.name)
    return inner


def _initialled_of(name: str, names: set[str]) -> bool:
    """Whether a name is an initial and a surname ("C. Cairns") that shortens another of the
    names a surname stands for ("Chris Cairns"): the surname alone is the full name's, as the
    initialled form is (session 24)."""
    initial = INITIAL_SURNAME.fullmatch(name)
    if not initial or not name[1:2] in (".", " "):
        return False
    rest = initial.group(2)
    return any(
        n != name and n.endswith(" " + rest) and n[:1] == name[:1] and n[1:2] not in (".", " ")
        for n in names
    )


def _firm_named(e: Ent, word: str) -> bool:
    """Whether a lone word is already named by a longer organisation it opens (the entities
    component linked "Halvorsen" to "Halvorsen Seafood Group"): a family name written first
    ("Xi" of "Xi Jinping") does not take it from that firm to a "person" NER read in a firm's
    name of the same word ("Halvorsen Maritime"; session 20)."""
    return e.type == "ORG" and e.name.startswith(word + " ")


def _known_place(e: Ent, word: str) -> bool:
    """Whether a lone word NER read as a place is a place the gazetteer knows ("Leeds"): it is
    no family name written first of a "person" NER read in a club's or firm's name ("Leeds
    United", "Derby County"), as "Xi" of "Xi Jinping" is (session 21). A surname at the end of
    a full name still wins ("Lincoln" of "Abraham Lincoln")."""
    return e.type in ("GPE", "LOC") and place_pop(word) >= 0


def titled_names(ents: list[Ent]) -> None:
    """A person whose title English Wikipedia keeps in the name is named with it, wherever the
    text names them: "Pope Leo XIV" for "Pope Leo XIV ... Leo XIV ... Leo" (span "Leo XIV"; the
    ``in_name`` titles of models/titles.jsonl)."""
    keep = titles_in_name()
    if not keep:
        return
    named: dict[str, str] = {}
    for e in ents:
        if e.type != "PERSON":
            continue
        for t in e.titles:
            if t.lower() in keep and not e.name.lower().startswith(t.lower() + " "):
                named[e.name] = f"{t[:1].upper()}{t[1:].lower()} {e.name}"
    for e in ents:
        if e.type == "PERSON" and e.name in named:
            e.name = named[e.name]
