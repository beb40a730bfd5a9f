"""Writes articles.jsonl: hard negatives of the kinds the real news store showed
(issue 11, third pass), written after the rules that keep them apart, so not blind: one
company says "it filed" for bankruptcy protection and another files; the same number of
percentage points or barrels said of different things; a long sentence that shares a
few words with a claim; each beside a true rewording that must still be found. Every
outlet, person and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# P1: "X said it filed" / "X filed"; another company filing under the same chapter
art(
    "p1-a",
    "Granary Times",
    "2026-07-01",
    "Miller files",
    "Halvard Mining Corp said it filed for protection under Chapter 11 of the bankruptcy code on Monday.",
    "The company blamed a collapse in copper prices.",
    "Its mines will keep working during the case.",
)
art(
    "p1-b",
    "Beacon Ledger",
    "2026-07-02",
    "Halvard seeks protection",
    "Halvard Mining Corp filed for protection under Chapter 11 of the bankruptcy code on Monday, court papers show.",
    "Creditors are owed about 900 million dollars.",
    "Shares were suspended.",
)
art(
    "p1-other",
    "Granary Times",
    "2026-07-03",
    "Another miner fails",
    "Ostrava Metals said it filed for protection under Chapter 11 of the bankruptcy code on Wednesday.",
    "The firm had struggled since a mine flooded.",
    "About 1,200 people work for it.",
)
art(
    "p1-third",
    "Mill Pond Review",
    "2026-07-04",
    "Refiner in court",
    "Corvane Oil filed for protection under Chapter 11 of the bankruptcy code, saying it could not pay its debts.",
    "It is the largest refiner in the state.",
    "Fuel deliveries continue.",
)

# P2: nine percentage points said of three different things about one candidate
art(
    "p2-lead",
    "Beacon Ledger",
    "2026-07-05",
    "Poll lead",
    "Senator Rhea Lindqvist has a nine percentage point lead over Governor Amos Tate among young voters.",
    "The poll questioned 1,100 people.",
    "Tate's campaign dismissed it.",
)
art(
    "p2-lead-b",
    "Mill Pond Review",
    "2026-07-06",
    "Lindqvist ahead",
    "Among young voters, Governor Amos Tate trails Senator Rhea Lindqvist by nine percentage points.",
    "The gap has grown since the spring.",
    "Both campaigns are spending heavily online.",
)
art(
    "p2-trust",
    "Granary Times",
    "2026-07-07",
    "Trust falls",
    "Voters' trust in Governor Amos Tate has fallen by nine percentage points since the debate.",
    "His running mate has been criticised.",
    "A new advertisement starts next week.",
)

# P3: one mln barrels of two different things
art(
    "p3-reserve",
    "Mill Pond Review",
    "2026-07-08",
    "Reserve plan",
    "A study group said Norway should increase its emergency oil reserve to one mln barrels.",
    "The reserve would protect against supply shocks.",
    "The cost was not given.",
)
art(
    "p3-output",
    "Beacon Ledger",
    "2026-07-09",
    "Output goal",
    "The energy minister said Norway would like to increase its oil production by one mln barrels a day.",
    "New fields in the Arctic would supply most of it.",
    "Environmental groups objected.",
)
art(
    "p3-output-b",
    "Granary Times",
    "2026-07-10",
    "More oil",
    "Norway wants to raise its daily oil output by one million barrels, the energy minister said.",
    "Drilling licences will be offered in the autumn.",
    "Fishermen fear for their grounds.",
)

# P4: a long sentence that shares a few words with a claim
art(
    "p4-a",
    "Granary Times",
    "2026-07-11",
    "Tariff plan",
    "Governor Amos Tate proposed a 20 percent tariff on imported steel.",
    "Steelworkers' unions welcomed it.",
    "Carmakers warned of higher prices.",
)
art(
    "p4-long",
    "Mill Pond Review",
    "2026-07-12",
    "Campaign week",
    "It is too early to say how much damage the row over Governor Amos Tate's tariff remarks will do to a campaign already struggling with donors, staff departures, a hostile press and a primary calendar that favours his rivals.",
    "His advisers say the polls will recover.",
    "Donors meet next week.",
)
art(
    "p4-b",
    "Beacon Ledger",
    "2026-07-13",
    "Steel duties",
    "A 20 percent duty on steel imports was proposed by Governor Amos Tate.",
    "Economists were divided.",
    "Trading partners may retaliate.",
)

write(__file__)
