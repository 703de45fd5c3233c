"""The word sets, reaches and patterns the statements modules share, and the source record.

Tables people edit live in ``models/`` (``briefx.normalize.cues``); these are closed sets of
function words and tags (auxiliaries, modals, determiners, clause breaks) and the few limits on
how far a rule reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefx.facts import EntityFact
from briefx.pipeline import coref

AUTHOR_PRONOUNS = frozenset({"we", "i", "us", "you"})
UNNAMED_PRONOUNS = frozenset({"they", "them"})
NAME_JOINERS = frozenset({"of", "for", "and", "&"})  # inside a body's name written in full
PRONOUNS = AUTHOR_PRONOUNS | UNNAMED_PRONOUNS | coref.PERSON_PRONOUNS | coref.THING_PRONOUNS
AUXILIARIES = frozenset(
    {"has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "did", "do", "does"}
)
BE = frozenset({"is", "was", "were", "are", "be", "been", "being", "'s", "’s"})
NEGATIONS = frozenset({"not", "n't", "never", "nt"})
# words that open a relative or adverbial clause inside an adjunct before a source
SUBORDINATORS = frozenset(
    {"that", "which", "who", "whose", "where", "when", "while", "after", "before", "because"}
    | {"although", "though", "since", "until", "once", "as"}
)
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s"})
PRESENT_MODALS = frozenset({"will", "can", "may", "must", "shall", "wo", "ca"})
GERUND_TIME = frozenset({"after", "before"})  # "rose 2% after reporting ...": a gerund act
PROGRESSIVE = frozenset({"is", "are", "was", "were", "been"})  # "is demanding", "has been urging"
FUTURE_MODALS = frozenset(
    {"will", "would", "could", "might", "may", "should", "can", "must", "shall"}
)
FUNCTION = frozenset(
    {"that", "which", "who", "and", "or", "but", "if", "when", "while", "as", "to", "of", "in",
     "on", "for", "with", "by", "at", "from", "than", "so", "because", "although", "after",
     "before", "since", "this", "these", "those", "there", "it"}
)  # fmt: skip
ADJUNCT_PREPOSITIONS = frozenset(
    {"in", "on", "at", "after", "before", "during", "from", "with", "by", "following", "since"}
)
NP_TAGS = ("DT", "JJ", "NN", "POS", "PRP$", "CD", "HYPH", "NNP", "NNS", "NNPS", "VBN", "JJS", "JJR")
# prepositions after which "that" is a determiner ("none of that money", "in that case")
DETERMINER_AFTER = frozenset({"of", "in", "on", "at", "for", "with", "by", "from", "like", "about"})
CLAUSE_BREAKS = frozenset({";", "–", "—", "(", ":"})
DASHES = frozenset({"—", "–", "--"})
TIME_PREPOSITIONS = frozenset({"on", "in", "at", "during", "by", "late", "early"})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
SPEAKING = ("PERSON", "ORG", "GPE")
MAX_TITLE_WORDS = 4  # title words before a name set off by commas ("Permanent Secretary", "Dr.")
QUOTED_REACH = 10  # words between "quoted" and "as saying" ("by the official X news agency")
ROLE_REACH = 12  # tokens of an inverted source's role noun phrase before its comma
APPOSITION_REACH = 20  # tokens of a role set off after a name ("director of the Centre X at Y")
ADDRESSEE_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH"})
OBJECT_PRONOUNS = frozenset({"me", "him", "us", "them"})  # "told him the plan was ..."
FINITE_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})
CLAUSE_SUBJECT_TAGS = frozenset(NP_TAGS) | {"PRP", "IN", "$", "NNPS", "HYPH"}
NEXT_SENTENCE = re.compile(r"[.!?]\s+\S")  # a sentence's end with more text after it
SIGN_OFF = re.compile(r"^\s*[-–—]?\s*([^,\n]{3,60}),\s*([^\n]{2,120})$")


# "said Jane Roe of Acme Bank", "said Jane Roe at Acme": a preposition after a person's name
# after an inverted cue sets off where the person works; the person speaks
PERSON_OF = frozenset({"of", "at", "from", "with"})


@dataclass
class _Source:
    """A source expression and what it refers to."""

    start: int  # token range of the words naming the source
    end: int
    name: str | None
    entity: EntityFact | None
    author: bool = False  # "we", "I": the author's voice
    also: EntityFact | None = None  # "the two leaders": the other person (``speakers.named_pair``)
