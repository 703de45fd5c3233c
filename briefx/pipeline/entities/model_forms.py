"""The type a name's FORM gives: a model designation is a product's name (session 26, issue 13).

A name written as a model number or a version ("GPT-5", "ZK-118", "Vega-C", "T12 Pro", "Skyscoop
600", "MVA-BN") names a product unless the text makes it a body. The form alone weighs:

- strongly, for one word with a hyphen and a digit ("GPT-5", "Orion-4", "ZK-118") and for a
  capitalised word with a hyphen and one or two capitals or a digit after it ("Vega-C",
  "Soyuz-U"): no firm, agency or place of the tables is written so;
- weakly, for a code of letters and digits without a hyphen ("T12", "A321neo": "D66" is a Dutch
  party), a code in capitals on both sides of a hyphen ("MVA-BN"; "AFL-CIO" is a federation),
  a word and a model number of two to four digits ("Skyscoop 600"; not a year, not "Ligue 1"),
  each with up to two capitalised words after it ("T12 Pro", "AX-9 Pelican"): such a name
  needs one cue of its sentence as well.

The sentence's role gives the cue (``product_cue``): a maker's or buyer's possessive right before
it ("Bavarian Nordic's MVA-BN", "Tessaro Mobile's T12 Pro"), a verb of making, selling, flying,
releasing or approving right before it (``product_forms`` kinds ``product_verb``,
``approve_verb``, ``make_verb``: "release GPT-5", "approved ZK-118"; "makes the Vega-C"), a thing sold before
"of" (``sold_of``: "doses of MVA-BN", "deliveries of the AX-210") or a product noun within two
words after it ("a Vega-C rocket", "24 Skyscoop 600 amphibious aircraft"). A name the alias,
company or place tables know is no designation ("G7", "3M", "K2").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefx.normalize.names import lookup_alias, lookup_company, not_entity_word, place_pop
from briefx.pipeline.entities.products import all_product_nouns, product_words

__all__ = ["designation_weight", "product_cue", "role_kind"]

STRONG, WEAK = 5, 3
HYPHEN_CODE = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Za-z]*\d[A-Za-z0-9.]*|-\d[A-Za-z0-9.]*)")
LETTER_CODE = re.compile(r"[A-Z][a-z]{2,}-(?:[A-Z]{1,2}|\d)")  # "Vega-C", "Soyuz-U"
PLAIN_CODE = re.compile(r"(?=[A-Za-z]*\d)[A-Z][A-Za-z]*\d[A-Za-z0-9]*")  # "T12", "A321neo"
CAPS_CODE = re.compile(r"[A-Z]{2,4}-[A-Z]{2,4}")  # "MVA-BN"
MODEL_NUMBER = re.compile(r"[1-9]\d{1,3}")  # "600", "747"; not "04", not "1"
YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
PERIODS = re.compile(r"(?:FY|Q|H|CY|W|G|P|S|N|M|A|E|B|C)\d{1,2}")  # "Q3", "G20", "M25", "A1"
SUFFIX = re.compile(r"[A-Z][A-Za-z]*")  # "Pro", "Max", "Pelican"
POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}['’]s \Z")
VERB_BEFORE = re.compile(r"\b([a-z]+) (?:(?:the|its|their|a|an|his|her|new) )*\Z")
OF_BEFORE = re.compile(
    r"\b([a-z]+) of (?:the |its |their )?(?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}['’]s )?\Z"
)
NOUNS_AFTER = re.compile(r" ([a-z-]+)(?: ([a-z-]+))?")


def _code(word: str) -> int:
    """The weight of one word's form (0 where it is no designation)."""
    if YEAR.fullmatch(word) or PERIODS.fullmatch(word) or not_entity_word(word):  # "COVID-19"
        return 0
    if HYPHEN_CODE.fullmatch(word) or LETTER_CODE.fullmatch(word):
        return STRONG
    if PLAIN_CODE.fullmatch(word) or CAPS_CODE.fullmatch(word):
        return WEAK
    return 0


def designation_weight(word: str) -> int:
    """The weight of a name's form as a product's designation: ``STRONG``, ``WEAK`` or 0 (see
    the module docstring). ``word`` is the name as written."""
    words = word.split()
    if not words or len(words) > 3:
        return 0
    weight = 0
    first = _code(words[0])
    if first and all(SUFFIX.fullmatch(w) for w in words[1:]):
        weight = first if len(words) == 1 else WEAK  # "GPT-5", "T12 Pro"
    elif (
        len(words) == 2
        and MODEL_NUMBER.fullmatch(words[1])
        and not YEAR.fullmatch(words[1])
        and SUFFIX.fullmatch(words[0])
        and not words[0].isupper()
    ):
        weight = WEAK  # "Skyscoop 600", "Kestrel 400"
    # the form first, the tables only for a name of that form: a known name is no designation
    if weight and (lookup_alias(word) or lookup_company(word) or place_pop(word) > 0):
        return 0
    return weight


def product_cue(before: str, after: str) -> bool:
    """True where the words round a designation make it a product: a possessive right before it,
    a verb of making, selling, flying or approving, a thing sold before "of", a product noun
    within two words after it."""
    if POSSESSIVE_BEFORE.search(before):
        return True
    if (mt := VERB_BEFORE.search(before)) and (
        mt.group(1) in product_words("product_verb")
        or mt.group(1) in product_words("approve_verb")
        or mt.group(1) in product_words("make_verb")
    ):
        return True
    if (mt := OF_BEFORE.search(before)) and mt.group(1) in product_words("sold_of"):
        return True
    if mt := NOUNS_AFTER.match(after):
        nouns = all_product_nouns()
        return mt.group(1) in nouns or (mt.group(2) or "") in nouns
    return False


# the sentence's role of any name (session 26): "Anthropic, maker of Claude", "brands such as
# Pringles and Snickers", "the satellite, called FORUM", "the Singapore-flagged Dali"
MAKER_OF = re.compile(r"\b([a-z]+) of \Z")
SUCH_AS = re.compile(r"\b([a-z]+),? (?:such as|including|like) \Z")
CALLED = re.compile(
    r"\b((?:[a-z]+ )?[a-z]+),? (?:called|named|dubbed|known(?: locally| officially)? as) \Z"
)
FLAGGED = re.compile(r"[a-z]-flagged (?:[a-z]+ )?\Z")


def role_kind(before: str, kind_of: Callable[[str], str | None]) -> str | None:
    """The type the words right before a name give it by its role in the sentence: a maker's
    noun before "of" (``product_forms`` kind ``maker_of``: "maker of Claude"), a plural product
    noun or "brands" before "such as"/"including" ("brands such as Pringles"), a kind noun before
    "called"/"named"/"known as" ("the satellite, called FORUM", "a storm known locally as X";
    ``kind_of`` reads the kind), a flag before a vessel's name ("the Singapore-flagged Dali");
    None where none does."""
    if FLAGGED.search(before):
        return "PRODUCT"
    if (mt := MAKER_OF.search(before)) and mt.group(1) in product_words("maker_of"):
        return "PRODUCT"
    if (mt := SUCH_AS.search(before)) and (
        mt.group(1) == "brands"
        or (mt.group(1).endswith("s") and mt.group(1) in all_product_nouns())
    ):
        return "PRODUCT"
    if mt := CALLED.search(before):
        return kind_of(mt.group(1))
    return None
