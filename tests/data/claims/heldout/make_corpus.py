"""Writes articles.jsonl: a second invented claims-and-copies corpus, written after
the rules were tuned on ../articles.jsonl and not used to tune them (a held-out check).
Every outlet, person and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# H1: origin heard only through a state-affiliated relay, then reworded, then bare
art(
    "h1-relay",
    "Valley Herald",
    "2026-05-04",
    "Report on jets",
    "Hungary has agreed to buy 24 fighter jets from South Korea, TASS reported, citing a source in the Hungarian defence ministry.",
    "The ministry has not commented publicly on the purchase.",
    "Budapest's current fleet of Gripen aircraft is leased from Sweden until 2035.",
)
art(
    "h1-reword",
    "Northern Star",
    "2026-05-06",
    "Budapest shops for jets",
    "Budapest is said to have signed a deal with Seoul for 24 new fighter aircraft.",
    "Military analysts doubted that the air force could train enough pilots in time.",
    "A Hungarian opposition party demanded a parliamentary hearing.",
)
art(
    "h1-bare",
    "City Ledger",
    "2026-05-11",
    "Central Europe rearms",
    "Hungary is buying 24 fighter jets from South Korea.",
    "Slovakia and the Czech Republic are also modernising their air forces.",
    "Defence spending across the region has risen for five years in a row.",
)
art(
    "h1-deny",
    "Valley Herald",
    "2026-05-13",
    "Budapest: no jet deal",
    "The Hungarian government denied reports that it had agreed to buy fighter jets from South Korea.",
    "A spokesman said no decision on new aircraft would be taken before 2027.",
    "Korean Aerospace declined to comment.",
)

# H2: light rewording
art(
    "h2-a",
    "Northern Star",
    "2026-05-05",
    "Grain ship reaches Istanbul",
    "A cargo ship carrying 30,000 tonnes of Ukrainian wheat reached Istanbul on Tuesday after leaving Odesa last week.",
    "The crew reported no incidents during the voyage.",
    "Insurers said premiums for the route had fallen slightly in April.",
)
art(
    "h2-b",
    "City Ledger",
    "2026-05-06",
    "Wheat shipment arrives",
    "A ship loaded with 30,000 tonnes of wheat from Ukraine arrived in Istanbul on Tuesday, the port authority said.",
    "It was the tenth grain ship to complete the journey this month.",
    "Turkish millers are expected to buy most of the cargo.",
)

# H3: hard negatives for H2: another number, another destination doing it
art(
    "h2-not-number",
    "Harbour Gazette",
    "2026-05-07",
    "Smaller cargo",
    "A cargo ship carrying 12,000 tonnes of Ukrainian wheat reached Istanbul on Wednesday.",
    "Its owners said the ship was too old for larger loads.",
    "The ship will return to Odesa empty.",
)
art(
    "h2-not-actor",
    "Valley Herald",
    "2026-05-08",
    "Romanian grain",
    "A cargo ship carrying 30,000 tonnes of Romanian wheat reached Alexandria on Tuesday.",
    "Egypt is one of the largest buyers of Black Sea grain.",
    "Bucharest hopes to double its grain exports by 2030.",
)

# H4: heavy rewording
art(
    "h4-a",
    "Harbour Gazette",
    "2026-05-12",
    "Sweden trains pilots",
    "Sweden will train 18 Ukrainian pilots to fly Gripen fighters, Defence Minister Lars Holm said.",
    "The course will take about six months at a base near Lulea.",
    "Holm said the first group would start in June.",
)
art(
    "h4-b",
    "Northern Star",
    "2026-05-14",
    "Gripen course for Kyiv",
    "Eighteen airmen from Ukraine are to be taught by Sweden how to operate the Gripen.",
    "The announcement was welcomed in Kyiv as a step towards a new fighter fleet.",
    "Sweden has not said whether it will also supply the aircraft.",
)

# H5: negation of a bare claim (same actors, same words)
art(
    "h5-a",
    "City Ledger",
    "2026-05-15",
    "Gas flows resume",
    "Russia has resumed gas deliveries to Moldova through the Trans-Balkan pipeline.",
    "Chisinau said the flows were still below the contracted volumes.",
    "Energy prices in Moldova fell slightly on the news.",
)
art(
    "h5-b",
    "Valley Herald",
    "2026-05-16",
    "Gas flows back on",
    "Russian gas deliveries to Moldova through the Trans-Balkan pipeline have resumed, Moldova's energy ministry said.",
    "Households had been asked to save gas for three weeks.",
    "The ministry said storage was about half full.",
)
art(
    "h5-not",
    "Harbour Gazette",
    "2026-05-19",
    "No gas yet",
    "Russia has not resumed gas deliveries to Moldova through the Trans-Balkan pipeline, Moldovan officials said on Tuesday.",
    "They blamed technical problems at a compressor station in Ukraine.",
    "Moldova has increased its imports from Romania in the meantime.",
)

# H6: copies: original, a copy with another headline and boilerplate and a changed
# dateline, a copy with a sentence dropped; an independent report of the same day
W = [
    "WARSAW, May 20 (Valley Herald) - Poland will close two border crossings with Belarus from Monday, Interior Minister Marek Nowak said on Wednesday.",
    "Nowak said the crossings at Bobrowniki and Kuznica would stay shut until further notice.",
    "He accused Minsk of organising the movement of migrants towards the European Union.",
    "Truck drivers' unions warned that queues at the remaining crossings would grow.",
    "Belarus called the decision a provocation and said it would respond.",
    "About 2,000 lorries cross the border each day.",
]
art(
    "w-orig",
    "Valley Herald",
    "2026-05-20",
    "Poland to shut border crossings",
    *W,
    "(Valley Herald reporting)",
)
art(
    "w-copy1",
    "City Ledger",
    "2026-05-20",
    "Two crossings to close on Belarus border",
    W[0].replace("WARSAW, May 20 (Valley Herald) - ", "WARSAW (City Ledger) - "),
    *W[1:],
    "City Ledger, with agencies.",
)
art(
    "w-copy2",
    "Northern Star",
    "2026-05-21",
    "Poland closes crossings",
    *W[:3],
    *W[4:],
    "(Valley Herald reporting)",
)
art(
    "w-indep",
    "Harbour Gazette",
    "2026-05-21",
    "Drivers fear long queues",
    "Lorry drivers waiting at the Terespol crossing said they feared days of delays after Poland announced it would close two other crossings.",
    "One driver from Lithuania said he had already waited 30 hours.",
    "Customs officers were sent from other regions to speed up checks.",
)

# H7: same topic, independent: other assertions about the same actors
art(
    "t-a",
    "City Ledger",
    "2026-05-22",
    "Estonia drills",
    "Estonia held its largest reservist exercise in a decade near the Russian border.",
    "About 8,000 reservists took part in the week-long drills.",
    "The defence forces said the turnout was higher than expected.",
)
art(
    "t-b",
    "Northern Star",
    "2026-05-23",
    "Russia watches drills",
    "Russia moved additional troops to the Pskov region during the Estonian exercise, a NATO official said.",
    "The Kremlin said the troop movements were routine.",
    "Estonian officials said they had been informed in advance.",
)

write(__file__)
