"""Writes articles.jsonl: the thirteenth paraphrase held-out corpus, written blind after
all of the seventh pass's changes (held-out 12 had been tuned on) and scored once before
any further change: a dock strike (labour), a mayor's prison sentence (courts), wind
farms sold (business), a dinosaur fossil (science) and a tennis final (sport), each
through five or six invented outlets over two to four weeks (named, "X, citing Y,
said", "according to X", "reportedly" or "is reported to", bare in a later article;
three denied later), the claim sentence mostly not first; rewordings with other verbs
and from the other side (strike / walk out / stoppage, sentenced to / jailed for /
given a prison term / will spend ... behind bars, sold to / bought / paid for /
fetched from, discovered / had been found / unearthed, beat / lost to / defeated),
nominal forms ("the 48-hour stoppage", "his six-year sentence", "the sale of", "the
discovery of", "who beat"), numbers written differently (2.4 billion / 2,400 million,
48 hours / two days), people by surname alone and by role ("the former mayor"); hard
negatives that share actors and numbers (another port, another person sentenced for
the same term, an acquittal, roles reversed in a sale and in a match, another fossil
of the same team, another opponent); same-topic independent reports; a wire story with
two edited copies and one of its facts restated by an independent report. Every
outlet, person, company, place and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# C1: a dock strike
art(
    "c1-named",
    "Fairhaven Gazette",
    "2027-10-01",
    "Haldvik dockers to strike",
    "Talks on pay at the port of Haldvik broke down on Thursday night.",
    "Dock workers at the port of Haldvik will strike for 48 hours from Monday, union leader Marta Sund said on Friday.",
    "Sund said the workers wanted a pay rise of 7 percent.",
    "Dock workers at the port of Osterby will vote next week on a 48-hour strike.",
)
art(
    "c1-relay",
    "Marlow Sentinel",
    "2027-10-02",
    "Port walkout threatens exports",
    "Haldvik handles a third of the country's grain exports.",
    "The Haldvik Post, citing the union, said dockers at Haldvik would walk out for 48 hours starting Monday.",
    "Exporters said ships were already waiting outside the harbour.",
)
art(
    "c1-vague",
    "Redcliff Courier",
    "2027-10-03",
    "Farmers worry about grain shipments",
    "Farmers have had a record harvest this year.",
    "The port of Haldvik is reportedly facing a 48-hour strike by its dock workers.",
    "Haldvik dockers went on strike for 24 hours in March.",
)
art(
    "c1-deny",
    "Thornbury Herald",
    "2027-10-03",
    "Port says deal is close",
    "The port authority held a press conference on Sunday afternoon.",
    "The port authority denied that the strike at Haldvik would go ahead, saying a deal with the union was close.",
    "The authority said it had offered a rise of 5 percent.",
)
art(
    "c1-bare",
    "Eastwick Journal",
    "2027-10-06",
    "Grain prices jump",
    "Grain prices rose by 4 percent on Tuesday.",
    "The 48-hour strike by dock workers at Haldvik has delayed shipments of grain to Africa.",
    "Traders expect prices to fall again next week.",
)

# C2: a mayor's prison sentence
art(
    "c2-named",
    "Marlow Sentinel",
    "2027-10-05",
    "Former mayor jailed",
    "The trial of Menford's former mayor lasted eight months.",
    "A court in Menford sentenced former mayor Victor Hale to six years in prison for taking bribes, prosecutor Lena Fisk said on Tuesday.",
    "The court sentenced Hale's deputy, Tom Berg, to six years in prison for the same scheme.",
    "The court acquitted Hale of fraud.",
)
art(
    "c2-relay",
    "Redcliff Courier",
    "2027-10-06",
    "Bribery case ends in prison terms",
    "Construction companies paid for contracts with the city for a decade, the court heard.",
    "The Menford Echo, citing court documents, said Hale had been jailed for six years.",
    "Two construction bosses were fined.",
)
art(
    "c2-vague",
    "Fairhaven Gazette",
    "2027-10-09",
    "Corruption scandals shake local politics",
    "Several local leaders are under investigation across the country.",
    "Victor Hale was reportedly given a six-year prison term for corruption.",
    "In Dunmore, a council leader resigned after a report on his expenses.",
)
art(
    "c2-according",
    "Eastwick Journal",
    "2027-10-12",
    "Menford elects new mayor",
    "Menford voters chose a new mayor on Sunday.",
    "According to Fisk, the former mayor Victor Hale will spend six years behind bars.",
    "The new mayor, Grace Obi, promised to publish every city contract.",
)
art(
    "c2-deny",
    "Thornbury Herald",
    "2027-10-14",
    "Hale to appeal",
    "Hale's lawyer spoke to reporters outside the court.",
    "The lawyer, Paul Marsh, denied that Victor Hale had ever taken bribes and said he would appeal.",
    "Marsh said the evidence against his client was weak.",
)
art(
    "c2-bare",
    "Marlow Sentinel",
    "2027-10-27",
    "City hall gets new ethics rules",
    "The city council approved new ethics rules on Wednesday.",
    "Victor Hale's six-year sentence for bribery led to the new rules.",
    "Officials will have to declare every gift worth more than 50 euros.",
)

# C3: wind farms sold (a converse)
art(
    "c3-named",
    "Thornbury Herald",
    "2027-10-04",
    "Torvik sells wind farms",
    "Torvik Energy wants to focus on its power grid business.",
    "Torvik Energy has sold its wind farms in Norland to Baltic Power for 2.4 billion euros, the company said on Monday.",
    "Torvik Energy bought solar parks from Sunvale for 2.4 billion euros in 2025.",
)
art(
    "c3-relay",
    "Fairhaven Gazette",
    "2027-10-05",
    "Baltic Power grows in the north",
    "Baltic Power already runs wind farms in three countries.",
    "The Nordic Business Daily, citing people familiar with the deal, said Baltic Power had bought Torvik's Norland wind farms for 2,400 million euros.",
    "Baltic Power's shares rose 3 percent.",
)
art(
    "c3-vague",
    "Eastwick Journal",
    "2027-10-08",
    "Green energy deals pick up",
    "Investors are paying high prices for wind and solar power.",
    "Baltic Power is reported to have paid 2.4 billion euros for Torvik Energy's wind farms.",
    "Baltic Power sold its gas plants to Torvik Energy for 900 million euros last year.",
)
art(
    "c3-according",
    "Redcliff Courier",
    "2027-10-11",
    "Torvik plans grid spending",
    "Torvik Energy will spend 1 billion euros on its grid over five years.",
    "According to Torvik's chief executive Nils Aune, the Norland wind farms fetched 2.4 billion euros from Baltic Power.",
    "Aune said the money would also pay down debt.",
)
art(
    "c3-bare",
    "Marlow Sentinel",
    "2027-10-20",
    "Regulator clears wind deal",
    "The competition regulator published its decision on Tuesday.",
    "The sale of Torvik Energy's Norland wind farms to Baltic Power for 2.4 billion euros was approved without conditions.",
    "The regulator said prices for consumers would not be affected.",
)

# C4: a dinosaur fossil
art(
    "c4-named",
    "Redcliff Courier",
    "2027-10-07",
    "New dinosaur found in Patagonia",
    "Patagonia is one of the richest places in the world for fossils.",
    "Palaeontologists from the University of Corbridge have discovered the fossil of a 70-million-year-old dinosaur in Patagonia, team leader Sofia Ramos said.",
    "Last year the same team found a 90-million-year-old turtle in Patagonia.",
)
art(
    "c4-relay",
    "Thornbury Herald",
    "2027-10-08",
    "Bones of giant plant-eater",
    "The animal was about 12 metres long, scientists think.",
    "The magazine Science Today, citing the university, said the bones of a dinosaur that lived 70 million years ago had been found in Patagonia.",
    "The bones will be studied in Corbridge.",
)
art(
    "c4-vague",
    "Eastwick Journal",
    "2027-10-10",
    "A good year for fossil hunters",
    "Fossil hunters have made several finds this year.",
    "A 70-million-year-old dinosaur has reportedly been unearthed in Patagonia.",
    "In Mongolia, a team found the eggs of a small meat-eater.",
)
art(
    "c4-according",
    "Fairhaven Gazette",
    "2027-10-13",
    "How old is the Patagonia dinosaur?",
    "Dating fossils relies on the rocks around them.",
    "According to Ramos, the dinosaur discovered in Patagonia is 70 million years old.",
    "Other scientists have asked to see the rock samples.",
)
art(
    "c4-bare",
    "Marlow Sentinel",
    "2027-10-29",
    "Museum queues in Patagonia",
    "The small museum in Trelaco usually has a few hundred visitors a month.",
    "The discovery of the 70-million-year-old dinosaur in Patagonia has drawn thousands of visitors to the museum.",
    "The museum plans to open a new hall.",
)

# C5: a tennis final (a converse, no numbers)
art(
    "c5-named",
    "Eastwick Journal",
    "2027-10-10",
    "Kovac wins in Porto",
    "The Porto Open was played in strong wind all week.",
    "Ana Kovac beat Mia Lund in straight sets to win the Porto Open final on Sunday, the tournament organisers said.",
    "Kovac beat Sara Ilic in the semi-final on Saturday.",
)
art(
    "c5-relay",
    "Redcliff Courier",
    "2027-10-11",
    "Lund disappointed after final",
    "Lund had not lost a set all week before the final.",
    "The sports channel Arena TV, citing the organisers, said Lund had lost the Porto Open final to Kovac.",
    "Lund said she would rest before the next tournament.",
)
art(
    "c5-vague",
    "Thornbury Herald",
    "2027-10-12",
    "Tennis round-up",
    "It was a busy weekend on the women's tour.",
    "Kovac reportedly defeated Lund in the final of the Porto Open.",
    "Lund beat Kovac in the Madrid semi-final last month.",
)
art(
    "c5-bare",
    "Fairhaven Gazette",
    "2027-10-18",
    "New world rankings published",
    "The new world rankings were published on Monday.",
    "Kovac, who beat Lund in the Porto Open final, has moved up to fifth.",
    "Lund stays in eighth place.",
)

# C6: a wire story with two edited copies, one of its facts restated independently
WIRE = [
    "BRANNOCK, Oct 16 (Compass Wire) - A storm with winds of up to 140 kilometres an hour cut power to 80,000 homes in the Brannock region on Saturday, the grid operator said.",
    "Trees fell across roads and railway lines, and two ferries were cancelled.",
    "Engineers hope to restore power to most homes by Sunday evening.",
    "The weather service has warned of more strong winds on Monday.",
    "Schools in the region will stay closed on Monday.",
]
art("c6-orig", "Compass Wire", "2027-10-16", "Storm cuts power to 80,000 homes", *WIRE)
art(
    "c6-copy1",
    "Marlow Sentinel",
    "2027-10-16",
    "Brannock storm leaves thousands in the dark",
    WIRE[0].replace("BRANNOCK, Oct 16 (Compass Wire)", "BRANNOCK (Compass)"),
    *WIRE[1:4],
)
art(
    "c6-copy2",
    "Thornbury Herald",
    "2027-10-17",
    "Power cuts after storm",
    *WIRE,
    "Insurers said it was too early to estimate the damage.",
)
art(
    "c6-indep",
    "Eastwick Journal",
    "2027-10-21",
    "Brannock asks for storm aid",
    "The Brannock region has asked the government for emergency aid.",
    "Saturday's storm left 80,000 homes in the Brannock region without electricity, and some villages waited three days for power.",
    "The government said it would decide on Friday.",
)

write(__file__)
