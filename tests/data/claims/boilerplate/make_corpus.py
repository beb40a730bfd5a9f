"""Writes articles.jsonl: outlet boilerplate against claims that spread. One wire runs
a bond-issue template line in four unrelated stories and another outlet an editor's
note in three; a third outlet repeats a real claim in three follow-ups of one story,
and a claim spreads through three outlets. Every outlet, person and event is
invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

STORY = {
    1: [
        "Freight rates have fallen since the spring.",
        "The company's chief executive, Ida Renn, expects a better winter season.",
    ],
    2: [
        "The tram will link the harbour with the university.",
        "Councillors approved the route in a narrow vote last year.",
    ],
    3: [
        "Milk prices in Europe are at a five-year high.",
        "The plant near Poznan will employ 300 people.",
    ],
    4: [
        "The turbines will stand 30 kilometres from the coast.",
        "Danish regulators granted the licence in June.",
    ],
}
TEMPLATE = (
    "The bonds will be listed in Luxembourg and the lead manager is Nordhavn Bank."
)
for n, (issuer, amount, use) in enumerate(
    [
        (
            "Kelmar Shipping",
            "150 million euros",
            "to refinance three container vessels",
        ),
        ("the city of Vasterholm", "80 million euros", "for a new tram line"),
        ("Orrin Foods", "200 million euros", "to pay for a dairy plant in Poland"),
        ("Tallow Energy", "120 million euros", "to build wind turbines off Denmark"),
    ],
    start=1,
):
    art(
        f"bond-{n}",
        "Meridian Wire",
        f"2026-08-0{n}",
        f"{issuer} bond",
        f"{issuer[0].upper() + issuer[1:]} is issuing {amount} of seven-year bonds {use}.",
        *STORY[n],
        TEMPLATE,
    )

NOTE = "Editor's note: Governor Harlan Voss has repeatedly spread lies about the state election."
for n, (title, first, second) in enumerate(
    [
        (
            "School budget",
            "Lawmakers in Westmarch cut the school budget by 4 percent.",
            "Teachers' unions plan a march.",
        ),
        (
            "Bridge closed",
            "The Kessel river bridge was closed after inspectors found cracks.",
            "Commuters face long detours.",
        ),
        (
            "Harvest festival",
            "A harvest festival in Millbrook drew 20,000 visitors.",
            "Local farmers sold out by noon.",
        ),
    ],
    start=1,
):
    art(f"note-{n}", "Daily Lantern", f"2026-08-1{n}", title, first, second, NOTE)

# one outlet's follow-ups of one story: the repeated line is the story's claim
for n, (before, after) in enumerate(
    [
        (
            "Tallinn signed the contract on Monday after two years of talks.",
            "The Estonian army says the launchers will defend the coast against Russia.",
        ),
        (
            "Opposition lawmakers in Tallinn questioned the cost of the deal.",
            "The Estonian defence minister said the price was fair for the army.",
        ),
        (
            "The first Estonian crews will train in Texas next spring.",
            "Estonia's army hopes to have the system working by the end of 2027.",
        ),
    ],
    start=1,
):
    art(
        f"himars-{n}",
        "Baltic Bell",
        f"2026-08-2{n}",
        f"Estonia's rockets, part {n}",
        before,
        "Estonia will buy 6 HIMARS rocket launchers from the United States.",
        after,
    )

# a claim that spreads through three outlets
art(
    "spread-a",
    "Harbour Gazette",
    "2026-08-05",
    "Ferry link",
    "Finland and Estonia will build a rail tunnel under the Gulf of Finland by 2040.",
    "The tunnel would cut the crossing to twenty minutes.",
    "Its cost has not been agreed.",
)
art(
    "spread-b",
    "Upland Courier",
    "2026-08-06",
    "Tunnel plan",
    "A rail tunnel under the Gulf of Finland will be built by Finland and Estonia by 2040.",
    "Engineers have studied the seabed for years.",
    "Ferry operators are worried.",
)
art(
    "spread-c",
    "Quayside Post",
    "2026-08-07",
    "Helsinki to Tallinn",
    "Finland and Estonia will build a rail tunnel beneath the Gulf of Finland by 2040, officials said.",
    "Passenger numbers between the capitals keep growing.",
    "The EU may pay part of the cost.",
)

write(__file__)
