"""Writes articles.jsonl: the eighth paraphrase held-out corpus, written blind (before
reading the claims code of this pass) as ordinary news travel: three claims that each
travel through five or six outlets over two or three weeks (the original with a named
source, "X reported, citing Y", "according to X", "reportedly", a bare restatement in a
later article's background paragraph, and for two of them a later denial), the claim
sentence not always first; hard negatives with the same actors (the opposite, another
builder and plant, another number and month); a same-topic independent report; a wire
story with an edited copy. Every outlet, person and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# W1: oil exports suspended at a terminal: named, relay, according to, reportedly,
# bare background, denial; the opposite (exports resumed); an independent report
art(
    "w1-named",
    "Coastline Herald",
    "2026-12-01",
    "Blast shuts Nigerian terminal",
    "Fire crews worked through the night at the Bonny oil terminal in the Niger Delta.",
    "Nigeria has suspended crude oil exports from the Bonny terminal after a pipeline explosion, Oil Minister Bayo Adeyemi said on Monday.",
    "Adeyemi said repairs to the damaged line could take a week.",
    "Bonny Light is one of the country's main export grades.",
)
art(
    "w1-relay",
    "Meridian Post",
    "2026-12-02",
    "Oil jumps on Nigeria outage",
    "Brent crude rose 2 percent on Tuesday.",
    "Reuters reported, citing two port officials, that Nigeria had halted crude shipments from Bonny following the blast on a pipeline feeding the terminal.",
    "Traders said European refiners would look for cargoes from Angola instead.",
)
art(
    "w1-according",
    "Eastgate Journal",
    "2026-12-04",
    "Tankers idle off the Delta",
    "At least nine tankers are anchored off the Niger Delta waiting for cargoes.",
    "According to the ship-tracking firm Oceanlane, Nigeria has stopped exporting crude from the Bonny terminal since the explosion.",
    "Oceanlane said two of the tankers had already sailed empty to Ghana.",
    "Shipping insurers have raised premiums for the area.",
)
art(
    "w1-vague",
    "Northfield Times",
    "2026-12-08",
    "Delta communities count the cost",
    "Fishermen in Bonny say an oil slick has spread along twenty kilometres of creeks.",
    "Nigeria has reportedly suspended oil exports from Bonny, its busiest terminal.",
    "Local leaders want the pipeline operator to pay for the clean-up.",
    "The state government has promised an inquiry.",
)
art(
    "w1-bare",
    "Riverside Gazette",
    "2026-12-15",
    "Naira slides to record low",
    "Nigeria's currency fell to a record low against the dollar on Monday.",
    "The central bank sold dollars to banks for the third day running.",
    "Nigeria halted crude exports from the Bonny terminal after a pipeline explosion at the start of the month.",
    "Oil sales bring in most of the country's foreign currency.",
)
art(
    "w1-deny",
    "Meridian Post",
    "2026-12-17",
    "NNPC says Bonny is loading",
    "The Nigerian National Petroleum Company denied that crude exports from Bonny had been suspended.",
    "A company spokesman said tankers had been loading normally since Thursday.",
    "He blamed foreign traders for spreading rumours to push up prices.",
)
art(
    "w1-resumed",
    "Coastline Herald",
    "2026-12-20",
    "Bonny back in business",
    "Nigeria has resumed crude oil exports from the Bonny terminal, Oil Minister Bayo Adeyemi said on Saturday.",
    "The first tanker left the terminal on Friday evening.",
    "Adeyemi thanked the engineers who repaired the line.",
)
art(
    "w1-indep",
    "Eastgate Journal",
    "2026-12-03",
    "Shell unit declares force majeure",
    "Shell's Nigerian unit declared force majeure on loadings at the Forcados terminal on Thursday.",
    "The company said thieves had damaged a pipeline feeding the terminal.",
    "Forcados ships about 200,000 barrels a day.",
)

# W2: a builder chosen for a first nuclear plant: named, relay, according to,
# reportedly, bare background; another builder for the second plant
art(
    "w2-named",
    "Steppe Review",
    "2026-12-02",
    "Rosatom wins Kazakh nuclear tender",
    "Kazakhstan has chosen Russia's Rosatom to build its first nuclear power plant, Energy Minister Almas Sadykov said on Tuesday.",
    "The plant will have two reactors and stand near Lake Balkhash.",
    "Voters approved nuclear power in a referendum last year.",
)
art(
    "w2-relay",
    "Northfield Times",
    "2026-12-03",
    "Moscow to build Kazakh reactors",
    "The Interfax news agency reported, citing Sadykov, that Astana had picked Rosatom to build the country's first nuclear plant.",
    "French and Korean bidders had also competed for the contract.",
    "Environmental groups said the lake was already shrinking.",
)
art(
    "w2-according",
    "Coastline Herald",
    "2026-12-06",
    "Central Asia goes nuclear",
    "Uzbekistan is also planning small reactors with Russian help.",
    "According to the Kazakh energy ministry, Rosatom will build Kazakhstan's first nuclear power station.",
    "Construction is due to start in 2028.",
)
art(
    "w2-vague",
    "Riverside Gazette",
    "2026-12-10",
    "Russia's quiet reactor deals",
    "Russia has signed nuclear agreements with more than twenty countries since 2022.",
    "Rosatom has reportedly won the contract for Kazakhstan's first nuclear plant.",
    "Critics say the deals tie buyers to Russian fuel for decades.",
    "Rosatom says its reactors are the safest on the market.",
)
art(
    "w2-bare",
    "Eastgate Journal",
    "2026-12-18",
    "Kazakhstan's power gap",
    "Blackouts hit southern Kazakhstan twice this winter.",
    "The grid still relies on coal plants built in the Soviet era.",
    "Rosatom is building the country's first nuclear power plant on the shore of Lake Balkhash.",
    "It will not be ready before 2035.",
)
art(
    "w2-second",
    "Steppe Review",
    "2026-12-12",
    "Chinese firm for second plant",
    "Kazakhstan has chosen China's CNNC to build its second nuclear power plant, Energy Minister Almas Sadykov said on Friday.",
    "The site in the east of the country has not been announced.",
    "CNNC will also supply the fuel.",
)

# W3: flights cancelled for a shortage of engines: named, relay, according to (passive),
# reportedly, bare background, denial; another number and month
art(
    "w3-named",
    "Northfield Times",
    "2026-11-25",
    "Air Nordica grounds jets",
    "Air Nordica will cancel 1,800 flights in January because of a shortage of engines, chief executive Henrik Lund said on Wednesday.",
    "Lund said 14 of the airline's jets were waiting for engine repairs.",
    "Passengers will be offered refunds or seats on other flights.",
)
art(
    "w3-relay",
    "Riverside Gazette",
    "2026-11-26",
    "Winter chaos for Nordic travellers",
    "Travellers planning winter holidays face more disruption.",
    "The Danish broadcaster DR reported, citing Lund, that the airline would scrap 1,800 January flights for lack of engines.",
    "Copenhagen airport said it expected long queues.",
)
art(
    "w3-according",
    "Steppe Review",
    "2026-11-28",
    "Engine crisis spreads",
    "Airlines in Europe and Asia are struggling with faulty engines on new jets.",
    "Some 1,800 Air Nordica flights will be cancelled in January while engines are repaired, according to the airline.",
    "The engine maker has promised compensation.",
    "Two Asian carriers have also cut their schedules.",
)
art(
    "w3-vague",
    "Coastline Herald",
    "2026-12-02",
    "Strike threat at Air Nordica",
    "Air Nordica's pilots threatened to strike over pay on Tuesday.",
    "The airline is reportedly cancelling 1,800 flights next month.",
    "The pilots' union says its members are being asked to fly extra hours.",
)
art(
    "w3-bare",
    "Eastgate Journal",
    "2026-12-09",
    "Air Nordica shares fall",
    "Air Nordica shares fell 6 percent on Tuesday after the airline cut its profit forecast.",
    "Air Nordica has cancelled 1,800 January flights because of engine problems.",
    "Analysts expect a loss for the winter quarter.",
)
art(
    "w3-deny",
    "Meridian Post",
    "2026-12-11",
    "Air Nordica: fewer cancellations",
    "Air Nordica denied on Thursday that it would cancel 1,800 flights in January.",
    "A spokeswoman said engines had been leased from another airline.",
    "She said the schedule would be published next week.",
)
art(
    "w3-feb",
    "Northfield Times",
    "2026-12-14",
    "More cuts in February",
    "Air Nordica will cancel 600 flights in February because of a shortage of engines, chief executive Henrik Lund said on Monday.",
    "Most of the cancelled flights are on domestic routes.",
    "Lund apologised to customers.",
)

# W4: a wire story and an edited copy (new headline, dateline shortened, a line dropped
# and one added)
WIRE = [
    "TUNIS, Dec 9 (Atlas Wire) - Tunisia's parliament approved a law on Tuesday that lets private firms sell solar power directly to factories.",
    "The law passed with 121 votes to 18.",
    "Tunisia imports about half of its electricity from Algeria.",
    "Business groups welcomed the vote.",
]
art("w4-orig", "Atlas Wire", "2026-12-09", "Tunisia opens solar market", *WIRE)
art(
    "w4-edit",
    "Meridian Post",
    "2026-12-10",
    "Tunisian factories can buy solar power",
    WIRE[0].replace("TUNIS, Dec 9 (Atlas Wire)", "TUNIS (Atlas)"),
    *WIRE[1:3],
    "Morocco passed a similar law in 2023.",
)

write(__file__)
