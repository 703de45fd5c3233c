"""Write eval/own-entities-dev42t.jsonl and eval/own-entities-dev42t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for the TYPES of one-word and short
names that the sentence decides (issue 13, session 42, types42), outside sports results.

The families (ANNOTATION.md "Entities"): a country or a capital as an actor and as a place; a
firm named like a town or a fruit ("Zurich said", "Orange said"); a region that is a state
("Tigray", "Kurdistan Region") beside a land region ("the Sahel"); a facility named after a
place or a person ("Heathrow", "the Zaporizhzhia plant", "Catania airport", "O'Hare"); a
product or a vessel named like its maker ("the Fokker 100", "the tanker Eagle S", "the Dali");
a river or a mountain named like a country or a town ("the Niger burst its banks", "Etna",
"the Shannon", "the Rhine"); people's names that are also firms ("Michael Dell" beside "Dell").
2024-2025 wire copy and official releases, and 1996 Reuters-style wire copy.

Written for briefx by hand (session 42, types42); real places, bodies and some real public
figures, invented figures and quotes. Annotated by ``shared/eval/ANNOTATION.md`` inline while
writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. The CHECK cases are scored only at the start and once at the
end of the session. Run from the project root: ``python eval/build_own_entities_dev42t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = (
    "Written for briefx (entities dev set 42t, issue 13 types of short names by their "
    "sentence); 1996 wire copy and 2024-2025 news and releases; real places and bodies, "
    "invented figures and quotes; CC0."
)

CASES: list[Case] = [
    (
        "own-dev42t-niamey-floods",
        "2024-09-03",
        (
            "[[NIAMEY|GPE|Niamey]], Sept 3, 2024 ([[Reuters|ORG]]) - The [[Niger|LOC|Niger River]] "
            "burst its banks in [[Niamey|GPE]] on Tuesday, flooding hundreds of homes after weeks "
            "of heavy rain across the [[Sahel|LOC]]. The military government said 217 people had "
            "died in floods since June. [[Mali|GPE]] and [[Nigeria|GPE]] also reported deaths, and "
            "the [[World Food Programme|ORG]] said it would fly food to [[Tillaberi|GPE|Tillabéri]] "
            "and [[Maradi|GPE]].\n"
        ),
    ),
    (
        "own-dev42t-zurich-insurer",
        "2025-08-07",
        (
            "[[ZURICH|GPE|Zürich]], Aug 7, 2025 ([[Reuters|ORG]]) - [[Zurich|ORG|Zurich Insurance "
            "Group]] said on Thursday its business operating profit rose 13 percent to $4.3 billion "
            "in the first half, helped by strong growth in [[Latin America|LOC]]. Chief executive "
            "[[Mario Greco|PERSON]] said the insurer expected no further losses from the "
            "[[Los Angeles|GPE]] wildfires. Shares in [[Zurich|ORG|Zurich Insurance Group]] rose 2 "
            "percent in early trade, while [[Swiss Re|ORG]] fell 1 percent.\n"
        ),
    ),
    (
        "own-dev42t-heathrow-release",
        "2025-01-14",
        (
            "[[HEATHROW|FAC|Heathrow Airport]] WELCOMES RECORD 83.9 MILLION PASSENGERS\n"
            "[[LONDON|GPE|London]], 14 January 2025 - [[Heathrow|FAC|Heathrow Airport]] handled a "
            "record 83.9 million passengers in 2024, its operator said on Tuesday, as travellers "
            "flew more often to [[North America|LOC]] and the [[Middle East|LOC]]. [[Gatwick|FAC|"
            "Gatwick Airport]] had 43.2 million passengers and [[Stansted|FAC|London Stansted "
            "Airport]] 29.8 million. Chancellor [[Rachel Reeves|PERSON]] is expected to back a "
            "third runway at [[Heathrow|FAC|Heathrow Airport]] this month.\n"
        ),
    ),
    (
        "own-dev42t-zaporizhzhia-plant",
        "2025-05-20",
        (
            "[[KYIV|GPE|Kyiv]], May 20, 2025 - The [[International Atomic Energy Agency|ORG]] said "
            "on Tuesday the [[Zaporizhzhia|FAC|Zaporizhzhia Nuclear Power Plant]] plant had lost its "
            "last external power line for the ninth time since [[Russian|NORP]] forces seized it. "
            "Director General [[Rafael Grossi|PERSON]] said the six reactors near "
            "[[Enerhodar|GPE]] were in cold shutdown. Regional governor [[Ivan Fedorov|PERSON]] "
            "said drones had struck the city of [[Zaporizhzhia|GPE]] overnight.\n"
        ),
    ),
    (
        "own-dev42t-orange-results",
        "2025-02-13",
        (
            "[[PARIS|GPE|Paris]], Feb 13, 2025 - [[Orange|ORG|Orange S.A.]] said on Thursday its "
            "core profit rose 3 percent to 12.1 billion euros in 2024, helped by growth in "
            "[[Africa|LOC]] and the [[Middle East|LOC]]. Chief executive [[Christel "
            "Heydemann|PERSON]] said [[Orange|ORG|Orange S.A.]] would cut costs in [[Spain|GPE]] "
            "after its merger with [[MasMovil|ORG|MásMóvil]], and that [[Orange|ORG|Orange S.A.]] "
            "shares had lagged those of [[Deutsche Telekom|ORG]].\n"
        ),
    ),
    (
        "own-dev42t-shannon-floods",
        "2024-11-27",
        (
            "[[DUBLIN|GPE|Dublin]], Nov 27, 2024 - The [[Shannon|LOC|River Shannon]] rose to its "
            "highest level in a decade at [[Athlone|GPE]] on Wednesday after [[Storm Bert|EVENT]] "
            "dropped a month's rain on the west. The [[Boyne|LOC|River Boyne]] burst its banks near "
            "[[Navan|GPE]], and [[Met Eireann|ORG|Met Éireann]] kept an orange warning for "
            "[[Galway|GPE|County Galway]] and [[Mayo|GPE|County Mayo]].\n"
        ),
    ),
    (
        "own-dev42t-etna-catania",
        "2025-02-12",
        (
            "[[ROME|GPE|Rome]], Feb 12, 2025 - [[Etna|LOC|Mount Etna]] spewed lava and ash on "
            "Wednesday, forcing [[Catania|FAC|Catania–Fontanarossa Airport]] airport to close one "
            "of its sectors. The [[National Institute of Geophysics and Volcanology|ORG]] said ash "
            "had fallen on [[Zafferana Etnea|GPE]] and [[Acireale|GPE]], and flights were diverted "
            "to [[Palermo|GPE]]. [[Stromboli|LOC]] was also active.\n"
        ),
    ),
    (
        "own-dev42t-ghana-bonds",
        "2025-01-07",
        (
            "[[ACCRA|GPE|Accra]], Jan 7, 2025 - [[Ghana|GPE]] said on Tuesday it had completed the "
            "restructuring of $13 billion of its international bonds, as [[John Mahama|PERSON]] was "
            "sworn in as president. [[Accra|GPE]] still owes bilateral lenders led by "
            "[[China|GPE]] and [[France|GPE]], and the [[IMF|ORG|International Monetary Fund]] will "
            "review its programme in April. [[Zambia|GPE]] and [[Sri Lanka|GPE]] completed similar "
            "deals last year.\n"
        ),
    ),
    (
        "own-dev42t-dell-results",
        "2025-02-27",
        (
            "[[ROUND ROCK|GPE|Round Rock, Texas]], [[Texas|GPE]], Feb 27, 2025 - [[Dell|ORG|Dell "
            "Technologies]] forecast annual revenue above estimates on Thursday, saying orders for "
            "its AI servers from [[xAI|ORG]] and [[CoreWeave|ORG]] had doubled. Chairman "
            "[[Michael Dell|PERSON]] said supply of [[Nvidia|ORG]] chips had improved. [[Dell|ORG|"
            "Dell Technologies]] shares fell 4 percent after hours, while [[HP|ORG|HP Inc.]] "
            "slipped 1 percent.\n"
        ),
    ),
    (
        "own-dev42t-eagle-s-cable",
        "2024-12-27",
        (
            "[[HELSINKI|GPE|Helsinki]], Dec 27, 2024 - [[Finnish|NORP]] police said on Friday they "
            "had seized the tanker [[Eagle S|PRODUCT]], suspected of damaging the [[Estlink 2|FAC]] "
            "power cable between [[Finland|GPE]] and [[Estonia|GPE]] by dragging its anchor. "
            "[[Fingrid|ORG]] said repairs could take months. The [[Eagle S|PRODUCT]] sails under "
            "the flag of the [[Cook Islands|GPE]].\n"
        ),
    ),
    (
        "own-dev42t-fokker-1996",
        "1996-03-15",
        (
            "[[DUTCH|NORP|Dutch]] AIRCRAFT MAKER [[FOKKER|ORG|Fokker]] DECLARED BANKRUPT.\n"
            "[[AMSTERDAM|GPE|Amsterdam]] 1996-03-15\n"
            "[[Dutch|NORP]] aircraft maker [[Fokker|ORG]] was declared bankrupt on Friday after "
            "its parent [[Daimler-Benz Aerospace|ORG|DaimlerChrysler Aerospace]] refused to "
            "provide more funds. About 5,600 jobs are at risk at [[Fokker|ORG]] plants in "
            "[[Amsterdam|GPE]] and [[Woensdrecht|GPE]]. Airlines flying the [[Fokker 100|PRODUCT]] "
            "and the [[Fokker 50|PRODUCT]], among them [[KLM|ORG]] and [[USAir|ORG|US Airways]], "
            "said they expected spare parts to keep flowing. [[Samsung|ORG]] has said it may bid "
            "for the business.\n"
        ),
    ),
    (
        "own-dev42t-tigray-2025",
        "2025-03-12",
        (
            "[[ADDIS ABABA|GPE|Addis Ababa]], March 12, 2025 ([[Reuters|ORG]]) - Rival factions of "
            "the [[TPLF|ORG|Tigray People's Liberation Front]] clashed in [[Tigray|GPE|Tigray "
            "Region]] on Wednesday, and interim leader [[Getachew Reda|PERSON]] warned of a new "
            "war. [[Eritrea|GPE]] denied moving troops to the border. Fighting also continued in "
            "neighbouring [[Amhara|GPE|Amhara Region]], where [[Fano|ORG|Fano (militia)]] "
            "militiamen hold much of the countryside.\n"
        ),
    ),
    (
        "own-dev42t-goma-1996",
        "1996-11-02",
        (
            "[[GOMA|GPE|Goma]], [[Zaire|GPE]] 1996-11-02\n"
            "Rebels led by [[Laurent Kabila|PERSON|Laurent-Désiré Kabila]] took the eastern "
            "[[Zairean|NORP]] town of [[Goma|GPE]] on Saturday, aid workers said. [[Kinshasa|GPE]] "
            "accused [[Rwanda|GPE]] of sending troops across the border, and [[Kigali|GPE]] denied "
            "it. President [[Mobutu|PERSON|Mobutu Sese Seko]], who is recovering from surgery in "
            "[[Lausanne|GPE]], made no comment. Refugees fled north along the shore of "
            "[[Lake Kivu|LOC]].\n"
        ),
    ),
    (
        "own-dev42t-everest-season",
        "2025-05-30",
        (
            "[[KATHMANDU|GPE|Kathmandu]], May 30, 2025 - More than 500 climbers reached the summit "
            "of [[Everest|LOC|Mount Everest]] this spring, [[Nepal|GPE]]'s tourism department said "
            "on Friday. Flights between [[Kathmandu|GPE]] and [[Lukla|GPE]] were delayed by cloud "
            "for three days. On [[Makalu|LOC]], a [[Sherpa|NORP|Sherpa people]] guide died after "
            "a fall, and two climbers were rescued from [[Lhotse|LOC]].\n"
        ),
    ),
    (
        "own-dev42t-uk-grocers",
        "2025-01-09",
        (
            "[[LONDON|GPE|London]], Jan 9, 2025 - [[Tesco|ORG]] and [[Marks & Spencer|ORG]] "
            "reported strong Christmas sales on Thursday, while [[Next|ORG|Next plc]] raised its "
            "profit forecast for the fourth time. [[Sainsbury's|ORG]] said on Tuesday it would cut "
            "3,000 jobs, and [[Morrisons|ORG|Wm Morrison Supermarkets]] said its sales rose 1.5 "
            "percent. Shares in [[Next|ORG|Next plc]] rose 6 percent.\n"
        ),
    ),
    (
        "own-dev42t-congo-kinshasa",
        "2025-01-28",
        (
            "[[KINSHASA|GPE|Kinshasa]], Jan 28, 2025 ([[Reuters|ORG]]) - Protesters attacked the "
            "embassies of [[Rwanda|GPE]], [[France|GPE]] and [[Belgium|GPE]] in [[Kinshasa|GPE]] on "
            "Tuesday after [[M23|ORG|March 23 Movement]] rebels entered [[Goma|GPE]]. "
            "[[Congo|GPE|Democratic Republic of the Congo]] cut diplomatic ties with "
            "[[Kigali|GPE]] on Sunday. [[Kenya|GPE]] said President [[William Ruto|PERSON]] would "
            "host a summit of the [[East African Community|ORG]] on Wednesday.\n"
        ),
    ),
]

CHECK: list[Case] = [
    (
        "own-dev42t-check-rhine-1996",
        "1996-08-20",
        (
            "[[BONN|GPE|Bonn]] 1996-08-20\n"
            "Barge traffic on the [[Rhine|LOC]] was restricted at [[Kaub|GPE]] on Tuesday as the "
            "river fell to its lowest level this year, the water authority said. Shippers in "
            "[[Duisburg|GPE]] said barges could load only half their cargo. [[BASF|ORG]] said "
            "supplies to its [[Ludwigshafen|GPE]] works were not affected.\n"
        ),
    ),
    (
        "own-dev42t-check-ohare",
        "2024-12-24",
        (
            "[[CHICAGO|GPE|Chicago]], Dec 24, 2024 - [[United Airlines|ORG]] said on Tuesday "
            "flights at [[O'Hare|FAC|O'Hare International Airport]] were running normally after "
            "a technology fault grounded its planes for an hour. [[Southwest|ORG|Southwest "
            "Airlines]], the largest carrier at [[Midway|FAC|Midway International Airport]], was "
            "not affected. The [[Federal Aviation Administration|ORG]] lifted the ground stop at "
            "9 a.m.\n"
        ),
    ),
    (
        "own-dev42t-check-dali-baltimore",
        "2024-06-24",
        (
            "[[BALTIMORE|GPE|Baltimore]], June 24, 2024 - The container ship [[Dali|PRODUCT|MV "
            "Dali]] left [[Baltimore|GPE]] on Monday for [[Norfolk|GPE|Norfolk, Virginia]], "
            "nearly three months after it struck the [[Key Bridge|FAC|Francis Scott Key Bridge "
            "(Baltimore)]]. Its manager, [[Synergy Marine|ORG|Synergy Marine Group]], said the "
            "[[Dali|PRODUCT|MV Dali]] would be repaired in [[Virginia|GPE]]. Governor [[Wes "
            "Moore|PERSON]] said the bridge would be rebuilt by 2028.\n"
        ),
    ),
    (
        "own-dev42t-check-nokia-release",
        "2025-01-30",
        (
            "[[ESPOO|GPE|Espoo]], [[Finland|GPE]], 30 January 2025 - [[Nokia|ORG]] said on Thursday its "
            "fourth-quarter comparable operating profit rose 14 percent to 1.3 billion euros, as "
            "demand from [[India|GPE]] recovered. President and chief executive [[Pekka "
            "Lundmark|PERSON]] said [[Nokia|ORG]] would keep investing in optical networks after "
            "buying [[Infinera|ORG]].\n"
        ),
    ),
    (
        "own-dev42t-check-erbil-oil",
        "2025-09-27",
        (
            "[[ERBIL|GPE|Erbil]], [[Iraq|GPE]], Sept 27, 2025 - Oil exports from the [[Kurdistan "
            "Region|GPE]] through [[Turkey|GPE]] resumed on Saturday after a halt of two and a half "
            "years. [[Baghdad|GPE]] and [[Erbil|GPE]] agreed that the [[State Organization for "
            "Marketing of Oil|ORG]] would sell the crude from [[Ceyhan|GPE]].\n"
        ),
    ),
    (
        "own-dev42t-check-manaus-drought",
        "2024-10-04",
        (
            "[[MANAUS|GPE|Manaus]], [[Brazil|GPE]], Oct 4, 2024 - The [[Negro|LOC|Rio Negro (Amazon)]] fell "
            "to its lowest level on record at [[Manaus|GPE]] on Friday, the port said, as drought "
            "gripped the [[Amazon|LOC|Amazon rainforest]]. [[Brazil|GPE]]'s government said it "
            "would send water to villages along the [[Solimoes|LOC|Solimões River]].\n"
        ),
    ),
    (
        "own-dev42t-check-zaire-1996",
        "1996-11-05",
        (
            "[[KINSHASA|GPE|Kinshasa]] 1996-11-05\n"
            "[[Zaire|GPE]] said on Tuesday it would not negotiate with rebels who hold "
            "[[Bukavu|GPE]] and [[Goma|GPE]]. Prime Minister [[Kengo wa Dondo|PERSON]] said "
            "[[Uganda|GPE]] and [[Rwanda|GPE]] were behind the revolt. [[Mobutu|PERSON|Mobutu Sese "
            "Seko]] remained in [[Switzerland|GPE]].\n"
        ),
    ),
]


if __name__ == "__main__":
    build_sets(
        HERE / "own-entities-dev42t.jsonl",
        HERE / "own-entities-dev42t-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )
