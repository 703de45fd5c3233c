"""Write eval/own-entities-dev16t.jsonl and eval/own-entities-dev16t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ENTITY TYPES decided by the
document's layout or the name's form (issue 13, session 15).

The briefs are of kinds where the small model's type is often wrong but the layout says it:
- pipe tables and plain-text tables whose header names a column ("Company", "Country",
  "Port", "Club", "Airline", "Party", "Leader", "City", "Operator"): the cells of the column
  take the type the header says (ports named by their town are GPE, as dev13p marks them;
  clubs named like towns are ORG, as dev14t marks them);
- labelled fields in notices ("Issued by: X", "Contractor: X", "Location: X", "Venue: X",
  "Operator: X", "Contact: X"): the value takes the type the label says;
- photo credits and bylines ("Photo: Jane Roe/Reuters", "(Photo by X for Y)", "Photograph: X/
  AFP via Getty Images"): the person PERSON, the agency ORG;
- facilities named by a head word the model does not know (Refinery, Barrage, Locks,
  Interchange, Depot, Terminal, Viaduct, Sluice), and facilities after a possessive
  ("Heathrow's Terminal 5": both FAC);
- hospitals and universities that speak or announce (ORG), companies at a sentence's start
  before a reporting verb (ORG), bulleted lists of companies (ORG).
Cases that must stay: a company named after a place or a people ("Norwegian"), a country in a
company column's neighbour, a person in a "Leader" column, a table with no type header.
Written for briefx by hand (session 15, issue 13 types); real places, institutions and
companies, invented people, events, figures and quotations. Annotated by
``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
``entity_marks`` turns the marks into offsets and checks every span. The CHECK cases go to the
check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev16t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev16t.jsonl"
OUT_CHECK = HERE / "own-entities-dev16t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 16t, issue 13 types by layout and form); tables with "
    "typed header columns, labelled fields, photo credits and bylines, facility head words, "
    "possessive facilities, speaking institutions, bulleted company lists; real places, "
    "institutions and companies, invented people, events, figures and quotations; MIT."
)

CASES = [
    (
        "own-ent16t-01",
        "2025-07-24",
        "Box volumes at [[Europe|LOC]]'s main ports, first half of 2025\n"
        "[[ROTTERDAM|GPE|Rotterdam]], July 24 - Container traffic rose at four of the five "
        "largest ports in northern and southern [[Europe|LOC]], figures compiled by a trade "
        "group showed on Thursday.\n"
        "| Port | Country | Terminal operator | TEU (m) |\n"
        "|---|---|---|---|\n"
        "| [[Rotterdam|GPE]] | [[Netherlands|GPE]] | [[Hutchison Ports|ORG]] | 6.9 |\n"
        "| [[Antwerp|GPE]] | [[Belgium|GPE]] | [[PSA International|ORG]] | 6.3 |\n"
        "| [[Hamburg|GPE]] | [[Germany|GPE]] | [[HHLA|ORG|Hamburger Hafen und Logistik]] "
        "| 3.9 |\n"
        "| [[Valencia|GPE]] | [[Spain|GPE]] | [[Noatum|ORG]] | 2.7 |\n"
        "| [[Piraeus|GPE]] | [[Greece|GPE]] | [[Cosco|ORG|COSCO Shipping]] | 2.5 |\n"
        "Only [[Hamburg|GPE]] handled fewer boxes, as ships avoided the [[Red Sea|LOC]].\n",
    ),
    (
        "own-ent16t-02",
        "2025-08-03",
        "[[Eliteserien|ORG]] standings after round 20\n"
        "[[OSLO|GPE|Oslo]], Aug 3 - [[Bodø/Glimt|ORG|FK Bodø/Glimt]] stayed five points clear "
        "after a 2-0 win in [[Tromsø|GPE]] on Sunday.\n"
        "Club            P   W   D   L  Pts\n"
        "[[Bodø/Glimt|ORG|FK Bodø/Glimt]]      20  15   3   2   48\n"
        "[[Brann|ORG|SK Brann]]           20  13   4   3   43\n"
        "[[Molde|ORG|Molde FK]]           20  11   5   4   38\n"
        "[[Rosenborg|ORG|Rosenborg BK]]       20  10   4   6   34\n"
        "[[Viking|ORG|Viking FK]]          20   9   6   5   33\n"
        "[[Lillestrøm|ORG|Lillestrøm SK]]      20   8   5   7   29\n"
        "[[Molde|ORG|Molde FK]] host [[Viking|ORG|Viking FK]] next Saturday.\n",
    ),
    (
        "own-ent16t-03",
        "2025-10-15",
        "Low-cost carriers lead summer growth\n"
        "[[DUBLIN|GPE|Dublin]], Oct 15 - Passenger numbers for the summer season, as reported "
        "by the airlines:\n"
        "Airline | Home country | Passengers (m) | Change\n"
        "[[Ryanair|ORG]] | [[Ireland|GPE]] | 115.2 | +4%\n"
        "[[Wizz Air|ORG]] | [[Hungary|GPE]] | 38.1 | +9%\n"
        "[[easyJet|ORG]] | [[United Kingdom|GPE]] | 55.6 | +6%\n"
        "[[Norwegian|ORG|Norwegian Air Shuttle]] | [[Norway|GPE]] | 14.3 | +5%\n"
        "[[Vueling|ORG]] | [[Spain|GPE]] | 22.7 | +3%\n"
        "[[Jet2|ORG|Jet2.com]] | [[United Kingdom|GPE]] | 13.9 | +8%\n"
        "[[Ryanair|ORG]] said fares fell in the third quarter. [[Norwegian|ORG|Norwegian Air "
        "Shuttle]] said it would add routes from [[Bergen|GPE]].\n",
    ),
    (
        "own-ent16t-04",
        "2025-05-12",
        "CONTRACT AWARD NOTICE\n"
        "Issued by: [[Network Rail|ORG]]\n"
        "Contractor: [[Balfour Beatty|ORG]]\n"
        "Subcontractor: [[Kelvin Rail Services Ltd|ORG|Kelvin Rail Services]]\n"
        "Location: [[Preston|GPE]], [[Lancashire|GPE]]\n"
        "Site: [[Preston Station|FAC|Preston railway station]]\n"
        "Value: £84 million\n"
        "Contact: [[Harriet Quayle|PERSON]], commercial lead\n"
        "The work renews track and signals on the [[West Coast Main Line|FAC]] north of the "
        "station. [[Balfour Beatty|ORG]] will start in September.\n",
    ),
    (
        "own-ent16t-05",
        "2025-02-20",
        "Event notice: battery and grid storage summit\n"
        "Venue: [[Messe Düsseldorf|FAC]]\n"
        "Host city: [[Düsseldorf|GPE]]\n"
        "Organiser: [[Fraunhofer Society|ORG|Fraunhofer Society]]\n"
        "Sponsor: [[Northvolt|ORG]]\n"
        "Operator: [[Amprion|ORG]]\n"
        "Keynote: [[Sabine Kroll|PERSON]]\n"
        "Dates: 14-16 October 2025\n"
        "[[Sabine Kroll|PERSON]] will speak on grid links to [[Denmark|GPE]]. [[Amprion|ORG]] "
        "runs the converter station at [[Osterath|GPE]].\n",
    ),
    (
        "own-ent16t-06",
        "2025-04-09",
        "Flood waters recede in [[Porto Alegre|GPE]]\n"
        "By [[Marina Teixeira|PERSON]] and [[Kenji Arakawa|PERSON]]\n"
        "[[PORTO ALEGRE|GPE|Porto Alegre]], April 9 - The [[Guaíba|LOC|Guaíba Lake]] fell below "
        "four metres on Wednesday, and [[Salgado Filho International Airport|FAC]] reopened "
        "to cargo flights.\n"
        "Photo: [[Lucas Ferreira|PERSON]]/[[Reuters|ORG]]\n"
        "Residents clean a street in the north of the city. (Photo by [[Ana "
        "Beltrão|PERSON]] for [[Folha de S.Paulo|ORG]])\n"
        "Photograph: [[Tomás Ribeiro|PERSON]]/[[AFP|ORG|Agence France-Presse]] via [[Getty "
        "Images|ORG]]\n"
        "The [[Brazilian|NORP]] army said 2,000 soldiers remained in [[Rio Grande do "
        "Sul|GPE]].\n",
    ),
    (
        "own-ent16t-07",
        "2025-03-18",
        "Shutdowns across [[Europe|LOC]]'s fuel network\n"
        "[[LONDON|GPE|London]], March 18 - [[Shell|ORG|Shell plc]] halted a crude unit at the [[Pernis "
        "Refinery|FAC]] near [[Rotterdam|GPE]] on Tuesday, and [[Essar|ORG|Essar Oil UK]] "
        "said work at the [[Stanlow Refinery|FAC]] would run into April. Barges waited at the "
        "[[Kreekrak Locks|FAC]] on the [[Scheldt-Rhine Canal|FAC]], and fuel trains were held "
        "at the [[Kingsbury Depot|FAC]]. In [[India|GPE]], water "
        "released at the [[Farakka Barrage|FAC]] raised the [[Hooghly|LOC|Hooghly River]]. "
        "Tankers queued outside [[Kirkby Interchange|FAC]] after a lorry fire closed the "
        "[[M57|FAC|M57 motorway]].\n",
    ),
    (
        "own-ent16t-08",
        "2025-06-27",
        "Trial results from two centres\n"
        "[[STOCKHOLM|GPE|Stockholm]], June 27 - [[Karolinska Institutet|ORG]] said on Friday "
        "that a gene therapy had cleared a blood disorder in 18 of 20 patients. [[Great "
        "Ormond Street Hospital|ORG]] announced similar results in [[London|GPE]], and "
        "[[Imperial College London|ORG]] said it would start a larger trial in 2026. "
        "[[Vertex|ORG|Vertex Pharmaceuticals]] said it would supply the drug, and "
        "[[CRISPR Therapeutics|ORG]] said the price had not been set. [[Oxford University|ORG|"
        "University of Oxford]] warned that costs could limit access in [[Africa|LOC]].\n",
    ),
    (
        "own-ent16t-09",
        "2025-11-04",
        "Offshore wind suppliers sign [[North Sea|LOC]] pledge\n"
        "[[ESBJERG|GPE|Esbjerg]], [[Denmark|GPE]], Nov 4 - Twelve companies signed a pledge "
        "to share port space in [[Esbjerg|GPE]] and [[Eemshaven|GPE]]. Among them:\n"
        "• [[Vestas|ORG]]\n"
        "• [[Siemens Gamesa|ORG]]\n"
        "• [[Nordex|ORG]]\n"
        "• [[Ørsted|ORG]]\n"
        "• [[Iberdrola|ORG]]\n"
        "• [[Boskalis|ORG]]\n"
        "• [[Jan De Nul|ORG]]\n"
        "• [[Cadeler|ORG]]\n"
        "[[Vestas|ORG]] said the deal would cut waiting times for turbine blades.\n",
    ),
    (
        "own-ent16t-10",
        "2025-09-01",
        "Summer rush at [[London|GPE]]'s airports\n"
        "[[LONDON|GPE|London]], Sept 1 - [[Heathrow|FAC|Heathrow Airport]]'s [[Terminal "
        "5|FAC|Heathrow Terminal 5]] handled a record 120,000 passengers on Friday, and "
        "[[Gatwick|FAC|Gatwick Airport]]'s [[North Terminal|FAC|Gatwick North Terminal]] "
        "reopened after a power cut. At [[Schiphol|FAC|Amsterdam Airport Schiphol]], "
        "[[Pier D|FAC|Schiphol Pier D]] was closed for works. [[British Airways|ORG]] said 98% "
        "of its flights left on time.\n",
    ),
    (
        "own-ent16t-11",
        "2025-05-26",
        "Provincial election: results by party\n"
        "[[CAPE TOWN|GPE|Cape Town]], May 26 - Final results for the [[Western Cape|GPE]] "
        "legislature:\n"
        "Party | Leader | Seats\n"
        "[[Democratic Alliance|ORG]] | [[Alan Winde|PERSON]] | 24\n"
        "[[African National Congress|ORG]] | [[Cameron Dugmore|PERSON]] | 8\n"
        "[[Patriotic Alliance|ORG]] | [[Gayton McKenzie|PERSON]] | 3\n"
        "[[Freedom Front Plus|ORG]] | [[Corné Mulder|PERSON]] | 2\n"
        "[[Winde|PERSON|Alan Winde]] said the [[Democratic Alliance|ORG]] would govern "
        "alone.\n",
    ),
    (
        "own-ent16t-12",
        "2025-01-30",
        "New listings on the [[Warsaw Stock Exchange|ORG]], January 2025\n"
        "Company          City          Sector\n"
        "[[Synthos Chem|ORG]]     [[Oświęcim|GPE]]      chemicals\n"
        "[[Mazury Foods|ORG]]     [[Olsztyn|GPE]]       food\n"
        "[[Pomorze Logistics|ORG]]  [[Gdańsk|GPE]]       ports\n"
        "[[Kraków Robotics|ORG]]  [[Kraków|GPE]]        industrials\n"
        "[[Mazury Foods|ORG]] raised 210 million zlotys, the exchange said.\n",
    ),
]

CHECK = [
    (
        "own-ent16t-13",
        "2025-08-21",
        "Rail freight operators, 2024\n"
        "| Operator | Country | Trains a week |\n"
        "| --- | --- | --- |\n"
        "| [[DB Cargo|ORG]] | [[Germany|GPE]] | 4,100 |\n"
        "| [[Lineas|ORG]] | [[Belgium|GPE]] | 900 |\n"
        "| [[Rail Cargo Austria|ORG]] | [[Austria|GPE]] | 1,300 |\n"
        "| [[PKP Cargo|ORG]] | [[Poland|GPE]] | 1,800 |\n"
        "[[DB Cargo|ORG]] said volumes fell after the [[Rastatt|GPE]] closure.\n",
    ),
    (
        "own-ent16t-14",
        "2025-03-07",
        "PUBLIC NOTICE: road closure\n"
        "Issued by: [[Kent County Council|ORG]]\n"
        "Location: [[Dartford|GPE]]\n"
        "Contractor: [[Ringway|ORG]]\n"
        "Contact: [[Oliver Stanmore|PERSON]]\n"
        "The [[A282|FAC|A282 road]] slip road to the [[Dartford Crossing|FAC]] will close "
        "overnight from March 10.\n",
    ),
    (
        "own-ent16t-15",
        "2025-12-02",
        "Snow closes passes in the [[Alps|LOC]]\n"
        "By [[Katrin Eberle|PERSON]], [[Innsbruck|GPE]]\n"
        "Drivers wait at the [[Brenner Pass|LOC]] on Tuesday. (Photo by [[Matteo Grassi|PERSON]] "
        "for [[ANSA|ORG]])\n"
        "Photo: [[Felix Unger|PERSON]]/[[APA|ORG|Austria Presse Agentur]]\n"
        "[[ÖBB|ORG|Austrian Federal Railways]] said trains to [[Verona|GPE]] would run.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
