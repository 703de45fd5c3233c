"""The mention record the name-linking families share, and a mask of what mentions cover.

``Ent`` is one entity mention while ``link_names`` works on it: its span, type and name, the
titles beside it, whether its type was read off its form (``fixed``: it wins the type vote),
whether it may still be linked, and tags ("short", "head", "branded", ...). The entities
component makes the list, every family changes it in place, and the list is all the state a
document has: no module keeps any. ``Covered`` tells in O(span) whether characters already lie
inside a mention (an untagged use of a name is tagged only where none does). Also the small
pieces every family reads: ``ORG_LIKE`` (the types a short form of a body may carry),
``NEXT_CAPITAL`` (a name NER cut short goes on with a capitalised word) and ``_words``. No
tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# matched at an offset (``pattern.match(text, pos)``), so no copy of the text's rest per name
NEXT_CAPITAL = re.compile(r" [A-Z]")


@dataclass
class Ent:
    """One entity mention while the form and link rules work on it."""

    start: int
    end: int
    type: str
    name: str
    titles: tuple[str, ...] = ()
    fixed: bool = False  # the type was read off the form: it wins the type vote
    link: bool = True  # the name may still be linked to a longer one
    tags: set[str] = field(default_factory=set)


class Covered:
    """Which characters the mentions cover: overlap tests in O(span) on long documents."""

    def __init__(self, size: int, ents: list[Ent]) -> None:
        self.mask = bytearray(size + 1)
        for e in ents:
            self.add(e.start, e.end)

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def hit(self, start: int, end: int) -> bool:
        return 1 in self.mask[start:end]


ORG_LIKE = ("ORG", "PRODUCT", "LAW", "FAC")
# the tag of a product named by the product-titles table (session 41): where its title adds words
# the text never writes ("Ford Bronco" for "the Bronco"), no short form is linked to it
TITLED = "product_title"


def _words(s: str) -> list[str]:
    return s.split()
