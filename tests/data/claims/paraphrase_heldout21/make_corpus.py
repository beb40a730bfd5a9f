"""Writes articles.jsonl: the twenty-first paraphrase held-out corpus, written blind by
a test-writing helper (blind17) in session 17 (without reading the claims code or the
rule files) and scored once before any change: a journalist's spying conviction
overturned on appeal (courts), a league's points deduction (sport), a food company's
fall in profit (business), a children's asthma drug approved (health), a record low of
sea ice told without a doer (climate), a property-tax rise (local government), a drone
strike on a base (conflict) and a wire story about a derailment, each through four to
six of five invented outlets over four weeks (named, "X, citing Y, reported", "X,
quoting Y, said", "reportedly", "is said to", "is reported to", "is believed to", bare
in a later article; three denied later), the claim sentence mostly not first; light
and heavy rewordings (overturned the conviction / had quashed the conviction / has
reportedly been thrown out on appeal / is no longer a convicted spy after judges
cleared her, deducted 12 points / had lost twelve points / handed a 12-point penalty,
fell by a quarter to 480 million euros / had dropped 25% to €480m / reportedly made
480 million euros, a quarter less, approved the drug / had been cleared for use /
doctors can now reportedly prescribe, covered just 1.3 million square kilometres /
had shrunk to 1.3m sq km / is believed to have fallen to 1,300,000 km2 / never has
the strait held so little ice, will raise by 4.9 percent / would rise by 4.9% / face a
4.9 per cent rise / will pay 4.9 percent more, killed 11 soldiers / eleven troops had
died / are believed to have been killed), nominal forms ("The 12-point deduction",
"After the drone strike that killed", "The derailment near Tamsk that injured"),
numbers written differently (12 / twelve / 12-point, a quarter / 25%, 480 million
euros / €480m, 1.3 million square kilometres / 1.3m sq km / 1,300,000 km2, 4.9 percent
/ 4.9% / 4.9 per cent, 11 / eleven); hard negatives (the cameraman's conviction upheld,
the first conviction of 2031, another court's acquittal of another journalist in 2029,
another club's six-point deduction, the same club's 12 points in 2027, its sales rising
by a quarter, a rival's profit falling by a quarter, another asthma drug rejected, the
same drug approved for adults in 2030, the ice of another year, a neighbouring sea's
ice, another council's same rise the year before, the town's water charges, the army
killing 11 fighters, the same base's four dead in 2031); a same-topic independent
report; an article republished by a sister paper (a new headline, its first sentence
dropped, a sentence added); a wire story with two edited copies (the dateline stripped
or its date changed, a sentence added, a sentence dropped, a new headline) and its main
fact restated by an independent report. Every outlet, person, company, place and event
is invented.

Blind score (bench/claims.py --corpus, session 17, before any change):
claims P 1.00 R 0.49 F1 0.66 (no hard negative joined; the property-tax rise found
whole, heavy rewording included, and the drone strike whole with its nominal form and
its denial; the sea ice without the relay's "had shrunk to 1.3m sq km", the profit
without the relay's "had dropped 25% to €480m", the drug approval without "Doctors can
now reportedly prescribe Corvalin", the wire fact with its restatement; the overturned
conviction and the points deduction not found at all); copies 1.00 / 1.00 / 1.00;
denials P 1.00 R 0.67 (the prosecutor's denial of the overturned conviction missed,
as its claim was); attribution 0.54.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# C1: the appeals court in Varn overturned the spying conviction of Petra Lask; denied
art(
    "c1-named",
    "Carrow Herald",
    "2033-03-02",
    "Lask wins her appeal",
    "Press freedom groups had campaigned for Lask's release for two years.",
    "The appeals court in Varn overturned the espionage conviction of the journalist Petra Lask on Wednesday, her lawyer Ivo Brant said.",
    "The court upheld the conviction of her cameraman, Goran Vel, for the same offence.",
    "Lask is expected to leave prison by the weekend.",
)
art(
    "c1-relay",
    "Mistral Post",
    "2033-03-03",
    "A journalist walks free",
    "Lask worked for the weekly Varn Voice for eleven years.",
    "The broadcaster Radio Varn, citing court officials, reported that the judges had quashed Lask's conviction for spying.",
    "A lower court convicted Lask of espionage in 2031 and sentenced her to four years in prison.",
)
art(
    "c1-vague",
    "Elmwick Daily",
    "2033-03-04",
    "Varn's courts under pressure",
    "The government has replaced a third of the country's judges since 2030.",
    "Lask's spying conviction has reportedly been thrown out on appeal.",
    "In 2029 the same court overturned the conviction of the blogger Dan Orsk.",
)
art(
    "c1-heavy",
    "Dunharrow Courier",
    "2033-03-05",
    "Union welcomes Lask ruling",
    "The journalists' union held a rally in the capital on Thursday.",
    "Petra Lask is no longer a convicted spy now that judges in Varn have cleared her on appeal, the union's chair Mila Sorn said.",
    "Sorn called for Goran Vel to be freed as well.",
)
art(
    "c1-deny",
    "Carrow Herald",
    "2033-03-09",
    "Prosecutors: Lask case not over",
    "The prosecutor general spoke to reporters for the first time since January.",
    "The prosecutor's office denied that Lask's conviction had been overturned, saying the appeal hearing had only been adjourned.",
    "Lask's lawyer called the statement a lie.",
)

# C2: the Premier Division deducted 12 points from Harrow Rovers for overspending
art(
    "c2-named",
    "Mistral Post",
    "2033-03-06",
    "Rovers docked 12 points",
    "Harrow Rovers were promoted to the top flight only two seasons ago.",
    "The Premier Division deducted 12 points from Harrow Rovers for breaking its spending rules, the league's chairman Colm Darby said on Monday.",
    "Selby Town were docked six points for a smaller breach of the same rules.",
    "Rovers have 14 days to appeal.",
)
# republished by a sister paper: a new headline, the first sentence dropped, one added
art(
    "c2-copy",
    "Sellin Times",
    "2033-03-06",
    "League punishes Harrow Rovers",
    "The Premier Division deducted 12 points from Harrow Rovers for breaking its spending rules, the league's chairman Colm Darby said on Monday.",
    "Selby Town were docked six points for a smaller breach of the same rules.",
    "Rovers have 14 days to appeal.",
    "The club's owner, Brett Halloran, did not return calls.",
)
art(
    "c2-relay",
    "Elmwick Daily",
    "2033-03-07",
    "Harrow fans march on the league",
    "About 2,000 Rovers supporters marched to the league's offices on Tuesday.",
    "The sports website Pitchside, citing people at the league, reported that Rovers had lost twelve points over their spending.",
    "The fans say the club's former owner is to blame.",
)
art(
    "c2-vague",
    "Dunharrow Courier",
    "2033-03-08",
    "Rovers face a relegation fight",
    "Rovers were ninth in the table before the weekend.",
    "Harrow Rovers are said to have been handed a 12-point penalty for overspending.",
    "Rovers were also deducted 12 points in 2027, when the club went into administration.",
)
art(
    "c2-bare",
    "Mistral Post",
    "2033-03-22",
    "Rovers lose again",
    "Rovers lost 2-0 at home to Castlereagh on Saturday.",
    "The 12-point deduction has dropped Harrow Rovers into the relegation places with nine games left.",
    "Their next match is away at Selby Town.",
)

# C3: Valtor Foods' annual profit fell by a quarter to 480 million euros
art(
    "c3-named",
    "Elmwick Daily",
    "2033-03-09",
    "Cocoa prices hit Valtor",
    "The price of cocoa has doubled in eighteen months.",
    "Valtor Foods said on Thursday that its annual profit fell by a quarter to 480 million euros, hit by the cost of cocoa.",
    "Its sales rose by a quarter to 6.1 billion euros as it raised prices.",
)
art(
    "c3-relay",
    "Carrow Herald",
    "2033-03-10",
    "Chocolate makers squeezed",
    "Valtor makes a fifth of the chocolate sold in the region.",
    "The business daily Ledger Nord, citing the company's results, reported that Valtor's yearly profit had dropped 25% to €480m.",
    "Valtor's shares fell by 8 percent in early trading.",
)
art(
    "c3-vague",
    "Sellin Times",
    "2033-03-10",
    "A bitter year for chocolate",
    "Shoppers are paying a third more for a bar of chocolate than a year ago.",
    "Valtor Foods reportedly made a profit of 480 million euros last year, a quarter less than in 2031.",
    "Its rival Hessel Brands said its own profit fell by a quarter to 210 million euros.",
)
art(
    "c3-topic",
    "Dunharrow Courier",
    "2033-03-12",
    "Cocoa farmers want a fair price",
    "Cocoa farmers in the south of the country staged a strike on Friday.",
    "The farmers' cooperative said growers received less than a tenth of what shoppers paid for a bar.",
    "It wants the government to set a minimum price.",
)

# C4: the National Medicines Agency approved Corvalin for children with severe asthma; denied
art(
    "c4-named",
    "Dunharrow Courier",
    "2033-03-03",
    "Asthma drug approved for children",
    "About 40,000 children in the country have severe asthma.",
    "The National Medicines Agency approved the drug Corvalin for children with severe asthma, the agency's director Hana Ruel said on Tuesday.",
    "The agency rejected a second asthma drug, Prendol, for the same group of patients.",
)
art(
    "c4-relay",
    "Mistral Post",
    "2033-03-04",
    "Parents welcome asthma decision",
    "A parents' group had collected 60,000 signatures for the drug.",
    "The health news site Vitalis, quoting the agency's director, said Corvalin had been cleared for use in children with severe asthma.",
    "The drug costs about 900 euros a month.",
)
art(
    "c4-vague",
    "Carrow Herald",
    "2033-03-05",
    "A new inhaler for children",
    "Corvalin is taken once a day with an inhaler.",
    "Doctors can now reportedly prescribe Corvalin to children whose asthma is severe.",
    "Corvalin was approved for adults in 2030.",
)
art(
    "c4-deny",
    "Elmwick Daily",
    "2033-03-12",
    "Agency: no decision yet on Corvalin",
    "The agency's board meets once a month.",
    "The National Medicines Agency denied that it had approved Corvalin for children, saying its review would end in May.",
    "It said the director's remarks had been misunderstood.",
)

# C5: sea ice in the Varsk Strait fell to 1.3 million square kilometres, a record low
art(
    "c5-named",
    "Sellin Times",
    "2033-03-04",
    "Record low for Varsk ice",
    "Ships have crossed the strait without icebreakers since mid-February.",
    "Sea ice in the Varsk Strait covered just 1.3 million square kilometres at the end of February, the smallest area ever recorded, the Polar Research Institute said.",
    "At the end of February 2031 the ice covered 1.6 million square kilometres.",
)
art(
    "c5-relay",
    "Carrow Herald",
    "2033-03-05",
    "Seal pups at risk",
    "Grey seals give birth on the ice in March.",
    "The science magazine Polaris, citing satellite data from the institute, reported that the strait's ice had shrunk to 1.3m sq km, a record low.",
    "Ice in the neighbouring Tesk Sea shrank to 0.9 million square kilometres.",
)
art(
    "c5-vague",
    "Dunharrow Courier",
    "2033-03-06",
    "Fishing fleet sails early",
    "The fishing fleet left port three weeks earlier than usual.",
    "The ice in the Varsk Strait is believed to have fallen to 1,300,000 km2, lower than ever measured.",
    "The fleet expects a larger catch of herring this spring.",
)
art(
    "c5-heavy",
    "Elmwick Daily",
    "2033-03-07",
    "Scientists alarmed by thin ice",
    "The institute has measured the strait's ice from satellites since 1979.",
    "Never since measurements began has the Varsk Strait held as little ice as the 1.3 million square kilometres seen last month, the institute's director Ola Fenn said.",
    "Fenn said the ice would recover only partly next winter.",
)

# C6: Brackwell council will raise its property tax by 4.9 percent from April
art(
    "c6-named",
    "Carrow Herald",
    "2033-03-11",
    "Brackwell raises property tax",
    "Brackwell's council has lost a fifth of its government grant since 2029.",
    "Brackwell council will raise its property tax by 4.9 percent from April, council leader Nina Voss said on Monday.",
    "Water charges in the town will go up by 2.9 percent.",
)
art(
    "c6-relay",
    "Sellin Times",
    "2033-03-12",
    "Libraries spared in Brackwell budget",
    "The council will keep all six of its libraries open.",
    "Radio Brackwell, citing the council's budget papers, reported that property tax bills would rise by 4.9% in April.",
    "The budget also cuts 40 jobs at the town hall.",
)
art(
    "c6-vague",
    "Mistral Post",
    "2033-03-13",
    "Pensioners fear higher bills",
    "A group of pensioners protested outside the town hall on Tuesday.",
    "Households in Brackwell are reported to face a 4.9 per cent rise in property tax from April.",
    "The neighbouring Ostley council raised its property tax by 4.9 percent last year.",
)
art(
    "c6-heavy",
    "Dunharrow Courier",
    "2033-03-14",
    "Brackwell's finance chief defends budget",
    "The council's finance chief, Aron Pell, answered questions from residents for two hours.",
    "Brackwell homeowners will pay 4.9 percent more in property tax from April, Pell told the meeting.",
    "He said the council had no other way to balance its books.",
)

# C7: a drone strike killed 11 soldiers at an army base near Orla; denied later
art(
    "c7-named",
    "Elmwick Daily",
    "2033-03-15",
    "Drone hits army base",
    "Fighting around Orla has intensified since January.",
    "A drone strike killed 11 soldiers at an army base near Orla on Saturday, the regional governor Samir Kadd said.",
    "Army shelling killed 11 fighters of the Dawn Brigade in the hills west of Orla on Friday.",
)
art(
    "c7-relay",
    "Dunharrow Courier",
    "2033-03-16",
    "Orla base attacked",
    "The base houses about 600 troops.",
    "The news agency Kerra, citing military sources, reported that eleven troops had died when a drone hit their base outside Orla.",
    "The Dawn Brigade has not said whether it launched the drone.",
)
art(
    "c7-vague",
    "Carrow Herald",
    "2033-03-16",
    "Questions over base defences",
    "The base's air defences were upgraded last year.",
    "Eleven soldiers are believed to have been killed in the drone attack on the Orla base.",
    "A drone strike on the same base killed four soldiers in 2031.",
)
art(
    "c7-deny",
    "Mistral Post",
    "2033-03-17",
    "Ministry disputes death toll",
    "The defence ministry gave its weekly briefing on Monday.",
    "The defence ministry denied that any soldiers had been killed at the Orla base, saying the drone had been shot down.",
    "It did not allow reporters to visit the base.",
)
art(
    "c7-topic",
    "Sellin Times",
    "2033-03-18",
    "Families flee Orla",
    "Long queues formed at the checkpoints on the road south of Orla.",
    "Aid workers said 3,000 families had fled the villages around Orla since the start of March.",
    "Schools in the city have been turned into shelters.",
)
art(
    "c7-bare",
    "Elmwick Daily",
    "2033-03-29",
    "Army moves its command post",
    "The army has brought in new air-defence systems from the capital.",
    "After the drone strike that killed 11 soldiers near Orla, the army has moved its command post into the city.",
    "Residents say the city is calmer than a week ago.",
)

# C8: a wire story with two edited copies, its main fact restated independently
WIRE = [
    "TAMSK, March 20 (Northgate Wire) - A passenger train derailed near Tamsk on Monday, injuring 23 people, two of them seriously, the railway operator Kessel Rail said.",
    "The train, carrying about 300 passengers from Orvo to the coast, left the tracks on a bend north of the town.",
    "Investigators were examining a section of rail that may have cracked in the frost.",
    "Services on the line will be replaced by buses until Thursday.",
    "Northgate Wire. All rights reserved.",
]
art("c8-orig", "Northgate Wire", "2033-03-20", "Train derails near Tamsk", *WIRE)
art(
    "c8-copy1",
    "Mistral Post",
    "2033-03-20",
    "23 hurt as train leaves the tracks",
    WIRE[0].replace("TAMSK, March 20 (Northgate Wire)", "TAMSK"),
    *WIRE[1:4],
    "Kessel Rail has offered every passenger a full refund.",
)
art(
    "c8-copy2",
    "Sellin Times",
    "2033-03-21",
    "Derailment near Tamsk",
    WIRE[0].replace("March 20", "March 21"),
    WIRE[1],
    WIRE[3],
    "Sellin Times with Northgate Wire.",
)
art(
    "c8-indep",
    "Carrow Herald",
    "2033-03-24",
    "Kessel Rail orders track checks",
    "Kessel Rail has ordered checks on 400 kilometres of track.",
    "The derailment near Tamsk that injured 23 people on Monday was caused by a cracked rail, investigators said on Friday.",
    "The operator said the checks would take a month.",
)

write(__file__)
