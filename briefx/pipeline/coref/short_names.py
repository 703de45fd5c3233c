"""Short forms of organisations, products, laws and storms: a name's first words for the name.

``short_forms``: a mention whose words open exactly one longer name in the document
("Meridian", "Columbia Bulk" -> "Columbia Bulk Terminals Inc."; "Talon" -> "Talon 7") is that
entity, with the rest of the name where the text goes on; untagged later uses of a first word
English does not know in lower case are tagged. Where the body gives the short name before the
longer one, the short name is its own ("Volvo ... Volvo Cars"), unless the longer one is a
group's whole name ("Brightwater ... Brightwater Utilities Group plc") or a firm's registered
name introduced in apposition ("Norvik ... Norvik Seafood ASA, which farms salmon") and the
company table does not list the short name as a firm of its own (session 21). A headline's name in capitals
opens the body's full name ("BRANNOCK"); a first word of two nested names of one firm is the
longer; untagged uses of a name's first two or three words are tagged ("Severn Vale said"),
and so is a first word English knows before a possessive or opening a headline ("Caldera's
chief", "Caldera to shut mine"; session 18) or opening a sentence before its verb ("Haldane
said ..."; session 21). A place, a river beside a body named after it
("the Mekong" beside "Mekong River Commission") and a maker beside its model ("Ford" beside
"Ford F-150") keep their own names, and so does a town named before its region ("in
Kingsbridge, Devon" beside "Kingsbridge Dairies"; session 20). ``storm_names``: a lone name
that ends one EVENT ("Odalys" after "Hurricane Odalys"). ``capitals_as_body``: a headline's
name in capitals that the body writes as a linked short form ("MARROW VALLEY"; session 20), or
in the same letters ("BANK OF GHANA" -> "Bank of Ghana"; session 43).

Tables: the kind words of ``models/entity_forms.jsonl`` (``natural_after``, ``utility_word``,
``sector_word``, ``org_head``, ``group_head``), the facility heads (``names.fac_heads``), the
alias table, the place kinds of ``models/places.jsonl`` and the gazetteer's populations
(``names.place_pop``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from spacy.tokens import Doc

from briefx.normalize.names import (
    companies,
    entity_words,
    fac_heads,
    fold_letters,
    form_words,
    lookup_alias,
    lookup_company,
    name_connectors,
    national_body_words,
    place_kinds,
    place_pop,
    title_case,
    without_legal_form,
)
from briefx.pipeline._util import Intervals, overlaps
from briefx.pipeline.coref.ent import NEXT_CAPITAL, ORG_LIKE, TITLED, Covered, Ent, _words
from briefx.pipeline.coref.evidence import person_cue


def _opens(short: list[str], long: list[str]) -> bool:
    if long[:1] == ["The"] and short[:1] != ["The"]:
        long = long[1:]
    return len(short) < len(long) and long[: len(short)] == short


def _uncapped(written: str) -> str:
    """A name written in capitals (a headline: "BRANNOCK WINS") in title case, so that it can
    open a longer name the body writes in title case; words of three letters or fewer may be
    acronyms and leave it as written (session 18)."""
    words = written.split()
    if written.isupper() and all(len(w) > 3 and w.isalpha() for w in words):
        return title_case(written)
    return written


# the verb tags after a sentence's subject: a finite verb in the past or present, a modal
SUBJECT_VERB_TAGS = frozenset({"VBD", "VBZ", "MD"})
# an apposition or relative clause that introduces a firm named in full ("..., which farms")
INTRODUCED = re.compile(
    r",? (?:which|whose|a|an|the|(?:based|headquartered|founded|listed|registered) (?:in|on) )"
)


def _whole_group(name: str, group_heads: frozenset[str]) -> bool:
    """Whether a name is a group's whole name, its last word a group's head ("Brightwater
    Utilities Group", "Korvald Holdings"; ``group_head`` of ``models/entity_forms.jsonl``): a
    text that names the firm short first ("Brightwater said ... Brightwater Utilities Group plc,
    which ...") names that group, where a short name before a unit's name is the parent's own
    ("Siemens ... Siemens Energy"; session 21)."""
    words = _words(name)
    return len(words) >= 2 and words[-1].lower() in group_heads


def _longest_nesting(names: set[str], carriers: Mapping[str, list[Ent]]) -> set[str]:
    """The longest of names that each open it where every mention of the shorter names has been
    linked to it already ("Brannock Logistics" after "Brannock Logistics Group": one firm,
    written shorter once; not "Toyota Motor" beside "Toyota Motor North America", two firms),
    else the names as they are (session 18)."""
    longest = max(names, key=len)
    if all(
        n == longest
        or (_opens(_words(n), _words(longest)) and all(x.name == longest for x in carriers[n]))
        for n in names
    ):
        return {longest}
    return names


def _own_firm(short: str, target: str) -> bool:
    """A short form the company tables name as a firm other than the longer name it opens:
    "Siemens" beside "Siemens Energy", "Toyota" beside "Toyota Industries" (the parent, named
    after its subsidiary); not "Alibaba" beside "Alibaba Group Holding" (the tables give both
    one title), a short form no table knows ("Meridian"), nor a longer name the tables do not
    know as a firm ("Cal-Maine" beside "Cal-Maine Foods": the text's own longer name)."""
    own = lookup_company(short)
    other = lookup_company(target) or (target if target in companies().values() else None)
    return own is not None and other is not None and own != other


def _organ_of(short: str, rest: list[str]) -> bool:
    """Whether a longer name is an organ of the union of countries the short name names whole:
    words ending with the head word of a body ("Commission", "Peace and Security Council";
    ``org_head`` of ``models/entity_forms.jsonl``) after a union's name ("African Union
    Commission"; ``union`` of ``national_body_words``): "the African Union" is the union, not
    its commission (session 46)."""
    return (
        bool(rest)
        and rest[-1].lower() in form_words("org_head")
        and short in national_body_words("union")
    )


def short_forms(doc: Doc, text: str, ents: list[Ent], english: frozenset[str]) -> None:
    kinds = place_kinds()
    natural_words = form_words("natural_after")  # "River", "Lake", "Delta": a feature's kind
    business_words = form_words("utility_word") | form_words("sector_word")  # "Water", "Power"
    group_heads = form_words("group_head")  # "Group", "Holdings": a group's whole name
    # (a product the titles table named with words its text lacks, "Ford Bronco" for "Bronco",
    # is no target: "Ford" is the maker; entities.product_titles links its short forms itself)
    longs = [
        e
        for e in ents
        if e.type in ORG_LIKE
        and len(_words(e.name)) >= 2
        and (TITLED not in e.tags or e.name == text[e.start : e.end])
    ]
    # Longer names by their first word, each name once with the mentions that carry it (a
    # name repeated N times must not be compared N times per mention: that is quadratic).
    by_first: dict[str, dict[str, list[Ent]]] = defaultdict(dict)
    for x in longs:
        w = _words(x.name)
        first = w[1] if w[0] == "The" and len(w) > 1 else w[0]
        # by the word without accents: "Itau" opens "Itaú Unibanco"
        by_first[fold_letters(first)].setdefault(x.name, []).append(x)
    type_of = {x.name: x.type for x in longs}
    # a firm's registered name introduced in apposition ("Norvik Seafood ASA, which farms
    # salmon"): the short name the text used before it is that firm (session 21)
    introduced = {
        x.name
        for x in longs
        if without_legal_form(text[x.start : x.end]) != text[x.start : x.end]
        and INTRODUCED.match(text, x.end)
    }
    branded = {x.name for x in longs if "branded" in x.tags}
    # Where the body gives a short name before the longer one, the short name is its own:
    # "Siemens ... its stake in Siemens Energy", "Volvo ... Volvo Cars". A heading comes first
    # in any document, so only the body counts (and a first long name in a heading counts).
    meta = doc._.briefx_meta if doc.has_extension("briefx_meta") else None
    heads = Intervals(
        [*(meta.headings if meta else []), *([meta.title] if meta and meta.title else [])]
    )
    first_long: dict[str, int] = {}
    for x in longs:
        first_long[x.name] = min(first_long.get(x.name, x.start), x.start)
    first_short: dict[str, int] = {}
    for x in ents:
        # (a name NER cut short goes on with a capitalised word: "Quorvex" + " Orbital")
        if not overlaps(x.start, x.end, heads) and not NEXT_CAPITAL.match(text, x.end):
            key = text[x.start : x.end]
            first_short[key] = min(first_short.get(key, x.start), x.start)

    # a place followed by its region ("in Kingsbridge, Devon") is the town, not the firm named
    # after it ("Kingsbridge Dairies"; session 20)
    region_at = {x.start for x in ents if x.type == "GPE"}

    def heading_or(start: int) -> int:
        # a short name only in a heading ("BRANNOCK WINS" over the body's full name) is free
        return len(text) if overlaps(start, start + 1, heads) else start

    # a surname alone whose own words say person at any mention keeps its reading beside a
    # firm that opens with it ("Dalton Homes ... Dalton, who founded the company"; session 32)
    personal = {
        text[x.start : x.end]
        for x in ents
        if x.type == "PERSON" and " " not in text[x.start : x.end] and person_cue(text, x)
    }
    for e in ents:
        words = _words(_uncapped(text[e.start : e.end]))
        if not words or (e.type == "PERSON" and e.fixed) or kinds.get(" ".join(words)):
            continue
        if e.type == "PERSON" and text[e.start : e.end] in personal:
            continue
        if not e.link:  # a place a rule read off its context ("moved to Keflavik")
            continue
        if lookup_alias(" ".join(words)):
            continue
        if text[e.end : e.end + 2] == ", " and e.end + 2 in region_at and e.name == words[0]:
            continue
        if e.type in ("GPE", "LOC") and place_pop(" ".join(words)) >= 0:
            continue  # "Assam" of "Assam State Disaster Management Authority" is the place
        cands = {
            name
            for name, carriers in by_first.get(fold_letters(words[0]), {}).items()
            if (len(carriers) > 1 or carriers[0] is not e)
            and _opens(_words(fold_letters(" ".join(words))), _words(fold_letters(name)))
            and (
                first_short.get(" ".join(words), heading_or(e.start)) > first_long[name]
                or _whole_group(name, group_heads)
                or (name in introduced and not lookup_company(" ".join(words)))
            )
        }
        if len(cands) > 1:  # nested names: "Brannock Logistics" opens "Brannock Logistics Group"
            cands = _longest_nesting(cands, by_first[fold_letters(words[0])])
        if len(cands) != 1:
            continue
        target = next(iter(cands))
        if e.type == "ORG" and target in branded:
            continue  # "Ford" beside "Ford F-150": the maker, not its model
        if _own_firm(" ".join(words), target):
            continue  # "Siemens" beside "Siemens Energy": the parent, a firm of its own (s41)
        # the text may go on with more words of the name: "Meridian" + " Orbital"
        rest = _words(target)[len(words) + (_words(target)[0] == "The") :]
        if (
            rest
            and rest[0].lower() in natural_words
            and text[e.end : e.end + 1 + len(rest[0])] != " " + rest[0]
        ):
            continue  # "the Mekong" beside "Mekong River Commission": the river, not the body
        if e.type in ("GPE", "LOC") and rest and rest[-1].lower() in business_words:
            continue  # "the Thames" beside "Thames Water": the river, not the utility
        if (
            len(words) >= 2
            and words[-1].lower() in fac_heads()
            and rest
            and all(w.lower() in form_words("org_head") for w in rest)
        ):
            continue  # "the Suez Canal" beside "Suez Canal Authority": the canal, not the body
        if _organ_of(" ".join(words), rest):
            continue  # "the African Union" beside "African Union Commission": the union (s46)
        end = e.end
        for more in rest:
            if text[end : end + 1 + len(more)] != " " + more:
                break
            end += 1 + len(more)
        if end > e.end and not any(x is not e and x.start < end and e.end < x.end for x in ents):
            e.end = end
        e.name = target
        e.tags.add("short")
        e.type = type_of[target]
    # untagged later uses of a first word: "Volantis said ...", "Talon is ready"
    firsts: dict[str, set[str]] = defaultdict(set)
    for x in longs:
        w = _words(x.name)
        w = w[1:] if w[0] == "The" else w
        if (
            x.type in ("ORG", "PRODUCT")
            and x.name not in branded
            and w[0].isalpha()
            and w[0].lower() not in english
            and len(w[0]) > 2
        ):
            firsts[w[0]].add(x.name)
    for x in ents:
        w = _words(x.name)
        if x.type == "EVENT" and len(w) >= 2 and w[-1].lower() not in english:
            firsts[w[-1]].add(x.name)
    openings, owned = _openings(longs, branded, english)
    if not firsts and not openings and not owned:
        return
    covered = Covered(len(text), ents)
    types_by_name = {x.name: x.type for x in ents}
    owned_lower = {w.lower() for w in owned}
    common = {t.lower_ for t in doc if t.is_lower and t.lower_ in owned_lower}
    # the first words an opening can start with: a token that starts none, is no first word
    # and no owned word names nothing, and is passed before any span is cut (a span per token
    # and width cost a seventh of the entities stage on a corpus of briefs: 1.06 -> 0.90 s)
    opening_firsts = tuple({part.split(" ")[0] for part in openings})
    for t in doc:
        if (
            t.text not in firsts
            and t.text not in owned
            and not (opening_firsts and text.startswith(opening_firsts, t.idx))
        ):
            continue
        if covered.hit(t.idx, t.idx + len(t)):
            continue
        prev = doc[t.i - 1] if t.i else None
        if prev is not None and prev.text[:1].isupper() and prev.is_alpha and not t.is_sent_start:
            continue  # inside another name
        span, names = doc[t.i : t.i + 1], firsts.get(t.text)
        for k in (3, 2):  # "Severn Vale said": the first words of "Severn Vale Water Services"
            if t.i + k <= len(doc) and doc[t.i : t.i + k].text in openings:
                span, names = doc[t.i : t.i + k], openings[doc[t.i : t.i + k].text]
                break
        nxt = doc[span.end] if span.end < len(doc) else None
        if t.text in owned and not names and t.lower_ not in common:
            # "Caldera's managing director", a headline's first word ("Caldera to shut mine"):
            # a name English knows too, where the text never uses the word in lower case
            possessive = nxt is not None and nxt.text in ("'s", "’s")
            opening = prev is None or prev.is_space or prev.text == "\n"
            # a sentence's subject before its verb ("Haldane said the deal ..."; session 21)
            subject = (
                nxt is not None
                and nxt.tag_ in SUBJECT_VERB_TAGS
                and (opening or t.is_sent_start or (prev is not None and prev.is_punct))
            )
            if possessive or subject or (opening and overlaps(t.idx, t.idx + 1, heads)):
                names = owned[t.text]
        if not names or len(names) != 1 or covered.hit(span.start_char, span.end_char):
            continue
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            continue  # part of another name
        target = next(iter(names))
        ents.append(
            Ent(span.start_char, span.end_char, types_by_name[target], target, tags={"short"})
        )
        covered.add(span.start_char, span.end_char)


def _openings(
    longs: list[Ent], branded: set[str], english: frozenset[str]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The first two or three words of the organisations' names of three words or more, each
    capitalised, with the names they open ("Severn Vale" of "Severn Vale Water Services"); and
    first words English knows in lower case, which stand for the name only before a possessive
    ("Caldera" of "Caldera Mining Corporation": "Caldera's chief"). An alias the tables know is
    neither, nor is an opening that names a place (session 18)."""
    openings: dict[str, set[str]] = defaultdict(set)
    owned: dict[str, set[str]] = defaultdict(set)
    for x in longs:
        w = _words(x.name)
        w = w[1:] if w[0] == "The" else w
        if x.type != "ORG" or x.name in branded:
            continue
        for k in (2, 3):
            head = w[:k]
            part = " ".join(head)
            if (
                len(w) > k
                and all(v[:1].isupper() and v.isalpha() for v in head)
                and not lookup_alias(part)
                and place_pop(part) < 0
            ):
                openings[part].add(x.name)
        first = w[0]
        if (
            len(w) >= 2
            and first.isalpha()
            and first.istitle()
            and first.lower() in english
            and len(first) > 3
            and not lookup_alias(first)  # (a town of the name NER left untagged: the firm)
        ):
            owned[first].add(x.name)
    return openings, owned


def storm_names(text: str, ents: list[Ent]) -> None:
    events = [e for e in ents if e.type == "EVENT" and len(_words(e.name)) >= 2]
    for e in ents:
        word = text[e.start : e.end]
        if " " in word:
            continue
        cands = {x.name for x in events if _words(x.name)[-1] == word}
        if len(cands) == 1:
            e.name, e.type, e.fixed = next(iter(cands)), "EVENT", True


def capitals_as_body(text: str, ents: list[Ent]) -> None:
    """A name in capitals (a headline's "MARROW VALLEY") that the body writes in title case as
    a short form it linked to one longer name ("Marrow Valley" -> "Marrow Valley Foods") is
    that name, with its type: the headline names what the body names (session 20). Not where
    the body's mentions of that form carry two names or none."""
    linked: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for x in ents:
        word = text[x.start : x.end]
        if not word.isupper():
            linked[word].add((x.name, x.type))
    for e in ents:
        word = text[e.start : e.end]
        if not word.isupper() or e.name != _uncapped(word) or " " not in word:
            continue
        found = linked.get(_uncapped(word), set())
        if len(found) == 1:
            name, typ = next(iter(found))
            if name != e.name:
                e.name, e.type = name, typ
                e.tags.add("short")
    _same_letters(text, ents)


def _same_letters(text: str, ents: list[Ent]) -> None:
    """A name left in capitals ("BANK OF GHANA" in a heading, "NORTHERN STAR RESOURCES" in a
    label) whose letters the body writes in mixed case as mentions of one entity ("Bank of
    Ghana") is that entity: its name and type (session 43). ``_uncapped`` keeps short words in
    capitals ("OF", "AC": they may be initials), so "BANK OF GHANA" never reached the title-case
    match above; here the body's own letters decide. Not where the body's mentions of those
    letters carry two names. The name may be the capitals' own letters in any case ("WORLD CUP"
    -> "World Cup", where the body's "World Cup" is the "FIFA World Cup"); a
    legal form the name dropped is no matter ("NORTHERN STAR RESOURCES LIMITED"). Where the
    body never writes those letters, a name of plain words is title-cased (``_title_words``)."""
    folded: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for x in ents:
        word = text[x.start : x.end]
        if not word.isupper() and not word.islower():
            folded[word.casefold()].add((x.name, x.type))
            folded[x.name.casefold()].add((x.name, x.type))
    for e in ents:
        word = text[e.start : e.end]
        if not word.isupper() or len(e.name) < 4:
            continue
        if not e.name.isupper() and e.name.casefold() != word.casefold():
            continue  # a name a table or rule gave (for "ROYAL DUTCH": "Shell plc")
        found = folded.get(e.name.casefold(), set())
        if len(found) == 1:
            e.name, e.type = next(iter(found))
        elif not found and e.name.isupper():
            e.name = _title_words(e.name)


def _title_words(name: str) -> str:
    """A name of two words or more left in capitals that nothing in the document or the tables
    spells ("GREAT LAKES WATER AUTHORITY", "BANCO DE LA NACION") in title case, its joining
    words in lower case ("Banco de la Nacion"): a Wikipedia title is never in capitals. Not where
    a word of three letters or fewer is no joining word ("AC MILAN", "US OPEN": it may be an
    acronym), or a word has no vowel; one word alone stays as written ("NATO")."""
    words = name.split()
    joining = entity_words("function") | name_connectors()
    if len(words) < 2 or words[0].lower() in joining:
        return name
    for w in words:
        low = w.lower()
        if low not in joining and (len(w) < 4 or not w.isalpha() or not set(low) & set("aeiouy")):
            return name
    return " ".join(
        w.lower() if k and w.lower() in joining else title_case(w) for k, w in enumerate(words)
    )
