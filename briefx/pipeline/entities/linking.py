"""Link mentions to one another across the document (the document-level coreference):
acronyms defined in parentheses and their later mentions, and names tagged once that NER
missed elsewhere (propagation). Surnames are linked to the full name the text gives in
``naming.name_and_type``, where names are chosen; lone head nouns and acronyms without
parentheses in ``coref.link_names`` (session 12).
"""

from __future__ import annotations

import bisect
import re
from collections import ChainMap, defaultdict
from functools import cache

from spacy.tokens import Doc, Token

from briefx.normalize.cues import given_genders
from briefx.normalize.names import (
    ACRONYM,
    body_words,
    canonical_org,
    canonical_person,
    courtesy_genders,
    entity_words,
    gazetteer,
    is_title_word,
    letters_in_order,
    lookup_person,
    match_acronym,
    surname,
    us_counties,
)
from briefx.pipeline._util import Intervals, overlaps, text_of
from briefx.pipeline.entities.forms import form_words
from briefx.pipeline.entities.mention import DETERMINERS, Mention, capital_lines, mention_of
from briefx.pipeline.entities.notable import full_rows, name_key
from briefx.pipeline.entities.spans import names_a_kind

# an acronym written in mixed case, as British and Australian bodies write theirs: "TfL", "BoM",
# "Defra", "Ofgem" (two to eight letters, a capital first)
MIXED_ACRONYM = re.compile(r"[A-Z](?:[a-z]*[A-Z][A-Za-z]*|[a-z]{2,7})")


def find_acronyms(
    doc: Doc, taken: list[tuple[int, int]]
) -> tuple[dict[str, str], set[str], list[Mention], list[tuple[int, int]]]:
    """Find "Expansion (ACR)".

    Returns acronym -> name, the acronyms (and expansions) that are no entity, the
    expansion and acronym mentions, and the char regions of expansions that are no entity.
    """
    names: dict[str, str] = {}
    not_entities: set[str] = set()
    regions: list[tuple[int, int]] = []
    found: list[Mention] = []
    taken_spans = Intervals(taken)
    for t in doc:
        if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")":
            continue
        acr = doc[t.i + 1].text
        mixed = not ACRONYM.match(acr)
        if (mixed and not MIXED_ACRONYM.match(acr)) or t.i == 0:
            continue
        lo = max(0, t.i - max(2 * len(acr) + 2, RUN_LIMIT))
        # a name a hard line break runs across is read on ("The Northern Rivers Water\n
        # Authority (NRWA)"; session 40): a lone line break is no word of it, a blank line ends
        # it; nor is a hyphen inside a word ("Anti-Money Laundering Authority (AMLA)")
        read = [w for w in doc[lo : t.i] if not _line_break(w) and not _joint(w)]
        words = [w.text for w in read]
        # an acronym in mixed case is read by its letters ("TfL", "BoM", "Ofgem"; session 15),
        # and only where the words before spell it: "(Reuters)" spells nothing before it
        k = match_acronym(acr.upper() if mixed else acr, words, loose=True)
        if k is None or (mixed and len(read) - k < 2):
            run = _initials_run(doc, t.i, acr)  # "United Nations Children's Fund (UNICEF)"
            if run is None and not mixed:
                run = _body_run(doc, t.i)  # "Party for Freedom (PVV)": a foreign acronym
            if run is None:
                continue
            first = run
        else:
            first = read[k].i
        exp = [w for w in doc[first : t.i] if not _line_break(w) and not _joint(w)]
        # The long name is the whole capitalised name, also where the letters start later:
        # "the Oregon Department of Coastal Waters (DCW)".
        while (
            exp[0].i > 1
            and doc[exp[0].i - 1].is_title
            and doc[exp[0].i - 1].is_alpha
            and doc[exp[0].i - 1].lower_ not in DETERMINERS
            and not is_title_word(doc[exp[0].i - 1].text)
            and "\n" not in doc[exp[0].i - 1].whitespace_
            and not doc[exp[0].i - 2].is_punct
        ):
            exp.insert(0, doc[exp[0].i - 1])
        content = [
            w
            for w in exp
            if w.lower_ not in ("of", "for", "and", "the", "on", "in", "&", "'s", "’s", ",")
        ]
        proper = all(w.text[:1].isupper() for w in content)
        before = doc[exp[0].i - 1].lower_ if exp[0].i > 0 else ""
        generic = (
            before in ("a", "an")
            or names_a_kind(doc, exp[0].i, exp[-1].i)  # "... Assistance Teams (DSATs)"
            or is_title_word(exp[-1].text)  # "... Coordinator (FDRC)": an office
            # an index, a survey, a tax or duty, a quota: a kind of thing, not an entity
            or exp[-1].lower_ in form_words("not_entity_head")
        )
        start, end = exp[0].idx, doc[t.i + 2].idx + 1
        if not proper or generic or overlaps(start, end, taken_spans):
            not_entities.add(acr)  # "certification products contracts (CPC)", "(FY)"
            regions.append((start, end))
            continue
        m = mention_of(doc, exp, "ORG", source="acronym")
        names[acr] = canonical_org(" ".join(m.text.split()))
        m.name = names[acr]
        found.append(m)
        found.append(mention_of(doc, [doc[t.i + 1]], "ORG", source="acronym"))
    return names, not_entities, found, regions


def _line_break(token: Token) -> bool:
    """A token of white space with one line break in it: a hard break inside a paragraph."""
    return token.is_space and token.text.count("\n") == 1


def _joint(token: Token) -> bool:
    """A hyphen that joins two words without spaces ("Anti-Money", "Trans-Pacific"): each part
    gives the acronym its letter, as copy abbreviates them (session 40)."""
    doc = token.doc
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and not token.whitespace_
        and not doc[token.i - 1].whitespace_
        and doc[token.i - 1].is_alpha
        and doc[token.i + 1].is_alpha
    )


RUN_LIMIT = 10  # tokens of a capitalised name before "(ACR)" that ``_initials_run`` reads
RUN_JOINERS = frozenset({"of", "for", "and", "on", "the", "&", "'s", "’s"})


def _initials_run(doc: Doc, i: int, acr: str) -> int | None:
    """The first token of a capitalised name of three or more capitalised words that ends right
    before the bracket at token ``i`` and that ``acr`` abbreviates in its own way, where the
    letter-by-letter reading (``match_acronym``) finds none: the name's initials, in order, are
    inside the acronym ("United Nations Children's Fund (UNICEF)", "Ministry of Electronics and
    Information Technology (MeitY)") or the acronym opens them ("International Coordinating
    Group on Vaccine Provision (ICG)"), its first letter the name's. Session 24."""
    j, content = _capital_run(doc, i)
    if len(content) < 3 or is_title_word(content[-1].text):
        return None
    initials = "".join(w.text[0] for w in content).upper()
    letters = acr.upper()
    if initials[0] != letters[0]:
        return None
    return j if letters_in_order(initials, letters) or initials.startswith(letters) else None


def _capital_run(doc: Doc, i: int) -> tuple[int, list[Token]]:
    """The first token of the capitalised name that ends right before token ``i`` (joined by
    "of", "for", "and", "the", "&", "'s"; ``RUN_LIMIT`` tokens at most, not across a line), and
    its capitalised words."""
    j = i
    while j > 0 and i - j < RUN_LIMIT:
        w = doc[j - 1]
        if "\n" in w.whitespace_ or not ((w.is_title and w.is_alpha) or w.lower_ in RUN_JOINERS):
            break
        j -= 1
    while j < i and (doc[j].lower_ in RUN_JOINERS or doc[j].lower_ in DETERMINERS):
        j += 1  # a name opens with a capitalised word, not "the" or "of"
    return j, [w for w in doc[j:i] if w.is_title and w.lower_ not in DETERMINERS]


def _body_run(doc: Doc, i: int) -> int | None:
    """The first token of a body's name of two or more capitalised words, one of them a body's
    word (``names.body_words``), that ends right before the bracket at token ``i`` where the acronym
    in it, all capitals, spells the name in the body's own language and not in English: "the
    Party for Freedom (PVV)", "the People's Party for Freedom and Democracy (VVD)", "the
    General Confederation of Labour (CGT)" (session 25). A name with no body's word ("Jane
    Roe (SNP)", "National Rally (RN)") is none."""
    j, content = _capital_run(doc, i)
    inner = [k for k in range(j, i) if doc[k].lower_ in DETERMINERS]
    if inner:  # "Dockers of the Federation of ... (FNV)": the name follows the article
        j = inner[-1] + 1
        content = [w for w in content if w.i >= j]
    if len(content) < 2 or not any(w.lower_ in body_words() for w in content):
        return None
    return j if not is_title_word(content[-1].text) else None


@cache
def _table_names(
    english: frozenset[str],
) -> tuple[dict[str, tuple[str, str | None]], dict[str, tuple[str, str | None]]]:
    """The table names ``propagate`` tags wherever NER missed them, as written and in capitals:
    the gazetteer's, then U.S. counties, parishes and boroughs (NER splits them: "Terrebonne"
    GPE + "Parish" NORP). One English word that the gazetteer calls an ORG is left to NER ("Fed"
    names the Federal Reserve where NER says so; "Fed by rain" does not)."""
    known: dict[str, tuple[str, str | None]] = {}
    folded: dict[str, tuple[str, str | None]] = {}
    for alias, (canonical, typ) in gazetteer().items():
        if typ == "ORG" and alias.istitle() and " " not in alias and alias.lower() in english:
            continue
        known.setdefault(alias, (typ, None))
        folded.setdefault(alias.upper(), (typ, canonical))
    for county in us_counties():
        known.setdefault(county, ("GPE", None))
        folded.setdefault(county.upper(), ("GPE", county))
    return known, folded


def propagate(
    doc: Doc,
    mentions: list[Mention],
    taken: list[tuple[int, int]],
    english: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Tag, where NER missed them, names the document tagged elsewhere and table names.

    In a line in capitals NER's guesses are dropped where every word is an English word and
    neither the body nor a table knows the name ("LEADING RESULTS", "WIN AGAIN")."""
    known: dict[str, tuple[str, str | None]] = {}
    programme = entity_words("programme")
    caps = capital_lines(doc)
    for m in mentions:
        if m.in_heading or m.label == "" or not m.text[:1].isupper():
            continue
        if m.source == "ner" and caps[m.first_token]:
            continue  # NER's reading of a line in capitals is no evidence for the body
        known.setdefault(m.text, (m.label, m.name))
        words = m.text.split()
        if m.label == "ORG" and len(words) > 2 and words[-1].lower() in programme:
            full = m.name or m.text
            # the same name with a lower-case last word, or as a modifier without it
            known.setdefault(" ".join([*words[:-1], words[-1].lower()]), ("ORG", full))
            known.setdefault(" ".join(words[:-1]), ("ORG", full))
    # In a line in capitals a name is looked up by its letters alone, in the form the body
    # (or a table) writes it: "BAYERN MUNICH" is the body's "Bayern Munich".
    folded: dict[str, tuple[str, str | None]] = {
        text.upper(): (label, name or text) for text, (label, name) in reversed(known.items())
    }
    # The document's names first, then the tables' (built once, not copied per document).
    table_known, table_folded = _table_names(english)
    known_all = ChainMap(known, table_known)
    folded_all = ChainMap(folded, table_folded)
    if english:
        mentions = [
            m
            for m in mentions
            if not (
                m.source == "ner"
                and caps[m.first_token]
                and m.text.upper() not in folded_all
                and all(
                    t.lower_ in english or t.lemma_.lower() in english or not t.is_alpha
                    for t in doc[m.first_token : m.last_token + 1]
                )
            )
        ]
    spans = Intervals(taken)
    # hyphenated words of the people the text names ("Haines-Whitfield" of "Anne
    # Haines-Whitfield"): a known name that is part of one is no mention ("Haines")
    hyphenated = {w for m in mentions if m.label == "PERSON" for w in m.text.split() if "-" in w}
    added: list[Mention] = []
    dropped: set[int] = set()
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    # Scan capitalised tokens; try the longest known name starting at each (up to 9 tokens:
    # "Department for Levelling Up, Housing and Communities").
    i = 0
    n = len(doc)
    full_text = text_of(doc)
    tok_end = [t.idx + len(t) for t in doc]  # once, not two Tokens per window
    while i < n:
        t = doc[i]
        if not (t.text[:1].isupper() or t.text[:1].isdigit()):
            i += 1
            continue
        hit = None
        table = folded_all if caps[i] else known_all
        for j in range(min(n, i + 9), i, -1):
            text = full_text[t.idx : tok_end[j - 1]]
            key = text.upper() if caps[i] else text
            if key in table and not (caps[i] and j == i + 1 and t.is_stop):
                # (in capitals one word that is an English function word is that word:
                # "HELP US REBUILD", "WHO WE ARE")
                hit = (j, key)
                break
        if hit is None:
            i += 1
            continue
        j, text = hit
        start, end = t.idx, doc[j - 1].idx + len(doc[j - 1])
        if hyphenated and _in_hyphenated(full_text, start, end, hyphenated):
            i = j
            continue
        k = bisect.bisect_left(starts, end)
        inside: list[Mention] = []
        while k > 0 and len(inside) < 64:  # NER spans do not overlap: walk back while they touch
            k -= 1
            if by_start[k].end > start:
                inside.append(by_start[k])
            elif by_start[k].end <= start and by_start[k].start < start:
                break
        # A longer known name replaces the pieces NER made of it ("Holiday Activities" of
        # "Holiday Activities and Food programme"); it never cuts into another mention.
        # In capitals NER reads words as names ("ENGLAND BEAT" of "ENGLAND BEAT PAKISTAN"): there
        # a known name wins over an NER span it cuts into that nothing else knows.
        if overlaps(start, end, spans) or any(
            (m.start < start or m.end > end or (m.start, m.end) == (start, end))
            and not (caps[i] and m.source == "ner" and m.text.upper() not in folded_all)
            for m in inside
        ):
            i += 1
            continue
        label, name = table[text]
        m = mention_of(doc, list(doc[i:j]), label, source="propagated")
        m.name = name
        added.append(m)
        dropped.update(id(x) for x in inside)
        i = j
    return [m for m in mentions if id(m) not in dropped] + added


def _in_hyphenated(text: str, start: int, end: int, words: set[str]) -> bool:
    """True where text[start:end] is part of one of the hyphenated ``words`` written there."""
    s = start
    while s > 0 and (text[s - 1].isalpha() or text[s - 1] == "-"):
        s -= 1
    e = end
    while e < len(text) and (text[e].isalpha() or text[e] == "-"):
        e += 1
    return (s, e) != (start, end) and text[s:e] in words


# -- links the naming step makes (naming.name_and_type calls them in order) ---------------


def _latest_before(written: list[tuple[int, str]], start: int) -> str | None:
    """The full name written last before ``start`` among two people or more who share a surname
    ("Smith" after "Jane Smith ... her brother John Smith" is John Smith, the nearer: news names
    the one it goes on about last; session 30); None where one person bears it, or none comes
    before (the first full name then, as for one person)."""
    if len({full for _, full in written}) < 2:
        return None
    before = [full for pos, full in written if pos < start]
    return before[-1] if before else None


def _title_heads(titles: list[str]) -> tuple[str | None, set[str]]:
    """A mention's courtesy gender ("Mrs." -> "f", "Mr" -> "m"; ``models/titles.jsonl``) and the
    other head words of its titles, lower case without the stop ("President" -> "president")."""
    genders = courtesy_genders()
    gender, heads = None, set()
    for t in titles:
        words = t.split()
        if words:
            head = words[-1].lower().rstrip(".")
            if head in genders:
                gender = genders[head]
            else:
                heads.add(head)
    return gender, heads


def _gender(full: str) -> str | None:
    """The gender a full name's given name says, where it names one only (``given_genders``)."""
    return given_genders().get(full.split()[0])


class _SharedSurnames:
    """Which of two people or more who share a surname a titled or untitled lone surname is
    (session 43, people43), before the nearest written full name (session 30):
    - a courtesy title says the gender: "Mrs Dole" after "Bob Dole" and "Elizabeth Dole" is the
      woman, "Mr. Biden" beside "Jill Biden" the man (``models/given_genders.jsonl``);
    - an office title the full name carried: "President Biden" after "President Joe Biden ...
      his son Hunter Biden" is the president;
    - where the document gives one of two such people the courtesy title ("Mrs Dole"), an
      untitled "Dole" is the other, of the other gender: copy that writes "Mrs Dole" for one of
      them writes the bare surname for the other."""

    def __init__(self, mentions: list[Mention], written: dict[str, list[tuple[int, str]]]):
        self.written = written
        self.carried: dict[str, set[str]] = defaultdict(set)  # full name -> its title heads
        for m in mentions:
            if m.label == "PERSON" and len(m.text.split()) > 1 and m.titles:
                self.carried[m.text] |= _title_heads(m.titles)[1]
        self.courtesy: dict[str, set[str]] = defaultdict(set)  # surname -> "Mrs X" people
        for m in mentions:
            if m.label == "PERSON" and m.titles and len(m.text.split()) == 1:
                gender = _title_heads(m.titles)[0]
                fits = self._fits(m.text, gender) if gender else []
                if len(fits) == 1:
                    self.courtesy[m.text].add(fits[0])

    def _fits(self, word: str, gender: str) -> list[str]:
        people = self._people(word)
        # (one person or none: nothing to choose, and the gender table stays unread)
        return [f for f in people if _gender(f) == gender] if len(people) > 1 else []

    def _people(self, word: str) -> list[str]:
        return list(dict.fromkeys(full for _, full in self.written.get(word, [])))

    def pick(self, m: Mention) -> str | None:
        people = self._people(m.text)
        if len(people) < 2:
            return None
        gender, heads = _title_heads(m.titles)
        if gender:
            fits = set(self._fits(m.text, gender))
            if fits:  # of those the title fits, the one named last before it (else first)
                among = [(p, f) for p, f in self.written[m.text] if f in fits]
                before = [f for p, f in among if p < m.start]
                return before[-1] if before else among[0][1]
        if heads:
            fits = {f for f in people if self.carried.get(f, set()) & heads}
            if len(fits) == 1:
                return next(iter(fits))
        said = self.courtesy.get(m.text, set())
        if not m.titles and len(people) == 2 and len(said) == 1:
            (taken,) = said
            (other,) = [f for f in people if f != taken]
            if _gender(other) and _gender(taken) and _gender(other) != _gender(taken):
                return other
        return None


def person_title(name: str) -> str:
    """A person's name as titled: without numeral suffixes ("Lloyd J. Austin III" -> "Lloyd
    Austin"), and without middle initials only where the people table knows the person so
    (English Wikipedia titles "Lloyd Austin", "Jerome Powell", but "George W. Bush", "Michael J.
    Fox"): a person the table does not know keeps the initials the text writes, as the
    annotators title one without an article (session 44)."""
    short = canonical_person(name)
    whole = canonical_person(name, initials=True)
    if short == whole or name_key(whole) in full_rows():
        return whole
    return short if name_key(short) in full_rows() else whole


def link_persons(mentions: list[Mention], names: list[str], table_type: list[str | None]) -> None:
    """Persons: a surname or first name to the full name in the text ("Hegseth" -> "Pete
    Hegseth", "Von der Leyen" -> "Ursula von der Leyen"); else the people table for a
    well-known surname; then the canonical form of a person's name."""
    full_names = [m.text for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1]
    # Indexed once, so each mention is one lookup (linear in the mentions): the first full
    # name ending in " <words>" (lower case), and the first whose first or last word is w.
    by_tail: dict[str, str] = {}
    by_part: dict[str, str] = {}
    # a surname two people of the document share: where each full name is written (session 30)
    shared: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in mentions:
        if m.label == "PERSON" and len(m.text.split()) > 1:
            # (the longest written form: "Al Jaber" is "Sultan Al Jaber" named shorter)
            full = next((f for f in full_names if f.endswith(" " + m.text)), m.text)
            shared[surname(canonical_person(full).split())].append((m.start, full))
    for full in full_names:
        low = full.lower()
        for p, ch in enumerate(low):
            if ch == " ":
                by_tail.setdefault(low[p:], full)
    # a word that is one full name's surname and another's first word is the surname ("Thomas"
    # after "Thomas Castaignede" and "Arwel Thomas"; session 41): surnames first
    for full in full_names:
        by_part.setdefault(surname(canonical_person(full).split()), full)  # "Marcos" of "... Jr."
    for full in full_names:
        by_part.setdefault(canonical_person(full).split()[0], full)  # "Xi" of "Xi Jinping"
    titled = {m.text for m in mentions if m.titled}
    by_title = _SharedSurnames(mentions, shared)
    # a first word two people of the document share ("Prince Mohammed" after "Mohammed bin
    # Rashid Al Maktoum ... Mohammed bin Salman"): the one named last before it, as a surname
    opening: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m in mentions:
        if m.label == "PERSON" and len(m.text.split()) > 2:
            opening[canonical_person(m.text).split()[0]].append((m.start, m.text))
    for n, m in enumerate(mentions):
        one_word = len(m.text.split()) == 1
        if m.label == "PERSON" and not one_word:
            # "Von der Leyen" -> "Ursula von der Leyen": a surname with particles
            longer = by_tail.get(" " + m.text.lower())
            if longer:
                names[n] = longer
        if m.label in ("PERSON", "ORG") and one_word and not table_type[n]:
            named = (
                by_title.pick(m)
                or _latest_before(shared.get(m.text, []), m.start)
                or (None if m.text in shared else _latest_before(opening[m.text], m.start))
                or by_part.get(m.text)
            )
            if named is not None and named != m.text:
                names[n] = named
                m.label = "PERSON"
            else:
                # the people table is a fallback for a surname the document titles somewhere
                # ("President Trump"), never for a surname alone ("Carney", "Tusk")
                known = lookup_person(m.text) if m.text in titled else None
                if known:  # NER often calls a lone surname ORG ("Trump administration")
                    names[n] = known
                    table_type[n] = "PERSON"
        if (m.label == "PERSON" and table_type[n] in (None, "PERSON")) or names[n] in full_names:
            # (not a name a table gives a body: "Defra" read as a person keeps the comma of
            # "Department for Environment, Food and Rural Affairs"; session 30)
            names[n] = person_title(names[n])
