"""Writes articles.jsonl: the eighteenth paraphrase held-out corpus, written blind
by the claims helper in session 14 (before reading the claims code or the rule files)
and scored once before any change: a solvent spill (environment), a fall in
unemployment told without a doer (statistics), a campus closure with job cuts
(education), a football manager's sacking (sport), hospital waits told without a doer
(health), a railway electrification budget (transport), a smuggling arrest (police)
and a wire story about an earthquake, each through four to seven invented outlets
over two to four weeks (named, "X, citing Y, said" or "X, citing Y, reported",
"according to X", "reportedly", "is said to", "is reported to", bare in a later
article's background; three denied later), the claim sentence mostly not first;
rewordings with other verbs and other subjects (released / had leaked from / let
escape / had poured, fell to / had dropped to / is said to have fallen, will close /
would shut / will lose their jobs when ... shuts, sacked / had been dismissed / was
reportedly fired, waited an average of / the average wait had reached / are said to be
waiting, will spend / would go on / is to be electrified at a cost of, arrested / were
detained / had held), nominal forms ("Velmora's 4,000-litre toluene spill", "March's
fall in unemployment to", "the closure of", "Kiel's sacking", "with waits ...
averaging", "the 2.8 billion crown electrification of", "the arrest of"), numbers
written differently (4,000 / four thousand, 23 / Twenty-three), people by surname
alone and by role; hard negatives that share actors, numbers or both (the same plant's
earlier spill of another amount, another company's spill of the same amount, a
neighbour's unemployment rising to the same rate, the same rate in an earlier year,
another college cutting as many jobs, the same university opening a campus in the same
year, the same club appointing the manager, another club sacking its manager after as
many defeats, the same wait for another operation, the same wait abroad in another
year, the same ministry spending the same sum on roads, another line for another sum,
the same police releasing most of those held, another force arresting as many people
in another case); same-topic independent reports; an article republished by a sister
paper (a new headline, its first sentence dropped, a sentence added); a wire story with
two edited copies (a new headline, the dateline stripped or changed, a sentence added,
a sentence dropped) and one of its facts restated by an independent report. Every
outlet, person, company, place and event is invented.

Blind score (bench/claims.py --corpus, session 14, before any change):
claims P 1.00 R 0.33 F1 0.49 (7 predicted claims, no hard negative joined: the
railway budget whole but for its sister-paper copy, the campus closure but its relay
and nominal, the unemployment fall but its first and nominal, the arrests but the
named one, the spill split in two halves (named + vague, relay + free), the wire fact;
the sacking and the hip waits not found at all); copies 1.00 / 1.00 / 1.00; denials
1 of 3 (the railway's; P 1.00 R 0.33 F1 0.50); attribution 0.27."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# C1: a solvent spill, denied later
art(
    "c1-named",
    "Harbour Chronicle",
    "2030-03-02",
    "Dead fish in the Oske",
    "Anglers found dead fish along a three-kilometre stretch of the Oske on Sunday.",
    "Velmora Chemicals released 4,000 litres of toluene into the River Oske from its Tarrin plant last week, the Oske Environment Agency said on Monday.",
    "The same plant leaked 900 litres of toluene into the river in 2027.",
    "Upstream, Branwick Paper spilled 4,000 litres of bleach into the Oske in January.",
)
art(
    "c1-relay",
    "Kestrel Post",
    "2030-03-03",
    "Anglers demand answers",
    "The anglers' club has called a meeting for Thursday evening.",
    "Radio Oske, citing agency inspectors, reported that 4,000 litres of toluene had leaked from the Velmora works at Tarrin into the river.",
    "Inspectors took water samples at six points downstream.",
)
art(
    "c1-vague",
    "Vordland Daily",
    "2030-03-05",
    "A river without fish",
    "Swans have been moved from the estuary to a sanctuary inland.",
    "Velmora Chemicals reportedly let some 4,000 litres of solvent escape into the Oske.",
    "Two nearby farms have stopped taking water from the river for their cattle.",
)
art(
    "c1-free",
    "Millbrook Observer",
    "2030-03-07",
    "Inspector: the worst in a decade",
    "Volunteers have pulled more than a tonne of dead fish from the water.",
    "The agency's chief inspector, Hanne Lind, said the Tarrin factory had poured four thousand litres of the solvent into the water through a broken drain.",
    "Lind said the drain had not been checked since it was built.",
)
art(
    "c1-deny",
    "Harbour Chronicle",
    "2030-03-10",
    "Velmora says the leak was contained",
    "The company's shares fell by a tenth last week.",
    "Velmora Chemicals denied that toluene from its plant had reached the River Oske, saying the leak had been contained on site.",
    "It said it would publish its own test results on Friday.",
)
art(
    "c1-bare",
    "Kestrel Post",
    "2030-03-24",
    "No fishing until summer",
    "The season's first fishing competition has been moved to a lake in the hills.",
    "Fishing on the Oske is still banned three weeks after Velmora's 4,000-litre toluene spill.",
    "Tackle shops in Tarrin say their takings have halved.",
)
# same topic, independent: salmon numbers, no claim shared
art(
    "c1-indep",
    "Vordland Daily",
    "2030-03-12",
    "Fewer salmon every year",
    "The river's fish ladder was rebuilt in 2015.",
    "The number of salmon swimming up the Oske has fallen by a third in ten years, the Tarrin anglers' association said.",
    "The association blames warmer summers and weirs upstream.",
)

# C2: unemployment falls, mostly told without a doer
art(
    "c2-named",
    "Vordland Daily",
    "2030-04-03",
    "Jobless rate at a five-year low",
    "Car plants in the south have been hiring since the autumn.",
    "Unemployment in Tessaly fell to 6.2 percent in March from 6.9 percent in February, the national statistics office said on Wednesday.",
    "In neighbouring Marovia, unemployment rose to 6.2 percent over the same month.",
)
art(
    "c2-relay",
    "Millbrook Observer",
    "2030-04-04",
    "More people in work",
    "Job centres in Millbrook have shortened their opening hours.",
    "The business daily Ledger, citing the statistics office, said the jobless rate had dropped to 6.2 percent last month.",
    "Economists had expected a smaller fall.",
)
art(
    "c2-vague",
    "Harbour Chronicle",
    "2030-04-06",
    "Ports short of dockers",
    "The harbour board wants to recruit 150 dockers before the summer.",
    "The share of people out of work is said to have fallen to 6.2 percent in March, the lowest since 2019.",
    "Dock wages have risen faster than prices this year.",
)
art(
    "c2-according",
    "Kestrel Post",
    "2030-04-08",
    "Minister hails jobs figures",
    "The minister visited a new warehouse outside Kesten on Monday.",
    "According to Labour Minister Ivo Brandl, joblessness dropped to 6.2 percent in March.",
    "The rate last fell to 6.2 percent in 2024 before climbing again.",
)
art(
    "c2-bare",
    "Vordland Daily",
    "2030-04-20",
    "The valleys left behind",
    "In Upper Dun, the last factory closed in 2028.",
    "March's fall in unemployment to 6.2 percent has not reached the northern valleys.",
    "Young people there still move south to find work.",
)

# C3: a campus closure with job cuts
art(
    "c3-named",
    "Millbrook Observer",
    "2030-03-11",
    "Darrow to shut Millbrook campus",
    "Staff were called to a meeting in the main hall at short notice.",
    "Darrow University will close its Millbrook campus in 2031 with the loss of 340 jobs, its vice-chancellor Ruth Okafor told staff on Tuesday.",
    "Darrow opened the Millbrook campus in 1994 with 120 staff.",
)
art(
    "c3-relay",
    "Harbour Chronicle",
    "2030-03-12",
    "Students fear for their courses",
    "Students gathered outside the library on Wednesday morning.",
    "The student newspaper Darrow Voice, citing an email to staff, reported that the university would shut the Millbrook site in 2031 and cut 340 posts.",
    "The university plans to open a new campus in Vord in 2031.",
)
art(
    "c3-vague",
    "Kestrel Post",
    "2030-03-14",
    "Unions plan a protest",
    "The lecturers' union has booked buses for a march on Saturday.",
    "Darrow University is reported to be closing its Millbrook campus, with 340 jobs at risk.",
    "The union says it will ballot its members on a strike.",
)
art(
    "c3-free",
    "Vordland Daily",
    "2030-03-16",
    "A town loses its university",
    "Millbrook's mayor called the news a hammer blow.",
    "Some 340 lecturers, cleaners and administrators will lose their jobs when Darrow's Millbrook campus shuts its doors in 2031, Okafor said.",
    "Okafor said falling student numbers left the university no choice.",
)
art(
    "c3-bare",
    "Millbrook Observer",
    "2030-04-02",
    "Landlords count the cost",
    "Rents in the streets near the campus have already started to fall.",
    "The closure of Darrow University's Millbrook campus will leave the town's high street without 2,000 students.",
    "Three cafes on Station Road have put their leases up for sale.",
)
# another college cuts as many jobs: no claim shared
art(
    "c3-other",
    "Kestrel Post",
    "2030-03-20",
    "Corran College cuts staff",
    "Corran College has lost a fifth of its students in five years.",
    "Corran College will cut 340 jobs at its Ashby campus next year, the college said.",
    "The college will keep its nursing school.",
)

# C4: a football manager sacked, denied later
art(
    "c4-named",
    "Kestrel Post",
    "2030-02-10",
    "Kiel out at Ferrow",
    "Ferrow have not won a league game since November.",
    "Ferrow United sacked manager Tomas Kiel on Sunday after eight straight league defeats, the club's chairman Leon Dray said.",
    "Ferrow United appointed Kiel in June 2028 on a four-year contract.",
)
art(
    "c4-relay",
    "Vordland Daily",
    "2030-02-11",
    "Ferrow players shocked",
    "The squad trained behind closed doors on Monday.",
    "The Ferrow Evening News, citing players, said Kiel had been dismissed after the eighth defeat in a row.",
    "The coach of the youth team will take charge for Saturday's match.",
)
art(
    "c4-vague",
    "Harbour Chronicle",
    "2030-02-12",
    "Who next for Ferrow?",
    "Bookmakers have stopped taking bets on the club's next manager.",
    "Kiel was reportedly fired by Ferrow on Sunday night.",
    "Two former players have said they would be interested in the job.",
)
art(
    "c4-deny",
    "Millbrook Observer",
    "2030-02-13",
    "Ferrow: Kiel resigned",
    "The club published a statement on its website late on Tuesday.",
    "Ferrow United denied that Kiel had been sacked, saying the manager had resigned.",
    "Kiel has not spoken in public since Sunday.",
)
art(
    "c4-bare",
    "Vordland Daily",
    "2030-02-27",
    "Ferrow's revival",
    "The crowd sang the caretaker's name for ten minutes on Saturday.",
    "Since Kiel's sacking, Ferrow have won two of their three games.",
    "They are now four points clear of the relegation places.",
)
# same topic, independent: a stadium and another club's sacking, no claim shared
art(
    "c4-indep",
    "Harbour Chronicle",
    "2030-02-18",
    "Football round-up",
    "Ferrow's new stadium will hold 31,000 fans when it opens in August, the club said.",
    "Lunsby Rovers sacked their manager Pavel Orr after eight straight defeats, the club said on Monday.",
    "Orr had been in charge for less than a year.",
)

# C5: hospital waits, told without a doer
art(
    "c5-named",
    "Harbour Chronicle",
    "2030-05-06",
    "Longer waits for new hips",
    "The report covers all 41 public hospitals.",
    "Patients waited an average of 19 weeks for a hip replacement last year, up from 12 weeks in 2027, the Health Audit Office said in its annual report.",
    "The wait for cataract surgery also averaged 19 weeks.",
)
art(
    "c5-relay",
    "Vordland Daily",
    "2030-05-07",
    "Surgeons blame staff shortages",
    "Operating theatres stood empty on one day in ten last year.",
    "Radio Oske, citing the audit office's report, said the average wait for a new hip had reached 19 weeks.",
    "The surgeons' college wants more nurses trained.",
)
art(
    "c5-vague",
    "Millbrook Observer",
    "2030-05-09",
    "Living with the pain",
    "Anna Brek, 71, has used a walking frame since January.",
    "Hip patients are said to be waiting 19 weeks on average for surgery.",
    "Brek said she had been told to expect a date in the autumn.",
)
art(
    "c5-bare",
    "Kestrel Post",
    "2030-05-22",
    "Private clinics raise prices",
    "One clinic in Kesten has opened on Sundays.",
    "With waits for hip replacements averaging 19 weeks, private clinics have raised their prices.",
    "Patients in Marovia waited an average of 19 weeks for a hip replacement in 2024, the Marovian health ministry said.",
)

# C6: a railway electrification budget; the first article is republished by a sister paper
C6 = [
    "Diesel trains on the line are more than forty years old.",
    "The government will spend 2.8 billion crowns on electrifying the railway between Kesten and Vord by 2034, Transport Minister Alma Reyes said on Monday.",
    "Reyes's ministry spent 2.8 billion crowns on road repairs last year.",
    "Work on the line is due to start in the spring.",
]
art("c6-named", "Vordland Daily", "2030-06-02", "Kesten-Vord line to go electric", *C6)
art(
    "c6-copy",
    "Millbrook Observer",
    "2030-06-03",
    "Wires for the Kesten line",
    *C6[1:],
    "Commuters from Millbrook use the line to reach Kesten.",
)
art(
    "c6-relay",
    "Kestrel Post",
    "2030-06-03",
    "Faster trains promised",
    "Passengers have complained about cancelled trains all winter.",
    "The Kesten Herald, citing ministry documents, reported that 2.8 billion crowns would go on putting overhead wires on the Kesten-Vord line.",
    "The documents also mention new stations at two villages.",
)
art(
    "c6-vague",
    "Harbour Chronicle",
    "2030-06-05",
    "Railway plans for the coast",
    "The coast has had no passenger trains since 1981.",
    "The Kesten to Vord railway is reportedly to be electrified at a cost of 2.8 billion crowns.",
    "The government will spend 1.9 billion crowns on electrifying the line from Ashby to the coast, Reyes said.",
)
art(
    "c6-deny",
    "Kestrel Post",
    "2030-06-12",
    "No money yet for the railway",
    "The cabinet met for six hours on Wednesday.",
    "The finance ministry denied that 2.8 billion crowns had been set aside for electrifying the Kesten-Vord railway, saying no money would be committed before 2032.",
    "Reyes did not comment.",
)
art(
    "c6-bare",
    "Millbrook Observer",
    "2030-06-25",
    "Twenty minutes saved",
    "A return ticket to Kesten costs 84 crowns.",
    "The 2.8 billion crown electrification of the Kesten-Vord line will cut journey times by 20 minutes.",
    "Station car parks are to be enlarged.",
)

# C7: a smuggling arrest
art(
    "c7-named",
    "Harbour Chronicle",
    "2030-07-08",
    "Raids in Lorvik",
    "Officers searched eleven warehouses near the border crossing.",
    "Police in Lorvik arrested 23 people suspected of smuggling cigarettes across the border, a police spokesman, Erik Moss, said on Saturday.",
    "Moss said the gang had sold the cigarettes at markets across the region.",
)
art(
    "c7-vague",
    "Kestrel Post",
    "2030-07-09",
    "Smuggling ring broken up",
    "Customs officers say the border is crossed by 3,000 lorries a day.",
    "Twenty-three suspected cigarette smugglers were reportedly detained in raids in Lorvik.",
    "Police in Harnby arrested 23 people in a raid on a drugs ring, the force said.",
)
art(
    "c7-relay",
    "Millbrook Observer",
    "2030-07-10",
    "Cheap cigarettes vanish from markets",
    "Market traders in Millbrook say their usual suppliers have gone quiet.",
    "Vordland Daily, citing the police, said officers had held 23 people over a cigarette smuggling ring in Lorvik.",
    "A carton sold for a third of the shop price.",
)
# the same police release most of those held: no claim shared
art(
    "c7-released",
    "Vordland Daily",
    "2030-07-14",
    "Most smuggling suspects freed",
    "Lawyers for the suspects had complained about the length of the questioning.",
    "Lorvik police released 19 people without charge on Sunday, Moss said.",
    "Four others will appear in court in August.",
)
art(
    "c7-bare",
    "Harbour Chronicle",
    "2030-07-28",
    "Cigarette prices double at Lorvik market",
    "Stallholders have started selling tobacco by the gram.",
    "After the arrest of 23 suspected smugglers in Lorvik, cigarette prices at the town's market have doubled.",
    "Shops in the town say their sales are up.",
)

# C8: a wire story with two edited copies, one of its facts restated independently
WIRE = [
    "TARRIN, Aug 14 (Nordwire) - An earthquake of magnitude 5.1 shook the town of Tarrin early on Wednesday, damaging the roofs of 60 houses, the national seismology institute said.",
    "No one was hurt, the fire service said.",
    "The quake was felt as far away as Vord.",
    "Schools in Tarrin will stay shut on Thursday while engineers check them.",
    "Nordwire. All rights reserved.",
]
art("c8-orig", "Nordwire", "2030-08-14", "Earthquake shakes Tarrin", *WIRE)
art(
    "c8-copy1",
    "Kestrel Post",
    "2030-08-14",
    "Tarrin roofs damaged by quake",
    WIRE[0].replace("TARRIN, Aug 14 (Nordwire)", "TARRIN"),
    *WIRE[1:4],
    "It was the strongest quake in the region since 1998.",
)
art(
    "c8-copy2",
    "Harbour Chronicle",
    "2030-08-15",
    "Quake in Tarrin",
    WIRE[0].replace("Aug 14", "Aug 15"),
    WIRE[1],
    WIRE[3],
    "Harbour Chronicle with Nordwire.",
)
art(
    "c8-indep",
    "Vordland Daily",
    "2030-08-20",
    "Roofers in demand",
    "Roofing firms from Kesten have sent crews to help.",
    "Roofers are still repairing the 60 houses damaged when a 5.1-magnitude quake struck Tarrin last week.",
    "Insurers say most of the damage is covered.",
)

write(__file__)
