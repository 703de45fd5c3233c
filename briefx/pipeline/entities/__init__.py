"""``briefx_entities``: NER spans repaired, grouped into canonical entities, with titles.

Readable rules on top of any English pipeline's NER (the maintainers' advice for systematic
label errors, spaCy issues #2330, #10851). In order:

1. Span repair: a span is cut at a line break, at a full stop and at an inner possessive
   ("DHS's FEMA" is two; "Women's Tennis Association" one);
   it loses leading determiners (unless the alias table keeps them, "The Hague"), trailing
   possessives, punctuation and function words ("Northeast of"), a trailing "Headquarters" and
   leading title words ("President Trump" -> "Trump"), unless only common words follow them in
   an ORG ("General Motors", "Premier League"); a country abbreviation inside those title
   words stays a GPE mention ("U.S." of "U.S. Defense Secretary Pete Hegseth"). A PERSON span that
   starts with a middle initial takes the first name before it ("Lloyd" + "J. Austin III"); one
   cut at a hyphen takes the rest of its word ("Kim Min" + "-seok"); "Name of Country" is a
   person and a country. Lower-case words after a name are cut off ("Interfax news agency").
2. Acronyms defined in parentheses ("Federal Emergency Management Agency (FEMA)") give the
   expansion as one ORG span and name every mention of the acronym after it. An acronym of a
   lower-case or generic expansion ("certification products contracts (CPC)") is no entity.
3. A dateline in capitals at a line start ("CAPE CANAVERAL, Fla.,", "WASHINGTON –", a wire's
   "LONDON 2026-03-14" on its own line) is a GPE; a word before a dash and a headline in
   capitals ("GOLF - LEADING SCORES") is a label.
4. Dropped: spans without a capital letter ("mm"), spans made only of title words ("Defense"
   of "Defense Secretary"), an ORG right before a title head, offices named by title ("Federal
   Disaster Recovery Coordinator"), kinds rather than names ("a Disaster Recovery Center",
   "Disaster Survivor Assistance Teams"), holidays, diseases and "the Government", a LAW without
   a law word ("Phase 1"), a lone direction word; and, in headings, a multi-word or PERSON span
   that nothing in the body or the tables supports (title case misleads NER), unless it is a
   byline's person or ends with a company word ("Hallmark & Vey Holdings"). An ORG or PERSON
   span that runs into a date or figure is cut before it, not dropped (session 10).
5. Names the body tagged, and countries, demonyms and aliases from the tables, are tagged where
   NER missed them (mostly in headings): one entity is tagged alike throughout a document. Full
   names NER missed or cut that open with a given name are a PERSON ("135 Rory McIlroy 68 67");
   lines in capitals are re-read against the body ("GILL" after "Shubman Gill"; "NBA RESULTS"
   -> "NBA").
6. Canonical names (text evidence first, then tables): an acronym's expansion; a person's full
   name in the text, else the people table ("President Trump" -> "Donald Trump"); a lone head
   word of one named organisation ("Commission" -> "European Commission"); aliases and places
   ("U.S." -> "United States", "Fla." -> "Florida", "Iraqis" -> "Iraqi"); a U.S. city followed by
   its state -> "City, State" unless AP style lets it stand alone; U.S. departments; "UN"/"EU"
   prefixes spelled out; names in capitals in the tables' spelling ("RUSSIAN" -> "Russian");
   places written without accents in the gazetteer's ("Sao Paulo" -> "São Paulo"); publications
   after "the" with their "The" ("the Washington Post" -> "The Washington Post").
7. Types: a name after a personal title is a PERSON; a demonym is NORP, a country GPE; an ORG
   whose last word is a facility word is FAC. Then one type per entity: each mention votes
   with its label, a title adds three PERSON votes, a table entry adds three votes for its type.

Sets ``doc._.briefx_entities`` (a list of ``EntityFact``, one per mention, in text order).

Layout: one module per job, each a set of plain functions over a Doc and a list of
``Mention`` records (``mention.py``): ``spans`` finds and repairs spans and drops what names
nothing (steps 1, 3, 4); ``titles`` reads titles next to names (used by step 1); ``linking``
links mentions across the document: acronyms and propagation (steps 2, 5); ``naming`` gives
names and types (steps 6, 7, where surnames, lone head nouns and acronyms without parentheses
are linked to the full name the text gives). Then ``forms`` reads spans and types off the form
of names (legal forms, lists, laws with years, storms, designations, facilities, speaker
labels, the gazetteer of places; session 9: natural places by a generic term that leads or
ends them, squares, names NER cut in two that make a country), ``context`` reads types off the
words around names
(rivers after "the" and before "river" or after "across", subdivisions before "province",
facilities before "mine" or "line", events by their last word, a brand before its model, a
vessel after "ship", listed companies NER missed, appositives, laws by their law word;
session 9: events with their year, planets, bodies before "union" or "party", facilities by
their head word, names in capitals that open a bullet, places no table knows that act;
session 10: laws cited by number, listed companies written as one glued word, and, through
``tickers``, ticker symbols in brackets, which name nothing), ``products`` reads products,
laws and waterways off their context (session 10: ship classes, a company's product after its
possessive, names before product nouns, things sold, numbered products after verbs of use and
sale, bills and acts with possessives and a bracketed jurisdiction, rivers after boats "on
the"), ``places`` (session 11) reads places NER cut, missed or typed a body off the
gazetteer and the words around them (a headline's span in capitals cut to its place, "Rio
Grande" + "do Sul", "Osh Region" a GPE, "a ship from Noumea", "Hodeidah province", "the Mayon
volcano", untagged places in lists with their figures), ``families`` names products, events
and laws by their family (session 11: car models with their maker, variants under their
family, summits and Olympics by their edition's year, amendments to the U.S. constitution), and
``briefx.pipeline.coref.link_names`` links short forms,
surnames, head nouns, acronyms, natural places and cities across the document (the one
document-level mechanism for names; session 12 adds tails before "of", acronyms without the
place a name ends with, first words of a person's name, family names written first, titles
kept in a name, natural places by their kind word, a dateline's city in the body); last, ``sports`` reads sides of a match
off the structure of sports copy (result lines, table rows, match verbs with a score, a
name with its country in brackets) after the one-type vote, and ``leagues`` names the sides
it found by their titles (a league's teams from ``models/sports_teams.jsonl``, British clubs
with "F.C."); ``credits`` names the news agency credited in a dateline ("(AP)" -> "Associated
Press", session 11) before the linking, and the layout's types (session 15): ``tables``
types the cells under a header that names a kind of entity ("| Port | Country |"), ``fields``
the values of labelled fields ("Contractor: X"), ``tables.bullet_lists`` the names of a
bulleted list by its majority type, ``credits.photo_credits`` a photo credit's
photographer and agency ("Photo: Jane Roe/Reuters"), each fixed for the type vote and spread
to the same names in the text; ``facilities`` types a facility's part after its owner's
possessive ("Heathrow's Terminal 5") and makes a hospital or museum that speaks an ORG; last, ``context.lone_names`` retypes a one-word PERSON
that no full name, title or table supports ("Ryanair said"), and ``places.place_names`` gives
places typed by any rule the gazetteer's diacritics ("Grindavik" -> "Grindavík"). Session 18:
``coref.person_or_org`` settles a firm against a person by the document's evidence,
``joins.business_names`` reads utilities ("Thames Water"), ``facilities.match_venues`` the
ground of a match ("at the Emirates"), ``context.lone_bodies`` a lone body that is only ever a
place ("near Cocodrie"). Session 19: ``structures`` names structures by a lower-case head word
after the name ("the Hoover dam" -> "Hoover Dam"), a state before "river" the river, ships by
their prefix ("HMS X"), a facility's number ("Launch Complex 36"). Session 20: last but one,
``evidence.document_types`` gives each name the type the document's own words give it, summed
over all its mentions ("the insurer Zurich", "shares of Schwab", "inmates at Belmarsh", "sales of
Wegovy"), the model's label and the tables weak votes. Session 24: a saint's possessive stays
inside a site's name ("St. Peter's Square", a FAC) and a firm's own "'s" in its name where it owns
no noun ("at Sotheby's on Tuesday"); indices named without "index" are no entity ("the broader
Topix", "Kospi fell 8.8% to 2,441.55"); untagged subdivisions of the document's country are GPEs
(``places.country_subdivisions``). Session 25: ``unknowns`` tags, before the linking, proper
nouns no word list knows that NER left untagged mid-sentence ("Trenitalia cancelled ...");
``commons`` drops, last, names that are common words where their capital says nothing
("Aluminium was steady"), headlines of common words, concept acronyms ("IPO", "CO2") and
organisations' names headed by an abstract noun ("Stamp Duty"), by WordNet
(``models/common_words.jsonl``); and a name inside a date or a figure is none ("ROME, Nov 29 –").
Session 36: ``works``, after ``commons``, drops titles after a work noun ("the film Anora"),
names headed by an award noun ("Booker Prize"), plural acronyms ("EVs") and offices without a
holder ("Auditor-General"), by WordNet (``models/work_nouns.jsonl``).
Session 37: ``acronyms`` drops, after ``works``, acronyms the document uses as common nouns
(spelled out in lower-case words, written with a plural's "s", the head of a noun phrase after
"a"/"an": "liquefied natural gas (LNG)", "SMEs", "an EIA that found"), and tags, after
``unknowns``, untagged acronyms the text shows to be bodies ("the PSA board", "according to
ZIMSTAT", "UBOS, the statistics office").
Session 40: ``slots``, after ``connectors`` and before the linking, types one-word names no
table knows by their slot: a settlement or unit word after them ("Nyamukubi village"), a comma
and a place ("Mweso, North Kivu,"), a list of places after a place's preposition, a landform
around them or a part of one before them ("the foothills of X"), a verb of driving or flying, or
who takes a drug ("patients given X").
Session 41: ``evidence.document_types`` reads the sentence's predicate (``predicates``: "X told
a rally", "a court jailed X", "born in X", "X filed for bankruptcy"), and ``sports`` a career's
club and a transfer list's line ("played for X", "Everton - Gary Roe (from Wimbledon)").
This class only runs them in order.

Why one component and not one per step: the steps pass each other working state (mentions
with their token indices, heading flags, acronym tables) that is no fact a user wants on the
Doc; splitting them into several factories would publish that state as ``doc._`` extensions
and break ``nlp.add_pipe("briefx_entities")`` for anyone using it alone. What the component
reads and writes is declared on the factory: ``requires=`` NER spans, the figures, dates and
metadata stages' facts (their spans are not entities); ``assigns=`` ``doc._.briefx_entities``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from briefx.facts import EntityFact
from briefx.kinds import is_entity_type
from briefx.pipeline._util import Intervals, overlaps, reference_date, text_of
from briefx.pipeline.coref import Ent, link_names, lone_units, retyped_bodies
from briefx.pipeline.coref.kind_names import kind_titles
from briefx.pipeline.entities.accents import country_accents, person_accents
from briefx.pipeline.entities.acronyms import body_acronyms, concept_acronyms
from briefx.pipeline.entities.commons import common_words
from briefx.pipeline.entities.connectors import connected_names
from briefx.pipeline.entities.context import by_context, lone_bodies, lone_names
from briefx.pipeline.entities.credits import photo_credits, wire_credits
from briefx.pipeline.entities.evidence import document_types
from briefx.pipeline.entities.facilities import (
    airport_titles,
    facility_titles,
    match_venues,
    mention_roles,
    possessive_parts,
    speaking_bodies,
)
from briefx.pipeline.entities.families import family_names, late_editions, late_titles
from briefx.pipeline.entities.fields import labelled_fields
from briefx.pipeline.entities.forms import refine
from briefx.pipeline.entities.joins import (
    business_names,
    compound_bodies,
    foreign_bodies,
    joined_names,
    listed_over_pieces,
    paired_places,
)
from briefx.pipeline.entities.kinds import (
    camel_products,
    law_parts,
    moons,
    natural_places,
    religious_groups,
    sky_bodies,
    volcanoes,
)
from briefx.pipeline.entities.leagues import team_names
from briefx.pipeline.entities.linking import find_acronyms, propagate
from briefx.pipeline.entities.mention import TYPES, Mention, replace_overlapped
from briefx.pipeline.entities.naming import name_and_type, sector_titled
from briefx.pipeline.entities.notable import notable_people
from briefx.pipeline.entities.places import place_context, place_names, world_regions
from briefx.pipeline.entities.products import by_product
from briefx.pipeline.entities.slots import slot_types
from briefx.pipeline.entities.spans import (
    caps_names,
    cut_at_taken,
    datelines,
    heading_filter,
    heading_lines,
    keep,
    merge_broken,
    missed_people,
    rate_or_designation,
    repair,
    reread_after_dash,
    subject_lists,
)
from briefx.pipeline.entities.sports import teams
from briefx.pipeline.entities.structures import (
    numbered_facilities,
    prefixed_facilities,
    rail_lines,
    river_places,
    ship_names,
    titled_structures,
)
from briefx.pipeline.entities.tables import (
    bullet_lists,
    market_rows,
    opening_bodies,
    spread,
    table_columns,
)
from briefx.pipeline.entities.unknowns import unknown_names
from briefx.pipeline.entities.works import works_and_offices

__all__ = ["EntitiesComponent", "make_entities"]


class EntitiesComponent:
    """Repair, link, name and title the NER's entity spans (keeps no state between Docs)."""

    def __init__(self, nlp: Language | None = None) -> None:
        self._nlp = nlp
        self._words: frozenset[str] | None = None  # a static word list, not per-document state

    def __call__(self, doc: Doc) -> Doc:
        """Set doc._.briefx_entities.

        doc (Doc): the Doc, after ner, tagger, briefx_metadata, briefx_dates and briefx_figures.
        RETURNS (Doc): the same Doc.
        """
        taken = [(f.start, f.end) for f in (doc._.briefx_figures or [])]
        taken += [(d.start, d.end) for d in (doc._.briefx_dates or [])]
        meta = doc._.briefx_meta
        headings = list(meta.headings) if meta else []
        if meta and meta.title:
            headings.append(meta.title)
        heading_spans = Intervals(headings)
        english = self._english()
        mentions: list[Mention] = []
        for ent in reread_after_dash(doc, merge_broken(doc, english), self._ner(), english):
            if ent.label_ in TYPES:
                mentions.extend(repair(doc, ent, english))
        mentions = subject_lists(doc, mentions, english)  # "Ministry of Finance, Budget and ..."
        acronyms, not_entities, expansions, no_regions = find_acronyms(doc, taken)
        mentions = replace_overlapped(mentions, expansions)
        lines, labels = datelines(doc, english)
        mentions = replace_overlapped(mentions, lines)
        for m in mentions:
            m.in_heading = overlaps(m.start, m.end, heading_spans)
        cut_at_taken(doc, mentions, taken)  # "Hallmark & Vey Holdings Q2" + "Q2 2026"
        # a rate or a numbered designation names nothing, nor does a word of it ("Bank" of
        # "Bank Rate" is no short form of the Bank of England; session 24)
        rates = [(m.start, m.end) for m in mentions if rate_or_designation(doc, m)]
        blocked = Intervals(taken + no_regions + labels)
        mentions = [
            m
            for m in mentions
            if not overlaps(m.start, m.end, blocked) and keep(doc, m, not_entities)
        ]
        mentions = heading_filter(mentions, text_of(doc))
        mentions = heading_lines(mentions, text_of(doc), english)
        mentions = propagate(doc, mentions, taken + rates, english)
        mentions = replace_overlapped(mentions, missed_people(doc, mentions, english, taken))
        mentions = caps_names(doc, mentions, english, taken)
        for m in mentions:
            m.in_heading = overlaps(m.start, m.end, heading_spans)
            if m.text in not_entities:
                m.label = ""
        mentions = sorted((m for m in mentions if m.label), key=lambda m: m.start)
        facts = name_and_type(doc, mentions, acronyms)
        # Form rules (forms.py), then the document-level linking of names (coref.link_names).
        ents = [Ent(f.start, f.end, f.type, f.name, f.titles) for f in facts]
        sector_titled(text_of(doc), ents)  # "Alaska halted all flights": the airline (s42)
        ents, freed = refine(doc, ents, english, taken)
        freed += by_context(doc, ents, english)
        freed += by_product(doc, ents, english)  # products and laws by their context
        place_context(text_of(doc), ents, english)  # places the NER cut, missed or typed a body
        freed += family_names(doc, ents)  # "Model Y" -> "Tesla Model Y", "COP30" by its year
        wire_credits(text_of(doc), ents)  # "TOKYO, Dec 26 (AP) —": the agency
        # Types the layout gives (session 15): table columns, labelled fields, photo credits
        table_columns(text_of(doc), ents)  # "| Airline | Home country |": the cells' types
        labelled_fields(text_of(doc), ents, english)  # "Contractor: X": an ORG
        bullet_lists(text_of(doc), ents, english)  # "• Vestas", "• Nordex": ORGs by majority
        photo_credits(text_of(doc), ents)  # "Photo: Jane Roe/Reuters": a PERSON, an ORG
        market_rows(text_of(doc), ents, english)  # "Top gainers: Wesfarmers 3.1%": ORGs (s33)
        opening_bodies(text_of(doc), ents, english)  # "- X Arts Council: £90,000": ORG (s36)
        spread(text_of(doc), ents, english)  # the same names again in the text
        possessive_parts(text_of(doc), ents)  # "Heathrow's Terminal 5": two FACs
        speaking_bodies(text_of(doc), ents)  # "Great Ormond Street Hospital said": an ORG
        # Types the kind of name gives (session 16): natural places, laws by part and head
        freed += law_parts(text_of(doc), ents)  # "Article 5 of the X Treaty": the treaty
        natural_places(text_of(doc), ents)  # "the Tigris", "the Adriatic": LOC (WordNet)
        sky_bodies(text_of(doc), ents)  # "the Moon", "Saturn's rings": LOC (WordNet; s35)
        volcanoes(text_of(doc), ents, english)  # "X last erupted", "the X, which runs" (s45)
        moons(text_of(doc), ents)  # "... moon of Saturn, and of Enceladus": LOC (s45)
        freed += camel_products(text_of(doc), ents)  # "iPhone 16", "iOS 26": PRODUCT
        religious_groups(text_of(doc), ents)  # "Sunni", "Christians": NORP (WordNet)
        # Organisation spans (session 17): two names joined into one span are two
        joined_names(text_of(doc), ents, english)  # "Tata Motors and Mahindra & Mahindra"
        foreign_bodies(text_of(doc), ents, english)  # "Banco do Brasil", "Bank Indonesia"
        compound_bodies(text_of(doc), ents, english)  # "Bundeskartellamt" typed a place
        paired_places(text_of(doc), ents, english)  # "Perth" + "Kinross Council": one council
        listed_over_pieces(text_of(doc), ents, english)  # "Lockheed Martin" NER cut to "Martin"
        business_names(text_of(doc), ents, english)  # "Thames Water", "Welsh Water" (session 18)
        # Kinds by a generic word next to the name (session 19)
        titled_structures(doc, ents, english)  # "the Hoover dam" -> FAC "Hoover Dam"
        river_places(text_of(doc), ents)  # "the Colorado river": the river, no state
        ship_names(text_of(doc), ents)  # "HMS Richmond", "the British frigate X": PRODUCT
        prefixed_facilities(text_of(doc), ents)  # "HMP Wandsworth": a prison (s23)
        numbered_facilities(doc, ents)  # "Launch Complex 36": the number is the name's
        rail_lines(text_of(doc), ents)  # "the Bergen Line between Oslo and Bergen" (s24)
        ents = unknown_names(doc, ents, english, taken, not_entities)  # "Trenitalia" (s25)
        ents = body_acronyms(doc, ents, taken, not_entities)  # "the PSA board said" (s37)
        ents = connected_names(text_of(doc), ents)  # "Gesellschaft für Internationale" (s36)
        slot_types(doc, ents, english)  # "Nyamukubi village", "Mweso, North Kivu," (s40)
        ents = link_names(doc, ents, english)
        # (each mention's type as the linking left it: a short name that a later step retypes
        # ORG, "Labour" that NER read as a person's name and ``lone_names`` made a body, is
        # titled by ``retyped_bodies`` as one the vote retypes is; session 42)
        had = {id(e): e.type for e in ents}
        # After the one-type vote: a match makes a city's club an ORG.
        ents = teams(doc, ents, english)
        ref = reference_date(doc)  # the season a 1996 text's teams played (s39)
        year = ref.year if ref else None
        ents = team_names(text_of(doc), ents, year)  # "Boston": Celtics
        # bare names whose title carries their kind, the sports' sides named first (s40)
        kind_titles(text_of(doc), ents, year)  # "Mapei (cycling team)"
        match_venues(text_of(doc), ents)  # "beat Chelsea at the Emirates": the ground (s18)
        # well-known people by their titles: "Goran Ivanisevic", a lone "Tendulkar" (s40)
        notable_people(text_of(doc), ents, year, english)
        lone_names(text_of(doc), ents, english)  # "Ryanair said": no person without a full name
        lone_units(text_of(doc), ents)  # "parts of Kerry" retyped a place: "County Kerry" (s37)
        lone_bodies(text_of(doc), ents, english)  # "landfall near Cocodrie": no body (s18)
        document_types(text_of(doc), ents, english)  # "the insurer Zurich": one vote per name (s20)
        retyped_bodies(text_of(doc), ents, had, english)  # "Brazil's Congress" GPE -> ORG (s39)
        world_regions(text_of(doc), ents)  # "Europe's largest airline": a continent (s24)
        freed += late_editions(doc, ents)  # "the Six Nations" voted an EVENT: its edition (s40)
        freed += late_titles(doc, ents)  # "Proba-3" typed late: "PROBA-3" (s41)
        place_names(text_of(doc), ents)  # "Sao Leopoldo" -> "São Leopoldo" wherever typed a place
        person_accents(text_of(doc), ents)  # "Goran Ivanisevic" -> "Goran Ivanišević" (s33)
        country_accents(text_of(doc), ents)  # "Mexico's ... Omar Garcia" -> "Omar García" (s43)
        ents = common_words(text_of(doc), ents, english)  # "Aluminium was steady", "IPO" (s25)
        ents = works_and_offices(doc, ents)  # "the film Anora", "Booker Prize" (s36)
        ents = concept_acronyms(doc, ents, not_entities)  # "an SME", "LNG (liquefied ...)" (s37)
        mention_roles(text_of(doc), ents)  # "X Hospital said" an ORG, "taken to X Hospital" a FAC
        airport_titles(text_of(doc), ents)  # "at Dublin airport" -> "Dublin Airport" (s38)
        facility_titles(text_of(doc), ents)  # "the Zaporizhzhia plant", "at Wembley" (s41)
        # a name inside a date or a figure is none, and frees nothing ("ROME, Nov 29 –" read as
        # a designation, "the 825 MW reactor" as a product's name; session 25)
        numbered = [(e.start, e.end) for e in ents if _inside(e.start, e.end, taken)]
        if numbered:
            ents = [e for e in ents if not _inside(e.start, e.end, taken)]
            freed = [f for f in freed if not _inside(f[0], f[1], numbered)]
        if freed:  # a law's year, a designation's number: part of a name, no date or figure
            doc._.briefx_dates = [
                d for d in doc._.briefx_dates or [] if not overlaps(d.start, d.end, freed)
            ]
            doc._.briefx_figures = [
                f for f in doc._.briefx_figures or [] if not overlaps(f.start, f.end, freed)
            ]
        doc._.briefx_entities = [
            EntityFact(e.start, e.end, e.type, e.name, e.titles)
            for e in ents
            if is_entity_type(e.type)
        ]
        return doc

    def _ner(self) -> Callable[[str], list[tuple[int, int, str]]] | None:
        """The pipeline's NER alone, as a function of a text (for ``spans.reread_after_dash``),
        or None on a pipeline without one."""
        nlp = self._nlp
        if nlp is None or "ner" not in nlp.pipe_names:
            return None
        ner = nlp.get_pipe("ner")

        def read(text: str) -> list[tuple[int, int, str]]:
            doc = ner(nlp.make_doc(text))
            return [(e.start_char, e.end_char, e.label_) for e in doc.ents]

        return read

    def _english(self) -> frozenset[str]:
        """English words in lower case: the lemmatizer's WordNet index where the pipeline has
        one (a static table, read once; empty on a blank pipeline, where the rules that need it
        do nothing)."""
        if self._words is None:
            words: set[str] = set()
            nlp = self._nlp
            if nlp is not None and "lemmatizer" in nlp.pipe_names:
                lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
                if lookups is not None and lookups.has_table("lemma_index"):
                    table = lookups.get_table("lemma_index")
                    for pos in ("noun", "verb", "adj", "adv"):
                        if pos in table:
                            words.update(table[pos])
            self._words = frozenset(words)
        return self._words


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """[start, end) lies within one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


@Language.factory(
    "briefx_entities",
    assigns=["doc._.briefx_entities"],
    requires=["doc.ents", "doc._.briefx_figures", "doc._.briefx_dates", "doc._.briefx_meta"],
    default_config={},
)
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    """Create the entities component.

    RETURNS (EntitiesComponent): sets doc._.briefx_entities.
    """
    return EntitiesComponent(nlp)
