"""Writes articles.jsonl: the sixteenth paraphrase held-out corpus, written blind by
blind9 in session 9 (without reading the claims code or the rule files) and scored
once before any change: a painting sold at auction (art market), a streaming price
rise (media business), a nurses' pay deal (labour), a lunar lander lost (space) and a
snow-leopard count (wildlife), each through five to seven invented outlets over three
to four weeks (named, "X, citing Y, said" or "X, citing Y, reported", "according to
X", "reportedly", "is said to", "reports said", "is understood to", bare in a later
article's background; three denied later), the claim sentence mostly not first;
rewordings with other verbs and from the other side (sold for / had paid / fetched /
the buyer paid, will raise to / would pay / is putting up / will cost, voted to accept
/ had backed / have agreed to / will take home more, lost contact / stopped sending
signals / has not heard from, counted / had grown to / is home to / there are now),
nominal forms ("the 31 million pound sale of", "the increase in", "the pay rise
nurses accepted", "the loss of contact with", "with 214 snow leopards"), numbers
written differently (31 million pounds / £31m / thirty-one million pounds, 14.99 euros
/ €14.99, 7 percent / seven per cent / 7%, 40 kilometres / 40 km), people by surname
alone and by role; hard negatives that share actors or numbers (another painting of
the same artist for a tenth of the sum, the same painting's price in 1974, another
house selling another painting for the same sum, a cheaper plan of the same service,
a rival raising its plan to the same price, the same service lowering a plan to the
same price elsewhere, doctors rejecting the same offer, the union's first demand, the
agency's earlier lander and another of its craft, another species counted at the same
number); a same-topic independent report; a wire story with two edited copies (a new
headline, the dateline stripped or changed, a sentence added, a sentence dropped) and
one of its facts restated by an independent report. Every outlet, person, company,
place and event is invented.

Blind score (bench/claims.py --corpus, session 9, before any change):
claims P 0.94 R 0.31 F1 0.47 (6 predicted claims: the price rise whole, the leopard count
relay + vague + bare, the painting named + vague, the pay deal named + free, the wire
fact; one false pair, the rival house's sale of another painting for the same sum
with the bare sale); copies 1.00 / 1.00 / 1.00; denials 0 of 3 (P 1.00 R 0.00 F1
0.00); attribution 0.30. As first written, copy1's stripped dateline read "CAPE VARO -
- The" (a typo, as in held-out 15's copy1), which made its wire fact a second false
pair: claims P 0.88 R 0.29 F1 0.44; the typo was fixed and nothing else changed."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# C1: a painting sold at auction
art(
    "c1-named",
    "Marlow Courier",
    "2029-03-02",
    "Record price for Varnholt",
    "Bidding in the packed saleroom lasted eleven minutes.",
    "Ilse Varnholt's The Salt Gatherers sold for 31 million pounds at Corliss & Webb in London on Thursday, a record for the Danish painter, the auction house said.",
    "Another Varnholt painting, Winter Harbour, sold for 3.1 million pounds in the same sale.",
    "The Salt Gatherers was bought for 31,000 pounds by a shipping family in 1974.",
)
art(
    "c1-relay",
    "Eastbay Sentinel",
    "2029-03-03",
    "Who bought The Salt Gatherers?",
    "Dealers in London spent Friday guessing at the buyer's name.",
    "The Art Ledger, citing the auction house, said an unnamed collector had paid £31m for The Salt Gatherers.",
    "The buyer bid by telephone, the magazine said.",
)
art(
    "c1-vague",
    "Kestrel Daily",
    "2029-03-05",
    "Nordic painters in demand",
    "Prices for Scandinavian art of the 1890s have climbed for a decade.",
    "Varnholt's seascape of women raking salt on a beach reportedly fetched thirty-one million pounds last week.",
    "Museums in Copenhagen have few of her large works.",
)
art(
    "c1-according",
    "The Harrowgate Post",
    "2029-03-09",
    "Auction houses enjoy a strong spring",
    "Sales of old masters were up a fifth on last year.",
    "According to Corliss & Webb's chairman, Julian Petrie, the buyer paid 31 million pounds for The Salt Gatherers, more than twice its estimate.",
    "A rival house, Amberley's, sold a Pieter Claes still life for 31 million pounds in New York on Tuesday.",
)
art(
    "c1-deny",
    "Lindale Observer",
    "2029-03-14",
    "Varnholt heirs dispute sale price",
    "The painter's great-grandson, Anders Varnholt, wrote to the Lindale Observer this week.",
    "He denied that The Salt Gatherers had sold for 31 million pounds, saying the hammer price was 26 million and the rest was fees.",
    "The family sold the painting's copyright in 1990.",
)
art(
    "c1-bare",
    "Fenwick Chronicle",
    "2029-03-20",
    "Varnholt prints fly off the shelves",
    "A print shop in Fenwick sold out of Varnholt posters in two days.",
    "The 31 million pound sale of The Salt Gatherers has sent the prices of her etchings soaring.",
    "An etching that cost 400 pounds in January now sells for 2,500.",
)

# C2: a streaming price rise
art(
    "c2-named",
    "Eastbay Sentinel",
    "2029-03-04",
    "Vistra+ puts up prices",
    "Vistra+ has about 9 million subscribers in Europe.",
    "Vistra+ will raise the price of its standard monthly plan to 14.99 euros from April, the company's chief executive Dana Okafor said on Tuesday.",
    "Vistra+ cut the price of its basic plan with adverts to 6.99 euros.",
    "Rival Lumo raised its standard plan to 14.99 euros in January.",
)
art(
    "c2-relay",
    "Kestrel Daily",
    "2029-03-05",
    "Streaming gets dearer",
    "Households now pay for three streaming services on average.",
    "Screen Business, citing an email sent to customers, reported that subscribers to the Vistra+ standard plan would pay €14.99 a month from April.",
    "The email gave customers 30 days to cancel.",
)
art(
    "c2-vague",
    "Fenwick Chronicle",
    "2029-03-07",
    "Should you cancel?",
    "Consumer groups say families should check which services they still watch.",
    "Vistra+ is said to be putting its standard subscription up to 14.99 euros in the spring.",
    "Cancelling takes less than a minute online.",
)
art(
    "c2-according",
    "Marlow Courier",
    "2029-03-10",
    "Vistra+ bets on sport",
    "Vistra+ bought the rights to show the Iberian football league last month.",
    "According to Okafor, a standard Vistra+ subscription will cost 14.99 euros a month from April 1.",
    "In Poland, where it struggled to win customers, Vistra+ lowered the price of its standard plan to 14.99 euros last year.",
)
art(
    "c2-bare",
    "Lindale Observer",
    "2029-03-22",
    "Subscribers drift away",
    "Sign-ups to streaming services fell in February for the first time.",
    "The increase in the Vistra+ standard plan to 14.99 euros has led some families to share one account between two homes.",
    "Vistra+ says account sharing breaks its rules.",
)

# C3: a nurses' pay deal
art(
    "c3-named",
    "Kestrel Daily",
    "2029-03-06",
    "Nurses end dispute",
    "Hospitals in Valdria had cancelled thousands of operations since November.",
    "Nurses in Valdria have voted to accept a 7 percent pay rise spread over two years, the Valdrian Nurses' Union said on Friday.",
    "Junior doctors rejected a 7 percent offer in February.",
    "The union had asked for 12 percent over two years.",
)
art(
    "c3-relay",
    "The Harrowgate Post",
    "2029-03-07",
    "Valdria's nurses back deal",
    "Turnout in the ballot was 71 percent.",
    "The Valdria Times, citing the union's general secretary Owen Mbeki, said nurses had backed a two-year deal worth 7 percent.",
    "Strikes planned for next week have been called off.",
)
art(
    "c3-vague",
    "Marlow Courier",
    "2029-03-09",
    "Calm returns to wards",
    "Patients waiting for hip operations have been sent new dates.",
    "Nurses have reportedly agreed to a seven per cent rise over two years.",
    "Hospital managers hope to clear the backlog by the summer.",
)
art(
    "c3-free",
    "Eastbay Sentinel",
    "2029-03-11",
    "What the nurses won",
    "Night shifts will also be paid at a higher rate from June.",
    "Valdria's nurses will take home 7% more within two years after the union's members backed the government's offer, Mbeki told a rally in the capital.",
    "He said the union would now campaign for more staff.",
)
art(
    "c3-deny",
    "Fenwick Chronicle",
    "2029-03-15",
    "Ministry: pay deal not final",
    "The health ministry held a briefing for reporters on Wednesday.",
    "A ministry spokesman, Piet Vos, denied that nurses had accepted a 7 percent rise, saying the ballot would only be certified on Monday.",
    "He said the ministry expected no surprises.",
)
art(
    "c3-bare",
    "Lindale Observer",
    "2029-03-24",
    "Valdria budget under strain",
    "The finance ministry will publish its spring forecast on Thursday.",
    "The 7 percent pay rise nurses accepted this month will cost the health service 410 million crowns.",
    "Teachers want a similar deal.",
)
# same topic, independent: one hospital's shortage, no claim shared
art(
    "c3-indep",
    "Marlow Courier",
    "2029-03-18",
    "Night wards close at Saint Aud",
    "Saint Aud Hospital in Valdria has closed two wards at night for lack of staff.",
    "Ward sister Lene Holt said 40 nursing posts at the hospital were empty.",
    "Patients are being moved to a hospital 60 kilometres away.",
)

# C4: a lunar lander lost
art(
    "c4-named",
    "Fenwick Chronicle",
    "2029-03-08",
    "Moon lander goes silent",
    "The lander had spent four days in orbit before starting its descent.",
    "The Meridian Space Agency lost contact with its Selene-2 lander about 40 kilometres above the Moon's surface on Sunday, mission director Farah Qureshi said.",
    "Selene-1 landed safely near the Moon's south pole in 2027.",
    "The agency lost contact with its Corvus weather satellite for six hours in January.",
)
art(
    "c4-relay",
    "Lindale Observer",
    "2029-03-09",
    "Engineers search for Selene-2",
    "Radio dishes in three countries are listening for the lander.",
    "Orbit Weekly, citing engineers at the agency, said the Selene-2 lander had stopped sending signals at an altitude of some 40 km.",
    "The engineers said the lander's main engine may have failed.",
)
art(
    "c4-vague",
    "Eastbay Sentinel",
    "2029-03-09",
    "A setback for Meridian",
    "The mission cost about 300 million dollars.",
    "Contact with Selene-2 was lost roughly 40 kilometres above the lunar surface, reports said.",
    "The agency had hoped to be the fourth to land near the pole.",
)
art(
    "c4-according",
    "Kestrel Daily",
    "2029-03-12",
    "Selene-2: little hope left",
    "A review board will meet next week.",
    "According to Qureshi, the agency has not heard from Selene-2 since it was 40 kilometres above the Moon.",
    "She said the lander had probably crashed.",
)
art(
    "c4-bare",
    "Marlow Courier",
    "2029-03-23",
    "Crewed mission pushed back",
    "Meridian's astronauts had been due to fly in 2032.",
    "The loss of contact with Selene-2, 40 kilometres above the Moon, has delayed the agency's plans for a crewed landing.",
    "The new date is 2034.",
)

# C5: a snow-leopard count
art(
    "c5-named",
    "The Harrowgate Post",
    "2029-03-13",
    "Snow leopards on the rise",
    "Camera traps were set on 90 ridges across the park.",
    "A survey counted 214 snow leopards in Kharam National Park, up from 150 in 2019, the park's chief warden Tenzin Dorje said on Tuesday.",
    "Rangers counted 214 red pandas in the neighbouring Lhoma reserve.",
    "Poachers killed 14 snow leopards in the park in 2018.",
)
art(
    "c5-relay",
    "Fenwick Chronicle",
    "2029-03-14",
    "Good news from Kharam",
    "Herders in the park are paid when a leopard kills their goats.",
    "Wildlife Today, citing the park authority, reported that the number of snow leopards in Kharam had grown to 214.",
    "The scheme has cut revenge killings, the magazine said.",
)
art(
    "c5-vague",
    "Lindale Observer",
    "2029-03-16",
    "Mountain cats return",
    "The leopards are rarely seen by visitors.",
    "Kharam is understood to be home to 214 snow leopards now, up from 150 five years ago.",
    "Most live above 4,000 metres.",
)
art(
    "c5-according",
    "Eastbay Sentinel",
    "2029-03-19",
    "Warden hails park's rangers",
    "The park hired 60 more rangers in 2020.",
    "According to Dorje, there are now 214 snow leopards in the park, the most since records began.",
    "He credited the rangers and the herders.",
)
art(
    "c5-deny",
    "Kestrel Daily",
    "2029-03-21",
    "Leopard count questioned",
    "The conservation group Wild Ridge has studied the park's cats since 2005.",
    "Wild Ridge denied that the population had grown to 214, saying the survey had counted some animals twice.",
    "It said the true number was closer to 160.",
)
art(
    "c5-bare",
    "Marlow Courier",
    "2029-03-27",
    "Kharam hopes for tourists",
    "The park's lodges were half empty last winter.",
    "With 214 snow leopards, Kharam has more of the cats than any other park in the region.",
    "Guides now offer week-long tracking trips.",
)

# C6: a wire story with two edited copies, one of its facts restated independently
WIRE = [
    "CAPE VARO, March 17 (Polaris Newswire) - The container ship Halcyon Star lost 46 containers overboard in a storm off Cape Varo on Saturday, the Port Esker harbour authority said.",
    "None of the 22 crew was hurt, and the ship reached Port Esker under its own power.",
    "Two of the containers held lithium batteries, the authority said.",
    "Coastguard vessels were searching for containers still afloat.",
    "Reporting by Polaris Newswire. Editing by the Polaris desk.",
]
art("c6-orig", "Polaris Newswire", "2029-03-17", "Ship loses 46 containers off Cape Varo", *WIRE)
art(
    "c6-copy1",
    "Eastbay Sentinel",
    "2029-03-17",
    "Storm sweeps containers off ship",
    WIRE[0].replace("CAPE VARO, March 17 (Polaris Newswire)", "CAPE VARO"),
    *WIRE[1:4],
    "Fishermen in Eastbay were told to watch for debris.",
)
art(
    "c6-copy2",
    "The Harrowgate Post",
    "2029-03-18",
    "Halcyon Star limps into port",
    WIRE[0].replace("March 17", "March 18"),
    WIRE[1],
    WIRE[3],
    "The Harrowgate Post with Polaris Newswire.",
)
art(
    "c6-indep",
    "Lindale Observer",
    "2029-03-24",
    "Containers wash ashore",
    "Beachcombers found trainers, toys and car parts on the sand on Thursday.",
    "The Halcyon Star had 46 of its containers swept into the sea near Cape Varo last weekend.",
    "Officials asked the public not to open any container they found.",
)

write(__file__)
