"""Document-level coreference: who a source expression refers to, and which full name each
short form of a name stands for.

Two entry points:

- ``resolve(doc, start, end, entities)`` (``referents``): the ``Referent`` a pronoun, title or
  short form names ("he", "the Secretary", "the Bank", "the Chilean Government"), looking
  back at most ``WINDOW`` sentences; the statements component calls it.
- ``link_names(doc, ents, english)`` (here): run by the entities component on its mentions
  (``Ent``), one place where short forms get the full name the same document gives, tables
  only as a fallback, never over it. In order:

  0. ``headings``: a body named in capitals on a line of its own with its short form in
     brackets ("FINNISH INSTITUTE FOR HEALTH AND WELFARE (THL)"; session 44);
     ``evidence.legal_form_firms``, ``bodies_by_head``: a name written with a legal form is a
     firm, a "place" with a body's head before "of" a body;
     ``variants``: two firms NER ran into one span, a body NER cut from its opening words, a
     demonym or a place and a head word NER tagged apart, a publication's "The", a title's words reordered; ``bodies``: a police force by
     its common name takes its title ("Ghana Police Service"; session 41); a national body
     named without its country takes its country's title ("Ministry of Health (Kenya)"), a
     country or its people NER ran into the body's span is cut off first;
  1. ``people``: surnames, an initial and a surname, the first words of a full name; a title
     English Wikipedia keeps in the name ("Pope Leo XIV");
  2. ``short_names.storm_names``, ``initials``: acronyms without parentheses or defined in
     brackets, in mixed or title case ("DfT", "Sebi"), of a native name with elided articles
     ("BCEAO" of "Banque Centrale des Etats de l'Afrique de l'Ouest"), of a run NER missed ("TfGM"), names
     with some words as their initials ("NS Power");
  3. ``short_names``: a body's first words ("Meridian" -> "Meridian Orbital Systems");
     ``parts``: its last words, its head noun ("the Board"), its core word ("Hynix"): the
     nearest body named before whose head or tail it is, else (a body's head word written
     first: "The Commission said ... the European Commission") the one body of the document
     whose name ends with it, never one of two; a
     headline in capitals as the body names it; ``equations``: names the text itself equates
     (a short form bracketed after the full name, "X, known as Y", "Y, officially X", "X,
     formerly Y", "X, or Y" of X's initials): the fuller, official or present name wins;
     ``acronym_titles``: letters still named by themselves take the title
     ``org_acronyms.jsonl`` gives them (their document's country's, where countries share them);
     ``generic_heads``: a generic head no written name ends with ("the Committee", "MPC" of a
     central bank's statement; "the Company", "the Group" of a firm's release) is the owner's
     organ or the issuing firm (session 41);
  4. ``bodies.country_titles``; ``place_names``: natural places (also "the Colorado" beside
     "the Colorado River"), a country's formal title ("Congo"), a territory's ("Gaza"), "City,
     State", counties, subdivisions, datelines, British roads, a city named again without
     its "City" ("Davao" beside "Davao City");
  5. ``spellings``: one spelling per name, with its diacritics, in one letter case;
  6. ``evidence``: a firm or a person by the document's evidence, then one type per name.

Layout: one module per family, each saying what it decides and from which tables. ``ent``
holds what they all share (``Ent``, ``Covered``, ``ORG_LIKE``, ``NEXT_CAPITAL``): the list of
mentions is a document's only state, passed in and changed in place. ``countries`` (which
country a document is about) serves ``bodies``, ``place_names`` and the entities component;
``place_names`` reads ``parts.TAIL_PLACE_POP``. The family modules import ``ent`` and each
other, never this package; this package imports them and re-exports only what other modules
use.
"""

from __future__ import annotations

from spacy.tokens import Doc

from briefx.pipeline._util import text_of
from briefx.pipeline.coref.acronym_titles import table_acronyms
from briefx.pipeline.coref.bodies import (
    common_titles,
    country_led_bodies,
    country_titles,
    national_bodies,
    qualified_forms,
    retyped_bodies,
)
from briefx.pipeline.coref.countries import country_code, document_country, sole_country
from briefx.pipeline.coref.ent import NEXT_CAPITAL, Covered, Ent
from briefx.pipeline.coref.equations import equated_names
from briefx.pipeline.coref.evidence import (
    bodies_by_head,
    legal_form_firms,
    person_or_org,
    types,
)
from briefx.pipeline.coref.generic_heads import kind_heads, letterheads, organ_heads
from briefx.pipeline.coref.headings import capital_names
from briefx.pipeline.coref.initials import (
    acronyms,
    expanded_titles,
    initialled_forms,
    spelled_runs,
    title_acronyms,
)
from briefx.pipeline.coref.parts import core_words, head_nouns, tail_forms
from briefx.pipeline.coref.people import surnames, titled_names
from briefx.pipeline.coref.place_names import (
    bare_units,
    city_repeat_titles,
    city_repeats,
    city_titles,
    country_forms,
    dateline_cities,
    lone_units,
    market_cities,
    natural_titles,
    places,
    region_cities,
    road_titles,
    shared_country_titles,
    state_titles,
    state_towns,
    subdivision_repeats,
    subdivision_titles,
    territory_titles,
    titled_unit,
    unit_title,
    unit_worded,
    written_units,
)
from briefx.pipeline.coref.referents import (
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    WINDOW,
    WINDOW_TOKENS,
    before_span,
    earlier,
    holds_title,
    office_words,
    resolve,
    short_form,
)
from briefx.pipeline.coref.short_names import capitals_as_body, short_forms, storm_names
from briefx.pipeline.coref.spellings import accents, letter_cases, table_spellings
from briefx.pipeline.coref.variants import (
    coordinated_firms,
    cut_openings,
    cut_tails,
    demonym_heads,
    demonym_people,
    place_heads,
    publications,
    reordered_names,
)

__all__ = [
    "NEXT_CAPITAL",
    "PERSON_PRONOUNS",
    "THING_PRONOUNS",
    "WINDOW",
    "WINDOW_TOKENS",
    "Covered",
    "Ent",
    "before_span",
    "country_code",
    "document_country",
    "earlier",
    "holds_title",
    "link_names",
    "lone_units",
    "office_words",
    "resolve",
    "retyped_bodies",
    "short_form",
    "sole_country",
    "surnames",
    "titled_unit",
    "unit_title",
    "unit_worded",
]


def link_names(doc: Doc, ents: list[Ent], english: frozenset[str] = frozenset()) -> list[Ent]:
    """Link short forms to the document's full names and settle one type per entity."""
    text = text_of(doc)
    ents[:] = letterheads(text, ents)  # "City of Sydney" over "The City will ..." (session 41)
    ents[:] = capital_names(text, ents)  # "FINNISH INSTITUTE FOR ... (THL)" (session 44)
    legal_form_firms(text, ents)
    bodies_by_head(ents)
    coordinated_firms(text, ents)
    cut_tails(doc, text, ents)
    cut_openings(doc, text, ents, english)
    demonym_heads(text, ents)
    demonym_people(text, ents, english)
    place_heads(text, ents)
    publications(text, ents)
    reordered_names(text, ents)
    common_titles(text, ents)  # "Ghana Police" -> "Ghana Police Service" (session 41)
    country_led_bodies(text, ents, english)
    national_bodies(text, ents, english)
    surnames(doc, text, ents, english)
    titled_names(ents)
    storm_names(text, ents)
    acronyms(text, ents)
    expanded_titles(text, ents)  # "Toyota Motor Corporation (TMC)": "TMC" is "Toyota" (s41)
    title_acronyms(text, ents, english)
    spelled_runs(text, ents)
    initialled_forms(text, ents)
    short_forms(doc, text, ents, english)
    tail_forms(text, ents)  # (first: "the Board" after "the Cocoa Board" is the long name)
    head_nouns(doc, text, ents, english)
    core_words(text, ents)
    capitals_as_body(text, ents)
    equated_names(text, ents)
    qualified_forms(text, ents)
    table_acronyms(text, ents, english)  # (after the text's own links: the table is a fallback)
    organ_heads(text, ents)  # "the Committee" of a central bank's statement (session 41)
    kind_heads(text, ents)  # "the Company" of a release (session 41)
    country_titles(text, ents)
    natural_titles(doc, text, ents)
    state_titles(text, ents)
    country_forms(text, ents)  # "UAE", "Trinidad" (session 43)
    territory_titles(text, ents)
    city_repeats(ents)
    market_cities(text, ents)  # (before ``places``: "shares rose in New York" names no state)
    region_cities(text, ents)  # "Police in New York", "New York-based" (session 43)
    places(text, ents)
    city_repeat_titles(text, ents)
    city_titles(text, ents)  # "the city of Oaxaca" -> "Oaxaca City" (s41)
    subdivision_repeats(text, ents)
    bare_units(text, ents)
    state_towns(text, ents)
    written_units(text, ents)
    dateline_cities(text, ents)
    subdivision_titles(text, ents)
    shared_country_titles(doc, text, ents)  # "Georgia (country)", 1996 "Yugoslavia" (s46)
    road_titles(ents)
    table_spellings(ents)
    accents(ents)
    letter_cases(ents)
    person_or_org(text, ents)
    types(ents)
    ents.sort(key=lambda e: e.start)
    return ents
