"""Invented wire-copy snippets, the way a reader would take them: who is named, as
what kind of actor, and which names are one actor. Everything here was written for
this test (officials, outlets, groups and companies are fictional; real countries,
cities, seas and organisations appear as they would in real coverage).

They were written in twenty-five batches, each before the round of fixes it prompted (see
README, Accuracy), with a few cases for the rules of a round. Each snippet lists
`expect`: (text as written, canonical actor, allowed types) — every mention with that
text must have that actor and one of those types, and at least one must exist — and
`never`: texts that must not be mentions at all.
"""

from __future__ import annotations

import pytest

from presswatch.nlp import actors, pipeline

PLACE = ("GPE", "LOC")
PERSON, ORG, GPE, LOC, NORP = ("PERSON",), ("ORG",), ("GPE",), ("LOC",), ("NORP",)

SNIPPETS = [
    # officials with titles, a capital acting for its government
    (
        "BERLIN (Northwind News) - Germany's Foreign Minister Claudia Brenner said on "
        "Monday that Berlin would send two more air-defence systems to Poland. Brenner "
        "told reporters the decision had been agreed with Warsaw.",
        [
            ("Northwind News", "Northwind News", ORG),
            ("Germany", "Germany", GPE),
            ("Claudia Brenner", "Claudia Brenner", PERSON),
            ("Brenner", "Claudia Brenner", PERSON),
            ("Berlin", "Germany", GPE),
            ("Poland", "Poland", GPE),
            ("Warsaw", "Poland", GPE),
        ],
        ["Foreign Minister"],
    ),
    # an acronym defined in the text, then "the council"
    (
        "The Danube Shipping Council (DSC) said on Tuesday that traffic on the river "
        "had fallen by a third since August. A DSC spokesman said the council expected "
        "a recovery in the spring.",
        [
            ("Danube Shipping Council", "Danube Shipping Council", ORG),
            ("DSC", "Danube Shipping Council", ORG),
            ("the council", "Danube Shipping Council", ORG),
        ],
        [],
    ),
    # "the group" refers back to an armed group
    (
        "Fighters of the Free Valley Front seized two villages overnight, according to "
        "local officials. The group said in a statement that it had taken 40 prisoners.",
        [
            ("Free Valley Front", "Free Valley Front", ORG),
            ("The group", "Free Valley Front", ORG),
        ],
        [],
    ),
    # a ministry of a country, then "the ministry"
    (
        "Poland's Agriculture Ministry said grain imports from Ukraine had doubled in "
        "October. The ministry added that checks at the border would continue.",
        [
            ("Poland's Agriculture Ministry", "Poland's Agriculture Ministry", ORG),
            ("The ministry", "Poland's Agriculture Ministry", ORG),
            ("Ukraine", "Ukraine", GPE),
        ],
        [],
    ),
    # "the alliance" is NATO
    (
        "NATO will move more aircraft to Romania, Secretary General Lars Vinter said on "
        "Thursday. The alliance has doubled its air patrols over the Black Sea since May.",
        [
            ("NATO", "NATO", ORG),
            ("The alliance", "NATO", ORG),
            ("Romania", "Romania", GPE),
            ("Lars Vinter", "Lars Vinter", PERSON),
            ("Black Sea", "Black Sea", LOC),
        ],
        ["Secretary General"],
    ),
    # capitals standing for governments
    (
        "Moscow said on Friday it would retaliate for the strike. Kyiv dismissed the "
        "threat, and Washington urged both sides to show restraint.",
        [
            ("Moscow", "Russia", GPE),
            ("Kyiv", "Ukraine", GPE),
            ("Washington", "United States", GPE),
        ],
        [],
    ),
    # a capital named as a place stays the city
    (
        "Two people were hurt when debris from a drone fell on a school in Kyiv, "
        "Ukraine's emergency service said.",
        [("Kyiv", "Kyiv", LOC), ("Ukraine", "Ukraine", GPE)],
        [],
    ),
    # curly apostrophes, possessives, a non-English name
    (
        "Hungary’s prime minister, Gábor Fekete, said on Wednesday that Budapest’s veto "
        "would stand. Fekete’s office did not say when talks would resume.",
        [
            ("Hungary", "Hungary", GPE),
            ("Gábor Fekete", "Gábor Fekete", PERSON),
            ("Budapest", "Hungary", GPE),
            ("Fekete", "Gábor Fekete", PERSON),
        ],
        [],
    ),
    # a name with the particles "van der"
    (
        "Ursula van der Brink, the European Commission's trade chief, said the bloc "
        "would respond within days. Van der Brink spoke after talks in Brussels.",
        [
            ("Ursula van der Brink", "Ursula van der Brink", PERSON),
            ("Van der Brink", "Ursula van der Brink", PERSON),
            ("European Commission", "European Commission", ORG),
        ],
        [],
    ),
    # "von" and a military title
    (
        "General Friedrich von Hallstein, who commands the brigade in Lithuania, said "
        "the troops were ready. Von Hallstein declined to give numbers.",
        [
            ("Friedrich von Hallstein", "Friedrich von Hallstein", PERSON),
            ("Von Hallstein", "Friedrich von Hallstein", PERSON),
            ("Lithuania", "Lithuania", GPE),
        ],
        ["General"],
    ),
    # hyphenated names
    (
        "Anna-Lena Kowalczyk-Berg, a spokeswoman for the Polish Border Guard, said 300 "
        "people had been turned back at the crossing. Kowalczyk-Berg said the figure "
        "was a record.",
        [
            ("Anna-Lena Kowalczyk-Berg", "Anna-Lena Kowalczyk-Berg", PERSON),
            ("Kowalczyk-Berg", "Anna-Lena Kowalczyk-Berg", PERSON),
            ("Polish Border Guard", "Polish Border Guard", ORG),
        ],
        [],
    ),
    # a Turkish minister and the straits
    (
        "Turkey's transport minister, Oğuz Yıldırım, said the Bosphorus would stay "
        "open to grain ships. Traffic through the Dardanelles was normal, Yıldırım said.",
        [
            ("Turkey", "Turkey", GPE),
            ("Oğuz Yıldırım", "Oğuz Yıldırım", PERSON),
            ("Yıldırım", "Oğuz Yıldırım", PERSON),
            ("Bosphorus", "Bosphorus", LOC),
            ("Dardanelles", "Dardanelles", LOC),
        ],
        [],
    ),
    # waterways are places, never people
    (
        "Three tankers waited at the entrance to the Bosphorus on Sunday as Turkish "
        "officials checked their insurance papers.",
        [("Bosphorus", "Bosphorus", LOC), ("Turkish", "Turks", NORP)],
        [],
    ),
    # a portfolio word of a title is no organisation
    (
        "Defence Minister Pekka Laine said Finland would buy more artillery shells "
        "next year. Laine did not say how many.",
        [
            ("Pekka Laine", "Pekka Laine", PERSON),
            ("Laine", "Pekka Laine", PERSON),
            ("Finland", "Finland", GPE),
        ],
        ["Defence", "Defence Minister"],
    ),
    # a company after its classifier noun, and again on its own
    (
        "The shipping company Nordlys Freight said one of its vessels had been damaged "
        "by a mine. Nordlys Freight said the crew of 14 was safe.",
        [("Nordlys Freight", "Nordlys Freight", ORG)],
        [],
    ),
    # a ferry operator is an organisation
    (
        "The ferry operator Baltrans cancelled all sailings to Gotland on Saturday "
        "because of the storm.",
        [("Baltrans", "Baltrans", ORG), ("Gotland", "Gotland", PLACE)],
        [],
    ),
    # a nationality adjective makes the country's ministry
    (
        "The Romanian Defence Ministry said a drone had crashed near the border with "
        "Ukraine. Romania's defence ministry later said the debris would be examined.",
        [
            ("Romanian Defence Ministry", "Romania's Defence Ministry", ORG),
            # lowercase, the same ministry (until the eighth round: "Romania" alone)
            ("Romania's defence ministry", "Romania's Defence Ministry", ORG),
            ("Ukraine", "Ukraine", GPE),
        ],
        [],
    ),
    # state media citing a ministry
    (
        "RIA Novosti reported, citing the Russian Defence Ministry, that 12 drones had "
        "been shot down over the Belgorod region overnight.",
        [
            ("RIA Novosti", "RIA Novosti", ORG),
            ("Russian Defence Ministry", "Russia's Defence Ministry", ORG),
            ("Belgorod", "Belgorod", PLACE),
        ],
        [],
    ),
    # abbreviations of countries
    (
        "U.S. and U.K. officials said the sanctions would take effect next month.",
        [("U.S.", "United States", GPE), ("U.K.", "United Kingdom", GPE)],
        [],
    ),
    # nationality adjectives stay the group, never a place or an organisation
    (
        "Lithuanian officials said more than 100 balloons had entered Lithuanian "
        "airspace since Monday.",
        [("Lithuanian", "Lithuanians", NORP)],
        [],
    ),
    # a port city named as a place
    (
        "A drone struck a grain ship off Odesa on Tuesday, and a second vessel was hit "
        "after leaving Izmail.",
        [("Odesa", "Odesa", PLACE), ("Izmail", "Izmail", PLACE)],
        [],
    ),
    # an acronym with the long name in apposition
    (
        "Inspectors from the IAEA, the International Atomic Energy Agency, visited the "
        "plant on Monday. The IAEA said it had found no damage to the reactors.",
        [
            ("IAEA", "International Atomic Energy Agency", ORG),
            ("International Atomic Energy Agency", "International Atomic Energy Agency",
             ORG),
        ],
        [],
    ),
    # a quoted speaker named after the quote, then by surname
    (
        '"We were not warned," said Marek Zielinski, a farmer near the border. '
        "Zielinski said three of his fields had been damaged.",
        [
            ("Marek Zielinski", "Marek Zielinski", PERSON),
            ("Zielinski", "Marek Zielinski", PERSON),
        ],
        [],
    ),
    # an honorific with a surname
    (
        "Adaeze Okonkwo, Nigeria's envoy to the talks, said progress had been made. Ms. "
        "Okonkwo said a deal could be signed in Geneva next week.",
        [
            ("Adaeze Okonkwo", "Adaeze Okonkwo", PERSON),
            ("Okonkwo", "Adaeze Okonkwo", PERSON),
            ("Nigeria", "Nigeria", GPE),
        ],
        [],
    ),
    # a wire dateline: the city, the agency
    (
        "VILNIUS, Oct 3 (Harbour Wire) - Lithuania closed two border crossings with "
        "Belarus on Friday after balloons forced Vilnius airport to halt flights.",
        [
            ("Harbour Wire", "Harbour Wire", ORG),
            ("Lithuania", "Lithuania", GPE),
            ("Belarus", "Belarus", GPE),
        ],
        [],
    ),
    # a country the model may take for an organisation
    (
        "Moldova summoned the Russian ambassador on Monday after two drones crossed "
        "into Moldovan airspace. Moldova said it would complain to the United Nations.",
        [
            ("Moldova", "Moldova", GPE),
            ("Moldovan", "Moldovans", NORP),
            ("United Nations", "United Nations", ORG),
        ],
        [],
    ),
    # seas and regions are places
    (
        "Patrols in the Baltic and the Black Sea will be doubled, officials said, after "
        "cables were damaged in the Gulf of Finland.",
        [
            ("Baltic", "Baltic", LOC),
            ("Black Sea", "Black Sea", LOC),
            ("Gulf of Finland", "Gulf of Finland", LOC),
        ],
        [],
    ),
    # the Kremlin and its spokesman
    (
        "The Kremlin said on Tuesday that no talks were planned. Kremlin spokesman "
        "Pavel Orlov told reporters that Moscow had not received any proposal.",
        [
            ("Kremlin", "Kremlin", ORG),
            ("Pavel Orlov", "Pavel Orlov", PERSON),
            ("Moscow", "Russia", GPE),
        ],
        [],
    ),
    # Japan's Defense Ministry, then "the Defense Ministry"
    (
        "Japan’s Defense Ministry said a Chinese aircraft carrier had sailed near "
        "Okinawa. The Defense Ministry said it had scrambled fighter jets.",
        [
            ("Japan’s Defense Ministry", "Japan's Defense Ministry", ORG),
            ("Defense Ministry", "Japan's Defense Ministry", ORG),
            ("Chinese", "Chinese", NORP),
        ],
        [],
    ),
    # a trade union, then "the union"
    (
        "The Baltic Dockworkers Union called a strike at three ports on Monday. The "
        "union said 2,000 members would walk out.",
        [
            ("Baltic Dockworkers Union", "Baltic Dockworkers Union", ORG),
            ("The union", "Baltic Dockworkers Union", ORG),
        ],
        [],
    ),
    # an analyst of an institute with a long name
    (
        "Jakob Strand of the Nordic Institute for Maritime Security said the raids "
        "were meant as a warning. Strand said more would follow.",
        [
            ("Jakob Strand", "Jakob Strand", PERSON),
            ("Strand", "Jakob Strand", PERSON),
            ("Nordic Institute for Maritime Security",
             "Nordic Institute for Maritime Security", ORG),
        ],
        [],
    ),
    # -- a second batch, written after the fixes above, as a check that they generalise
    (
        "ANKARA, Nov 4 (Meridian Wire) - Turkey's Foreign Ministry summoned the Greek "
        "ambassador on Tuesday. The ministry said Athens had violated an agreement.",
        [
            ("Meridian Wire", "Meridian Wire", ORG),
            ("Turkey's Foreign Ministry", "Turkey's Foreign Ministry", ORG),
            ("The ministry", "Turkey's Foreign Ministry", ORG),
            ("Athens", "Greece", GPE),
            ("Greek", "Greeks", NORP),
        ],
        [],
    ),
    (
        "The Eastern Shield Brigade said it had repelled an attack near Kupiansk. A "
        "spokesman for the brigade, Taras Melnyk, said two soldiers were wounded.",
        [
            ("Eastern Shield Brigade", "Eastern Shield Brigade", ORG),
            ("the brigade", "Eastern Shield Brigade", ORG),
            ("Taras Melnyk", "Taras Melnyk", PERSON),
            ("Kupiansk", "Kupiansk", PLACE),
        ],
        [],
    ),
    (
        "Jean-Pierre Delacroix, France's envoy to the talks, said Paris would not "
        "back the plan. Delacroix said the Élysée had been consulted.",
        [
            ("Jean-Pierre Delacroix", "Jean-Pierre Delacroix", PERSON),
            ("Delacroix", "Jean-Pierre Delacroix", PERSON),
            ("France", "France", GPE),
            ("Paris", "France", GPE),
        ],
        [],
    ),
    (
        "The Caspian Energy Forum (CEF) published its forecast on Monday. CEF analysts "
        "said gas flows through the Caspian Sea pipeline would rise.",
        [
            ("Caspian Energy Forum", "Caspian Energy Forum", ORG),
            ("CEF", "Caspian Energy Forum", ORG),
        ],
        [],
    ),
    (
        "Ukraine’s Energy Ministry said power had been restored in Dnipro. The "
        "ministry’s spokeswoman, Olena Hrytsenko, said repairs would take weeks.",
        [
            ("Ukraine’s Energy Ministry", "Ukraine's Energy Ministry", ORG),
            ("Olena Hrytsenko", "Olena Hrytsenko", PERSON),
        ],
        [],
    ),
    (
        "Tanker traffic through the Strait of Hormuz slowed on Wednesday, the shipping "
        "firm Gulfmar Logistics said. Gulfmar Logistics said two of its ships waited.",
        [
            ("Strait of Hormuz", "Strait of Hormuz", LOC),
            ("Gulfmar Logistics", "Gulfmar Logistics", ORG),
        ],
        [],
    ),
    (
        "Estonian officials said a Russian helicopter had entered Estonian airspace "
        "near Narva. Tallinn said it would protest.",
        [
            ("Estonian", "Estonians", NORP),
            ("Russian", "Russians", NORP),
            ("Tallinn", "Estonia", GPE),
        ],
        [],
    ),
    (
        "Maria dos Santos, a lawyer for the families, said the court in Lisbon would "
        "rule next week. Dos Santos said the families wanted an apology.",
        [
            ("Maria dos Santos", "Maria dos Santos", PERSON),
            ("Dos Santos", "Maria dos Santos", PERSON),
        ],
        [],
    ),
    (
        "The World Food Programme said deliveries to Sudan had stopped. The agency "
        "said 300 trucks were waiting at the border with Chad.",
        [
            ("World Food Programme", "World Food Programme", ORG),
            ("The agency", "World Food Programme", ORG),
            ("Sudan", "Sudan", GPE),
            ("Chad", "Chad", GPE),
        ],
        [],
    ),
    (
        "Finance Minister Ingrid Solberg said Norway’s budget would include more "
        "money for Ukraine. Solberg’s ministry did not give a figure.",
        [
            ("Ingrid Solberg", "Ingrid Solberg", PERSON),
            ("Solberg", "Ingrid Solberg", PERSON),
            ("Norway", "Norway", GPE),
        ],
        ["Finance"],
    ),
    # -- a third batch, written after the second round of fixes (10 of 12 passed)
    (
        "Brazil's Finance Minister, Rafael Monteiro, said Brasília would cut spending. Monteiro’s deputy, Lúcia Ferraz, declined to comment.",
        [
            ('Brazil', 'Brazil', GPE),
            ('Finance Minister', 'Rafael Monteiro', PERSON),
            ('Rafael Monteiro', 'Rafael Monteiro', PERSON),
            ('Monteiro', 'Rafael Monteiro', PERSON),
            ('Lúcia Ferraz', 'Lúcia Ferraz', PERSON),
        ],
        [],
    ),
    (
        'The Sahel Relief Alliance (SRA) warned of famine in Mali. The alliance said 2 million people needed food aid, an SRA official said.',
        [
            ('Sahel Relief Alliance', 'Sahel Relief Alliance', ORG),
            ('SRA', 'Sahel Relief Alliance', ORG),
            ('The alliance', 'Sahel Relief Alliance', ORG),
            ('Mali', 'Mali', GPE),
        ],
        [],
    ),
    (
        'Beijing rejected the report on Thursday. China’s Foreign Ministry spokesman Zhao Wen said the claims were baseless.',
        [
            ('Beijing', 'China', GPE),
            ('China’s Foreign Ministry', "China's Foreign Ministry", ORG),
            ('Zhao Wen', 'Zhao Wen', PERSON),
        ],
        [],
    ),
    (
        'Two cargo ships collided in the Kattegat strait off Denmark, the Danish Maritime Authority said. The authority said no oil had leaked.',
        [
            ('Denmark', 'Denmark', GPE),
            ('Danish Maritime Authority', 'Danish Maritime Authority', ORG),
            ('The authority', 'Danish Maritime Authority', ORG),
        ],
        [],
    ),
    (
        'Karl-Heinz Berger, chief executive of the steelmaker Rheinstahl Werke, said the plant in Duisburg would close. Berger blamed energy prices.',
        [
            ('Karl-Heinz Berger', 'Karl-Heinz Berger', PERSON),
            ('Berger', 'Karl-Heinz Berger', PERSON),
            ('Rheinstahl Werke', 'Rheinstahl Werke', ORG),
            ('Duisburg', 'Duisburg', PLACE),
        ],
        [],
    ),
    (
        "Ukraine's military intelligence agency said it had struck a depot in Crimea. The agency did not say what weapons were used.",
        [
            ('Ukraine', 'Ukraine', GPE),
            ('Crimea', 'Crimea', LOC),
        ],
        [],
    ),
    (
        'Polish and Lithuanian troops held joint exercises near the Suwałki Gap, Poland’s Defence Ministry said.',
        [
            ('Polish', 'Poles', NORP),
            ('Lithuanian', 'Lithuanians', NORP),
            ('Poland’s Defence Ministry', "Poland's Defence Ministry", ORG),
        ],
        [],
    ),
    (
        "Ambassador Henrietta O'Neill told the UN Security Council that London would support new sanctions. O'Neill said Britain had evidence.",
        [
            ("Henrietta O'Neill", "Henrietta O'Neill", PERSON),
            ("O'Neill", "Henrietta O'Neill", PERSON),
            ('UN Security Council', 'UN Security Council', ORG),
            ('London', 'United Kingdom', GPE),
        ],
        ['Ambassador'],
    ),
    (
        'The Kyiv Independent reported that three drones hit an oil depot near Bryansk. Russia’s governor of the region, Alexei Voronov, said no one was hurt.',
        [
            ('Kyiv Independent', 'Kyiv Independent', ORG),
            ('Bryansk', 'Bryansk', PLACE),
            ('Alexei Voronov', 'Alexei Voronov', PERSON),
        ],
        [],
    ),
    (
        'Sweden’s coast guard said the tanker Baltic Pearl had anchored off Gotland. The coast guard boarded the ship on Sunday.',
        [
            ('Sweden', 'Sweden', GPE),
            ('Gotland', 'Gotland', PLACE),
        ],
        ['Baltic Pearl'],
    ),
    (
        'Ahmed al-Rashidi, a spokesman for the Iraqi government, said Baghdad would not allow attacks from its territory. Al-Rashidi spoke in Erbil.',
        [
            ('Ahmed al-Rashidi', 'Ahmed al-Rashidi', PERSON),
            ('Al-Rashidi', 'Ahmed al-Rashidi', PERSON),
            ('Iraqi', 'Iraqis', NORP),
            ('Baghdad', 'Iraq', GPE),
        ],
        [],
    ),
    (
        'Shares in Nordvik Shipping fell 8% after the company said a second vessel had been seized in the Red Sea.',
        [
            ('Nordvik Shipping', 'Nordvik Shipping', ORG),
            ('the company', 'Nordvik Shipping', ORG),
            ('Red Sea', 'Red Sea', LOC),
        ],
        [],
    ),
    # -- a fourth batch, written after the third round (9 of 12 passed)
    (
        'The Pentagon said on Monday that U.S. forces had intercepted two drones over the Red Sea. Pentagon spokesman Col. Mark Ridley said no ships were hit.',
        [
            ('Pentagon', 'Pentagon', ORG),
            ('U.S.', 'United States', GPE),
            ('Red Sea', 'Red Sea', LOC),
            ('Mark Ridley', 'Mark Ridley', PERSON),
        ],
        [],
    ),
    (
        'Pieter de Vries of the Dutch Safety Board said the report would be published in March. De Vries said investigators had spoken to the crew.',
        [
            ('Pieter de Vries', 'Pieter de Vries', PERSON),
            ('De Vries', 'Pieter de Vries', PERSON),
            ('Dutch Safety Board', 'Dutch Safety Board', ORG),
        ],
        [],
    ),
    (
        "President Lee Min-jun of South Korea met Japan's prime minister in Seoul on Friday. Lee said the two leaders had agreed to share intelligence.",
        [
            ('Lee Min-jun', 'Lee Min-jun', PERSON),
            ('South Korea', 'South Korea', GPE),
            ('Japan', 'Japan', GPE),
            ('Seoul', 'Seoul', LOC),
        ],
        [],
    ),
    (
        'The Kremlin’s spokesman, Pavel Orlov, said Moscow had not been informed. The Kremlin later said talks could resume.',
        [
            ('Kremlin', 'Kremlin', ORG),
            ('Pavel Orlov', 'Pavel Orlov', PERSON),
            ('Moscow', 'Russia', GPE),
        ],
        [],
    ),
    (
        "Farmers in Romania and Bulgaria protested against grain imports. The European Commission said it would study the complaints, and the commission's trade chief flew to Bucharest.",
        [
            ('Romania', 'Romania', GPE),
            ('Bulgaria', 'Bulgaria', GPE),
            ('European Commission', 'European Commission', ORG),
            ('the commission', 'European Commission', ORG),
        ],
        [],
    ),
    (
        "A Washington-based think tank, the Center for Maritime Strategy, said China had built three more bases. The center's director, Emily Tran, said satellite images showed runways.",
        [
            ('Center for Maritime Strategy', 'Center for Maritime Strategy', ORG),
            ('China', 'China', GPE),
            ('Emily Tran', 'Emily Tran', PERSON),
        ],
        [],
    ),
    (
        'Hamid bin Zayed, the envoy of the United Arab Emirates, arrived in Khartoum on Sunday. Bin Zayed met Sudanese officials.',
        [
            ('Hamid bin Zayed', 'Hamid bin Zayed', PERSON),
            ('Bin Zayed', 'Hamid bin Zayed', PERSON),
            ('United Arab Emirates', 'United Arab Emirates', GPE),
            ('Sudanese', 'Sudanese', NORP),
        ],
        [],
    ),
    (
        'Norway’s state oil firm Nordhav said output at its Arctic field would fall. Nordhav blamed a compressor failure.',
        [
            ('Norway', 'Norway', GPE),
            ('Nordhav', 'Nordhav', ORG),
            ('Arctic', 'Arctic', LOC),
        ],
        [],
    ),
    (
        'The Organisation for Security and Co-operation in Europe (OSCE) said its monitors had been denied access. The OSCE called on both sides to allow them through.',
        [
            ('OSCE', 'OSCE', ORG),
        ],
        [],
    ),
    (
        'Latvia’s interior minister, Jānis Ozols, said the border fence would be finished by June. Ozols visited the crossing at Terehova.',
        [
            ('Latvia', 'Latvia', GPE),
            ('Jānis Ozols', 'Jānis Ozols', PERSON),
            ('Ozols', 'Jānis Ozols', PERSON),
        ],
        ['June'],
    ),
    (
        'Georgia’s ruling party said the protests were organised from abroad. Tbilisi has rejected criticism from the European Union.',
        [
            ('Georgia', 'Georgia', GPE),
            ('Tbilisi', 'Georgia', GPE),
            ('European Union', 'European Union', ORG),
        ],
        [],
    ),
    # -- a fifth batch, written after the fourth round (6 of 10 passed)
    (
        'Deputy Interior Minister Sergiy Tkachenko said Ukraine’s State Emergency Service had evacuated 400 people. The service said more rain was expected.',
        [
            ('Sergiy Tkachenko', 'Sergiy Tkachenko', PERSON),
            ('Ukraine’s State Emergency Service', "Ukraine's State Emergency Service", ORG),
            ('The service', "Ukraine's State Emergency Service", ORG),
        ],
        ['Interior'],
    ),
    (
        "The Baltic Energy Regulators' Council (BERC) fined the grid operator Latgrid. BERC said Latgrid had ignored two warnings.",
        [
            ('BERC', "Baltic Energy Regulators' Council", ORG),
            ('Latgrid', 'Latgrid', ORG),
        ],
        [],
    ),
    (
        'Warsaw summoned Belarus’s ambassador after soldiers crossed the border. Poland’s foreign minister, Tomasz Wrona, called the incursion a provocation.',
        [
            ('Warsaw', 'Poland', GPE),
            ('Belarus', 'Belarus', GPE),
            ('Tomasz Wrona', 'Tomasz Wrona', PERSON),
            ('Poland', 'Poland', GPE),
        ],
        [],
    ),
    (
        'Marie-Claire Dubois, a spokeswoman for the French Navy, said the frigate had left Toulon. Dubois said the navy would escort ships through the Red Sea.',
        [
            ('Marie-Claire Dubois', 'Marie-Claire Dubois', PERSON),
            ('Dubois', 'Marie-Claire Dubois', PERSON),
            ('French Navy', 'French Navy', ORG),
            ('the navy', 'French Navy', ORG),
            ('Red Sea', 'Red Sea', LOC),
        ],
        [],
    ),
    (
        "Ludwig von Eckstein, Germany's ambassador to NATO, said Berlin supported the plan. Von Eckstein said the alliance must act quickly.",
        [
            ('Ludwig von Eckstein', 'Ludwig von Eckstein', PERSON),
            ('Von Eckstein', 'Ludwig von Eckstein', PERSON),
            ('Germany', 'Germany', GPE),
            ('NATO', 'NATO', ORG),
            ('Berlin', 'Germany', GPE),
            ('the alliance', 'NATO', ORG),
        ],
        [],
    ),
    (
        "The Free Syrian Lawyers Association said 12 detainees had been released. The group's director, Rami Haddad, said others were still held in Damascus.",
        [
            ('Free Syrian Lawyers Association', 'Free Syrian Lawyers Association', ORG),
            ('The group', 'Free Syrian Lawyers Association', ORG),
            ('Rami Haddad', 'Rami Haddad', PERSON),
        ],
        [],
    ),
    (
        'Chinese coast guard ships fired water cannon at a Philippine vessel near the Scarborough Shoal, Manila said. Beijing said the vessel had entered Chinese waters.',
        [
            ('Chinese', 'Chinese', NORP),
            ('Philippine', 'Philippines', (*NORP, *GPE)),
            ('Manila', 'Philippines', GPE),
            ('Beijing', 'China', GPE),
        ],
        [],
    ),
    (
        'Moldova’s President Irina Cebotari said Chişinău would ask the EU for help. Cebotari’s office said the request had been sent.',
        [
            ('Moldova', 'Moldova', GPE),
            ('Irina Cebotari', 'Irina Cebotari', PERSON),
            ('Cebotari', 'Irina Cebotari', PERSON),
            ('EU', 'European Union', ORG),
        ],
        [],
    ),
    (
        'The International Committee of the Red Cross (ICRC) said its staff had reached Mariupol. The ICRC said it could not confirm the number of dead.',
        [
            ('International Committee of the Red Cross', 'International Committee of the Red Cross', ORG),
            ('ICRC', 'International Committee of the Red Cross', ORG),
        ],
        [],
    ),
    (
        "Estonia's Defence Forces said a Russian jet had violated its airspace over Vaindloo island. The Defence Forces said the jet stayed for two minutes.",
        [
            ("Estonia's Defence Forces", "Estonia's Defence Forces", ORG),
            ('Defence Forces', "Estonia's Defence Forces", ORG),
            ('Russian', 'Russians', NORP),
        ],
        [],
    ),
    # -- a sixth batch, written after the fifth round (6 of 10 passed; two of the
    # misses were expectations the alias table answers otherwise: the table's
    # "Palestinian Islamic Jihad", and pycountry's "Vatican City" for the Holy See)
    (
        "The European Union agreed new sanctions on Monday. The bloc's foreign policy chief, Teresa Lindqvist, said more would follow.",
        [
            ('European Union', 'European Union', ORG),
            ('The bloc', 'European Union', ORG),
            ('Teresa Lindqvist', 'Teresa Lindqvist', PERSON),
        ],
        [],
    ),
    (
        'Hungary’s government said it would block the aid package. Budapest’s envoy, Zoltán Kiss, told colleagues in Brussels that the decision was final.',
        [
            ('Hungary', 'Hungary', GPE),
            ('Budapest', 'Hungary', GPE),
            ('Zoltán Kiss', 'Zoltán Kiss', PERSON),
        ],
        ['the government'],
    ),
    (
        "Volkswagen said on Tuesday it would cut 5,000 jobs. The company's chief executive, Markus Hahn, said the cuts were painful.",
        [
            ('Volkswagen', 'Volkswagen', ORG),
            ('The company', 'Volkswagen', ORG),
            ('Markus Hahn', 'Markus Hahn', PERSON),
        ],
        [],
    ),
    (
        'Islamic Jihad claimed the attack, the group’s spokesman Abu Hamza said in a video. Israel’s army said it had struck the group’s positions in Gaza.',
        [
            ('Islamic Jihad', 'Palestinian Islamic Jihad', ORG),
            ('Abu Hamza', 'Abu Hamza', PERSON),
            ('Israel', 'Israel', GPE),
        ],
        [],
    ),
    (
        'Kazakhstan’s Energy Ministry said oil exports through the Caspian Pipeline Consortium (CPC) had resumed. The CPC said repairs had been completed.',
        [
            ('Kazakhstan’s Energy Ministry', "Kazakhstan's Energy Ministry", ORG),
            ('Caspian Pipeline Consortium', 'Caspian Pipeline Consortium', ORG),
            ('CPC', 'Caspian Pipeline Consortium', ORG),
        ],
        [],
    ),
    (
        'Nikolai Petrov, head of the Russian Academy of Sciences, said funding had been cut. Petrov spoke to the Interfax news agency.',
        [
            ('Nikolai Petrov', 'Nikolai Petrov', PERSON),
            ('Petrov', 'Nikolai Petrov', PERSON),
            ('Russian Academy of Sciences', 'Russian Academy of Sciences', ORG),
            ('Interfax', 'Interfax', ORG),
        ],
        [],
    ),
    (
        'Thousands marched in Tbilisi on Sunday. Georgian police said 20 people had been detained, and the Interior Ministry said officers had been injured.',
        [
            ('Tbilisi', 'Tbilisi', LOC),
            ('Georgian', 'Georgians', NORP),
            ('Interior Ministry', "Georgia's Interior Ministry", ORG),
        ],
        [],
    ),
    (
        'Sir Keith Haworth, Britain’s ambassador to Ukraine, said London would provide another £500 million. Haworth spoke in Kyiv.',
        [
            ('Keith Haworth', 'Keith Haworth', PERSON),
            ('Britain', 'United Kingdom', GPE),
            ('London', 'United Kingdom', GPE),
            ('Haworth', 'Keith Haworth', PERSON),
            ('Kyiv', 'Kyiv', LOC),
        ],
        [],
    ),
    (
        'The Vatican said Pope Leo would visit Lebanon in May. The Holy See did not give dates.',
        [
            ('Vatican', 'Vatican City', GPE),
            ('Holy See', 'Vatican City', GPE),
            ('Lebanon', 'Lebanon', GPE),
        ],
        [],
    ),
    (
        'O’Brien, the Irish finance minister, said Dublin would not change its corporate tax rate. Ireland’s budget will be presented next week.',
        [
            ('Dublin', 'Ireland', GPE),
            ('Ireland', 'Ireland', GPE),
            ('Irish', 'Irish', NORP),
        ],
        [],
    ),
    # -- a seventh batch, written after the sixth round (6 of 8 passed; one miss
    # was the table's "UN Development Programme")
    (
        'RIGA, Nov 12 (Baltic Wire) - Latvia will close two more crossings on its border with Russia, Prime Minister Laura Kalniņa said on Wednesday. "We cannot wait," Kalniņa told reporters.',
        [
            ('Baltic Wire', 'Baltic Wire', ORG),
            ('Latvia', 'Latvia', GPE),
            ('Russia', 'Russia', GPE),
            ('Laura Kalniņa', 'Laura Kalniņa', PERSON),
            ('Kalniņa', 'Laura Kalniņa', PERSON),
        ],
        [],
    ),
    (
        '“The situation is under control,” said Colonel Andrii Shevchuk, a spokesman for Ukraine’s air force. Shevchuk said 30 drones had been downed.',
        [
            ('Andrii Shevchuk', 'Andrii Shevchuk', PERSON),
            ('Shevchuk', 'Andrii Shevchuk', PERSON),
        ],
        [],
    ),
    (
        'The United Nations Development Programme (UNDP) said reconstruction would cost $500 billion. UNDP head Amina Diallo said donors must act.',
        [
            ('United Nations Development Programme', 'UN Development Programme', ORG),
            ('UNDP', 'UN Development Programme', ORG),
            ('Amina Diallo', 'Amina Diallo', PERSON),
        ],
        [],
    ),
    (
        'Russia’s Defence Ministry said its forces had taken the village of Novohrodivka. The ministry published a video of soldiers raising a flag.',
        [
            ('Russia’s Defence Ministry', "Russia's Defence Ministry", ORG),
            ('The ministry', "Russia's Defence Ministry", ORG),
            ('Novohrodivka', 'Novohrodivka', PLACE),
        ],
        [],
    ),
    (
        "Prime Minister Mark Lindgren of Sweden said Stockholm would host the summit. Sweden's Foreign Minister, Eva Berglund, said invitations had been sent.",
        [
            ('Mark Lindgren', 'Mark Lindgren', PERSON),
            ('Sweden', 'Sweden', GPE),
            ('Stockholm', 'Sweden', GPE),
            ('Eva Berglund', 'Eva Berglund', PERSON),
        ],
        [],
    ),
    (
        'The Houthis said they had fired missiles at a ship in the Gulf of Aden. The group’s military spokesman said the vessel was Israeli-owned.',
        [
            ('Houthis', 'Houthis', (*ORG, *NORP)),
            ('Gulf of Aden', 'Gulf of Aden', LOC),
            ('The group', 'Houthis', (*ORG, *NORP)),
        ],
        [],
    ),
    (
        'Ms. Kowalska, who leads the opposition Civic Platform party, said the vote was rigged. Anna Kowalska has called for a recount.',
        [
            ('Kowalska', 'Anna Kowalska', PERSON),
            ('Anna Kowalska', 'Anna Kowalska', PERSON),
        ],
        [],
    ),
    (
        "Tokyo lodged a protest with Beijing after Chinese coast guard vessels entered waters near the Senkaku Islands, Japan's Foreign Ministry said.",
        [
            ('Tokyo', 'Japan', GPE),
            ('Beijing', 'China', GPE),
            ('Senkaku Islands', 'Senkaku Islands', LOC),
            ("Japan's Foreign Ministry", "Japan's Foreign Ministry", ORG),
        ],
        [],
    ),
    # "the group" with no group named before is no mention
    (
        "Officials said the group of ships had left port before dawn.",
        [],
        ["the group"],
    ),
    # -- an eighth batch, written after the seventh round (5 of 13 passed: lowercase
    # ministries with their country, a party's acronym of its own language, results
    # tables, a company's name, "Kuwait City", "landed on Lampedusa", "the office";
    # one miss was the expectation's: "the Israeli military" is the nationality, as
    # "Russian forces" is)
    (
        "Turkey's defence ministry said two Turkish soldiers were killed in northern Iraq. The ministry blamed the PKK for the attack.",
        [
            ("Turkey's defence ministry", "Turkey's Defence Ministry", ORG),
            ("The ministry", "Turkey's Defence Ministry", ORG),
            ("Turkish", "Turks", NORP),
            ("Iraq", "Iraq", GPE),
            ("PKK", "PKK", ORG),
        ],
        [],
    ),
    (
        "North Korea test-fired a new cruise missile on Thursday, the state news agency KCNA reported, and leader Kim Jong Un watched the launch. Seoul said it was analysing the flight data.",
        [
            ("North Korea", "North Korea", GPE),
            ("KCNA", "KCNA", ORG),
            ("Kim Jong Un", "Kim Jong Un", PERSON),
            ("Seoul", "South Korea", GPE),
        ],
        ["Thursday"],
    ),
    (
        "China's commerce ministry said it would tighten export controls on gallium, Xinhua reported. The Chinese foreign ministry said the move was not aimed at any country.",
        [
            ("China's commerce ministry", "China's Commerce Ministry", ORG),
            ("Xinhua", "Xinhua", ORG),
            ("Chinese foreign ministry", "China's Foreign Ministry", ORG),
        ],
        [],
    ),
    (
        "President Moreau said on Friday that France would send more instructors to Ukraine. Mr Moreau spoke in Paris after talks with Chancellor Weber. Weber said Berlin agreed.",
        [
            ("Moreau", "Moreau", PERSON),
            ("France", "France", GPE),
            ("Ukraine", "Ukraine", GPE),
            ("Paris", "Paris", LOC),
            ("Weber", "Weber", PERSON),
            ("Berlin", "Germany", GPE),
        ],
        ["President Moreau", "Chancellor Weber"],
    ),
    (
        "Support for the far-right Alternative for Germany (AfD) rose to 21%, the poll showed, while the conservative CDU fell two points. AfD co-leader Katrin Vogel said the party would win in Saxony.",
        [
            ("Alternative for Germany", "Alternative for Germany", ORG),
            ("AfD", "Alternative for Germany", ORG),
            ("CDU", "CDU", ORG),
            ("Katrin Vogel", "Katrin Vogel", PERSON),
            ("the party", "Alternative for Germany", ORG),
            ("Saxony", "Saxony", PLACE),
        ],
        [],
    ),
    (
        "Hezbollah fired rockets at northern Israel on Sunday, and the Israeli military said it had struck the group's launchers in southern Lebanon. Hamas praised the attack.",
        [
            ("Hezbollah", "Hezbollah", ORG),
            ("Israel", "Israel", GPE),
            ("Israeli", "Israelis", NORP),
            ("the group", "Hezbollah", ORG),
            ("Lebanon", "Lebanon", GPE),
            ("Hamas", "Hamas", ORG),
        ],
        [],
    ),
    (
        "A report by the Office for Democratic Institutions and Human Rights (ODIHR) said the vote in Azerbaijan was marred by pressure on voters. The office said its observers were barred from 12 polling stations.",
        [
            ("Office for Democratic Institutions and Human Rights", "Office for Democratic Institutions and Human Rights", ORG),
            ("ODIHR", "Office for Democratic Institutions and Human Rights", ORG),
            ("The office", "Office for Democratic Institutions and Human Rights", ORG),
            ("Azerbaijan", "Azerbaijan", GPE),
        ],
        [],
    ),
    (
        "Halvard Marine said on Tuesday its third-quarter results were: Revs 4.21 billion vs 3.98 billion; Net 312 million vs 290 million; Avg shs 120.4 million vs 119.8 million.",
        [("Halvard Marine", "Halvard Marine", ORG)],
        ["Revs", "Net", "Avg", "Avg shs"],
    ),
    (
        "SOCCER - ENGLISH PREMIER LEAGUE RESULTS.\n\nLONDON 2026-11-21\n\nResults of English Premier League matches on Saturday: Arsenal 2 Chelsea 1, Everton 0 Liverpool 3.",
        [
            ("Arsenal", "Arsenal", ORG),
            ("Chelsea", "Chelsea", ORG),
            ("Everton", "Everton", ORG),
            ("Liverpool", "Liverpool", ORG),
        ],
        ["SOCCER", "RESULTS"],
    ),
    (
        "Russian forces launched 90 drones at Ukrainian cities overnight, Ukraine's air force said. Russian troops also advanced near Pokrovsk, the Russian Defence Ministry said.",
        [
            ("Russian", "Russians", NORP),
            ("Ukrainian", "Ukrainians", NORP),
            ("Ukraine", "Ukraine", GPE),
            ("Pokrovsk", "Pokrovsk", PLACE),
            ("Russian Defence Ministry", "Russia's Defence Ministry", ORG),
        ],
        [],
    ),
    (
        "Flights from Kuwait City to Baghdad resumed on Monday. Kuwait said its airspace was safe, and Djibouti reopened its port to container ships.",
        [
            ("Kuwait City", "Kuwait City", PLACE),
            ("Baghdad", "Baghdad", LOC),
            ("Kuwait", "Kuwait", GPE),
            ("Djibouti", "Djibouti", GPE),
        ],
        [],
    ),
    (
        "By Sofia Marchetti\n\nROME (Adriatic Wire) - Italy's interior ministry said 1,200 migrants had landed on Lampedusa over the weekend, and Marchetti's sources said more boats had left Libya.",
        [
            ("Sofia Marchetti", "Sofia Marchetti", PERSON),
            ("Marchetti", "Sofia Marchetti", PERSON),
            ("Adriatic Wire", "Adriatic Wire", ORG),
            ("Italy's interior ministry", "Italy's Interior Ministry", ORG),
            ("Lampedusa", "Lampedusa", PLACE),
            ("Libya", "Libya", GPE),
        ],
        ["By Sofia Marchetti"],
    ),
    (
        "Ukrainian servicemen fire a howitzer near Bakhmut, Ukraine, March 3, 2026. REUTERS/Olena Petrenko",
        [
            ("Ukrainian", "Ukrainians", NORP),
            ("Bakhmut", "Bakhmut", PLACE),
            ("Ukraine", "Ukraine", GPE),
            ("REUTERS", "Reuters", ORG),
            ("Olena Petrenko", "Olena Petrenko", PERSON),
        ],
        ["REUTERS/Olena Petrenko"],
    ),
    # -- a ninth batch, written after the eighth round (6 of 11 passed: honorifics
    # without a dot taken into the name, acronyms defined in brackets that the model
    # missed, a credit line's "Reporting by", a photo credit after a slash, a club's
    # short name; one miss was the expectation's: a league is a competition, not
    # typed by the datasets as an actor)
    (
        "President Élise Moreau said France would not recognise the vote. Ms Moreau told the Senate on Tuesday that Moreau's government had consulted its allies.",
        [
            ("Élise Moreau", "Élise Moreau", PERSON),
            ("Moreau", "Élise Moreau", PERSON),
            ("France", "France", GPE),
            ("Senate", "Senate", ORG),
        ],
        ["President Élise Moreau", "Ms Moreau"],
    ),
    (
        "Russian foreign ministry spokeswoman Daria Volkova said Moscow would respond, TASS reported. Volkova did not say how.",
        [
            ("Russian foreign ministry", "Russia's Foreign Ministry", ORG),
            ("Daria Volkova", "Daria Volkova", PERSON),
            ("Volkova", "Daria Volkova", PERSON),
            ("Moscow", "Russia", GPE),
            ("TASS", "TASS", ORG),
        ],
        [],
    ),
    (
        "Iran's Tasnim news agency said the tanker had been seized in the Gulf of Oman. IRNA, the official news agency, later said the crew was safe.",
        [
            ("Iran", "Iran", GPE),
            ("Tasnim", "Tasnim", ORG),
            ("Gulf of Oman", "Gulf of Oman", LOC),
            ("IRNA", "IRNA", ORG),
        ],
        [],
    ),
    (
        "Leaders of the Economic Community of West African States (ECOWAS) met in Abuja on Sunday. ECOWAS said Niger's junta had until Friday to respond.",
        [
            ("Economic Community of West African States", "Economic Community of West African States", ORG),
            ("ECOWAS", "Economic Community of West African States", ORG),
            ("Abuja", "Abuja", LOC),
            ("Niger", "Niger", GPE),
        ],
        [],
    ),
    (
        "Ukraine's military said it had shot down 40 drones overnight. Kyiv has asked Western allies for more air defence, and the Ukrainian parliament voted to extend martial law.",
        [
            ("Ukraine", "Ukraine", GPE),
            ("Kyiv", "Ukraine", GPE),
            ("Western", "the West", NORP),
            ("Ukrainian", "Ukrainians", NORP),
        ],
        [],
    ),
    (
        "KYIV, Dec 2 (Capital Wire) - Air raid alerts sounded across Ukraine on Tuesday.\n\n(Reporting by Olena Harmash and Tom Balmforth; Editing by Kevin Liffey)",
        [
            ("Capital Wire", "Capital Wire", ORG),
            ("Ukraine", "Ukraine", GPE),
            ("Olena Harmash", "Olena Harmash", PERSON),
            ("Tom Balmforth", "Tom Balmforth", PERSON),
            ("Kevin Liffey", "Kevin Liffey", PERSON),
        ],
        ["Reporting", "Editing"],
    ),
    (
        "FILE PHOTO: Hungarian Prime Minister Viktor Halasz attends a European Union leaders summit in Brussels, Belgium, June 27, 2025. REUTERS/Yves Marchand/File Photo",
        [
            ("Hungarian", "Hungarians", NORP),
            ("Viktor Halasz", "Viktor Halasz", PERSON),
            ("European Union", "European Union", ORG),
            ("Brussels", "Brussels", LOC),
            ("Belgium", "Belgium", GPE),
            ("Yves Marchand", "Yves Marchand", PERSON),
        ],
        ["FILE PHOTO", "File Photo", "Prime Minister"],
    ),
    (
        "Bayern Munich beat Borussia Dortmund 2-1 on Saturday to go top of the Bundesliga. Harry Kane scored both goals for Bayern.",
        [
            ("Bayern Munich", "Bayern Munich", ORG),
            ("Borussia Dortmund", "Borussia Dortmund", ORG),
            ("Harry Kane", "Harry Kane", PERSON),
            ("Bayern", "Bayern Munich", ORG),
        ],
        ["Munich"],
    ),
    (
        "Iranian Foreign Minister Hossein Karimi said Tehran would not negotiate under pressure. The Iranian foreign ministry later summoned the British charge d'affaires.",
        [
            ("Hossein Karimi", "Hossein Karimi", PERSON),
            ("Tehran", "Iran", GPE),
            ("Iranian foreign ministry", "Iran's Foreign Ministry", ORG),
            ("British", "British", NORP),
        ],
        ["Foreign Minister", "Iranian Foreign Minister"],
    ),
    (
        "Al-Shabaab fighters attacked a military base near Mogadishu, Somalia's government said. The group has stepped up attacks since the African Union force began to withdraw.",
        [
            ("Al-Shabaab", "al-Shabaab", ORG),
            ("Mogadishu", "Mogadishu", PLACE),
            ("Somalia", "Somalia", GPE),
            ("The group", "al-Shabaab", ORG),
            ("African Union", "African Union", ORG),
        ],
        [],
    ),
    (
        "The UN refugee agency UNHCR said 20,000 people had crossed into Chad in a week. Its representative in N'Djamena, Fatima Oumar, said camps were full.",
        [
            ("UNHCR", "UNHCR", ORG),
            ("Chad", "Chad", GPE),
            ("N'Djamena", "N'Djamena", PLACE),
            ("Fatima Oumar", "Fatima Oumar", PERSON),
        ],
        [],
    ),
    # -- a tenth batch, written after the ninth round (7 of 11 passed: a country that
    # is also a first name of the article, a company's first word the model took
    # for a person, a one-word name in apposition to "security police"; one miss
    # was the expectation's: the Gaza Strip is a territory, GPE as well as LOC)
    (
        "THE HAGUE, Jan 5 (Northwind News) - The International Court of Justice will rule on Friday on South Africa's request, the court said.",
        [
            ("Northwind News", "Northwind News", ORG),
            ("International Court of Justice", "International Court of Justice", ORG),
            ("South Africa", "South Africa", GPE),
            ("the court", "International Court of Justice", ORG),
        ],
        [],
    ),
    (
        "U.N. Secretary-General Ana Ferreira called for a ceasefire in Sudan. Ferreira said the Rapid Support Forces (RSF) and the army must let aid through.",
        [
            ("U.N.", "United Nations", ORG),
            ("Ana Ferreira", "Ana Ferreira", PERSON),
            ("Ferreira", "Ana Ferreira", PERSON),
            ("Sudan", "Sudan", GPE),
            ("Rapid Support Forces", "Rapid Support Forces", ORG),
            ("RSF", "Rapid Support Forces", ORG),
        ],
        ["Secretary-General Ana Ferreira"],
    ),
    (
        "Palestinians inspect a house destroyed in an Israeli strike in Rafah, in the southern Gaza Strip, May 6, 2026. REUTERS/Mahmoud Haddad",
        [
            ("Palestinians", "Palestinians", NORP),
            ("Israeli", "Israelis", NORP),
            ("Rafah", "Rafah", PLACE),
            ("Gaza Strip", "Gaza Strip", PLACE),
            ("REUTERS", "Reuters", ORG),
            ("Mahmoud Haddad", "Mahmoud Haddad", PERSON),
        ],
        [],
    ),
    (
        "Chad Miller, a spokesman for the shipping line, said its ships would avoid the Red Sea. Chad and Niger closed their border on Monday.",
        [
            ("Chad Miller", "Chad Miller", PERSON),
            ("Red Sea", "Red Sea", LOC),
            ("Chad", "Chad", GPE),
            ("Niger", "Niger", GPE),
        ],
        [],
    ),
    (
        "Shares in Kestrel Energy fell 6% in Oslo after the company cut its dividend. Chief executive Lars Holm said Kestrel would sell two fields.",
        [
            ("Kestrel Energy", "Kestrel Energy", ORG),
            ("the company", "Kestrel Energy", ORG),
            ("Oslo", "Oslo", LOC),
            ("Lars Holm", "Lars Holm", PERSON),
            ("Kestrel", "Kestrel Energy", ORG),
        ],
        [],
    ),
    (
        "Yevgeny Sokolov, the Russian-installed governor of the Zaporizhzhia region, said Ukrainian shelling had cut power. Kyiv did not comment.",
        [
            ("Yevgeny Sokolov", "Yevgeny Sokolov", PERSON),
            ("Zaporizhzhia", "Zaporizhzhia", PLACE),
            ("Ukrainian", "Ukrainians", NORP),
            ("Kyiv", "Ukraine", GPE),
        ],
        [],
    ),
    (
        "South Korea's Yonhap news agency said the North had fired artillery near the border. Pyongyang's state broadcaster KRT showed leader Kim Jong Un at a factory.",
        [
            ("South Korea", "South Korea", GPE),
            ("Yonhap", "Yonhap", ORG),
            ("Pyongyang", "North Korea", GPE),
            ("KRT", "KRT", ORG),
            ("Kim Jong Un", "Kim Jong Un", PERSON),
        ],
        [],
    ),
    (
        "Britain, France and Germany urged Iran to return to talks. The three countries said Tehran's enrichment had no civilian purpose, the German foreign office said.",
        [
            ("Britain", "United Kingdom", GPE),
            ("France", "France", GPE),
            ("Germany", "Germany", GPE),
            ("Iran", "Iran", GPE),
            ("Tehran", "Iran", GPE),
        ],
        [],
    ),
    (
        "By Jonas Berg and Sara Lind\n\nSTOCKHOLM (Northern Ledger) - Sweden's security police, Säpo, said it had arrested two men suspected of spying for Russia.",
        [
            ("Jonas Berg", "Jonas Berg", PERSON),
            ("Sara Lind", "Sara Lind", PERSON),
            ("Northern Ledger", "Northern Ledger", ORG),
            ("Säpo", "Säpo", ORG),
            ("Russia", "Russia", GPE),
        ],
        [],
    ),
    (
        "Atlanta police said two officers were shot in the city's west end. Georgia's governor, Ray Collins, ordered flags to be flown at half mast across the state.",
        [
            ("Atlanta", "Atlanta", PLACE),
            ("Georgia", "Georgia", PLACE),
            ("Ray Collins", "Ray Collins", PERSON),
        ],
        [],
    ),
    (
        "Kurdish forces said they had detained 30 Islamic State fighters in northeast Syria. The Syrian Democratic Forces (SDF) said the men were planning attacks on prisons.",
        [
            ("Kurdish", "Kurds", NORP),
            ("Islamic State", "Islamic State", ORG),
            ("Syria", "Syria", GPE),
            ("Syrian Democratic Forces", "Syrian Democratic Forces", ORG),
            ("SDF", "Syrian Democratic Forces", ORG),
        ],
        [],
    ),
    # -- an eleventh batch, written after the tenth round and the re3d fixes (8 of
    # 10 passed: a name before "news agency", an ordinal opening a brigade's name)
    (
        "Turkish Defence Minister Yaşar Demir said Ankara had no plans to send troops, the state-run Anadolu Agency reported. Demir spoke in Izmir.",
        [
            ("Turkish", "Turks", NORP),
            ("Yaşar Demir", "Yaşar Demir", PERSON),
            ("Demir", "Yaşar Demir", PERSON),
            ("Ankara", "Turkey", GPE),
            ("Anadolu Agency", "Anadolu Agency", ORG),
            ("Izmir", "Izmir", PLACE),
        ],
        ["Defence", "Turkish Defence Minister"],
    ),
    (
        "The Iran-backed Houthis said they had targeted a tanker in the Red Sea, the Houthi-run Saba news agency reported.",
        [
            ("Iran", "Iran", GPE),
            ("Houthis", "Houthis", ORG),
            ("Red Sea", "Red Sea", LOC),
            ("Saba", "Saba", ORG),
        ],
        [],
    ),
    (
        "Russia's Federal Security Service (FSB) said it had detained a man suspected of planning an attack in Moscow. The FSB published a video of the arrest.",
        [
            ("FSB", "FSB", ORG),
            ("Moscow", "Moscow", LOC),
        ],
        [],
    ),
    (
        "Turkish President Tayyip Erdoğan said on Tuesday that Sweden must do more. Mr Erdoğan told reporters in Ankara that Stockholm had ignored Turkey's concerns.",
        [
            ("Tayyip Erdoğan", "Tayyip Erdoğan", PERSON),
            ("Erdoğan", "Tayyip Erdoğan", PERSON),
            ("Sweden", "Sweden", GPE),
            ("Ankara", "Ankara", LOC),
            ("Stockholm", "Sweden", GPE),
            ("Turkey", "Turkey", GPE),
        ],
        ["Mr Erdoğan"],
    ),
    (
        "Amnesty International's secretary general, Agnès Morel, said the trial was a sham. The rights group called for the release of all 14 defendants.",
        [
            ("Amnesty International", "Amnesty International", ORG),
            ("Agnès Morel", "Agnès Morel", PERSON),
        ],
        [],
    ),
    (
        "Brent crude rose 2% after OPEC+ agreed to keep output cuts in place. Analysts at Goldman Sachs said prices could reach $90 a barrel.",
        [
            ("Goldman Sachs", "Goldman Sachs", ORG),
        ],
        ["Brent"],
    ),
    (
        "A Ukrainian serviceman walks past a destroyed tank near Kurakhove, in the Donetsk region, in this handout picture released by the press service of the 24th Mechanised Brigade.",
        [
            ("Ukrainian", "Ukrainians", NORP),
            ("Kurakhove", "Kurakhove", PLACE),
            ("Donetsk", "Donetsk", PLACE),
            ("24th Mechanised Brigade", "24th Mechanised Brigade", ORG),
        ],
        [],
    ),
    (
        "The Dutch government said it would expel two Russian diplomats. Dutch Foreign Minister Caspar Veldkamp said The Hague had evidence of spying.",
        [
            ("Dutch", "Dutch", NORP),
            ("Russian", "Russians", NORP),
            ("Caspar Veldkamp", "Caspar Veldkamp", PERSON),
            ("The Hague", "Netherlands", GPE),
        ],
        [],
    ),
    (
        "Police in Kenya said al-Shabaab militants had killed six people near the Somali border. The Kenyan interior ministry said it had sent more officers to Lamu county.",
        [
            ("Kenya", "Kenya", GPE),
            ("al-Shabaab", "al-Shabaab", ORG),
            ("Somali", "Somalis", NORP),
            ("Kenyan interior ministry", "Kenya's Interior Ministry", ORG),
            ("Lamu", "Lamu", PLACE),
        ],
        [],
    ),
    (
        "Chinese state broadcaster CCTV said Beijing would hold drills around Taiwan. Taipei's defence ministry said it had detected 30 Chinese aircraft.",
        [
            ("Chinese", "Chinese", NORP),
            ("CCTV", "CCTV", ORG),
            ("Beijing", "China", GPE),
            ("Taiwan", "Taiwan", GPE),
            ("Taipei", "Taiwan", GPE),
        ],
        [],
    ),
    # -- a twelfth batch, written after the eleventh round and the sports rule (10 of
    # 10 passed)
    (
        "Germany's economy ministry cut its growth forecast on Wednesday. Economy Minister Katja Reiter said the Bundesbank shared the ministry's concerns.",
        [
            ("Germany's economy ministry", "Germany's Economy Ministry", ORG),
            ("Katja Reiter", "Katja Reiter", PERSON),
            ("Bundesbank", "Bundesbank", ORG),
        ],
        ["Economy", "Economy Minister"],
    ),
    (
        "The Palestinian Authority said Israeli settlers had attacked a village near Ramallah. The authority's spokesman, Nabil Saleh, said three people were hurt.",
        [
            ("Palestinian Authority", "Palestinian Authority", ORG),
            ("Israeli", "Israelis", NORP),
            ("Ramallah", "Ramallah", PLACE),
            ("Nabil Saleh", "Nabil Saleh", PERSON),
        ],
        [],
    ),
    (
        "Prime Minister Petr Novák of the Czech Republic said Prague would buy 24 more tanks. Mr Novák's ANO party backed the purchase.",
        [
            ("Petr Novák", "Petr Novák", PERSON),
            ("Novák", "Petr Novák", PERSON),
            ("Czech Republic", "Czechia", GPE),
            ("Prague", "Czechia", GPE),
            ("ANO", "ANO", ORG),
        ],
        ["Mr Novák"],
    ),
    (
        "PARIS (Capital Wire) - French prosecutors charged two men over the attack on a synagogue in Rouen, the Paris prosecutor's office said on Thursday.",
        [
            ("Capital Wire", "Capital Wire", ORG),
            ("French", "French", NORP),
            ("Rouen", "Rouen", PLACE),
        ],
        [],
    ),
    (
        "The Organization of American States (OAS) rejected the election result in Venezuela. OAS Secretary General Luis Barrios said the count was flawed.",
        [
            ("Organization of American States", "Organization of American States", ORG),
            ("OAS", "Organization of American States", ORG),
            ("Venezuela", "Venezuela", GPE),
            ("Luis Barrios", "Luis Barrios", PERSON),
        ],
        ["Secretary General"],
    ),
    (
        "Ukrainian drones hit a refinery in Russia's Samara region, a source in Ukraine's SBU security service told Capital Wire. Russia's defence ministry said 40 drones were downed.",
        [
            ("Ukrainian", "Ukrainians", NORP),
            ("Samara", "Samara", PLACE),
            ("SBU", "SBU", ORG),
            ("Capital Wire", "Capital Wire", ORG),
            ("Russia's defence ministry", "Russia's Defence Ministry", ORG),
        ],
        [],
    ),
    (
        "Shares of Norsk Hydrogen rose 12% in Oslo trading after the company won a contract from Equinor. Norsk Hydrogen's chief executive, Ingrid Dahl, said more orders would follow.",
        [
            ("Norsk Hydrogen", "Norsk Hydrogen", ORG),
            ("Oslo", "Oslo", PLACE),
            ("the company", "Norsk Hydrogen", ORG),
            ("Equinor", "Equinor", ORG),
            ("Ingrid Dahl", "Ingrid Dahl", PERSON),
        ],
        [],
    ),
    (
        "Hamas said it had handed over the bodies of two hostages to the Red Cross. Israel's prime minister's office said the remains were being identified.",
        [
            ("Hamas", "Hamas", ORG),
            ("Red Cross", "International Committee of the Red Cross", ORG),
            ("Israel", "Israel", GPE),
        ],
        [],
    ),
    (
        "Nigeria's army said it had killed 30 Boko Haram fighters in Borno state. The militants had attacked a military base near Maiduguri, the army said.",
        [
            ("Nigeria", "Nigeria", GPE),
            ("Boko Haram", "Boko Haram", ORG),
            ("Borno", "Borno", PLACE),
            ("Maiduguri", "Maiduguri", PLACE),
        ],
        [],
    ),
    (
        "President Lula of Brazil met Chinese President Xi Jinping in Beijing. Lula said Brasília wanted more Chinese investment.",
        [
            ("Lula", "Lula", PERSON),
            ("Brazil", "Brazil", GPE),
            ("Chinese", "Chinese", NORP),
            ("Xi Jinping", "Xi Jinping", PERSON),
            ("Beijing", "Beijing", LOC),
            ("Brasília", "Brazil", GPE),
        ],
        [],
    ),
    # -- cases for the rules of the eighth to eleventh rounds (written with the rules,
    # not blind)
    (
        "SOCCER - LEEDS HOLD ON AT WIGAN .\n\nWIGAN , England 2026-11-21\n\nResults on Saturday :\n\nWigan 1 Leeds 2\n\nPostponed : Bristol v Stoke\n\nSheffield beat Portsmouth 3-0 , and England will play Wales in Cardiff .",
        [
            ("Leeds", "Leeds", ORG),
            ("Bristol", "Bristol", ORG),
            ("Stoke", "Stoke", ORG),
            ("Portsmouth", "Portsmouth", ORG),
            ("Wales", "Wales", PLACE),
            ("Cardiff", "Cardiff", PLACE),
        ],
        [],
    ),
    (
        "Leeds City Council said on Monday that it would close two libraries in Leeds and Bristol, where Stoke 2 Portsmouth 1 was the weekend's result.",
        [("Leeds City Council", "Leeds City Council", ORG), ("Bristol", "Bristol", PLACE)],
        [],
    ),
    (
        "Minister for the Middle East, Sarah Whitcombe said the attack was appalling. Whitcombe called for calm.",
        [
            ("Minister", "Sarah Whitcombe", PERSON),
            ("Sarah Whitcombe", "Sarah Whitcombe", PERSON),
            ("Whitcombe", "Sarah Whitcombe", PERSON),
        ],
        ["Middle East"],
    ),
    (
        "Ms Bishop met Dr Karlsson in Canberra. Mr Haddad, Sir Neil Fraser and Gen. Aho Virtanen joined them.",
        [
            ("Bishop", "Bishop", PERSON),
            ("Karlsson", "Karlsson", PERSON),
            ("Haddad", "Haddad", PERSON),
            ("Neil Fraser", "Neil Fraser", PERSON),
            ("Aho Virtanen", "Aho Virtanen", PERSON),
        ],
        ["Ms Bishop", "Dr Karlsson", "Mr Haddad", "Sir Neil Fraser"],
    ),
    (
        "Ostra Bank reported second-quarter figures: Net 45.3 million vs 40.1 million; Shr 0.52 vs 0.47; Revs 310 million vs 295 million.",
        [("Ostra Bank", "Ostra Bank", ORG)],
        ["Net", "Shr", "Revs"],
    ),
    (
        "Hamburg 1 Werder Bremen 1, Stuttgart 3 Freiburg 0. Net profit at Hamburg rose, the club said.",
        [("Werder Bremen", "Werder Bremen", ORG)],
        [],
    ),
    (
        "The Lithuanian foreign ministry summoned the Belarusian envoy. Lithuania's defence ministry said two balloons had landed near Vilnius.",
        [
            ("Lithuanian foreign ministry", "Lithuania's Foreign Ministry", ORG),
            ("Belarusian", "Belarusians", NORP),
            ("Lithuania's defence ministry", "Lithuania's Defence Ministry", ORG),
        ],
        [],
    ),
    # -- a thirteenth round: three batches written before any of its fixes, in kinds
    # the file had few of. Batch A, courts, prosecutors, companies with their legal
    # form, regional governments, UN agencies (3 of 10 passed)
    (
        "NAIROBI (Harbour Wire) - The Supreme Court of Kenya annulled the result of the governor's election in Mombasa on Thursday. The court ordered a new vote within 60 days, Chief Justice Wanjiru Kamau said.",
        [
            ('Harbour Wire', 'Harbour Wire', ORG),
            ('Supreme Court of Kenya', 'Supreme Court of Kenya', ORG),
            ('The court', 'Supreme Court of Kenya', ORG),
            ('Mombasa', 'Mombasa', PLACE),
            ('Wanjiru Kamau', 'Wanjiru Kamau', PERSON),
        ],
        ['Chief Justice'],
    ),
    (
        "Prosecutors in Milan have opened an investigation into Vantora Group SpA over alleged tax fraud, the company said on Friday. Vantora said it was cooperating with the Milan prosecutor's office.",
        [
            ('Vantora Group SpA', 'Vantora Group SpA', ORG),
            ('the company', 'Vantora Group SpA', ORG),
            ('Vantora', 'Vantora Group SpA', ORG),
            ('Milan', 'Milan', PLACE),
        ],
        [],
    ),
    (
        "Halden Robotics Inc said on Tuesday it had agreed to buy Swiss sensor maker Optiva AG for $1.2 billion. Halden's chief executive, Rebecca Moss, said the deal would close in March. Optiva shares rose 9% in Zurich.",
        [
            ('Halden Robotics Inc', 'Halden Robotics Inc', ORG),
            ('Halden', 'Halden Robotics Inc', ORG),
            ('Optiva AG', 'Optiva AG', ORG),
            ('Optiva', 'Optiva AG', ORG),
            ('chief executive', 'Rebecca Moss', PERSON),
            ('Rebecca Moss', 'Rebecca Moss', PERSON),
            ('Zurich', 'Zurich', PLACE),
        ],
        [],
    ),
    (
        'Shares in Strathmore Mining plc fell 11% in London after the miner cut its output forecast. Strathmore said floods had closed its largest pit in Zambia.',
        [
            ('Strathmore Mining plc', 'Strathmore Mining plc', ORG),
            ('the miner', 'Strathmore Mining plc', ORG),
            ('Strathmore', 'Strathmore Mining plc', ORG),
            ('London', 'London', PLACE),
            ('Zambia', 'Zambia', GPE),
        ],
        [],
    ),
    (
        "Bavaria's state government said it would sue Berlin over the new energy law. Bavarian Premier Klaus Ritter told the Süddeutsche Zeitung that the state would not pay for grid lines in the north.",
        [
            ('Bavaria', 'Bavaria', GPE),
            ('Berlin', 'Germany', GPE),
            ('Klaus Ritter', 'Klaus Ritter', PERSON),
            ('Süddeutsche Zeitung', 'Süddeutsche Zeitung', ORG),
        ],
        ['Premier', 'Bavarian Premier'],
    ),
    (
        "WHO Director-General Tomas Aalto said on Wednesday that cholera cases in Yemen had doubled. The World Health Organization has asked donors for $80 million, and the agency's regional office in Cairo said supplies were running low.",
        [
            ('WHO', 'World Health Organization', ORG),
            ('Tomas Aalto', 'Tomas Aalto', PERSON),
            ('Yemen', 'Yemen', GPE),
            ('World Health Organization', 'World Health Organization', ORG),
            ('the agency', 'World Health Organization', ORG),
            ('Cairo', 'Cairo', PLACE),
        ],
        ['Director-General'],
    ),
    (
        "UNICEF's executive director, Margit Olsen, said 1.4 million children in Haiti needed help. Olsen said gangs had closed 900 schools in Port-au-Prince.",
        [
            ('UNICEF', 'UNICEF', ORG),
            ('executive director', 'Margit Olsen', PERSON),
            ('Margit Olsen', 'Margit Olsen', PERSON),
            ('Olsen', 'Margit Olsen', PERSON),
            ('Haiti', 'Haiti', GPE),
            ('Port-au-Prince', 'Port-au-Prince', PLACE),
        ],
        [],
    ),
    (
        'The Justice Department charged three executives of Corvane Inc with fraud on Tuesday. The department said the men had hidden losses of $300 million from investors, and Corvane said it would fight the charges.',
        [
            ('Justice Department', 'Justice Department', ORG),
            ('The department', 'Justice Department', ORG),
            ('Corvane Inc', 'Corvane Inc', ORG),
            ('Corvane', 'Corvane Inc', ORG),
        ],
        [],
    ),
    (
        'Judge Helen Ashworth of the High Court in London ruled that Banco Meridional must pay 140 million pounds to its former partners. Ashworth said the bank had broken the contract. Lawyers for Banco Meridional said they would appeal.',
        [
            ('Helen Ashworth', 'Helen Ashworth', PERSON),
            ('Ashworth', 'Helen Ashworth', PERSON),
            ('High Court', 'High Court', ORG),
            ('London', 'London', PLACE),
            ('Banco Meridional', 'Banco Meridional', ORG),
            ('the bank', 'Banco Meridional', ORG),
        ],
        ['Judge'],
    ),
    # batch B: armed groups with acronyms, transliterated names, roles before names,
    # "also known as", "formerly", married names (1 of 10 passed)
    (
        'The Allied Patriotic Forces (APF), a militia active in eastern Congo, killed 14 villagers near Beni, the army said. APF fighters have attacked the area since March, and the militia has denied targeting civilians.',
        [
            ('Allied Patriotic Forces', 'Allied Patriotic Forces', ORG),
            ('APF', 'Allied Patriotic Forces', ORG),
            ('the militia', 'Allied Patriotic Forces', ORG),
            ('Beni', 'Beni', PLACE),
        ],
        [],
    ),
    (
        'The Popular Mobilisation Forces, known in Arabic as al-Hashd al-Shaabi, said one of its commanders had been killed in a drone strike near Qaim. The Hashd blamed the United States.',
        [
            ('Popular Mobilisation Forces', 'Popular Mobilization Forces', ORG),
            ('Hashd', 'Popular Mobilization Forces', ORG),
            ('Qaim', 'Qaim', PLACE),
            ('United States', 'United States', GPE),
        ],
        [],
    ),
    (
        "Ukrainian officials named the commander as Oleksandr Tkachuk. Russian media, which spell his name Aleksandr Tkachuk, said he had been captured near Vovchansk. Tkachuk's unit denied the report.",
        [
            ('Oleksandr Tkachuk', 'Oleksandr Tkachuk', PERSON),
            ('Aleksandr Tkachuk', 'Oleksandr Tkachuk', PERSON),
            ('Tkachuk', 'Oleksandr Tkachuk', PERSON),
            ('Vovchansk', 'Vovchansk', PLACE),
            ('Ukrainian', 'Ukrainians', NORP),
            ('Russian', 'Russians', NORP),
        ],
        [],
    ),
    (
        "Chinese Foreign Minister Wang Lei said Beijing opposed the sanctions. Wang told his Australian counterpart, Penelope Hart, that China would respond. Hart said Canberra's position had not changed.",
        [
            ('Wang Lei', 'Wang Lei', PERSON),
            ('Wang', 'Wang Lei', PERSON),
            ('Beijing', 'China', GPE),
            ('China', 'China', GPE),
            ('Penelope Hart', 'Penelope Hart', PERSON),
            ('Hart', 'Penelope Hart', PERSON),
            ('Canberra', 'Australia', GPE),
            ('Chinese', 'Chinese', NORP),
        ],
        ['Foreign Minister'],
    ),
    (
        'Libyan commander Khalifa al-Mahdi said his forces controlled the airport in Sirte. Mahdi, whose Libyan National Force holds the east of the country, spoke to the Al Arabiya channel.',
        [
            ('Khalifa al-Mahdi', 'Khalifa al-Mahdi', PERSON),
            ('Mahdi', 'Khalifa al-Mahdi', PERSON),
            ('Sirte', 'Sirte', PLACE),
            ('Libyan National Force', 'Libyan National Force', ORG),
            ('Al Arabiya', 'Al Arabiya', ORG),
        ],
        [],
    ),
    (
        'The finance minister, Maria Lopes, said Portugal would meet its deficit target. Lopes told parliament that Lisbon would not raise taxes.',
        [
            ('finance minister', 'Maria Lopes', PERSON),
            ('Maria Lopes', 'Maria Lopes', PERSON),
            ('Lopes', 'Maria Lopes', PERSON),
            ('Portugal', 'Portugal', GPE),
            ('Lisbon', 'Portugal', GPE),
        ],
        [],
    ),
    (
        "Portugal's finance minister is Joana Ribeiro, a former central banker. Ribeiro said on Monday that the budget would be balanced by 2028.",
        [
            ('Portugal', 'Portugal', GPE),
            ('finance minister', 'Joana Ribeiro', PERSON),
            ('Joana Ribeiro', 'Joana Ribeiro', PERSON),
            ('Ribeiro', 'Joana Ribeiro', PERSON),
        ],
        [],
    ),
    (
        "Hayat al-Fath said its commander Mohammed Saleh al-Amiri, also known as Abu Bakr al-Kurdi, was killed in an air strike near Idlib. Al-Kurdi had led the group's operations in the north since 2021.",
        [
            ('Hayat al-Fath', 'Hayat al-Fath', ORG),
            ('Mohammed Saleh al-Amiri', 'Mohammed Saleh al-Amiri', PERSON),
            ('Abu Bakr al-Kurdi', 'Mohammed Saleh al-Amiri', PERSON),
            ('Al-Kurdi', 'Mohammed Saleh al-Amiri', PERSON),
            ('Idlib', 'Idlib', PLACE),
            ('the group', 'Hayat al-Fath', ORG),
        ],
        [],
    ),
    (
        'Halvorsen Energy, formerly known as Nordkraft, said profits rose 20% in the third quarter. Analysts said Nordkraft had changed its name to shed its coal past.',
        [
            ('Halvorsen Energy', 'Halvorsen Energy', ORG),
            ('Nordkraft', 'Halvorsen Energy', ORG),
        ],
        [],
    ),
    (
        "Elena Varga-Horváth, elected to parliament in 2018 as Elena Horváth, said she would stand for mayor of Budapest. Varga-Horváth, who took her husband's name after marrying, leads the Green Alliance.",
        [
            ('Elena Varga-Horváth', 'Elena Varga-Horváth', PERSON),
            ('Elena Horváth', 'Elena Varga-Horváth', PERSON),
            ('Varga-Horváth', 'Elena Varga-Horváth', PERSON),
            ('Budapest', 'Budapest', PLACE),
            ('Green Alliance', 'Green Alliance', ORG),
        ],
        [],
    ),
    # batch C: outlets cited in the text, lists of countries, sports (6 of 10 passed)
    (
        "Finland's president, Mikael Koivisto, told the Financial Times that Helsinki would not send troops. In an interview with CNN on Sunday, Koivisto said Europe must spend more on defence.",
        [
            ('Finland', 'Finland', GPE),
            ('Mikael Koivisto', 'Mikael Koivisto', PERSON),
            ('Koivisto', 'Mikael Koivisto', PERSON),
            ('Financial Times', 'Financial Times', ORG),
            ('Helsinki', 'Finland', GPE),
            ('CNN', 'CNN', ORG),
            ('Europe', 'Europe', PLACE),
        ],
        [],
    ),
    (
        'Le Monde reported on Tuesday that Paris had offered to host the talks, citing two diplomats. The newspaper said Algeria and Morocco had both been invited, while the Wall Street Journal said Washington doubted the plan.',
        [
            ('Le Monde', 'Le Monde', ORG),
            ('Paris', 'France', GPE),
            ('The newspaper', 'Le Monde', ORG),
            ('Algeria', 'Algeria', GPE),
            ('Morocco', 'Morocco', GPE),
            ('Wall Street Journal', 'Wall Street Journal', ORG),
            ('Washington', 'United States', GPE),
        ],
        [],
    ),
    (
        'Ministers from Estonia, Latvia, Lithuania, Finland, Poland and Sweden met in Tallinn on Thursday. The six countries agreed to share radar data, Estonian Defence Minister Kaarel Tamm said.',
        [
            ('Estonia', 'Estonia', GPE),
            ('Latvia', 'Latvia', GPE),
            ('Lithuania', 'Lithuania', GPE),
            ('Finland', 'Finland', GPE),
            ('Poland', 'Poland', GPE),
            ('Sweden', 'Sweden', GPE),
            ('Tallinn', 'Tallinn', PLACE),
            ('Kaarel Tamm', 'Kaarel Tamm', PERSON),
        ],
        ['Defence Minister'],
    ),
    (
        "Burkina Faso, Mali and Niger said on Sunday they would leave ECOWAS. The three juntas accused the bloc of serving French interests, and Côte d'Ivoire and Senegal urged them to reconsider.",
        [
            ('Burkina Faso', 'Burkina Faso', GPE),
            ('Mali', 'Mali', GPE),
            ('Niger', 'Niger', GPE),
            ('ECOWAS', 'Economic Community of West African States', ORG),
            ('the bloc', 'Economic Community of West African States', ORG),
            ('French', 'French', NORP),
            ("Côte d'Ivoire", 'Ivory Coast', GPE),
            ('Senegal', 'Senegal', GPE),
        ],
        [],
    ),
    (
        'Novak Petrović beat Carlos Mendez 6-4 6-3 on Sunday to win the Madrid Open. Petrović, 24, said it was the best match of his career, and Mendez blamed a wrist injury.',
        [
            ('Novak Petrović', 'Novak Petrović', PERSON),
            ('Petrović', 'Novak Petrović', PERSON),
            ('Carlos Mendez', 'Carlos Mendez', PERSON),
            ('Mendez', 'Carlos Mendez', PERSON),
        ],
        [],
    ),
    (
        'CRICKET - AUSTRALIA BEAT INDIA BY SIX WICKETS.\n\nPERTH 2026-12-04\n\nAustralia beat India by six wickets in the first test in Perth on Thursday. Captain Josh Kelland made 88 not out.',
        [
            ('Australia', 'Australia', GPE),
            ('India', 'India', GPE),
            ('Perth', 'Perth', PLACE),
            ('Josh Kelland', 'Josh Kelland', PERSON),
        ],
        ['Captain'],
    ),
    (
        "Formula One champion Max Brenner of Red Bull won the Japanese Grand Prix on Sunday, ahead of Ferrari's Luca Salvi. Brenner now leads the standings by 40 points.",
        [
            ('Max Brenner', 'Max Brenner', PERSON),
            ('Brenner', 'Max Brenner', PERSON),
            ('Red Bull', 'Red Bull', ORG),
            ('Ferrari', 'Ferrari', ORG),
            ('Luca Salvi', 'Luca Salvi', PERSON),
        ],
        [],
    ),
    (
        "Margaret Holloway (née Finch), the chair of the Bank of Scotland's board, said profits would fall. Holloway told BBC Radio Scotland that the bank would cut 200 jobs in Edinburgh.",
        [
            ('Margaret Holloway', 'Margaret Holloway', PERSON),
            ('Holloway', 'Margaret Holloway', PERSON),
            ('Bank of Scotland', 'Bank of Scotland', ORG),
            ('BBC Radio Scotland', 'BBC Radio Scotland', ORG),
            ('the bank', 'Bank of Scotland', ORG),
            ('Edinburgh', 'Edinburgh', PLACE),
        ],
        [],
    ),
    (
        "Reuters and the Associated Press reported that Sudan's army had retaken the presidential palace in Khartoum. The Rapid Support Forces said on Telegram that its fighters had withdrawn in order. Al Jazeera showed soldiers celebrating.",
        [
            ('Reuters', 'Reuters', ORG),
            ('Associated Press', 'Associated Press', ORG),
            ('Sudan', 'Sudan', GPE),
            ('Khartoum', 'Khartoum', PLACE),
            ('Rapid Support Forces', 'Rapid Support Forces', ORG),
            ('Al Jazeera', 'Al Jazeera', ORG),
        ],
        [],
    ),
    # batch D, written after this round's fixes as a check that they generalise (7
    # of 10 passed: a city the model took for a nationality, a long name split
    # around its hyphens before its acronym, a team the model did not tag)
    (
        'GENEVA (Northwind News) - The UN human rights office said on Friday that at least 40 civilians had been killed in Darfur. Volker Lindqvist, the UN high commissioner for human rights, called for an inquiry.',
        [
            ('Northwind News', 'Northwind News', ORG),
            ('Darfur', 'Darfur', PLACE),
            ('Volker Lindqvist', 'Volker Lindqvist', PERSON),
        ],
        [],
    ),
    (
        'Shares of Aurora Pharma AG fell 7% in Frankfurt after the drugmaker said a trial of its cancer drug had failed. Aurora said it would still seek approval in Europe.',
        [
            ('Aurora Pharma AG', 'Aurora Pharma AG', ORG),
            ('the drugmaker', 'Aurora Pharma AG', ORG),
            ('Aurora', 'Aurora Pharma AG', ORG),
            ('Frankfurt', 'Frankfurt', PLACE),
            ('Europe', 'Europe', PLACE),
        ],
        [],
    ),
    (
        "Ukraine's Prosecutor General Ruslan Kravets said investigators had identified the unit behind the strike on Kharkiv. Kravets told the Ukrainska Pravda newspaper that 12 soldiers would be charged.",
        [
            ('Ukraine', 'Ukraine', GPE),
            ('Ruslan Kravets', 'Ruslan Kravets', PERSON),
            ('Kravets', 'Ruslan Kravets', PERSON),
            ('Kharkiv', 'Kharkiv', PLACE),
            ('Ukrainska Pravda', 'Ukrainska Pravda', ORG),
        ],
        ['Prosecutor General'],
    ),
    (
        "Sudan's army chief, General Abdel Rahman al-Tayeb, said the Rapid Support Forces (RSF) had been driven out of Omdurman. The RSF denied losing the city, and Tayeb vowed to press on.",
        [
            ('Sudan', 'Sudan', GPE),
            ('Abdel Rahman al-Tayeb', 'Abdel Rahman al-Tayeb', PERSON),
            ('Tayeb', 'Abdel Rahman al-Tayeb', PERSON),
            ('Rapid Support Forces', 'Rapid Support Forces', ORG),
            ('RSF', 'Rapid Support Forces', ORG),
            ('Omdurman', 'Omdurman', PLACE),
        ],
        [],
    ),
    (
        "Moldova's central bank governor, Ana Rusu, raised interest rates on Wednesday. Rusu said inflation was running at 9%, and the governor warned that prices would rise further.",
        [
            ('Moldova', 'Moldova', GPE),
            ('Ana Rusu', 'Ana Rusu', PERSON),
            ('Rusu', 'Ana Rusu', PERSON),
            ('the governor', 'Ana Rusu', PERSON),
        ],
        [],
    ),
    (
        "Voltra Motors Inc said on Monday it would recall 200,000 cars in China. The carmaker said a software update would fix the fault, China's market regulator said.",
        [
            ('Voltra Motors Inc', 'Voltra Motors Inc', ORG),
            ('The carmaker', 'Voltra Motors Inc', ORG),
            ('China', 'China', GPE),
        ],
        [],
    ),
    (
        'Ivory Coast, Ghana and Nigeria signed a deal on cocoa prices in Abidjan on Tuesday, the Ghana Cocoa Board said. The board said farmers would be paid more from October.',
        [
            ('Ivory Coast', 'Ivory Coast', GPE),
            ('Ghana', 'Ghana', GPE),
            ('Nigeria', 'Nigeria', GPE),
            ('Abidjan', 'Abidjan', PLACE),
            ('Ghana Cocoa Board', 'Ghana Cocoa Board', ORG),
            ('The board', 'Ghana Cocoa Board', ORG),
        ],
        [],
    ),
    (
        'Yulia Marchenko (née Ivanova), a former deputy energy minister, was detained in Kyiv, the SBU said. Marchenko denies the charges.',
        [
            ('Yulia Marchenko', 'Yulia Marchenko', PERSON),
            ('Marchenko', 'Yulia Marchenko', PERSON),
            ('Kyiv', 'Kyiv', PLACE),
            ('SBU', 'SBU', ORG),
        ],
        [],
    ),
    (
        'SOCCER - PORTO HOLD BENFICA.\n\nLISBON 2026-11-29\n\nPorto drew 1-1 with Benfica on Sunday. Porto coach Rui Matos said his team deserved to win.',
        [
            ('Porto', 'Porto', ORG),
            ('Benfica', 'Benfica', ORG),
            ('Rui Matos', 'Rui Matos', PERSON),
        ],
        [],
    ),
    (
        "Pakistan's foreign office summoned the Afghan charge d'affaires on Monday after militants of the Tehrik-e-Taliban Pakistan (TTP) attacked a border post. Islamabad said the TTP operated from Afghan soil.",
        [
            ('Pakistan', 'Pakistan', GPE),
            ('Tehrik-e-Taliban Pakistan', 'Pakistani Taliban (TTP)', ORG),
            ('TTP', 'Pakistani Taliban (TTP)', ORG),
            ('Islamabad', 'Pakistan', GPE),
            ('Afghan', 'Afghans', NORP),
        ],
        [],
    ),
    # -- cases for the rules of the thirteenth round (written with the rules)
    # "the army" is a state's forces, not a militia's "Forces"
    (
        "The Allied Patriotic Forces (APF) attacked a village near Beni, the army said. The Israel Defense Forces said the army had struck a depot.",
        [
            ("Allied Patriotic Forces", "Allied Patriotic Forces", ORG),
            ("Israel Defense Forces", "Israel Defense Forces", ORG),
        ],
        [],
    ),
    # a capital's neighbourhood is the city's; a capital sued is its government
    (
        "A car bomb exploded in Baghdad's Karrada neighbourhood. Kyiv's mayor said the city would sue Moscow.",
        [
            ("Baghdad", "Baghdad", LOC),
            ("Kyiv", "Kyiv", LOC),
            ("Moscow", "Russia", GPE),
        ],
        [],
    ),
    # a family name written first; a part of a name tagged alone is the whole name
    (
        "Chinese President Xi Jinping met Vietnam's Nguyen Van An in Hanoi. Xi said trade would grow. The Baltic Grain Council said on Monday that grain prices would rise, and Baltic Grain Council analysts expect a good harvest.",
        [
            ("Xi Jinping", "Xi Jinping", PERSON),
            ("Xi", "Xi Jinping", PERSON),
            ("Baltic Grain Council", "Baltic Grain Council", ORG),
        ],
        [],
    ),
    # batches E, F and G of the seventeenth round, written before its fixes (6, 5
    # and 5 of 10 passed): descriptions of armed groups, charities and utilities,
    # "the minister" after a title, lists of places, companies cut before "ASA"
    (
        "TOKYO (Northwind News) - Japan's Defense Ministry said on Tuesday that a Chinese drone had flown between Okinawa and Taiwan. The ministry said fighter jets were scrambled, and Defense Minister Kenji Sato called the flight a provocation.",
        [
            ('Northwind News', 'Northwind News', ORG),
            ("Japan's Defense Ministry", "Japan's Defense Ministry", ORG),
            ('The ministry', "Japan's Defense Ministry", ORG),
            ('Chinese', 'Chinese', NORP),
            ('Okinawa', 'Okinawa', PLACE),
            ('Taiwan', 'Taiwan', PLACE),
            ('Kenji Sato', 'Kenji Sato', PERSON),
        ],
        ['Defense', 'Defense Minister'],
    ),
    (
        'The Southern Transitional Council (STC) said its forces had taken control of the port of Aden. Saudi Arabia urged the STC to withdraw, and Riyadh said talks would be held in Jeddah next week.',
        [
            ('Southern Transitional Council', 'Southern Transitional Council', ORG),
            ('STC', 'Southern Transitional Council', ORG),
            ('Aden', 'Aden', PLACE),
            ('Saudi Arabia', 'Saudi Arabia', GPE),
            ('Riyadh', 'Saudi Arabia', GPE),
            ('Jeddah', 'Jeddah', PLACE),
        ],
        [],
    ),
    (
        'Foreign Minister Tomas Lindgren said on Wednesday that Sweden would expel two Russian diplomats. The minister said the pair had tried to recruit an official in Stockholm.',
        [
            ('Tomas Lindgren', 'Tomas Lindgren', PERSON),
            ('The minister', 'Tomas Lindgren', PERSON),
            ('Sweden', 'Sweden', GPE),
            ('Russian', 'Russians', NORP),
            ('Stockholm', 'Stockholm', PLACE),
        ],
        ['Foreign Minister'],
    ),
    (
        'Sydney Carrington, a lawyer for the families, said the inquiry in Lima had ignored key evidence. Carrington said she would take the case to the Inter-American Court of Human Rights.',
        [
            ('Sydney Carrington', 'Sydney Carrington', PERSON),
            ('Carrington', 'Sydney Carrington', PERSON),
            ('Lima', 'Lima', PLACE),
            ('Inter-American Court of Human Rights', 'Inter-American Court of Human Rights', ORG),
        ],
        [],
    ),
    (
        "Al-Shabaab fighters attacked a military base in Lower Shabelle on Friday, Somalia's army said. The militants said they had killed 20 soldiers, a claim the army denied.",
        [
            ('Al-Shabaab', 'al-Shabaab', ORG),
            ('The militants', 'al-Shabaab', ORG),
            ('Lower Shabelle', 'Lower Shabelle', PLACE),
            ('Somalia', 'Somalia', GPE),
        ],
        [],
    ),
    (
        'Leaders of Kenya, Uganda, Tanzania and Rwanda met in Arusha on Thursday to discuss the fighting in eastern Congo. Kenyan President Daniel Mwangi said a ceasefire was within reach.',
        [
            ('Kenya', 'Kenya', GPE),
            ('Uganda', 'Uganda', GPE),
            ('Tanzania', 'Tanzania', GPE),
            ('Rwanda', 'Rwanda', GPE),
            ('Arusha', 'Arusha', PLACE),
            ('Congo', 'Congo', PLACE),
            ('Kenyan', 'Kenyans', NORP),
            ('Daniel Mwangi', 'Daniel Mwangi', PERSON),
        ],
        ['President', 'Kenyan President'],
    ),
    (
        "Seoul and Tokyo agreed on Monday to share intelligence on North Korean missile launches, South Korea's defence ministry said. Pyongyang did not comment.",
        [
            ('Seoul', 'South Korea', GPE),
            ('Tokyo', 'Japan', GPE),
            ('North Korean', 'North Koreans', NORP),
            ("South Korea's defence ministry", "South Korea's Defence Ministry", ORG),
            ('Pyongyang', 'North Korea', GPE),
        ],
        [],
    ),
    (
        'A spokesman for Prime Minister Elena Costa, Marco Ricci, said on Tuesday that the government would not resign. Costa faces a confidence vote in Rome on Thursday.',
        [
            ('Elena Costa', 'Elena Costa', PERSON),
            ('Costa', 'Elena Costa', PERSON),
            ('Marco Ricci', 'Marco Ricci', PERSON),
            ('Rome', 'Rome', PLACE),
        ],
        ['Prime Minister'],
    ),
    (
        "The International Atomic Energy Agency said its inspectors had been refused access to the Fordow site. IAEA Director General Mariana Ortiz said Iran had enriched uranium to 60%, and the agency's board will meet in Vienna next week.",
        [
            ('International Atomic Energy Agency', 'International Atomic Energy Agency', ORG),
            ('IAEA', 'International Atomic Energy Agency', ORG),
            ('Mariana Ortiz', 'Mariana Ortiz', PERSON),
            ('Iran', 'Iran', GPE),
            ('the agency', 'International Atomic Energy Agency', ORG),
            ('Vienna', 'Vienna', PLACE),
        ],
        ['Director General'],
    ),
    (
        'Shares in Halvorsen Drilling ASA fell 12% in Oslo after the company cut its dividend. Chief executive Per Aasen said the rig market had weakened since the summer.',
        [
            ('Halvorsen Drilling ASA', 'Halvorsen Drilling ASA', ORG),
            ('the company', 'Halvorsen Drilling ASA', ORG),
            ('Oslo', 'Oslo', PLACE),
            ('Per Aasen', 'Per Aasen', PERSON),
        ],
        [],
    ),
    (
        'A federal judge in Texas blocked the merger of Brightline Foods Corp and Harvest Table Inc on Monday, siding with the Federal Trade Commission. The FTC had argued that the deal would raise grocery prices. Brightline said it would appeal.',
        [
            ('Texas', 'Texas', PLACE),
            ('Brightline Foods Corp', 'Brightline Foods Corp', ORG),
            ('Harvest Table Inc', 'Harvest Table Inc', ORG),
            ('Federal Trade Commission', 'Federal Trade Commission', ORG),
            ('FTC', 'Federal Trade Commission', ORG),
            ('Brightline', 'Brightline Foods Corp', ORG),
        ],
        [],
    ),
    (
        "Former mayor Dragan Petrović was sentenced to eight years in prison by a court in Belgrade on Wednesday for taking bribes. Petrović's lawyer, Milica Jovanović, said he would appeal.",
        [
            ('Dragan Petrović', 'Dragan Petrović', PERSON),
            ('Petrović', 'Dragan Petrović', PERSON),
            ('Milica Jovanović', 'Milica Jovanović', PERSON),
            ('Belgrade', 'Belgrade', PLACE),
        ],
        [],
    ),
    (
        'The European Central Bank kept interest rates on hold on Thursday. ECB President Helena Kovacs said inflation in the euro zone was slowing, and the bank would cut rates if it fell further.',
        [
            ('European Central Bank', 'European Central Bank', ORG),
            ('ECB', 'European Central Bank', ORG),
            ('Helena Kovacs', 'Helena Kovacs', PERSON),
            ('the bank', 'European Central Bank', ORG),
        ],
        ['ECB President'],
    ),
    (
        "Marlow Water plc was fined £40 million for sewage spills, Britain's water regulator Ofwat said on Tuesday, the Financial Times reported. The utility said it accepted the ruling.",
        [
            ('Marlow Water plc', 'Marlow Water plc', ORG),
            ('Britain', 'United Kingdom', GPE),
            ('Ofwat', 'Ofwat', ORG),
            ('Financial Times', 'Financial Times', ORG),
            ('The utility', 'Marlow Water plc', ORG),
        ],
        [],
    ),
    (
        'The World Health Organization said on Friday that a cholera outbreak in Haiti had killed 85 people. WHO spokeswoman Lena Park said cases were rising fastest in Port-au-Prince.',
        [
            ('World Health Organization', 'World Health Organization', ORG),
            ('WHO', 'World Health Organization', ORG),
            ('Haiti', 'Haiti', GPE),
            ('Lena Park', 'Lena Park', PERSON),
            ('Port-au-Prince', 'Port-au-Prince', PLACE),
        ],
        [],
    ),
    (
        "Novalis Biotech Ltd said on Wednesday that the U.S. Food and Drug Administration had approved its malaria vaccine. The FDA's decision sent Novalis shares up 30% in London.",
        [
            ('Novalis Biotech Ltd', 'Novalis Biotech Ltd', ORG),
            ('U.S. Food and Drug Administration', 'Food and Drug Administration', ORG),
            ('FDA', 'Food and Drug Administration', ORG),
            ('Novalis', 'Novalis Biotech Ltd', ORG),
            ('London', 'London', PLACE),
        ],
        [],
    ),
    (
        "Serbia's Luka Marić beat Spain's Pablo Ortega 6-4 6-3 on Saturday to reach the final in Basel. Marić will face Tom Becker of Germany, who needed three sets to get past Alexei Romanov.",
        [
            ('Serbia', 'Serbia', GPE),
            ('Luka Marić', 'Luka Marić', PERSON),
            ('Marić', 'Luka Marić', PERSON),
            ('Spain', 'Spain', GPE),
            ('Pablo Ortega', 'Pablo Ortega', PERSON),
            ('Basel', 'Basel', PLACE),
            ('Tom Becker', 'Tom Becker', PERSON),
            ('Germany', 'Germany', GPE),
            ('Alexei Romanov', 'Alexei Romanov', PERSON),
        ],
        [],
    ),
    (
        'The New York Times reported on Sunday that Boeing had delayed deliveries to Air India, citing three people familiar with the matter. The newspaper said the delay could last months.',
        [
            ('The New York Times', 'New York Times', ORG),
            ('The newspaper', 'New York Times', ORG),
            ('Boeing', 'Boeing', ORG),
            ('Air India', 'Air India', ORG),
        ],
        [],
    ),
    (
        "Russia's Foreign Ministry summoned the Finnish ambassador on Monday. Ministry spokeswoman Irina Zakharenko said Helsinki's decision to close the border was hostile.",
        [
            ("Russia's Foreign Ministry", "Russia's Foreign Ministry", ORG),
            ('Finnish', 'Finns', NORP),
            ('Irina Zakharenko', 'Irina Zakharenko', PERSON),
            ('Helsinki', 'Finland', GPE),
        ],
        [],
    ),
    (
        'M23 rebels captured the town of Sake, west of Goma, on Tuesday, the Congolese army said. The rebels, whom the United Nations says are backed by Rwanda, have taken a string of towns since January.',
        [
            ('M23', 'M23', ORG),
            ('Sake', 'Sake', PLACE),
            ('Goma', 'Goma', PLACE),
            ('Congolese', 'Congolese', NORP),
            ('The rebels', 'M23', ORG),
            ('United Nations', 'United Nations', ORG),
            ('Rwanda', 'Rwanda', GPE),
        ],
        [],
    ),
    (
        "The Economic Community of West African States (ECOWAS) gave Niger's military government a week to free President Moussa Kader. ECOWAS leaders will meet in Abuja on Sunday, and the bloc has not ruled out force.",
        [
            ('Economic Community of West African States', 'Economic Community of West African States', ORG),
            ('ECOWAS', 'Economic Community of West African States', ORG),
            ('Niger', 'Niger', GPE),
            ('Moussa Kader', 'Moussa Kader', PERSON),
            ('Abuja', 'Abuja', PLACE),
            ('the bloc', 'Economic Community of West African States', ORG),
        ],
        ['President'],
    ),
    (
        "Residents of Jackson, Mississippi, have been without clean water for a week, the city's mayor, Darnell Reeves, said on Friday. Reeves blamed years of neglect by the state.",
        [
            ('Jackson', 'Jackson', PLACE),
            ('Mississippi', 'Mississippi', PLACE),
            ('Darnell Reeves', 'Darnell Reeves', PERSON),
            ('Reeves', 'Darnell Reeves', PERSON),
        ],
        [],
    ),
    (
        "Israel Mendoza, who leads the bus drivers' union in Bogotá, said the strike would go on. Mendoza met Colombia's transport minister on Friday but no deal was reached.",
        [
            ('Israel Mendoza', 'Israel Mendoza', PERSON),
            ('Mendoza', 'Israel Mendoza', PERSON),
            ('Bogotá', 'Bogotá', PLACE),
            ('Colombia', 'Colombia', GPE),
        ],
        ['Israel'],
    ),
    (
        "French troops will leave Chad by January, the French army said on Monday. N'Djamena asked Paris last month to withdraw its 1,000 soldiers.",
        [
            ('French', 'French', NORP),
            ('Chad', 'Chad', GPE),
            ("N'Djamena", 'Chad', GPE),
            ('Paris', 'France', GPE),
        ],
        [],
    ),
    (
        'Doctors Without Borders said on Wednesday that its hospital in Khan Younis had been hit by shelling. The charity, known by its French initials MSF, said two of its staff had been killed.',
        [
            ('Doctors Without Borders', 'Doctors Without Borders', ORG),
            ('Khan Younis', 'Khan Younis', PLACE),
            ('The charity', 'Doctors Without Borders', ORG),
            ('MSF', 'Doctors Without Borders', ORG),
        ],
        [],
    ),
    (
        'The International Criminal Court issued an arrest warrant on Thursday for Colonel Idris Mahamat, a commander of the Janjaweed militia, over killings in Darfur. The court said he had ordered attacks on civilians.',
        [
            ('International Criminal Court', 'International Criminal Court', ORG),
            ('Idris Mahamat', 'Idris Mahamat', PERSON),
            ('Janjaweed', 'Janjaweed', ORG),
            ('Darfur', 'Darfur', PLACE),
            ('The court', 'International Criminal Court', ORG),
        ],
        ['Colonel'],
    ),
    (
        'India beat Australia by six wickets in Perth on Friday. Captain Rohit Verma scored 88 not out, and Australia coach Ian Ward said his side had been outplayed.',
        [
            ('India', 'India', PLACE),
            ('Australia', 'Australia', PLACE),
            ('Perth', 'Perth', PLACE),
            ('Rohit Verma', 'Rohit Verma', PERSON),
            ('Ian Ward', 'Ian Ward', PERSON),
        ],
        ['Captain'],
    ),
    # batch H, written after the fixes of batches E, F and G as a check that they
    # generalise: 3 of 10 passed (armies and forces that are groups, "the agency"
    # of the CDC, a company's first word untagged, "Politico" a person, a river)
    (
        "CANBERRA (Harbour Wire) - Australia's opposition leader, Grace Whitfield, called on Prime Minister Liam Carter to hold an early election. Carter told ABC Radio that the government would serve its full term.",
        [
            ('Harbour Wire', 'Harbour Wire', ORG),
            ('Australia', 'Australia', GPE),
            ('Grace Whitfield', 'Grace Whitfield', PERSON),
            ('Liam Carter', 'Liam Carter', PERSON),
            ('Carter', 'Liam Carter', PERSON),
            ('ABC Radio', 'ABC Radio', ORG),
        ],
        ['Prime Minister'],
    ),
    (
        'The Rapid Support Forces shelled a displacement camp near El Fasher on Sunday, killing at least 30 people, local activists said. The paramilitary group denied targeting civilians.',
        [
            ('Rapid Support Forces', 'Rapid Support Forces', ORG),
            ('El Fasher', 'El Fasher', PLACE),
            ('The paramilitary group', 'Rapid Support Forces', ORG),
        ],
        [],
    ),
    (
        'Lindqvist Foods AB agreed to buy Dutch snack maker Van Dorp BV for 1.2 billion euros, the companies said on Wednesday. Lindqvist chief executive Sara Holm said the deal would double its sales in Germany.',
        [
            ('Lindqvist Foods AB', 'Lindqvist Foods AB', ORG),
            ('Dutch', 'Dutch', NORP),
            ('Van Dorp BV', 'Van Dorp BV', ORG),
            ('Lindqvist', 'Lindqvist Foods AB', ORG),
            ('Sara Holm', 'Sara Holm', PERSON),
            ('Germany', 'Germany', GPE),
        ],
        [],
    ),
    (
        'The Centers for Disease Control and Prevention (CDC) warned on Friday of a rise in measles cases in Texas and New Mexico. The agency said 90% of cases were in people who had not been vaccinated.',
        [
            ('Centers for Disease Control and Prevention', 'Centers for Disease Control and Prevention', ORG),
            ('CDC', 'Centers for Disease Control and Prevention', ORG),
            ('Texas', 'Texas', PLACE),
            ('New Mexico', 'New Mexico', PLACE),
            ('The agency', 'Centers for Disease Control and Prevention', ORG),
        ],
        [],
    ),
    (
        "Norway's Johannes Lunde won the men's 15km race at the World Cup in Davos on Saturday, ahead of Finland's Mikko Laine. Lunde said the snow had been difficult.",
        [
            ('Norway', 'Norway', GPE),
            ('Johannes Lunde', 'Johannes Lunde', PERSON),
            ('Lunde', 'Johannes Lunde', PERSON),
            ('Davos', 'Davos', PLACE),
            ('Finland', 'Finland', GPE),
            ('Mikko Laine', 'Mikko Laine', PERSON),
        ],
        [],
    ),
    (
        "Beijing summoned Canada's ambassador on Tuesday after Ottawa expelled a Chinese diplomat, China's Foreign Ministry said. The state-run Global Times said the expulsion would hurt trade.",
        [
            ('Beijing', 'China', GPE),
            ('Canada', 'Canada', GPE),
            ('Ottawa', 'Canada', GPE),
            ('Chinese', 'Chinese', NORP),
            ("China's Foreign Ministry", "China's Foreign Ministry", ORG),
            ('Global Times', 'Global Times', ORG),
        ],
        [],
    ),
    (
        'Devon Marsh, a farmer near Lincoln, said the floods had destroyed his wheat crop. Marsh said the Environment Agency had ignored warnings about the River Witham.',
        [
            ('Devon Marsh', 'Devon Marsh', PERSON),
            ('Marsh', 'Devon Marsh', PERSON),
            ('Lincoln', 'Lincoln', PLACE),
            ('Environment Agency', 'Environment Agency', ORG),
            ('River Witham', 'River Witham', LOC),
        ],
        [],
    ),
    (
        "Fighters of the Arakan Army (AA) captured a border post in Rakhine state, the group's spokesman Khaing Thu said. Myanmar's military government did not comment.",
        [
            ('Arakan Army', 'Arakan Army', ORG),
            ('AA', 'Arakan Army', ORG),
            ('Rakhine', 'Rakhine', PLACE),
            ('the group', 'Arakan Army', ORG),
            ('Khaing Thu', 'Khaing Thu', PERSON),
            ('Myanmar', 'Myanmar', GPE),
        ],
        [],
    ),
    (
        'Senators Rachel Moore of Maine and Luis Ortega of New Mexico introduced a bill to ban stock trading by lawmakers, Politico reported. Moore said the measure had support from both parties.',
        [
            ('Rachel Moore', 'Rachel Moore', PERSON),
            ('Maine', 'Maine', PLACE),
            ('Luis Ortega', 'Luis Ortega', PERSON),
            ('New Mexico', 'New Mexico', PLACE),
            ('Politico', 'Politico', ORG),
            ('Moore', 'Rachel Moore', PERSON),
        ],
        ['Senators'],
    ),
    # batch I, written after the fixes of batch H: 6 of 10 passed (a city before
    # a score or a player is a team, "the copper producer", "Rear Admiral" tagged
    # ORG, "Channel 12" cut before its number)
    (
        "Brazilian President Helena Duarte vetoed a bill on Monday that would have cut funding for the Amazon Fund. Duarte's chief of staff, Marcos Vieira, said Brasília would seek new donors in Norway and Germany.",
        [
            ('Brazilian', 'Brazilians', NORP),
            ('Helena Duarte', 'Helena Duarte', PERSON),
            ('Duarte', 'Helena Duarte', PERSON),
            ('Amazon Fund', 'Amazon Fund', ORG),
            ('Marcos Vieira', 'Marcos Vieira', PERSON),
            ('Brasília', 'Brazil', GPE),
            ('Norway', 'Norway', GPE),
            ('Germany', 'Germany', GPE),
        ],
        ['President', 'Brazilian President'],
    ),
    (
        "Ukraine's air force said Russia had launched 90 drones and six missiles overnight, most of them at the Odesa region. Regional governor Oleh Kiper said two people were killed.",
        [
            ('Ukraine', 'Ukraine', GPE),
            ('Russia', 'Russia', GPE),
            ('Odesa', 'Odesa', PLACE),
            ('Oleh Kiper', 'Oleh Kiper', PERSON),
        ],
        [],
    ),
    (
        'Shares of Kestrel Mining plc jumped 15% in London after the copper producer said output at its Chilean mine had doubled. Kestrel also raised its dividend.',
        [
            ('Kestrel Mining plc', 'Kestrel Mining plc', ORG),
            ('London', 'London', PLACE),
            ('the copper producer', 'Kestrel Mining plc', ORG),
            ('Chilean', 'Chileans', NORP),
            ('Kestrel', 'Kestrel Mining plc', ORG),
        ],
        [],
    ),
    (
        "France's highest court upheld the conviction of former president Nicolas Morel for illegal campaign financing on Wednesday. Morel's lawyers said they would take the case to the European Court of Human Rights.",
        [
            ('France', 'France', GPE),
            ('Nicolas Morel', 'Nicolas Morel', PERSON),
            ('Morel', 'Nicolas Morel', PERSON),
            ('European Court of Human Rights', 'European Court of Human Rights', ORG),
        ],
        [],
    ),
    (
        "Indonesia's health ministry reported 1,200 new cases of dengue fever in Jakarta last week. Minister Budi Santoso urged residents to drain standing water.",
        [
            ("Indonesia's health ministry", "Indonesia's Health Ministry", ORG),
            ('Jakarta', 'Jakarta', PLACE),
            ('Budi Santoso', 'Budi Santoso', PERSON),
        ],
        ['Minister'],
    ),
    (
        "Washington imposed sanctions on three Chinese companies on Thursday for supplying drone parts to Russia, the Treasury Department said. The department's Office of Foreign Assets Control (OFAC) said the firms had shipped parts through Hong Kong.",
        [
            ('Washington', 'United States', GPE),
            ('Chinese', 'Chinese', NORP),
            ('Russia', 'Russia', GPE),
            ('Treasury Department', 'Treasury Department', ORG),
            ('Office of Foreign Assets Control', 'Office of Foreign Assets Control', ORG),
            ('OFAC', 'Office of Foreign Assets Control', ORG),
            ('Hong Kong', 'Hong Kong', PLACE),
        ],
        [],
    ),
    (
        "Paris Whitaker, a teacher from Leeds, won the lottery's top prize, the operator said. Whitaker said she would buy a house in Spain.",
        [
            ('Paris Whitaker', 'Paris Whitaker', PERSON),
            ('Whitaker', 'Paris Whitaker', PERSON),
            ('Leeds', 'Leeds', PLACE),
            ('Spain', 'Spain', GPE),
        ],
        ['Paris'],
    ),
    (
        "Israel's military spokesman, Rear Admiral Yoav Stein, told Channel 12 that the operation would continue. The spokesman said troops had found tunnels in Rafah.",
        [
            ('Israel', 'Israel', GPE),
            ('Yoav Stein', 'Yoav Stein', PERSON),
            ('Channel 12', 'Channel 12', ORG),
            ('The spokesman', 'Yoav Stein', PERSON),
            ('Rafah', 'Rafah', PLACE),
        ],
        ['Rear Admiral'],
    ),
    # known failures until the twenty-second round: clubs outside a sports story, by
    # their players ("Betis coach Andrés Molina") and the side they beat
    (
        "Real Madrid coach Luis Carrera said his side would appeal the red card shown to Tomás Beltrán in the 2-2 draw with Sevilla. Real have won only one of their last five games.",
        [
            ("Real Madrid", "Real Madrid", ORG),
            ("Luis Carrera", "Luis Carrera", PERSON),
            ("Tomás Beltrán", "Tomás Beltrán", PERSON),
            ("Sevilla", "Sevilla", ORG),
            ("Real", "Real Madrid", ORG),
        ],
        [],
    ),
    (
        "Aston Villa beat Everton 2-0 on Saturday to move up to fourth in the Premier League. Villa manager Marco Bianchi said his players had been patient.",
        [
            ("Aston Villa", "Aston Villa", ORG),
            ("Everton", "Everton", ORG),
            ("Villa", "Aston Villa", ORG),
            ("Marco Bianchi", "Marco Bianchi", PERSON),
        ],
        [],
    ),
    (
        "Real Betis striker Carlos Núñez scored twice as his team beat Valencia 3-1 on Sunday. Betis coach Andrés Molina said the win kept them in the race for Europe.",
        [
            ("Real Betis", "Real Betis", ORG),
            ("Carlos Núñez", "Carlos Núñez", PERSON),
            ("Valencia", "Valencia", ORG),
            ("Betis", "Real Betis", ORG),
            ("Andrés Molina", "Andrés Molina", PERSON),
        ],
        [],
    ),
    # known failure until the twenty-second round: "VW" through the table's companies
    (
        "Volkswagen AG said on Tuesday it would close a plant in Osnabrück, the first closure in its 87-year history. VW's works council said it would fight the decision.",
        [
            ("Volkswagen AG", "Volkswagen AG", ORG),
            ("Osnabrück", "Osnabrück", PLACE),
            ("VW", "Volkswagen AG", ORG),
        ],
        [],
    ),
    # known failure until the twenty-second round: "Clarín" on the media list
    (
        "A judge in Buenos Aires ordered the arrest of former economy minister Ramiro Paz on Thursday over a bribery scheme. Paz's lawyer, Lucía Ortega, told Clarín that her client was innocent.",
        [
            ("Buenos Aires", "Buenos Aires", PLACE),
            ("Ramiro Paz", "Ramiro Paz", PERSON),
            ("Paz", "Ramiro Paz", PERSON),
            ("Lucía Ortega", "Lucía Ortega", PERSON),
            ("Clarín", "Clarín", ORG),
        ],
        [],
    ),
    # known failure until the twenty-second round: "In Florence the Arno rose", one
    # name to the model, is two, and the Arno a river of the table
    (
        "Heavy rain flooded parts of Florence and Pisa on Sunday, Italy's civil protection agency said. In Florence the Arno rose by two metres overnight, and schools in Tuscany will stay closed on Monday.",
        [
            ("Florence", "Florence", PLACE),
            ("Pisa", "Pisa", PLACE),
            ("Italy", "Italy", GPE),
            ("Arno", "Arno", PLACE),
            ("Tuscany", "Tuscany", PLACE),
        ],
        [],
    ),
    # known failure until the twenty-second round: "the regional government", the
    # last words of a name before it
    (
        "The Kurdistan Regional Government (KRG) said on Monday that oil exports through Turkey would resume. Baghdad has disputed the KRG's right to sell oil without its approval, and a spokesman for the regional government in Erbil said talks were continuing.",
        [
            (
                "Kurdistan Regional Government",
                "Kurdistan Regional Government",
                (*ORG, *GPE),
            ),
            ("KRG", "Kurdistan Regional Government", (*ORG, *GPE)),
            ("the regional government", "Kurdistan Regional Government", (*ORG, *GPE)),
            ("Turkey", "Turkey", GPE),
            ("Baghdad", "Iraq", GPE),
            ("Erbil", "Erbil", PLACE),
        ],
        [],
    ),
    # batch J of the twenty-second round (blind: 6 of 10): football without a sports
    # headline, a company's short name, a court, a health agency, a water utility, a
    # cyclist, a company the model took for a person, a union in apposition, a
    # region's hyphenated name; "U.S. Securities and Exchange Commission" is one
    # mention (as "U.S. Food and Drug Administration"), and "the Greens" may be the
    # party or its people
    (
        "Manchester United manager Ruben Hale said on Saturday his side had deserved the draw against Everton at Old Trafford. United have won only two of their last eight league games, and Hale said he expected more from his forwards.",
        [
            ("Manchester United", "Manchester United", ORG),
            ("Ruben Hale", "Ruben Hale", PERSON),
            ("Everton", "Everton", ORG),
            ("Old Trafford", "Old Trafford", (*PLACE, "FAC")),
            ("United", "Manchester United", ORG),
            ("Hale", "Ruben Hale", PERSON),
        ],
        [],
    ),
    (
        "Shares in Halvorsen Foods fell 8% in Oslo after the dairy group cut its profit forecast. Chief executive Ingrid Solberg blamed higher milk prices and said Halvorsen would close two plants in Norway next year.",
        [
            ("Halvorsen Foods", "Halvorsen Foods", ORG),
            ("Oslo", "Oslo", PLACE),
            ("the dairy group", "Halvorsen Foods", ORG),
            ("Ingrid Solberg", "Ingrid Solberg", PERSON),
            ("Halvorsen", "Halvorsen Foods", ORG),
            ("Norway", "Norway", GPE),
        ],
        ["Chief executive"],
    ),
    (
        "A federal judge in Texas on Tuesday blocked a state law requiring age checks on social media apps. Judge Maria Delgado wrote that the law likely violated the First Amendment. Texas Attorney General Ken Morrow said he would appeal to the Fifth Circuit.",
        [
            ("Texas", "Texas", GPE),
            ("Maria Delgado", "Maria Delgado", PERSON),
            ("Ken Morrow", "Ken Morrow", PERSON),
            ("Fifth Circuit", "Fifth Circuit", ORG),
        ],
        ["Judge", "Judge Maria Delgado"],
    ),
    (
        "The World Health Organization said on Thursday that measles cases in Europe had tripled in 2024. WHO regional director Pieter Vos said vaccination rates in Romania and Kazakhstan had fallen below 80 percent, and urged health ministries to act.",
        [
            ("World Health Organization", "World Health Organization", ORG),
            ("Europe", "Europe", LOC),
            ("WHO", "World Health Organization", ORG),
            ("Pieter Vos", "Pieter Vos", PERSON),
            ("Romania", "Romania", GPE),
            ("Kazakhstan", "Kazakhstan", GPE),
        ],
        [],
    ),
    (
        "Residents of Millbrook were told to boil their tap water after a main burst on Sunday night. Severn Valley Water said engineers were working to restore supplies, and the utility expected the notice to be lifted by Wednesday. Councillor Janet Price said the town had been let down.",
        [
            ("Millbrook", "Millbrook", PLACE),
            ("Severn Valley Water", "Severn Valley Water", ORG),
            ("the utility", "Severn Valley Water", ORG),
            ("Janet Price", "Janet Price", PERSON),
        ],
        ["Councillor"],
    ),
    (
        "Belgium's Lotte Peeters won the third stage of the Tour de Suisse on Tuesday, beating Dutch rider Femke Smit in a sprint in Lucerne. Peeters, who rides for Team Aldera, now leads the race by four seconds.",
        [
            ("Belgium", "Belgium", GPE),
            ("Lotte Peeters", "Lotte Peeters", PERSON),
            ("Dutch", "Dutch", NORP),
            ("Femke Smit", "Femke Smit", PERSON),
            ("Lucerne", "Lucerne", PLACE),
            ("Peeters", "Lotte Peeters", PERSON),
            ("Team Aldera", "Team Aldera", ORG),
        ],
        [],
    ),
    (
        "Deutsche Bank agreed to pay $45 million to settle claims by the U.S. Securities and Exchange Commission that it misled clients. The SEC said the bank had failed to disclose fees. A Deutsche spokesperson declined to comment.",
        [
            ("Deutsche Bank", "Deutsche Bank", ORG),
            ("U.S. Securities and Exchange Commission", "Securities and Exchange Commission", ORG),
            ("SEC", "Securities and Exchange Commission", ORG),
            ("the bank", "Deutsche Bank", ORG),
            ("Deutsche", "Deutsche Bank", ORG),
        ],
        [],
    ),
    (
        "A man accused of setting fire to a mosque in Leeds appeared at Leeds Crown Court on Friday. Daniel Harker, 34, of Bradford, denied arson. Prosecutor Aisha Khan told the court the attack had been planned for weeks. Harker was remanded in custody.",
        [
            ("Leeds", "Leeds", PLACE),
            ("Leeds Crown Court", "Leeds Crown Court", ORG),
            ("Daniel Harker", "Daniel Harker", PERSON),
            ("Bradford", "Bradford", PLACE),
            ("Aisha Khan", "Aisha Khan", PERSON),
            ("Harker", "Daniel Harker", PERSON),
        ],
        ["Prosecutor"],
    ),
    (
        "Pfizer said on Monday it would cut 500 jobs at its plant in Sandwich, Kent, after sales of its Covid vaccine slumped. The drugmaker said most of the losses would fall on research staff. Unite, the union, called the decision a betrayal.",
        [
            ("Pfizer", "Pfizer", ORG),
            ("Sandwich", "Sandwich", PLACE),
            ("Kent", "Kent", PLACE),
            ("The drugmaker", "Pfizer", ORG),
            ("Unite", "Unite", ORG),
        ],
        ["Covid"],
    ),
    (
        "The mayor of Lyon, Grégoire Martin, said the city would ban cars from its historic centre from March. The plan, backed by the Greens, was criticised by shopkeepers and by the regional council of Auvergne-Rhône-Alpes.",
        [
            ("Lyon", "Lyon", PLACE),
            ("Grégoire Martin", "Grégoire Martin", PERSON),
            ("Greens", "Greens", ("ORG", "NORP")),
            ("Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes", PLACE),
        ],
        [],
    ),
    # batch K of the twenty-second round (blind: 4 of 10, written after that round's
    # first fixes): rugby with national sides, a supermarket, a supreme court and a
    # provincial police, a hospital strike, a police appeal, a transfer, an airline
    # strike, the Old Bailey, a virus in Kerala, a mayoral election; the table
    # names "Labour Party" and "Brazilians"
    (
        "Ireland beat South Africa 24-19 in Dublin on Saturday, with fly-half Conor Walsh kicking 14 points. South Africa coach Pieter Botha said his side had given away too many penalties.",
        [
            ("Ireland", "Ireland", GPE),
            ("South Africa", "South Africa", GPE),
            ("Dublin", "Dublin", PLACE),
            ("Conor Walsh", "Conor Walsh", PERSON),
            ("Pieter Botha", "Pieter Botha", PERSON),
        ],
        [],
    ),
    (
        "Tesco said on Wednesday it would hire 20,000 temporary staff for Christmas. The supermarket chain, Britain's biggest retailer, said sales had risen 4% in the 12 weeks to November. Chief executive Ken Murphy said shoppers were still cautious.",
        [
            ("Tesco", "Tesco", ORG),
            ("Britain", "United Kingdom", GPE),
            ("Ken Murphy", "Ken Murphy", PERSON),
        ],
        ["Christmas", "Chief executive"],
    ),
    (
        "The Supreme Court of Canada ruled on Friday that police in Ontario had violated a suspect's rights by searching his phone without a warrant. Justice Claire Dubois wrote for the majority. The Ontario Provincial Police said it would review its procedures.",
        [
            ("Supreme Court of Canada", "Supreme Court of Canada", ORG),
            ("Ontario", "Ontario", PLACE),
            ("Claire Dubois", "Claire Dubois", PERSON),
            ("Ontario Provincial Police", "Ontario Provincial Police", ORG),
        ],
        ["Justice"],
    ),
    (
        "Doctors at St Mary's Hospital in Paddington went on strike on Monday over pay. The British Medical Association said 300 operations had been postponed, while NHS England urged patients to attend appointments unless told otherwise.",
        [
            ("St Mary's Hospital", "St Mary's Hospital", ORG),
            ("Paddington", "Paddington", PLACE),
            ("British Medical Association", "British Medical Association", ORG),
            ("NHS England", "NHS England", ORG),
        ],
        [],
    ),
    (
        "Police in Bristol are appealing for witnesses after a cyclist was seriously injured in a hit-and-run on the A38 on Thursday evening. Avon and Somerset Police said the driver of a grey van did not stop. Inspector Mark Ellis said officers were reviewing CCTV.",
        [
            ("Bristol", "Bristol", PLACE),
            ("Avon and Somerset Police", "Avon and Somerset Police", ORG),
            ("Mark Ellis", "Mark Ellis", PERSON),
        ],
        ["Inspector", "CCTV"],
    ),
    (
        "Juventus have signed Brazilian midfielder Thiago Ramos from Benfica for 40 million euros. The Turin club said Ramos had agreed a five-year contract, and Benfica president Rui Costa Pinto said the fee was a record for the Portuguese league.",
        [
            ("Juventus", "Juventus", ORG),
            ("Brazilian", "Brazilians", NORP),
            ("Thiago Ramos", "Thiago Ramos", PERSON),
            ("Benfica", "Benfica", ORG),
            ("Ramos", "Thiago Ramos", PERSON),
            ("Rui Costa Pinto", "Rui Costa Pinto", PERSON),
            ("Portuguese", "Portuguese", NORP),
        ],
        [],
    ),
    (
        "Cabin crew at Iberia will strike for four days in December, the UGT union said on Tuesday. The airline, part of International Airlines Group, said it would try to protect flights between Madrid and Latin America.",
        [
            ("Iberia", "Iberia", ORG),
            ("UGT", "UGT", ORG),
            ("The airline", "Iberia", ORG),
            ("International Airlines Group", "International Airlines Group", ORG),
            ("Madrid", "Madrid", PLACE),
            ("Latin America", "Latin America", LOC),
        ],
        [],
    ),
    (
        "A jury at the Old Bailey found former hedge fund manager Simon Carter guilty of fraud on Wednesday. Carter, 52, had taken £12 million from investors in his Mayfair firm, Carter Capital. The Serious Fraud Office said it would seek to recover the money.",
        [
            ("Old Bailey", "Old Bailey", ("ORG", "GPE", "LOC", "FAC")),
            ("Simon Carter", "Simon Carter", PERSON),
            ("Carter", "Simon Carter", PERSON),
            ("Mayfair", "Mayfair", PLACE),
            ("Carter Capital", "Carter Capital", ORG),
            ("Serious Fraud Office", "Serious Fraud Office", ORG),
        ],
        [],
    ),
    (
        "Health officials in Kerala have confirmed a second case of Nipah virus, the state's health minister Veena Menon said on Sunday. The Indian Council of Medical Research sent a team to Kozhikode, where the patient is being treated.",
        [
            ("Kerala", "Kerala", PLACE),
            ("Veena Menon", "Veena Menon", PERSON),
            ("Indian Council of Medical Research", "Indian Council of Medical Research", ORG),
            ("Kozhikode", "Kozhikode", PLACE),
        ],
        ["Nipah"],
    ),
    (
        "Voters in Hartlepool will choose a new mayor on Thursday after Labour's candidate, Sarah Doyle, withdrew over comments she made online. Reform UK's Gary Pike is the favourite, according to a poll for the Northern Echo.",
        [
            ("Hartlepool", "Hartlepool", PLACE),
            ("Labour", "Labour Party", ORG),
            ("Sarah Doyle", "Sarah Doyle", PERSON),
            ("Reform UK", "Reform UK", ORG),
            ("Gary Pike", "Gary Pike", PERSON),
            ("Northern Echo", "Northern Echo", ORG),
        ],
        [],
    ),
    # the twenty-second round's own cases: a country before a player stays the
    # country; places joined by a hyphen stay two; a person who says "he" is no
    # company a trade describes next; a capital on a route is the city, in talks
    # its government
    (
        "England captain Harry Kane said on Friday the squad was ready for the match against Italy in Rome.",
        [
            ("England", "England", GPE),
            ("Harry Kane", "Harry Kane", PERSON),
            ("Italy", "Italy", GPE),
        ],
        [],
    ),
    (
        "Talks on the Russia-Ukraine grain deal resumed in Istanbul on Tuesday.",
        [("Russia", "Russia", GPE), ("Ukraine", "Ukraine", GPE), ("Istanbul", "Istanbul", PLACE)],
        ["Russia-Ukraine"],
    ),
    (
        "Okafor said on Monday he would step down. The carmaker said its sales had risen.",
        [("Okafor", "Okafor", PERSON)],
        ["The carmaker"],
    ),
    (
        "Halvex said on Monday it would cut 500 jobs at its plant. The drugmaker said most of the losses would fall on research staff.",
        [("Halvex", "Halvex", ORG), ("The drugmaker", "Halvex", ORG)],
        [],
    ),
    (
        "Talks between Madrid and Rabat collapsed on Friday, and flights between Madrid and Lima were cancelled.",
        [("Rabat", "Morocco", GPE), ("Lima", "Lima", PLACE)],
        [],
    ),
    # a description with its name in apposition is that name, not the
    # organisation of its nationality named before (the sample's MTI)
    (
        'Hungary\'s foreign ministry said the pipeline was safe, according to the Hungarian news agency MTI.',
        [("Hungary's foreign ministry", "Hungary's Foreign Ministry", ORG), ("MTI", "MTI", ORG)],
        ["the Hungarian news agency"],
    ),
    # batch L of the twenty-second round (blind: 4 of 10, written after all of that
    # round's other fixes): a shared service's name, "shares in", an operator in
    # apposition, "residents of", "walking from"; the table names "Doctors Without
    # Borders"
    (
        "Shares in Rolls-Royce jumped 9% on Thursday after the engine maker raised its profit forecast. Chief executive Tomas Erling said demand from airlines remained strong.",
        [
            ("Rolls-Royce", "Rolls-Royce", ORG),
            ("Tomas Erling", "Tomas Erling", PERSON),
        ],
        ["Chief executive"],
    ),
    (
        "A court in Paris on Monday sentenced former minister Jean-Luc Moreau to two years in prison for embezzlement. Moreau's lawyer, Hélène Fabre, said her client would appeal. The Paris prosecutor's office had sought four years.",
        [
            ("Paris", "Paris", PLACE),
            ("Jean-Luc Moreau", "Jean-Luc Moreau", PERSON),
            ("Moreau", "Jean-Luc Moreau", PERSON),
            ("Hélène Fabre", "Hélène Fabre", PERSON),
        ],
        [],
    ),
    (
        "The Centers for Disease Control and Prevention said on Friday that bird flu had been found in dairy cattle in Colorado. The agency said the risk to the public remained low, and Colorado's agriculture department ordered tests on 40 farms.",
        [
            ("Centers for Disease Control and Prevention", "Centers for Disease Control and Prevention", ORG),
            ("Colorado", "Colorado", GPE),
            ("The agency", "Centers for Disease Control and Prevention", ORG),
        ],
        [],
    ),
    (
        "Firefighters in Whitby rescued two teenagers cut off by the tide below the cliffs on Saturday afternoon. North Yorkshire Fire and Rescue Service said the pair had been walking from Sandsend. The RNLI lifeboat was also called out.",
        [
            ("Whitby", "Whitby", PLACE),
            ("North Yorkshire Fire and Rescue Service", "North Yorkshire Fire and Rescue Service", ORG),
            ("Sandsend", "Sandsend", PLACE),
            ("RNLI", "RNLI", ORG),
        ],
        [],
    ),
    (
        "Mateo Varela beat Luca Bernardi 6-3 7-6 in the final of the Italian Open in Rome on Sunday. The Spaniard, 21, said he had played his best tennis of the year.",
        [
            ("Mateo Varela", "Mateo Varela", PERSON),
            ("Luca Bernardi", "Luca Bernardi", PERSON),
            ("Rome", "Rome", PLACE),
        ],
        ["The Spaniard"],
    ),
    (
        "Nordvik Bank cut its mortgage rates by a quarter of a point on Wednesday, a day after Norway's central bank lowered its key rate. The lender said the cut would help 200,000 customers.",
        [
            ("Nordvik Bank", "Nordvik Bank", ORG),
            ("Norway", "Norway", GPE),
            ("The lender", "Nordvik Bank", ORG),
        ],
        [],
    ),
    (
        "Prosecutors in Milan have opened an investigation into Ferrovia Nord, the regional rail operator, after a train derailed near Pioltello last month, killing three people. The company said it was cooperating with investigators.",
        [
            ("Milan", "Milan", PLACE),
            ("Ferrovia Nord", "Ferrovia Nord", ORG),
            ("Pioltello", "Pioltello", PLACE),
            ("The company", "Ferrovia Nord", ORG),
        ],
        [],
    ),
    (
        "Kenya's health ministry said on Tuesday that a cholera outbreak in Garissa county had killed 11 people. Médecins Sans Frontières said its clinic in Dadaab was treating 60 patients a day.",
        [
            ("Kenya's health ministry", "Kenya's Health Ministry", ORG),
            ("Garissa", "Garissa", PLACE),
            ("Médecins Sans Frontières", "Doctors Without Borders", ORG),
            ("Dadaab", "Dadaab", PLACE),
        ],
        [],
    ),
    (
        "Leicester City Council approved plans on Tuesday for 1,200 homes on the site of a former textile mill. Council leader Priya Shah said the scheme would include a school and a health centre, but residents of Belgrave said roads could not cope.",
        [
            ("Leicester City Council", "Leicester City Council", ORG),
            ("Priya Shah", "Priya Shah", PERSON),
            ("Belgrave", "Belgrave", PLACE),
        ],
        [],
    ),
    # known failure until the twenty-second round: a sentence's first word is the
    # first name of a two-word surname said alone later ("Economist Joel Naroff"
    # is a title: its "Naroff" is one word)
    (
        "Isabel García Navarro, Spain’s labour minister, said Madrid would raise the minimum wage. García Navarro said unions had agreed.",
        [
            ("Isabel García Navarro", "Isabel García Navarro", PERSON),
            ("García Navarro", "Isabel García Navarro", PERSON),
            ("Spain", "Spain", GPE),
            ("Madrid", "Spain", GPE),
        ],
        [],
    ),
    # -- batch M, written blind after twenty-four rounds (7 of 12 passed; these are
    # the five misses, with two expectations of the writer's corrected to the file's
    # rules: a nationality is its people, "YPG" is the table's name of the militia)
    # an acronym in another language's order, defined in brackets
    (
        "The Sahel Liberation Movement (MLS) said it had shot down a military drone near Gao. The army denied the claim, and the movement's leader, Amadou Cissé, called on Mali's government to negotiate.",
        [
            ("Sahel Liberation Movement", "Sahel Liberation Movement", ORG),
            ("MLS", "Sahel Liberation Movement", ORG),
            ("Gao", "Gao", PLACE),
            ("the movement", "Sahel Liberation Movement", ORG),
            ("Amadou Cissé", "Amadou Cissé", PERSON),
            ("Mali", "Mali", GPE),
        ],
        [],
    ),
    # a town of two words the model took for an organisation; "the developer"
    (
        "Residents of Kirkby Moor packed the town hall on Thursday to oppose plans by Greystone Homes to build 300 houses on the common. Councillor Janet Pryce said the developer had not consulted residents.",
        [
            ("Kirkby Moor", "Kirkby Moor", PLACE),
            ("Greystone Homes", "Greystone Homes", ORG),
            ("Janet Pryce", "Janet Pryce", PERSON),
            ("the developer", "Greystone Homes", ORG),
        ],
        ["Councillor"],
    ),
    # a group in apposition to ", a Sunni militant group"
    (
        "Iran's Fars news agency reported that two border guards were killed in Sistan-Baluchestan province. Fars blamed Jaish al-Adl, a Sunni militant group.",
        [
            ("Iran", "Iran", GPE),
            ("Fars", "Fars", ORG),
            ("Sistan-Baluchestan", "Sistan-Baluchestan", PLACE),
            ("Jaish al-Adl", "Jaish al-Adl", ORG),
            ("Sunni", "Sunni Muslims", NORP),
        ],
        [],
    ),
    # "the Mercosur bloc"; capitals acting for their governments
    (
        "Brazilian and Argentine negotiators met on Saturday to revive trade talks. Brasília wants tariffs on steel cut, while Buenos Aires is pressing for farm access to the Mercosur bloc.",
        [
            ("Brazilian", "Brazilians", NORP),
            ("Argentine", "Argentines", NORP),
            ("Brasília", "Brazil", GPE),
            ("Buenos Aires", "Argentina", GPE),
            ("Mercosur", "Mercosur", ORG),
        ],
        [],
    ),
    # a militia's name in English with its Kurdish acronym, then "the group"
    (
        "Kurdish fighters of the People's Protection Units (YPG) clashed with government-backed forces near Manbij in northern Syria. The YPG said three of its fighters were killed; Ankara said the group was a terrorist organisation.",
        [
            ("Kurdish", "Kurds", NORP),
            ("People's Protection Units", "YPG", ORG),
            ("YPG", "YPG", ORG),
            ("Manbij", "Manbij", GPE),
            ("Syria", "Syria", GPE),
            ("Ankara", "Turkey", GPE),
            ("the group", "YPG", ORG),
        ],
        [],
    ),
    # a news agency named after "the Polish news agency" is the agency, though "Pap"
    # is also a town of the city list ("according to" is no "to" of a place)
    (
        "According to the Polish news agency PAP, the deputy minister resigned on Friday. PAP said he had been questioned by prosecutors in Gdansk.",
        [
            ("Polish", "Poles", NORP),
            ("PAP", "PAP", ORG),
            ("Gdansk", "Gdansk", PLACE),
        ],
        [],
    ),
    # an acronym defined in brackets whose letters are no initials of the English name
    (
        "The National Movement for the Liberation of Azawad (MNLA) said its fighters had taken the town of Ber. The MNLA said the group would hold it.",
        [
            ("National Movement for the Liberation of Azawad", "National Movement for the Liberation of Azawad", ORG),
            ("MNLA", "National Movement for the Liberation of Azawad", ORG),
            ("the group", "National Movement for the Liberation of Azawad", ORG),
        ],
        [],
    ),
    # -- batch N, written blind after batch M's fixes (6 of 12 passed; two misses were
    # the writer's: a competition is no actor, and a state's body keeps its country)
    # a Korean given name with a hyphen, cut by the model before it
    (
        "SEOUL (Harbour Wire) - South Korea's Unification Minister Park Ji-won said on Sunday that Pyongyang had rejected an offer of talks. Park told lawmakers the refusal was regrettable. Moon Jae-in, a former president, agreed.",
        [
            ("Harbour Wire", "Harbour Wire", ORG),
            ("South Korea", "South Korea", GPE),
            ("Park Ji-won", "Park Ji-won", PERSON),
            ("Park", "Park Ji-won", PERSON),
            ("Pyongyang", "North Korea", GPE),
            ("Moon Jae-in", "Moon Jae-in", PERSON),
        ],
        ["Unification Minister", "Park Ji", "Moon Jae"],
    ),
    # a long name the model missed before "(Africa CDC)", then "the agency"
    (
        "The Africa Centres for Disease Control and Prevention (Africa CDC) declared the mpox outbreak a continental emergency on Tuesday. The agency said 14 countries, including Uganda and Burundi, had reported cases.",
        [
            ("Africa Centres for Disease Control and Prevention", "Africa Centres for Disease Control and Prevention", ORG),
            ("Africa CDC", "Africa Centres for Disease Control and Prevention", ORG),
            ("The agency", "Africa Centres for Disease Control and Prevention", ORG),
            ("Uganda", "Uganda", GPE),
            ("Burundi", "Burundi", GPE),
        ],
        [],
    ),
    # "the regulator" is the authority named before it
    (
        "Britain's Competition and Markets Authority (CMA) has opened an investigation into Halcyon Energy's takeover of rival Brightwater Power. The regulator said the deal could raise household bills.",
        [
            ("Britain's Competition and Markets Authority", "Britain's Competition and Markets Authority", ORG),
            ("CMA", "Britain's Competition and Markets Authority", ORG),
            ("Halcyon Energy", "Halcyon Energy", ORG),
            ("Brightwater Power", "Brightwater Power", ORG),
            ("The regulator", "Britain's Competition and Markets Authority", ORG),
        ],
        [],
    ),
    # a hospital the model took for a place; "the hospital"
    (
        "Doctors at Ruijin Hospital in Shanghai have performed China's first robot-assisted heart transplant, the hospital said on Monday. Lead surgeon Chen Xiaoming said the patient was recovering well.",
        [
            ("Ruijin Hospital", "Ruijin Hospital", ORG),
            ("Shanghai", "Shanghai", PLACE),
            ("China", "China", GPE),
            ("the hospital", "Ruijin Hospital", ORG),
            ("Chen Xiaoming", "Chen Xiaoming", PERSON),
        ],
        ["Lead surgeon"],
    ),
    # -- batch O, written blind after batch N's fixes (8 of 12 passed; one miss was
    # the writer's: an outlet's mention keeps the words the model gave it, "Hindu")
    # a fire service whose first half the model took for a place
    (
        "Firefighters from West Yorkshire Fire and Rescue Service tackled a blaze at a warehouse in Bradford overnight. Station manager Dave Holt said crews had stopped the fire spreading to nearby homes.",
        [
            ("West Yorkshire Fire and Rescue Service", "West Yorkshire Fire and Rescue Service", ORG),
            ("Bradford", "Bradford", PLACE),
            ("Dave Holt", "Dave Holt", PERSON),
        ],
        ["Station manager", "Rescue Service"],
    ),
    # a party named by its members, its acronym, "the party", another party
    (
        "Romania's ruling Social Democrats (PSD) lost their majority on Sunday, official results showed. PSD leader Ion Marinescu said the party would seek a coalition with the Liberals.",
        [
            ("Romania", "Romania", GPE),
            ("Social Democrats", "Social Democrats", ORG),
            ("PSD", "Social Democrats", ORG),
            ("Ion Marinescu", "Ion Marinescu", PERSON),
            ("the party", "Social Democrats", ORG),
            ("Liberals", "Liberals", ("ORG", "NORP")),
        ],
        [],
    ),
    # -- batch P, written blind after batch O's fixes (9 of 12 passed)
    # a water company the model took for a person
    (
        "A sinkhole opened on Mill Lane in Ashby Green on Tuesday, forcing 20 families from their homes. Severn Water said a burst main was to blame, and councillor Ruth Evans called for an inquiry.",
        [
            ("Ashby Green", "Ashby Green", PLACE),
            ("Severn Water", "Severn Water", ORG),
            ("Ruth Evans", "Ruth Evans", PERSON),
        ],
        [],
    ),
    # "the channel" is the broadcaster spoken to
    (
        "Speaking to Al Arabiya, the Saudi foreign minister said the kingdom would not normalise ties without a Palestinian state. The channel did not say when the interview was recorded.",
        [
            ("Al Arabiya", "Al Arabiya", ORG),
            ("Saudi", "Saudis", NORP),
            ("Palestinian", "Palestinians", NORP),
            ("The channel", "Al Arabiya", ORG),
        ],
        [],
    ),
    # "the club" is the team named before it
    (
        "Ajax sacked coach Pieter de Groot on Monday after a run of five defeats. The club said assistant Mark Visser would take charge for Sunday's game against PSV.",
        [
            ("Ajax", "Ajax", ORG),
            ("Pieter de Groot", "Pieter de Groot", PERSON),
            ("The club", "Ajax", ORG),
            ("Mark Visser", "Mark Visser", PERSON),
            ("PSV", "PSV", ORG),
        ],
        ["coach"],
    ),
    # -- batch Q, written blind after batch P's fixes (8 of 12 passed)
    # "the Fidesz party": the name is "Fidesz"; a capital acting for its government
    (
        "Hungary's ruling Fidesz party said on Tuesday it would back the EU sanctions package, reversing its position. Budapest had blocked the measures for two months, EU diplomats said.",
        [
            ("Hungary", "Hungary", GPE),
            ("Fidesz", "Fidesz", ORG),
            ("EU", "European Union", ORG),
            ("Budapest", "Hungary", GPE),
        ],
        ["Fidesz party"],
    ),
    # "the carrier" is the airline named before it
    (
        "Kenya Airways will resume flights to Mogadishu next month, the carrier said on Friday, after a two-year pause over security concerns.",
        [
            ("Kenya Airways", "Kenya Airways", ORG),
            ("Mogadishu", "Mogadishu", PLACE),
            ("the carrier", "Kenya Airways", ORG),
        ],
        [],
    ),
    # a company the model did not tag after "the ride-hailing firm"
    (
        "A Paris court fined the ride-hailing firm Uber 5 million euros on Monday for breaking labour laws. The company said it would appeal.",
        [
            ("Paris", "Paris", PLACE),
            ("Uber", "Uber", ORG),
            ("The company", "Uber", ORG),
        ],
        [],
    ),
    # a shoal the model took for a building
    (
        "Chinese coast guard ships fired water cannon at a supply boat near Second Thomas Shoal in the South China Sea, Manila said.",
        [
            ("Chinese", "Chinese", NORP),
            ("Second Thomas Shoal", "Second Thomas Shoal", LOC),
            ("South China Sea", "South China Sea", LOC),
            ("Manila", "Philippines", GPE),
        ],
        [],
    ),
    # -- batch R, written blind after all of this round's other fixes (6 of 12 passed)
    # a nationality whose adjective has no ending the rules read ("Kazakh")
    (
        "Kazakh President Kassym Tokayev sacked the government on Monday after weeks of fuel-price protests in Almaty. Tokayev named Olzhas Bektenov as acting prime minister.",
        [
            ("Kazakh", "Kazakhs", NORP),
            ("Kassym Tokayev", "Kassym Tokayev", PERSON),
            ("Tokayev", "Kassym Tokayev", PERSON),
            ("Almaty", "Almaty", PLACE),
            ("Olzhas Bektenov", "Olzhas Bektenov", PERSON),
        ],
        ["President"],
    ),
    # "the River Cleddau" the model tagged a place of government
    (
        "Residents of Little Haven were evacuated on Sunday after the River Cleddau burst its banks. Pembrokeshire County Council said 40 homes had been flooded.",
        [
            ("Little Haven", "Little Haven", PLACE),
            ("River Cleddau", "River Cleddau", LOC),
            ("Pembrokeshire County Council", "Pembrokeshire County Council", ORG),
        ],
        [],
    ),
    # "the agency" is a news agency of the media list (its `agency` column) where no
    # public body named before fits it
    (
        "The Associated Press reported that the talks had collapsed, citing two Egyptian officials. The agency said Cairo would try again next week.",
        [
            ("The Associated Press", "Associated Press", ORG),
            ("Egyptian", "Egyptians", NORP),
            ("The agency", "Associated Press", ORG),
            ("Cairo", "Egypt", GPE),
        ],
        [],
    ),
    (
        "Kyodo News reported that the prime minister would visit Seoul in May. The news agency cited two government sources.",
        [
            ("Kyodo News", "Kyodo News", ORG),
            ("Seoul", "Seoul", PLACE),
            ("The news agency", "Kyodo News", ORG),
        ],
        [],
    ),
    (
        "Yonhap said North Korea had fired two missiles into the sea. The agency, citing the South Korean military, said both flew about 400 km.",
        [
            ("Yonhap", "Yonhap", ORG),
            ("North Korea", "North Korea", GPE),
            ("The agency", "Yonhap", ORG),
        ],
        [],
    ),
    # but a public body that fits "the agency" is it, not the wire that reported it
    (
        "The Federal Aviation Administration grounded the jets on Friday, according to Reuters. The agency said inspections would take a week.",
        [
            ("Federal Aviation Administration", "Federal Aviation Administration", ORG),
            ("Reuters", "Reuters", ORG),
            ("The agency", "Federal Aviation Administration", ORG),
        ],
        [],
    ),
    # a state body keeps its country, and its acronym is that body, not the table's
    # (American) one of the same letters
    (
        "Thailand's Food and Drug Administration has recalled a herbal supplement after three people were hospitalised in Chiang Mai. The FDA said the product contained undeclared steroids.",
        [
            ("Thailand's Food and Drug Administration", "Thailand's Food and Drug Administration", ORG),
            ("Chiang Mai", "Chiang Mai", PLACE),
            ("FDA", "Thailand's Food and Drug Administration", ORG),
        ],
        [],
    ),
    (
        "The Philippines' Food and Drug Administration warned against two brands of cough syrup. The FDA said neither had been registered.",
        [
            ("Philippines' Food and Drug Administration", "Philippines' Food and Drug Administration", ORG),
            ("FDA", "Philippines' Food and Drug Administration", ORG),
        ],
        [],
    ),
    (
        "Nigeria's National Agency for Food and Drug Administration and Control (NAFDAC) seized fake malaria drugs in Kano. NAFDAC said the drugs had come from India.",
        [
            ("Nigeria's National Agency for Food and Drug Administration and Control", "Nigeria's National Agency for Food and Drug Administration and Control", ORG),
            ("NAFDAC", "Nigeria's National Agency for Food and Drug Administration and Control", ORG),
            ("Kano", "Kano", PLACE),
        ],
        [],
    ),
    # the table's FDA where the article names no other country's
    (
        "The U.S. Food and Drug Administration approved the drug on Monday. The FDA said trials had shown a 30% cut in relapses.",
        [
            ("U.S. Food and Drug Administration", "Food and Drug Administration", ORG),
            ("FDA", "Food and Drug Administration", ORG),
        ],
        [],
    ),
    # a city's name with lowercase particles the model cut ("São Bernardo" + "Campo")
    # or left partly untagged is one place where the city list has it whole
    (
        "Volkswagen's Brazilian unit will cut 1,500 jobs at its São Bernardo do Campo plant, the company said. The metalworkers' union called a strike for Monday.",
        [
            ("Volkswagen", "Volkswagen", ORG),
            ("Brazilian", "Brazilians", NORP),
            ("São Bernardo do Campo", "São Bernardo do Campo", PLACE),
            ("the company", "Volkswagen", ORG),
        ],
        [],
    ),
    (
        "Police in São José dos Campos arrested three men suspected of robbing a bank. Fire crews in Vila Nova de Gaia contained a blaze at a warehouse.",
        [
            ("São José dos Campos", "São José dos Campos", PLACE),
            ("Vila Nova de Gaia", "Vila Nova de Gaia", PLACE),
        ],
        ["São José", "José dos Campos", "Vila"],
    ),
    (
        "The factory in Santa Cruz de la Sierra will employ 800 people, Bolivia's economy ministry said.",
        [("Santa Cruz de la Sierra", "Santa Cruz de la Sierra", PLACE)],
        ["Santa Cruz"],
    ),
    # but a person's name with a particle stays the person's
    (
        "Pedro de la Rosa met Charles de Gaulle's grandson in Lisbon.",
        [
            ("Pedro de la Rosa", "Pedro de la Rosa", PERSON),
            ("Charles de Gaulle", "Charles de Gaulle", PERSON),
            ("Lisbon", "Lisbon", PLACE),
        ],
        [],
    ),
    # a one-word name with a person's noun in apposition is a person, the model's ORG
    # notwithstanding; the role is a mention of that person as for a full name
    (
        "Okonjo, a spokeswoman for the ministry, declined to comment. Rahimi, an analyst at the Crisis Group, said the ceasefire would not hold.",
        [
            ("Okonjo", "Okonjo", PERSON),
            ("spokeswoman", "Okonjo", PERSON),
            ("Rahimi", "Rahimi", PERSON),
            ("Crisis Group", "Crisis Group", ORG),
        ],
        [],
    ),
    (
        "Ferreira, a spokesman for the airline, said 40 flights had been cancelled. Lindqvist, an economist at Handelsbanken, expects two more rate cuts this year.",
        [
            ("Ferreira", "Ferreira", PERSON),
            ("Lindqvist", "Lindqvist", PERSON),
            ("Handelsbanken", "Handelsbanken", ORG),
        ],
        ["the airline"],
    ),
    # but a company in apposition to a noun it may be stays one
    (
        "Vanguard, the fund manager, said it would vote against the plan.",
        [("Vanguard", "Vanguard", ORG)],
        [],
    ),
    # -- batch S, written blind by blind8, session 8 (without reading the extraction
    # code): 10 of 12 passed; the two misses are in KNOWN_FAILURES
    # a ministry with its country, then "the ministry"; towns and a city as places
    (
        "Kenya's Health Ministry said on Wednesday that 14 people had died of cholera in Garissa. The ministry said vaccines would arrive from Geneva this week.",
        [
            ("Kenya's Health Ministry", "Kenya's Health Ministry", ORG),
            ("The ministry", "Kenya's Health Ministry", ORG),
            ("Garissa", "Garissa", PLACE),
            ("Geneva", "Geneva", PLACE),
        ],
        [],
    ),
    # an acronym defined in brackets, used alone, then "the commission"
    (
        "The West African Fisheries Commission (WAFC) has banned trawling off Guinea for three months. WAFC inspectors will board foreign vessels, the commission said.",
        [
            ("West African Fisheries Commission", "West African Fisheries Commission", ORG),
            ("WAFC", "West African Fisheries Commission", ORG),
            ("the commission", "West African Fisheries Commission", ORG),
            ("Guinea", "Guinea", GPE),
        ],
        [],
    ),
    # a city with a person's first name, its mayor, a river
    (
        "Heavy rain flooded parts of Florence on Sunday, and the mayor, Dario Conti, closed all schools. Conti said the Arno had risen by two metres overnight.",
        [
            ("Florence", "Florence", PLACE),
            ("Dario Conti", "Dario Conti", PERSON),
            ("Conti", "Dario Conti", PERSON),
            ("Arno", "Arno", LOC),
        ],
        [],
    ),
    # a newspaper, then "the newspaper"; a capital for its government
    (
        "Le Monde reported on Tuesday that Paris would send 200 more soldiers to Estonia. The newspaper said the decision would be announced on Friday.",
        [
            ("Le Monde", "Le Monde", ORG),
            ("Paris", "France", GPE),
            ("Estonia", "Estonia", GPE),
            ("The newspaper", "Le Monde", ORG),
        ],
        [],
    ),
    # an armed group's acronym, then "the group"; an oil town
    (
        "Gunmen from the Niger Delta Freedom Fighters (NDFF) blew up a pipeline near Warri overnight. The group said the attack was a warning to foreign oil companies.",
        [
            ("Niger Delta Freedom Fighters", "Niger Delta Freedom Fighters", ORG),
            ("NDFF", "Niger Delta Freedom Fighters", ORG),
            ("The group", "Niger Delta Freedom Fighters", ORG),
            ("Warri", "Warri", PLACE),
        ],
        [],
    ),
    # a ministry by its country's adjective, a curly apostrophe, a city named after
    # a person
    (
        "The Indonesian Foreign Ministry summoned Australia’s ambassador on Monday over the detention of three fishermen. The ministry said the men had been held in Darwin for a week.",
        [
            ("Indonesian Foreign Ministry", "Indonesia's Foreign Ministry", ORG),
            ("The ministry", "Indonesia's Foreign Ministry", ORG),
            ("Australia", "Australia", GPE),
            ("Darwin", "Darwin", PLACE),
        ],
        [],
    ),
    # two titled people, each by surname later
    (
        "Opposition leader Grace Mwangi and Interior Minister Peter Otieno clashed in parliament on Thursday. Mwangi accused Otieno of ordering the arrests of 30 students.",
        [
            ("Grace Mwangi", "Grace Mwangi", PERSON),
            ("Mwangi", "Grace Mwangi", PERSON),
            ("Peter Otieno", "Peter Otieno", PERSON),
            ("Otieno", "Peter Otieno", PERSON),
        ],
        ["Interior", "Interior Minister"],
    ),
    # capitals acting for their governments; a ministry keeps its country; a
    # city-state as the place of a meeting
    (
        "Tokyo and Seoul agreed on Friday to share missile-tracking data, Japan's Defense Ministry said. The agreement was signed at a meeting in Singapore.",
        [
            ("Tokyo", "Japan", GPE),
            ("Seoul", "South Korea", GPE),
            ("Japan's Defense Ministry", "Japan's Defense Ministry", ORG),
            ("Singapore", "Singapore", PLACE),
        ],
        [],
    ),
    # an international body's acronym defined in brackets, then "the agency"
    (
        "The International Maritime Organization (IMO) told ship owners to keep their vessels away from the Gulf of Guinea. The agency said 11 ships had been boarded there since June.",
        [
            ("International Maritime Organization", "International Maritime Organization", ORG),
            ("IMO", "International Maritime Organization", ORG),
            ("The agency", "International Maritime Organization", ORG),
            ("Gulf of Guinea", "Gulf of Guinea", LOC),
        ],
        [],
    ),
    # state media, a nationality, a capital for its government, a ministry that keeps
    # its country
    (
        "Chinese state broadcaster CCTV said Beijing would hold naval drills near Taiwan this week. Taiwan's Defence Ministry said it was monitoring the situation.",
        [
            ("Chinese", "Chinese", NORP),
            ("CCTV", "CCTV", ORG),
            ("Beijing", "China", GPE),
            ("Taiwan", "Taiwan", GPE),
            ("Taiwan's Defence Ministry", "Taiwan's Defence Ministry", ORG),
        ],
        [],
    ),
    # -- batch T, session 8: the kinds of batch S's two misses (first below) and of a
    # state body that lost its country ("Kenya's Central Bank" came out "Central
    # Bank"), 16 written before the fixes, of which 6 passed; the misses: "Marlow
    # Kessler" and "Dunmore Reid" people, "Hvar", "Akureyri" and "Samsø" people and
    # "Leknes" an organisation, four state bodies without their country, and
    # "Widerøe" untagged (a known failure). "Buses" (an organisation) was seen then
    # and added to `never`.
    # an organisation is what a chief executive, chairman, founder or shareholders
    # belong to, and "the company" / "the firm" after it is that organisation
    (
        "Halvard Krogstad, the chief executive of Norsk Tankrederi, said the company would move two tankers out of the Gulf of Aden. Krogstad said insurance costs had tripled.",
        [
            ("Halvard Krogstad", "Halvard Krogstad", PERSON),
            ("Krogstad", "Halvard Krogstad", PERSON),
            ("Norsk Tankrederi", "Norsk Tankrederi", ORG),
            ("the company", "Norsk Tankrederi", ORG),
            ("Gulf of Aden", "Gulf of Aden", LOC),
        ],
        [],
    ),
    (
        "Shareholders of Lindqvist Marine voted on Thursday to accept a takeover offer from a Dutch rival. The company said the deal would close in June.",
        [
            ("Lindqvist Marine", "Lindqvist Marine", ORG),
            ("The company", "Lindqvist Marine", ORG),
        ],
        [],
    ),
    (
        "Sigrid Aasen, the founder of Fjellstad Bakke, told investors in Oslo that the firm would open 40 stores next year. Aasen owns a third of the shares.",
        [
            ("Sigrid Aasen", "Sigrid Aasen", PERSON),
            ("Aasen", "Sigrid Aasen", PERSON),
            ("Fjellstad Bakke", "Fjellstad Bakke", ORG),
            ("the firm", "Fjellstad Bakke", ORG),
            ("Oslo", "Oslo", PLACE),
        ],
        [],
    ),
    (
        "Marlow Kessler's chairman, Peter Quist, resigned on Friday after the company missed its profit forecast for a third time.",
        [
            ("Marlow Kessler", "Marlow Kessler", ORG),
            ("Peter Quist", "Peter Quist", PERSON),
            ("the company", "Marlow Kessler", ORG),
        ],
        [],
    ),
    (
        "The chairman of Dunmore Reid, Alistair Cobb, said the firm had no plans to sell its Glasgow plant.",
        [
            ("Dunmore Reid", "Dunmore Reid", ORG),
            ("Alistair Cobb", "Alistair Cobb", PERSON),
            ("the firm", "Dunmore Reid", ORG),
            ("Glasgow", "Glasgow", PLACE),
        ],
        [],
    ),
    # but a person's lawyer is of a person
    (
        "Jonas Berg, the lawyer of Maria Lind, said his client would appeal against the verdict.",
        [
            ("Jonas Berg", "Jonas Berg", PERSON),
            ("Maria Lind", "Maria Lind", PERSON),
        ],
        [],
    ),
    # where travel or transport goes or comes from is a place; a noun of travel is
    # no actor
    (
        "The ferry operator Magnus Holm Lines cancelled all crossings to Bornholm on Monday. Magnus Holm Lines said the storm would pass by Wednesday.",
        [
            ("Magnus Holm Lines", "Magnus Holm Lines", ORG),
            ("Bornholm", "Bornholm", PLACE),
        ],
        ["Magnus Holm"],
    ),
    (
        "Storms halted ferries between Split and Hvar for a second day, the port authority said.",
        [("Split", "Split", PLACE), ("Hvar", "Hvar", PLACE)],
        [],
    ),
    (
        "The coast guard towed the damaged trawler to Húsavík on Saturday, and the crew of six flew home from Akureyri.",
        [("Húsavík", "Húsavík", PLACE), ("Akureyri", "Akureyri", PLACE)],
        [],
    ),
    (
        "Buses will replace trains between Hexham and Carlisle until Sunday while engineers repair the line.",
        [("Hexham", "Hexham", PLACE), ("Carlisle", "Carlisle", PLACE)],
        ["Buses"],
    ),
    # but a letter goes to a person, and a person flies
    (
        "Passengers wrote a letter to Tomas Lindgren, the ferry operator's chief executive, after crossings to Samsø were cancelled for a week.",
        [("Tomas Lindgren", "Tomas Lindgren", PERSON), ("Samsø", "Samsø", PLACE)],
        [],
    ),
    (
        "Ingrid Dahl flew to Vilnius on Monday for talks with her Lithuanian counterpart.",
        [("Ingrid Dahl", "Ingrid Dahl", PERSON), ("Vilnius", "Vilnius", PLACE)],
        [],
    ),
    # a state body named with its country's possessive keeps the country, whatever
    # its head ("Bank" only as the central bank's); a company does not
    (
        "Kenya's Central Bank raised its main lending rate to 13%. The bank said inflation would ease next year.",
        [
            ("Kenya's Central Bank", "Kenya's Central Bank", ORG),
            ("The bank", "Kenya's Central Bank", ORG),
        ],
        [],
    ),
    (
        "Ghana's Electoral Commission said on Monday that turnout had reached 61%. The commission will publish the final results on Thursday.",
        [
            ("Ghana's Electoral Commission", "Ghana's Electoral Commission", ORG),
            ("The commission", "Ghana's Electoral Commission", ORG),
        ],
        [],
    ),
    (
        "Kuwait's National Assembly approved the budget on Tuesday, and Kuwait's Central Bank said it would keep interest rates on hold.",
        [
            ("Kuwait's National Assembly", "Kuwait's National Assembly", ORG),
            ("Kuwait's Central Bank", "Kuwait's Central Bank", ORG),
        ],
        [],
    ),
    (
        "Mexico’s Senate approved the judicial reform late on Wednesday, a day after Mexico’s Supreme Court struck down part of an earlier law.",
        [
            ("Mexico’s Senate", "Mexico's Senate", ORG),
            ("Mexico’s Supreme Court", "Mexico's Supreme Court", ORG),
        ],
        [],
    ),
    (
        "Norway's Equinor said on Monday it would delay a North Sea gas project, while Britain's Labour Party promised a windfall tax.",
        [
            ("Norway", "Norway", GPE),
            ("Equinor", "Equinor", ORG),
            ("North Sea", "North Sea", LOC),
            ("Britain", "United Kingdom", GPE),
            ("Labour Party", "Labour Party", ORG),
        ],
        [],
    ),
    # -- batch U, written blind by blind9, session 9 (without reading the extraction
    # code): 6 of 12 passed (the six misses are in KNOWN_FAILURES;
    # Médecins Sans Frontières passed once its actor was written as the alias table's
    # English name, as the Red Cross's is)
    # a party, its leader by surname with a diacritic, then "the party"
    (
        "The Green Renewal Party won 14 seats in Slovenia’s parliamentary election, its leader Matej Korošec said late on Sunday. Korošec said the party would not join a coalition with the nationalists.",
        [
            ("Green Renewal Party", "Green Renewal Party", ORG),
            ("Slovenia", "Slovenia", GPE),
            ("Matej Korošec", "Matej Korošec", PERSON),
            ("Korošec", "Matej Korošec", PERSON),
            ("the party", "Green Renewal Party", ORG),
        ],
        [],
    ),
    # a state regulator with its country's possessive and an acronym that is also
    # another country's, then "the regulator"; a company, then "the company"
    (
        "Ghana’s Securities and Exchange Commission (SEC) suspended trading in shares of Volta Agro on Wednesday. The regulator said the company had overstated its profits for three years.",
        [
            ("Ghana’s Securities and Exchange Commission", "Ghana's Securities and Exchange Commission", ORG),
            ("SEC", "Ghana's Securities and Exchange Commission", ORG),
            ("The regulator", "Ghana's Securities and Exchange Commission", ORG),
            ("Volta Agro", "Volta Agro", ORG),
            ("the company", "Volta Agro", ORG),
        ],
        [],
    ),
    # a family name first, a minister in apposition, a capital for its government, a
    # city where he spoke
    (
        "Speaking in Da Nang on Friday, Vietnam’s trade minister, Tran Van Hieu, said Hanoi would cut tariffs on American farm goods. Tran said the cuts would take effect in January.",
        [
            ("Da Nang", "Da Nang", PLACE),
            ("Vietnam", "Vietnam", GPE),
            ("Tran Van Hieu", "Tran Van Hieu", PERSON),
            ("Hanoi", "Vietnam", GPE),
            ("American", "Americans", NORP),
            ("Tran", "Tran Van Hieu", PERSON),
        ],
        [],
    ),
    # an aid group's French name, then "the organisation" (the
    # actor is the alias table's English name); a town with an apostrophe
    (
        "Médecins Sans Frontières said on Thursday that its hospital in Sa'ada had been hit by an air strike. The organisation said two nurses had been killed.",
        [
            ("Médecins Sans Frontières", "Doctors Without Borders", ORG),
            ("Sa'ada", "Sa'ada", PLACE),
            ("The organisation", "Doctors Without Borders", ORG),
        ],
        [],
    ),
    # the EU by its name, "the bloc", its acronym in a possessive, a speaker after the
    # clause in apposition
    (
        "European Union foreign ministers agreed on Monday to extend sanctions on Belarus for a year. The bloc also added 30 people to its travel ban, Kaja Lind, the EU’s foreign policy chief, said.",
        [
            ("European Union", "European Union", ORG),
            ("Belarus", "Belarus", GPE),
            ("The bloc", "European Union", ORG),
            ("Kaja Lind", "Kaja Lind", PERSON),
            ("EU", "European Union", ORG),
        ],
        [],
    ),
    # a university "of" a city, then "the university"; an archipelago
    (
        "Researchers at the University of Tromsø found plastic in the stomachs of nine of the ten seals they studied. The university said the seals had been caught off Svalbard.",
        [
            ("University of Tromsø", "University of Tromsø", ORG),
            ("The university", "University of Tromsø", ORG),
            ("Svalbard", "Svalbard", PLACE),
        ],
        [],
    ),
    # -- batch V, written blind by actors11, session 10 (before its fixes, without
    # reading the extraction code): 17 of 31 passed, a further one once its actor
    # was written as the project's form of a ministry ("Ukraine's Defence Ministry"
    # for "Ukraine's Ministry of Defence"); the 13 misses are in KNOWN_FAILURES
    # a Spanish police force by its own name, a port
    (
        "Spain's Guardia Civil seized three tonnes of cocaine hidden in a banana shipment in Algeciras, Interior Minister Rafael Ortega said on Monday.",
        [
            ("Spain", "Spain", GPE),
            ("Guardia Civil", "Guardia Civil", ORG),
            ("Algeciras", "Algeciras", PLACE),
            ("Rafael Ortega", "Rafael Ortega", PERSON),
        ],
        ["Interior Minister"],
    ),
    # an Italian body with "di" in its name
    (
        "Italy's Guardia di Finanza seized 20 flats in Milan belonging to a former regional official, Nicola Ferri. Ferri's lawyer said the seizure was unjustified.",
        [
            ("Italy", "Italy", GPE),
            ("Guardia di Finanza", "Guardia di Finanza", ORG),
            ("Milan", "Milan", PLACE),
            ("Nicola Ferri", "Nicola Ferri", PERSON),
            ("Ferri", "Nicola Ferri", PERSON),
        ],
        [],
    ),
    # a radio named after its city is the broadcaster, not the city
    (
        "Albania's Radio Tirana reported that the parliament in Tirana would vote on the budget next week.",
        [
            ("Albania", "Albania", GPE),
            ("Radio Tirana", "Radio Tirana", ORG),
            ("Tirana", "Tirana", PLACE),
        ],
        [],
    ),
    # a broadcaster after "broadcaster", a port
    (
        "Greek broadcaster TV Doxa reported that the damaged ferry had been towed to Piraeus. The coast guard said all 300 passengers were safe.",
        [
            ("Greek", "Greeks", NORP),
            ("TV Doxa", "TV Doxa", ORG),
            ("Piraeus", "Piraeus", PLACE),
        ],
        [],
    ),
    # a club sacks its coach, then "the club"
    (
        "Atlético Sorrento sacked their coach, Marco Fabbri, after a fifth straight defeat. The club said his assistant, Luca Neri, would take charge on Saturday.",
        [
            ("Atlético Sorrento", "Atlético Sorrento", ORG),
            ("Marco Fabbri", "Marco Fabbri", PERSON),
            ("The club", "Atlético Sorrento", ORG),
            ("Luca Neri", "Luca Neri", PERSON),
        ],
        [],
    ),
    # "the carmaker" after a carmaker
    (
        "Volkano Motors recalled 80,000 cars in Europe over a faulty brake sensor. The carmaker said no accidents had been reported.",
        [
            ("Volkano Motors", "Volkano Motors", ORG),
            ("Europe", "Europe", LOC),
            ("The carmaker", "Volkano Motors", ORG),
        ],
        [],
    ),
    # "the lender" after a regulator names a bank
    (
        "The European Central Bank fined Nordbank Hessen 14 million euros for weak money-laundering checks. The lender said it would appeal.",
        [
            ("European Central Bank", "European Central Bank", ORG),
            ("Nordbank Hessen", "Nordbank Hessen", ORG),
            ("The lender", "Nordbank Hessen", ORG),
        ],
        [],
    ),
    # "the miner"
    (
        "Karoo Platinum said output fell 8% in the third quarter after floods at its shafts near Rustenburg. The miner cut its forecast for the year.",
        [
            ("Karoo Platinum", "Karoo Platinum", ORG),
            ("Rustenburg", "Rustenburg", PLACE),
            ("The miner", "Karoo Platinum", ORG),
        ],
        [],
    ),
    # a one-word company described in apposition, then "the chipmaker"
    (
        "Marviq, a Dutch chipmaker, said on Wednesday it would build a plant in Dresden. The chipmaker will receive one billion euros in state aid.",
        [
            ("Marviq", "Marviq", ORG),
            ("Dutch", "Dutch", NORP),
            ("Dresden", "Dresden", PLACE),
            ("The chipmaker", "Marviq", ORG),
        ],
        [],
    ),
    # a company described in apposition, then "the group"
    (
        "Halden Logistics, a Norwegian shipping group, posted a record profit on Tuesday. Chief executive Eirik Moe said the group would pay a special dividend.",
        [
            ("Halden Logistics", "Halden Logistics", ORG),
            ("Eirik Moe", "Eirik Moe", PERSON),
            ("the group", "Halden Logistics", ORG),
        ],
        [],
    ),
    # a national audit office with its country, then "the audit office"
    (
        "Poland's Supreme Audit Office said on Thursday that the army had overpaid for 300 armoured vehicles. The audit office asked prosecutors to investigate.",
        [
            ("Poland's Supreme Audit Office", "Poland's Supreme Audit Office", ORG),
            ("The audit office", "Poland's Supreme Audit Office", ORG),
        ],
        [],
    ),
    # a court of accounts with its country (curly), then "the court"
    (
        "Romania’s Court of Accounts found irregularities in 40 hospital contracts signed in Cluj. The court said it had sent the files to prosecutors.",
        [
            ("Romania’s Court of Accounts", "Romania's Court of Accounts", ORG),
            ("Cluj", "Cluj", PLACE),
            ("The court", "Romania's Court of Accounts", ORG),
        ],
        [],
    ),
    # a national police force with its country; a port city with a surname's shape
    (
        "Brazil's Federal Police arrested three customs officers in Santos on Tuesday, accusing them of taking bribes from exporters.",
        [
            ("Brazil's Federal Police", "Brazil's Federal Police", ORG),
            ("Santos", "Santos", PLACE),
        ],
        [],
    ),
    # a prosecuting authority with its country, then "the authority"
    (
        "South Africa's National Prosecuting Authority said on Monday it would charge two former ministers with fraud. The authority said the trial could start in March.",
        [
            ("South Africa's National Prosecuting Authority", "South Africa's National Prosecuting Authority", ORG),
            ("The authority", "South Africa's National Prosecuting Authority", ORG),
        ],
        [],
    ),
    # a ministry named "Ministry of ...", with its country, then "the ministry"
    (
        "Ukraine's Ministry of Defence said on Saturday that it had received the first of 12 patrol boats from Denmark. The ministry said the rest would arrive by June.",
        [
            ("Ukraine's Ministry of Defence", "Ukraine's Defence Ministry", ORG),
            ("Denmark", "Denmark", GPE),
            ("The ministry", "Ukraine's Defence Ministry", ORG),
        ],
        [],
    ),
    # a ministry without its country, in a story about one country
    (
        "Indonesia will ban exports of raw bauxite from June, the Energy Ministry said on Friday. The ministry said smelters would get tax breaks.",
        [
            ("Indonesia", "Indonesia", GPE),
            ("Energy Ministry", "Indonesia's Energy Ministry", ORG),
            ("The ministry", "Indonesia's Energy Ministry", ORG),
        ],
        [],
    ),
    # two countries' ministries of one name stay two actors
    (
        "Greece's Foreign Ministry summoned the Turkish ambassador on Wednesday, and Turkey's Foreign Ministry called the protest baseless.",
        [
            ("Greece's Foreign Ministry", "Greece's Foreign Ministry", ORG),
            ("Turkish", "Turks", NORP),
            ("Turkey's Foreign Ministry", "Turkey's Foreign Ministry", ORG),
        ],
        [],
    ),
    # a ministry with a nationality, a capital for its government
    (
        "The Lithuanian Economy Ministry said Vilnius would cap electricity prices for households until March. The ministry said the cap would cost 90 million euros.",
        [
            ("Lithuanian Economy Ministry", "Lithuania's Economy Ministry", ORG),
            ("Vilnius", "Lithuania", GPE),
            ("The ministry", "Lithuania's Economy Ministry", ORG),
        ],
        [],
    ),
    # -- misses of batches U and V fixed in session 10 (actors11), each by a rule of its
    # kind. Of batch U: "the agency" is the organisation just named whose name says
    # nothing of an agency, when it is no company, ministry, medium, party, club or
    # state's forces
    (
        "NAIROBI (Sable Press) - The East African Locust Watch (EALW) said on Monday that swarms had crossed from Somalia into northern Kenya. The agency said spraying aircraft would fly from Lodwar.",
        [
            ("Sable Press", "Sable Press", ORG),
            ("East African Locust Watch", "East African Locust Watch", ORG),
            ("EALW", "East African Locust Watch", ORG),
            ("The agency", "East African Locust Watch", ORG),
            ("Somalia", "Somalia", GPE),
            ("Kenya", "Kenya", GPE),
            ("Lodwar", "Lodwar", PLACE),
        ],
        [],
    ),
    # of batch U: a name opening with a head word of another language is an organisation's
    # ("Federación Minera del Norte", with its particles), "the union" fits the
    # federation, and a copper company is no person
    (
        "Chile’s largest miners’ union, the Federación Minera del Norte, called a strike at three copper mines on Tuesday. The union’s leader, Rosa Quispe, said talks with Andina Copper had failed.",
        [
            ("Chile", "Chile", GPE),
            ("Federación Minera del Norte", "Federación Minera del Norte", ORG),
            ("The union", "Federación Minera del Norte", ORG),
            ("Rosa Quispe", "Rosa Quispe", PERSON),
            ("Andina Copper", "Andina Copper", ORG),
        ],
        [],
    ),
    # of batch U: a description with a possessive ("The militia’s spokesman") is a
    # description of the organisation named before
    (
        "The Kivu Defence Forces, a militia active in the hills above Lake Kivu, said it had freed 12 Chinese miners seized last month. The militia’s spokesman, Jean-Baptiste Mukendi, said the miners had been driven to Goma.",
        [
            ("Kivu Defence Forces", "Kivu Defence Forces", ORG),
            ("Lake Kivu", "Lake Kivu", LOC),
            ("Chinese", "Chinese", NORP),
            ("The militia", "Kivu Defence Forces", ORG),
            ("Jean-Baptiste Mukendi", "Jean-Baptiste Mukendi", PERSON),
            ("Goma", "Goma", PLACE),
        ],
        [],
    ),
    # of batch U: "TV", "Radio" or "Kanal" and the capitalised words after it are a
    # broadcaster's name
    (
        "Brazil’s TV Aurora reported, citing federal police, that agents had arrested the former governor of Pará, Hélio Barbalho, in Belém. Barbalho’s lawyers said the arrest was illegal.",
        [
            ("Brazil", "Brazil", GPE),
            ("TV Aurora", "TV Aurora", ORG),
            ("Pará", "Pará", PLACE),
            ("Hélio Barbalho", "Hélio Barbalho", PERSON),
            ("Belém", "Belém", PLACE),
            ("Barbalho", "Hélio Barbalho", PERSON),
        ],
        [],
    ),
    # of batch V: "the operator" is a trade, as "the carmaker" is
    (
        "Deutsche Bahn cancelled all long-distance trains in northern Germany on Thursday as a storm blew in from the North Sea. The rail operator said services would resume on Friday morning.",
        [
            ("Deutsche Bahn", "Deutsche Bahn", ORG),
            ("Germany", "Germany", GPE),
            ("North Sea", "North Sea", LOC),
            ("The rail operator", "Deutsche Bahn", ORG),
        ],
        [],
    ),
    # of batch V: "the bank" with no bank named before is the lender just named
    (
        "Société Générale will cut 900 jobs in France over three years, the bank said on Tuesday. Chief executive Laurent Moreau said the lender would close 120 branches.",
        [
            ("Société Générale", "Société Générale", ORG),
            ("France", "France", GPE),
            ("the bank", "Société Générale", ORG),
            ("Laurent Moreau", "Laurent Moreau", PERSON),
            ("the lender", "Société Générale", ORG),
        ],
        [],
    ),
    # of batch V: a name opening with "Banco" is a bank's, with the particles that end it
    (
        "Banco Atlântico do Sul reported a 20% rise in quarterly profit, and the lender said it would open ten branches in Angola next year.",
        [
            ("Banco Atlântico do Sul", "Banco Atlântico do Sul", ORG),
            ("the lender", "Banco Atlântico do Sul", ORG),
            ("Angola", "Angola", GPE),
        ],
        [],
    ),
    # of batch V: a broadcaster by the shape of its name ("Radio ...", "TV ...") is what
    # "the broadcaster" and "the channel" stand for
    (
        "Radio Free Europe reported that two of its journalists had been detained in Minsk. The broadcaster said neither had been charged.",
        [
            ("Radio Free Europe", "Radio Free Europe", ORG),
            ("Minsk", "Minsk", PLACE),
            ("The broadcaster", "Radio Free Europe", ORG),
        ],
        [],
    ),
    # of batch V: a name opening with a club's prefix ("Hapoel", "Borussia", "Sturm") is
    # the club's
    (
        "Hapoel Nirit have appointed the Portuguese coach Rui Teixeira on a contract until 2028. The club finished ninth last season.",
        [
            ("Hapoel Nirit", "Hapoel Nirit", ORG),
            ("Rui Teixeira", "Rui Teixeira", PERSON),
            ("The club", "Hapoel Nirit", ORG),
        ],
        [],
    ),
    # of batch V: "Aerolíneas" opens an airline's name
    (
        "Aerolíneas Patagónicas cancelled 40 flights out of Buenos Aires after air traffic controllers walked out. The airline said passengers would be rebooked.",
        [
            ("Aerolíneas Patagónicas", "Aerolíneas Patagónicas", ORG),
            ("Buenos Aires", "Buenos Aires", PLACE),
            ("The airline", "Aerolíneas Patagónicas", ORG),
        ],
        [],
    ),
    # of batch V: "the toolmaker" is a trade
    (
        "Brandt & Sohn, a family-owned toolmaker from Stuttgart, filed for insolvency on Monday. The toolmaker employs 1,200 people.",
        [
            ("Brandt & Sohn", "Brandt & Sohn", ORG),
            ("Stuttgart", "Stuttgart", PLACE),
            ("The toolmaker", "Brandt & Sohn", ORG),
        ],
        [],
    ),
    # of batch U: "the club" after a transfer is no club the player came "from" (read from
    # the text, as "Real Corvera signed ... from Nacional")
    (
        "Real Corvera signed the Uruguayan striker Diego Paredes from Nacional for 18 million euros on Thursday. The club said Paredes would wear the number nine shirt.",
        [
            ("Real Corvera", "Real Corvera", ORG),
            ("Uruguayan", "Uruguayans", NORP),
            ("Diego Paredes", "Diego Paredes", PERSON),
            ("Nacional", "Nacional", ORG),
            ("The club", "Real Corvera", ORG),
            ("Paredes", "Diego Paredes", PERSON),
        ],
        [],
    ),
    # of batch U: "the startup" is the organisation the text calls a startup, not the
    # investor named after it
    (
        "Lumen Robotics, a Tallinn-based startup, raised 40 million dollars from investors led by Northstar Capital. Its founder, Kadri Tamm, said the startup would hire 200 engineers.",
        [
            ("Lumen Robotics", "Lumen Robotics", ORG),
            ("Tallinn", "Tallinn", PLACE),
            ("Northstar Capital", "Northstar Capital", ORG),
            ("Kadri Tamm", "Kadri Tamm", PERSON),
            ("the startup", "Lumen Robotics", ORG),
        ],
        [],
    ),
    # of batch V: a club's prefix makes the club, and "the club" is the one that signed
    # him, not the one he came from
    (
        "Olympique Varenne signed the Ghanaian midfielder Kwame Asante from Sporting Alvor for 12 million euros. The club said Asante had agreed a four-year contract.",
        [
            ("Olympique Varenne", "Olympique Varenne", ORG),
            ("Kwame Asante", "Kwame Asante", PERSON),
            ("Sporting Alvor", "Sporting Alvor", ORG),
            ("The club", "Olympique Varenne", ORG),
            ("Asante", "Kwame Asante", PERSON),
        ],
        [],
    ),
    # of batch V: the clubs by their prefixes, and "the club" the one he joined, not the
    # one he left
    (
        "Midfielder Jonas Wirtz joined Borussia Kelheim from Sturm Linz on a three-year deal. The club paid six million euros, Wirtz's agent said.",
        [
            ("Jonas Wirtz", "Jonas Wirtz", PERSON),
            ("Borussia Kelheim", "Borussia Kelheim", ORG),
            ("Sturm Linz", "Sturm Linz", ORG),
            ("The club", "Borussia Kelheim", ORG),
            ("Wirtz", "Jonas Wirtz", PERSON),
        ],
        [],
    ),
    # of batch V: "the carmaker" is no organisation the text calls something else ("the
    # Korean supplier")
    (
        "Brenta Auto will buy batteries from the Korean supplier Hanseo Cells for its new electric models. The carmaker expects the first cars to leave its Turin plant in 2027.",
        [
            ("Brenta Auto", "Brenta Auto", ORG),
            ("Hanseo Cells", "Hanseo Cells", ORG),
            ("The carmaker", "Brenta Auto", ORG),
            ("Turin", "Turin", PLACE),
        ],
        [],
    ),
    # of batch V: "the lender" is the organisation the text calls a lender, not the fund
    # named after it
    (
        "Banca Vesuvio, an Italian lender, agreed to sell two billion euros of bad loans to Orion Credit, a US fund. The lender said the sale would lift its capital ratio.",
        [
            ("Banca Vesuvio", "Banca Vesuvio", ORG),
            ("Orion Credit", "Orion Credit", ORG),
            ("US", "United States", GPE),
            ("The lender", "Banca Vesuvio", ORG),
        ],
        [],
    ),
    # but a trade the text gives no organisation is still the last one named
    (
        "Halden Sparebank, a Norwegian lender, sold its insurance arm to Storm Forsikring on Monday. The insurer said the deal would close in May.",
        [
            ("Halden Sparebank", "Halden Sparebank", ORG),
            ("Storm Forsikring", "Storm Forsikring", ORG),
            ("The insurer", "Storm Forsikring", ORG),
        ],
        [],
    ),
    # of batch V: what is closed or reopened to traffic ("closed the Afsluitdijk to
    # lorries") is a place, and "the agency" the public body just named
    (
        "Rijkswaterstaat closed the Afsluitdijk to lorries on Monday after cracks were found in the road. The agency said repairs would take a month.",
        [
            ("Rijkswaterstaat", "Rijkswaterstaat", ORG),
            ("The agency", "Rijkswaterstaat", ORG),
        ],
        [],
    ),
    # of batch V: a capital where something is done from ("broadcasts from Riga",
    # "reported from Kyiv") is the city, not its government
    (
        "TV Rain, the independent Russian channel that broadcasts from Riga, said its website had been blocked in Russia. The channel's editor, Tikhon Zorin, called the move censorship.",
        [
            ("TV Rain", "TV Rain", ORG),
            ("Russian", "Russians", NORP),
            ("Riga", "Riga", PLACE),
            ("Russia", "Russia", GPE),
            ("The channel", "TV Rain", ORG),
            ("Tikhon Zorin", "Tikhon Zorin", PERSON),
        ],
        [],
    ),
    # a capital a warning comes from is its government; one worked from, the city
    (
        "The plan drew a sharp warning from Moscow, and Kyiv received a protest from Warsaw. Reporters working from Vilnius said the border stayed shut.",
        [
            ("Moscow", "Russia", GPE),
            ("Kyiv", "Ukraine", GPE),
            ("Warsaw", "Poland", GPE),
            ("Vilnius", "Vilnius", PLACE),
        ],
        [],
    ),
    # of batch T: an untagged name that is the subject of a sentence whose trade comes
    # later in it, with no organisation named before, is that company
    (
        "Widerøe will resume flights from Bodø to Leknes next month, the airline said.",
        [
            ("Widerøe", "Widerøe", ORG),
            ("Bodø", "Bodø", PLACE),
            ("Leknes", "Leknes", PLACE),
            ("the airline", "Widerøe", ORG),
        ],
        [],
    ),
    # -- batch W, written blind by blind13, session 13 (without reading the extraction
    # code): 15 of 20 passed (the five misses are in KNOWN_FAILURES)
    # a title before a name is no organisation
    (
        "Defence Minister Anna Keller said Austria would buy six transport helicopters. Keller told parliament in Vienna that the contract would be signed in spring.",
        [
            ("Anna Keller", "Anna Keller", PERSON),
            ("Keller", "Anna Keller", PERSON),
            ("Austria", "Austria", GPE),
            ("Vienna", "Vienna", PLACE),
        ],
        ["Defence", "Defence Minister"],
    ),
    # an acronym defined in the text, then the acronym alone
    (
        "The Baltic Grid Operators Association (BGOA) said the new undersea cable would be ready by 2028. A BGOA spokesman, Martin Lepp, said Estonia and Finland would share the cost.",
        [
            ("Baltic Grid Operators Association", "Baltic Grid Operators Association", ORG),
            ("BGOA", "Baltic Grid Operators Association", ORG),
            ("Martin Lepp", "Martin Lepp", PERSON),
            ("Estonia", "Estonia", GPE),
            ("Finland", "Finland", GPE),
        ],
        [],
    ),
    # "the group" back to an armed group
    (
        "The Northern Liberation Front claimed responsibility for an ambush that killed four soldiers near Gao. The group said in a statement that more attacks would follow.",
        [
            ("Northern Liberation Front", "Northern Liberation Front", ORG),
            ("Gao", "Gao", PLACE),
            ("The group", "Northern Liberation Front", ORG),
        ],
        [],
    ),
    # "the bloc" is the EU
    (
        "European Union ministers agreed on Monday to extend sanctions on Belarus for another year. The bloc also added 12 officials to its travel-ban list.",
        [
            ("European Union", "European Union", ORG),
            ("Belarus", "Belarus", GPE),
            ("The bloc", "European Union", ORG),
        ],
        [],
    ),
    # a city under attack is the place, not its government
    (
        "Russian missiles struck an apartment block in Kharkiv overnight, killing three people, regional governor Oleh Sinyavin said. Rescue workers were still searching the rubble on Thursday.",
        [
            ("Russian", "Russians", NORP),
            ("Kharkiv", "Kharkiv", PLACE),
            ("Oleh Sinyavin", "Oleh Sinyavin", PERSON),
        ],
        [],
    ),
    # a country that acts is a country, never an organisation
    (
        "Moldova asked the International Monetary Fund for an emergency loan after gas prices doubled. Moldova’s finance minister, Victoria Rusu, said the request would be discussed in Washington next week.",
        [
            ("Moldova", "Moldova", GPE),
            ("International Monetary Fund", "International Monetary Fund", ORG),
            ("Victoria Rusu", "Victoria Rusu", PERSON),
            ("Washington", "Washington", PLACE),
        ],
        [],
    ),
    # a company with a suffix, then its short name and "the company"
    (
        "Kestrel Mining Ltd said on Wednesday it would close its copper mine in Zambia, cutting 900 jobs. Kestrel blamed falling prices, and the company said it would pay severance to all workers.",
        [
            ("Kestrel Mining Ltd", "Kestrel Mining Ltd", ORG),
            ("Zambia", "Zambia", GPE),
            ("Kestrel", "Kestrel Mining Ltd", ORG),
            ("the company", "Kestrel Mining Ltd", ORG),
        ],
        [],
    ),
    # state media by name, a ministry after a nationality adjective
    (
        "Iranian state media said the country’s Foreign Ministry had summoned the British ambassador. IRNA reported that Tehran protested against new sanctions.",
        [
            ("Iranian", "Iranians", NORP),
            ("British", "British", NORP),
            ("IRNA", "IRNA", ORG),
            ("Tehran", "Iran", GPE),
        ],
        [],
    ),
    # an international organisation and its agency, then "the agency"
    (
        "The World Health Organization said a cholera outbreak in Haiti had spread to three more provinces. The agency’s regional director, Dr. Camila Ortiz, said vaccines would arrive next week.",
        [
            ("World Health Organization", "World Health Organization", ORG),
            ("Haiti", "Haiti", GPE),
            ("Camila Ortiz", "Camila Ortiz", PERSON),
        ],
        [],
    ),
    # a capital the meeting is held in is the city
    (
        "NATO foreign ministers will meet in Vilnius next month to discuss air defence for the Baltic states, alliance officials said. The alliance’s secretary general, Henrik Aas, will chair the talks.",
        [
            ("NATO", "NATO", ORG),
            ("Vilnius", "Vilnius", PLACE),
            ("Henrik Aas", "Henrik Aas", PERSON),
        ],
        [],
    ),
    # an armed group by its acronym defined in the text, then "the militia"
    (
        "Fighters of the Popular Resistance Army (PRA) seized two villages near Goma, a local official said. The PRA denied attacking civilians, and the militia said its forces were only defending themselves.",
        [
            ("Popular Resistance Army", "Popular Resistance Army", ORG),
            ("PRA", "Popular Resistance Army", ORG),
            ("Goma", "Goma", PLACE),
            ("the militia", "Popular Resistance Army", ORG),
        ],
        [],
    ),
    # "the alliance" back to a political alliance, not NATO
    (
        "The Democratic Renewal Alliance won 41 percent of the vote in Georgia’s regional elections, the electoral commission said. The alliance’s leader, Nino Beridze, called for a recount in Batumi.",
        [
            ("Democratic Renewal Alliance", "Democratic Renewal Alliance", ORG),
            ("Georgia", "Georgia", GPE),
            ("Nino Beridze", "Nino Beridze", PERSON),
            ("Batumi", "Batumi", PLACE),
        ],
        [],
    ),
    # a ministry named in full ("Ministry of Foreign Affairs" after a country)
    (
        "Lithuania’s Ministry of Foreign Affairs said on Saturday that a Belarusian balloon had crashed near Vilnius airport. The ministry summoned Belarus’s chargé d’affaires.",
        [
            ("Belarusian", "Belarusians", NORP),
            ("Belarus", "Belarus", GPE),
        ],
        [],
    ),
    # a title with a country adjective before a name ("French Finance Minister")
    (
        "French Finance Minister Paul Mercier said Paris would not back the tax deal. Mercier met his German counterpart, Jonas Hartmann, in Brussels on Monday.",
        [
            ("French", "French", NORP),
            ("Paul Mercier", "Paul Mercier", PERSON),
            ("Mercier", "Paul Mercier", PERSON),
            ("Paris", "France", GPE),
            ("German", "Germans", NORP),
            ("Jonas Hartmann", "Jonas Hartmann", PERSON),
        ],
        ["Finance Minister", "Finance"],
    ),
    # an airline with "Airlines", then "the carrier"
    (
        "Aurora Pacific Airlines cancelled 200 flights from Manila after a typhoon warning. The carrier said passengers could rebook without charge.",
        [
            ("Aurora Pacific Airlines", "Aurora Pacific Airlines", ORG),
            ("Manila", "Manila", PLACE),
            ("The carrier", "Aurora Pacific Airlines", ORG),
        ],
        [],
    ),
    # of batch W: "Astana", a capital acting beside "Beijing", came out as its own
    # GPE "Astana", not Kazakhstan: GeoNames gives the capital as "Nur-Sultan";
    # the case: a state news agency after "state news agency"
    (
        "China’s state news agency Xinhua said President Li Wen would visit Kazakhstan next week. Beijing and Astana are expected to sign a pipeline deal.",
        [
            ("China", "China", GPE),
            ("Xinhua", "Xinhua", ORG),
            ("Li Wen", "Li Wen", PERSON),
            ("Kazakhstan", "Kazakhstan", GPE),
            ("Beijing", "China", GPE),
            ("Astana", "Kazakhstan", GPE),
        ],
        ["President"],
    ),
    # a capital GeoNames' countries still give by its former name acts for its
    # government by its current one ("Nur-Sultan" is Astana again), whatever the
    # model tagged it; a capital of two words tagged an organisation acts too;
    # named as a place it stays the city
    (
        "Astana said on Tuesday it would not join the sanctions, the foreign ministry's spokesman told reporters.",
        [("Astana", "Kazakhstan", GPE)],
        [],
    ),
    (
        "Tokyo and Astana signed a uranium deal on Friday, the Kazakh foreign ministry said.",
        [
            ("Tokyo", "Japan", GPE),
            ("Astana", "Kazakhstan", GPE),
            ("Kazakh", "Kazakhs", NORP),
        ],
        [],
    ),
    (
        "Ulan Bator said on Monday it would buy more Russian fuel.",
        [("Ulan Bator", "Mongolia", GPE), ("Russian", "Russians", NORP)],
        [],
    ),
    (
        "The summit will be held in Astana in June, officials said.",
        [("Astana", "Astana", PLACE)],
        [],
    ),
    # of batch W: "Lindqvist Antriebstechnik GmbH", which the model left out, came
    # out as no mention at all;
    # the case: a German company with "GmbH", a person with "von"
    (
        "Lindqvist Antriebstechnik GmbH will build a battery plant near Leipzig, its chief executive, Friedrich von Albers, said. Von Albers said the plant would employ 1,200 people.",
        [
            ("Lindqvist Antriebstechnik GmbH", "Lindqvist Antriebstechnik GmbH", ORG),
            ("Leipzig", "Leipzig", PLACE),
            ("Friedrich von Albers", "Friedrich von Albers", PERSON),
            ("Von Albers", "Friedrich von Albers", PERSON),
        ],
        [],
    ),
    # a company by its legal form is an organisation whether the model tagged it,
    # cut it or left it out ("AS", "KK", "SpA", "S.A.", "LLC"), and "the company"
    # stands for it; two companies joined by "and" stay two
    (
        "Sørensen Maskin AS said on Monday it would build a ferry yard in Bergen. The company said 300 jobs would be created.",
        [
            ("Sørensen Maskin AS", "Sørensen Maskin AS", ORG),
            ("Bergen", "Bergen", PLACE),
            ("The company", "Sørensen Maskin AS", ORG),
        ],
        [],
    ),
    (
        "Keller Bau KK and Mendoza Vinos SpA signed the contract in Osaka on Monday, the companies said.",
        [
            ("Keller Bau KK", "Keller Bau KK", ORG),
            ("Mendoza Vinos SpA", "Mendoza Vinos SpA", ORG),
            ("Osaka", "Osaka", PLACE),
        ],
        [],
    ),
    (
        "Brandt Logistik S.A. will close two depots near Lyon, its chief executive, Anne Morel, said.",
        [
            ("Brandt Logistik S.A.", "Brandt Logistik S.A.", ORG),
            ("Lyon", "Lyon", PLACE),
            ("Anne Morel", "Anne Morel", PERSON),
        ],
        [],
    ),
    # a legal form ends the name: "of" after it starts no longer one
    (
        "The cars were made by Kessler Antriebe GmbH of Austria and shipped from Rotterdam.",
        [
            ("Kessler Antriebe GmbH", "Kessler Antriebe GmbH", ORG),
            ("Austria", "Austria", GPE),
            ("Rotterdam", "Rotterdam", PLACE),
        ],
        [],
    ),
    (
        "Okafor Foods Ltd said on Tuesday that profits had doubled. Mensah Ventures LLC bought its bottling plant in Accra.",
        [
            ("Okafor Foods Ltd", "Okafor Foods Ltd", ORG),
            ("Mensah Ventures LLC", "Mensah Ventures LLC", ORG),
            ("Accra", "Accra", PLACE),
        ],
        [],
    ),
    # of batch W: "Isabel de la Fuente", which the model left untagged, came out as
    # "Fuente" alone, canonical "De la Fuente" (and its role "ambassador" with it);
    # the case: a person with the particle "de", then the surname with it
    (
        "Isabel de la Fuente, Spain’s ambassador to Morocco, was recalled to Madrid on Friday. De la Fuente had criticised Rabat’s handling of the border dispute.",
        [
            ("Isabel de la Fuente", "Isabel de la Fuente", PERSON),
            ("Spain", "Spain", GPE),
            ("Morocco", "Morocco", GPE),
            ("De la Fuente", "Isabel de la Fuente", PERSON),
            ("Rabat", "Morocco", GPE),
        ],
        [],
    ),
    # a name with lowercase particles is the person whose surname the article gives
    # with its particle capitalised, whether the model left the full name out or
    # typed it an organisation; "de los", "van den" are particles too, so the
    # canonical name keeps them
    (
        "Lucía del Campo, Mexico’s consul in Houston, resigned on Friday. Del Campo said she had been threatened.",
        [
            ("Lucía del Campo", "Lucía del Campo", PERSON),
            ("Mexico", "Mexico", GPE),
            ("Houston", "Houston", PLACE),
            ("Del Campo", "Lucía del Campo", PERSON),
        ],
        ["del Campo"],
    ),
    (
        "Marta de los Ríos, a lawyer for the families, said the court had ignored the evidence. De los Ríos said she would appeal.",
        [
            ("Marta de los Ríos", "Marta de los Ríos", PERSON),
            ("De los Ríos", "Marta de los Ríos", PERSON),
        ],
        [],
    ),
    (
        "The prosecutor, Pieter van den Berg, said the case would go to trial. Van den Berg declined to name the suspects.",
        [
            ("Pieter van den Berg", "Pieter van den Berg", PERSON),
            ("Van den Berg", "Pieter van den Berg", PERSON),
        ],
        [],
    ),
    # -- batch X, written blind by blind14, session 14 (without reading the extraction
    # code; expectations written before the first run): 6 of 12 passed, 7 once one
    # expectation took the alias table's "BelTA" (the five misses are in
    # KNOWN_FAILURES): surnames that are places or words, armed groups and their
    # acronyms, state media, EU institutions, regions, a nickname, ships, an aircraft
    # a first name that is also a country, beside the country
    (
        "Jordan Peters, the chief executive of Amberline Foods, said the company would open a factory in Jordan next year. Peters said talks with Amman had taken two years.",
        [
            ("Jordan Peters", "Jordan Peters", PERSON),
            ("Amberline Foods", "Amberline Foods", ORG),
            ("the company", "Amberline Foods", ORG),
            ("Jordan", "Jordan", GPE),
            ("Peters", "Jordan Peters", PERSON),
            ("Amman", "Jordan", GPE),
        ],
        [],
    ),
    # an armed group with an acronym in another language's order
    (
        "The Sahel Liberation Movement (MLS) said its fighters had shot down an army drone near Menaka. The MLS, which wants autonomy for the north, accused Bamako of targeting civilians.",
        [
            ("Sahel Liberation Movement", "Sahel Liberation Movement", ORG),
            ("MLS", "Sahel Liberation Movement", ORG),
            ("Menaka", "Menaka", PLACE),
            ("Bamako", "Mali", GPE),
        ],
        [],
    ),
    # an armed group's acronym first, its name in apposition, then "the rebels"
    (
        "Fighters from the RFD, the Revolutionary Front for Democracy, took control of the airport in Bunia on Thursday. The rebels said they would hand it back within a week.",
        [
            ("RFD", "Revolutionary Front for Democracy", ORG),
            ("Revolutionary Front for Democracy", "Revolutionary Front for Democracy", ORG),
            ("Bunia", "Bunia", PLACE),
            ("The rebels", "Revolutionary Front for Democracy", ORG),
        ],
        [],
    ),
    # state media named after its description, a capital acting, a city as a place
    # (amended after the first run: the canonical is the agency's own spelling,
    # "BelTA", which the alias table knows)
    (
        "Belarus's state news agency Belta said President Andrei Kolos had ordered snap military drills. Minsk said the drills were defensive, and state television showed tanks moving near Brest.",
        [
            ("Belarus", "Belarus", GPE),
            ("Belta", "BelTA", ORG),
            ("Andrei Kolos", "Andrei Kolos", PERSON),
            ("Minsk", "Belarus", GPE),
            ("Brest", "Brest", PLACE),
        ],
        ["President"],
    ),
    # a region with "the", and a region named by its city
    (
        "Shelling in the Donbas intensified overnight, the Ukrainian military said. Fighting was heaviest near Pokrovsk, in the Donetsk region.",
        [
            ("Donbas", "Donbas", LOC),
            ("Ukrainian", "Ukrainians", NORP),
            ("Pokrovsk", "Pokrovsk", PLACE),
            ("Donetsk", "Donetsk", PLACE),
        ],
        [],
    ),
    # an aircraft's name is no actor; a capital flown to is the city
    (
        "The presidential jet, named Spirit of Aral, was grounded in Almaty after a bird strike, the presidential press service said. President Serik Amanov flew to Astana on a backup plane.",
        [
            ("Almaty", "Almaty", PLACE),
            ("Serik Amanov", "Serik Amanov", PERSON),
            ("Astana", "Astana", PLACE),
        ],
        ["Spirit of Aral", "President"],
    ),
    # a surname that is also a capital, after "Ms."
    (
        "Detective Sergeant Amy Paris told the inquest that the car had been stolen in Leeds. Ms. Paris said officers arrived within minutes.",
        [
            ("Amy Paris", "Amy Paris", PERSON),
            ("Paris", "Amy Paris", PERSON),
            ("Leeds", "Leeds", PLACE),
        ],
        ["Ms. Paris", "Detective Sergeant"],
    ),
    # of batch W: "Hokkaido" came out an organisation, and "Sea of Japan" as no
    # mention at all ("Japan" alone, a country);
    # the case: a ministry with its country and a curly apostrophe, then "the ministry"
    (
        "Japan’s Defense Ministry said two Russian bombers had flown over the Sea of Japan on Tuesday. The ministry said fighter jets were scrambled from Hokkaido.",
        [
            ("Japan’s Defense Ministry", "Japan's Defense Ministry", ORG),
            ("Russian", "Russians", NORP),
            ("Sea of Japan", "Sea of Japan", LOC),
            ("The ministry", "Japan's Defense Ministry", ORG),
            ("Hokkaido", "Hokkaido", PLACE),
        ],
        [],
    ),
    # a sea, gulf or bay "of" a place is one place, whatever part of it the model
    # tagged or none; a region of a country's list (a prefecture, a province) named
    # as a place is one though the model typed it an organisation; a commission
    # named after a gulf stays the model's
    (
        "A Greek frigate towed the damaged yacht across the Sea of Crete to Heraklion.",
        [("Greek", "Greeks", NORP), ("Sea of Crete", "Sea of Crete", LOC)],
        ["Crete"],
    ),
    (
        "Storms in the Bay of Biscay delayed ferries from Santander, the operator said.",
        [("Bay of Biscay", "Bay of Biscay", LOC), ("Santander", "Santander", PLACE)],
        ["Bay", "Biscay"],
    ),
    (
        "Snow closed schools across Hokkaido, and flights from Sapporo were cancelled.",
        [("Hokkaido", "Hokkaido", PLACE), ("Sapporo", "Sapporo", PLACE)],
        [],
    ),
    (
        "The Gulf of Guinea Commission said piracy had fallen.",
        [("Guinea Commission", "Guinea Commission", ORG)],
        [],
    ),
    # of batch W: "Aïcha Mahamat" came out an organisation (ORG), not a person: the
    # parser hangs the name on "N’Djamena", so no apposition to the role was seen (the
    # look-alikes, typed ORG by hand, are in test_actor_types.py);
    # the case: a UN agency by its acronym alone, a camp town
    (
        "UNHCR said 15,000 people had crossed into Chad from Sudan in a week. The refugee agency’s representative in N’Djamena, Aïcha Mahamat, said camps near Adré were full.",
        [
            ("UNHCR", "UNHCR", ORG),
            ("Chad", "Chad", GPE),
            ("Sudan", "Sudan", GPE),
            ("Aïcha Mahamat", "Aïcha Mahamat", PERSON),
            ("Adré", "Adré", PLACE),
        ],
        [],
    ),
    # -- batch Y, written blind by blind15, session 15 (without reading the extraction
    # code; expectations written before the first run): initials, double and
    # hyphenated surnames, organisations named after people, buildings and streets
    # for governments, a club beside its city, acronyms defined then reused
    # initials run together, then the surname alone; a capital as a place
    (
        "J.R. Okoye, the chairman of Kestrel Bank, said in Abuja that profits had doubled. Okoye said the bank would open branches in Ghana next year.",
        [
            ("J.R. Okoye", "J.R. Okoye", PERSON),
            ("Kestrel Bank", "Kestrel Bank", ORG),
            ("Abuja", "Abuja", PLACE),
            ("Okoye", "J.R. Okoye", PERSON),
            ("Ghana", "Ghana", GPE),
        ],
        [],
    ),
    # a middle initial after a title, then the surname
    (
        "Defence Secretary Mary T. Holloway said the helicopter contract would be reviewed. Holloway told MPs the Ministry of Defence had not been consulted.",
        [
            ("Mary T. Holloway", "Mary T. Holloway", PERSON),
            ("Holloway", "Mary T. Holloway", PERSON),
            ("Ministry of Defence", "Ministry of Defence", ORG),
        ],
        ["Defence Secretary"],
    ),
    # a foundation named after its founder is not the founder
    (
        "The Halvorsen Foundation gave 12 million kroner to the children's hospital in Bergen. Its founder, Erik Halvorsen, said the money would pay for a new cancer ward.",
        [
            ("Halvorsen Foundation", "Halvorsen Foundation", ORG),
            ("Bergen", "Bergen", PLACE),
            ("Erik Halvorsen", "Erik Halvorsen", PERSON),
        ],
        [],
    ),
    # a firm named after its founder, and the founder by surname
    (
        "Anna Kessler founded Kessler & Sons in a garage in 1990. Kessler & Sons said on Monday it would cut 200 jobs, and Kessler, now 71, said she was saddened.",
        [
            ("Anna Kessler", "Anna Kessler", PERSON),
            ("Kessler & Sons", "Kessler & Sons", ORG),
            ("Kessler", "Anna Kessler", PERSON),
        ],
        [],
    ),
    # two seats of government as actors, and their capitals for their countries
    (
        "The White House accused the Kremlin of stalling the talks on prisoner swaps. Moscow said Washington had broken its promises.",
        [
            ("White House", "White House", ORG),
            ("Kremlin", "Kremlin", ORG),
            ("Moscow", "Russia", GPE),
            ("Washington", "United States", GPE),
        ],
        [],
    ),
    # a club named after its city, and the city a player moves to
    (
        "Real Madrid signed the forward Caio Mendes from Santos for 60 million euros, the club said. Mendes, 21, will move to Madrid in July.",
        [
            ("Real Madrid", "Real Madrid", ORG),
            ("Caio Mendes", "Caio Mendes", PERSON),
            ("Santos", "Santos", ORG),
            ("Mendes", "Caio Mendes", PERSON),
            ("Madrid", "Madrid", PLACE),
        ],
        [],
    ),
    # an acronym defined in brackets, reused, then "the authority"
    (
        "The Baltic Ports Authority (BPA) fined the ferry operator Kestrel Line 2 million euros on Friday. The BPA said the fine was the largest in its history, and the authority would inspect every Kestrel Line ship.",
        [
            ("Baltic Ports Authority", "Baltic Ports Authority", ORG),
            ("BPA", "Baltic Ports Authority", ORG),
            ("the authority", "Baltic Ports Authority", ORG),
            ("Kestrel Line", "Kestrel Line", ORG),
        ],
        [],
    ),
    # an acronym reused in the possessive, before its director's name
    (
        "The National Fisheries Agency (NFA) cut the cod quota for the northern coast by a fifth. The NFA's director, Lise Moen, said stocks had fallen for six years.",
        [
            ("National Fisheries Agency", "National Fisheries Agency", ORG),
            ("NFA", "National Fisheries Agency", ORG),
            ("Lise Moen", "Lise Moen", PERSON),
        ],
        [],
    ),
    # of batch X: "Nebraska" came out an organisation (ORG), not a place;
    # the case: a surname that is also a city, after "Mr."
    (
        "Senator Harold Lincoln said the farm bill would pass by June. Mr. Lincoln, who represents Nebraska, spoke to farmers in Omaha on Saturday.",
        [
            ("Harold Lincoln", "Harold Lincoln", PERSON),
            ("Lincoln", "Harold Lincoln", PERSON),
            ("Nebraska", "Nebraska", PLACE),
            ("Omaha", "Omaha", PLACE),
        ],
        ["Mr. Lincoln", "Senator", "Senator Harold Lincoln"],
    ),
    # a country's state or province (ISO 3166-2) the model typed an organisation or
    # a person is a place where it does not act; where it acts ("Bayern said") or in
    # a sports story it stays the model's
    (
        "Senator Ruth Calder of Montana said the bill was dead. Calder has represented Montana since 2013.",
        [
            ("Ruth Calder", "Ruth Calder", PERSON),
            ("Calder", "Ruth Calder", PERSON),
            ("Montana", "Montana", PLACE),
        ],
        [],
    ),
    (
        "Tasmania's premier said the ferry service would resume on Friday.",
        [("Tasmania", "Tasmania", PLACE)],
        [],
    ),
    (
        "Bayern said on Monday that its new stadium would open in August.",
        [("Bayern", "Bayern", ORG)],
        [],
    ),
    (
        "CRICKET - SHEFFIELD SHIELD SCORES. Rick Dunlow, who captains Tasmania, scored 120 in Hobart on Friday.",
        [("Rick Dunlow", "Rick Dunlow", PERSON), ("Tasmania", "Tasmania", ORG)],
        [],
    ),
    # of batch X: the ship "HMS Kestrel" came out an organisation, and "English
    # Channel" a GPE, not LOC;
    # the case: ships are no actors; the navy is
    (
        "The frigate HMS Kestrel shadowed the Russian tanker Volga Star through the English Channel, the Royal Navy said.",
        [
            ("Russian", "Russians", NORP),
            ("English Channel", "English Channel", LOC),
            ("Royal Navy", "Royal Navy", ORG),
        ],
        ["HMS Kestrel", "Volga Star", "Kestrel"],
    ),
    # a ship's prefix (HMS, USS, MV, RV ...) opening a name makes it a ship, no actor;
    # a place's or a nation's name + "Channel" is a sea unless it acts or is an outlet
    (
        "USS Harlan Cole docked in Manila on Monday, the US Navy said.",
        [("Manila", "Manila", PLACE), ("US Navy", "US Navy", ORG)],
        ["USS Harlan Cole", "Harlan Cole"],
    ),
    (
        "Coastguards boarded MV Saltmarsh Rose off Dover after a fire in its engine room.",
        [("Dover", "Dover", PLACE)],
        ["MV Saltmarsh Rose", "Saltmarsh Rose"],
    ),
    (
        "The research vessel RV Northern Tern left Hobart for Antarctica, the Australian Antarctic Division said.",
        [("Hobart", "Hobart", PLACE), ("Australian Antarctic Division", "Australian Antarctic Division", ORG)],
        ["RV Northern Tern", "Northern Tern"],
    ),
    (
        "Divers searched the Bristol Channel for the missing fishermen, police said.",
        [("Bristol Channel", "Bristol Channel", LOC)],
        [],
    ),
    (
        "Storms closed ports along the Mozambique Channel, officials in Maputo said.",
        [("Mozambique Channel", "Mozambique Channel", LOC), ("Maputo", "Maputo", PLACE)],
        [],
    ),
    (
        "The broadcaster Sky News said the Disney Channel would close in Britain.",
        [("Sky News", "Sky News", ORG), ("Disney Channel", "Disney Channel", ORG)],
        [],
    ),
    (
        "The Kyiv Channel said its reporter had been detained in Donetsk.",
        [("Kyiv Channel", "Kyiv Channel", ORG), ("Donetsk", "Donetsk", PLACE)],
        [],
    ),
    # of batch X: "Commission" with no "European Commission" before it came out its
    # own actor "Commission" (Brussels acting for the EU passed);
    # the case: EU institutions by their short names, and Brussels acting for the EU
    (
        "The Commission proposed new tariffs on Chinese electric cars on Wednesday. Brussels says Beijing's subsidies distort the market, and the European Parliament will vote on the plan in July.",
        [
            ("Commission", "European Commission", ORG),
            ("Chinese", "Chinese", NORP),
            ("Brussels", "European Union", (*ORG, *GPE)),
            ("Beijing", "China", GPE),
            ("European Parliament", "European Parliament", ORG),
        ],
        [],
    ),
    # "the Commission" alone is the commission the article names, else the European
    # Commission in an article on the EU; with neither it stays its own actor
    (
        "The European Commission fined the chipmaker Veltra 400 million euros. The Commission said Veltra had abused its dominance.",
        [
            ("European Commission", "European Commission", ORG),
            ("Commission", "European Commission", ORG),
            ("Veltra", "Veltra", ORG),
        ],
        [],
    ),
    (
        "EU farm ministers rejected the plan on Monday. The Commission said it would redraft it before the summit.",
        [("EU", "European Union", ORG), ("Commission", "European Commission", ORG)],
        [],
    ),
    (
        "The Electoral Commission said turnout had fallen. EU observers praised the vote, and the Commission said the count would end on Friday.",
        [
            ("Electoral Commission", "Electoral Commission", ORG),
            ("EU", "European Union", ORG),
            ("Commission", "Electoral Commission", ORG),
        ],
        [],
    ),
    (
        "The Commission said the inquiry would report in May, the mayor of Leeds said.",
        [("Commission", "Commission", ORG), ("Leeds", "Leeds", PLACE)],
        [],
    ),
    # of batch X: "Iraq's oil ministry" came out as no mention, only "Iraq" (GPE);
    # the case: "the Kurdistan region", and a lowercase ministry with its country
    (
        "Oil exports from the Kurdistan region resumed on Monday through the pipeline to Ceyhan, Iraq's oil ministry said.",
        [
            ("Kurdistan", "Kurdistan", PLACE),
            ("Ceyhan", "Ceyhan", PLACE),
            ("Iraq's oil ministry", "Iraq's Oil Ministry", ORG),
        ],
        [],
    ),
    # a country's or a nation's ministry named in lowercase by what it runs (oil,
    # fisheries, petroleum) is one mention, as "defence ministry" was; its output,
    # its minister are no ministry
    (
        "The Norwegian fisheries ministry said the cod quota would be cut by a fifth. The ministry blamed warmer seas.",
        [
            ("Norwegian fisheries ministry", "Norway's Fisheries Ministry", ORG),
            ("The ministry", "Norway's Fisheries Ministry", ORG),
        ],
        ["Norwegian"],
    ),
    (
        "Nigeria's petroleum ministry denied the report. Oil Minister Hamid Rasul said output was steady.",
        [
            ("Nigeria's petroleum ministry", "Nigeria's Petroleum Ministry", ORG),
            ("Hamid Rasul", "Hamid Rasul", PERSON),
        ],
        ["Nigeria", "Oil Minister"],
    ),
    (
        "Prices rose after Kuwait's oil output fell, traders said.",
        [("Kuwait", "Kuwait", GPE)],
        [],
    ),
    # a surname that looks plural ("Sanders", tagged a plural noun) is a person's
    # inside a sentence or where the article tags it a name elsewhere; a plural
    # opening a sentence is no actor ("Videos posted online", in test_actor_types)
    (
        "Vermont senator Sanders said the bill was a scandal. Sanders told reporters the vote would be close.",
        [("Vermont", "Vermont", PLACE), ("Sanders", "Sanders", PERSON)],
        [],
    ),
    (
        "Democrats led by Sanders walked out of the chamber.",
        [("Sanders", "Sanders", PERSON)],
        [],
    ),
    # a surname with its particle after a title, then at a sentence's start: one
    # person, the particle capitalised ("De la Fuente"); a capitalised particle
    # after a first name stays as written
    (
        "Ambassador de la Fuente met the foreign minister on Monday. De la Fuente said the talks had gone well.",
        [
            ("de la Fuente", "De la Fuente", PERSON),
            ("De la Fuente", "De la Fuente", PERSON),
        ],
        ["Ambassador"],
    ),
    (
        "The company's founder, Marco De Luca, resigned. De Luca said he was proud of the team.",
        [("Marco De Luca", "Marco De Luca", PERSON), ("De Luca", "Marco De Luca", PERSON)],
        [],
    ),
    # in a sports story a city is its team before a player's name or the team's
    # lead ("'s"), and after "homered for"; a city travelled to, a mayor's city and a
    # titled official's stay places
    (
        "BASEBALL - ROYALS WIN AGAIN. Kansas City 's Eddie Vargas hit two homers, and Denver 's lead in the West grew to four games.",
        [
            ("Kansas City", "Kansas City", ORG),
            ("Eddie Vargas", "Eddie Vargas", PERSON),
            ("Denver", "Denver", ORG),
        ],
        [],
    ),
    (
        "BASEBALL - PADRES SLIDE. Ray Ortiz homered for Houston, but San Diego lost again.",
        [("Ray Ortiz", "Ray Ortiz", PERSON), ("Houston", "Houston", ORG)],
        [],
    ),
    (
        "BASEBALL - PADRES SLIDE. The team flew to Houston on Friday, and the mayor of San Diego watched from the stands.",
        [("Houston", "Houston", PLACE), ("San Diego", "San Diego", PLACE)],
        [],
    ),
    (
        "BASEBALL - ASTROS WIN. Houston 's Mayor Ana Ruiz threw the first pitch.",
        [("Houston", "Houston", PLACE), ("Ana Ruiz", "Ana Ruiz", PERSON)],
        [],
    ),
    # of batch Y (blind, session 15): the club "Torino" came out a GPE, not ORG;
    # the case: clubs in a match (one named like a city), the city where the
    # police act
    (
        "Napoli lost 2-0 at home to Torino on Sunday, and police in Naples arrested six fans after the match. Napoli coach Enzo Vitale said his team had been poor.",
        [
            ("Napoli", "Napoli", ORG),
            ("Torino", "Torino", ORG),
            ("Naples", "Naples", PLACE),
            ("Enzo Vitale", "Enzo Vitale", PERSON),
        ],
        [],
    ),
    # a city a team lost or drew "to"/"against" with a score is the other team,
    # outside a sports story too; a city flown to after a win stays a place
    (
        "Sevilla lost 3-1 away to Bilbao on Saturday, and coach Rafael Ortega blamed the referee.",
        [("Sevilla", "Sevilla", ORG), ("Bilbao", "Bilbao", ORG), ("Rafael Ortega", "Rafael Ortega", PERSON)],
        [],
    ),
    (
        "The team flew to Turin on Sunday after winning 3-0.",
        [("Turin", "Turin", PLACE)],
        [],
    ),
    # of batch X: "Karim" came out a place (GPE) and "Benali" its own actor, not the
    # name around the nickname;
    # the case: a nickname in curly quotes inside a name
    (
        "Police in Marseille arrested Karim “the Fox” Benali, a suspected drug boss, on Tuesday. Benali had been on the run since 2023.",
        [
            ("Karim “the Fox” Benali", "Karim Benali", PERSON),
            ("Benali", "Karim Benali", PERSON),
            ("Marseille", "Marseille", PLACE),
        ],
        [],
    ),
    # a nickname in quotes (straight, curly, single) between a first name and a
    # surname is part of the person's mention, not of the canonical name; no
    # nickname where the words around the quotes are no names
    (
        "Panamanian boxing legend Roberto \"Hands of Stone\" Duran climbs into the ring on Saturday.",
        [("Roberto \"Hands of Stone\" Duran", "Roberto Duran", PERSON)],
        ["Roberto", "Duran"],
    ),
    (
        "The gang's leader, Viktor \"Big Vik\" Sorokin, was sentenced to 12 years in Odesa. Sorokin denied the charges.",
        [
            ("Viktor \"Big Vik\" Sorokin", "Viktor Sorokin", PERSON),
            ("Sorokin", "Viktor Sorokin", PERSON),
            ("Odesa", "Odesa", PLACE),
        ],
        ["Big Vik"],
    ),
    (
        "Tomasz ‘the Butcher’ Wrona was extradited from Spain on Friday, Polish prosecutors said.",
        [("Tomasz ‘the Butcher’ Wrona", "Tomasz Wrona", PERSON), ("Spain", "Spain", GPE)],
        [],
    ),
    (
        "The band \"Blue Harbour\" cancelled its Lisbon tour, promoter Ines Coelho said.",
        [("Ines Coelho", "Ines Coelho", PERSON)],
        [],
    ),
    # -- batch Z, written blind by blind16, session 16 (without reading the extraction
    # code; expectations written before the first run): people with titles and
    # particles, ministries with their country, acronyms defined in the text, "the
    # group", "the ministry", "the agency" and "the cooperative" back-references,
    # cities beside clubs, companies by their full and short names: 9 of 12 passed
    # (the misses are in KNOWN_FAILURES)
    # a minister with the particle "ter", then the surname with it
    (
        "Dutch Health Minister Femke ter Horst said hospitals in Rotterdam had run out of beds. Ter Horst told parliament the army would set up field clinics.",
        [
            ("Femke ter Horst", "Femke ter Horst", PERSON),
            ("Ter Horst", "Femke ter Horst", PERSON),
            ("Rotterdam", "Rotterdam", PLACE),
        ],
        ["Health Minister", "Dutch Health Minister Femke ter Horst"],
    ),
    # a judge by his title and an Irish surname, then the surname alone
    (
        "Mr Justice Conor O'Malley ruled in Dublin on Friday that the nurses' strike was lawful. O'Malley said the union had given enough notice.",
        [
            ("Conor O'Malley", "Conor O'Malley", PERSON),
            ("O'Malley", "Conor O'Malley", PERSON),
            ("Dublin", "Dublin", PLACE),
        ],
        ["Mr Justice"],
    ),
    # a ministry with a nationality, then "the ministry"; a city as a place
    (
        "The Brazilian Health Ministry said dengue cases had tripled in São Paulo since January. The ministry will send 500 soldiers to help clear standing water.",
        [
            ("Brazilian Health Ministry", "Brazil's Health Ministry", ORG),
            ("The ministry", "Brazil's Health Ministry", ORG),
            ("São Paulo", "São Paulo", PLACE),
        ],
        [],
    ),
    # a "Ministry of ..." with its country, a state company, a sea named after the
    # country
    (
        "Mexico's Ministry of Energy said Pemex would drill 40 new wells in the Gulf of Mexico this year. The ministry expects output to rise by a tenth.",
        [
            ("Mexico's Ministry of Energy", "Mexico's Energy Ministry", ORG),
            ("Pemex", "Pemex", ORG),
            ("Gulf of Mexico", "Gulf of Mexico", LOC),
            ("The ministry", "Mexico's Energy Ministry", ORG),
        ],
        [],
    ),
    # an acronym defined in brackets, reused, then "the agency"; an island, a company
    (
        "Inspectors of the Caribbean Maritime Safety Agency (CMSA) detained a tanker off Trinidad on Monday. The CMSA said the ship's papers were forged, and the agency would fine its owner, Solano Shipping.",
        [
            ("Caribbean Maritime Safety Agency", "Caribbean Maritime Safety Agency", ORG),
            ("CMSA", "Caribbean Maritime Safety Agency", ORG),
            ("the agency", "Caribbean Maritime Safety Agency", ORG),
            ("Trinidad", "Trinidad", PLACE),
            ("Solano Shipping", "Solano Shipping", ORG),
        ],
        [],
    ),
    # "the group" for an armed group, a town and its country
    (
        "The Sahel Freedom Movement said it had shot down an army drone near Tillabéri in Niger. The group released a video of the wreckage on Sunday.",
        [
            ("Sahel Freedom Movement", "Sahel Freedom Movement", ORG),
            ("Tillabéri", "Tillabéri", PLACE),
            ("Niger", "Niger", GPE),
            ("The group", "Sahel Freedom Movement", ORG),
        ],
        [],
    ),
    # a club named like its city, in a match and by its possessive; the cities the
    # match was in and the team travels to
    (
        "Benfica beat Porto 3-1 in Lisbon on Saturday. Porto's coach, Rui Matos, said his team would recover before the trip to Madrid.",
        [
            ("Benfica", "Benfica", ORG),
            ("Porto", "Porto", ORG),
            ("Lisbon", "Lisbon", PLACE),
            ("Rui Matos", "Rui Matos", PERSON),
            ("Madrid", "Madrid", PLACE),
        ],
        [],
    ),
    # a city hosting, its mayor, and a club with the city in its name
    (
        "Marseille will host the sailing events, the mayor of Marseille said on Monday, while Olympique de Marseille will play its home games in Nice for a season.",
        [
            ("Marseille", "Marseille", PLACE),
            ("Olympique de Marseille", "Olympique de Marseille", ORG),
            ("Nice", "Nice", PLACE),
        ],
        [],
    ),
    # a peer by his title, a bank by its possessive, then the surname's possessive
    (
        "Tesoro Bank's former chief executive, Lord Alistair Penrose, was charged with fraud in London on Thursday. Penrose's lawyers said he would plead not guilty.",
        [
            ("Tesoro Bank", "Tesoro Bank", ORG),
            ("Alistair Penrose", "Alistair Penrose", PERSON),
            ("London", "London", PLACE),
            ("Penrose", "Alistair Penrose", PERSON),
        ],
        ["Lord"],
    ),
    # of batch Y (blind, session 15), fixed in session 16: a double surname without a hyphen, then both parts alone; a
    # capital acting
    (
        "Colombia's finance minister, Andrés Gómez Restrepo, said the peso would recover by the summer. Gómez Restrepo said Bogotá would not ask for foreign loans.",
        [
            ("Colombia", "Colombia", GPE),
            ("Andrés Gómez Restrepo", "Andrés Gómez Restrepo", PERSON),
            ("Gómez Restrepo", "Andrés Gómez Restrepo", PERSON),
            ("Bogotá", "Colombia", GPE),
        ],
        [],
    ),
    # of batch Y (blind, session 15), fixed in session 16: a hyphenated surname after "Ms."
    (
        "Chief Constable Helen Ashby-Crane said two officers had been suspended. Ms. Ashby-Crane said the inquiry would report by June.",
        [
            ("Helen Ashby-Crane", "Helen Ashby-Crane", PERSON),
            ("Ashby-Crane", "Helen Ashby-Crane", PERSON),
        ],
        ["Chief Constable", "Ms. Ashby-Crane"],
    ),
    # of batch Y (blind, session 15), fixed in session 16: a street for a prime minister's office, another for the civil
    # service
    (
        "Downing Street said on Monday that the prime minister had full confidence in her chancellor. Whitehall has ordered a review of the rail contract, and Britain will publish it in June.",
        [
            ("Downing Street", "Downing Street", ORG),
            ("Whitehall", "Whitehall", ORG),
            ("Britain", "United Kingdom", GPE),
        ],
        [],
    ),
    # a capital written with its accents is a capital as the plain spelling is: it
    # acts for its country, and is the city where it is a place
    (
        "Yaoundé accused Paris of meddling, and Lomé said it would host the summit.",
        [("Yaoundé", "Cameroon", GPE), ("Paris", "France", GPE), ("Lomé", "Togo", GPE)],
        [],
    ),
    (
        "Protesters marched through Bogotá on Sunday, and flights to Asunción were cancelled.",
        [("Bogotá", "Bogotá", PLACE), ("Asunción", "Asunción", PLACE)],
        [],
    ),
    # two persons the model split inside a hyphenated surname are one; police ranks
    # are titles; a surname that is also a town's name stays joined
    (
        "Detective Inspector Mark Lewis-Hart said the man was arrested. Lewis-Hart said he would be charged.",
        [
            ("Mark Lewis-Hart", "Mark Lewis-Hart", PERSON),
            ("Lewis-Hart", "Mark Lewis-Hart", PERSON),
        ],
        ["Mark Lewis", "Lewis"],
    ),
    (
        "Chief Superintendent Ann Lee said the road was closed.",
        [("Ann Lee", "Ann Lee", PERSON)],
        ["Superintendent Ann Lee"],
    ),
    (
        "The Russia-Ukraine talks resumed in Istanbul, and the painter John Constable's house reopened.",
        [
            ("Russia", "Russia", GPE),
            ("Ukraine", "Ukraine", GPE),
            ("Istanbul", "Istanbul", PLACE),
            ("John Constable", "John Constable", PERSON),
        ],
        [],
    ),
    # a seat of government alone as a sentence's subject, tagged a common noun, is
    # the table's name; a capitalised word modifying a noun stays none
    (
        "Zhongnanhai has ordered an inquiry, and the Quai d'Orsay summoned the ambassador.",
        [("Zhongnanhai", "Zhongnanhai", ORG), ("Quai d'Orsay", "Quai d'Orsay", ORG)],
        [],
    ),
    (
        "Conservative estimates put the toll at 40, the ministry's figures showed.",
        [],
        ["Conservative"],
    ),
    # of batch Z (blind, session 16), fixed in session 16: an acronym defined with "or", then "the cooperative"; a capital
    # acting for its government
    (
        "Most maize farmers in Kenya belong to the Rift Valley Growers Cooperative, or RVGC. The RVGC said on Tuesday that maize prices had halved, and the cooperative asked Nairobi for emergency loans.",
        [
            ("Kenya", "Kenya", GPE),
            ("Rift Valley Growers Cooperative", "Rift Valley Growers Cooperative", ORG),
            ("RVGC", "Rift Valley Growers Cooperative", ORG),
            ("the cooperative", "Rift Valley Growers Cooperative", ORG),
            ("Nairobi", "Kenya", GPE),
        ],
        [],
    ),
    # of batch Z (blind, session 16), fixed in session 16: "the group" for the buyer whose name is a group, not the seller
    # named last
    (
        "Halvard Group, the Norwegian shipping conglomerate, bought two tankers from Kessel Marine for $90 million. The group said the ships would carry gas from Qatar.",
        [
            ("Halvard Group", "Halvard Group", ORG),
            ("Kessel Marine", "Kessel Marine", ORG),
            ("The group", "Halvard Group", ORG),
            ("Qatar", "Qatar", GPE),
        ],
        [],
    ),
    # of batch Z (blind, session 16), fixed in session 16: a company with its legal suffix, described, then by its short
    # name; a city and two island states
    (
        "Kaimana Foods Ltd said on Monday it would close its cannery in Suva, Fiji. The Auckland-based company said Kaimana would keep its plant in Samoa.",
        [
            ("Kaimana Foods Ltd", "Kaimana Foods Ltd", ORG),
            ("Suva", "Suva", PLACE),
            ("Fiji", "Fiji", GPE),
            ("The Auckland-based company", "Kaimana Foods Ltd", ORG),
            ("Kaimana", "Kaimana Foods Ltd", ORG),
            ("Samoa", "Samoa", GPE),
        ],
        [],
    ),
    # "the foundation", "the consortium", "the corporation" are descriptions as "the
    # cooperative" is: of an organisation named before with that head word
    (
        "The Halvorsen Foundation gave 12 million kroner to a hospital in Bergen. The foundation said the money would pay for a new ward.",
        [
            ("Halvorsen Foundation", "Halvorsen Foundation", ORG),
            ("Bergen", "Bergen", PLACE),
            ("The foundation", "Halvorsen Foundation", ORG),
        ],
        [],
    ),
    # no organisation of that head: "the foundation" of a house is no mention
    (
        "Engineers from Ostrava Steel said the foundation of the bridge had cracked.",
        [("Ostrava Steel", "Ostrava Steel", ORG)],
        ["the foundation"],
    ),
    # "the group" is the organisation named "... Group" among the few before it, not
    # the last one named; with none so named it is the last one
    (
        "The Wagner Group recruited guards from Acme Security last year. The group said it paid them well.",
        [
            ("Wagner Group", "Wagner Group", ORG),
            ("Acme Security", "Acme Security", ORG),
            ("The group", "Wagner Group", ORG),
        ],
        [],
    ),
    (
        "The Free Valley Front attacked a convoy sent by Sahel Logistics near Tessit. The group said it had killed 12 soldiers.",
        [
            ("Free Valley Front", "Free Valley Front", ORG),
            ("The group", "Sahel Logistics", ORG),
        ],
        [],
    ),
    # a place made a modifier ("the New York-based company") describes the company;
    # "the Lebanese group" still asks for an organisation it tells apart
    (
        "Volta Agro said profits fell by a third. The New York-based company said it would cut 300 jobs.",
        [
            ("Volta Agro", "Volta Agro", ORG),
            ("The New York-based company", "Volta Agro", ORG),
        ],
        [],
    ),
    (
        "Sinar Energy said it would sell two gas fields. The Jakarta-headquartered firm said the sale would close in May.",
        [
            ("Sinar Energy", "Sinar Energy", ORG),
            ("The Jakarta-headquartered firm", "Sinar Energy", ORG),
        ],
        [],
    ),
    # a club drawn with or against, a score between, is the other side; a town
    # played in stays a place
    (
        "Ajax drew 1-1 against Utrecht on Sunday, and PSV drew 2-2 with Groningen.",
        [
            ("Ajax", "Ajax", ORG),
            ("Utrecht", "Utrecht", ORG),
            ("PSV", "PSV", ORG),
            ("Groningen", "Groningen", ORG),
        ],
        [],
    ),
    (
        "Ajax drew 1-1 in Utrecht on Sunday, and fans flew to Utrecht after the 2-0 win.",
        [("Ajax", "Ajax", ORG), ("Utrecht", "Utrecht", PLACE)],
        [],
    ),
    # an adverb opening the sentence is no part of the name after it
    (
        "Senator Bernie Sanders spoke in Vermont. Later Sanders said the vote would be close.",
        [
            ("Bernie Sanders", "Bernie Sanders", PERSON),
            ("Vermont", "Vermont", PLACE),
            ("Sanders", "Bernie Sanders", PERSON),
        ],
        ["Later Sanders"],
    ),
    (
        "Separately Siemens AG said its profits had risen by a fifth.",
        [("Siemens AG", "Siemens AG", ORG)],
        ["Separately Siemens AG"],
    ),
    # a surname opening with its particles, the first capitalised, is a person's
    # shape; a name capitalising every word may be a company's
    (
        "Van der Meer, 54, said the dykes would hold. Von der Leyen said the bloc would help.",
        [
            ("Van der Meer", "Van der Meer", PERSON),
            ("Von der Leyen", "Von der Leyen", PERSON),
        ],
        [],
    ),
    (
        "De La Rue said its profits had fallen by a third.",
        [("De La Rue", "De La Rue", ORG)],
        [],
    ),
    # nationality adjectives no country's name starts like ("Dutch", "French",
    # "Welsh", "Swiss") are nationalities before a player's noun outside sport, not
    # teams; a surname of the same word stays the person's
    (
        "Dutch coach Ruud van der Meer was sacked on Monday. Van der Meer said he was disappointed.",
        [
            ("Dutch", "Dutch", NORP),
            ("Ruud van der Meer", "Ruud van der Meer", PERSON),
            ("Van der Meer", "Ruud van der Meer", PERSON),
        ],
        [],
    ),
    (
        "Swiss striker Noah Keller and French manager Luc Garnier were fined.",
        [
            ("Swiss", "Swiss", NORP),
            ("Noah Keller", "Noah Keller", PERSON),
            ("French", "French", NORP),
            ("Luc Garnier", "Luc Garnier", PERSON),
        ],
        [],
    ),
    (
        "Irvine Welsh said his new novel was finished. Welsh said he wrote it in Leith.",
        [
            ("Irvine Welsh", "Irvine Welsh", PERSON),
            ("Welsh", "Irvine Welsh", PERSON),
            ("Leith", "Leith", PLACE),
        ],
        [],
    ),
    # in a sports story a city a player moves to or from, joins or coaches at is
    # its club; a city he flies to, or lives in, stays a place
    (
        "SOCCER - KOVAC MOVES TO GENOA. Winger Luka Kovac, transferred to Sampdoria in 2019, has joined Genoa from Bologna. His former coach at Bologna said he would be missed.",
        [
            ("Luka Kovac", "Luka Kovac", PERSON),
            ("Sampdoria", "Sampdoria", ORG),
            ("Genoa", "Genoa", ORG),
            ("Bologna", "Bologna", ORG),
        ],
        [],
    ),
    (
        "SOCCER - KOVAC INJURED. The winger Luka Kovac flew to Bologna on Monday for tests, and he lives in Parma with his family.",
        [
            ("Luka Kovac", "Luka Kovac", PERSON),
            ("Bologna", "Bologna", PLACE),
            ("Parma", "Parma", PLACE),
        ],
        [],
    ),
    # a city given a lead, or a homer hit for it, is its team
    (
        "BASEBALL - TWINS EDGE BREWERS. Chuck Knoblauch doubled in the ninth to give Minnesota a 4-2 lead, and Paul Molitor hit his 12th homer for Minnesota.",
        [("Minnesota", "Minnesota", ORG)],
        [],
    ),
    # a trade or a player's position opening the sentence before a name is no part
    # of the mention, as a title is; a surname that is a trade keeps it
    (
        "Striker Keith Doyle was injured on Saturday. Surgeon Amal Haddad said he would miss a month.",
        [
            ("Keith Doyle", "Keith Doyle", PERSON),
            ("Amal Haddad", "Amal Haddad", PERSON),
        ],
        ["Striker Keith Doyle", "Surgeon Amal Haddad"],
    ),
    (
        "Frances Farmer arrived late, and the striker Keith Doyle left early.",
        [
            ("Frances Farmer", "Frances Farmer", PERSON),
            ("Keith Doyle", "Keith Doyle", PERSON),
        ],
        [],
    ),
    # -- batch AA, written blind by blind17, session 17 (without reading the
    # extraction code; expectations written before the first run): officers and
    # ministers with titles, ministries with their country ("X's Ministry of ...",
    # "the Norwegian ... Ministry", "the Ministry of ... of X"), acronyms defined in
    # brackets, "the commission", "the ministry", "the group" and "the company"
    # back-references, county and city clubs beside the towns they travel to, a
    # company by its full and short names, datelines: 7 of 12 passed (the misses are
    # in KNOWN_FAILURES)
    # an officer by rank and name, then the surname; a country, a town
    (
        "Brigadier General Tomasz Wrona said on Sunday that his troops would stay in Latvia until 2035. Wrona spoke at a base near Ādaži.",
        [
            ("Tomasz Wrona", "Tomasz Wrona", PERSON),
            ("Wrona", "Tomasz Wrona", PERSON),
            ("Latvia", "Latvia", GPE),
            ("Ādaži", "Ādaži", PLACE),
        ],
        ["Brigadier General", "Brigadier General Tomasz Wrona"],
    ),
    # a "Ministry of ..." with its country, then "the ministry"
    (
        "Indonesia's Ministry of Forestry said on Monday that fires had burned 40,000 hectares of peatland on Sumatra. The ministry blamed palm oil growers.",
        [
            ("Indonesia's Ministry of Forestry", "Indonesia's Forestry Ministry", ORG),
            ("The ministry", "Indonesia's Forestry Ministry", ORG),
            ("Sumatra", "Sumatra", PLACE),
        ],
        [],
    ),
    # a ministry with a nationality, then "the ministry"; a sea
    (
        "The Norwegian Fisheries Ministry cut the cod quota for the Barents Sea by a fifth on Friday. The ministry said stocks had fallen for six years in a row.",
        [
            ("Norwegian Fisheries Ministry", "Norway's Fisheries Ministry", ORG),
            ("The ministry", "Norway's Fisheries Ministry", ORG),
            ("Barents Sea", "Barents Sea", LOC),
        ],
        [],
    ),
    # "the group" for an armed group, in its possessive; a town, a leader
    (
        "The Kivu Defence Forces said they had captured the town of Rutshuru on Saturday. The group's leader, Jean-Paul Mbeki, said his fighters would not advance further.",
        [
            ("Kivu Defence Forces", "Kivu Defence Forces", ORG),
            ("Rutshuru", "Rutshuru", PLACE),
            ("The group", "Kivu Defence Forces", ORG),
            ("Jean-Paul Mbeki", "Jean-Paul Mbeki", PERSON),
        ],
        [],
    ),
    # a company by its full name with "ASA", then its short name; two cities
    (
        "Hallvard Shipping ASA said it would sell six tankers to a buyer in Singapore. Hallvard, based in Bergen, said the sale would raise 240 million dollars.",
        [
            ("Hallvard Shipping ASA", "Hallvard Shipping ASA", ORG),
            ("Hallvard", "Hallvard Shipping ASA", ORG),
            ("Singapore", "Singapore", PLACE),
            ("Bergen", "Bergen", PLACE),
        ],
        [],
    ),
    # a company's possessive, its chief executive in apposition, then "the company"
    (
        "Mirova Telecom's chief executive, Aylin Demir, resigned on Thursday after an outage cut off three million customers. The company said its finance chief would run it until a successor was found.",
        [
            ("Mirova Telecom", "Mirova Telecom", ORG),
            ("Aylin Demir", "Aylin Demir", PERSON),
            ("The company", "Mirova Telecom", ORG),
        ],
        [],
    ),
    # a wire dateline, a minister with a title and her country, then the surname
    (
        "LUSAKA, May 4 (Sable Press) - Zambia's Energy Minister Chanda Mwale said on Thursday that power cuts would end by June. Mwale blamed the drought for the low water at the dam.",
        [
            ("Sable Press", "Sable Press", ORG),
            ("Zambia", "Zambia", GPE),
            ("Chanda Mwale", "Chanda Mwale", PERSON),
            ("Mwale", "Chanda Mwale", PERSON),
        ],
        ["Energy Minister"],
    ),
]  # fmt: skip


# Known failures, kept so that a fix shows.
KNOWN_FAILURES = [
    # of batch I: "the Lebanese group" is Hezbollah only to a reader who knows it
    # is Lebanese
    (
        "Hezbollah and the Houthis both praised the attack, while Egypt, Jordan and Qatar called for calm. The Lebanese group said its fighters were on alert.",
        [
            ("Hezbollah", "Hezbollah", ORG),
            ("Houthis", "Houthis", ("ORG", "NORP")),
            ("Egypt", "Egypt", GPE),
            ("Jordan", "Jordan", GPE),
            ("Qatar", "Qatar", GPE),
            ("The Lebanese group", "Hezbollah", ORG),
        ],
        [],
    ),
    # of batch L: "a 3-0 win at Hibernian" is the club to a reader of Scottish
    # football, but "a 3-0 win at Wembley" is the ground: no rule tells them apart
    (
        "Celtic moved five points clear at the top of the Scottish Premiership with a 3-0 win at Hibernian on Sunday. Celtic manager Brendan Kerr praised striker Kyogo Sato, who scored twice.",
        [
            ("Celtic", "Celtic", ORG),
            ("Scottish Premiership", "Scottish Premiership", ORG),
            ("Hibernian", "Hibernian", ORG),
            ("Brendan Kerr", "Brendan Kerr", PERSON),
            ("Kyogo Sato", "Kyogo Sato", PERSON),
        ],
        [],
    ),
    # of batch N: "the group" is the buyer named first, not the company it buys
    # stakes in, named last ("make the group Nigeria's largest"): the rule takes the
    # last organisation before it, and "the group" followed by a name is left out
    (
        "Adeyemi Holdings, the Lagos-based conglomerate, agreed to buy a 30% stake in Kano Cement for $210 million. Founder Folake Adeyemi said the deal would make the group Nigeria's largest cement producer.",
        [
            ("Adeyemi Holdings", "Adeyemi Holdings", ORG),
            ("Kano Cement", "Kano Cement", ORG),
            ("Folake Adeyemi", "Folake Adeyemi", PERSON),
            ("the group", "Adeyemi Holdings", ORG),
            ("Nigeria", "Nigeria", GPE),
        ],
        [],
    ),
    # of batch O: "the service" is the National Health Service only to a reader who
    # knows what "NHS" stands for
    (
        "NHS England said waiting lists had fallen for a third month. Its chief executive, Sir Alan Pryor, told the BBC that strikes by junior doctors had cost the service £1.7 billion.",
        [
            ("NHS England", "NHS England", ORG),
            ("Alan Pryor", "Alan Pryor", PERSON),
            ("BBC", "BBC", ORG),
            ("the service", "NHS England", ORG),
        ],
        [],
    ),
    # of batch R: "the Malaysian state oil firm" is Petronas only to a reader who
    # knows it is Malaysian (as "the Lebanese group" above)
    (
        "Petronas said it would sell its stake in a Canadian gas project to Sinar Energy for $1.2 billion. The Malaysian state oil firm said the sale would let it focus on Asia.",
        [
            ("Petronas", "Petronas", ORG),
            ("Canadian", "Canadians", NORP),
            ("Sinar Energy", "Sinar Energy", ORG),
            ("The Malaysian state oil firm", "Petronas", ORG),
            ("Asia", "Asia", LOC),
        ],
        [],
    ),
    # of batch AA (blind, session 17): La Paz, a city, is typed an organisation: expected
    # 'La Paz' GPE/LOC, got ('La Paz', 'ORG')
    (
        "The Andean Water Commission (AWC) warned on Tuesday that the glaciers above La Paz had shrunk by a third since 2000. The AWC said the commission would publish its full survey in June.",
        [
            ("Andean Water Commission", "Andean Water Commission", ORG),
            ("AWC", "Andean Water Commission", ORG),
            ("the commission", "Andean Water Commission", ORG),
            ("La Paz", "La Paz", PLACE),
        ],
        [],
    ),
    # of batch AA (blind, session 17): a county club is typed a person: expected
    # 'Yorkshire' ORG, got ('Yorkshire', 'PERSON')
    (
        "CRICKET - YORKSHIRE WIN ROSES MATCH. Yorkshire beat Lancashire by six wickets on Friday, and Lancashire now travel to Taunton to play Somerset.",
        [
            ("Yorkshire", "Yorkshire", ORG),
            ("Lancashire", "Lancashire", ORG),
            ("Taunton", "Taunton", PLACE),
            ("Somerset", "Somerset", ORG),
        ],
        [],
    ),
    # of batch AA (blind, session 17): a club named like its city in the other language,
    # the subject of 'signed', is typed a place: expected 'Napoli' ORG, got ('Napoli',
    # 'GPE')
    (
        "SOCCER - NAPOLI SIGN DIALLO. Napoli signed the midfielder Ousmane Diallo from Marseille for 30 million euros on Tuesday. Diallo, who was born in Dakar, will fly to Naples on Wednesday.",
        [
            ("Napoli", "Napoli", ORG),
            ("Ousmane Diallo", "Ousmane Diallo", PERSON),
            ("Marseille", "Marseille", ORG),
            ("Diallo", "Ousmane Diallo", PERSON),
            ("Dakar", "Dakar", PLACE),
            ("Naples", "Naples", PLACE),
        ],
        [],
    ),
    # of batch AA (blind, session 17): a shoal is no mention: expected 'Second Thomas
    # Shoal' LOC, got no mention
    (
        "MANILA (Harbour Wire) - The Philippine Coast Guard (PCG) said on Friday that a vessel had fired a water cannon at a supply boat near the Second Thomas Shoal. The PCG said the boat's crew were unhurt.",
        [
            ("Harbour Wire", "Harbour Wire", ORG),
            ("Philippine Coast Guard", "Philippine Coast Guard", ORG),
            ("PCG", "Philippine Coast Guard", ORG),
            ("Second Thomas Shoal", "Second Thomas Shoal", LOC),
        ],
        [],
    ),
    # of batch AA (blind, session 17): a 'Ministry of ... of X' keeps its written name as
    # its actor: expected "Ghana's Foreign Ministry", got 'Ministry of Foreign Affairs of
    # Ghana'
    (
        "The Ministry of Foreign Affairs of Ghana summoned the ambassador of Togo on Monday. Accra said the closure of the border broke a regional agreement.",
        [
            ("Ministry of Foreign Affairs of Ghana", "Ghana's Foreign Ministry", ORG),
            ("Togo", "Togo", GPE),
            ("Accra", "Ghana", GPE),
        ],
        [],
    ),
]


def _mentions(nlp, text):
    return actors.mentions(next(pipeline.parse(nlp, [text])))


@pytest.mark.parametrize(
    ("text", "expect", "never"),
    [
        *SNIPPETS,
        *(
            pytest.param(*s, marks=pytest.mark.xfail(strict=True))
            for s in KNOWN_FAILURES
        ),
    ],
    ids=[s[0][:40] for s in [*SNIPPETS, *KNOWN_FAILURES]],
)
def test_snippet(nlp, text, expect, never):
    found = _mentions(nlp, text)
    by_text: dict[str, list[tuple[str, str]]] = {}
    for m in found:
        assert text[m.start : m.end] == m.text
        by_text.setdefault(m.text, []).append((m.actor, m.type))
    problems = []
    for surface, actor, types in expect:
        got = by_text.get(surface)
        if not got:
            problems.append(f"{surface!r}: no mention")
        elif any(a != actor or t not in types for a, t in got):
            problems.append(f"{surface!r}: {got}, expected {actor!r} {types}")
    problems += [f"{s!r} should be no mention" for s in never if s in by_text]
    assert not problems, f"{problems}; all: {by_text}"
    # an alias edit re-canonicalises the stored mentions to the same actors
    assert actors.recanonicalised(found, text) == [m.actor for m in found]


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # descriptions resolve on (text, type) alone, as when the alias table is edited
        ([("Free Valley Front", "ORG"), ("The group", "ORG")],
         ["Free Valley Front"] * 2),
        ([("NATO", "ORG"), ("Romania", "GPE"), ("the alliance", "ORG")],
         ["NATO", "Romania", "NATO"]),
        ([("World Food Programme", "ORG"), ("the agency", "ORG")],
         ["World Food Programme"] * 2),
        # a ministry is no "group", a medium no "company": no organisation fits
        ([("Poland's Agriculture Ministry", "ORG"), ("the group", "ORG")],
         ["Poland's Agriculture Ministry", "group"]),
        # "the bank" with no bank named is the company just named, never a public
        # body; "the agency" any public body; a head word of another language fits
        # its English description; a broadcaster goes by the shape of its name
        ([("Société Générale", "ORG"), ("the bank", "ORG")], ["Société Générale"] * 2),
        ([("Ghana's Electoral Commission", "ORG"), ("the bank", "ORG")],
         ["Ghana's Electoral Commission", "bank"]),
        ([("Rijkswaterstaat", "ORG"), ("the agency", "ORG")], ["Rijkswaterstaat"] * 2),
        ([("Volvo Cars Ltd", "ORG"), ("the agency", "ORG")], ["Volvo Cars Ltd", "agency"]),
        ([("Sindicato Minero", "ORG"), ("the union", "ORG")], ["Sindicato Minero"] * 2),
        ([("TV Sahel", "ORG"), ("the channel", "ORG")], ["TV Sahel"] * 2),
        # a short name is the long one with a nationality before it
        ([("Finnish Border Guard", "ORG"), ("Border Guard", "ORG")],
         ["Finnish Border Guard"] * 2),
        # but one word alone may be another body ("the Coalition")
        ([("Syrian Arab Coalition", "ORG"), ("Coalition", "ORG")],
         ["Syrian Arab Coalition", "Coalition"]),
        # "the Commission" is the commission named, before it or after, else the EU's
        ([("Gold Coast Fisheries Commission", "ORG"), ("Commission", "ORG")],
         ["Gold Coast Fisheries Commission"] * 2),
        ([("Commission", "ORG"), ("Ghana's Electoral Commission", "ORG")],
         ["Ghana's Electoral Commission"] * 2),
        ([("Brussels", "GPE"), ("Commission", "ORG")],
         ["European Union", "European Commission"]),
        ([("Brussels", "LOC"), ("Commission", "ORG")], ["Brussels", "Commission"]),
        # a one-word name said before the longer one it opens is its own actor
        ([("Google", "ORG"), ("Google Science Fair", "ORG"), ("Google", "ORG")],
         ["Google", "Google Science Fair", "Google"]),
        # a broadcaster's news is the broadcaster named in the article
        ([("CBC News", "ORG"), ("CBC", "ORG")], ["CBC", "CBC"]),
        # two spellings of one name; a part of a double surname; a family name first
        ([("Oleksandr Tkachuk", "PERSON"), ("Aleksandr Tkachuk", "PERSON"),
          ("Tkachuk", "PERSON")], ["Oleksandr Tkachuk"] * 3),
        ([("Elena Varga-Horváth", "PERSON"), ("Elena Horváth", "PERSON")],
         ["Elena Varga-Horváth"] * 2),
        ([("Wang Lei", "PERSON"), ("Wang", "PERSON")], ["Wang Lei"] * 2),
        # but brothers are two people, and a longer first name alone is left
        ([("Anton Berg", "PERSON"), ("Viktor Berg", "PERSON")],
         ["Anton Berg", "Viktor Berg"]),
        ([("Karim Wasifi", "PERSON"), ("Karim", "PERSON")],
         ["Karim Wasifi", "Karim"]),
        # a surname opening with its lowercase particle is the one capitalised
        ([("van der Meer", "PERSON"), ("Van der Meer", "PERSON")],
         ["Van der Meer"] * 2),
        ([("Jan van der Meer", "PERSON"), ("Van der Meer", "PERSON")],
         ["Jan van der Meer"] * 2),
    ],
)  # fmt: skip
def test_descriptions_and_short_names_resolve_without_a_parse(mentions, expected):
    assert actors.canonicalise(mentions) == expected


def test_the_fine_tuned_ner_is_the_default_and_can_be_turned_off(monkeypatch):
    from presswatch.nlp import models

    monkeypatch.delenv("PRESSWATCH_TRAINED", raising=False)
    assert models._chosen()["ner"] == models.NER_DIR
    assert models._chosen()["attribution"] is None
    monkeypatch.setenv("PRESSWATCH_TRAINED", "none")
    assert set(models._chosen().values()) == {None}
    monkeypatch.setenv("PRESSWATCH_TRAINED", "ner,cues,attribution")
    assert None not in models._chosen().values()
