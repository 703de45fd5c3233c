"""Canonical names and types: each mention's name (text evidence first, then the tables),
then one type per entity by votes.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc

from briefx.facts import EntityFact
from briefx.kinds import is_entity_type
from briefx.normalize.names import (
    accented_place,
    canonical_org,
    entity_words,
    fac_heads,
    firm_short_forms,
    lookup_alias,
    lookup_company,
    lookup_department,
    lookup_person,
    place_kinds,
    place_pop,
    sector_words,
    singular_norp,
    standalone_us_cities,
    title_case,
    us_names,
    written_form_dropped,
)
from briefx.pipeline._util import text_of
from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.entities.forms import body_led
from briefx.pipeline.entities.linking import link_persons
from briefx.pipeline.entities.mention import Mention

# The tagger's adjective tags (Penn Treebank): "American" in "American carriers" is JJ.
ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})

TABLE_VOTES = 3

TITLE_VOTES = 3


def name_and_type(doc: Doc, mentions: list[Mention], acronyms: dict[str, str]) -> list[EntityFact]:
    """Give every mention its entity's canonical name and type, in these steps (order matters).

    1. a first name for each mention: the text's own (an acronym's expansion), else the tables;
    2. links across the document (``linking``): a surname to the full name; types from
       context for one-word places; organisations and departments canonicalised (acronyms
       without parentheses and lone head nouns are linked later, in ``coref.link_names``,
       the one document-level mechanism: session 12 folded them there);
    3. one type per entity by votes; every title said of the entity.
    """
    names, table_type, us_text = _first_names(mentions, acronyms)
    _sector_firms(doc, mentions, names, table_type)
    _places_by_context(doc, mentions, table_type)
    _canonical_orgs(mentions, names, table_type, us_text)
    link_persons(mentions, names, table_type)
    types = _vote_types(mentions, names, table_type)
    titles = _titles_by_name(mentions, names)
    facts = []
    for name, m in zip(names, mentions, strict=True):
        label = types[name]
        if not is_entity_type(label):
            raise ValueError(f"unknown entity type {label!r}")
        facts.append(EntityFact(m.start, m.end, label, name, tuple(titles[name])))
    return facts


def _first_names(
    mentions: list[Mention], acronyms: dict[str, str]
) -> tuple[list[str], list[str | None], bool]:
    """Each mention's first name and table type, and whether the text is about the U.S."""
    names: list[str] = []
    table_type: list[str | None] = []
    us_text = False
    kinds = place_kinds()
    for m in mentions:
        text = _uncapitalised(m.text, acronyms)
        alias = lookup_alias(text)
        typ = None
        if m.name:
            name = m.name
            typ = alias[1] if alias else None
        elif m.text in acronyms:
            name = acronyms[m.text]
        elif alias:
            name, typ = alias
        elif m.label != "NORP" and (company := lookup_company(text)):
            name, typ = written_form_dropped(text, company), "ORG"
        elif m.label == "NORP":
            name = singular_norp(text)
        else:
            name = text
        if text in kinds and kinds[text] == "demonym":
            typ = "NORP"
        if (typ or m.label) in ("GPE", "LOC"):
            name = accented_place(name)
        names.append(name)
        table_type.append(typ)
        us_text = us_text or name in us_names() or _us_evidence(m.text, name)
    return names, table_type, us_text


# Words before a mention that make it a place, not a firm ("flights across Alaska").
PLACE_PREPOSITIONS = frozenset(
    {"in", "across", "from", "to", "near", "into", "throughout", "around"}
)


def _sector_firms(
    doc: Doc, mentions: list[Mention], names: list[str], table_type: list[str | None]
) -> None:
    """Give a firm's or university's short form that is also a word, a place or a name its
    title where the text names the firm's sector (models/firm_short_forms.jsonl, session 42):
    "Delta said its second-quarter profit rose ... flights" -> "Delta Air Lines"; "Researchers
    at Oxford" -> "University of Oxford"; "Duke" among utility words -> "Duke Energy".

    A mention NER typed ORG needs a sector word anywhere in the document; any other (a place
    or a person by NER: "Alaska halted all flights") needs one in its own sentence, no place
    preposition before it ("flights across Alaska" stays) and not to be an adjective
    ("American carriers"). Left alone: a mention whose name the text fixed, capitals (a
    dateline), a form the document writes at the start of a longer name of its own ("Delta Air
    Lines", "Duke University": the document's own long form wins), and a word of a person's
    full name in the document ("Hanson" after "Pauline Hanson").
    """
    table = firm_short_forms()
    if not any(m.text in table for m in mentions):
        return
    longer = {m.text.split()[0] for m in mentions if " " in m.text}
    in_names = {
        w for m in mentions if m.label == "PERSON" and " " in m.text for w in m.text.split()
    }
    doc_words: set[str] | None = None
    for n, m in enumerate(mentions):
        rows = table.get(m.text)
        if not rows or m.name or m.text.isupper() or m.source == "dateline":
            continue
        if m.text in longer or m.text in in_names:
            continue
        if m.label == "ORG":
            if doc_words is None:
                doc_words = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}
            words = doc_words
        elif _firm_slot(doc, m):
            sent = doc[m.first_token].sent
            words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        else:
            continue
        for sector, title in rows:
            if sector_words(sector) & words:
                names[n], table_type[n] = title, "ORG"
                break


def sector_titled(text: str, ents: list[Ent]) -> None:
    """Fix the type and name of a mention ``_sector_firms`` titled ("Alaska" -> ORG "Alaska
    Airlines"): the place rules and the name linking that follow read the written word as the
    state or link it to the state's other mentions otherwise."""
    table = firm_short_forms()
    for e in ents:
        rows = table.get(text[e.start : e.end])
        if rows and e.type == "ORG" and any(title == e.name for _, title in rows):
            e.fixed, e.link = True, False
            e.tags.add("sector_firm")


def _firm_slot(doc: Doc, m: Mention) -> bool:
    """A place or person mention that can be a firm: no place preposition right before it and
    not an adjective ("American carriers": the tagger's JJ; the pipeline has no parser, so a
    dependency label cannot say it)."""
    i = m.first_token
    if i > 0 and doc[i - 1].lower_ in PLACE_PREPOSITIONS:
        return False
    return doc[m.last_token].tag_ not in ADJECTIVE_TAGS


def _us_evidence(text: str, name: str) -> bool:
    """A mention that says the text is about the U.S. beyond the country and its states: a name
    with a "U.S." prefix ("U.S. Senate") or a city AP lets stand alone ("WASHINGTON" dateline)."""
    return text.startswith(("U.S. ", "US ")) or name.split(",")[0] in standalone_us_cities()


def _uncapitalised(text: str, acronyms: dict[str, str]) -> str:
    """A name written in capitals (a headline, a results line, a label) in the spelling the
    tables give it: "RUSSIAN" -> "Russian", "BEIJING" -> "Beijing". Only where a table knows
    the title-cased form (aliases, places, the gazetteer, listed companies); acronyms ("NATO",
    "ECB") and names no table knows keep their letters."""
    if not text.isupper() or text in acronyms or lookup_alias(text) or len(text) < 4:
        return text
    if any(len(w.strip(".,&'")) < 3 for w in text.split()):
        return text  # "U.S. OPEN", "AC MILAN": initials and short words are not sure
    titled = title_case(text)
    if lookup_alias(titled) or place_pop(titled) >= 0 or lookup_company(titled):
        return titled
    if titled.endswith("s") and lookup_alias(titled[:-1]):
        return titled  # "IRAQIS"
    return text


def _canonical_orgs(
    mentions: list[Mention], names: list[str], table_type: list[str | None], us_text: bool
) -> None:
    """Organisations: "U.S. Agency for ..." -> "United States Agency for ...", departments and
    federal bodies in a text about the U.S. ("the Senate" -> "United States Senate")."""
    for n, m in enumerate(mentions):
        if m.label in ("ORG", "FAC") and not table_type[n]:
            dept = lookup_department(m.text) if us_text else None
            names[n] = dept or (canonical_org(names[n]) if m.label == "ORG" else names[n])
            if m.label == "ORG":  # "Norske tog AS" -> "Norske tog"
                names[n] = written_form_dropped(m.text, names[n])


def _vote_types(
    mentions: list[Mention], names: list[str], table_type: list[str | None]
) -> dict[str, str]:
    """One type per entity: each mention votes with its label, a title and a table entry more."""
    fac = fac_heads()
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for name, m, typ in zip(names, mentions, table_type, strict=True):
        label = m.label
        last = m.text.split()[-1].lower()
        if body_led(m.text):
            pass  # "Office for Nuclear Regulation", "Ministry of Ports": a body (session 12)
        elif label in ("ORG", "EVENT") and last in fac:
            label = "FAC"  # (an EVENT too, session 15: "the Thelwall Viaduct" is no event)
        elif " " in m.text and last in entity_words("gpe_head") and label != "NORP":
            label = "GPE"  # "Iwate Prefecture", "Lafourche Parish"
        elif " " in m.text and last in entity_words("law_head") and label in ("ORG", "PRODUCT"):
            label = "LAW"  # "Cessation of Hostilities Agreement"
        votes[name][label] += 1
        if typ:
            votes[name][typ] += TABLE_VOTES
        if m.titled and not typ:
            votes[name]["PERSON"] += TITLE_VOTES
    return {name: votes[name].most_common(1)[0][0] for name in votes}


def _titles_by_name(mentions: list[Mention], names: list[str]) -> dict[str, list[str]]:
    """Every title said of each entity, in order of first mention."""
    titles: dict[str, list[str]] = defaultdict(list)
    for name, m in zip(names, mentions, strict=True):
        for t in m.titles:
            if t not in titles[name]:
                titles[name].append(t)
    return titles


def _places_by_context(doc: Doc, mentions: list[Mention], table_type: list[str | None]) -> None:
    """Make a one-word PERSON or ORG a GPE where its context says it is a place.

    - after "<place word> of" ("the city of Miyako", "residents of Sendai");
    - in a list with a place ("in Houma, Thibodaux and New Orleans", "Terrebonne and
      Lafourche parishes"), unless the word is part of a person's full name in the text.
    """
    context = entity_words("gpe_context")
    in_names = {
        w for m in mentions if m.label == "PERSON" and " " in m.text for w in m.text.split()
    }

    def candidate(n: int) -> bool:
        m = mentions[n]
        return (
            m.label in ("PERSON", "ORG")
            and not table_type[n]
            and not m.titled
            and " " not in m.text
            and not m.text.isupper()
            and m.text not in in_names
            and not lookup_person(m.text)
        )

    def is_place(n: int) -> bool:
        return (table_type[n] or mentions[n].label) == "GPE"

    text = text_of(doc)
    for n, m in enumerate(mentions):
        i = m.first_token
        if candidate(n) and i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in context:
            table_type[n] = "GPE"
    for order in (range(len(mentions)), range(len(mentions) - 1, -1, -1)):
        for n in order:
            if not candidate(n) or is_place(n):
                continue
            for k in (n - 1, n + 1):
                if not 0 <= k < len(mentions) or not is_place(k):
                    continue
                a, b = sorted((mentions[n], mentions[k]), key=lambda x: x.start)
                if text[a.end : b.start] in (", ", " and ", ", and ", " or "):
                    table_type[n] = "GPE"
                    break
    # one entity, one type: "Houma" of "Houma-Terrebonne" is the place named elsewhere
    places = {m.text for n, m in enumerate(mentions) if is_place(n)}
    for n, m in enumerate(mentions):
        if candidate(n) and m.text in places:
            table_type[n] = "GPE"
        if table_type[n] == "GPE" and m.label in ("PERSON", "ORG"):
            m.label = "GPE"
