"""Held-out set 23 (blind): marked texts of briefs 01-06 and their statements (see
``build_own23_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own23-ho-01", "nato-doorstep", "2025-06-05", "2025-06-05",
        "Doorstep statement by [[NATO|ORG]] Secretary General [[Mark Rutte|PERSON]] ahead of the meeting of "
        "[[NATO|ORG]] Ministers of Defence\n"
        "[[05 Jun. 2025|D|2025-06-05]] - [[Brussels|GPE]]\n\n"
        "[[NATO|ORG]] Secretary General [[Mark Rutte|PERSON]]: Good morning. [[Today|D|2025-06-05]] ministers "
        "will agree new capability targets for the whole [[Alliance|ORG|NATO]]. Our analysis shows that we "
        "need a [[400%|percent|400|%]] increase in air and missile defence, and thousands of additional "
        "armoured vehicles.\n\n"
        "At the summit in [[The Hague|GPE]] on [[24-25 June|D|2025-06-24/2025-06-25]], I expect Allies to "
        "agree to invest [[5%|percent|5|%]] of GDP in defence: [[3.5%|percent|3.5|%]] in core defence and "
        "[[1.5%|percent|1.5|%]] in defence-related investment. [[Last year|D|2024]], "
        "[[23|count|23|ally]] Allies met the [[2%|percent|2|%]] guideline, up from [[three|count|3|ally]] in "
        "[[2014|D|2014]].\n\n"
        "This morning I spoke with [[Ukrainian|NORP]] Defence Minister [[Rustem Umerov|PERSON]]. He told me "
        "that [[Russia|GPE]] launched [[more than 400|count|400|drone]] drones against [[Ukrainian|NORP]] "
        "cities on [[Sunday|D|2025-06-01]]. Allies have pledged [[more than €35 billion|money|35000000000|EUR]] "
        "in security assistance for [[Ukraine|GPE]] [[this year|D|2025]], and ministers will meet in the "
        "[[NATO-Ukraine Council|ORG]] [[tomorrow|D|2025-06-06]].\n\n"
        "Question ([[Reuters|ORG]]): Secretary General, [[Spain|GPE]] says it cannot reach "
        "[[5%|percent|5|%]] by [[2035|D|2035]]. Will there be an exception?\n\n"
        "[[NATO|ORG]] Secretary General [[Mark Rutte|PERSON]]: I have spoken to Prime Minister [[Pedro "
        "Sánchez|PERSON]] many times. The plan is for all [[32|count|32|ally]] Allies. [[U.S.|GPE|United "
        "States]] Secretary of Defense [[Pete Hegseth|PERSON]] said in [[February|D|2025-02]] that "
        "[[Europe|LOC]] must take primary responsibility for its own security, and I agree with him.\n\n"
        "Question ([[Deutsche Welle|ORG]]): Minister [[Boris Pistorius|PERSON]] has called for "
        "[[60,000|count|60000|soldier]] more soldiers in [[Germany|GPE]]. Is that enough?\n\n"
        "[[NATO|ORG]] Secretary General [[Mark Rutte|PERSON]]: [[Germany|GPE]] is doing a lot. Thank you.",
        [
            ("Rustem Umerov", "tell", "Russia launched more than 400 drones against Ukrainian cities on Sunday",
             False),
            ("Spain", "say", "it cannot reach 5% by 2035", False),
            ("Pete Hegseth", "say", "Europe must take primary responsibility for its own security", False),
            ("Boris Pistorius", "call for", "60,000 more soldiers in Germany", False),
        ],
    ),
    (
        "own23-ho-02", "epa-press-release", "2025-04-17", "2025-04-17",
        "[[EPA|ORG|United States Environmental Protection Agency]] Announces [[Over $12 "
        "Million|money|12000000|USD]] to Clean Up Contaminated Sites in [[Ohio|GPE]] and [[Michigan|GPE]]\n"
        "[[April 17, 2025|D|2025-04-17]]\n\n"
        "[[CHICAGO|GPE|Chicago]] ([[April 17, 2025|D|2025-04-17]]) - [[Today|D|2025-04-17]], the [[U.S. "
        "Environmental Protection Agency|ORG|United States Environmental Protection Agency]] announced "
        "[[$12.4 million|money|12400000|USD]] in grants for [[14|count|14|community]] communities in "
        "[[Ohio|GPE]] and [[Michigan|GPE]] to assess and clean up former industrial land. The money comes from "
        "the [[Bipartisan Infrastructure Law|LAW|Infrastructure Investment and Jobs Act]], which provides "
        "[[$1.5 billion|money|1500000000|USD]] for such sites over [[five years|D|P5Y]].\n\n"
        "\"Cleaning up these sites puts land back to work and brings jobs to the heartland,\" said "
        "[[EPA|ORG|United States Environmental Protection Agency]] Administrator [[Lee Zeldin|PERSON]]. "
        "\"Every dollar of these grants is expected to bring in [[$20|money|20|USD]] of private "
        "investment.\"\n\n"
        "[[EPA|ORG|United States Environmental Protection Agency]] Region 5 Administrator [[Anne "
        "Vogel|PERSON]] said the agency had received [[more than 60|count|60|application]] applications from "
        "the [[two|count|2|state]] states [[last year|D|2024]].\n\n"
        "Selected recipients:\n"
        "• [[Toledo, Ohio|GPE]]: [[$2 million|money|2000000|USD]] to clean up [[three|count|3|site]] former "
        "glass plants along the [[Maumee River|LOC]].\n"
        "• [[Flint, Michigan|GPE]]: [[$1.5 million|money|1500000|USD]] to remove contaminated soil from a "
        "[[12-acre|quantity|12|acre]] former auto parts site.\n"
        "• [[Youngstown, Ohio|GPE]]: [[$500,000|money|500000|USD]] for a community-wide assessment.\n"
        "• [[Saginaw, Michigan|GPE]]: [[$1 million|money|1000000|USD]] to clean up a former foundry next to the "
        "[[Saginaw River|LOC]].\n\n"
        "Since [[1995|D|1995]], [[EPA|ORG|United States Environmental Protection Agency]] brownfield "
        "investments have led to [[more than 200,000|count|200000|job]] jobs nationwide, according to the "
        "agency. Mayor [[Wade Kapszukiewicz|PERSON]] of [[Toledo|GPE|Toledo, Ohio]] said the grant would let "
        "the city open the riverfront to the public by [[2027|D|2027]].\n\n"
        "Grant agreements are expected to be signed in [[the summer|D|2025-06/2025-08]], and work will begin "
        "[[this fall|D|2025-09/2025-11]].",
        [
            ("Lee Zeldin", "say", "Cleaning up these sites puts land back to work and brings jobs to the "
             "heartland", True),
            ("Lee Zeldin", "say", "Every dollar of these grants is expected to bring in $20 of private "
             "investment.", True),
            ("Anne Vogel", "say", "the agency had received more than 60 applications from the two states last "
             "year", False),
            ("United States Environmental Protection Agency", "according to", "Since 1995, EPA brownfield "
             "investments have led to more than 200,000 jobs nationwide", False),
            ("Wade Kapszukiewicz", "say", "the grant would let the city open the riverfront to the public by "
             "2027", False),
        ],
    ),
    (
        "own23-ho-03", "brazil-government", "2025-11-06", "2025-11-06",
        "[[Brazil|GPE]] launches [[Tropical Forest Forever Facility|ORG]] with "
        "[[US$ 5.5 billion|money|5500000000|USD]] in [[first|ordinal|1]] pledges\n"
        "Published on [[06/11/2025|D|2025-11-06]]\n\n"
        "[[BELÉM|GPE|Belém]] - President [[Luiz Inácio Lula da Silva|PERSON]] [[today|D|2025-11-06]] launched "
        "the [[Tropical Forest Forever Facility|ORG]] ([[TFFF|ORG|Tropical Forest Forever Facility]]), a fund "
        "that will pay tropical countries for every hectare of standing forest, at a summit of world leaders ahead of "
        "[[COP30|EVENT|2025 United Nations Climate Change Conference]].\n\n"
        "[[Brazil|GPE]] will invest [[US$ 1 billion|money|1000000000|USD]] in the fund, and [[Norway|GPE]] "
        "announced [[US$ 3 billion|money|3000000000|USD]] over [[ten years|D|P10Y]]. [[Indonesia|GPE]] "
        "matched [[Brazil|GPE]]'s contribution. The fund aims to raise [[US$ 125 "
        "billion|money|125000000000|USD]], of which [[US$ 25 billion|money|25000000000|USD]] would come from "
        "sponsor countries.\n\n"
        "\"Forests cannot be worth more dead than alive,\" [[Lula|PERSON|Luiz Inácio Lula da Silva]] said. "
        "\"This is a fund for [[74|count|74|country]] developing countries, and [[20%|percent|20|%]] of every "
        "payment will go directly to indigenous peoples and local communities.\"\n\n"
        "The Minister of Environment and Climate Change, [[Marina Silva|PERSON]], said deforestation in the "
        "[[Amazon|LOC|Amazon rainforest]] had fallen by [[11%|percent|11|%]] in [[the 12 months to "
        "July|D|2024-08/2025-07]], to [[5,796 square kilometres|quantity|5796|km2]], according to the "
        "[[National Institute for Space Research|ORG]] ([[Inpe|ORG|National Institute for Space Research]]).\n\n"
        "The [[World Bank|ORG]] will act as trustee of the fund. [[France|GPE]] said it would "
        "announce its contribution before the end of the conference, which runs in [[Belém|GPE]] from [[10 to 21 November|D|2025-11-10/2025-11-21]].\n\n"
        "Finance Minister [[Fernando Haddad|PERSON]] said the [[Brazilian|NORP]] contribution would be paid in "
        "[[2026|D|2026]]. [[COP30|EVENT|2025 United Nations Climate Change Conference]] President [[André Corrêa "
        "do Lago|PERSON]] said the fund could start making payments within [[two years|D|P2Y]].",
        [
            ("Norway", "announce", "US$ 3 billion over ten years", False),
            ("Luiz Inácio Lula da Silva", "say", "Forests cannot be worth more dead than alive", True),
            ("Luiz Inácio Lula da Silva", "say", "This is a fund for 74 developing countries, and 20% of every "
             "payment will go directly to indigenous peoples and local communities.", True),
            ("Marina Silva", "say", "deforestation in the Amazon had fallen by 11% in the 12 months to July, to "
             "5,796 square kilometres", False),
            ("France", "say", "it would announce its contribution before the end of the conference", False),
            ("Fernando Haddad", "say", "the Brazilian contribution would be paid in 2026", False),
            ("André Corrêa do Lago", "say", "the fund could start making payments within two years", False),
        ],
    ),
    (
        "own23-ho-04", "world-bank-release", "2025-06-10", "2025-06-10",
        "[[World Bank|ORG]] Approves [[$850 Million|money|850000000|USD]] to Strengthen Jobs and Climate "
        "Resilience in [[Bangladesh|GPE]]\n\n"
        "[[WASHINGTON|GPE|Washington, D.C.]], [[June 10, 2025|D|2025-06-10]] - The [[World Bank|ORG]]'s Board "
        "of Executive Directors [[today|D|2025-06-10]] approved [[two|count|2|project]] projects totaling "
        "[[$850 million|money|850000000|USD]] to help [[Bangladesh|GPE]] create jobs and protect coastal "
        "communities from cyclones and floods.\n\n"
        "The [[first|ordinal|1]] project, of [[$500 million|money|500000000|USD]], will support [[about "
        "300,000|count|300000|worker]] young workers with training and will help small firms in [[Dhaka|GPE]] "
        "and [[Chittagong|GPE]] get credit. The [[second|ordinal|2]] project, of [[$350 million|money|350000000|USD]], will build "
        "[[400|count|400|shelter]] multipurpose cyclone shelters and repair [[250 kilometers|quantity|250|km]] "
        "of embankments in [[Khulna Division|GPE]].\n\n"
        "[[Bangladesh|GPE]]'s economy grew by [[4.2 percent|percent|4.2|%]] in [[fiscal year "
        "2024|D|2023-07/2024-06]], down from [[5.8 percent|percent|5.8|%]] in [[fiscal year 2023|D|2022-07/2023-06]], and "
        "inflation has stayed above [[9 percent|percent|9|%]] for [[more than two years|D|P2Y]]. "
        "[[About 2 million|count|2000000|person]] young people enter the labor market each year.\n\n"
        "\"[[Bangladesh|GPE]] has made remarkable progress in reducing poverty, but it must create more and "
        "better jobs for its young people,\" said [[Jean Pesme|PERSON]], [[World Bank|ORG]] Division Director "
        "for [[Bangladesh|GPE]] and [[Bhutan|GPE]].\n\n"
        "The financing comes from the [[International Development Association|ORG]] ([[IDA|ORG|International "
        "Development Association]]), the [[World Bank|ORG]]'s fund for the poorest countries. [[IDA|ORG|"
        "International Development Association]] credits have a [[30-year|D|P30Y]] maturity and a "
        "[[five-year|D|P5Y]] grace period. [[Bangladesh|GPE]] is among the largest recipients of "
        "[[IDA|ORG|International Development Association]] support, with [[more than $17 "
        "billion|money|17000000000|USD]] in ongoing projects.\n\n"
        "Task team leader [[Nadia Hossain|PERSON]] said the shelters would protect [[more than "
        "1,000|count|1000|person]] people each during a storm. Finance Adviser [[Salehuddin Ahmed|PERSON]] said "
        "the government would add [[$120 million|money|120000000|USD]] of its own. The [[World Bank|ORG]] "
        "expects growth to recover to [[5.1 percent|percent|5.1|%]] in [[fiscal year "
        "2026|D|2025-07/2026-06]].",
        [
            ("Jean Pesme", "say", "Bangladesh has made remarkable progress in reducing poverty, but it must "
             "create more and better jobs for its young people", True),
            ("Nadia Hossain", "say", "the shelters would protect more than 1,000 people each during a storm",
             False),
            ("Salehuddin Ahmed", "say", "the government would add $120 million of its own", False),
            ("World Bank", "expect", "growth to recover to 5.1 percent in fiscal year 2026", False),
        ],
    ),
    (
        "own23-ho-05", "unicef-release", "2025-07-15", "2025-07-15",
        "[[14.3 million|count|14300000|infant]] infants missed out on any vaccination in [[2024|D|2024]], "
        "[[WHO|ORG|World Health Organization]] and [[UNICEF|ORG]] say\n\n"
        "[[NEW YORK|GPE|New York City]]/[[GENEVA|GPE|Geneva]], [[15 July 2025|D|2025-07-15]] - Global "
        "immunization coverage stalled in [[2024|D|2024]], leaving [[14.3 million|count|14300000|infant]] "
        "infants without a single dose of any vaccine, according to data released [[today|D|2025-07-15]] by "
        "the [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) and "
        "[[UNICEF|ORG]].\n\n"
        "The number of these so-called zero-dose children fell by only [[171,000|count|171000|child]] from "
        "[[2023|D|2023]]. [[About 85 per cent|percent|85|%]] of infants received [[three|count|3|dose]] doses "
        "of the diphtheria, tetanus and pertussis vaccine, and [[84 per cent|percent|84|%]] received a "
        "[[first|ordinal|1]] dose of measles vaccine, well below the [[95 per cent|percent|95|%]] needed to "
        "prevent outbreaks.\n\n"
        "Coverage of [[first|ordinal|1]] doses has barely moved since [[2019|D|2019]]. Of the "
        "[[14.3 million|count|14300000|child]] children, more than half live in [[nine|count|9|country]] "
        "countries, among them [[Nigeria|GPE]], [[India|GPE]], [[Sudan|GPE]] and the [[Democratic Republic of "
        "the Congo|GPE]]. Measles outbreaks were reported in [[60|count|60|country]] countries in "
        "[[2024|D|2024]], up from [[33|count|33|country]] in [[2022|D|2022]].\n\n"
        "\"Vaccines save lives, and every child deserves that protection,\" said [[UNICEF|ORG]] Executive "
        "Director [[Catherine Russell|PERSON]]. \"Yet deep cuts to aid are putting these hard-won gains at "
        "risk.\"\n\n"
        "[[WHO|ORG|World Health Organization]] Director-General [[Tedros Adhanom Ghebreyesus|PERSON]] warned "
        "that the funding gap could undo [[two decades|D|P20Y]] of progress. [[Gavi|ORG|GAVI]]"
        " said it had raised [[more than $9 billion|money|9000000000|USD]] of the "
        "[[$11.9 billion|money|11900000000|USD]] it needs for [[2026-2030|D|2026/2030]].\n\n"
        "Coverage of the HPV vaccine among adolescent girls rose to [[31 per cent|percent|31|%]] from "
        "[[27 per cent|percent|27|%]] in [[2023|D|2023]]. The estimates cover "
        "[[195|count|195|country]] countries and are published every July.",
        [
            ("Catherine Russell", "say", "Vaccines save lives, and every child deserves that protection", True),
            ("Catherine Russell", "say", "Yet deep cuts to aid are putting these hard-won gains at risk.", True),
            ("Tedros Adhanom Ghebreyesus", "warn", "the funding gap could undo two decades of progress", False),
            ("GAVI", "say", "it had raised more than $9 billion of the $11.9 billion it "
             "needs for 2026-2030", False),
        ],
    ),
    (
        "own23-ho-06", "ndrrmc-sitrep", "2024-07-27", "2024-07-27",
        "[[NDRRMC|ORG|National Disaster Risk Reduction and Management Council]] Situational Report No. 12 for "
        "the Combined Effects of the Southwest Monsoon and [[Typhoon CARINA|EVENT|Typhoon Gaemi]] "
        "([[GAEMI|EVENT|Typhoon Gaemi]])\n"
        "As of [[27 July 2024|D|2024-07-27]], 6:00 AM\n\n"
        "I. SITUATION OVERVIEW\n"
        "On [[24 July 2024|D|2024-07-24]], [[Typhoon CARINA|EVENT|Typhoon Gaemi]] enhanced the Southwest "
        "Monsoon, bringing heavy rains over [[Metro Manila|GPE]], [[Central Luzon|GPE]] and "
        "[[CALABARZON|GPE|Calabarzon]]. [[PAGASA|ORG]] recorded "
        " [[more than 300 mm|quantity|300|mm]] of rainfall in [[Quezon "
        "City|GPE]]. [[CARINA|EVENT|Typhoon Gaemi]] left the [[Philippines|GPE]] on "
        "[[25 July|D|2024-07-25]].\n\n"
        "II. AFFECTED POPULATION\n"
        "A total of [[1,045,286|count|1045286|family]] families or [[4,217,350|count|4217350|person]] persons "
        "were affected in [[2,478|count|2478|barangay]] barangays. Of these, [[32,516|count|32516|family]] "
        "families are staying in [[614|count|614|evacuation center]] evacuation centers.\n\n"
        "III. CASUALTIES\n"
        "Dead: [[39|count|39|person]]\n"
        "Injured: [[22|count|22|person]]\n"
        "Missing: [[4|count|4|person]]\n\n"
        "IV. DAMAGE\n"
        "Damage to agriculture is estimated at [[PHP 1.3 billion|money|1300000000|PHP]], affecting "
        "[[23,400|count|23400|farmer]] farmers and [[41,000 hectares|quantity|41000|ha]] of crops. A total of "
        "[[1,120|count|1120|house]] houses were damaged.\n\n"
        "V. RESPONSE\n"
        "The [[Department of Social Welfare and Development|ORG]] ([[DSWD|ORG|Department of Social Welfare and "
        "Development]]) has provided [[₱412 million|money|412000000|PHP]] worth of food packs and cash aid. Secretary "
        "[[Rex Gatchalian|PERSON]] said another [[100,000|count|100000|pack]] packs would reach [[Bulacan|GPE]] "
        "and [[Pampanga|GPE]] by [[Sunday|D|2024-07-28]]. "
        "President [[Ferdinand Marcos Jr.|PERSON|Bongbong Marcos]] placed [[Metro Manila|GPE]] under a state "
        "of calamity on [[24 July|D|2024-07-24]], and classes were suspended for [[two days|D|P2D]].\n\n"
        "The tanker [[MT Terranova|PRODUCT]], carrying [[1.4 million litres|quantity|1400000|l]] of industrial "
        "fuel oil, sank off [[Limay|GPE|Limay, Bataan]], [[Bataan|GPE]], on [[25 July|D|2024-07-25]]. The "
        "[[Philippine Coast Guard|ORG]] said the oil slick had reached [[Manila Bay|LOC]] but not the shores of "
        "[[Cavite|GPE]]. The [[Department of Agriculture|ORG|Department of Agriculture (Philippines)]] said the "
        "damage figures would rise as more reports came in. [[Office of Civil Defense|ORG|Office of Civil Defense (Philippines)]] Administrator "
        "[[Ariel Nepomuceno|PERSON]] said relief operations would continue until [[Monday|D|2024-07-29]].",
        [
            ("Rex Gatchalian", "say", "another 100,000 packs would reach Bulacan and Pampanga by Sunday", False),
            ("Philippine Coast Guard", "say", "the oil slick had reached Manila Bay but not the shores of Cavite",
             False),
            ("Department of Agriculture (Philippines)", "say", "the damage figures would rise as more reports came "
             "in", False),
            ("Ariel Nepomuceno", "say", "relief operations would continue until Monday", False),
        ],
    ),
]
