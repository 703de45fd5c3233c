"""Write eval/own-entities-dev36f.jsonl and eval/own-entities-dev36f-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for names in other languages (issue 13
items 2 and 5, session 36, foreign23).

The families (ANNOTATION.md "Entities": titles and ranks stay outside a PERSON span):
- styles, honorifics and ranks of other languages before a person's name (Indian "Shri",
  "Smt.", Malay "Datuk", "Tan Sri", "Dato'", Arabic "Sheikh", West African "Alhaji", Thai
  "Khun", Indonesian "Bapak", diplomatic "H.E." and "His Excellency", sumo ranks), beside
  English titles that already stay outside;
- names whose words are joined by a lower-case connector of another language ("für", "de la",
  "des", "voor", "dan", "bin", "da"), one span and one name where both sides are capitalised
  name words; beside lower-case English words that join two names ("and", "of the" between two
  bodies) and must stay apart;
- acronyms defined by "Long Name (ACR)" in another language, by "known as ACR" or "ACR (Long
  Name)", whose later uses take the long name; beside parentheses that define nothing
  (tickers, country codes).
Written for briefx by hand (session 36, foreign23); real bodies and places, invented people,
events and figures. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before
briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK
cases go to the check file: scored only once, at the end of a session. Run from the project
root: ``python eval/build_own_entities_dev36f.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev36f.jsonl"
OUT_CHECK = HERE / "own-entities-dev36f-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 36f, issue 13 items 2 and 5); styles of other "
    "languages, names joined by foreign connectors, acronyms of foreign names; real bodies and "
    "places, invented people, events and figures; MIT."
)

GIZ = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
IBGE = "Instituto Brasileiro de Geografia e Estatística"

CASES = [
    (
        "own-ent36f-01",
        "2026-11-12",
        "Shri [[Rakesh Mehrotra|PERSON]], the district collector, opened the new water plant "
        "in [[Nagpur|GPE]] on Thursday. Smt. [[Kavita Deshpande|PERSON]] chaired the meeting.\n",
    ),
    (
        "own-ent36f-02",
        "2026-10-03",
        "Datuk Seri [[Hamzah Razali|PERSON]] told reporters in [[Kuala Lumpur|GPE]] that the "
        "budget would add 4,000 teaching posts. Tan Sri [[Mokhtar Yusof|PERSON]] welcomed the "
        "plan.\n",
    ),
    (
        "own-ent36f-03",
        "2026-09-18",
        "H.E. [[Amara Conteh|PERSON]], the ambassador of [[Sierra Leone|GPE]], presented her "
        "credentials on Monday. His Excellency [[Tomas Varga|PERSON]] also attended.\n",
    ),
    (
        "own-ent36f-04",
        "2026-07-22",
        "Alhaji [[Musa Danladi|PERSON]], chairman of the traders' union in [[Kano|GPE]], said "
        "prices of grain had doubled since March.\n",
    ),
    (
        "own-ent36f-05",
        "2026-01-25",
        "Ozeki [[Kirinoumi|PERSON]] beat Yokozuna [[Hoshitakayama|PERSON]] on the final day "
        "of the tournament in [[Tokyo|GPE]].\n",
    ),
    (
        "own-ent36f-06",
        "2026-05-14",
        "Sheikh [[Hamad Al Mansoori|PERSON]] inaugurated the solar park outside "
        "[[Abu Dhabi|GPE]], while Khun [[Somchai Rattanakul|PERSON]] spoke for the Thai "
        "investors.\n",
    ),
    (
        "own-ent36f-07",
        "2026-03-09",
        "Minister [[Petra Lindqvist|PERSON]] and Ms [[Joanna Hale|PERSON]] met Dr. "
        "[[Oluwaseun Bakare|PERSON]] in [[Geneva|GPE]] to discuss vaccine supply.\n",
    ),
    (
        "own-ent36f-08",
        "2026-06-02",
        "The [[Deutsche Gesellschaft für Internationale Zusammenarbeit|ORG]], known as "
        f"[[GIZ|ORG|{GIZ}]], will fund 12 projects in [[Kenya|GPE]]. [[GIZ|ORG|{GIZ}]] said the "
        "first payments would be made in May.\n",
    ),
    (
        "own-ent36f-09",
        "2026-08-11",
        f"The [[{IBGE}|ORG]] ([[IBGE|ORG|{IBGE}]]) said inflation eased to 4.1% in July. "
        f"[[IBGE|ORG|{IBGE}]] will publish the full index next week.\n",
    ),
    (
        "own-ent36f-10",
        "2026-04-17",
        "The [[Caisse des Dépôts et Consignations|ORG]] will lend 300 million euros to towns "
        "in [[Brittany|GPE]], the [[Banco de la Nación Argentina|ORG]] said it would open two "
        "branches in [[Madrid|GPE]].\n",
    ),
    (
        "own-ent36f-11",
        "2026-02-20",
        "[[Hans van den Broek|PERSON]] of the [[Instituut voor Milieuvraagstukken|ORG]] said "
        "the dikes near [[Rotterdam|GPE]] needed 2 billion euros of work.\n",
    ),
    (
        "own-ent36f-12",
        "2026-10-29",
        "[[Kementerian Pendidikan dan Kebudayaan|ORG]] officials said 1,200 schools in "
        "[[Java|LOC]] would reopen on Monday.\n",
    ),
    (
        "own-ent36f-13",
        "2026-09-07",
        "[[Ricardo Mendes da Costa|PERSON]], a spokesman for [[Petrobras|ORG]], said output "
        "rose 3% in August. [[Mendes da Costa|PERSON|Ricardo Mendes da Costa]] declined to "
        "comment on prices.\n",
    ),
    (
        "own-ent36f-14",
        "2026-12-01",
        "[[Siemens|ORG]] and [[Bosch|ORG]] will build a battery plant near [[Dresden|GPE]], "
        "the companies said. [[Siemens|ORG]] shares (SIE.DE) rose 2%.\n",
    ),
    (
        "own-ent36f-15",
        "2026-11-03",
        "The [[Agence Nationale de l'Aviation Civile|ORG]] ([[ANAC|ORG|Agence Nationale de "
        "l'Aviation Civile]]) said traffic rose 8%. [[ANAC|ORG|Agence Nationale de l'Aviation "
        "Civile]] expects more flights from [[Dakar|GPE]].\n",
    ),
    (
        "own-ent36f-16",
        "2026-06-26",
        "Datuk [[Lim Wei Keong|PERSON]] of [[Penang|GPE]] and Dato' [[Aziz Harun|PERSON]] "
        "signed the port agreement on Friday.\n",
    ),
    (
        "own-ent36f-17",
        "2026-05-30",
        "[[Hispasat|ORG]] (HIS.MC) and the [[Instituto Nacional de Estadística|"
        "ORG]] ([[INE|ORG|Instituto Nacional de Estadística]]) signed a data deal; "
        "[[INE|ORG|Instituto Nacional de Estadística]] will pay 5 million euros.\n",
    ),
    (
        "own-ent36f-18",
        "2026-08-19",
        "[[Ahmed bin Khalid Al Nuaimi|PERSON]] led the delegation from [[Ajman|GPE]]. "
        "Professor [[Leila Haddad|PERSON]] of the [[University of Jordan|ORG]] joined them.\n",
    ),
    (
        "own-ent36f-19",
        "2026-03-28",
        "Bapak [[Joko Santoso|PERSON]], the regent of [[Sleman|GPE]], said rice harvests fell "
        "by a fifth. Ibu [[Sri Wahyuni|PERSON]] ran the survey.\n",
    ),
    (
        "own-ent36f-20",
        "2026-07-08",
        "[[Swisscom|ORG]] ([[SIX|ORG|SIX Swiss Exchange]]: SCMN) and a unit of [[Orange|ORG]] ([[FR|GPE|France]]) agreed "
        "to share masts in [[Geneva|GPE]] and [[Lausanne|GPE]].\n",
    ),
]

CHECK = [
    (
        "own-ent36f-c1",
        "2026-11-20",
        "Shri [[Anil Kumar Joshi|PERSON]] and Smt. [[Meena Iyer|PERSON]] laid the foundation "
        "stone of the hospital in [[Pune|GPE]] on Friday.\n",
    ),
    (
        "own-ent36f-c2",
        "2026-10-14",
        "Tan Sri [[Rahim Osman|PERSON]] chaired the board meeting, and Datuk Seri "
        "[[Faizal Ismail|PERSON]] said profits rose 12%.\n",
    ),
    (
        "own-ent36f-c3",
        "2026-09-02",
        "His Excellency [[Kwame Asante|PERSON]] and H.E. [[Liliana Moreno|PERSON]] signed the "
        "trade accord in [[Accra|GPE]].\n",
    ),
    (
        "own-ent36f-c4",
        "2026-04-06",
        "The [[Stiftung für Umwelt und Entwicklung|ORG]] will give 2 million euros to farmers in "
        "[[Bavaria|GPE]], said [[Karl-Heinz von der Heide|PERSON]], its director.\n",
    ),
    (
        "own-ent36f-c5",
        "2026-02-11",
        "The [[Organisation internationale de la Francophonie|ORG]] ([[OIF|ORG|Organisation "
        "internationale de la Francophonie]]) met in [[Kigali|GPE]]; [[OIF|ORG|Organisation "
        "internationale de la Francophonie]] members backed the plan.\n",
    ),
    (
        "own-ent36f-c6",
        "2026-06-15",
        "[[Banco de la República|ORG]], known as [[BanRep|ORG|Banco de la República]], held "
        "rates at 9%. [[BanRep|ORG|Banco de la República]] said inflation was easing in "
        "[[Colombia|GPE]].\n",
    ),
    (
        "own-ent36f-c7",
        "2026-07-30",
        "Alhaji [[Ibrahim Sule|PERSON]] and Chief [[Adebayo Okonkwo|PERSON]] opened the market "
        "in [[Lagos|GPE]].\n",
    ),
    (
        "own-ent36f-c8",
        "2026-08-24",
        "[[Maria Luísa dos Santos|PERSON]], mayor of [[Coimbra|GPE]], said the city would plant "
        "5,000 trees.\n",
    ),
    (
        "own-ent36f-c9",
        "2026-03-16",
        "[[Nestlé|ORG]] (NESN.S) and [[Unilever|ORG]] said costs rose in "
        "[[Brazil|GPE]] ([[BR|GPE|Brazil]]) and [[Mexico|GPE]].\n",
    ),
    (
        "own-ent36f-c10",
        "2026-12-04",
        "[[Bank Pembangunan dan Infrastruktur|ORG]] will lend 40 million dollars to ports in "
        "[[Sumatra|LOC]], Pak [[Budi Hartono|PERSON]] said.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
