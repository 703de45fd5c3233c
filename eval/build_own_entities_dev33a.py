"""Write eval/own-entities-dev33a.jsonl and eval/own-entities-dev33a-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for names the text writes without their
diacritics (issue 13, session 33, accents20).

The families (ANNOTATION.md "Entities": ``name`` is the full canonical name, as English Wikipedia
titles it, diacritics kept):
- wire results (tennis, football, skiing, cycling, athletics) naming European and Latin American
  players in plain ASCII ("Tomas Dvorak" -> "Tomáš Dvořák"), full name and surname alone;
- political wire items and releases naming officials the same way;
- names the text writes with their marks (they stay as written) and plain names that are names
  as written ("Julia Moser", "Martin Keller");
- places in the Middle East and Central Asia written in their English form ("Rafah", "Aleppo",
  "Samarkand"): the name is the English title, with no transliteration marks.
Written for briefx by hand (session 33): real places and clubs, invented people. The people's
canonical spellings are those their nations write (a Czech "Tomáš Dvořák", a Slovene "Jure
Kovačič"), decided while writing, before briefx or its tables were run on any of them. Marks:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases go to the check file:
scored only once, at the end of a session. Run from the project root:
``python eval/build_own_entities_dev33a.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev33a.jsonl"
OUT_CHECK = HERE / "own-entities-dev33a-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 33a, issue 13 names without their diacritics); sports "
    "and political wire copy, press releases; real places and clubs, invented people; MIT."
)

CASES = [
    (
        "own-ent33a-01",
        "2026-05-28",
        "[[PARIS|GPE|Paris]], May 28 ([[Reuters|ORG]]) - [[Tomas Dvorak|PERSON|Tomáš Dvořák]] "
        "of the [[Czech Republic|GPE]] beat [[Spain|GPE]]'s [[Alvaro Ibanez|PERSON|Álvaro "
        "Ibáñez]] 6-4 7-5 in the second round on Wednesday. [[Dvorak|PERSON|Tomáš Dvořák]] will "
        "next play [[Jiri Sebek|PERSON|Jiří Šebek]].\n",
    ),
    (
        "own-ent33a-02",
        "2026-03-15",
        "[[Krzysztof Wlodarczyk|PERSON|Krzysztof Włodarczyk]] scored twice as [[Legia Warsaw|"
        "ORG]] beat [[Lech Poznan|ORG|Lech Poznań]] 3-1 on Sunday. Goalkeeper [[Lukasz "
        "Sliwinski|PERSON|Łukasz Śliwiński]] saved a penalty in the first half.\n",
    ),
    (
        "own-ent33a-03",
        "2026-01-10",
        "[[Zuzana Hlinkova|PERSON|Zuzana Hlinková]] of [[Slovakia|GPE]] won the giant slalom "
        "on Saturday, ahead of [[Slovenia|GPE]]'s [[Ana Bucar|PERSON|Ana Bučar]] and "
        "[[Austria|GPE]]'s [[Julia Moser|PERSON]]. [[Hlinkova|PERSON|Zuzana Hlinková]] now "
        "leads the standings.\n",
    ),
    (
        "own-ent33a-04",
        "2026-07-09",
        "[[Slovenian|NORP]] [[Jure Kovacic|PERSON|Jure Kovačič]] won the stage after a late "
        "attack, with [[Colombia|GPE]]'s [[Sebastian Munoz|PERSON|Sebastián Muñoz]] second "
        "and [[Spain|GPE]]'s [[Ivan Garcia|PERSON|Iván García]] third.\n",
    ),
    (
        "own-ent33a-05",
        "2026-08-22",
        "[[Romania|GPE]]'s [[Andreea Stanescu|PERSON|Andreea Stănescu]] won the women's "
        "steeplechase on Friday. [[Hungarian|NORP]] [[Eszter Szabo|PERSON|Eszter Szabó]] was "
        "second and [[Stanescu|PERSON|Andreea Stănescu]]'s team-mate [[Ioana Popa|PERSON]] "
        "fourth.\n",
    ),
    (
        "own-ent33a-06",
        "2026-10-06",
        "[[PRAGUE|GPE|Prague]], Oct 6 - [[Czech|NORP]] Finance Minister [[Zdenek Kralicek|"
        "PERSON|Zdeněk Králíček]] said on Tuesday the government would cut the deficit next "
        "year. [[Kralicek|PERSON|Zdeněk Králíček]] said spending on defence would rise.\n",
    ),
    (
        "own-ent33a-07",
        "2026-04-14",
        "[[ANKARA|GPE|Ankara]], April 14 - [[Turkish|NORP]] opposition lawmaker [[Mehmet "
        "Ozturk|PERSON|Mehmet Öztürk]] said the central bank should cut rates. [[Ozturk|"
        "PERSON|Mehmet Öztürk]] spoke at a rally.\n",
    ),
    (
        "own-ent33a-08",
        "2026-06-02",
        "[[Poland|GPE]]'s Deputy Foreign Minister [[Grzegorz Zielinski|PERSON|Grzegorz "
        "Zieliński]] met his [[Lithuanian|NORP]] counterpart in [[Vilnius|GPE]] on Monday, "
        "the ministry said.\n",
    ),
    (
        "own-ent33a-09",
        "2026-03-04",
        "[[JERUSALEM|GPE|Jerusalem]], March 4 - [[Israeli|NORP]] strikes on [[Rafah|GPE]] and "
        "[[Deir al-Balah|GPE]] killed at least 20 people, health officials said.\n",
    ),
    (
        "own-ent33a-10",
        "2026-02-11",
        "Rebels entered [[Aleppo|GPE]] and [[Hama|GPE]] on Tuesday, residents said. Heavy "
        "fighting was reported near [[Idlib|GPE]].\n",
    ),
    (
        "own-ent33a-11",
        "2026-11-19",
        "[[Uzbekistan|GPE]] will open a new rail line between [[Samarkand|GPE]] and "
        "[[Bukhara|GPE]] next year, the transport ministry said.\n",
    ),
    (
        "own-ent33a-12",
        "2026-09-28",
        "[[Brazilian|NORP]] forward [[Joao Guimaraes|PERSON|João Guimarães]] scored twice as "
        "[[Flamengo|ORG|CR Flamengo]] beat [[Santos|ORG|Santos FC]] 2-0. [[Guimaraes|PERSON|"
        "João Guimarães]] has 14 goals this season.\n",
    ),
    (
        "own-ent33a-13",
        "2026-05-06",
        "[[Bartłomiej Wróbel|PERSON]] of [[Poland|GPE]] beat [[Tomas Benes|PERSON|Tomáš "
        "Beneš]] in straight sets. [[Wróbel|PERSON|Bartłomiej Wróbel]] had lost their last "
        "two meetings.\n",
    ),
    (
        "own-ent33a-14",
        "2026-12-01",
        "[[Croatian|NORP]] defender [[Domagoj Juricic|PERSON|Domagoj Juričić]] signed a new "
        "contract with [[Dinamo Zagreb|ORG|GNK Dinamo Zagreb]] on Tuesday. [[Juricic|PERSON|"
        "Domagoj Juričić]], 24, joined the club at 12.\n",
    ),
    (
        "own-ent33a-15",
        "2026-02-20",
        "[[Martin Keller|PERSON]] of [[Germany|GPE]] won the sprint, ahead of [[Norway|GPE]]'s "
        "[[Havard Ostli|PERSON|Håvard Østli]] and [[Sweden|GPE]]'s [[Jonas Lindstrom|PERSON|"
        "Jonas Lindström]].\n",
    ),
    (
        "own-ent33a-16",
        "2026-07-30",
        "[[Mexico|GPE]]'s Finance Minister [[Rogelio Ramirez|PERSON|Rogelio Ramírez]] said on "
        "Thursday that growth would slow to 1 percent. [[Ramirez|PERSON|Rogelio Ramírez]] spoke "
        "in [[Monterrey|GPE]].\n",
    ),
    (
        "own-ent33a-17",
        "2026-06-25",
        "[[Czech|NORP]] javelin thrower [[Vitezslav Sebesta|PERSON|Vítězslav Šebesta]] won "
        "with a throw of 86.40 metres. [[Latvia|GPE]]'s [[Gatis Kalnins|PERSON|Gatis Kalniņš]] "
        "was second.\n",
    ),
    (
        "own-ent33a-18",
        "2026-10-15",
        "[[Kabul|GPE]] and [[Herat|GPE]] were hit by power cuts on Wednesday after a line from "
        "[[Uzbekistan|GPE]] failed, [[Afghan|NORP]] officials said.\n",
    ),
    (
        "own-ent33a-19",
        "2026-09-02",
        "[[Vietnamese|NORP]] Deputy Prime Minister [[Tran Van Duc|PERSON|Trần Văn Đức]] met "
        "[[Japanese|NORP]] investors in [[Hanoi|GPE]] on Tuesday.\n",
    ),
    (
        "own-ent33a-20",
        "2026-04-03",
        "[[Hungarian|NORP]] Foreign Minister [[Gabor Nemeth|PERSON|Gábor Németh]] said "
        "[[Budapest|GPE]] would not block the package. [[Nemeth|PERSON|Gábor Németh]] spoke "
        "after talks in [[Brussels|GPE]].\n",
    ),
    (
        "own-ent33a-21",
        "2026-08-11",
        "[[Portugal|GPE]]'s [[Goncalo Araujo|PERSON|Gonçalo Araújo]] won the 1,500 metres in "
        "3:33.10, ahead of [[Kenya|GPE]]'s [[Daniel Kiprop|PERSON]].\n",
    ),
    (
        "own-ent33a-22",
        "2026-11-08",
        "Shelling hit [[Khan Younis|GPE|Khan Yunis]] overnight, and aid trucks were held at "
        "the [[Kerem Shalom|FAC|Kerem Shalom crossing]] crossing, the [[United Nations|ORG]] "
        "said.\n",
    ),
]

CHECK = [
    (
        "own-ent33a-c1",
        "2026-06-03",
        "[[Petr Ruzicka|PERSON|Petr Růžička]] beat [[Argentina|GPE]]'s [[Nicolas Pelaez|PERSON|"
        "Nicolás Peláez]] 7-6 6-3 on Tuesday. [[Ruzicka|PERSON|Petr Růžička]] next faces the "
        "top seed.\n",
    ),
    (
        "own-ent33a-c2",
        "2026-01-24",
        "[[Slovak|NORP]] skier [[Lucia Kovacova|PERSON|Lucia Kováčová]] won the slalom on "
        "Sunday. [[Kovacova|PERSON|Lucia Kováčová]] finished 0.31 seconds ahead of [[Italy|"
        "GPE]]'s [[Sofia Ricci|PERSON]].\n",
    ),
    (
        "own-ent33a-c3",
        "2026-09-14",
        "[[Polish|NORP]] striker [[Mateusz Wisniewski|PERSON|Mateusz Wiśniewski]] scored a "
        "late winner for [[Wisla Krakow|ORG|Wisła Kraków]] on Saturday.\n",
    ),
    (
        "own-ent33a-c4",
        "2026-05-19",
        "[[Romanian|NORP]] Prime Minister [[Mihai Dragomirescu|PERSON]] said on Monday that "
        "[[Bucharest|GPE]] would raise the minimum wage. Labour Minister [[Ionut Stefanescu|"
        "PERSON|Ionuț Ștefănescu]] said the rise would take effect in July.\n",
    ),
    (
        "own-ent33a-c5",
        "2026-03-27",
        "Strikes hit [[Rafah|GPE]] and [[Jabalia|GPE]] on Thursday, residents said. The "
        "[[World Health Organization|ORG]] said two hospitals had closed.\n",
    ),
    (
        "own-ent33a-c6",
        "2026-10-21",
        "[[Kazakhstan|GPE]] will build a road from [[Shymkent|GPE]] to [[Tashkent|GPE]], the "
        "government said on Wednesday.\n",
    ),
    (
        "own-ent33a-c7",
        "2026-07-16",
        "[[Colombian|NORP]] rider [[Andres Cardenas|PERSON|Andrés Cárdenas]] took the "
        "leader's jersey on Wednesday. [[Cardenas|PERSON|Andrés Cárdenas]] attacked on the "
        "last climb.\n",
    ),
    (
        "own-ent33a-c8",
        "2026-02-05",
        "[[Serbian|NORP]] Interior Minister [[Dragan Petrovic|PERSON|Dragan Petrović]] said "
        "police had arrested 12 people. [[Petrovic|PERSON|Dragan Petrović]] gave no names.\n",
    ),
    (
        "own-ent33a-c9",
        "2026-08-29",
        "[[Icelandic|NORP]] swimmer [[Sigrún Jónsdóttir|PERSON]] set a national record in "
        "the 200 metres. [[Jónsdóttir|PERSON|Sigrún Jónsdóttir]] finished fifth in the final.\n",
    ),
    (
        "own-ent33a-c10",
        "2026-12-10",
        "[[Turkish|NORP]] midfielder [[Emre Kilic|PERSON|Emre Kılıç]] joined [[Fenerbahce|ORG|"
        "Fenerbahçe S.K.]] on a three-year deal. [[Kilic|PERSON|Emre Kılıç]], 27, cost 9 "
        "million euros.\n",
    ),
    (
        "own-ent33a-c11",
        "2026-04-22",
        "[[Czech|NORP]] President [[Vaclav Hruska|PERSON|Václav Hruška]] met [[Slovak|NORP]] "
        "officials in [[Bratislava|GPE]] on Tuesday.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
