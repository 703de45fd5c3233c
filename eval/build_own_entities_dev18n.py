"""Write eval/own-entities-dev18n.jsonl and eval/own-entities-dev18n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ORGANISATION NAMES (issue 13,
session 17).

The families, from the ORG name errors ``eval/org_errors.py`` lists on the earlier dev sets:
- national institutions named without their country in a text about one country: courts ("the
  High Court", "the Constitutional Court", "the Supreme Court"), legislatures ("the Senate",
  "the House of Commons", "the National Assembly", "Parliament", "Congress"), electoral
  commissions, disaster agencies and national parties ("Labour", "the Conservative Party",
  "the Liberal Democratic Party"): the name is that country's institution as English Wikipedia
  titles it ("High Court of Kenya", "Senate of Canada", "Labour Party (UK)", "National
  Disaster Management Authority (Pakistan)");
- known organisations by a short form the text never expands: listed companies ("Meta",
  "Hyundai"), football clubs in a match report ("Leeds", "Wolves", "Barcelona"), acronyms of
  well-known bodies ("ACCC");
- a name given in a longer form first and a shorter or inverted form later ("Nigeria Centre for
  Disease Control" after "... and Prevention", "Africa CDC", "Ohio Supreme Court" after
  "Supreme Court of Ohio").
Cases that must stay: an international court ("International Criminal Court"), a body the text
names with its own country ("Uganda's High Court" in a Kenyan text), a lower-case "the court".
Written for briefx by hand (session 17, issue 13 names); real places, institutions, parties,
clubs and public figures of 2024-2025, invented rulings, figures, quotations and minor people.
Annotated by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` before briefx was
run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``; an institution takes
its English Wikipedia title, a legal form is out of ``name`` (dev set 13o). ``entity_marks``
turns the marks into offsets and checks every span. The CHECK cases go to the check file:
scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev18n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev18n.jsonl"
OUT_CHECK = HERE / "own-entities-dev18n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 18n, issue 13 names); national courts, legislatures, "
    "parties and agencies named without their country, companies and clubs by short forms, "
    "longer and shorter forms of one body; real places, institutions and public figures, "
    "invented rulings, figures, quotations and minor people; MIT."
)

HCK = "High Court of Kenya"
CCP = "Constitutional Court of Peru"
SCN = "Senate of Canada"
LABUK = "Labour Party (UK)"
NDMAP = "National Disaster Management Authority (Pakistan)"
LDPJ = "Liberal Democratic Party (Japan)"
CCK = "Constitutional Court of Korea"
NASK = "National Assembly (South Korea)"
CCSA = "Constitutional Court of South Africa"
NERSA = "National Energy Regulator of South Africa"
ACCC = "Australian Competition and Consumer Commission"
NCDC = "Nigeria Centre for Disease Control and Prevention"
AFCDC = "Africa Centres for Disease Control and Prevention"
SCO = "Supreme Court of Ohio"
SPH = "Senate of the Philippines"

CASES = [
    (
        "own-ent18n-01",
        "2025-03-12",
        f"[[NAIROBI|GPE|Nairobi]], March 12 - [[Kenya|GPE]]'s [[High Court|ORG|{HCK}]] on "
        "Wednesday suspended a new housing levy, ruling that [[Parliament|ORG|Parliament of "
        "Kenya]] had passed it without public consultation. Justice [[Achieng Wanjiru|PERSON]] "
        "said the [[National Assembly|ORG|National Assembly (Kenya)]] had skipped hearings in 30 "
        "counties. Treasury Cabinet Secretary [[John Mbadi|PERSON]] said the government would "
        "appeal to the [[Supreme Court|ORG|Supreme Court of Kenya]]. The [[Law Society of "
        f"Kenya|ORG]] welcomed the ruling. [[Wanjiru|PERSON|Achieng Wanjiru]] gave the "
        "[[Senate|ORG|Senate of Kenya]] 90 days to review the levy. Shares of [[Safaricom|ORG]] "
        "rose 2% in [[Nairobi|GPE]].\n",
    ),
    (
        "own-ent18n-02",
        "2025-01-21",
        f"[[LIMA|GPE|Lima]], Jan 21 - [[Peru|GPE]]'s [[Constitutional Court|ORG|{CCP}]] on "
        "Tuesday struck down a law that shortened prison terms for convicts over 75. The "
        "[[Congress|ORG|Congress of the Republic of Peru]] passed the law in October with the "
        "backing of President [[Dina Boluarte|PERSON]]. The [[Court|ORG|"
        f"{CCP}]] said the law broke [[Peru|GPE]]'s treaty duties. [[Boluarte|PERSON|Dina "
        "Boluarte]] said she respected the ruling. The [[National Jury of Elections|ORG]] said "
        "separately that 43 parties had registered for the 2026 vote, and [[Amnesty "
        "International|ORG]] said the ruling protected victims in [[Ayacucho|GPE]].\n",
    ),
    (
        "own-ent18n-03",
        "2025-06-18",
        f"[[OTTAWA|GPE|Ottawa]], June 18 - The [[Senate|ORG|{SCN}]] passed a bill on Wednesday to "
        "speed up approval of pipelines and ports, a week after the [[House of Commons|ORG|House "
        "of Commons of Canada]] backed it. Prime Minister [[Mark Carney|PERSON]]'s [[Liberal "
        "Party|ORG|Liberal Party of Canada]] won support from the [[Conservative Party|ORG|"
        "Conservative Party of Canada]], while the [[New Democratic Party|ORG]] and the [[Bloc "
        "Québécois|ORG]] voted against. Senator [[Paula Simons|PERSON]] said the [[Senate|ORG|"
        f"{SCN}]] had been rushed. Chiefs in [[Manitoba|GPE]] and the [[Assembly of First "
        "Nations|ORG]] said they would go to the [[Supreme Court|ORG|Supreme Court of Canada]]. "
        "[[Carney|PERSON|Mark Carney]] said [[Canada|GPE]] could not wait.\n",
    ),
    (
        "own-ent18n-04",
        "2025-11-19",
        "[[LONDON|GPE|London]], Nov 19 - The [[Electoral Commission|ORG|Electoral Commission "
        f"(United Kingdom)]] fined [[Labour|ORG|{LABUK}]] £12,000 on Wednesday for reporting "
        "donations late, and the [[Conservative Party|ORG|Conservative Party (UK)]] £8,500. The "
        "[[Commission|ORG|Electoral Commission (United Kingdom)]] said neither party had hidden a "
        "donor. [[Liberal Democrats|ORG|Liberal Democrats (UK)]] leader [[Ed Davey|PERSON]] told "
        "the [[House of Commons|ORG|House of Commons of the United Kingdom]] that fines were too "
        f"small to matter. A [[Labour|ORG|{LABUK}]] spokesperson said the party had paid. "
        "[[Reform UK|ORG]] was fined £2,300 last year. [[Britain|GPE|United Kingdom]]'s rules cap "
        "spending at £54,000 per seat.\n",
    ),
    (
        "own-ent18n-05",
        "2025-08-27",
        f"[[ISLAMABAD|GPE|Islamabad]], Aug 27 - [[Pakistan|GPE]]'s [[National Disaster "
        f"Management Authority|ORG|{NDMAP}]] said on Wednesday that floods had killed 54 people in "
        "[[Punjab|GPE|Punjab, Pakistan]] after the [[Ravi|LOC|Ravi River]] burst its banks near "
        f"[[Lahore|GPE]]. [[NDMA|ORG|{NDMAP}]] chairman [[Inam Haider Malik|PERSON]] said the "
        "[[Pakistan Army|ORG]] had moved 210,000 people. The [[Senate|ORG|Senate of Pakistan]] "
        "called the minister for water to explain why dams had been opened without warning. "
        f"[[Malik|PERSON|Inam Haider Malik]] said the [[Authority|ORG|{NDMAP}]] expected more "
        "rain until Sunday.\n",
    ),
    (
        "own-ent18n-06",
        "2025-07-21",
        f"[[TOKYO|GPE|Tokyo]], July 21 - [[Japan|GPE]]'s ruling [[Liberal Democratic Party|ORG|"
        f"{LDPJ}]] and its partner [[Komeito|ORG]] lost their majority in the [[House of "
        "Councillors|ORG]] in Sunday's election. Prime Minister [[Shigeru Ishiba|PERSON]] said "
        "he would stay on. The [[Constitutional Democratic Party of Japan|ORG]] and the "
        f"populist [[Sanseito|ORG|Sanseitō]] gained seats. The [[LDP|ORG|{LDPJ}]] now lacks a majority in "
        "both chambers of the [[Diet|ORG|National Diet]]. [[Ishiba|PERSON|Shigeru Ishiba]] said "
        "talks with [[Washington|GPE|Washington, D.C.]] on tariffs came first. The [[Bank of "
        "Japan|ORG]] meets next week.\n",
    ),
    (
        "own-ent18n-07",
        "2025-04-04",
        f"[[SEOUL|GPE|Seoul]], April 4 - [[South Korea|GPE]]'s [[Constitutional Court|ORG|{CCK}]] "
        "on Friday removed President [[Yoon Suk Yeol|PERSON]] from office over his brief "
        f"declaration of martial law. The [[National Assembly|ORG|{NASK}]] impeached [[Yoon|"
        "PERSON|Yoon Suk Yeol]] in December. The [[Democratic Party|ORG|Democratic Party of "
        "Korea]] called for an election within 60 days, and the [[People Power Party|ORG]] said it "
        "accepted the ruling. The [[National Election Commission|ORG|National Election "
        "Commission (South Korea)]] set the vote for June 3. Shares of [[Samsung Electronics|ORG]] "
        "and [[Hyundai|ORG|Hyundai Motor Company]] rose in [[Seoul|GPE]].\n",
    ),
    (
        "own-ent18n-08",
        "2025-02-14",
        f"[[JOHANNESBURG|GPE|Johannesburg]], Feb 14 - The [[Constitutional Court|ORG|{CCSA}]] "
        f"ruled on Friday that [[Eskom|ORG]] must publish its load-shedding plans. The [[National "
        f"Energy Regulator of South Africa|ORG]] ([[Nersa|ORG|{NERSA}]]) had let the utility keep "
        f"them secret. The [[Democratic Alliance|ORG|Democratic Alliance (South Africa)]], which "
        "brought the case, said the ruling would help small firms. The [[African National "
        "Congress|ORG]] said it would ask the [[National Assembly|ORG|National Assembly of South "
        f"Africa]] to review [[Nersa|ORG|{NERSA}]]'s powers. Electricity minister [[Kgosientsho "
        "Ramokgopa|PERSON]] said blackouts in [[Cape Town|GPE]] had fallen this year.\n",
    ),
    (
        "own-ent18n-09",
        "2025-10-04",
        "[[LEEDS|GPE|Leeds]], [[England|GPE]], Oct 4 - [[Leeds|ORG|Leeds United F.C.]] beat [[Wolves|ORG|"
        "Wolverhampton Wanderers F.C.]] 3-1 at [[Elland Road|FAC]] on Saturday to climb to 11th in "
        "the [[Premier League|ORG]]. [[Daniel Farke|PERSON]]'s side scored twice in the first "
        "half. [[Wolves|ORG|Wolverhampton Wanderers F.C.]] have one point from seven games. "
        "[[Tottenham|ORG|Tottenham Hotspur F.C.]] drew 1-1 at [[Everton|ORG|Everton F.C.]]. In "
        "[[Spain|GPE]], [[Barcelona|ORG|FC Barcelona]] lost 2-1 at [[Sevilla|ORG|Sevilla FC]], and "
        "in [[Germany|GPE]] [[Bayern Munich|ORG|FC Bayern Munich]] won their seventh game in a "
        "row.\n",
    ),
    (
        "own-ent18n-10",
        "2025-05-22",
        "[[MELBOURNE|GPE|Melbourne]], May 22 - The [[ACCC|ORG|"
        f"{ACCC}]] sued [[Meta|ORG|Meta Platforms]] on Thursday, saying it let scam ads for fake "
        "investment schemes run on [[Facebook|PRODUCT]]. The [[Federal Court|ORG|Federal Court of "
        "Australia]] will hear the case in [[Sydney|GPE]]. [[Google|ORG]] settled a similar case "
        "last year. Prime Minister [[Anthony Albanese|PERSON]]'s [[Labor|ORG|Australian Labor "
        "Party]] wants platforms to pay for scam losses, and the [[Senate|ORG|Australian Senate]] "
        f"will debate a bill in June. [[Meta|ORG|Meta Platforms]] said it removed 8 million scam "
        f"ads in [[Australia|GPE]] last year.\n",
    ),
    (
        "own-ent18n-11",
        "2025-09-09",
        f"[[ABUJA|GPE|Abuja]], Sept 9 - The [[Nigeria Centre for Disease Control and "
        f"Prevention|ORG]] said on Tuesday that cholera had killed 112 people in [[Bauchi "
        f"State|GPE]] and [[Zamfara State|GPE]] since July. The [[Nigeria Centre for Disease "
        f"Control|ORG|{NCDC}]] has sent teams to 14 states. The [[Africa Centres for Disease "
        f"Control and Prevention|ORG]] said it would ship 500,000 vaccine doses, and [[Africa "
        f"CDC|ORG|{AFCDC}]] chief [[Jean Kaseya|PERSON]] said [[Nigeria|GPE]] had the worst "
        "outbreak in the region. The [[Senate|ORG|Senate of Nigeria]] asked the health minister "
        "to appear next week. The [[World Health Organization|ORG]] said rains had spread the "
        "disease.\n",
    ),
    (
        "own-ent18n-12",
        "2025-06-03",
        f"[[COLUMBUS|GPE|Columbus, Ohio]], [[Ohio|GPE]], June 3 - The [[Supreme Court of Ohio|ORG]] "
        "ruled on Tuesday that cities may not ban gas stoves in new homes. The [[Ohio Supreme "
        f"Court|ORG|{SCO}]] sided with [[Columbia Gas of Ohio|ORG]] and builders against "
        "[[Cleveland|GPE|Cleveland, Ohio]]. Justice [[Pat DeWine|PERSON]] wrote for a 6-1 "
        "majority. [[Cleveland|GPE|Cleveland, Ohio]] mayor [[Justin Bibb|PERSON]] said the city "
        "would ask the [[Ohio General Assembly|ORG]] to change the law.\n",
    ),
    (
        "own-ent18n-13",
        "2025-03-13",
        f"[[MANILA|GPE|Manila]], March 13 - The [[Senate|ORG|{SPH}]] will open hearings into the "
        "arrest of former president [[Rodrigo Duterte|PERSON]], who was flown to the "
        "[[International Criminal Court|ORG]] in [[The Hague|GPE]] on Tuesday. Senator [[Imee "
        "Marcos|PERSON]] said the arrest broke the law. The [[Supreme Court|ORG|Supreme Court of "
        "the Philippines]] is weighing two petitions from [[Duterte|PERSON|Rodrigo Duterte]]'s "
        "children. The [[Commission on Elections|ORG|Commission on Elections (Philippines)]] said "
        "the May vote would go ahead. President [[Ferdinand Marcos Jr.|PERSON|Bongbong Marcos]] "
        "said the [[Philippines|GPE]] had kept its promises to [[Interpol|ORG]].\n",
    ),
]

CHECK = [
    (
        "own-ent18n-c1",
        "2025-05-08",
        "[[ACCRA|GPE|Accra]], May 8 - [[Ghana|GPE]]'s [[Supreme Court|ORG|Supreme Court of "
        "Ghana]] on Thursday dismissed a challenge to the suspension of Chief Justice [[Gertrude "
        "Torkornoo|PERSON]]. The [[New Patriotic Party|ORG]] said [[Parliament|ORG|Parliament of "
        "Ghana]] should have been consulted. President [[John Mahama|PERSON]]'s [[National "
        "Democratic Congress|ORG]] welcomed the ruling.\n",
    ),
    (
        "own-ent18n-c2",
        "2025-10-15",
        "[[WELLINGTON|GPE|Wellington]], Oct 15 - [[New Zealand|GPE]]'s [[Labour|ORG|New Zealand "
        "Labour Party]] promised on Wednesday to cut power bills by a fifth. [[Labour|ORG|New "
        "Zealand Labour Party]] leader [[Chris Hipkins|PERSON]] told [[Parliament|ORG|New Zealand "
        "Parliament]] that the [[National Party|ORG|New Zealand National Party]] had failed. "
        "[[Meridian Energy|ORG]] shares fell 3%.\n",
    ),
    (
        "own-ent18n-c3",
        "2025-02-26",
        "[[NEW DELHI|GPE|New Delhi]], Feb 26 - The [[Election Commission|ORG|Election Commission "
        "of India]] said on Wednesday it would link voter rolls to national identity numbers. "
        "The [[Bharatiya Janata Party|ORG]] backed the plan, and the [[Indian National "
        "Congress|ORG]] said it would ask the [[Supreme Court|ORG|Supreme Court of India]] to stop "
        "it. [[India|GPE]] has 990 million voters.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)
