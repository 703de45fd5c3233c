"""Types by what the document says about a name (session 20, issue 13): one vote per name.

Run by the entities component after the one-type vote of ``coref.link_names`` and the sports
rules. Every mention of a name gives the evidence the words around it hold; the evidence of all
mentions of the name is summed, the model's label (the type the vote settled) and a table's
entry are weak votes, and the strongest reading wins for every mention of the name. Cues (a
strong cue weighs ``STRONG``, a weaker one ``WEAK``):

- a body (ORG): a kind noun right before the name ("the insurer Zurich", "the asset manager
  Aberdeen"; ``entity_forms`` kinds ``org_descriptor``, ``firm_noun``, ``kind_org``; not a
  relational one, "Eisai's rival Leqembi") or heading an apposition after it ("X, a
  Denver-based wealth manager,"); what only a body has after its possessive or its name ("X's
  chief executive", "X chief executive Y", "Leeds manager", "X economists", "X's shares";
  ``firm_role``, ``firm_holding``, ``team_role`` but not for a nation's side) or before
  "of"/"at"/"in" ("shares of X", "analysts at X", "a stake in X"; ``firm_stake``); "X, part of
  Y"; "X said it would ... its" (weaker for a town: a council speaks so too); for a name typed a
  person: "the" before it, a product's "from" ("a drug from X"), a firm beside it ("A & B and
  X"); for a name typed a place: ", based in", a holding after it that is no verb and no
  market's ("X profits fell"; not "Tokyo shares"), a firm beside it;
- a product (PRODUCT): a vessel's or a product's kind noun right before the name ("the
  container ship Dali", "the drug X"; ``craft_noun``, ``product_noun``, ``kind_product``) or
  right after it ("the new Alexa assistant", "Claude models"; not an acronym, "AI models", nor
  a body's members, "fighters"); "sales of X", "demand for X" with no noun after the name (not
  "sales of Nokia phones");
- a facility (FAC): who or what is at it before "at" ("inmates at X", "flights at X", "treated
  at X"; ``fac_user``; "departures from X");
- a natural place (LOC): after "the", what only water does with a level or banks ("the Ravi
  burst its banks", "the Guaiba rose to a record 5.3 metres") or a river's part before it
  ("water levels on the Rhine", "the mouth of the Rhone"), for a name typed a body, a place or
  a person;
- a place (GPE): "the mayor of X", "residents of X" (``place_role``); "in X" for a town of the
  gazetteer (strong for a name typed a body or a person, not before a possessive or a holding,
  not after a stake);
- an event (EVENT): a kind noun before it ("the festival X"; ``kind_event``), what only an event
  does right after it, as its subject ("X ended on Sunday"; ``event_verb``; not "support for X
  ends");
- a person (PERSON): an age ("X, 54,"), a title word heading an apposition ("X, a deputy for
  Y"), a body's role right before a full name ("founder James Dyson"), what only a person has
  after the possessive ("X's wife"; ``person_have``); weaker: "X said he/she" ("Vattenfall said
  she had overseen" speaks of her).

Session 21 adds: a firm named after a person by what is owned or taken over ("the owner of
Michael Kors and Versace"; ``firm_owned``) or a brand's noun after the name ("the Paul Smith
label"; ``brand_noun``); a firm's product after "its" ("said its Berlin Express would call"),
unless the noun after it makes a part, holding or site of the firm (``firm_part``, fac heads),
or by what only a product does or has done to it ("Copilot would run on", "built into Chrome",
"goes on sale", "backed X for wider use"); a facility by what is loaded at a port
(``fac_cargo``, no city of 100,000) or made or mined at a plant or mine (``fac_work``, no town
of 15,000) before "at"; a river after "along the", and a coast or island after what happens off
one ("a quake struck off Efate"), for a name typed a body or a person that no town of 15,000
bears; an event's venue after "at" ("the Ryder Cup at Bethpage Black", ``_venues``); a leader's
possessive for a person or a lone surname ``context.lone_names`` made a body ("Kagame's
government"; ``leader_have``), and for such a lone surname "said he/she" and what only a person
does after it ("Mbappe scored twice"; ``person_verb``) as strong cues; and a town's own strong
place cue splits that mention off a firm of its name where other mentions say "firm" strongly
("Coventry said its lending rose ... prices in Coventry").

A cue after a preposition reaches every name of a list it governs ("inmates at Belmarsh,
Pentonville and Wandsworth", "demand for Zepbound and Mounjaro", "stores in Aberdeen and Milton
Keynes"). Tables as priors: a company of the company table (ORG, outweighing a town of its
name), a town of the gazetteer of 100,000 people or more (GPE), a name that opens with a given
name or a surname the people table knows (PERSON); a FAC, EVENT or PRODUCT read off the name's
form weighs ``FORM`` more. A name changes type where its evidence and prior for the new type
reach a strong cue and outweigh the old. A short form whose own strong cue names another type
than its name's, where the full name's own evidence denies it, or that is a person's given name,
or a person's surname read as no firm, keeps its own reading with its own words as its name (a
short form the linking gave a wrong full name: "Maersk said it would send its new ship Ane
Maersk", "the mayor of Lyon" after "Florence Lyon"). Countries, U.S. states and aliases of the
tables, NORP, LAW, labels and players never change.

Session 25: a name the tables or its own head word make a body is a strong prior for ORG (not
for a FAC, nor a town of 100,000): a short name or title of ``national_bodies.jsonl`` ("Congress",
named "United States Congress", is also a town of 2,000 the gazetteer gives), or a name of three
words that an organisation's head word (``entity_forms`` kind ``org_head``, less those a building
or a scheme shares) ends or opens before "of"/"for" ("Committee for X", "International Council
for the Exploration of the Sea"); the body keeps its name when retyped. A site by its reopening
with no object after it ("the Louvre would reopen on Wednesday", "the Uffizi reopened on
Tuesday"; not "it would reopen its store"), for a name typed a body, a person or a place no town
of 15,000 bears. The kind of place said before "of": "the Italian island of Lampedusa" (LOC, no
city of 100,000), "the town of Onagawa" (GPE); and what happens off a coast in the present tense
("migrant boat capsizes off Lampedusa"); a town by its U.S. state after it, then a stop or
"-based", for a name typed a natural place or a person ("Patuxent River, Maryland,", "the McLean,
Virginia-based company"); a kind noun heading an apposition before the name ("Its operator, HS
Orka, said", "their joint venture, Debswana,"; more ``kind_org`` words: "processor", "joint
venture", "auction house", "trade bloc"); who speaks for a body right after the name, for a name
typed a place no town of 15,000 bears ("White House press secretary X", ``body_speaker``); a
listed company by its whole name is a strong prior for a name typed a person or a product ("Eli
Lilly's Kisunla", "Lockheed Martin's Hellfire"), which a person's own strong cue still
outweighs; an apposition skips a price or figure after its article ("Project Digits, a $3,000
desktop computer"; ``kind_product`` "computer"). Before the vote, a country named alone that a
longer name's type reached is the country again ("France" linked to "Tour de France";
``countries_alone``).

Session 27: a person's name the model typed a body. The form of a personal name is a strong prior
for a name typed ORG (``person_form``: two or three capitalised words, the first a given name
of ``given_names.jsonl`` of three letters or more that English does not use as a common word,
the others no common English word unless WordNet files it as a person's, no plural of an
English noun, no word of a body, firm, site or place, no title, country or alias, no listed
company, side or team: "Norway's Joachim Trier"); a firm's own strong cue still outweighs it,
and "the" before it or "which" after it count against it ("the Red Bull driver", "Ted Baker,
which closed"). A person's role right before a name of that form without the given name
(``name_form``; a title head or a noun whose first WordNet sense is a person's,
``person_nouns.jsonl``: "India's delegate X", "the rookie X"), after "was named" ("X was named
best actor", "X won best director"), or a person's verb after it ("X resigned") is a strong
cue for PERSON, also for a name the model typed a facility; a personal title before the name
("Chief Executive X") allows common English words in it, a role WordNet gives does not. A given
name is also looked up without its diacritics ("Žan" as "Zan").

Session 27 (types13), a product's role and its maker's: the object of a verb of launching or
recalling a product (``product_forms.jsonl`` kind ``launch_verb``: "launched the Halo Buds 3",
"recalled 18,000 Strata") that no table knows and whose last word is no body's, firm's, law's,
event's or place's is a strong cue for PRODUCT; a name typed a product that speaks ("X said")
is a strong cue for ORG, its maker.

Session 28 (types16), ORG is a claim that needs evidence like any other type. A name that
nothing but the model's label makes a body (no ORG cue at any mention, no company table, no
mention that speaks, "X said", no "its" before it, no side or player of a match, no word of its
name that only a body's or a firm's name holds, ``forms.body_named``: "Council", "Airlines",
"F.C.", "Initiative", a legal form) is retyped by a WEAK cue of another kind: a journey's noun
before it ("flights to X", "ferries between X and Y") or where it lies ("at X in the western
state of Y"), the other end of a route from a town ("Stage 9, Pau to X"), machines running it
("computers running X"), a kind noun right after it (an event's or a WordNet natural kind's:
"the X technology show", "the X massif"), what only a volcano, a storm or an event does after it
("X erupted", "X made landfall", "X was held in"), a list partner whose type its form settled
("Typhoon Kelani, X and Y"); a list partner that is a firm by its name or a table is an ORG cue
("American Airlines, Delta and United"); and with no cue of any kind a town of the gazetteer of
15,000 people is a place ("between Liverpool and Hull"). An event's verb in the name's own
relative clause is the strong event cue ("X, which ended on Sunday"). On a tie between the label
with a table's prior and a strong cue at every mention, with no ORG cue, the cue wins ("the
mouth of the Amazon").

Session 41 (types41): the sentence's predicate (``entities.predicates``, ``_predicate_cues``): what
only a person does or has done to them is a strong PERSON cue for a name no table gives a firm,
club or town ("Okonjo told the rally", "a court jailed Eze", "X was sworn in"), a person's life
before "in" a GPE cue ("born in Hammerfest"), what only a body does an ORG cue ("X won a £210
million contract"); the surname of a full name the vote makes a person, typed apart, takes the
full name; "between" a place and a town of the gazetteer a place ("between Salamanca and Los
Vilos").

Session 42 (types42): a firm named like a town by its own results ("Nokia said on Thursday its
operating profit rose"; ``SAID_ITS_RESULTS``: profit, earnings, sales, turnover, net or
operating income with a verb of change, not a council's revenues, taxes, budget or population)
is a strong ORG cue for a name typed a place; the dateline of a firm's own town in capitals
("ZURICH, Aug 7 - Zurich said ...", a town of 15,000; not a headline in capitals) stays the
town, whatever the firm's vote (``_dateline_town``). (A river named like a country or a state,
"the Niger burst its banks", is ``places.feature_titles``'s, after the vote.)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from itertools import pairwise

from briefx.normalize.cues import cues as speech
from briefx.normalize.names import (
    accented_place,
    body_words,
    company_tails,
    fac_heads,
    fold_letters,
    form_words,
    is_surname,
    is_title_word,
    lookup_alias,
    lookup_company,
    lookup_person,
    national_body_shorts,
    national_body_titles,
    org_heads,
    person_noun,
    place_kinds,
    place_pop,
    title_words,
)
from briefx.pipeline._util import longest_first
from briefx.pipeline.coref import Ent
from briefx.pipeline.coref.evidence import AGE_AFTER as AGE  # ", 61,": a person's age
from briefx.pipeline.entities.clubs import known_club
from briefx.pipeline.entities.forms import (
    OPPONENT_BEFORE,
    SURNAME_PARTICLES,
    body_named,
    claimed_body,
    natural_kinds,
)
from briefx.pipeline.entities.model_forms import designation_weight, product_cue, role_kind
from briefx.pipeline.entities.places import LEVEL_BEFORE, RIVER_AFTER, divided_region, reached_place
from briefx.pipeline.entities.predicates import (
    life_place,
    org_object,
    org_predicate,
    person_predicate,
)
from briefx.pipeline.entities.products import all_product_nouns, not_product_heads, product_words
from briefx.pipeline.entities.sports import is_nation
from briefx.pipeline.entities.tables import ROW_FIGURE, market_block
from briefx.pipeline.figures.places import DATELINE_PLACE, DATELINE_WITHIN
from briefx.resources import TableIndex, table_index

STRONG, WEAK, MODEL, PRIOR = 5, 3, 2, 2
FORM = 3  # a FAC, EVENT or PRODUCT read off the name's form (``Ent.fixed``): more than a label
# kind nouns that say how a name stands to another, not what it is ("Eisai's rival Leqembi")
RELATIONAL = frozenset({"rival", "rivals", "unit", "subsidiary"})
# product nouns that after a body's name are its members ("al Shabaab fighters")
NOT_AFTER = frozenset({"fighter", "fighters"})
CITY = 100_000
TYPES = ("ORG", "PRODUCT", "FAC", "GPE", "EVENT", "PERSON", "LOC")

# (session 30, persons17: where the body said it, "in a statement", "in a filing", may come
# first: "Raymond James said in a statement that its profit doubled")
SAID_IN = (
    r"(?: on [A-Z][a-z]+day)?(?: in (?:a|an|its) (?:[a-z]+ )?(?:statement|filing|release|note))?"
)
# a name's possessive right before another name ("Nissan's Makoto Uchida")
FIRM_OWNS = re.compile(r"(?<![\w'’-])([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})['’]s \Z")
SAID_ITS = re.compile(
    rf" (?:said|says|added|announced|reported){SAID_IN}(?: that)? it\b[^.;!?\n]{{0,60}}"
    rf"\bits\b|(?: said| says){SAID_IN}(?: that)? its\b"
)
SAID_HE = re.compile(r" (?:said|says|added|told)(?: on [A-Z][a-z]+day)?(?: that)? (?:he|she)\b")
PERSON_VERB = re.compile(r" (?:(?:was|has|had|have) )?([a-z-]+(?: [a-z]+)?)")
# "X was named best actor", "X has been appointed as the new head coach", "X won best director"
# (session 27)
NAMED_ROLE = re.compile(
    r",? (?:(?:was|is|has been|had been|were|will be) (?:named|appointed|elected|voted|crowned)"
    r"(?: as)?(?: the| a| an)?|(?:won|wins|took|takes)(?: the)?(?: (?:award|prize) for)?(?= best))"
    r"((?: [a-z-]+){1,3})\b"
)
BASED = re.compile(r",? (?:based|headquartered) in\b")
# (a river by what only water does after its name, "the Ravi burst its banks", or by a river's
# part before "the", "water levels on the Rhine": ``places.RIVER_AFTER``, ``LEVEL_BEFORE``)
PART_OF = re.compile(r", (?:part|a unit|a subsidiary|a division) of\b")
# "X, a Denver-based wealth manager," "X, the insurer," "X, a deputy for Y": the apposition up to
# its first preposition, comma or full stop; a price or figure after the article is skipped ("X, a
# $3,000 desktop computer for", session 25)
APPOSITION = re.compile(
    r", (?:a|an|the) (?:[$€£]?\d[\d.,]*(?:-[a-z]+| (?:million|billion))? )?((?:[\w'’-]+ ){0,4}?[\w-]+)"
    r"(?= (?:of|for|at|in|with|and)\b|[,.;]"
    r"| (?:that|which|whose|where|built|made|sold|used|run|[a-z]+ed) )"
)
POSSESSIVE = re.compile(r"['’]s ((?:[a-z-]+ ){0,2}[a-z-]+)")
NAME_ROLE = re.compile(r" ((?:[a-z-]+ ){0,2}[a-z-]+)\b")  # "Zurich chief executive Mario"
WORDS_BEFORE = re.compile(r"((?:[a-z-]+ ){0,2}[a-z-]+) \Z", re.IGNORECASE)
PREP_BEFORE = re.compile(r"\b([A-Za-z-]+) (at|from|of|for|in) \Z")
# "sales of Wegovy rose", "demand for A and B": no noun after the name ("sales of Nokia phones")
NO_NOUN = re.compile(
    r"(?:[,.;:)]| (?:and|or|rose|fell|grew|jumped|doubled|slumped|was|were|is|are|had|has|"
    r"have|in|to|at|from|since|after|outran|outstripped)\b)"
)
NOUN_AFTER = re.compile(r" ([a-z]+)\b")
VERB_AFTER = re.compile(r"(?:, which)? ([a-z]+) (?:on|in|at|with|after)\b")  # s28: ", which"
THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he \Z")
# "the Rahman family", "the Biden administration": "the" belongs to the noun after the name
FAMILY_AFTER = re.compile(r" (?:family|families|brothers|sisters|twins|household|administration)\b")
MAKER_BEFORE = re.compile(r"\b([a-z-]+) (?:from|by|made by) \Z")  # "a drug from X"
MARKET = frozenset({"shares", "stock", "stocks"})  # "Tokyo shares closed higher": its market
HOLDING_AFTER = re.compile(r" ([a-z]+)(?! (?:the|a|an|its|his|her|their|this|that)\b)")
PREP_END = re.compile(r"\b(?:for|of|to|on|with|from|by) \Z")
IN_BEFORE = re.compile(r"(?<![\w-])[Ii]n \Z")
JOINED = re.compile(r",? and |,? or |, ")
LIST_NEXT = re.compile(r"(?:, | and |, and | or )\Z")
ITS_BEFORE = re.compile(r"(?<![\w'’-])[Ii]ts \Z")  # "BYD said its Seal U DM-i had become"
# a firm's product after "its" is the subject of the verb right after it ("its Aster Express
# would call", "its Bexalta had lost"); a possessive, a list or an object ("its Ben & Jerry's
# business", "its Audi and Porsche brands", "sold its Tesco Bank to") is a part of the firm
ITS_VERB_AFTER = re.compile(
    r" (?:had|has|have|would|will|could|can|may|might|must|should|is|was|were|are|did|does|"
    r"[a-z]+ed)\b"
)
# what only a product does after its name ("Copilot would run on Claude models", "the phone goes
# on sale") or has done to it before it ("built into Chrome", "backed Kisunla for early
# Alzheimer's disease", "approved X for adults")
PRODUCT_AFTER = re.compile(
    r" (?:would |will |can |could |now |also )?(?:runs?|ran|running) on\b"
    r"| (?:would |will )?(?:be )?(?:built|integrated) into\b"
    r"| (?:went|goes|go|will go|would go|is to go) on sale\b"
)
PRODUCT_BEFORE = re.compile(r"\b(?:built|integrated) into \Z")
# session 23: where a product is made ("the Range Rover and the Defender are built in Britain";
# a body is based, not built, somewhere), how many use it ("WhatsApp had passed three billion
# monthly users"), what is put into a product ("has put Copilot into every copy of Windows")
MADE_IN = re.compile(
    r"(?: and (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})? (?:is|are|was|were|will be|would be) (?:now |still |also )?(?:built|made|assembled|"
    r"manufactured|produced) (?:in|at)\b"
)
USERS = re.compile(
    r" (?:now |still )?(?:has|had|have)(?: (?:passed|reached|topped|hit|more than|over|nearly|"
    r"about|almost))*(?: [\d.,]+| [a-z]+)(?: (?:million|billion|thousand))? (?:(?:weekly|monthly|"
    r"daily|active|paying) )+users\b"
)
PUT_BEFORE = re.compile(r"\b(?:put|puts|putting|added|adds|embedded|bundled) \Z")
INTO_AFTER = re.compile(r" into\b")
FOR_USE_BEFORE = re.compile(r"\b(?:approved|backed|cleared|recommended|licensed) \Z")
FOR_USE_AFTER = re.compile(
    r" for (?:wider |broader |early |routine |emergency )?(?:use|adults|children|patients|"
    r"treatment|the treatment|people|teenagers)\b"
)
# what happens off a coast or an island ("a quake struck off Efate", "a ferry sank off X")
OFF_BEFORE = re.compile(
    r"\b(?:struck|strikes|hit|hits|sank|sinks|sunk|capsized|capsizes|anchored|aground|moored|"
    r"centred|centered|located|fishing|seized|intercepted|rescued|spotted|drills|exercises)"
    r"(?: (?:a|an|the|two|three)"
    r" [a-z-]+)? off \Z"
)
# session 25: the kind of place a name is, said before "of" ("the Italian island of Lampedusa", "the
# fishing town of Grindavik")
ISLAND_OF = re.compile(r"\b(?:island|islands|isle|peninsula|atoll) of (?:the )?\Z")
TOWN_OF = re.compile(r"\b(?:town|village|city|municipality|hamlet|suburb) of \Z")
# a town with its U.S. state after it ("Patuxent River, Maryland, is the contracting activity",
# "the McLean, Virginia-based company"): the state, then a stop or "-based"
STATE_AFTER = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,.;:]|-based\b)")
# a kind noun heading an apposition before the name ("Its operator, HS Orka, said", "their joint
# venture, Debswana, to 30%"): a determiner, the kind in lower case (not a name: "The Boeing
# Company, Houston,"), a comma; a comma after the name
KIND_COMMA = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er|[Oo]ur) ((?:[a-z'’-]+ ){0,2}[a-z-]+), \Z"
)
ALONG = re.compile(r"\balong [Tt]he \Z")  # "floods along the Swat": a river (or a coast)
TOWN = 15_000
# session 22: firms named after people
WHOSE = re.compile(r", whose ((?:[a-z-]+ ){0,2}[a-z-]+)")  # "X, whose shops closed"
FOUNDED_BEFORE = re.compile(r"\b(?:co-)?founded (?:the )?\Z")  # "who founded X": a body
# "X reported a 12% rise in sales": only a body reports its sales or profits
RESULTS_AFTER = re.compile(
    r" (?:reported|posted|booked|recorded|forecast|forecasts|predicted|expects|expected)\b"
    r"(?: [\w%.,$£€-]+){0,5}? (?:sales|profits?|revenues?|"
    r"earnings|turnover|loss|losses|margins?|"  # "loss" too (session 33: "losses?" missed it)
    # session 45: income a firm books, named by its kind ("a 20% drop in net fee income"); a
    # bare "income" is a household's too
    r"(?:net|fee|operating|interest|trading|pretax|pre-tax|investment) income)\b"
)
FIRM_ACT = re.compile(r" (?:(?:would|will|is to|has|had|have) )?([a-z]+ [a-z]+)\b")
# "John Lewis will close eight stores", "X said it would open 10 shops": only a firm opens,
# closes or staffs its stores (entity_forms firm_have, firm_site)
FIRM_SITES = re.compile(
    r" (?:(?:said|says) it (?:would|will|plans to|is to) |will |would |plans to |is to |has |had )?"
    r"(?:open|opens|opened|reopen|reopens|reopened|close|closes|closed|shut|shuts|cut|cuts|axe|"
    r"axes|axed)(?: up to| about| some| more than| nearly| almost| another| a further)?"
    r"(?: [\w,.-]+)?(?: (?:new|more|of its|its|uk|us))?(?: [A-Z][\w'’-]+){0,2} ([a-z]+)\b"
)
# "X said Christmas sales rose 4% and that it would reopen its store": what the firm says of
# its own sales, and a firm's site reached through "said ... that it would" (session 23)
SAID_THAT_IT = re.compile(r" said\b[^.;\n]{0,80}? that it (?=would |will |plans to |is to )")
SAID_SALES = re.compile(
    r" (?:said|says|reported)(?: that)?(?: its)?(?: [A-Z][\w'’-]*| [a-z-]+){0,2}? (?:sales|"
    r"profits?|revenues?|turnover) (?:(?:would|will|could|is expected to|was expected to) )?"
    r"(?:rose|fell|grew|were|was|jumped|slipped|dropped|increased|decreased|climbed|edged|rise|"
    r"fall|grow|miss|beat|top|exceed|double|halve)\b"  # "said profit would miss" (session 33)
)
# session 42 (types42): a firm named like a town reports its own results ("Nokia said on
# Thursday its fourth-quarter operating profit rose"); a council or a state has revenues, taxes
# and budgets, not profits, earnings, sales or turnover of its own
SAID_ITS_RESULTS = re.compile(
    rf" (?:said|says|reported){SAID_IN}(?: that)? its(?: [\w-]+){{0,3}}? (?:profits?|earnings|"
    r"sales|turnover|net income|operating income) (?:(?:would|will|could|had|has|have|is "
    r"expected to|was expected to) )?(?:rose|fell|grew|were|was|jumped|slipped|dropped|"
    r"increased|decreased|climbed|edged|rise|fall|grow|doubled|halved|beat|missed|topped|"
    r"risen|fallen|grown)\b"
)
TRADING_AFTER = re.compile(r" (?:trading|trade|dealings)\b")  # "in Zurich trading": the market
# session 33 (firms20): what only a listed firm's stock does right after its name ("X shares
# fell 5 percent"; not "X shares the view", a verb)
SHARES_MOVED = re.compile(
    r" (?:shares|stock)(?: (?:were|was|have|had|closed|ended))? (?:rose|fell|jumped|dropped|"
    r"slid|slumped|climbed|gained|lost|tumbled|surged|soared|sank|rallied|plunged|edged|eased|"
    r"up|down|higher|lower)\b"
)

# session 35 (firmtypes22): what a firm does and has, after a name typed a person ("Novo
# Nordisk cut 5% of staff", "Johnson Matthey sold its unit", "Jardine Matheson rose 3%"):
# - a deal verb (``entity_forms`` kind ``firm_deal``) whose object, in the same clause and with no
#   other name or person's pronoun between, is "its" ("sold its unit", "cut 9,000 jobs, about 11%
#   of its workforce", "raised its dividend"); a person's would be "his" or "her";
FIRM_DEAL_ITS = re.compile(
    r" (?:(?:will|would|is to|plans to|has|had|agreed to|is set to|also) )?([a-z]+)"
    r"((?: (?![A-Z])[^\s.;!?]+){0,8}?) its\b"
)
# - a cut of jobs or staff by a number or a share ("will cut 9,000 jobs", "cut 5% of staff",
#   "axed 300 staff at its plant"); not where a title or role stands before the name;
JOB_CUTS = re.compile(
    r" (?:(?:will|would|is to|plans to|has|had|is set to|also|said it would|said it will) )?"
    r"(?:cut|cuts|cutting|axe|axes|axed|shed|sheds|slash|slashes|slashed|eliminate|eliminated|"
    r"eliminates|lay off|lays off|laid off)(?: up to| about| some| more than| nearly| almost|"
    r" another| a further| around)? [\d][\d.,]*(?: ?%| percent| per cent)?(?: of(?: its| the)?)?"
    r" (?:jobs|staff|workers|employees|roles|positions|workforce)\b"
)
# - a move of its stock by a percentage, right after the name ("Jardine Matheson rose 3%");
#   not a share of the vote or a poll ("rose 4% in the polls")
PERCENT_MOVED = re.compile(
    r" (?:rose|fell|gained|lost|jumped|dropped|slid|slumped|climbed|tumbled|surged|soared|sank|"
    r"rallied|plunged|edged up|edged down|eased|advanced|declined|added)(?: by)?(?: about| nearly|"
    r" almost| more than| as much as)? [\d][\d.,]* ?(?:%|percent\b|per cent\b)"
    r"(?! of the vote| in (?:the |a |an )?(?:latest |new |recent )?(?:polls?|surveys?)| among)"
)
# - a merger, which only firms make ("X and Y merged", "X agreed to merge with Y", "a merger
#   with X"); intransitive only ("Smith merged the two teams" is anyone's act)
MERGED_AFTER = re.compile(
    r"(?: and [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})? (?:(?:have|has|had|will|would|"
    r"agreed to|have agreed to|plan to|plans to|are to|is to|said they would|said it would) )?"
    r"(?:merge|merged|merges)(?= with\b| their\b| in\b| on\b| last\b| to create\b|"
    r" to form\b| earlier\b|[.,;])"
)
MERGED_BEFORE = re.compile(
    r"\b(?:merge|merged|merges|merging|merger|combine|combined|combination|tie-up) with "
    r"(?:its )?(?:rival |peer )?\Z|\b(?:takeover|buyout) of (?:rival )?\Z"
)
# - a unit sold or bought ("Sime Darby sold a plantation unit in Sabah"): no person sells a
#   division (a stake, a holding or a home a person sells too)
SOLD_PART = re.compile(
    r" (?:(?:will|would|is to|plans to|has|had|agreed to|is set to|also) )?(?:sold|sell|sells|"
    r"bought|buy|buys|acquired|acquire|acquires|spun off|spin off|floated|listed)"
    r" (?:a|an|its|the|two|three)(?: [a-z-]+){0,2} (?:unit|units|division|divisions|arm|"
    r"subsidiary|subsidiaries|business|businesses|operations|affiliate)\b"
)
# - its sales or profit moving right after the name ("X sales grew 32%", "X profit fell"), as
#   its shares do (``SHARES_MOVED``);
RESULTS_MOVED = re.compile(
    r" (?:sales|revenue|revenues|profit|profits|earnings|turnover)(?: (?:were|was|have|had|"
    r"also))? (?:rose|fell|grew|jumped|dropped|slid|slumped|climbed|gained|tumbled|surged|soared|"
    r"sank|plunged|edged|eased|doubled|halved|beat|missed|topped)\b"
)
# - founded in a year or by someone: a body is founded, a person founds ("X, founded in 1911 by")
FOUNDED_AFTER = re.compile(r",? (?:which was |was |were )?(?:co-)?founded (?:in \d{4}|by)\b")
# - a firm's officer with a capital title right after the name, then the officer's name ("X
#   Chief Executive Jane Doe said"; ``firm_role``)
ROLE_NAMED_AFTER = re.compile(r"(?: (?:[A-Z][a-z-]+|[A-Z]{3})){2,5}")
SUBJECT_NOT = re.compile(
    r"\b(?:in|of|at|for|to|from|by|on|with|into|than|like|as) \Z", re.IGNORECASE
)
CAPITAL_NOT_ROLE = frozenset({"board", "partner", "chair", "accounts", "auditor", "auditors"})
PERSON_WORD = re.compile(r"\b(?:he|she|his|her|him|they|their)\b")

# "closed its Bristol shop": a town between "its" and the site a firm opens or closes (not "sold
# its Halifax branches": a unit's name)
SITE_VERB = re.compile(
    r"\b(?:open|opens|opened|reopen|reopens|reopened|close|closes|closed|shut|shuts) its \Z"
)
JOINED_BEFORE = re.compile(r"\b(?:joined|joins|joining|rejoined) \Z")
AS_ROLE = re.compile(r" as (?:a |an |its |their |the )?((?:[a-z-]+ ){0,2}[a-z-]+)\b")
# session 23: a facility as the place people are taken to or gather by ("taken to the Royal
# London Hospital", "roads around the Royal London"), and a hospital as the body that speaks
# ("the Royal London Hospital said it was treating five"; ``entity_forms`` kind ``fac_body``)
FAC_TO = re.compile(
    r"\b(?:taken|rushed|admitted|airlifted|flown|transferred|brought|moved|sent|driven) to "
    r"(?:(?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4},? (?:and|or) )?(?:the )?\Z"
)  # "taken to St Thomas' Hospital and the Royal London Hospital": the list's last name too
FAC_NEAR = re.compile(
    r"\b(?:outside|around|inside|near|behind|opposite|in front of|gates of) (?:the )?\Z",
    re.IGNORECASE,
)
# a structure is rebuilt or worked on, a town is not ("while Old Trafford is rebuilt", "work on
# Old Trafford would start"; not a city of 100,000: "Kharkiv will be rebuilt")
BUILT_AFTER = re.compile(
    r" (?:is |was |are |were |will be |would be |is being |was being |has been |had been )?"
    r"(?:rebuilt|renovated|redeveloped|demolished|refurbished)\b"
)
BUILT_BEFORE = re.compile(
    r"\b(?:work on|works on|rebuild of|rebuilding of|redevelopment of|renovation of|demolition "
    r"of|refurbishment of) (?:the )?\Z",
    re.IGNORECASE,
)
# session 25: a site by its reopening, with no object ("the Uffizi would reopen on Wednesday",
# "the airport reopened after"; a firm reopens its stores: "it would reopen its store"; a festival
# draws visitors too, so visitors are no cue)
REOPEN_AFTER = re.compile(
    r" (?:(?:would|will|could|is to|was to|is due to|was due to|to|has|had) )?"
    r"(?:reopen|reopens|reopened)(?= (?:on|in|after|next|later|this|at|to visitors)\b|[.,;])"
)
SPEAKS = re.compile(r" (?:said|says|declared|announced|confirmed|reported|warned|added)\b")
WHICH_AFTER = re.compile(r", which (?!is |was |were |are |means |meant )")  # not "X, which is"
WHO_AFTER = re.compile(r", who\b")


@cache
def _words(*kinds: str) -> frozenset[str]:
    return frozenset().union(*(form_words(k) for k in kinds))


STYLE_BEFORE = re.compile(r"(?<![\w.])([A-Za-z]{2,4})\.? \Z")  # "Mr ", "Mrs. " right before


def _address_style(before: str) -> bool:
    """A style of address only a person has stands right before the name ("Mr", "Ms.";
    ``entity_forms`` kind ``address_style``)."""
    mt = STYLE_BEFORE.search(before)
    return mt is not None and mt.group(1).lower() in _words("address_style")


@cache
def _work_at(kind: str) -> re.Pattern[str]:
    """What is held, loaded, made or mined at a facility, up to three words before "at"
    ("containers were held at X", "copper output at X"; ``entity_forms`` kinds ``fac_cargo``,
    ``fac_work``)."""
    words = "|".join(longest_first(_words(kind)))
    return re.compile(rf"\b(?:{words})\b(?: [a-z]+){{0,3}} at \Z", re.IGNORECASE)


def _kind_of(phrase: str) -> str | None:
    """The type a lower-case kind noun phrase gives the name it stands by: its last one or two
    words ("asset manager", "container ship" -> "ship")."""
    words = phrase.lower().split()
    for n in (3, 2, 1):
        tail = " ".join(words[-n:])
        if len(words) < n:
            continue
        if tail in _words("org_descriptor", "firm_noun", "kind_org"):
            return "ORG"
        if tail in _words("craft_noun", "product_noun", "kind_product"):
            return "PRODUCT"
        if tail in _words("kind_event"):
            return "EVENT"
    return None


def _sector_before(phrase: str) -> bool:
    """True where a phrase ends with a trade noun that business copy writes before a firm
    (``entity_forms`` kind ``firm_sector``: "housebuilder", "steelmaker", "recruiter") after
    "the", an adjective allowed between ("the housebuilder", "the British steelmaker"); a noun
    WordNet files under people, so never without "the" ("recruiter Jane Roe said"; s45)."""
    words = phrase.lower().split()
    if len(words) < 2 or words[-1] not in _words("firm_sector"):
        return False
    return words[-2] == "the" or (len(words) == 3 and words[0] == "the")


def _role_of(phrase: str) -> bool:
    """True where a phrase opens with a role only a body has ("chief executive", "shares")."""
    words = phrase.lower().split()
    roles = _words("firm_role", "firm_holding")
    return any(" ".join(words[:n]) in roles for n in (3, 2, 1))


def _body_role(phrase: str, word: str, holding: bool) -> bool:
    """True where the words after a name (or its possessive) open with a role only a body has:
    a firm's ("chief executive", "analysts"; after a possessive also a holding, "shares": "X
    shares the view" is a verb) or a club's ("manager", "striker"; not a nation's side, which
    stays the country)."""
    words = phrase.lower().split()
    roles = _words("firm_role", "firm_holding") if holding else _words("firm_role")
    if any(" ".join(words[:n]) in roles for n in (3, 2, 1)):
        return True
    teams = _words("team_role")
    return any(" ".join(words[:n]) in teams for n in (2, 1)) and not is_nation(word)


def _named_like_person(word: str, e: Ent) -> bool:
    """Two or three capitalised words opening with a given name of the table, that no listed
    company and no side of a match bears ("Jordan Baker", not "Aston Villa" playing)."""
    words = word.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or word.isupper():
        return False
    if e.tags & {"team", "side"} or lookup_company(word) or lookup_company(e.name):
        return False
    return bool(table_index("given_names.jsonl", "name").get(words[0]))


NAME_PARTS = re.compile(r"['’-]")
# the model's labels a person's name gets wrongly that the form of the name may overrule
BODY_OR_SITE = ("ORG", "FAC")
# the kinds of ``entity_forms.jsonl`` whose words make a capitalised name a body's, a site's or
# a thing's, not a person's ("Brennan Microsystems", "Hollis Foods", "Ashby Arena")
NOT_PERSON_KINDS = (
    "org_head",
    "firm_noun",
    "firm_tail",
    "club_tail",
    "sector_word",
    "utility_word",
    "group_head",
    "partner_word",
    "institution_word",
    "body_word",
    "publication",
    "loc_head",
    "fac_head",
    "event_word",
    "event_head",
    "event_tail",
    "product_noun",
    "craft_noun",
    "road_word",
    "loc_lead",
)


@cache
def _not_person_words() -> frozenset[str]:
    """Lower-case words that no person's name holds: an organisation's head word in the main
    European languages (``org_heads.jsonl``), a body's or firm's word, a legal form, a
    facility's or a natural place's head word, a title word."""
    out: set[str] = set(org_heads()) | body_words() | fac_heads() | company_tails()
    for kind in NOT_PERSON_KINDS:
        out |= form_words(kind)
    return frozenset(out)


def person_form(word: str, e: Ent, english: frozenset[str]) -> bool:
    """The form of a personal name (session 27): two or three capitalised words, the first a
    given name of ``given_names.jsonl`` (derived from faker's national first-name lists), the
    others names English does not know as common words ("Joachim Trier", "Chandni Raina",
    "Hakeem Olajuwon"); no word heads a body, a firm, a site or a place ("Brennan Microsystems",
    "Morgan Stanley" the listed firm), no word is a country, a title or an alias, no "&" and no
    listed company, side or team ("Aston Villa")."""
    words = word.split()
    # a given name of three letters or more ("Le", "El", "Da" open names of papers and firms)
    # that English does not also use as a common word ("Red Bull", "Royal Portrush", "Saint
    # Laurent"; ``person_nouns.jsonl`` kind ``common_given``)
    names = table_index("given_names.jsonl", "name")
    given = len(words[0]) >= 3 and (names.get(words[0]) or names.get(fold_letters(words[0])))
    rows = table_index("person_nouns.jsonl", "word").get(words[0].lower()) or ()
    common = any(r["kind"] == "common_given" for r in rows)
    return bool(given) and not common and name_form(word, e, english)


def name_form(word: str, e: Ent, english: frozenset[str], strict: bool = True) -> bool:
    """Two or three capitalised words that could be a person's name: no word heads a body, a
    firm, a site or a place, none is a title word, a country or an alias, no listed company,
    side or team; the words after the first are no common English word, unless WordNet files
    the word as a person's (a family name, "Wagner"; an occupation's, "Baker")."""
    words = word.split()
    if not 2 <= len(words) <= 3 or word.isupper() or word != e.name:
        return False
    if not all(_name_word(w) for w in words):
        return False
    if e.tags & {"team", "side", "label", "player"} or lookup_company(word):
        return False
    blocked = _not_person_words()
    for w in words:
        low = w.lower()
        if low in blocked or is_title_word(w) or lookup_alias(w) or place_kinds().get(w):
            return False
    if not strict:
        return True  # a person's role or verb beside the name: English words allowed ("Sow")
    people = table_index("person_nouns.jsonl", "word")
    given = table_index("given_names.jsonl", "name")
    for w in words[1:]:
        low = w.lower()
        if low in english and not people.get(low):
            return False
        plural = low.endswith("s") and low not in english and low[:-1] in english
        if plural and not given.get(w[:-1]):
            # the plural of an English noun ("Walt Disney Studios", "Hollis Foods"), not a
            # family name made of a given name ("Peters", "Stephens")
            return False
    return True


def _named_role(phrase: str) -> bool:
    """One of the first words after "was named" is a person's role ("best actor on", "the new
    head coach"; see ``_person_role``)."""
    words = phrase.split()
    return any(_person_role(" ".join(words[: k + 1])) for k in range(len(words)))


def _name_word(word: str) -> bool:
    """A capitalised word of letters in any script, its parts joined by a hyphen or an
    apostrophe ("Žan", "Oduro-Mensah", "O'Neill", "McAllister"), with a lower-case letter."""
    parts = NAME_PARTS.split(word)
    return (
        word[:1].isupper()
        and any(c.islower() for c in word)
        and all(part.isalpha() for part in parts)
    )


def _person_role(phrase: str) -> bool:
    """The last word before a name is a title word or a noun WordNet files first under people
    (``person_nouns.jsonl`` kind ``role``: "delegate", "actor", "rookie"), not a relational one
    ("rival")."""
    last = phrase.split()[-1]
    if last.lower() in RELATIONAL or _kind_of(phrase):
        return False
    return person_noun(last)


def _population(word: str, name: str) -> int:
    """The population of the largest place the mention's text or its name is (0 for none)."""
    return max(place_pop(word), place_pop(name))


def _part(after: str) -> bool:
    """True where the noun after "its X" makes X a part, partner, holding or site of the firm,
    not its product ("its Halifax unit", "its Asda stake", "its La Negra plant")."""
    if not (mt := NOUN_AFTER.match(after)):
        return False
    noun = mt.group(1)
    kinds = ("firm_part", "firm_holding", "firm_stake", "firm_noun", "kind_org", "brand_noun")
    return noun in _words(*kinds) or noun in fac_heads() or _kind_of(noun) == "ORG"


# session 27 (types13): a product's role and a maker's. The object of a verb of bringing a
# product out or back ("launched the X", "unveiled its X", "recalled 18,000 X"; product_forms
# kind ``launch_verb``) that no table knows as a company, a place or a person, and whose last
# word is no body's, firm's or law's, is a product; a name typed a product that speaks ("X
# said") is its maker.
LAUNCHED = re.compile(r"\b([a-z]+) (?:(?:the|its|their|a|an)(?: new)? |new |[\d,]+ )?\Z")
LAUNCHED_TYPES = ("ORG", "GPE", "LOC", "FAC", "LAW", "PERSON")
SPEAKER_VERB = re.compile(r",? (?:(?:has|have|had|also) )?([a-z]+)\b")


def _launched(before: str, word: str, e: Ent, english: frozenset[str]) -> bool:
    """The mention is the object of a verb of launching or recalling a product. A name that
    ends with an English word is a product's only where the word is a product's noun or the
    name holds a digit ("the Pixel Watch", "the Vero 5"; "launched the Brightline Initiative",
    "the Harbour Challenge" are bodies' and schemes')."""
    mt = LAUNCHED.search(before)
    if not mt or mt.group(1) not in product_words("launch_verb"):
        return False
    words = word.split()
    if not 1 <= len(words) <= 4 or (e.type == "PERSON" and len(words) > 1):
        return False  # "recalled ambassador Jane Roe": a person's full name
    if e.name != word and e.name.startswith(word):
        return False  # "recalled Norvell Aria cars": the short form of "Norvell Motors"
    if lookup_company(word) or lookup_alias(word) or lookup_person(word) or place_pop(word) >= 0:
        return False
    last = words[-1].lower()
    if last in english and last not in all_product_nouns() and not re.search(r"\d", word):
        return False
    return last not in not_product_heads()


def cues(text: str, e: Ent, english: frozenset[str] = frozenset()) -> Counter[str]:
    """The evidence the words around one mention give, by type."""
    out: Counter[str] = Counter()
    after = text[e.end : e.end + 120]
    before = text[max(0, e.start - 40) : e.start]
    word = text[e.start : e.end]
    if (mt := WORDS_BEFORE.search(before)) and (kind := _kind_of(mt.group(1))):
        if not is_title_word(last := mt.group(1).split()[-1]) and last.lower() not in RELATIONAL:
            out[kind] += STRONG  # "the insurer Zurich", "the container ship Dali"
    elif (
        mt
        and e.type in ("PERSON", "ORG")
        and _sector_before(mt.group(1))
        and not WHO_AFTER.match(after)  # "the bookmaker Fred Roe, who founded X": a person
    ):
        out["ORG"] += STRONG  # "the housebuilder Taylor Wimpey", "the recruiter X" (s45)
    elif (
        (mk := KIND_COMMA.search(before))
        and after.startswith(",")
        and (kind := _kind_of(mk.group(1)))
        and not is_title_word(last := mk.group(1).split()[-1])
        and last.lower() not in RELATIONAL
    ):
        out[kind] += STRONG  # "Its operator, HS Orka, said" (session 25)
    elif mt and _role_of(mt.group(1).split()[-1]) and " " in e.name:
        out["PERSON"] += STRONG  # "founder James Dyson", "chief executive Stuart Machin"
    elif mt and e.type in BODY_OR_SITE and _person_role(mt.group(1)):
        # a personal title before the name allows English words in it ("Chief Executive Shou
        # Zi Chew"); a role WordNet gives does not ("organiser Fira Connect")
        titled = any(w.lower() in title_words()[0] for w in mt.group(1).split())
        if name_form(word, e, english, strict=not titled):
            out["PERSON"] += STRONG  # "India's delegate Chandni Raina" (session 27)
    firm = FIRM_OWNS.search(before) if e.type in ("ORG", "PRODUCT", "FAC") else None
    # the possessor is a whole name: no name's particle before it ("Leonardo da Vinci's")
    prev = before[: firm.start()].split()[-1:] if firm else []
    if (
        firm
        and not (prev and prev[0] in SURNAME_PARTICLES)
        and lookup_company(firm.group(1))
        and name_form(word, e, english)
    ):
        # a listed firm's possessive before a person's name ("Nissan's Makoto Uchida said",
        # "Alphabet's Sundar Pichai"): its people; a product's name holds an English word
        # ("Tesla's Model Y", "Apple's Vision Pro"; session 30)
        out["PERSON"] += STRONG
    acronym = word.isupper() and len(word) <= 3  # "AI models", "EV sales": a kind, no product
    # a person, or a lone surname ``context.lone_names`` made a body (not a place or a body NER
    # read: "Tigray's government" is the region's)
    lone = e.type == "PERSON" or "lone" in e.tags
    bare_name = e.type in ("ORG", "PERSON", "GPE", "LOC") and not acronym
    noun = (mt := NOUN_AFTER.match(after)) and mt.group(1) not in NOT_AFTER
    if bare_name and noun and mt and _kind_of(mt.group(1)) == "PRODUCT":
        out["PRODUCT"] += STRONG  # "the new Alexa assistant", "Claude models"
    if e.type == "ORG" and not acronym and (kind := _kind_after(after)):
        out[kind] += WEAK  # "the Tarvik technology show", "the Orla massif" (session 28)
    if e.type == "ORG" and (kind := _role_after(after)):
        out[kind] += WEAK  # "Kalvatnur erupted", "Kelani made landfall" (session 28)
    if e.type == "PERSON" and mt and mt.group(1) in _words("brand_noun"):
        out["ORG"] += STRONG  # "the Paul Smith label", "Michael Kors stores": a brand's
    product_verb = PRODUCT_AFTER.match(after) or PRODUCT_BEFORE.search(before)
    product_verb = product_verb or (FOR_USE_BEFORE.search(before) and FOR_USE_AFTER.match(after))
    product_verb = product_verb or MADE_IN.match(after) or USERS.match(after)
    product_verb = product_verb or (PUT_BEFORE.search(before) and INTO_AFTER.match(after))
    if e.type in ("ORG", "GPE", "PERSON", "FAC") and not acronym and product_verb:
        out["PRODUCT"] += STRONG  # "Copilot would run on", "built into Chrome", "backed X for use"
    if e.type in LAUNCHED_TYPES and not acronym and _launched(before, word, e, english):
        out["PRODUCT"] += STRONG  # "Norvik Audio launched the Halo Buds 3" (session 27)
    speaks = (mt := SPEAKER_VERB.match(after)) and mt.group(1) in speech()
    if e.type == "PRODUCT" and speaks and word == e.name:
        # "Norvik Audio said": a product does not speak (session 27); its maker does, or the
        # person a firm's possessive gives ("Alphabet's Sundar Pichai said"; session 30)
        out["PERSON" if out["PERSON"] else "ORG"] += STRONG
    its_product = ITS_BEFORE.search(before) and ITS_VERB_AFTER.match(after) and not _part(after)
    site = (mt := NOUN_AFTER.match(after)) and mt.group(1) in _words("firm_site", "firm_site_its")
    if e.type == "ORG" and SITE_VERB.search(before) and site and _population(word, e.name) >= TOWN:
        out["GPE"] += STRONG  # "closed its Bristol shop": the town the firm's shop is in (s23)
    if e.type in ("ORG", "FAC") and not acronym and its_product:
        out["PRODUCT"] += STRONG  # "Hapag-Lloyd said its Berlin Express would call at"
    coast = ALONG.search(before) or OFF_BEFORE.search(before)
    if e.type in ("ORG", "PERSON") and coast and _population(word, e.name) < TOWN:
        # "flash floods along the Swat" (not "along the Leeds ring road"), "a magnitude 7.3
        # earthquake struck off Efate"
        out["LOC"] += STRONG
    if mt := APPOSITION.match(after):
        head = mt.group(1).split()[-1]
        if is_title_word(head):
            out["PERSON"] += STRONG  # "X, a deputy for the Socialist Party"
        elif kind := _kind_of(mt.group(1)):
            out[kind] += STRONG  # "X, a Denver-based wealth manager,"
        elif head.lower() in fac_heads() and e.type in ("ORG", "GPE", "PERSON"):
            out["FAC"] += STRONG  # "HMP Wandsworth, the prison where" (session 23)
    small = _population(word, e.name) < CITY
    if e.type in ("ORG", "PERSON", "GPE", "FAC") and ISLAND_OF.search(before) and small:
        out["LOC"] += STRONG  # "the Italian island of Lampedusa" (session 25)
    elif e.type in ("ORG", "PERSON", "LOC", "FAC") and TOWN_OF.search(before):
        out["GPE"] += STRONG  # "the town of Onagawa", "the village of Shatoi"
    state = (mt := STATE_AFTER.match(after)) and place_kinds().get(mt.group(1)) == "us_state"
    if e.type in ("LOC", "PERSON") and state and not place_kinds().get(word):
        out["GPE"] += STRONG  # "Patuxent River, Maryland,", "Indian Head, Maryland," (session 25)
    water = THE_BEFORE.search(before) and (RIVER_AFTER.match(after) or LEVEL_BEFORE.search(before))
    if e.type in ("ORG", "GPE", "PERSON") and water:
        out["LOC"] += STRONG  # "the Ravi burst its banks", "water levels on the Rhine"
    elif (
        (e.type == "PERSON" or (e.type == "ORG" and person_form(word, e, english)))
        and THE_BEFORE.search(before)
        and not FAMILY_AFTER.match(after)
    ):
        out["ORG"] += STRONG  # "the Kenya Red Cross said": no person's name after "the"
    made = (mt := MAKER_BEFORE.search(before)) and _kind_of(mt.group(1)) == "PRODUCT"
    if e.type == "PERSON" and made:
        out["ORG"] += STRONG  # "a new weight-loss drug from Novo Nordisk": its maker
    held = (mt := HOLDING_AFTER.match(after)) and mt.group(1) in _words("firm_holding")
    if e.type in ("GPE", "LOC") and held and mt and mt.group(1) not in MARKET:
        out["ORG"] += STRONG  # "trading in Sabadell shares" (not "X shares the view")
    firm_have = _words("firm_have", "firm_holding")
    if (mt := WHOSE.match(after)) and (
        mt.group(1).split()[0] in firm_have or _role_of(mt.group(1))
    ):
        out["ORG"] += STRONG  # "Ted Baker, whose shops closed", "X, whose chief executive"
    if e.type in ("PERSON", "GPE", "ORG") and FOUNDED_BEFORE.search(before):
        out["ORG"] += STRONG  # "Nick Wheeler, who founded Charles Tyrwhitt"
    if e.type in ("PERSON", "GPE", "ORG") and RESULTS_AFTER.match(after):
        out["ORG"] += STRONG  # "Charles Tyrwhitt reported a 12% rise in sales"
    last = e.name.split()[-1] if e.type == "PERSON" and " " in e.name else ""
    if last[:1].isupper() and last.lower() in _words("partner_word"):
        out["ORG"] += STRONG  # "Gordon Brothers", "Ellis Sons": a firm's partnership word
    if e.type == "PERSON" and (mt := FIRM_ACT.match(after)) and mt.group(1) in _words("firm_act"):
        out["ORG"] += WEAK  # "X advised on the takeover", "X acted for the lenders"
    sites = FIRM_SITES.match(after)
    if not sites and (mt := SAID_THAT_IT.match(after)):
        sites = FIRM_SITES.match(after, mt.end() - 1)
    its_site = sites and " its " in sites.group() and sites.group(1) in _words("firm_site_its")
    if sites and (sites.group(1) in _words("firm_site") or its_site):
        out["ORG"] += STRONG  # "John Lewis will close eight stores"
    role = (mt := WORDS_BEFORE.search(before)) and (
        _role_of(mt.group(1)) or is_title_word(mt.group(1).split()[-1])
    )
    if e.type == "PERSON" and not e.titles and not role and SAID_SALES.match(after):
        out["ORG"] += STRONG  # "John Lewis said like-for-like sales were flat" (session 23)
    if e.type in ("GPE", "LOC") and SAID_ITS_RESULTS.match(after):
        out["ORG"] += STRONG  # "Nokia said on Thursday its operating profit rose" (session 42)
    if e.type in ("PERSON", "ORG") and not e.titles and SHARES_MOVED.match(after):
        out["ORG"] += STRONG  # "Dalton Mercer shares fell 5 percent" (session 33)
    if e.type in ("PERSON", "ORG") and not e.titles and not role and _firm_deeds(before, after):
        out["ORG"] += STRONG  # "Johnson Matthey sold its unit", "X cut 5% of staff" (s35)
    if (
        e.type in ("PERSON", "GPE")
        and ROW_FIGURE.match(after)
        and market_block(text, e.start, e.end)
    ):
        out["ORG"] += STRONG  # "Top gainers: Harvey Norman 4.2%, ..." (session 33)
    joined = JOINED_BEFORE.search(before) and (mt := AS_ROLE.match(after)) and _role_of(mt.group(1))
    if e.type == "PERSON" and joined:
        out["ORG"] += STRONG  # "she joined Clifford Chance as a partner"
    person_like = e.type == "ORG" and person_form(word, e, english)
    if (e.type == "PERSON" or person_like) and " " in e.name and WHICH_AFTER.match(after):
        out["ORG"] += WEAK  # "Susman Godfrey, which represents": a person is "who"
    if e.type == "ORG" and WHO_AFTER.match(after) and _named_like_person(word, e):
        out["PERSON"] += STRONG  # "Jordan Baker, who chairs": a firm is "which" (a club "who")
    if (mt := POSSESSIVE.match(after)) and mt.group(1).split()[0] in _words("person_have"):
        out["PERSON"] += STRONG  # "Varle's wife", "Varle's lawyers"
    elif mt and mt.group(1).split()[0] in _words("leader_have") and lone:
        out["PERSON"] += STRONG  # "Kagame's government", "Scholz's allies": a leader's
    elif mt and mt.group(1).split()[0] in _words("person_too"):
        pass  # "Lopez's partner", "Stone's manager": a person has them too
    elif mt and mt.group(1).split()[0] in _words("firm_have"):
        out["ORG"] += STRONG  # "Laura Ashley's owner", "X's stores" (session 22)
    elif mt and _body_role(mt.group(1), word, holding=True):
        out["ORG"] += STRONG  # "Santander's chair", "X's shares"
    elif (mt := NAME_ROLE.match(after)) and _body_role(mt.group(1), word, holding=False):
        out["ORG"] += STRONG  # "Zurich chief executive", "Leeds manager", "X economists said"
    speaker = (mt := NAME_ROLE.match(after)) and any(
        " ".join(mt.group(1).split()[:n]) in _words("body_speaker") for n in (1, 2)
    )
    if e.type in ("GPE", "LOC") and speaker and _population(word, e.name) < TOWN:
        out["ORG"] += STRONG  # "White House press secretary X" (a town of 11,000 too; s25)
    head = e.name.split()[-1].lower() if e.name else ""
    wide = text[max(0, e.start - 90) : e.start]
    if head in fac_heads() and (FAC_TO.search(wide) or FAC_NEAR.search(before)):
        out["FAC"] += STRONG  # "taken to the Royal London Hospital"
    elif head in _words("fac_body") and SPEAKS.match(after) and e.type in ("ORG", "FAC"):
        out["ORG"] += STRONG  # "the Royal London Hospital said it was treating five"
    elif e.type == "FAC" and SPEAKS.match(after):
        out["ORG"] += STRONG  # "Kestrel Arena said": a site speaks through its operator (s26)
    built = BUILT_AFTER.match(after) or BUILT_BEFORE.search(before)
    if e.type in ("GPE", "ORG", "PERSON") and built and _population(word, e.name) < CITY:
        out["FAC"] += STRONG  # "while Old Trafford is rebuilt", "work on Old Trafford"
    reopen = REOPEN_AFTER.match(after)
    if e.type in ("ORG", "PERSON", "GPE") and reopen and _population(word, e.name) < TOWN:
        out["FAC"] += STRONG  # "the Louvre would reopen on Wednesday" (not "it would reopen its")
    if e.type in ("GPE", "LOC", "FAC") and BASED.match(after):
        out["ORG"] += STRONG  # "Syngenta, based in Basel,": a place is based nowhere
    if PART_OF.match(after):
        out["ORG"] += STRONG  # "Halifax, part of Lloyds Banking Group"
    elif SAID_ITS.match(after):
        # "Maersk said it would send its ship": a town's council speaks so too ("Leeds said its")
        out["ORG"] += STRONG if place_pop(text[e.start : e.end]) < 15_000 else WEAK
    if AGE.match(after) or (e.titles and e.type == "PERSON") or _address_style(before):
        # "Lindqvist, 52," (a title on a body is a person's near it); "Mr Ford told workers"
        # (session 37: a style of address only a person has outranks a company's table)
        out["PERSON"] += STRONG
    elif SAID_HE.match(after):
        # "X said he": "Vattenfall said she had overseen" speaks of her; but a lone surname
        # ``context.lone_names`` made a body for want of a full name speaks of itself
        out["PERSON"] += STRONG if "lone" in e.tags else WEAK
    verb = (mt := PERSON_VERB.match(after)) and (
        mt.group(1) in _words("person_verb") or mt.group(1).split()[0] in _words("person_verb")
    )
    name_like = e.type in BODY_OR_SITE and name_form(word, e, english, strict=False)
    if ("lone" in e.tags or name_like) and verb:
        out["PERSON"] += STRONG  # "Mbappe scored twice", "Okafor resigned on Monday"
    elif name_like and (mt := NAMED_ROLE.match(after)) and _named_role(mt.group(1)):
        out["PERSON"] += STRONG  # "Brazil's Wagner Moura was named best actor" (session 27)
    subject = e.type in ("ORG", "GPE", "PERSON") and not PREP_END.search(before)
    subject = subject or (e.type == "ORG" and after.startswith(", which "))  # its own clause
    if subject and (mt := VERB_AFTER.match(after)) and mt.group(1) in _words("event_verb"):
        out["EVENT"] += STRONG  # "Glastonbury ended on Sunday"; not "support for X ends"
    out.update(_preposition(before, after, word, e.name, e.type))
    out.update(_designation_cues(before, after, word))
    owner = re.match(r"['’]", after)  # "vehicles such as Sakura Motors' Aoba": its maker
    if e.type in ("ORG", "PERSON", "GPE", "LOC", "FAC") and not owner and (kind := _role(before)):
        out[kind] += STRONG  # "maker of Claude", "the probe, called FORUM" (session 26)
    if _audience(before, word, e):
        out["FAC"] += STRONG  # "58,000 fans at Dalmarnock", "a crowd watched at X" (s26)
    if e.type in ("ORG", "PERSON", "PRODUCT", "EVENT") and _reached(before, word, e):
        # "the peloton climbs to Peyragudes", "a road to X" (session 26); a natural place by its
        # head word ("the road to Brenner Pass")
        natural = word.split()[-1].lower() in _words("loc_head") and " " in word
        out["LOC" if natural else "GPE"] += STRONG
    out.update(_predicate_cues(text, e, word, before, after, english))
    return out


# session 41 (types41): the types the sentence's predicate gives (``entities.predicates``)
PREDICATE_TYPES = ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "PERSON")


def _predicate_cues(
    text: str, e: Ent, word: str, before: str, after: str, english: frozenset[str]
) -> Counter[str]:
    """The cues of what the sentence says a name does or has done to it (session 41,
    types41; ``entities.predicates``): a person's predicate for a name that could be a
    person's ("Okonjo told the rally", "a court jailed Eze", "Speaking to reporters, X said"),
    a person's life before a place ("born in Hammerfest"), a body's predicate ("X filed for
    bankruptcy", "agreed to supply X"). Not for a side of a match, nor a name a table gives a
    firm, a club, a country or a town of 15,000."""
    out: Counter[str] = Counter()
    if e.type not in PREDICATE_TYPES or e.tags & {"team", "side"}:
        return out
    if person_predicate(text, e.start, e.end) and _predicate_person(word, e, english):
        out["PERSON"] += STRONG
    if e.type in ("ORG", "LOC", "FAC") and life_place(before) and _predicate_place(word, e):
        out["GPE"] += STRONG  # "born in Hammerfest", "grew up in Kirkenes"
    # (not a site: "the Svartsengi Power Station, which supplies hot water", "the plant employs")
    body = e.type != "FAC" and not e.titles and _population(word, e.name) < TOWN
    if body and (org_predicate(after) or org_object(before)) and not lookup_person(word):
        out["ORG"] += STRONG  # "Morgan Sindall won a £210 million contract", "supply Hershey"
    return out


def _predicate_person(word: str, e: Ent, english: frozenset[str]) -> bool:
    """A name that could be a person's, by no table a firm's, club's or place's: one
    capitalised word that is no common English word (unless a family name of the surnames
    table or one WordNet files under people: "Glass", "Tosh", "Delacroix"),
    no body's or site's word; or two or three words of a person's name (``name_form``)."""
    if lookup_company(word) or lookup_company(e.name) or lookup_alias(word) or known_club(word):
        return False
    if place_kinds().get(word) or place_kinds().get(e.name) or _population(word, e.name) >= TOWN:
        return False
    if " " in word:
        return name_form(word, e, english, strict=False)
    if word.isupper() or not _name_word(word) or word.lower() in _not_person_words():
        return False
    low = word.lower()
    people = table_index("person_nouns.jsonl", "word").get(low) or ()
    # WordNet's index holds famous people's names too ("Delacroix"): a person's surname there
    return low not in english or is_surname(word) or any(r["kind"] == "surname" for r in people)


def _predicate_place(word: str, e: Ent) -> bool:
    """A name after a person's life and "in"/"to" that may be a town: no listed firm, no
    natural place, land or world region of the tables; a natural place NER read only where the
    gazetteer lacks the name ("born in Hammerfest"; "born in Patagonia" stays)."""
    if lookup_company(word):
        return False
    for table in ("natural_places.jsonl", "land_regions.jsonl", "world_regions.jsonl"):
        if table_index(table, "name").get(word):
            return False
    return e.type != "LOC" or place_pop(word) < 0


# what only a natural place or an event does as the subject (session 28, types16): a volcano
# erupts; a storm makes landfall; an event is held or takes place
ROLES_AFTER = (
    ("LOC", re.compile(r" (?:(?:has |had |began |started )?erupted|erupts|is erupting)\b")),
    ("EVENT", re.compile(r" (?:made|makes|make|will make|is expected to make) landfall\b")),
    (
        "EVENT",
        re.compile(
            r" (?:(?:was|is|will be|would be|is to be|is being) held (?:in|at|on|from|every)"
            r"|(?:took|takes|will take|is taking) place)\b"
        ),
    ),
)


def _firm_deeds(before: str, after: str) -> bool:
    """What only a firm does right after its name, or has done to it right before (session 35,
    firmtypes22): a deal verb whose object is "its" ("sold its unit"), a cut of jobs or staff,
    a move of its stock by a percentage, a unit sold or bought, its sales or profit moving,
    founded in a year or by someone, a capital firm's title and its holder after the name, a
    merger ("X and Y merged", "a merger with X")."""
    if MERGED_BEFORE.search(before):
        return True
    if SUBJECT_NOT.search(before):
        return False  # the deeds after it are its sentence's subject's ("prices in X rose 3%")
    deal = (mt := FIRM_DEAL_ITS.match(after)) and mt.group(1) in _words("firm_deal")
    if deal and mt and not PERSON_WORD.search(mt.group(2)):
        return True
    if JOB_CUTS.match(after) or PERCENT_MOVED.match(after) or SOLD_PART.match(after):
        return True
    if RESULTS_MOVED.match(after) or FOUNDED_AFTER.match(after):
        return True
    if mt := ROLE_NAMED_AFTER.match(after):
        # a title of one to three words, then at least one word of its holder's name
        # (a firm's officer, not a word a headline's title case may give: "Board", "Partner")
        words = mt.group().lower().split()
        roles = _capital_firm_roles()
        if any(" ".join(words[:n]) in roles for n in range(1, len(words))):
            return True
    return bool(MERGED_AFTER.match(after))


@cache
def _capital_firm_roles() -> frozenset[str]:
    """A firm's officers' titles that a capital after a name names (``firm_role`` less the
    words a headline's title case gives: "Board", "Partner")."""
    return _words("firm_role") - CAPITAL_NOT_ROLE


def _role_after(after: str) -> str | None:
    """The type what a name does right after it gives ("X erupted": a natural place; "X made
    landfall", "X was held in Oslo", "X took place": an event)."""
    return next((kind for kind, pattern in ROLES_AFTER if pattern.match(after)), None)


KIND_AFTER = re.compile(r" ((?:[a-z]+ )?[a-z]+)(?=[ ,.;:)]|\Z)(?! (?:of|for)\b)")


def _kind_after(after: str) -> str | None:
    """The type a kind noun right after a name gives it, within two lower-case words (session 28,
    types16): an event's ("the Tarvik technology show", "the Brenlow festival"; ``entity_forms``
    kinds ``event_word``, ``kind_event``) or a natural place's (WordNet's, ``natural_kinds.jsonl``:
    "the Orla massif"); not a facility's, which is as often the firm's site ("the Hudbay
    smelter"), nor a kind noun that opens a longer name ("the X festival of ...")."""
    mt = KIND_AFTER.match(after)
    for word in mt.group(1).split() if mt else ():
        if word in _words("event_word", "kind_event"):
            return "EVENT"  # "the X festival drew", "the X technology show"
        if word in natural_kinds():
            return "LOC"
    return None


def _kin(text: str, ents: list[Ent], own: dict[int, Counter[str]]) -> None:
    """A name typed a body joined by "and", "or" or a comma to a name whose type its form or a
    table settled as another kind of thing (a storm, a product, a natural place, a site) is
    likely one of the same kind ("Typhoon Trami, Kong-rey and Usagi", "Halo OS 4 or Linux", "the
    Bronco and the Navigator"; session 28, types16): a weak cue, which wins only where nothing
    but the model's label says the name is a body. Not a facility's: a site and the body that
    runs it share a name ("the Royal London and St Thomas' did extraordinary work")."""
    order = sorted(ents, key=lambda x: x.start)
    chains: list[list[Ent]] = [order[:1]] if order else []
    for a, b in pairwise(order):
        if KIN_GAP.fullmatch(text[a.end : b.start]):
            chains[-1].append(b)
        else:
            chains.append([b])
    for chain in chains:
        firms = [y for y in chain if y.type == "ORG" and claimed_body(text, y, form=False)]
        if firms:
            for x in chain:  # "American Airlines, Delta and United": firms beside a firm
                if x.type == "ORG" and x not in firms:
                    own[id(x)]["ORG"] += WEAK
            continue
        kinds = {y.type for y in chain if y.fixed and y.type != "ORG"}
        if len(kinds) == 1 and (kind := next(iter(kinds))) in ("PRODUCT", "EVENT", "LOC"):
            for x in chain:
                if x.type == "ORG":
                    own[id(x)][kind] += WEAK


# a journey's noun, then where it goes or comes from: a place, unless a firm's cue says
# otherwise (session 28, types16)
TRAVEL_BEFORE = re.compile(
    r"\b(?i:flights?|ferry|ferries|trains?|voyages?|crossings?|sailings?|journeys?|trips?)"
    r" (?:to|between|into) \Z"
)
# what admits people to an event
TICKETS_BEFORE = re.compile(r"\b(?i:tickets?|passes|wristbands) (?:for|to) (?:this year's )?\Z")
# machines that run software or are driven by an engine or a chip: what runs them is a product
RUNNING_BEFORE = re.compile(r"\b(?i:[a-z]+s) (?:running|powered by) \Z")
# a route's ends: "Stage 12, Auch to Hautacam", "from Tromsø to Kirkenes"
ROUTE_GAP = re.compile(r" to | – | — ")
ROUTE_PLACES = ("GPE", "LOC")
# where a place lies: "at X in the western state of Rajasthan", "X, in the province of Y"
LIES_IN = re.compile(
    r",? in the (?:[a-z-]+ ){0,2}(?:state|province|region|district|county|prefecture|"
    r"governorate|department|municipality) of [A-Z]"
)
KIN_GAP = re.compile(r"(?:,? and |,? or |, )(?:the )?")


def _routes(text: str, ents: list[Ent], own: dict[int, Counter[str]]) -> None:
    """The other end of a route from a town ("Stage 12, Auch to Hautacam", "the Tromsø – Kessvik
    road"; session 28, types16): a name typed a body right after or before a town of the
    gazetteer that NER typed a place, joined by "to" or a dash, is likely a place too: a weak
    cue, which wins only where nothing but the model's label says body. Not beside a country
    ("exports from Japan to X")."""
    order = sorted(ents, key=lambda x: x.start)
    for a, b in pairwise(order):
        if not ROUTE_GAP.fullmatch(text[a.end : b.start]):
            continue
        for x, y in ((a, b), (b, a)):
            word = text[y.start : y.end]
            town = y.type in ROUTE_PLACES and _population(word, y.name) > 0
            if x.type == "ORG" and town and not place_kinds().get(word):
                own[id(x)]["GPE"] += WEAK


BETWEEN = re.compile(r"\bbetween \Z")


def _between(text: str, ents: list[Ent], own: dict[int, Counter[str]]) -> None:
    """The other end of a road, a line or a route "between" a place and a name the gazetteer
    gives a town of 15,000 that the model typed a person or a body ("roads between Salamanca and
    Los Vilos"; session 41): a place; a name no town bears that the model typed a body, a weak
    cue ("flights between Tromso and Kirkenes": wins where nothing else claims a body); not a
    side of a match, a listed firm nor a name with a body's word."""
    order = sorted(ents, key=lambda x: x.start)
    for a, b in pairwise(order):
        if text[a.end : b.start] != " and " or not BETWEEN.search(
            text, max(0, a.start - 8), a.start
        ):
            continue
        for x, y in ((a, b), (b, a)):
            word = text[x.start : x.end]
            if (
                x.type not in ("PERSON", "ORG")
                or y.type not in ("GPE", "LOC")
                or x.tags & {"team", "side"}
            ):
                continue
            if lookup_company(word) or body_named(word):
                continue
            if place_pop(word) >= TOWN:
                own[id(x)]["GPE"] += STRONG
            elif x.type == "ORG" and place_pop(word) < 0:
                own[id(x)]["GPE"] += WEAK  # "flights between Tromso and Kirkenes": unclaimed


def _audience(before: str, word: str, e: Ent) -> bool:
    """Who watches at a venue before "at" and the name (``entity_forms`` kind ``fac_audience``),
    for a name no town of 15,000, listed firm or side bears."""
    mt = PREP_BEFORE.search(before)
    if not mt or mt.group(2) != "at" or mt.group(1).lower() not in _words("fac_audience"):
        return False
    side = bool(e.tags & {"team", "side"})
    return _population(word, e.name) < TOWN and not lookup_company(word) and not side


def _role(before: str) -> str | None:
    """The type a name's role gives it (``model_forms.role_kind``), with the kind nouns of
    ``_kind_of`` and a storm's head word ("a storm known locally as X")."""

    def kind(phrase: str) -> str | None:
        return "EVENT" if phrase.split()[-1] in _words("event_head") else _kind_of(phrase)

    return role_kind(before, kind)


def _reached(before: str, word: str, e: Ent) -> bool:
    """A name no firm, person or body's head word claims, as a place reached ("climbs to X",
    "drove from Gulu to X", "moving toward X"; ``places.reached_place``)."""
    if not reached_place(before) or lookup_company(word) or lookup_company(e.name):
        return False
    if e.tags & {"team", "side"} or (e.name != word and e.type == "ORG"):
        return False  # "Aberdeen travel to Dundee": a side, named after its town's club
    words = word.split()
    if len(words) > 1 and table_index("given_names.jsonl", "name").get(words[0]):
        return False  # "moved to Jordan Baker"
    last = words[-1].lower()
    return last not in _words("org_head", "body_word", "firm_noun", "org_descriptor")


def _designation_cues(before: str, after: str, word: str) -> Counter[str]:
    """A model designation in a product's role ("release GPT-5", "a Vega-C rocket", "Bavarian
    Nordic's MVA-BN"; ``model_forms``, session 26) is a product, whatever the label said."""
    out: Counter[str] = Counter()
    if designation_weight(word) and product_cue(before, after):
        out["PRODUCT"] += STRONG
    return out


def _preposition(before: str, after: str, word: str, name: str, kind: str = "") -> Counter[str]:
    """The evidence of the word and preposition before a mention ("inmates at X", "shares of X",
    "the mayor of X", "sales of X")."""
    out: Counter[str] = Counter()
    mt = PREP_BEFORE.search(before)
    stake = bool(mt and mt.group(1).lower() in _words("firm_stake"))  # "a stake in X"
    held = (mh := HOLDING_AFTER.match(after)) and mh.group(1) in _words("firm_holding")
    population = _population(word, name)
    town, city = population >= TOWN, population >= CITY
    work = (not town and _work_at("fac_work").search(before)) or (
        not city and _work_at("fac_cargo").search(before)
    )
    owner = re.match(r"['’]", after)  # "output at BHP's Escondida mine": the mine's owner (s26)
    if work and not lookup_company(word) and not owner:
        out["FAC"] += STRONG  # "containers were held at Felixstowe", "output at Escondida"
    if IN_BEFORE.search(before) and not stake and not held and town:
        # "stores in Milton Keynes", "In Newark, schools closed"; a town NER typed a body or a
        # person, with no possessive after it ("in Toyota's plant"), is strong evidence
        strong = kind in ("ORG", "PERSON") and not POSSESSIVE.match(after)
        strong = strong and not lookup_company(word)  # "engineers in Nokia": a listed firm
        # a market's town before its trading, whatever firm bears the name ("Shares of Nestle
        # fell in Zurich trading" after "Zurich said its profit rose"; session 42)
        strong = strong or bool(TRADING_AFTER.match(after))
        out["GPE"] += STRONG if strong else WEAK
    if kind == "ORG" and TICKETS_BEFORE.search(before) and not re.match(r"['’]", after):
        out["EVENT"] += WEAK  # "tickets for SXSW", "passes to Brenmoor" (session 28)
    if kind == "ORG" and LIES_IN.match(after):
        out["GPE"] += WEAK  # "tests at Pokhran in the western state of Rajasthan" (s28)
    if kind == "ORG" and TRAVEL_BEFORE.search(before):
        out["GPE"] += WEAK  # "flights to Lanzarote", "ferries between X and Y" (session 28)
    if kind == "ORG" and RUNNING_BEFORE.search(before) and not re.match(r"['’]", after):
        out["PRODUCT"] += WEAK  # "computers running Corvix OS", "phones powered by X" (s28)
    if not mt:
        return out
    cue, prep = mt.group(1).lower(), mt.group(2)
    bare = not after or NO_NOUN.match(after)
    if (prep == "at" and cue in _words("fac_user")) or (prep, cue) == ("from", "departures"):
        out["FAC"] += STRONG
    elif prep == "at" and cue in _words("fac_staff") and kind == "GPE" and population < 0:
        # "staff at Belmarsh and Pentonville": a name NER read as a place that no town of the
        # gazetteer bears, where people work (session 23; not "staff at Leeds", a town)
        out["FAC"] += STRONG
    elif prep in ("of", "at") and cue in _words("firm_role", "firm_holding") and cue != "sales":
        out["ORG"] += STRONG  # "shares of X", "a partner at X", "the accounts of X"
    elif prep == "at" and cue in _words("firm_staff"):
        out["ORG"] += STRONG  # "consultants at Oliver Wyman" (session 22)
    elif prep in ("of", "at") and kind == "PERSON" and _officer_before(before):
        out["ORG"] += STRONG  # "chief financial officer of X", "chief executive at X" (s35)
    elif prep == "at" and cue in _words("firm_people") and kind == "PERSON":
        out["ORG"] += STRONG  # "jobs at Johnson Matthey", "workers at X" (session 35)
    elif prep == "in" and cue in _words("firm_stake"):
        out["ORG"] += STRONG  # "a stake in X"
    elif prep == "of" and cue in _words("place_role"):
        out["GPE"] += STRONG  # "the mayor of X"
    elif (cue, prep) in (("sales", "of"), ("demand", "for")) and bare:
        out["PRODUCT"] += STRONG  # "sales of Wegovy rose"
    elif prep == "of" and cue in _words("firm_owned") and kind in ("", "PERSON", "ORG"):
        out["ORG"] += STRONG  # "the owner of Michael Kors and Versace": no person is owned
    return out


def _officer_before(before: str) -> bool:
    """A firm's officer of two or three words right before "of"/"at" ("was named chief financial
    officer of X", "chief executive at X"; ``firm_role``): one word is read by the
    ``firm_role`` test above (session 35)."""
    words = before.lower().split()[:-1]  # the preposition left out
    return any(" ".join(words[-n:]) in _words("firm_role") for n in (2, 3) if len(words) >= n)


@cache
def _body_names() -> frozenset[str]:
    """The short names and titles of ``models/national_bodies.jsonl`` ("Congress", "United
    States Congress", "Senate", "Electoral Commission")."""
    titles = {t for t in national_body_titles().values() if t}
    return national_body_shorts() | frozenset(titles)


@cache
def _body_heads() -> frozenset[str]:
    """The head words only a body's name has (``entity_forms`` kind ``org_head``: "committee",
    "council", "agency"), less those a building or a scheme shares ("centre", "institute",
    "court", kinds ``body_building``, ``fac_lead``; "administration", a leader's; "programme")."""
    shared = _words("body_building", "fac_lead", "leader_have")
    return _words("org_head") - shared - {"programme", "program"}


def _body_by_name(word: str, name: str) -> bool:
    """True where a name is a body's by the tables or by its head word (session 25): a short
    name or title of the national bodies table ("Congress" named "United States Congress"), or a
    name of three words or more that a body's head word ends or opens before "of"/"for"
    ("Committee for Medicinal Products", "Kura Regional Council"); not a town of 100,000."""
    if place_pop(word) >= CITY or place_kinds().get(word) or place_kinds().get(name):
        return False
    if word in _body_names() or name in _body_names():
        return True
    words = name.lower().split()
    if len(words) < 3 or not name[:1].isupper():
        return False
    heads = _body_heads()
    return words[-1] in heads or any(
        w in heads and nxt in ("of", "for") for w, nxt in pairwise(words)
    )


def _priors(name: str, word: str, given: TableIndex) -> Counter[str]:
    out: Counter[str] = Counter()
    if lookup_company(word) or lookup_company(name):
        out["ORG"] += PRIOR + 1  # a listed firm outweighs a town of its name ("Toyota")
    if place_pop(word) >= CITY:
        out["GPE"] += PRIOR
    words = name.split()
    if (len(words) > 1 and words[0] in given) or lookup_person(words[-1]):
        out["PERSON"] += PRIOR
    out["PRODUCT"] += designation_weight(word)  # "GPT-5", "Vega-C": a product by its form (s26)
    return out


def _protected(e: Ent, word: str) -> bool:
    """Names no evidence retypes: countries, subdivisions and aliases of the tables, labels,
    players, organisations titled by their kind (session 40), county teams of the sport's copy ("Sussex" in county cricket, a region the
    gazetteer divides; session 37), franchise teams by town ("Brisbane" in rugby league
    standings; session 39), and types this vote does not weigh (NORP, LAW)."""
    return (
        e.type not in TYPES
        or bool(e.tags & {"label", "player", "county_team", "franchise_team", "kind_title"})
        or bool(place_kinds().get(word) or place_kinds().get(e.name))
        or bool(lookup_alias(word))
    )


def _lists(text: str, ents: list[Ent], own: dict[int, Counter[str]]) -> None:
    """A cue after a preposition reaches every name of the list it governs ("inmates at A, B and
    C"): each later name joined by a comma, "and" or "or", up to the one after "and"/"or",
    takes the first one's prepositional evidence (an apposition, "the mayor of X, Y,", is no
    list)."""
    order = sorted(ents, key=lambda x: x.start)
    for i, head in enumerate(order):
        before = text[max(0, head.start - 40) : head.start]
        if not _preposition(before, "", text[head.start : head.end], head.name, head.type):
            continue
        for x in _list_tail(text, order, i):
            own[id(x)].update(_preposition(before, "", text[x.start : x.end], x.name, x.type))


def _list_tail(text: str, order: list[Ent], i: int) -> list[Ent]:
    """The names joined to ``order[i]`` as one list: each later name after a comma, "and" or
    "or", up to the one after "and"/"or"; empty where no "and"/"or" closes the list."""
    chain, prev = [], order[i]
    for nxt in order[i + 1 :]:
        gap = text[prev.end : nxt.start]
        if len(gap) > 6 or not LIST_NEXT.search(gap):
            return []
        chain.append(nxt)
        prev = nxt
        if " and " in gap or " or " in gap:
            return chain
    return []


def _role_lists(text: str, ents: list[Ent], own: dict[int, Counter[str]]) -> None:
    """A role reaches every name of the list after it ("brands such as Krunchies, Dazzlers and
    Toffix", "makers of A and B"; session 26): each later name joined by a comma, "and" or "or",
    up to the one after "and"/"or", of a type the role may retype."""
    order = sorted(ents, key=lambda x: x.start)
    for i, head in enumerate(order):
        kind = _role(text[max(0, head.start - 40) : head.start])
        if not kind or re.match(r"['’]", text[head.end : head.end + 1]):
            continue
        for x in _list_tail(text, order, i):
            owned = re.match(r"['’]", text[x.end : x.end + 1])
            if x.type in ("ORG", "PERSON", "GPE", "LOC", "FAC") and not owned:
                own[id(x)][kind] += STRONG


def _partners(text: str, ents: list[Ent], own: dict[int, Counter[str]]) -> None:
    """A name typed a person, or a place no town of the gazetteer's 100,000 has, joined by "and",
    "or" or a comma to a firm (a listed company or a name with "&") is a firm too ("Sullivan &
    Cromwell and Baker McKenzie", "Siemens Mobility and Alstom are bidding")."""
    order = sorted(ents, key=lambda x: x.start)
    for a, b in pairwise(order):
        gap = text[a.end : b.start]
        if not JOINED.fullmatch(gap):
            continue
        for x, y in ((a, b), (b, a)):
            partner = text[y.start : y.end]
            firm = "&" in partner or bool(lookup_company(partner) or lookup_company(y.name))
            # a place only in a list without a comma (", and" may join two clauses: "800 jobs
            # at Ludwigshafen, and Bayer AG named")
            place = x.type == "GPE" and "," not in gap and place_pop(text[x.start : x.end]) < CITY
            # a firm's possessive owns the next name, no list partner of the one before it
            # ("Sony's Kenichiro Yoshida and Panasonic's Yuki Kusumi"; session 30)
            owner = y is b and text[y.end : y.end + 2] in ("'s", "’s")
            if y.type == "ORG" and firm and (x.type == "PERSON" or place) and not owner:
                own[id(x)]["ORG"] += STRONG


VENUE_GAP = re.compile(r"(?: [a-z][a-z-]*){0,3} at \Z")  # "the Open closed at", "final at"


def _venues(text: str, ents: list[Ent], own: dict[int, Counter[str]]) -> None:
    """The name after an event's name and "at", up to three lower-case words between, is its
    venue ("the Ryder Cup at Bethpage Black", "the Open Championship closed at Royal
    Portrush"): a facility, unless a town of 15,000 bears the name ("the Open at Leeds")."""
    order = sorted(ents, key=lambda x: x.start)
    for a, b in pairwise(order):
        if a.type != "EVENT" or b.type not in ("ORG", "PERSON", "GPE", "LOC"):
            continue
        if not VENUE_GAP.fullmatch(" " + text[a.end : b.start].lstrip(" ")):
            continue
        word = text[b.start : b.end]
        if _population(word, b.name) < TOWN and not lookup_company(word):
            own[id(b)]["FAC"] += STRONG


# ISO 3166-1's codes that name no country: the user-assigned ranges (QM-QZ, XA-XZ, ZZ; CLDR's
# "Outlying Oceania", "Pseudo-Accents", "Unknown Region"; not XK, Kosovo's) and the exceptional
# reservations CLDR names (EU, EZ, UN)
NO_COUNTRY_CODE = re.compile(r"Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN")


def cldr_country(word: str) -> bool:
    """A country or territory of CLDR's English names (``country_codes.jsonl``: "Côte d’Ivoire",
    "Kosovo", "Trinidad & Tobago"), less the codes that name no country, as text writes it: a
    straight apostrophe for CLDR's curly one ("Côte d'Ivoire"), "and" for its "&" ("Trinidad and
    Tobago"); a headline's capitals ("KOSOVO") as the title."""
    by_name = table_index("country_codes.jsonl", "name")
    word = word.title() if word.isupper() and len(word) > 3 else word
    folded = word.replace("'", "’")
    return any(
        not NO_COUNTRY_CODE.fullmatch(str(r["code"]))
        for name in (folded, folded.replace(" and ", " & "))
        for r in by_name.get(name, ())
    )


def countries_alone(text: str, ents: list[Ent]) -> None:
    """A country named alone is no event, facility or product (in place, session 25): a mention
    whose whole text is a country of the tables that a longer name's type reached ("France" as a
    short form of "Tour de France") is the country, by the tables' name. A country only CLDR's
    names know ("Côte d'Ivoire", "Trinidad & Tobago": an "&" reads as a firm's) is no body
    either (session 27, types14): a country's government and its team keep the country's type."""
    kinds = place_kinds()
    for e in ents:
        word = text[e.start : e.end]
        if (
            e.type in ("ORG", "PERSON", "EVENT", "FAC", "PRODUCT")
            and not (e.titles or (e.type == "PERSON" and word.isupper()))  # "DR ISRAEL: No."
            and not kinds.get(word)
            and not lookup_alias(word)
            and cldr_country(word)
        ):
            e.type, e.fixed = "GPE", True
            if word.isupper() and e.name == word:
                e.name = word.title()  # "KOSOVO" in a headline
            continue
        if e.type not in ("EVENT", "FAC", "PRODUCT") or kinds.get(word) != "country":
            continue
        alias = lookup_alias(word)
        e.type, e.name = "GPE", alias[0] if alias else word


def document_types(text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    """One type per name by the document's evidence, summed over every mention of the name (see
    the module docstring)."""
    countries_alone(text, ents)
    given = table_index("given_names.jsonl", "name")
    own: dict[int, Counter[str]] = defaultdict(Counter)
    for e in ents:
        own[id(e)].update(cues(text, e, english))
    mentions_own = {k: Counter(v) for k, v in own.items()}  # each mention's own words only
    _lists(text, ents, own)
    _role_lists(text, ents, own)
    _partners(text, ents, own)
    _venues(text, ents, own)
    _kin(text, ents, own)
    _routes(text, ents, own)
    _between(text, ents, own)
    groups: dict[str, list[Ent]] = defaultdict(list)
    for e in ents:
        groups[e.name].append(e)
    people: list[str] = []
    for name, group in groups.items():
        word = text[group[0].start : group[0].end]
        if any(_protected(e, text[e.start : e.end]) for e in group):
            continue
        current = group[0].type
        if any(e.type != current for e in group):
            continue
        full: Counter[str] = Counter()
        for e in group:
            if text[e.start : e.end] == name:
                full.update(own[id(e)])
        voters = []
        words = name.split()
        given_first = len(words) > 1 and words[0] in given
        if current == "PERSON" and len(words) > 1 and not full["ORG"]:
            _own_roles(text, name, group, own, mentions_own)  # "Ferrell's coach" (s30)
        # where the text first names the person in full ("Dyson said it would move ... the
        # company's founder, James Dyson"; session 37)
        named_at = min((e.start for e in group if " " in text[e.start : e.end]), default=-1)
        firm_first = False
        # a word of a person's full name with a person's predicate ("Venkataraman, who testified"
        # after "Rakesh Venkataraman" typed a product) votes for the whole name (session 41)
        named_like = current != "PERSON" and any(
            text[x.start : x.end] == name and name_form(name, x, english, strict=False)
            for x in group
        )
        for e in group:  # a short form whose own strong cue the full name's evidence denies
            top = _strong(own[id(e)])
            surface = text[e.start : e.end]
            first = len(words) > 1 and surface == words[0]
            # a firm's founder: the person's full name with no firm's cue of its own, and a
            # surname with a firm's strong cue before the text names the person ("Mars, founded
            # in 1911 by Frank C. Mars": the firm; a surname after the full name stays
            # linked, "Ralph Lauren ... Lauren said it", session 37)
            founder = top == "ORG" and not full["ORG"] and 0 <= e.start < named_at
            person = given_first and (top != "ORG" or founder)
            if (
                top
                and surface != name
                and top != current
                and (first or person or _strong(full, top))
                and not (top == "PERSON" and named_like)
            ):
                _retype(text, e, top, current)
                e.name = lookup_company(surface) or surface
                firm_first = firm_first or (founder and given_first)
            else:
                voters.append(e)
        if firm_first:
            # the founder's firm named before the founder: its other one-word mentions with no
            # person's cue of their own are the firm too (a headline's "Mars to buy X", "Hollis
            # employs 2,300 people" after "founded by Edward Hollis"; "Dyson added that he" stays)
            for e in list(voters):
                surface = text[e.start : e.end]
                if " " not in surface and not own[id(e)]["PERSON"]:
                    _retype(text, e, "ORG", current)
                    e.name = lookup_company(surface) or surface
                    voters.remove(e)
        priors = _priors(name, word, given)
        if current == "ORG" and english and person_form(word, group[0], english):
            # the form of a personal name outweighs the model's label alone; a firm's own
            # strong cue still outweighs it ("Tobias Rennert shares fell"; session 27)
            priors["PERSON"] = max(priors["PERSON"], STRONG)
        if current in ("PERSON", "PRODUCT") and lookup_company(name):
            # a listed company by its whole name, that a given name or a product's possessive
            # misled ("Eli Lilly's Kisunla", "Morgan Stanley said"; session 25)
            priors["ORG"] += STRONG
        if current != "FAC" and _body_by_name(word, name):
            # "Congress" (a town of 2,000 too), "Committee for X" (session 25); a building the
            # table names ("Capitol") stays a facility
            priors["ORG"] += STRONG
        if divided_region(word, frozenset(), unit=current == "GPE"):
            # "Kordofan", "Sulawesi": a region its subdivisions divide (session 26); a name
            # typed a place stays unless the gazetteer names the others under it ("Sussex",
            # "Samar" of "Northern Samar")
            priors["LOC"] += STRONG
        votes = priors.copy()
        form = current in ("FAC", "EVENT", "PRODUCT") and any(e.fixed for e in group)
        votes[current] += MODEL + (FORM if form else 0)
        evidence: Counter[str] = Counter()
        for e in voters:
            evidence.update(own[id(e)])
        # ORG is a claim that needs evidence like any other type (session 28, types16): where
        # nothing but the model's label says body (no cue, no table, no body's word in the
        # name, no mention that speaks, no side of a match), a weak cue of another kind is
        # enough, and a town of the gazetteer is one
        unclaimed = current == "ORG" and _unclaimed(text, name, group, evidence, priors)
        if unclaimed and not +evidence and _population(word, name) >= TOWN:
            evidence["GPE"] += WEAK  # "rail links between Liverpool and Hull"
        votes.update(evidence)
        # the strongest other reading; on a tie with the label, a strong cue at every mention
        # outweighs a label and a table's prior that no cue of the document backs ("the mouth
        # of the Amazon", a listed company's name; session 28)
        best, score = max(
            ((k, v) for k, v in votes.items() if k != current),
            key=lambda kv: (kv[1], evidence[kv[0]]),
            default=(current, 0),
        )
        weak = unclaimed and evidence[best] >= WEAK
        reached = weak or evidence[best] + priors[best] >= STRONG
        tie = (
            current == "ORG"
            and not evidence["ORG"]
            and all(_strong(own[id(e)]) == best for e in voters)
        )
        if (
            best != current
            and reached
            and (score > votes[current] or (tie and score == votes[current]))
        ):
            for e in voters:
                _retype(text, e, best, current)
            if best == "PERSON" and len(words) > 1:
                people.append(name)  # its surname alone, typed apart, is that person's (s41)
            current = best
        for e in voters:  # a mention whose own strong cue says otherwise keeps its own reading
            top = _strong(own[id(e)])
            surface = text[e.start : e.end]
            # a facility and the body that runs it share a name ("taken to the X Hospital ...
            # the X Hospital said"): each mention with its own strong cue keeps its reading
            split = {top, current} == {"FAC", "ORG"}
            if top and top != current and not own[id(e)][current] and (surface != name or split):
                _retype(text, e, top, current)
                e.name = lookup_company(surface) or surface
            elif current == "ORG" and top in ("", "GPE") and _dateline_town(text, e):
                # the dateline of a firm's own town ("ZURICH, Aug 7 - Zurich said its profit
                # rose"): the place the report comes from, whatever the firm's vote (session 42)
                e.type, e.fixed = "GPE", True
                e.name = accented_place(text[e.start : e.end].title())
            elif (
                top == "GPE"
                and current == "ORG"
                and not own[id(e)][current]
                and any(_strong(own[id(x)]) == "ORG" for x in voters if x is not e)
            ):
                # a firm named after its town, and the town ("Coventry said its lending rose ...
                # prices in Coventry"): the place where the firm's other mentions say so strongly
                e.type, e.fixed = "GPE", True

    _surnames_alone(text, ents, people)


def _dateline_town(text: str, e: Ent) -> bool:
    """Whether ``e`` is the place of the text's dateline in capitals ("ZURICH, Aug 7 -",
    "ESPOO, Finland, ...", "AMSTERDAM 1996-03-15") and a town of the gazetteer of 15,000 people
    or more: a dateline names where the report comes from, never the firm of that name (not a
    headline in capitals that opens with the name and a comma)."""
    surface = text[e.start : e.end]
    if not surface.isupper() or e.start > DATELINE_WITHIN:
        return False
    end = text.find("\n", e.end)
    rest = text[e.end : end if end >= 0 else len(text)]
    if rest.upper() == rest and any(c.isalpha() for c in rest):
        return False  # a headline in capitals ("NOKIA, ERICSSON SHARES FALL"), no dateline
    mt = DATELINE_PLACE.search(text, 0, DATELINE_WITHIN)
    return (
        mt is not None
        and mt.start(1) == e.start
        and mt.end(1) == e.end
        and _population(surface.title(), e.name) >= TOWN
    )


def _surnames_alone(text: str, ents: list[Ent], people: list[str]) -> None:
    """A one-word person whose word ends one full name the vote made a person ("Rakesh
    Venkataraman" the model typed a product, "Venkataraman, who testified" typed apart) is that
    person (session 41): the linking ran before the vote, across types it does not link."""
    last: dict[str, set[str]] = defaultdict(set)
    for name in people:
        last[name.split()[-1]].add(name)
    for e in ents:
        word = text[e.start : e.end]
        if e.type == "PERSON" and e.name == word and len(last.get(word, ())) == 1:
            e.name = next(iter(last[word]))


def _own_roles(
    text: str,
    name: str,
    group: list[Ent],
    own: dict[int, Counter[str]],
    mentions_own: dict[int, Counter[str]],
) -> None:
    """A person the document names in full owns what follows a word of that name (session 30,
    persons17): where a mention of the group reads ``name`` in full and is typed a person, a
    one-word mention that is a word of the name ("Ferrell" of "Scottie Ferrell") with a role or
    a holding after its possessive ("Ferrell's coach", "Lee's shares", "Barnaba's board",
    "Leclair's team principal") speaks of the person's coach, shares or board, not of a body's:
    that cue is no evidence for a body (in place; other cues of the mention stay: "Ford shares
    rose", "Ford said it would close its plant"). Nor is a list partner that is a firm ("Under
    Blumenthal, Volkswagen will cut costs" after "Oliver Blumenthal"): such a mention keeps only
    the body evidence of its own words (``mentions_own``)."""
    if not any(text[e.start : e.end] == name for e in group):
        return
    words = name.split()
    for e in group:
        surface = text[e.start : e.end]
        if surface == name or surface not in words or not own[id(e)]["ORG"]:
            continue
        own[id(e)]["ORG"] = mentions_own.get(id(e), Counter())["ORG"]
        after = text[e.end : e.end + 120]
        if (mt := POSSESSIVE.match(after)) and _body_role(mt.group(1), surface, holding=True):
            own[id(e)]["ORG"] = max(0, own[id(e)]["ORG"] - STRONG)


def _unclaimed(
    text: str, name: str, group: list[Ent], evidence: Counter[str], priors: Counter[str]
) -> bool:
    """True where no evidence but the model's label makes ``name`` a body: no cue, no table, no
    mention that speaks ("X said", "X reported"), no side or player of a match, and no word in
    it that only a body's or a firm's name has ("Council", "Airlines", "Group")."""
    if evidence["ORG"] or priors["ORG"] or lookup_company(name):
        return False
    if any(e.tags & {"team", "side", "player"} for e in group):
        return False
    if any(SPEAKS.match(text, e.end) or SAID_ITS.match(text, e.end) for e in group):
        return False
    if any(ITS_BEFORE.search(text, max(0, e.start - 5), e.start) for e in group):
        return False  # "its Halden unit": what a body owns, no place
    if any(_opponent(text, e.start) for e in group):
        return False  # "the final against Sevilla": NER's side of a match (session 32)
    return not body_named(name)  # "Airlines", "Council", "Group", "Initiative"


def _opponent(text: str, start: int) -> bool:
    """The word right before ``start`` names an opponent ("against", "v", "versus";
    ``forms.OPPONENT_BEFORE``)."""
    before = text[max(0, start - 10) : start].split()
    return bool(before) and before[-1].lower() in OPPONENT_BEFORE


def _strong(evidence: Counter[str], but: str = "") -> str:
    """The type a strong cue gives, other than ``but`` (the strongest; "" if none)."""
    for kind, weight in evidence.most_common():
        if weight >= STRONG and kind != but:
            return kind
    return ""


def _retype(text: str, e: Ent, new: str, old: str) -> None:
    """Give a mention its new type, and a name that fits it: a place's canonical title or a
    person's full name gives way to the mention's own words (a listed company's title if any)."""
    word = text[e.start : e.end]
    body = new == "ORG" and _body_by_name(e.name, e.name)  # "United States Congress" stays
    if new in ("ORG", "PRODUCT", "FAC", "EVENT") and old in ("GPE", "LOC", "PERSON") and not body:
        if old != "PERSON" or e.name == word:
            e.name = lookup_company(word) or word
        elif new == "ORG":
            e.name = lookup_company(e.name) or e.name
    e.type, e.fixed = new, True


__all__ = ["countries_alone", "cues", "document_types"]


# A lone surname's own evidence (session 32, lone19) -----------------------------------------
# a personal pronoun, subject or possessive, after a name up to the end of the next sentence
PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er|[Hh]imself|[Hh]erself)\b")
SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s|\Z)")
# a person's noun or name between the name and a pronoun takes the pronoun ("its chief
# executive said he", "team-mate Dumont ... his")
LOWER_WORD = re.compile(r"\b([a-z][a-z-]+)\b")
# a preposition before the name: the verb after it is another subject's ("police in X arrested")
OBJECT_BEFORE = re.compile(r"\b(?:in|at|near|into|for|of|to|on|with|from|by) \Z")


def _pronoun_after(text: str, e: Ent, ents: list[Ent]) -> bool:
    """A "he", "she", "his" or "her" follows the name before the end of the next sentence, and
    no other person's name nor a noun WordNet files under people stands between them ("Varga,
    52, said he would not resign", "Halloran struck 86 ... He hit five sixes"; not "X said its
    chief executive ... he")."""
    end = e.end
    for _ in range(2):  # this sentence and the next
        mt = SENTENCE_END.search(text, end, min(len(text), end + 300))
        end = mt.end() if mt else min(len(text), end + 300)
    hit = PRONOUN.search(text, e.end, end)
    if not hit:
        return False
    if any(
        x.type == "PERSON" and x.name != e.name and e.end <= x.start < hit.start() for x in ents
    ):
        return False
    between = text[e.end : hit.start()]
    return not any(person_noun(w) for w in LOWER_WORD.findall(between))


def lone_evidence(
    text: str, group: list[Ent], ents: list[Ent], english: frozenset[str]
) -> Counter[str]:
    """The evidence every mention of a one-word name the model typed a person gives, summed
    (session 32, lone19; read by ``context.lone_names``): the cues of ``cues``, and for a
    surname alone what only a person does or has: a person's verb after it ("Okafor resigned",
    ``person_verb``), "X said he/she", "X, who", a player's deed after its possessive ("X's late
    try", ``person_deed``), a role heading an apposition ("X, the striker,"; ``team_role``), and
    weaker cues, a role WordNet files under people right before it ("his team-mate X", not "its
    partner X") and a personal pronoun after it with no other person between ("Varga, 52, said
    he would not resign"); and a body's (``_lone_body``)."""
    out: Counter[str] = Counter()
    for e in group:
        out.update(cues(text, e, english))
        after = text[e.end : e.end + 120]
        before = text[max(0, e.start - 40) : e.start]
        verb = PERSON_VERB.match(after) if not OBJECT_BEFORE.search(before) else None
        if verb and (
            verb.group(1) in _words("person_verb")
            or verb.group(1).split()[0] in _words("person_verb")
        ):
            out["PERSON"] += STRONG  # "Okonkwo scored twice"; not "police in X arrested"
        if SAID_HE.match(after) or WHO_AFTER.match(after):
            out["PERSON"] += STRONG  # "X said he", "said Moretti, who finished third"
        if (mt := POSSESSIVE.match(after)) and set(mt.group(1).split()) & _words("person_deed"):
            out["PERSON"] += STRONG  # "Brannagh's late try", "Ferreira's goal"
        if (mt := APPOSITION.match(after)) and mt.group(1).lower() in _words("team_role"):
            out["PERSON"] += STRONG  # "X, the striker,"
        if (mt := WORDS_BEFORE.search(before)) and not _kind_of(mt.group(1)):
            words = mt.group(1).split()
            last = words[-1]
            noun = person_noun(last) or person_noun(last.replace("-", ""))  # "team-mate"
            owned = len(words) > 1 and words[-2].lower() in ("its", "their")  # "its partner X"
            if last[:1].islower() and last not in RELATIONAL and noun and not owned:
                out["PERSON"] += WEAK  # "his team-mate Dumont"; "the populist X" is a party's
        if _pronoun_after(text, e, ents):
            out["PERSON"] += WEAK
        out.update(_lone_body(text, e, before, after))
    return out


# a plural verb right after a one-word name: a side or a body ("McLaren lead Ferrari by 36
# points", "X are expected to"); a person is one ("Norris leads")
PLURAL_AFTER = re.compile(r" (?:are|were|have|lead|trail|top|face|host|remain)\b")
JOINED_NAME = re.compile(
    r"(?:\b(?:and|or|nor)|&|,|\b(?:do|did|does|could|would|should|will|can|may|might))\s+\Z"
)
# what a maker or a pollster does ("units built by X", "analysts polled by X")
MAKER_BY = re.compile(r"\b(?:built|made|manufactured|polled|compiled|supplied) by \Z")
# "X said on Tuesday (in a statement) that it would ... its plant"
SAID_IT_ITS = re.compile(
    r" (?:said|says|announced|reported|added)\b[^.;!?\n]{0,60}? (?:that )?it (?:would|will|had|has|"
    r"was|is|plans|expects|intends)\b[^.;!?\n]{0,80}\bits\b"
)
IN_STATEMENT = re.compile(r" (?:said|says) in (?:a|an) (?:[a-z]+ )?(?:statement|filing|release)\b")
# a person's full name after the possessive: the body's or side's person ("McLaren's Lando Norris")
OWNS_PERSON = re.compile(r"['’]s [A-Z][a-z]+ [A-Z][a-z]+")
# a person's role between the name and a full name: the body's or side's person ("Williams
# rookie Franco Colapinto", "Texas senator Ted Cruz": a place, read so where it is one)
ROLE_PERSON = re.compile(r" ([a-z-]+) [A-Z][a-z]+ [A-Z][a-z]+")
ACCORDING = re.compile(r"\baccording to \Z")
# a side a player or driver wins, plays or signs for ("won the Grand Prix for McLaren")
FOR_SIDE = re.compile(
    r"\b(?:won|wins|drove|drives|plays|played|signed|scored|raced|races|rode|rides)\b[^.;!?\n]{0,50}"
    r"\bfor \Z"
)
# a firm's analyst or economist named with the firm after "of" or "at" ("Analyst Alexa Morgan of
# Bernstein"; ``firm_role``)
STAFF_OF = re.compile(r"\b([A-Za-z]+) [A-Z][a-z]+ [A-Z][a-z]+ (?:of|at) \Z")


def _lone_body(text: str, e: Ent, before: str, after: str) -> Counter[str]:
    """A body's cues at a one-word name the model typed a person (session 32, lone19): a plural
    verb after it that no other name shares ("McLaren lead Ferrari"), a maker's or pollster's
    "by" before it ("built by Adtranz", "polled by LSEG"), "said ... that it would ... its",
    a body's head word heading an apposition ("X, the Flemish farmers' union,"; ``org_head``,
    ``body_word``), and weaker, "said in a statement", a full name after its possessive or a
    person's role ("McLaren's Lando Norris", "Williams rookie Franco Colapinto"), "according
    to X" (a source the text never names in full), a side a player wins or plays for ("won the
    Grand Prix for McLaren") and a firm's analyst before "of" ("Analyst Alexa Morgan of X")."""
    out: Counter[str] = Counter()
    if PLURAL_AFTER.match(after) and not (
        JOINED_NAME.search(before) or OBJECT_BEFORE.search(before)
    ):
        out["ORG"] += STRONG
    if MAKER_BY.search(before) or SAID_IT_ITS.match(after):
        out["ORG"] += STRONG
    if (mt := APPOSITION.match(after)) and mt.group(1).split()[-1].lower() in _words(
        "org_head", "body_word"
    ):
        out["ORG"] += STRONG
    if FOR_SIDE.search(before):
        out["ORG"] += WEAK  # "won the Japanese Grand Prix for McLaren"
    if (mt := STAFF_OF.search(before)) and mt.group(1).lower() in _words("firm_role"):
        out["ORG"] += WEAK  # "Analyst Alexa Morgan of Bernstein"
    role = (mt := ROLE_PERSON.match(after)) and person_noun(mt.group(1))
    if IN_STATEMENT.match(after) or OWNS_PERSON.match(after) or role or ACCORDING.search(before):
        out["ORG"] += WEAK
    return out
