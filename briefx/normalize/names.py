"""Entity names: canonical forms, aliases, titles, acronyms. Plain functions over strings.

The tables live in ``models/`` (each names its source and licence in a comment line):
``aliases.jsonl`` (variants -> canonical name), ``places.jsonl`` (countries, demonyms, U.S. states,
derived by ``scripts/derive_places.py``), ``us_cities.jsonl``, ``people.jsonl``,
``departments.jsonl``, ``organisations.jsonl``, ``companies.jsonl`` (listed companies, derived by
``scripts/derive_companies.py``), ``entity_words.jsonl``, ``titles.jsonl`` and
``world_places.jsonl`` (whose accented spellings ``accented_place`` restores) and
``us_counties.jsonl`` (U.S. counties and their states, derived by
``scripts/derive_us_counties.py``) and ``natural_titles.jsonl`` (oceans, seas, mountains and
lakes English names without their kind word, derived from WordNet by
``scripts/derive_natural_titles.py``) and ``org_acronyms.jsonl`` (organisations known by their letters,
written by ``scripts/derive_org_acronyms.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from typing import Any

from briefx.normalize.cues import demonym_countries
from briefx.resources import fold_accents, read_jsonl, table_index

SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
GENERATIONAL = frozenset({"jr.", "jr", "sr.", "sr"})  # kept in names (canonical_person)
INITIAL = re.compile(r"^[A-Z]\.$")
ACRONYM = re.compile(r"^[A-Z][A-Z&]*[A-Z](?:s)?$")
# Words an acronym's expansion may contain without a letter of their own ("Agency for ...").
ACRONYM_SKIP = frozenset(
    {"of", "for", "and", "the", "on", "in", "to", "&", "de", "du", "des", "'s", "’s"}
)
COUNTRY_PREFIXES = (
    ("U.S. ", "United States "),
    ("US ", "United States "),
    ("U.K. ", "United Kingdom "),
)
# A short form of a union of states that opens an organisation's name, spelled out as the
# English Wikipedia titles do ("UN Population Fund" -> "United Nations Population Fund", "EU
# Agency for Asylum" -> "European Union Agency for Asylum"). Only canonical_org reads these:
# departments (lookup_department) are national.
UNION_PREFIXES = (
    ("UN ", "United Nations "),
    ("U.N. ", "United Nations "),
    ("EU ", "European Union "),
    ("E.U. ", "European Union "),
)


@cache
def aliases() -> dict[str, tuple[str, str]]:
    """Return alias -> (canonical name, type) from models/aliases.jsonl, organisations.jsonl,
    the bodies of org_titles.jsonl and places.jsonl.

    The hand-kept aliases.jsonl wins over the organisations, then the bodies' written forms
    ("United Nations Children's Fund" -> "UNICEF", session 41), then the places table.
    """
    table = {r["alias"]: (r["name"], r["type"]) for r in read_jsonl("places.jsonl")}
    table.update(
        {
            r["alias"]: (r["name"], r["type"])
            for r in read_jsonl("org_titles.jsonl")
            if r["kind"] == "body"
        }
    )
    table.update({r["alias"]: (r["name"], r["type"]) for r in read_jsonl("organisations.jsonl")})
    table.update({r["alias"]: (r["name"], r["type"]) for r in read_jsonl("aliases.jsonl")})
    return table


@cache
def place_kinds() -> dict[str, str]:
    """Return alias -> kind (country, demonym, us_state, us_state_ap, us_state_postal)."""
    return {r["alias"]: r["kind"] for r in read_jsonl("places.jsonl")}


@cache
def gazetteer() -> dict[str, tuple[str, str]]:
    """Return the names safe to tag wherever NER missed them: countries, demonyms, U.S. state
    names and the hand-kept aliases (abbreviations of states are left out: "Ind.", "OR")."""
    kinds = place_kinds()
    table = {
        a: v
        for a, v in aliases().items()
        if kinds.get(a) in (None, "country", "demonym", "us_state") and len(a) > 1
    }
    return table


@cache
def us_states() -> frozenset[str]:
    """Return the canonical names of U.S. states and territories."""
    return frozenset(r["name"] for r in read_jsonl("places.jsonl") if r["kind"] == "us_state")


# The ISO 3166 code of the country whose states places.jsonl lists (kind "us_state"): the one
# key that ties the states to their country's name (aliases) and demonyms (demonym table).
US_CODE = "US"


@cache
def us_names() -> frozenset[str]:
    """Return the canonical names that tell a text is about the U.S.: the country, its demonyms
    (models/demonym_countries.jsonl) and its states and territories (models/places.jsonl)."""
    country = aliases()[US_CODE][0]
    demonyms = {d for d, c in demonym_countries().items() if c == country}
    return frozenset({country, *demonyms}) | us_states()


@cache
def standalone_us_cities() -> frozenset[str]:
    """Return the U.S. cities titled without their state ("Houston", not "Houston, Texas")."""
    return frozenset(r["city"] for r in read_jsonl("us_cities.jsonl"))


@cache
def us_counties() -> dict[str, frozenset[str]]:
    """Return county -> the states with a county of that name ("Franklin County" -> 24 states;
    models/us_counties.jsonl, counties, parishes and boroughs)."""
    found: dict[str, set[str]] = {}
    for r in read_jsonl("us_counties.jsonl"):
        found.setdefault(r["county"], set()).add(r["state"])
    return {county: frozenset(states) for county, states in found.items()}


@cache
def people() -> dict[str, str]:
    """Return surname -> full name of well-known office holders (models/people.jsonl)."""
    return {r["surname"]: r["name"] for r in read_jsonl("people.jsonl")}


@cache
def name_accents() -> dict[str, tuple[str, str]]:
    """Return plain spelling -> (its one accented spelling, "given"/"family"/"family/given") of a
    person's name word ("Ivanisevic" -> "Ivanišević"; models/name_accents.jsonl, session 33)."""
    return {r["plain"]: (r["name"], r["part"]) for r in read_jsonl("name_accents.jsonl")}


@cache
def language_name_accents() -> dict[tuple[str, str], tuple[str, str]]:
    """Return (language, plain spelling) -> (the accented spelling that language's name lists
    write, its part: "given"/"family"/"family/given"): ("es", "Gonzalez") -> "González",
    ("hu", "Peter") -> "Péter" (models/language_name_accents.jsonl, session 43)."""
    return {
        (str(r["lang"]), str(r["plain"])): (str(r["name"]), str(r["part"]))
        for r in read_jsonl("language_name_accents.jsonl")
    }


@cache
def country_languages() -> dict[str, tuple[str, ...]]:
    """Return ISO 3166 code -> the country's official languages ("MX" -> ("es",); CLDR,
    models/country_languages.jsonl, session 43)."""
    return {str(r["country"]): tuple(r["langs"]) for r in read_jsonl("country_languages.jsonl")}


@cache
def national_body_titles() -> dict[tuple[str, str], str | None]:
    """Return (short name, country) -> the English Wikipedia title of that country's body
    (models/national_bodies.jsonl, kind "title"; None where the country has no national body of
    that name): ("Senate", "Canada") is absent (the pattern gives it), ("Senate", "Australia")
    -> "Australian Senate"."""
    rows = read_jsonl("national_bodies.jsonl")
    return {(str(r["short"]), str(r["country"])): r["name"] for r in rows if r["kind"] == "title"}


@cache
def national_body_patterns() -> dict[str, str]:
    """Return short name -> the title form of that body in any country ("Supreme Court" ->
    "Supreme Court of {country}"; models/national_bodies.jsonl, kind "pattern")."""
    rows = read_jsonl("national_bodies.jsonl")
    return {str(r["short"]): str(r["form"]) for r in rows if r["kind"] == "pattern"}


@cache
def national_body_shorts() -> frozenset[str]:
    """Return the short names the national bodies table reads ("Senate", "Labour")."""
    return frozenset(national_body_patterns()) | {s for s, _ in national_body_titles()}


@cache
def national_body_words(kind: str) -> frozenset[str]:
    """Return the countries that take "the" in a title (kind "article"), the unions of
    countries (kind "union") or the bodies whose generic title is their own (kind "own",
    session 45) of models/national_bodies.jsonl."""
    key = "country" if kind == "article" else "name"
    return frozenset(str(r[key]) for r in read_jsonl("national_bodies.jsonl") if r["kind"] == kind)


@cache
def own_body_titles() -> frozenset[str]:
    """Return the titles of national bodies that look generic but are their own English
    Wikipedia article's, bare ("Data Protection Commission", "Social Health Authority";
    models/own_body_titles.jsonl, written by scripts/derive_own_body_titles.py; session 46)."""
    return frozenset(str(r["name"]) for r in read_jsonl("own_body_titles.jsonl"))


@cache
def national_body_commons() -> dict[str, str]:
    """Return the common name copy gives a body -> its English Wikipedia title ("Ghana Police" ->
    "Ghana Police Service"; models/national_bodies.jsonl, kind "common", session 41)."""
    rows = read_jsonl("national_bodies.jsonl")
    return {str(r["short"]): str(r["name"]) for r in rows if r["kind"] == "common"}


@cache
def national_body_organs() -> dict[str, tuple[tuple[str, str], ...]]:
    """Return a body's canonical name -> its organs that its own statements name by their head
    alone ("the Committee"): (the organ's own name, the owner's country) ("Bank of England" ->
    (("Monetary Policy Committee", "United Kingdom"),); models/national_bodies.jsonl, kind
    "organ", session 41)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in read_jsonl("national_bodies.jsonl"):
        if r["kind"] == "organ":
            out.setdefault(str(r["owner"]), []).append((str(r["organ"]), str(r["country"])))
    return {owner: tuple(organs) for owner, organs in out.items()}


def national_body(short: str, country: str) -> str | None:
    """Return the title of a country's body named by its short name: "Senate", "Canada" ->
    "Senate of Canada"; "Supreme Court", "Philippines" -> "Supreme Court of the Philippines";
    "Labour", "United Kingdom" -> "Labour Party (UK)"; None where the table gives no title."""
    key = (short, country)
    if key in national_body_titles():
        return national_body_titles()[key]
    form = national_body_patterns().get(short)
    if form is None:
        return None
    # (a bracketed form takes no "the": "Chamber of Deputies (Czech Republic)"; session 38)
    bracket = "({country})" in form
    # (a canonical name with its article, "The Bahamas", "The Gambia", takes it in lower case
    # inside a title: "Senate of the Bahamas", but "National Assembly (The Gambia)"; session 38,
    # issue 13: their codes newly give these names)
    if country.startswith("The ") and not bracket:
        return form.format(country="the " + country.removeprefix("The "))
    article = "the " if country in national_body_words("article") and not bracket else ""
    return form.format(country=article + country)


@cache
def us_bodies() -> dict[str, str]:
    """Return short name -> title of U.S. federal bodies ("Senate" -> "United States Senate"):
    the United States rows of models/national_bodies.jsonl."""
    us = aliases()[US_CODE][0]
    return {s: str(t) for (s, c), t in national_body_titles().items() if c == us and t}


@cache
def departments() -> dict[str, str]:
    """Return short name -> canonical name of U.S. executive departments ("State" -> ...)."""
    return {r["short"]: r["name"] for r in read_jsonl("departments.jsonl")}


@cache
def entity_words(kind: str) -> frozenset[str]:
    """Return the words of one kind from models/entity_words.jsonl (see its comments)."""
    return frozenset(r["word"] for r in read_jsonl("entity_words.jsonl") if r["kind"] == kind)


@cache
def namesake_countries() -> frozenset[str]:
    """The ISO codes of the countries whose cities English Wikipedia titles "City, Country" where
    a larger namesake elsewhere takes the plain title (``models/namesake_countries.jsonl``)."""
    return frozenset(str(r["code"]) for r in read_jsonl("namesake_countries.jsonl"))


@cache
def name_connectors() -> frozenset[str]:
    """The lower-case words of other languages that join a name's capitalised words
    (``models/name_connectors.jsonl``: "für", "des", "et", "bin")."""
    return frozenset(str(r["word"]) for r in read_jsonl("name_connectors.jsonl"))


def not_entity_word(word: str) -> bool:
    """``word`` is one ``entity_words`` kind ``not_entity`` holds, alone or before a hyphen
    ("COVID-19"): no name, whatever its form."""
    words = entity_words("not_entity")
    return word in words or word.split("-")[0] in words


@cache
def title_words() -> tuple[frozenset[str], frozenset[str]]:
    """Return (head words, modifier words) of personal titles, lower case."""
    rows = read_jsonl("titles.jsonl")
    heads = frozenset(r["word"] for r in rows if r["kind"] == "head")
    mods = frozenset(r["word"] for r in rows if r["kind"] == "modifier")
    return heads, mods


@cache
def courtesy_genders() -> dict[str, str]:
    """Return courtesy title -> "m" or "f", lower case and without the stop ("mr" -> "m", "mrs"
    -> "f"; the ``gender`` of ``models/titles.jsonl``)."""
    return {
        r["word"].rstrip("."): r["gender"] for r in read_jsonl("titles.jsonl") if r.get("gender")
    }


COURTESY_BEFORE = re.compile(r"\b([A-Z][a-z]{1,2})\.? \Z")


def courtesy_before(text: str, start: int) -> str | None:
    """The gender a courtesy title right before ``start`` says ("Mrs Dole", "Mr. Carney" ->
    "f", "m"; ``courtesy_genders``), else None."""
    mt = COURTESY_BEFORE.search(text, max(0, start - 5), start)
    return courtesy_genders().get(mt.group(1).lower()) if mt else None


def person_noun(word: str) -> bool:
    """A personal title's head word or a noun WordNet files first under people
    (``person_nouns.jsonl`` kind ``role``: "delegate", "actor", "rookie"), any letter case."""
    low = word.lower()
    if low in title_words()[0]:
        return True
    return any(r["kind"] == "role" for r in table_index("person_nouns.jsonl", "word").get(low, ()))


@cache
def form_words(kind: str) -> frozenset[str]:
    """Return the words of one kind from models/entity_forms.jsonl (lower case); its one loader,
    here so that ``coref`` and ``entities.forms`` share it without an import cycle."""
    return frozenset(r["word"] for r in read_jsonl("entity_forms.jsonl") if r["kind"] == kind)


@cache
def body_words() -> frozenset[str]:
    """The words that make a capitalised name a body's, lower case: the heads of
    ``entity_forms.jsonl`` kind ``org_head`` ("office", "agency") and the name words of
    ``body_kinds.jsonl`` ("party", "union", "federation", "bank", "university")."""
    rows = read_jsonl("body_kinds.jsonl")
    return form_words("org_head") | {str(r["word"]) for r in rows if r["kind"] == "name"}


@cache
def org_heads() -> frozenset[str]:
    """Words that head an organisation's name in the main European languages, lower case
    ("banco", "comisión", "autorité", "institut"; models/org_heads.jsonl, from FreeDict)."""
    return frozenset(r["word"] for r in read_jsonl("org_heads.jsonl"))


@cache
def compound_heads() -> frozenset[str]:
    """The head words of ``org_heads`` in the languages that write a name as one compound word
    (German, Dutch, Swedish, Danish: "Bundeskartellamt", "Bundesnetzagentur")."""
    langs = ("deu", "nld", "swe", "dan")
    return frozenset(r["word"] for r in read_jsonl("org_heads.jsonl") if r["lang"] in langs)


@cache
def fac_heads() -> frozenset[str]:
    """Last words that make a capitalised name a facility's ("International Space Station",
    "Hinkley Point Power Station"): the one list every head-word rule reads (session 13 folded
    the three readers of the two tables, ``entity_words.jsonl``'s OntoNotes words and
    ``entity_forms.jsonl``'s GeoNames class S words, into this loader; the type vote had read
    the first table only); session 15 adds the WordNet-derived ``fac_heads.jsonl``
    (``scripts/derive_fac_heads.py``: "Millau Viaduct", "Spaghetti Junction" ... "Kingsway
    Flyover")."""
    derived = frozenset(str(r["word"]) for r in read_jsonl("fac_heads.jsonl"))
    return entity_words("fac_head") | form_words("fac_head") | derived


def natural_title(word: str) -> str | None:
    """Return English Wikipedia's title of a natural place named without its kind word
    ("Atlantic" -> "Atlantic Ocean", "Everest" -> "Mount Everest"), from
    models/natural_titles.jsonl (derived from WordNet by scripts/derive_natural_titles.py)."""
    rows = table_index("natural_titles.jsonl", "alias").get(word, ())
    return str(rows[0]["name"]) if rows else None


@cache
def titles_in_name() -> frozenset[str]:
    """Return the title words (lower case) that English Wikipedia puts before the holder's name
    ("pope": "Pope Leo XIV"), the ``in_name`` rows of models/titles.jsonl."""
    return frozenset(r["word"] for r in read_jsonl("titles.jsonl") if r.get("in_name"))


@cache
def postnominals() -> frozenset[str]:
    """Return the letters written after a name that are no part of it ("MP", "OBE"), lower case."""
    return frozenset(r["word"] for r in read_jsonl("titles.jsonl") if r["kind"] == "postnominal")


@cache
def person_styles(kind: str) -> frozenset[str]:
    """Return the words of one kind of models/person_styles.jsonl, lower case: ``style``, a
    style of address or title before a name ("ms", "dame", "excellency", "rapporteur": WordNet's
    forms of address and nameparser's titles), ``demonym``, a one-word demonym WordNet files
    under inhabitants ("welshman", "brazilian"). Session 28 (spans12)."""
    return frozenset(r["word"] for r in read_jsonl("person_styles.jsonl") if r["kind"] == kind)


def style_key(word: str) -> str:
    """A word as ``person_styles.jsonl`` writes it: lower case, a curly apostrophe straight, a
    final full stop dropped ("H.E." -> "h.e", "Dato’" -> "dato'", "Ms." -> "ms")."""
    return word.lower().replace("\u2019", "'").rstrip(".")


def style_words(words: list[str]) -> int:
    """How many of the words opening ``words`` (written apart by spaces) make one style of
    address of ``person_styles.jsonl``: 2 for a style of two words ("Tan Sri", "Datuk Seri",
    "Dato' Seri"), 1 for a style of one ("Ms", "Datuk", "Dato'", "H.E."), else 0; each word
    capitalised (session 36, foreign23: styles of other languages)."""
    if not words or not words[0][:1].isupper():
        return 0
    styles = person_styles("style")
    first = style_key(words[0])
    if len(words) > 1 and words[1][:1].isupper() and f"{first} {style_key(words[1])}" in styles:
        return 2
    return 1 if first in styles else 0


def marked_style(words: list[str]) -> int:
    """``style_words`` for a style that cannot be a given name or a plain word: one of two
    words ("Tan Sri", "Datuk Seri": 2) or one written with its apostrophe or dots ("Dato'",
    "H.E.": 1); 0 for a plain word of one ("Ms", "Datuk"), which callers weigh with the rest."""
    n = style_words(words[:2])
    return n if n == 2 or (n == 1 and not words[0].rstrip(".").isalpha()) else 0


def is_title_word(word: str) -> bool:
    """True for a title head or modifier, plurals included ("Representatives", "Secretaries")."""
    heads, mods = title_words()
    low = word.lower()
    if low in heads or low in mods:
        # a courtesy title without its stop only in title case ("Mrs Dole"; "MS", "MR" are
        # letters of other things; session 43)
        return "." in low or low not in courtesy_genders() or word == word.capitalize()
    plural_of = (low[:-1], low[:-2], low[:-3] + "y")  # "teams", "bodies"
    return low.endswith("s") and any(sing in heads for sing in plural_of)


def canonical_person(name: str, initials: bool = False) -> str:
    """Drop middle initials and numeral suffixes: "Lloyd J. Austin III" -> "Lloyd Austin" (with
    ``initials``, the initials stay: "Jed S. Rakoff"). "Jr." and "Sr." stay, as English Wikipedia
    titles them (WP:JR: "Martin Luther King Jr.", "Ferdinand Marcos Jr."; a son is not his
    father), written "Jr." without a comma."""
    parts = [p.rstrip(",") for p in name.split()]
    junior = ""
    if len(parts) > 2 and parts[-1].lower() in GENERATIONAL:
        junior = parts[-1].rstrip(".").capitalize() + "."
        parts = parts[:-1]
    if len(parts) > 2:
        parts = [p for p in parts if p.lower() not in SUFFIXES] or parts
    if len(parts) > 2 and not initials:
        parts = [parts[0]] + [p for p in parts[1:-1] if not INITIAL.match(p)] + [parts[-1]]
    return " ".join([*parts, junior]) if junior else " ".join(parts)


# a regnal number after a monarch's name ("Abdullah II", "Frederik X", "Charles III"), as
# written; any case only right before "of" ("abdullah ii of jordan": "Li Xi" keeps "Xi")
REGNAL = re.compile(r"[IVXL]+")
REGNAL_ANY_CASE = re.compile(r"[IVXL]+", re.IGNORECASE)


def surname(words: list[str]) -> str:
    """The last word of a person's name that is no "Jr."/"Sr.": "Marcos" of "Ferdinand Marcos
    Jr.". A royal style "X of Country" has no surname: the name the text repeats alone is the
    one before "of" ("Hussein" of "Hussein of Jordan", "Abdullah" of "Abdullah II of Jordan"),
    never the country; nor is a regnal number ("Abdullah" of "Abdullah II")."""
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
        if len(words) > 1 and REGNAL_ANY_CASE.fullmatch(words[-1]):
            words = words[:-1]
    elif len(words) > 1 and REGNAL.fullmatch(words[-1]):
        words = words[:-1]
    if len(words) > 2 and words[-1].lower() in GENERATIONAL:
        return words[-2]
    return words[-1]


@cache
def name_articles() -> tuple[str, ...]:
    """The Arabic article as romanised names write it, lower case, longest first ("ash-",
    "al-", "el-"; models/name_particles.jsonl, from the ALA-LC Arabic table)."""
    forms = {
        str(r["particle"]) for r in read_jsonl("name_particles.jsonl") if r["kind"] == "article"
    }
    return tuple(sorted(forms, key=lambda f: (-len(f), f)))


def without_article(word: str) -> str | None:
    """A surname without the Arabic article it opens with ("Sharaa" of "al-Sharaa", "Sisi" of
    "el-Sisi", "Sharaa" of "Al-Sharaa" opening a sentence); None where it opens with none, or
    what follows is no capitalised name of three letters or more."""
    low = word.lower()
    for form in name_articles():
        rest = word[len(form) :]
        if (
            low.startswith(form)
            and (word[:1].islower() or word[1 : len(form)].islower())
            and len(rest) >= 3
            and rest[:1].isupper()
            and rest.replace("'", "").isalpha()
        ):
            return rest
    return None


@cache
def org_acronyms() -> dict[str, dict[str | None, str]]:
    """Return acronym -> {country or None: English Wikipedia title} of the organisations known
    by their letters (``models/org_acronyms.jsonl``, written by ``scripts/derive_org_acronyms.py``):
    a fallback for letters a document never spells out, read only by
    ``pipeline.coref.acronym_titles`` (session 39). A country key is that country's body; None
    the one taken wherever the document's country has no row of its own."""
    table: dict[str, dict[str | None, str]] = {}
    for r in read_jsonl("org_acronyms.jsonl"):
        table.setdefault(str(r["acronym"]), {})[r.get("country")] = str(r["name"])
    return table


@cache
def kind_titles() -> tuple[dict[str, tuple[dict[str, Any], ...]], dict[str, tuple[str, ...]]]:
    """Return (folded form -> the rows of ``models/kind_titles.jsonl`` it is a form of, kind -> the
    words that show the kind in a document): organisations whose English Wikipedia title is
    their name with a bracketed kind ("Mapei (cycling team)", "Emirates (airline)"), written by
    ``scripts/derive_kind_titles.py``; read only by ``pipeline.coref.kind_names`` (session 40),
    the first time a document names a mention by a form of the table."""
    forms: dict[str, list[dict[str, Any]]] = {}
    words: dict[str, tuple[str, ...]] = {}
    for r in read_jsonl("kind_titles.jsonl"):
        if "words" in r:
            words[str(r["kind"])] = tuple(r["words"])
            continue
        for form in r["forms"]:
            rows = forms.setdefault(str(form).casefold(), [])
            if r not in rows:
                rows.append(r)
    return {k: tuple(v) for k, v in forms.items()}, words


def lookup_alias(text: str) -> tuple[str, str] | None:
    """Return (canonical name, type) for a known variant ("U.S." -> "United States")."""
    return aliases().get(text) or aliases().get(text.strip())


@cache
def companies() -> dict[str, str]:
    """Return alias -> canonical name of listed companies (models/companies.jsonl) and of the
    firms, airlines and state companies whose written forms differ from their English Wikipedia
    titles (the company rows of models/org_titles.jsonl, session 41: "Saudi Arabian Oil
    Company", "Aramco" -> "Saudi Aramco"; its script keeps the listing's rows where both know a
    form)."""
    table = {r["alias"]: r["name"] for r in read_jsonl("companies.jsonl")}
    table.update(
        {r["alias"]: r["name"] for r in read_jsonl("org_titles.jsonl") if r["kind"] == "company"}
    )
    return table


@cache
def firm_short_forms() -> dict[str, tuple[tuple[str, str], ...]]:
    """Return short form -> ((sector, title), ...) of the firms and universities whose short
    form is also an English word, a place or a name ("Delta" -> (("airline", "Delta Air
    Lines"),); "Duke" -> a utility's and a university's row), models/firm_short_forms.jsonl
    (session 42). A row is taken only where the text names its sector (``sector_words``)."""
    table: dict[str, tuple[tuple[str, str], ...]] = {}
    for r in read_jsonl("firm_short_forms.jsonl"):
        if "alias" in r:
            table[r["alias"]] = (*table.get(r["alias"], ()), (r["sector"], r["name"]))
    return table


@cache
def sector_words(sector: str) -> frozenset[str]:
    """Return the lower-case words that name a sector in models/firm_short_forms.jsonl
    ("airline": "carrier", "flights", "passengers" ...)."""
    for r in read_jsonl("firm_short_forms.jsonl"):
        if r.get("sector") == sector and "cues" in r:
            return frozenset(r["cues"])
    return frozenset()


@cache
def company_tails() -> frozenset[str]:
    """Return the words a short mention of a company leaves out, lower case, without a final
    full stop: legal forms ("corp", "plc", "ag") and the company_tail words ("group", "motor")."""
    forms = {r["form"].rstrip(".") for r in read_jsonl("legal_forms.jsonl")}
    return frozenset(forms | entity_words("company_tail"))


# Legal forms that are also common words of a firm's title ("The Hershey Company", "Canadian
# Broadcasting Corporation", "Private Bank"): they stay in a name.
TITLE_FORMS = frozenset({"company", "corporation", "private"})
# Legal forms English writes in lower case after a name; other lower-case forms ("as", "co",
# "et", "se") are English words there.
LOWER_FORMS = frozenset({"plc", "llc", "llp", "gmbh", "ltd"})


@cache
def legal_form_words() -> frozenset[str]:
    """Return the legal-form words of models/legal_forms.jsonl, lower case ("gmbh", "s.p.a.")."""
    return frozenset(r["form"] for r in read_jsonl("legal_forms.jsonl"))


def _written_as_form(word: str) -> bool:
    """A word written as a legal form after a name: in capitals ("AS", "N.V.", "A/S"), with
    inner capitals or three letters or more ("GmbH", "Ltd", "S.p.A.", "Inc."), "Co." or one of
    LOWER_FORMS ("plc"); not a title-case word of two letters ("As", "Se": English or a name)."""
    low = word.lower()
    stem = low.rstrip(".")
    if low not in legal_form_words() and stem not in legal_form_words():
        return False
    if stem in TITLE_FORMS:
        return False
    if word.islower():  # "a.s.", "s.r.o.": dotted letters are no English word
        return stem in LOWER_FORMS or "." in stem
    if word.isupper():
        return True
    return len(stem.replace(".", "")) >= 3 or stem == "co"


def without_legal_form(name: str) -> str:
    """A firm's name without the legal forms written after it: "Norske tog AS" -> "Norske tog",
    "Samsung Electronics Co., Ltd." -> "Samsung Electronics", "Kestrel Advisory Pty Ltd" ->
    "Kestrel Advisory" (eval/README.md: legal forms are inside the span and outside ``name``).
    A form after "&"/"and" names the partners ("Smith & Co." stays), a one-word name stays, and
    so do forms that are also title words ("The Hershey Company", TITLE_FORMS)."""
    words = name.split()
    for phrase in _legal_phrases():  # "Lotus Mekong Logistics Joint Stock Company" (session 22)
        n = len(phrase)
        if len(words) > n and [w.lower() for w in words[-n:]] == list(phrase):
            words = words[:-n]
            words[-1] = words[-1].rstrip(",")
            break
    while len(words) > 1 and _written_as_form(words[-1].rstrip(",")):
        if words[-2].rstrip(",") in ("&", "and"):
            if len(words) > 3 and _written_as_form(words[-3].rstrip(",")):
                del words[-2:]  # "Orsted Chemie AG & Co. KGaA": "& Co." is of the form
                continue
            break
        words.pop()
        words[-1] = words[-1].rstrip(",")
    return " ".join(words)


@cache
def _legal_phrases() -> tuple[tuple[str, ...], ...]:
    """Legal forms of several words written in full after a name ("Joint Stock Company",
    "Limited Liability Company"), lower case, longest first (``legal_phrase`` of
    models/entity_forms.jsonl)."""
    phrases = (tuple(w.split()) for w in form_words("legal_phrase"))
    return tuple(sorted(phrases, key=len, reverse=True))


def written_form_dropped(text: str, name: str) -> str:
    """``name`` without its legal form where the mention's text writes one: "Norske tog AS" ->
    "Norske tog", "Samsung Electronics Co., Ltd." -> "Samsung Electronics"; a mention without a
    form keeps the title the tables give ("Apple" -> "Apple Inc.", the English Wikipedia
    title), and so does one with a form where that title carries one of its own ("Shell plc",
    "Apple Inc." stay: English Wikipedia keeps the form where the name needs it; session 41)."""
    if without_legal_form(text) == text or name in listed_company_titles():
        return name
    return without_legal_form(name)


@cache
def listed_company_titles() -> frozenset[str]:
    """The titles of ``companies`` (the listed firms): English Wikipedia's, with a legal form only
    where it keeps one."""
    return frozenset(companies().values())


def lookup_company(text: str) -> str | None:
    """Return the canonical name of a listed company a mention names, or None.

    The whole text first, then without its last words while they are legal forms or company
    tails: "Toyota Motor Corp" -> "Toyota", "Sony Group" -> "Sony", "Ford Motor Co" -> "Ford
    Motor Company"; "Siemens Energy" stays itself (a company of its own), "Ford" alone is no
    listed name. "and" reads as "&" ("Marks and Spencer Group plc" -> "Marks & Spencer"). A
    leading "The" the table does not know is left out ("The Boeing Company" -> "Boeing"; "The
    Hershey Company" is a title of its own).
    """
    found = _listed(text.split())
    if found is None and text.startswith("The "):
        found = _listed(text.split()[1:])
    return found


def _listed(words: list[str]) -> str | None:
    table = companies()
    tails = company_tails()
    while words:
        joined = " ".join(words)
        found = table.get(joined) or table.get(joined.replace(" and ", " & "))
        if found or len(words) == 1 or words[-1].lower().rstrip(".,") not in tails:
            return found
        words.pop()
        if words and words[-1] in ("&", "and"):
            words.pop()
    return None


def lookup_person(surname: str) -> str | None:
    """Return the full name of a well-known person named by surname alone ("Trump")."""
    return people().get(surname)


def is_surname(word: str) -> bool:
    """True for a family name of ``models/surnames.jsonl`` (faker's national last-name lists
    and the U.S. Census 1990 surnames; session 32), looked up as written and capitalised
    ("McLaren" as the census's "Mclaren")."""
    index = table_index("surnames.jsonl", "name")
    return word in index or word.capitalize() in index


def lookup_department(text: str) -> str | None:
    """Return the U.S. executive department (or federal body) a name stands for.

    "State Department", "Department of State", "U.S. Department of State" ->
    "United States Department of State"; None for anything else.
    """
    for prefix, _ in COUNTRY_PREFIXES[:2]:
        text = text.removeprefix(prefix)
    if text in us_bodies():  # "Senate", "House", "Congress" (models/national_bodies.jsonl)
        return us_bodies()[text]
    if text.startswith("Department of "):
        short = text[len("Department of ") :]
    elif text.endswith(" Department"):
        short = text[: -len(" Department")]
    else:
        return None
    return departments().get(short)


@cache
def _org_titles() -> frozenset[str]:
    """The canonical names of the organisations the alias tables know ("Food and Drug
    Administration", the title of "FDA"): a name written after "U.S." that is one of them is
    titled without the country, as English Wikipedia titles it."""
    return frozenset(v[0] for v in aliases().values() if v[1] == "ORG")


@cache
def _body_titles() -> frozenset[str]:
    """The titles of the organisations the alias and acronym tables know: ``_org_titles`` and
    the titles of ``models/org_acronyms.jsonl`` ("United Nations Security Council")."""
    return _org_titles() | {t for rows in org_acronyms().values() for t in rows.values()}


# The forms of the United Nations' name written before one of its bodies: a body whose English
# Wikipedia title has no prefix is titled without it ("UN World Food Programme" -> "World Food
# Programme"; session 41).
UN_PREFIXES = ("UN ", "U.N. ", "United Nations ")


def _un_body(text: str) -> str | None:
    """The title of a body written after a "UN" prefix its title does not have: "UN World Food
    Programme", "United Nations World Food Programme" -> "World Food Programme"; None where the
    prefixed name is itself a title ("UN Security Council": "United Nations Security Council")
    or the rest is no known title ("UN Development Programme")."""
    for prefix in UN_PREFIXES:
        if text.startswith(prefix):
            rest = text[len(prefix) :]
            if rest in _body_titles() and "United Nations " + rest not in _body_titles():
                return rest
    return None


def canonical_org(text: str) -> str:
    """Spell out a leading country or union abbreviation: "U.S. Agency for ..." -> "United States
    Agency for ...", "UN Development Programme" -> "United Nations Development Programme"; a name
    the alias tables know takes their title ("Securities and Exchange Commission"); a body whose
    title has no "United Nations" prefix loses the one the text writes ("UN World Food
    Programme" -> "World Food Programme", ``_un_body``)."""
    known = aliases().get(text)
    if known and known[1] == "ORG":
        return known[0]
    if body := _un_body(text):
        return body
    for prefix, _ in COUNTRY_PREFIXES[:2]:  # "U.S. Securities and Exchange Commission"
        rest = aliases().get(text.removeprefix(prefix)) if text.startswith(prefix) else None
        if rest and rest[1] == "ORG" and rest[0].startswith(("United States ", "U.S. ")):
            return rest[0]
        if text.startswith(prefix) and text.removeprefix(prefix) in _org_titles():
            return text.removeprefix(prefix)  # "U.S. Food and Drug Administration" (session 22)
    for prefix, full in (*COUNTRY_PREFIXES, *UNION_PREFIXES):
        if text.startswith(prefix) and len(text) > len(prefix) and text[len(prefix)].isupper():
            # a firm titled with the letters ("U.S. Steel", "US Foods"; session 41)
            return lookup_company(text) or full + text[len(prefix) :]
    return text


# Letters NFKD does not decompose into a base letter and a mark, as English text writes them
# without their diacritics ("Ødegaard" -> "Odegaard", "Łódź" -> "Lodz", "Đoković" -> "Dokovic").
PLAIN_LETTERS = str.maketrans(
    {"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i"}
)


def fold_letters(text: str) -> str:
    """Drop accents and write the letters NFKD keeps in their plain form too: "Højgaard" ->
    "Hojgaard", "Świątek" -> "Swiatek" (``fold_accents`` keeps "ø": the gazetteer's folded
    spellings are made with it)."""
    return fold_accents(text).translate(PLAIN_LETTERS)


# Marks that romanise another script rather than spell a Latin-script language: a macron ("Lāsalgaon",
# "Ōsaka"; Latvian and Maori macrons are lost with it, a known cost), a line, ring or breve below,
# an "h" with a cedilla ("Rafaḩ") and the ayin and hamza modifier letters ("Saʿdah"). GeoNames
# writes Arabic, Persian and Indian towns so; English Wikipedia titles them without ("Rafah",
# "Lasalgaon"). Real diacritics ("São Paulo", "Zürich", "Gjadër") use none of them (session 33).
TRANSLITERATION_MARKS = frozenset("\u0304\u0331\u032e\u0325ʻʼʿʾ")
H_CEDILLA = frozenset("ḨḩḤḥ")
# The marks that romanisations of Arabic, Persian and Hebrew (BGN/PCGN, as GeoNames writes them)
# put under or on a consonant: a cedilla, a dot or a line below "h", "d", "z", "s", "t" ("Rafaḩ",
# "Al Bayḑā’", "Petaẖ Tiqva", "Baḥarkah"). No national alphabet writes "h", "d" or "z" so, and
# English Wikipedia titles these towns without them ("Rafah", "Hama", "Petah Tikva"); a
# national alphabet's letters ("ş" of Turkish, "ţ" of Romanian, "ạ" of Vietnamese) are no such
# mark and stay. Written here: Unicode has no property for "a romanisation's mark".
ROMANISED = re.compile(r"[HhDdZz][\u0327\u0323\u0331]|[SsTt]\u0323")


def transliterated(name: str) -> bool:
    """Whether a gazetteer spelling carries transliteration marks, not a language's own
    diacritics ("Rafaḩ", "Lāsalgaon", "Al Bayḑā’": True; "São Paulo", "Malmö", "Wrocław",
    "Bạc Liêu": False). Two helpers of session 33 wrote this test apart (accents20,
    places20); it is the union of their marks."""
    if name.isascii():
        return False
    folded = unicodedata.normalize("NFD", name)
    return (
        bool(H_CEDILLA.intersection(name))
        or bool(TRANSLITERATION_MARKS.intersection(folded))
        or bool(ROMANISED.search(folded))
    )


def accented_place(name: str) -> str:
    """The gazetteer's own spelling of a place the text writes without its accents ("Sao Paulo"
    -> "São Paulo", "Malmo" -> "Malmö"): where the largest place of that name is a folded
    spelling of an accented name (models/world_places.jsonl keeps GeoNames' spelling with its
    accents and the folded one as ``alias_of``). Transliteration marks are no accents: "Rafah"
    stays, not "Rafaḩ" (``transliterated``). English exonyms ("Munich", "Cologne") are not
    folded spellings and stay; a name the gazetteer gives a larger unaccented place keeps its
    spelling."""
    rows = world_places().get(name, ())
    if not rows:
        return name
    top = max(rows, key=row_pop)
    accented = str(top.get("alias_of") or "")
    if transliterated(accented):
        return name  # the text's English spelling ("Rafah", not GeoNames' "Rafaḩ"; session 33)
    if accented and accented != name and name in (fold_accents(accented), fold_letters(accented)):
        return accented  # ("Wroclaw" -> "Wrocław": "ł" folds as a plain letter; session 24)
    return name


def singular_norp(text: str) -> str:
    """Return the singular demonym: "Iraqis" -> "Iraqi", "Pacific Islanders" -> "Pacific Islander".

    A name the places table knows wins; otherwise a plural "-s" (not "-ss", not the "-is" of a
    singular name such as "Artemis": the table lists "Iraqis", "Israelis") is dropped.
    """
    known = aliases().get(text)
    if known and known[1] == "NORP":
        return known[0]
    if text.endswith("s") and not text.endswith(("ss", "is")) and len(text) > 3:
        return text[:-1]
    return text


def dateline_name(text: str) -> str:
    """Title-case a dateline place: "CAPE CANAVERAL" -> "Cape Canaveral" (aliases first)."""
    known = lookup_alias(text)
    if known:
        return known[0]
    name = title_case(text)
    return city_of_region(name) or name


@cache
def capital_of_country(country: str) -> str | None:
    """A dateline names a city: a country's name -> its city "<country> City" ("KUWAIT" ->
    "Kuwait City", "PANAMA" -> "Panama City"; Reuters files from capitals so), where the
    gazetteer has a city of that name in that country (GeoNames); None for any other name."""
    if place_kinds().get(country) != "country":
        return None
    codes = {str(r["code"]) for r in table_index("country_codes.jsonl", "name").get(country, ())}
    city = f"{country} City"
    rows = world_places().get(city, ())
    return city if any(r["kind"] == "city" and r["country"] in codes for r in rows) else None


def title_case(text: str) -> str:
    """A name written in capitals with each word's first letter kept: "GOLDEN STATE" -> "Golden
    State" (``str.title`` would also capitalise after an apostrophe: "O'NEILL'S")."""
    return " ".join(w[:1] + w[1:].lower() for w in text.split())


@cache
def city_of_region(region: str) -> str | None:
    """A dateline names a city: "New York" (the state) -> "New York City", where the gazetteer's
    largest city of the region is named "<region> City" (GeoNames)."""
    rows = [r for r in world_places().get(f"{region} City", ()) if r.get("region") == region]
    if not rows:
        return None
    country = str(rows[0]["country"])
    pops = [
        int(str(r["pop"]))
        for r in table_index("world_places.jsonl", "country").get(country, ())
        if r["kind"] == "city" and r.get("region") == region
    ]
    return f"{region} City" if max(int(str(r["pop"])) for r in rows) >= max(pops) else None


def acronym_letters(word: str) -> str:
    """Return the letters a word gives an acronym: "U.S." -> "US", "Agency" -> "A"."""
    if re.fullmatch(r"(?:[A-Z]\.)+", word):
        return word.replace(".", "")
    return word[:1].upper() if word[:1].isalpha() else ""


def letters_in_order(short: str, long: str) -> bool:
    """True where the letters of ``short`` come in ``long`` in the same order, others between
    them allowed ("IAM" in "IAMAW"): the test an acronym that leaves words out must pass."""
    it = iter(long)
    return all(c in it for c in short)


def match_acronym(acronym: str, words: list[str], loose: bool = False) -> int | None:
    """Find the expansion of ``acronym`` that ends ``words`` (the words before "(ACR)").

    Returns the index in ``words`` where the expansion starts, or None. Letters are matched
    from the end, one word each (a dotted abbreviation gives all its letters); "of", "for",
    "and", "the", "'s" may sit inside the expansion without a letter. Linear in len(words).
    With ``loose``, where no expansion fits so, a looser reading is tried (``_letter_options``):
    a word in capitals gives all its letters ("UK Research and Innovation (UKRI)") and a
    capitalised word its first two or three ("European Chemicals Agency (ECHA)"), as bodies
    abbreviate themselves; only for an acronym the text defines in brackets, where the bracket
    says that it abbreviates the words before it (session 15).
    """
    k = _match_acronym(acronym, words, loose=False)
    return k if k is not None or not loose else _match_acronym(acronym, words, loose=True)


def _letter_options(word: str, loose: bool) -> set[str]:
    """The letters a word may give an acronym: its initial (``acronym_letters``); read loosely
    also the whole of a short word in capitals ("UK", "US") and the first two or three letters
    of a capitalised word ("Ch" of "Chemicals")."""
    got = acronym_letters(word).upper()
    opts = {got} if got else set()
    if loose and word.isalpha() and word[:1].isupper():
        if word.isupper() and len(word) <= 3:
            opts.add(word)
        elif word[1:].islower():
            opts.update(word[:k].upper() for k in (2, 3) if len(word) > k)
    return opts


def _match_acronym(acronym: str, words: list[str], loose: bool) -> int | None:
    letters = acronym.rstrip("s") if acronym.endswith("s") and acronym[:-1].isupper() else acronym
    letters = letters.replace("&", "")
    # Walk the words from the end, keeping every number of letters still to match: a
    # lower-case "of" may give an "O" ("Department of Defense (DOD)") or none ("Office of
    # Homeland Security (OHS)"). At most len(letters) states a word: linear in len(words).
    n = len(letters)
    todo = {n}
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        new = set()
        for got in _letter_options(w, loose):
            for pos in todo:
                # an expansion starts with no lower-case "of", "the"
                opening = pos == len(got) and w.lower() in ACRONYM_SKIP and w[:1].islower()
                if pos >= len(got) and letters[:pos].endswith(got) and not opening:
                    new.add(pos - len(got))
        if w.lower() in ACRONYM_SKIP or (loose and w == ","):
            # (loosely also a comma of a list of subjects: "Department for Energy, Land and ...")
            new.update(pos for pos in todo if pos < n)
        if 0 in new:
            return i
        if not new:
            return None
        todo = new
    return None


def world_places() -> Mapping[str, tuple[dict[str, Any], ...]]:
    """Return name -> gazetteer rows (models/world_places.jsonl, derived from GeoNames).

    An index read only for the names asked (``briefx.resources.table_index``): parsing the
    whole 5 MB table cost more than any other part of a short run's start-up.
    """
    return table_index("world_places.jsonl", "name")


@cache
def city_regions(country: str) -> frozenset[str]:
    """Return the regions (states, provinces) the gazetteer gives cities of one country."""
    rows = table_index("world_places.jsonl", "country").get(country, ())
    return frozenset(str(r["region"]) for r in rows if r["kind"] == "city" and r.get("region"))


def place_first_words() -> Mapping[str, tuple[dict[str, Any], ...]]:
    """Return first word -> gazetteer rows whose name starts with it ("Frankfurt" of "Frankfurt
    am Main"): an index like ``world_places``, so that asking decodes one bucket, not the whole
    gazetteer."""
    return table_index("world_places.jsonl", "name:first")


def row_pop(row: Mapping[str, Any]) -> int:
    """The population of one gazetteer row (a subdivision counts as 10^6)."""
    return 10**6 if row.get("kind") == "subdivision" else int(str(row["pop"]))


def neighbour_town(name: str) -> bool:
    """Whether a name of two words is a town named after its neighbour: the gazetteer knows the
    whole name as a city and its last word as a city of the same country and region ("West
    Kelowna", "North Vancouver"), so that its first word is no given name ("West") and its
    last no surname (session 20)."""
    words = name.split()
    if len(words) != 2:
        return False
    rows = [r for r in world_places().get(name, ()) if r["kind"] == "city"]
    if not rows:
        return False
    near = {(r["country"], r.get("region")) for r in world_places().get(words[1], ())
            if r["kind"] == "city"}  # fmt: skip
    return any((r["country"], r.get("region")) in near for r in rows)


def place_pop(name: str) -> int:
    """Return the largest population the gazetteer gives a name (subdivisions count as 10^6)."""
    return max(map(row_pop, world_places().get(name, ())), default=-1)


def small_place(name: str) -> tuple[str, ...]:
    """Return the countries (ISO codes) that have a village or small town of this name, or ().

    models/small_places.jsonl (GeoNames cities500, the names ``world_places`` lacks) is opened
    by its index on the first question, so a run that never asks pays nothing; accents are
    folded on both sides ("Grindavik" finds "Grindavík"). The table only says that a name is a
    settlement somewhere: it types a mention in a place's slot, never names one.
    """
    rows = table_index("small_places.jsonl", "name:folded").get(fold_accents(name), ())
    return tuple(sorted({c for r in rows for c in str(r["countries"]).split()}))
