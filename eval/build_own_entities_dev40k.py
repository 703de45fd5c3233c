"""Write eval/own-entities-dev40k.jsonl and its check file (FORMAT.md): organisations whose English
Wikipedia title is their name with a bracketed kind ("Mapei (cycling team)", "Morena (political
party)", "Emirates (airline)", "Vale (company)", "Dawn (newspaper)", "Unison (trade union)"),
named in copy by the bare name; they take the title where the document shows the kind (cycling
copy of the team's years, election news, flights and passengers). Must stay: the same words as
places ("Emirates" as the region, "Morena" as the Mexican town, "Halifax" as the town), people,
a bank's own name in finance copy ("Rabobank"), names the tables already title, and bare names in
documents without the kind's evidence.

Session 40 (kinds40, issue 13 entity names): short wire stories written for briefx by hand and
annotated by ANNOTATION.md ("Entities") before briefx was run on them; the organisations are
real, the people (but for well-known riders and leaders), events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_entities_dev40k.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = "written for briefx by hand (kinds40 helper, session 40); CC0"

CASES: list[Case] = [
    (
        "own-dev40k-tour-stage",
        "1996-07-12",
        (
            "CYCLING - [[ZABEL|PERSON|Erik Zabel]] WINS SPRINT IN [[GAP|GPE|Gap]].\n"
            "[[GAP|GPE|Gap]], [[France|GPE]] 1996-07-12\n"
            "[[Germany|GPE]]'s [[Erik Zabel|PERSON]] of [[Telekom|ORG|Team Telekom]] won the 13th stage of the "
            "[[Tour de France|EVENT]] on Friday, beating [[Fabio Baldato|PERSON]] of [[MG|ORG|MG Maglificio]] in a "
            "sprint. [[Bjarne Riis|PERSON]] kept the yellow jersey. [[Mapei|ORG|Mapei (cycling team)]] rider "
            "[[Tony Rominger|PERSON]] finished in the peloton, and [[Festina|ORG|Festina (cycling team)]] "
            "lost [[Richard Virenque|PERSON]] time on the descent.\n"
        ),
    ),
    (
        "own-dev40k-vuelta-results",
        "1996-09-10",
        (
            "CYCLING - TOUR OF [[SPAIN|GPE|Spain]] FIFTH STAGE RESULTS.\n"
            "[[SALAMANCA|GPE|Salamanca]], [[Spain|GPE]] 1996-09-10\n"
            "Leading results of the fifth stage of the [[Tour of Spain|EVENT|Vuelta a España]] over 177 km:\n"
            "1. [[Laurent Jalabert|PERSON]] ([[France|GPE]]) [[ONCE|ORG|ONCE (cycling team)]] 4 hours 21 minutes\n"
            "2. [[Tony Rominger|PERSON]] ([[Switzerland|GPE]]) [[Mapei|ORG|Mapei (cycling team)]] same time\n"
            "3. [[Alex Zülle|PERSON]] ([[Switzerland|GPE]]) [[ONCE|ORG|ONCE (cycling team)]] 12 seconds behind\n"
            "4. [[Marco Saligari|PERSON]] ([[Italy|GPE]]) [[Polti|ORG|Polti (cycling team)]] same time\n"
            "Overall standings: 1. [[Jalabert|PERSON|Laurent Jalabert]] 2. [[Zülle|PERSON|Alex Zülle]]\n"
        ),
    ),
    (
        "own-dev40k-rabobank-team",
        "1996-08-20",
        (
            "CYCLING - [[DUTCH|NORP|Dutch]] RIDER TAKES STAGE.\n"
            "[[AMSTERDAM|GPE|Amsterdam]] 1996-08-20\n"
            "[[Dutchman|NORP|Dutch]] [[Erik Dekker|PERSON]] of [[Rabobank|ORG|Rabobank (cycling team)]] won the "
            "third stage of the [[Tour of the Netherlands|EVENT|Tour of the Netherlands]] on Tuesday after a "
            "40-km breakaway. [[TVM|ORG|TVM (cycling team)]] rider [[Jesper Skibby|PERSON]] was second and "
            "kept the leader's jersey.\n"
        ),
    ),
    (
        "own-dev40k-rabobank-bank",
        "2026-03-18",
        (
            "[[AMSTERDAM|GPE|Amsterdam]], March 18 - [[Rabobank|ORG]] said on Wednesday its net profit rose 9 "
            "percent to 3.2 billion euros as higher interest rates lifted lending margins. The [[Dutch|NORP]] "
            "lender, which finances most of the country's farmers, set aside less for bad loans.\n"
        ),
    ),
    (
        "own-dev40k-mexico-morena",
        "2026-06-02",
        (
            "[[MEXICO CITY|GPE|Mexico City]], June 2 - [[Morena|ORG|Morena (political party)]] won 24 of the 31 "
            "state congresses in Sunday's election, the electoral institute said. The ruling party and its allies "
            "will keep a two-thirds majority of the seats in the lower house, and [[Claudia Sheinbaum|PERSON]] "
            "said the vote backed her reforms.\n"
        ),
    ),
    (
        "own-dev40k-morena-town",
        "2026-05-14",
        (
            "[[BHOPAL|GPE|Bhopal]], May 14 - Police in [[Morena|GPE]], a town in [[Madhya Pradesh|GPE]], arrested "
            "six men over illegal sand mining on the [[Chambal|LOC|Chambal River]] on Thursday. The district "
            "collector said 40 tractors had been seized since April.\n"
        ),
    ),
    (
        "own-dev40k-spain-vox",
        "2026-02-09",
        (
            "[[MADRID|GPE|Madrid]], Feb 9 - [[Vox|ORG|Vox (political party)]] doubled its seats in the regional "
            "parliament of [[Aragon|GPE]] in Sunday's election, and [[Podemos|ORG|Podemos (Spanish political "
            "party)]] lost all of its own. [[Santiago Abascal|PERSON]] said the far-right party would demand "
            "places in the regional government from the [[People's Party|ORG|People's Party (Spain)]].\n"
        ),
    ),
    (
        "own-dev40k-portugal-chega",
        "2026-01-19",
        (
            "[[LISBON|GPE|Lisbon]], Jan 19 - [[André Ventura|PERSON]] of [[Chega|ORG|Chega (political party)]] "
            "came second in the first round of [[Portugal|GPE]]'s presidential election on Sunday. His party "
            "won 22 percent of the vote, ahead of the [[Socialist Party|ORG|Socialist Party (Portugal)]] "
            "candidate.\n"
        ),
    ),
    (
        "own-dev40k-emirates-airline",
        "2026-05-07",
        (
            "[[DUBAI|GPE|Dubai]], May 7 - [[Emirates|ORG|Emirates (airline)]] posted a record annual profit of "
            "$5.2 billion on Thursday as passengers filled its flights, and said it would take delivery of 30 "
            "[[Airbus|ORG]] jets next year. The airline carried 53 million passengers.\n"
        ),
    ),
    (
        "own-dev40k-emirates-region",
        "2026-04-02",
        (
            "[[ABU DHABI|GPE|Abu Dhabi]], April 2 - Heavy rain flooded roads across the northern [[Emirates|GPE|"
            "United Arab Emirates]] on Thursday, and schools in [[Ras Al Khaimah|GPE]] and [[Fujairah|GPE]] "
            "closed for two days.\n"
        ),
    ),
    (
        "own-dev40k-ispace",
        "2026-09-15",
        (
            "[[TOKYO|GPE|Tokyo]], Sept 15 - [[ispace|ORG|ispace (company)]] said on Tuesday its third lunar lander "
            "would launch next year on a [[SpaceX|ORG]] rocket. The [[Tokyo|GPE]]-based company lost its second "
            "lander in June when it hit the [[Moon|LOC]]'s surface.\n"
        ),
    ),
    (
        "own-dev40k-vale",
        "2026-07-29",
        (
            "[[RIO DE JANEIRO|GPE|Rio de Janeiro]], July 29 - [[Vale|ORG|Vale (company)]] said iron ore output "
            "rose 4 percent in the second quarter, and the miner kept its target of 330 million tonnes for the "
            "year. Shares of the company rose 2 percent in [[Sao Paulo|GPE|São Paulo]].\n"
        ),
    ),
    (
        "own-dev40k-uk-unions",
        "2026-10-06",
        (
            "[[LONDON|GPE|London]], Oct 6 - Members of [[Unison|ORG|Unison (trade union)]] and the "
            "[[GMB|ORG|GMB (trade union)]] voted to strike over pay at 40 hospitals, the unions said on Tuesday. "
            "The union's general secretary said the walkout would start on Oct 20.\n"
        ),
    ),
    (
        "own-dev40k-band-tour",
        "2026-08-24",
        (
            "[[MANCHESTER|GPE|Manchester]], Aug 24 - [[Oasis|ORG|Oasis (band)]] added two concerts to their "
            "reunion tour on Monday after 400,000 fans queued for tickets. The band's guitarist "
            "[[Noel Gallagher|PERSON]] said the new album would follow next year.\n"
        ),
    ),
    (
        "own-dev40k-halifax-town",
        "2026-03-04",
        (
            "[[HALIFAX|GPE|Halifax, Nova Scotia]], [[Nova Scotia|GPE]], March 4 - A winter storm dropped 40 cm of snow on "
            "[[Halifax|GPE|Halifax, Nova Scotia]] on Wednesday, closing schools and the port.\n"
        ),
    ),
    (
        "own-dev40k-amazon-company",
        "2026-11-03",
        (
            "[[SEATTLE|GPE|Seattle]], Nov 3 - [[Amazon|ORG|Amazon (company)]] said on Tuesday it would cut 14,000 "
            "corporate jobs, the company's biggest round of layoffs since 2023, as it spends more on data "
            "centres for AI.\n"
        ),
    ),
]

CHECK: list[Case] = [
    (
        "own-dev40k-c-giro",
        "1996-06-01",
        (
            "CYCLING - [[OLANO|PERSON|Abraham Olano]] KEEPS PINK JERSEY.\n"
            "[[MILAN|GPE|Milan]] 1996-06-01\n"
            "[[Abraham Olano|PERSON]] of [[Mapei|ORG|Mapei (cycling team)]] kept the leader's pink jersey in the "
            "[[Giro d'Italia|EVENT]] on Saturday after the 20th stage, a mountain time trial won by "
            "[[Pavel Tonkov|PERSON]]. [[Saeco|ORG|Saeco (cycling team)]] sprinter [[Mario Cipollini|PERSON]] "
            "abandoned the race, and [[Motorola|ORG|Motorola (cycling team)]] finished with four riders.\n"
        ),
    ),
    (
        "own-dev40k-c-gan",
        "1996-07-03",
        (
            "CYCLING - [[BOARDMAN|PERSON|Chris Boardman]] SECOND IN PROLOGUE.\n"
            "[['S-HERTOGENBOSCH|GPE|'s-Hertogenbosch]] 1996-07-03\n"
            "[[Britain|GPE|United Kingdom]]'s [[Chris Boardman|PERSON]] of [[GAN|ORG|Crédit Agricole (cycling "
            "team)]] was second in the prologue time trial of the [[Tour de France|EVENT]], two seconds behind "
            "[[Alex Zülle|PERSON]] of [[ONCE|ORG|ONCE (cycling team)]]. The stage was run in rain.\n"
        ),
    ),
    (
        "own-dev40k-c-motorola-phones",
        "1996-08-14",
        (
            "[[SCHAUMBURG|GPE|Schaumburg]], [[Illinois|GPE]] 1996-08-14\n"
            "[[Motorola|ORG|Motorola]] said on Wednesday it would cut 2,000 jobs in its semiconductor unit as "
            "demand for memory chips fell. The company's shares fell 3 percent.\n"
        ),
    ),
    (
        "own-dev40k-c-south-africa-mk",
        "2026-04-28",
        (
            "[[DURBAN|GPE|Durban]], April 28 - [[Jacob Zuma|PERSON]]'s [[uMkhonto weSizwe|ORG|uMkhonto weSizwe "
            "(political party)]] won the by-election in [[KwaZulu-Natal|GPE]] on Wednesday, taking the seat from "
            "the [[Inkatha Freedom Party|ORG]]. The party said it would contest every ward in the local "
            "elections.\n"
        ),
    ),
    (
        "own-dev40k-c-iceland-play",
        "2026-02-17",
        (
            "[[REYKJAVIK|GPE|Reykjavík]], Feb 17 - [[Play|ORG|Play (airline)]] said it carried 1.6 million "
            "passengers last year and would add flights to [[Lisbon|GPE]] and [[Berlin|GPE]] in the summer. "
            "The low-cost airline's load factor rose to 85 percent.\n"
        ),
    ),
    (
        "own-dev40k-c-ukraine-party",
        "2026-10-12",
        (
            "[[KYIV|GPE|Kyiv]], Oct 12 - [[Servant of the People|ORG|Servant of the People (political party)]] "
            "lost its majority in parliament on Monday when 12 deputies left the party's faction. "
            "[[Volodymyr Zelenskyy|PERSON]] said the coalition would hold.\n"
        ),
    ),
    (
        "own-dev40k-c-boots",
        "2026-06-23",
        (
            "[[NOTTINGHAM|GPE|Nottingham]], June 23 - [[Boots|ORG|Boots (company)]] said it would close 200 of "
            "its pharmacies in the next year, and the retailer's owner [[Walgreens|ORG|Walgreens Boots "
            "Alliance]] said sales in its stores fell 2 percent.\n"
        ),
    ),
    (
        "own-dev40k-c-dawn",
        "2026-09-03",
        (
            "[[KARACHI|GPE|Karachi]], Sept 3 - [[Pakistan|GPE]]'s finance ministry will cut petrol prices by "
            "five rupees a litre, the newspaper [[Dawn|ORG|Dawn (newspaper)]] reported on Thursday, citing two "
            "officials.\n"
        ),
    ),
]


def main() -> None:
    build_sets(
        HERE / "own-entities-dev40k.jsonl",
        HERE / "own-entities-dev40k-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )


if __name__ == "__main__":
    main()
