"""Write eval/own-entities-dev42a.jsonl and its check file (FORMAT.md): organisations named by
acronyms and short forms that the document never spells out.

Session 42 (acro42, issue 13 entity names). The families:

- acronyms of national bodies the text never expands: central banks ("BSP", "BNM", "SARB"),
  statistics offices ("PSA", "KNBS", "TurkStat"), electoral commissions ("IEBC", "ECP"),
  meteorological services ("PAGASA", "IMD", "JMA"), parties ("PTI", "AKP", "PSOE"), unions
  ("COSATU", "KCTU", "DGB") and news agencies ("CNA", "APP", "PAP");
- acronyms of regional and intergovernmental bodies ("SADC", "EBRD", "AIIB", "COMESA");
- short forms where the title is longer ("Xinhua", "Yonhap", "Kyodo", "Anadolu", "Bundesbank");
- letters several countries' bodies share, which take the document's country's body ("PTI"
  in a Pakistani and in an Indian story, "PP" in Spain, "NDC" in Ghana, "CDP" in Japan, "PPP"
  in Korea);
- bodies named generically that take the country-qualified title ("the Finance Ministry" in a
  Tokyo story, "the CSO" in Dublin, "Labour" in Wellington).

Must stay: acronyms that are their own article title ("NATO", "OPEC", "OECD", "UNICEF",
"NASA"), letters the text spells out itself as another body ("Caribbean Development Bank
(CDB)"), and letters of a country's body in a story of another country.

Short wire stories (2024-2025 releases and news, and 1996 Reuters-style copy) written for
briefx by hand and annotated by ANNOTATION.md ("Entities") before briefx was run on them; the
bodies and people are real, the events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_entities_dev42a.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = "written for briefx by hand (acro42 helper, session 42); CC0"

CASES: list[Case] = [
    (
        "own-dev42a-manila-bsp",
        "2025-08-28",
        (
            "[[MANILA|GPE|Manila]], Aug 28, 2025 ([[Reuters|ORG]]) - The [[BSP|ORG|Bangko Sentral ng Pilipinas]] cut "
            "its key rate by 25 basis points on Thursday, Governor [[Eli Remolona|PERSON]] said, after the "
            "[[PSA|ORG|Philippine Statistics Authority]] reported inflation of 0.9 percent in July. "
            "[[PAGASA|ORG|Philippine Atmospheric, Geophysical and Astronomical Services Administration]] warned "
            "that a tropical storm could bring heavy rain to [[Luzon|LOC]] next week.\n"
        ),
    ),
    (
        "own-dev42a-jakarta-bi",
        "2025-09-17",
        (
            "[[JAKARTA|GPE|Jakarta]], Sept 17, 2025 - [[BI|ORG|Bank Indonesia]] unexpectedly cut its benchmark rate "
            "to 4.75 percent on Wednesday, its third cut this year. [[BPS|ORG|Statistics Indonesia]] data showed "
            "exports rose 5.8 percent in August, led by palm oil shipments to [[India|GPE]] and [[China|GPE]]. "
            "The rupiah weakened after the decision.\n"
        ),
    ),
    (
        "own-dev42a-kl-bnm",
        "2025-07-09",
        (
            "[[KUALA LUMPUR|GPE|Kuala Lumpur]], July 9, 2025 - [[BNM|ORG|Bank Negara Malaysia]] cut its overnight "
            "policy rate to 2.75 percent on Wednesday, its first cut in five years. [[DOSM|ORG|Department of "
            "Statistics Malaysia]] said industrial output rose 3.2 percent in May. Leaders of [[UMNO|ORG|United "
            "Malays National Organisation]] backed the move, while [[PAS|ORG|Malaysian Islamic Party]] said it "
            "would hurt savers.\n"
        ),
    ),
    (
        "own-dev42a-johannesburg-sarb",
        "2025-05-29",
        (
            "[[JOHANNESBURG|GPE|Johannesburg]], May 29, 2025 - The [[SARB|ORG|South African Reserve Bank]] cut its "
            "repo rate by 25 basis points to 7.25 percent on Thursday. [[Stats SA|ORG|Statistics South Africa]] "
            "said consumer inflation eased to 2.8 percent in April. The [[ANC|ORG|African National Congress]] "
            "welcomed the cut, while the [[EFF|ORG|Economic Freedom Fighters]] and [[COSATU|ORG|Congress of South "
            "African Trade Unions]] said it came too late. The [[DA|ORG|Democratic Alliance (South Africa)]] did "
            "not comment.\n"
        ),
    ),
    (
        "own-dev42a-nairobi-cbk",
        "2025-06-10",
        (
            "[[NAIROBI|GPE|Nairobi]], June 10, 2025 - The [[CBK|ORG|Central Bank of Kenya]] lowered its benchmark "
            "rate to 9.75 percent on Tuesday. [[KNBS|ORG|Kenya National Bureau of Statistics]] figures showed "
            "inflation at 3.8 percent in May. The [[KMD|ORG|Kenya Meteorological Department]] warned of heavy "
            "rains in the western counties, and the [[IEBC|ORG|Independent Electoral and Boundaries Commission]] "
            "postponed two by-elections. [[ODM|ORG|Orange Democratic Movement]] leaders said the delay was "
            "unfair.\n"
        ),
    ),
    (
        "own-dev42a-abuja-inec",
        "2025-02-14",
        (
            "[[ABUJA|GPE|Abuja]], Feb 14, 2025 - [[INEC|ORG|Independent National Electoral Commission]] said on "
            "Friday it would hold off-cycle governorship elections in [[Ondo|GPE|Ondo State]] in November. The "
            "[[APC|ORG|All Progressives Congress]] and the [[PDP|ORG|Peoples Democratic Party (Nigeria)]] both "
            "named candidates. The [[NLC|ORG|Nigeria Labour Congress]] threatened a strike over the minimum "
            "wage, and [[NiMet|ORG|Nigerian Meteorological Agency]] forecast early rains.\n"
        ),
    ),
    (
        "own-dev42a-accra-bog",
        "2024-11-27",
        (
            "[[ACCRA|GPE|Accra]], Nov 27, 2024 - The [[BoG|ORG|Bank of Ghana]] held its policy rate at 27 percent "
            "on Wednesday, days before the general election. The [[GSS|ORG|Ghana Statistical Service]] said "
            "inflation rose to 22.1 percent in October. The ruling [[NPP|ORG|New Patriotic Party]] and the "
            "opposition [[NDC|ORG|National Democratic Congress (Ghana)]] both pledged to cut taxes.\n"
        ),
    ),
    (
        "own-dev42a-delhi-rbi",
        "2025-06-06",
        (
            "[[NEW DELHI|GPE|New Delhi]], June 6, 2025 - The [[RBI|ORG|Reserve Bank of India]] cut its repo rate "
            "by 50 basis points on Friday, a larger cut than expected. The [[IMD|ORG|India Meteorological "
            "Department]] said the monsoon would be above normal. Leaders of the [[BJP|ORG|Bharatiya Janata "
            "Party]] praised the decision, while the [[AAP|ORG|Aam Aadmi Party]] said prices were still too "
            "high, [[PTI|ORG|Press Trust of India]] reported.\n"
        ),
    ),
    (
        "own-dev42a-islamabad-sbp",
        "2025-05-05",
        (
            "[[ISLAMABAD|GPE|Islamabad]], May 5, 2025 - The [[SBP|ORG|State Bank of Pakistan]] cut its policy rate "
            "to 11 percent on Monday. The [[PBS|ORG|Pakistan Bureau of Statistics]] said inflation fell to 0.3 "
            "percent in April. [[PTI|ORG|Pakistan Tehreek-e-Insaf]] lawmakers walked out of the [[National "
            "Assembly|ORG|National Assembly of Pakistan]] session, and the [[ECP|ORG|Election Commission of Pakistan]] said it would rule on their "
            "complaint next week, [[APP|ORG|Associated Press of Pakistan]] said.\n"
        ),
    ),
    (
        "own-dev42a-tokyo-ldp",
        "2025-07-21",
        (
            "[[TOKYO|GPE|Tokyo]], July 21, 2025 - The [[LDP|ORG|Liberal Democratic Party (Japan)]] and its partner "
            "[[Komeito|ORG]] lost their majority in the upper house election on Sunday, [[Kyodo|ORG|Kyodo News]] "
            "reported. The [[CDP|ORG|Constitutional Democratic Party of Japan]] gained seats. The [[JMA|ORG|Japan "
            "Meteorological Agency]] issued heat warnings for 30 prefectures.\n"
        ),
    ),
    (
        "own-dev42a-seoul-bok",
        "2025-05-29",
        (
            "[[SEOUL|GPE|Seoul]], May 29, 2025 - The [[BOK|ORG|Bank of Korea]] cut its base rate to 2.5 percent on "
            "Thursday, [[Yonhap|ORG|Yonhap News Agency]] said. The [[KCTU|ORG|Korean Confederation of Trade "
            "Unions]] called a rally against the ruling [[PPP|ORG|People Power Party (South Korea)]], and the "
            "[[KMA|ORG|Korea Meteorological Administration]] forecast an early monsoon.\n"
        ),
    ),
    (
        "own-dev42a-taipei-dpp",
        "2025-07-26",
        (
            "[[TAIPEI|GPE|Taipei]], July 26, 2025 - Voters rejected a bid to recall 24 lawmakers of the "
            "[[KMT|ORG|Kuomintang]] on Saturday, a setback for the ruling [[DPP|ORG|Democratic Progressive "
            "Party]], the [[CNA|ORG|Central News Agency (Taiwan)]] reported. [[Lai Ching-te|PERSON]] said he "
            "respected the result.\n"
        ),
    ),
    (
        "own-dev42a-berlin-parties",
        "2025-02-24",
        (
            "[[BERLIN|GPE|Berlin]], Feb 24, 2025 - The [[CDU|ORG|Christian Democratic Union of Germany]] won the "
            "election with 28.5 percent, and the [[AfD|ORG|Alternative for Germany]] came second. Turnout was the "
            "highest since 1990, [[Destatis|ORG|Federal Statistical Office of Germany]] said. The "
            "[[SPD|ORG|Social Democratic Party of Germany]] fell to 16.4 percent. The [[DGB|ORG|German Trade "
            "Union Confederation]] urged a quick coalition, [[dpa|ORG|Deutsche Presse-Agentur]] reported.\n"
        ),
    ),
    (
        "own-dev42a-paris-insee",
        "2025-04-30",
        (
            "[[PARIS|GPE|Paris]], April 30, 2025 - [[INSEE|ORG|Institut national de la statistique et des études "
            "économiques]] said the economy grew 0.1 percent in the first quarter. The [[CGT|ORG|General "
            "Confederation of Labour (France)]] and the [[CFDT|ORG|French Democratic Confederation of Labour]] "
            "called for a day of strikes over pensions, [[AFP|ORG|Agence France-Presse]] reported. The "
            "[[RN|ORG|National Rally]] backed the strikers.\n"
        ),
    ),
    (
        "own-dev42a-madrid-psoe",
        "2025-03-12",
        (
            "[[MADRID|GPE|Madrid]], March 12, 2025 - The [[PSOE|ORG|Spanish Socialist Workers' Party]] and the "
            "[[PP|ORG|People's Party (Spain)]] clashed in parliament over defence spending, [[EFE|ORG]] reported. "
            "The [[INE|ORG|National Statistics Institute (Spain)]] said inflation eased to 3 percent in "
            "February.\n"
        ),
    ),
    (
        "own-dev42a-istanbul-cbrt",
        "2025-04-17",
        (
            "[[ISTANBUL|GPE|Istanbul]], April 17, 2025 - The [[CBRT|ORG|Central Bank of the Republic of Turkey]] "
            "raised its policy rate to 46 percent on Thursday in an unscheduled move. [[TurkStat|ORG|Turkish "
            "Statistical Institute]] said annual inflation stood at 38.1 percent. The [[CHP|ORG|Republican "
            "People's Party]] called protests, and the [[AKP|ORG|Justice and Development Party (Turkey)]] "
            "accused it of stirring unrest, [[Anadolu|ORG|Anadolu Agency]] reported.\n"
        ),
    ),
    (
        "own-dev42a-london-ebrd",
        "2025-05-14",
        (
            "[[LONDON|GPE|London]], May 14, 2025 - The [[EBRD|ORG|European Bank for Reconstruction and "
            "Development]] raised its growth forecast for [[Ukraine|GPE]] to 3.3 percent on Wednesday. Together "
            "with the [[EIB|ORG|European Investment Bank]] it will lend 500 million euros for power grids, and "
            "the [[ECB|ORG|European Central Bank]] said it was watching the risks.\n"
        ),
    ),
    (
        "own-dev42a-singapore-asean",
        "2025-05-26",
        (
            "[[SINGAPORE|GPE|Singapore]], May 26, 2025 - [[ASEAN|ORG|Association of Southeast Asian Nations]] "
            "leaders met in [[Kuala Lumpur|GPE]] on Monday to discuss [[U.S.|GPE|United States]] tariffs. The "
            "[[ADB|ORG|Asian Development Bank]] and the [[AIIB|ORG|Asian Infrastructure Investment Bank]] pledged "
            "new loans, and the [[MAS|ORG|Monetary Authority of Singapore]] said the region's growth would slow.\n"
        ),
    ),
    (
        "own-dev42a-gaborone-sadc",
        "2024-08-17",
        (
            "[[GABORONE|GPE|Gaborone]], Aug 17, 2024 - [[SADC|ORG|Southern African Development Community]] leaders "
            "called for a ceasefire in eastern [[Congo|GPE|Democratic Republic of the Congo]] at a summit on "
            "Saturday. The [[AU|ORG|African Union]] and the [[EAC|ORG|East African Community]] backed the call, "
            "while [[COMESA|ORG|Common Market for Eastern and Southern Africa]] and the [[AfDB|ORG|African "
            "Development Bank]] promised funds for trade corridors.\n"
        ),
    ),
    (
        "own-dev42a-canberra-1996",
        "1996-09-03",
        (
            "[[CANBERRA|GPE|Canberra]] 1996-09-03\n\n"
            "The [[RBA|ORG|Reserve Bank of Australia]] left interest rates unchanged on Tuesday after "
            "[[ABS|ORG|Australian Bureau of Statistics]] figures showed the economy grew 1.0 percent in the June "
            "quarter. The [[ACTU|ORG|Australian Council of Trade Unions]] said it would press for a wage rise, "
            "and the opposition [[ALP|ORG|Australian Labor Party]] attacked the budget.\n"
        ),
    ),
    (
        "own-dev42a-london-1996",
        "1996-10-15",
        (
            "[[LONDON|GPE|London]] 1996-10-15\n\n"
            "The [[CBI|ORG|Confederation of British Industry]] said on Tuesday factory orders rose in October, "
            "while the [[TUC|ORG|Trades Union Congress]] called for a minimum wage. [[Labour|ORG|Labour Party "
            "(UK)]] leader [[Tony Blair|PERSON]] said the figures showed the [[Conservatives|ORG|Conservative "
            "Party (UK)]] had failed.\n"
        ),
    ),
    (
        "own-dev42a-beijing-xinhua",
        "2025-03-05",
        (
            "[[BEIJING|GPE|Beijing]], March 5, 2025 - [[China|GPE]] set a growth target of around 5 percent for "
            "2025, [[Xinhua|ORG|Xinhua News Agency]] reported. The [[PBOC|ORG|People's Bank of China]] said it "
            "would cut reserve requirements, and the [[CSRC|ORG|China Securities Regulatory Commission]] pledged "
            "to steady markets. The [[NBS|ORG|National Bureau of Statistics of China]] will publish February "
            "prices on Sunday.\n"
        ),
    ),
    (
        "own-dev42a-tokyo-mof",
        "2025-04-11",
        (
            "[[TOKYO|GPE|Tokyo]], April 11, 2025 - [[Japan|GPE]]'s [[Ministry of Finance|ORG|Ministry of Finance "
            "(Japan)]] said it was watching currency moves with a sense of urgency after the yen rose to 143 per "
            "dollar. A [[Finance Ministry|ORG|Ministry of Finance (Japan)]] official said intervention was not "
            "discussed. The [[National Police Agency|ORG|National Police Agency (Japan)]] said fraud cases rose "
            "by a fifth.\n"
        ),
    ),
    (
        "own-dev42a-vienna-opec",
        "2025-05-31",
        (
            "[[VIENNA|GPE|Vienna]], May 31, 2025 - [[OPEC|ORG]] and its allies agreed on Saturday to raise oil "
            "output by 411,000 barrels a day in July. The [[OECD|ORG]] cut its forecast for world growth, and "
            "[[NATO|ORG]] allies will meet in [[The Hague|GPE]] next month. [[UNICEF|ORG]] said aid cuts put "
            "millions of children at risk.\n"
        ),
    ),
    (
        "own-dev42a-bridgetown-cdb",
        "2025-06-18",
        (
            "[[BRIDGETOWN|GPE|Bridgetown]], June 18, 2025 - The [[Caribbean Development Bank|ORG]] ([[CDB|ORG|"
            "Caribbean Development Bank]]) approved $40 million for storm shelters in [[Dominica|GPE]] on "
            "Wednesday. The [[CDB|ORG|Caribbean Development Bank]] said the region's growth would slow to 2.5 "
            "percent, and [[CARICOM|ORG|Caribbean Community]] ministers welcomed the loan.\n"
        ),
    ),
    (
        "own-dev42a-wellington-labour",
        "2025-03-20",
        (
            "[[WELLINGTON|GPE|Wellington]], March 20, 2025 - [[New Zealand|GPE]]'s opposition "
            "[[Labour|ORG|New Zealand Labour Party]] led the ruling [[National|ORG|New Zealand National Party]] "
            "in a poll on Thursday, with the [[Greens|ORG|Green Party of Aotearoa New Zealand]] third. The "
            "[[RBNZ|ORG|Reserve Bank of New Zealand]] is expected to cut rates again in April.\n"
        ),
    ),
]

CHECK: list[Case] = [
    (
        "own-dev42a-check-bangkok-bot",
        "2025-04-30",
        (
            "[[BANGKOK|GPE|Bangkok]], April 30, 2025 - The [[BOT|ORG|Bank of Thailand]] cut its policy rate to 1.75 "
            "percent on Wednesday. The [[TMD|ORG|Thai Meteorological Department]] warned of summer storms in the "
            "north, and [[Pheu Thai|ORG|Pheu Thai Party]] lawmakers urged more stimulus.\n"
        ),
    ),
    (
        "own-dev42a-check-hanoi-sbv",
        "2025-07-06",
        (
            "[[HANOI|GPE|Hanoi]], July 6, 2025 - The [[SBV|ORG|State Bank of Vietnam]] said credit grew 9.9 percent "
            "in the first half. The [[GSO|ORG|General Statistics Office of Vietnam]] said exports to the "
            "[[United States|GPE]] rose 27 percent, the [[VNA|ORG|Vietnam News Agency]] reported.\n"
        ),
    ),
    (
        "own-dev42a-check-cairo-cbe",
        "2025-05-22",
        (
            "[[CAIRO|GPE|Cairo]], May 22, 2025 - The [[CBE|ORG|Central Bank of Egypt]] cut its overnight deposit "
            "rate by 100 basis points on Thursday, [[MENA|ORG|Middle East News Agency]] reported. "
            "[[CAPMAS|ORG|Central Agency for Public Mobilization and Statistics]] said urban inflation rose to "
            "13.9 percent in April.\n"
        ),
    ),
    (
        "own-dev42a-check-brasilia-ibge",
        "2025-06-10",
        (
            "[[BRASILIA|GPE|Brasília]], June 10, 2025 - [[IBGE|ORG|Brazilian Institute of Geography and "
            "Statistics]] said inflation slowed to 5.3 percent in May. The [[BCB|ORG|Central Bank of Brazil]] is "
            "expected to raise rates again next week. Lawmakers of the [[PT|ORG|Workers' Party (Brazil)]] "
            "criticised the bank, while the [[PL|ORG|Liberal Party (Brazil, 2006)]] backed it.\n"
        ),
    ),
    (
        "own-dev42a-check-warsaw-nbp",
        "2025-05-07",
        (
            "[[WARSAW|GPE|Warsaw]], May 7, 2025 - The [[NBP|ORG|National Bank of Poland]] cut its main rate by 50 "
            "basis points to 5.25 percent on Wednesday, [[PAP|ORG|Polish Press Agency]] reported. [[PiS|ORG|Law "
            "and Justice]] called the cut a pre-election gift from the [[KO|ORG|Civic Coalition (Poland)]] government. "
            "[[GUS|ORG|Statistics Poland]] said inflation eased to 4.3 percent.\n"
        ),
    ),
    (
        "own-dev42a-check-kyiv-nbu",
        "2025-06-12",
        (
            "[[KYIV|GPE|Kyiv]], June 12, 2025 - The [[NBU|ORG|National Bank of Ukraine]] kept its key rate at 15.5 "
            "percent on Thursday. The [[SBU|ORG|Security Service of Ukraine]] said it had detained two suspects "
            "in [[Odesa|GPE]], and [[Naftogaz|ORG]] said gas imports from [[Europe|LOC]] rose.\n"
        ),
    ),
    (
        "own-dev42a-check-ottawa-1996",
        "1996-11-22",
        (
            "[[OTTAWA|GPE|Ottawa]] 1996-11-22\n\n"
            "[[Statscan|ORG|Statistics Canada]] said on Friday consumer prices rose 1.8 percent in the year to "
            "October. The [[CAW|ORG|Canadian Auto Workers]] said its strike at [[General Motors|ORG]] plants "
            "would go on, and the opposition [[Reform|ORG|Reform Party of Canada]] blamed the [[Liberals|ORG|"
            "Liberal Party of Canada]].\n"
        ),
    ),
    (
        "own-dev42a-check-geneva-ilo",
        "2025-05-28",
        (
            "[[GENEVA|GPE|Geneva]], May 28, 2025 - The [[ILO|ORG|International Labour Organization]] said on "
            "Wednesday that one in four jobs could be changed by artificial intelligence. The [[WMO|ORG|World "
            "Meteorological Organization]] warned of record heat, and the [[ICRC|ORG|International Committee of "
            "the Red Cross]] said it would cut staff after funding fell.\n"
        ),
    ),
    (
        "own-dev42a-check-paris-esa",
        "2025-06-16",
        (
            "[[PARIS|GPE|Paris]], June 16, 2025 - [[ESA|ORG|European Space Agency]] and [[NASA|ORG]] signed a deal "
            "on Monday to fly a rover to [[Mars|LOC]], while [[JAXA|ORG|JAXA]] and [[ISRO|ORG|Indian Space "
            "Research Organisation]] said their joint lunar mission would launch in 2028.\n"
        ),
    ),
    (
        "own-dev42a-check-dublin-cso",
        "2025-06-05",
        (
            "[[DUBLIN|GPE|Dublin]], June 5, 2025 - The [[CSO|ORG|Central Statistics Office (Ireland)]] said the "
            "economy grew 9.7 percent in the first quarter as firms rushed exports to the [[United States|GPE]]. "
            "[[Fianna Fail|ORG|Fianna Fáil]] and [[Sinn Fein|ORG|Sinn Féin]] clashed over housing, and the "
            "[[Central Bank|ORG|Central Bank of Ireland]] warned of tariff risks.\n"
        ),
    ),
    (
        "own-dev42a-check-mexico-banxico",
        "2025-06-26",
        (
            "[[MEXICO CITY|GPE|Mexico City]], June 26, 2025 - [[Banxico|ORG|Bank of Mexico]] cut its key rate by 50 "
            "basis points to 8 percent on Thursday. The ruling [[Morena|ORG|Morena (political party)]] praised "
            "the move, and the [[PAN|ORG|National Action Party (Mexico)]] said the peso would suffer. The "
            "[[PRI|ORG|Institutional Revolutionary Party]] did not comment.\n"
        ),
    ),
]


if __name__ == "__main__":
    build_sets(
        HERE / "own-entities-dev42a.jsonl",
        HERE / "own-entities-dev42a-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )
