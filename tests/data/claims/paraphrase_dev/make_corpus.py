"""Writes articles.jsonl: the paraphrase dev corpus (the claims rules may be tuned on
it). Free paraphrase, synonyms of the verb and nouns, passive/active, clause order,
numbers as words or digits, actor name variants through the alias table, and hard
negatives sharing actors and numbers. Every outlet, person and event is invented; the
held-out twin is ../paraphrase_heldout (never tuned on)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# D1: "greenlit" / "approved" / "gave the go-ahead for", US/UK name variants, a relay,
# then a denial; hard negatives: another doer, the opposite verb
art(
    "d1-a", "Harbour Gazette", "2026-06-01", "Allies back offensive",
    "The United States and Britain have approved a Ukrainian counteroffensive in the south, a Pentagon official said.",
    "The official spoke on condition of anonymity.",
    "Fighting near Zaporizhzhia intensified over the weekend.",
)
art(
    "d1-b", "Valley Herald", "2026-06-02", "Report: go-ahead for offensive",
    "Washington and London gave the go-ahead for a Ukrainian counteroffensive in the south, RIA Novosti reported, citing Japan's Defense Ministry.",
    "Tokyo's ministry did not publish any statement on its website.",
    "Markets in Asia were little changed on Tuesday.",
)
art(
    "d1-c", "City Ledger", "2026-06-04", "Offensive greenlit",
    "A Ukrainian counteroffensive in the south has reportedly been greenlit by the U.S. and the U.K.",
    "Military bloggers posted videos of armoured columns moving at night.",
    "The claims could not be checked.",
)
art(
    "d1-other", "Northern Star", "2026-06-03", "Paris and Berlin back Kyiv",
    "Germany and France have approved a Ukrainian counteroffensive in the south.",
    "Both governments want the front line to move before winter.",
    "A summit of European leaders is planned for July in Vienna.",
)
art(
    "d1-opp", "Harbour Gazette", "2026-06-05", "Allies hold back",
    "The United States and Britain have blocked a Ukrainian counteroffensive in the south, according to a diplomat.",
    "The diplomat said the allies feared heavy losses.",
    "Ammunition stocks are running low across Europe.",
)
art(
    "d1-deny", "Valley Herald", "2026-06-08", "Washington denies",
    "The United States denied that it had approved a Ukrainian counteroffensive.",
    "A State Department spokesperson said decisions on operations rested with Kyiv alone.",
    "The comments came after a week of speculation in foreign media.",
)

# D2: numbers as words and digits, "$12 billion" / "12 billion dollars", Warsaw for
# Poland; hard negatives: other numbers, another predicate with the same numbers
art(
    "d2-a", "City Ledger", "2026-06-02", "Helicopter deal",
    "Poland will buy 96 Apache helicopters from the United States for 12 billion dollars.",
    "Deliveries are expected to start in 2028.",
    "The army will train crews at a new base near Rzeszow.",
)
art(
    "d2-b", "Northern Star", "2026-06-03", "Warsaw shops for Apaches",
    "Warsaw is purchasing ninety-six Apache attack helicopters from Washington in a deal worth $12 billion.",
    "It is the largest helicopter order in the country's history.",
    "Critics asked whether the air force had enough pilots.",
)
art(
    "d2-fewer", "Harbour Gazette", "2026-06-06", "A smaller order",
    "Poland will buy 48 Apache helicopters from the United States for 6 billion dollars.",
    "The ministry said the rest of the budget would go to air defence.",
    "An opposition senator called the deal rushed.",
)
art(
    "d2-cancel", "Valley Herald", "2026-06-09", "Order scrapped",
    "Poland has cancelled its order for 96 Apache helicopters from the United States worth 12 billion dollars.",
    "The government blamed rising costs.",
    "Shares in European helicopter makers rose.",
)

# D3: "1,200" / "1.2 thousand", a people for its country, active/passive
art(
    "d3-a", "Northern Star", "2026-06-04", "Kosovo reinforcement",
    "Hungary will send 1,200 soldiers to reinforce the NATO mission in Kosovo.",
    "The first units will leave at the end of the month.",
    "Local elections in the north are due in the autumn.",
)
art(
    "d3-b", "City Ledger", "2026-06-05", "More troops for KFOR",
    "Some 1.2 thousand Hungarian troops are to be deployed to strengthen NATO's Kosovo mission.",
    "They will be based at Camp Novo Selo.",
    "The mission has been in place since 1999.",
)
art(
    "d3-fewer", "Valley Herald", "2026-06-06", "A small contingent",
    "Hungary will send 200 soldiers to reinforce the NATO mission in Kosovo.",
    "Most of them are engineers and medics.",
    "The parliament approved the mandate without debate.",
)

# D4: active / passive with a synonym of the verb; hard negative: roles reversed
art(
    "d4-a", "Harbour Gazette", "2026-06-07", "Tanker seized",
    "Iran seized a Greek oil tanker in the Strait of Hormuz on Thursday.",
    "Shipping companies raised insurance rates for the route.",
    "Oil prices climbed by two percent in Asian trading.",
)
art(
    "d4-b", "Northern Star", "2026-06-08", "Greek ship captured",
    "A Greek oil tanker was captured by Iranian forces in the Strait of Hormuz.",
    "Its crew of 23 was reported unharmed.",
    "Athens summoned an envoy for talks.",
)
art(
    "d4-reversed", "City Ledger", "2026-06-09", "Tit for tat",
    "Greece seized an Iranian oil tanker in the Strait of Hormuz on Friday.",
    "The Greek navy said the vessel had switched off its transponder.",
    "Diplomats feared an escalation at sea.",
)

# D5: heavy paraphrase of a policy claim; hard negative: the opposite with another number
art(
    "d5-a", "Valley Herald", "2026-06-10", "Tokyo spends more",
    "Japan will raise its defence spending to 2 percent of GDP, Prime Minister Kenji Sato said.",
    "Sato said the increase would be paid for by new bonds.",
    "The yen weakened slightly against the dollar.",
)
art(
    "d5-b", "Harbour Gazette", "2026-06-11", "A bigger military budget",
    "Tokyo is set to increase military expenditure to two percent of its gross domestic product.",
    "Neighbouring countries reacted cautiously.",
    "The plan needs the approval of the upper house.",
)
art(
    "d5-cut", "City Ledger", "2026-06-12", "Budget pressure",
    "Japan will cut its defence spending to 1 percent of GDP.",
    "The finance ministry wants savings of three trillion yen.",
    "Pensioners' groups welcomed the move.",
)

# D6: EU / Brussels, "lifted" / "scrapped", then negated later
art(
    "d6-a", "Northern Star", "2026-06-10", "Potash sanctions go",
    "The European Union has lifted its sanctions on Belarusian potash exports, diplomats said.",
    "Fertiliser prices fell on the news.",
    "Farmers' unions had lobbied for months.",
)
art(
    "d6-b", "Valley Herald", "2026-06-11", "Brussels relents",
    "Brussels scrapped the sanctions on potash exports from Belarus.",
    "Lithuanian ports could benefit from renewed transit.",
    "Environmental groups criticised the decision.",
)
art(
    "d6-not", "City Ledger", "2026-06-14", "Sanctions stay",
    "The European Union has not lifted its sanctions on Belarusian potash exports, a spokesperson said.",
    "She said reports of a change were premature.",
    "The next review of sanctions is due in December.",
)

# D7: a wire copy with another headline and a dropped sentence; a same-topic report
W = [
    "VIENNA (Valley Herald) - Austria will hold a snap general election on October 4, Chancellor Eva Brunner said on Monday.",
    "Brunner said the coalition had run out of common ground after a dispute over pensions.",
    "Polls show the opposition Freedom Alliance in the lead.",
    "The president must formally approve the date.",
]
art("d7-orig", "Valley Herald", "2026-06-15", "Austria heads to the polls", *W)
art(
    "d7-copy", "Northern Star", "2026-06-15", "Snap vote in Austria",
    W[0].replace("(Valley Herald)", "(Northern Star)"), *W[1:3], "Northern Star, with agencies.",
)
art(
    "d7-indep", "Harbour Gazette", "2026-06-16", "Campaign starts",
    "Austrian parties began collecting signatures for their candidate lists on Tuesday.",
    "The Freedom Alliance promised lower fuel taxes.",
    "Turnout at the last election was 76 percent.",
)

write(__file__)
