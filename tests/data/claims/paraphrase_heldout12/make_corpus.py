"""Writes articles.jsonl: the twelfth paraphrase held-out corpus, written blind after
the seventh pass's changes and scored once before any further change, as ordinary
news of other kinds than held-out 11: a bank's data breach (technology), a steel
tariff (trade), a maternity ward's closure (health, local), a wildfire evacuation
(disaster) and a museum's return of sculptures (culture), each through five or six
invented outlets over two to four weeks (named, "X, citing Y, said" or "quoting",
"according to X", "reportedly" or "officials say", bare in a later article; three
denied or contradicted later), the claim sentence mostly not first; rewordings with
other verbs and from the other side (stole / had been taken / got hold of, raise to /
would face a duty of / taxed at, close / shut / no births, were evacuated / ordered
out / fled / had to leave, return / receive / hand back), nominal forms ("the theft
of", "the increase of", "the closure of", "the evacuation of", "the return of"),
numbers written differently (3.5 million / three and a half million, 25 percent / a
quarter, 12,000 / twelve thousand); hard negatives that share actors and numbers
(another company with the same number, another product or country or rate, another
ward opened in the same month, the same count of hectares, residents allowed back,
another museum); same-topic independent reports; a wire story with two edited copies
and one of its facts restated by an independent report. Every outlet, person,
company, place and event is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# B1: a data breach: named, relay (had been taken, three and a half million), according
# to (got hold of the records of ... clients), reportedly (was stolen, passive), bare
# nominal (the theft of), contradicted by the police; another company with the same
# number, a failed attempt on the same bank
art(
    "b1-named",
    "Brookhaven Ledger",
    "2027-09-01",
    "Hackers raid Novabank",
    "Novabank is the country's third-largest lender.",
    "Hackers stole the personal data of 3.5 million Novabank customers in an attack on the bank's servers last week, security chief Ines Carvalho said on Wednesday.",
    "Carvalho said the bank had informed the data protection authority.",
    "Customers have been told to change their passwords.",
)
art(
    "b1-relay",
    "Silverton Daily",
    "2027-09-02",
    "Novabank breach bigger than thought",
    "Cyberattacks on European banks have doubled in two years.",
    "The Lisbon Courier, citing a police report, said the details of three and a half million Novabank customers had been taken in the attack.",
    "Hackers stole the data of 3.5 million customers of Orbis Telecom in 2025.",
)
art(
    "b1-according",
    "Oakmere Post",
    "2027-09-04",
    "What Novabank customers should do now",
    "Security experts say customers should watch their accounts closely.",
    "According to Carvalho, criminals got hold of the records of 3.5 million Novabank clients.",
    "The bank has set up a telephone line for worried customers.",
)
art(
    "b1-vague",
    "Highcliff Times",
    "2027-09-07",
    "Banks under pressure to spend on security",
    "Regulators want banks to report attacks within 24 hours.",
    "Data on 3.5 million customers of Novabank was reportedly stolen in the breach.",
    "Last year hackers tried but failed to reach the accounts of Novabank's business clients.",
)
art(
    "b1-bare",
    "Westerly Observer",
    "2027-09-15",
    "Calls for tougher data rules",
    "Parliament will debate a new data protection law next month.",
    "The theft of the data of 3.5 million Novabank customers has prompted calls for heavier fines.",
    "The opposition wants fines of up to 10 percent of a company's turnover.",
)
art(
    "b1-contra",
    "Silverton Daily",
    "2027-09-22",
    "Police scale down Novabank figure",
    "The national police published the results of their investigation on Wednesday.",
    "Police denied that hackers had taken the data of 3.5 million Novabank customers, saying fewer than 200,000 accounts had been affected.",
    "Novabank said it would review its own figures.",
)

# B2: a steel tariff: named (raise to 25 percent), "X, quoting Y, said" (would face a
# duty of 25 percent), according to (taxed at a quarter of its value), reportedly, bare
# nominal (the increase of ... to 25 percent); another product cut to the same rate,
# another country, another rate, a same-topic report
art(
    "b2-named",
    "Oakmere Post",
    "2027-09-03",
    "Varenia to raise steel tariff",
    "Steel makers in Varenia have lost a third of their orders since 2025.",
    "Varenia will raise its tariff on imported steel to 25 percent from November, trade minister Paulo Mendes said on Friday.",
    "Varenia will cut its tariff on imported cars to 25 percent at the same time, Mendes said.",
    "Mendes said the measures were needed to save jobs.",
)
art(
    "b2-relay",
    "Highcliff Times",
    "2027-09-04",
    "Steel importers face higher duty",
    "Importers say prices for builders will rise.",
    "The Varenian news agency VNA, quoting Mendes, said steel imports would face a duty of 25 percent from November.",
    "Neighbouring Ostrala imposed a 10 percent tariff on aluminium last year.",
)
art(
    "b2-according",
    "Brookhaven Ledger",
    "2027-09-08",
    "Varenia's trade turn",
    "Varenia has signed three trade agreements in the past decade.",
    "According to the trade ministry, foreign steel will be taxed at a quarter of its value from November.",
    "Economists expect the measure to raise 400 million euros a year.",
)
art(
    "b2-vague",
    "Westerly Observer",
    "2027-09-12",
    "A new wave of protectionism",
    "Governments around the world are trying to protect their factories.",
    "Varenia is reportedly raising its steel tariff to 25 percent.",
    "Ostrala will raise its tariff on imported steel to 25 percent next year, its economy minister said.",
    "Varenia's parliament is also debating a tariff of 30 percent on imported steel pipes.",
)
art(
    "b2-bare",
    "Silverton Daily",
    "2027-09-25",
    "Neighbours protest at Varenian duties",
    "Ostrala's foreign minister summoned Varenia's ambassador on Friday.",
    "Varenia's increase of its steel tariff to 25 percent has angered its neighbours.",
    "Ostrala says it may take the case to the World Trade Organization.",
)

# B3: a maternity ward's closure: named, relay (would shut), according to (no births
# from September: another verb, no number), reportedly, bare nominal (the closure of),
# denied by the health ministry; a ward opened in the same month, another hospital's
# ward closed in another month
art(
    "b3-named",
    "Westerly Observer",
    "2027-09-02",
    "Saint Brennan to close maternity ward",
    "About 1,100 babies were born in Kellford last year.",
    "Saint Brennan Hospital will close its maternity ward in September next year, hospital director Aoife Nolan said on Thursday.",
    "Saint Brennan Hospital will open a new cancer ward in September next year, Nolan said.",
    "Nolan said it was too hard to find enough midwives.",
)
art(
    "b3-relay",
    "Oakmere Post",
    "2027-09-03",
    "Midwives shocked by closure plan",
    "Midwives gathered outside the hospital on Friday morning.",
    "Kellford Radio, citing a letter to staff, said Saint Brennan's maternity unit would shut in September next year.",
    "The union said it had not been consulted.",
)
art(
    "b3-according",
    "Highcliff Times",
    "2027-09-06",
    "Where will Kellford's babies be born?",
    "The nearest other maternity ward is 70 kilometres away.",
    "According to Nolan, Saint Brennan Hospital will stop delivering babies from September next year.",
    "Mercy General Hospital in Dunross will close its maternity ward in March.",
)
art(
    "b3-vague",
    "Brookhaven Ledger",
    "2027-09-10",
    "Rural hospitals in crisis",
    "A shortage of doctors is hitting hospitals outside the big cities.",
    "Saint Brennan Hospital is reportedly closing its maternity ward.",
    "The government has promised 50 million euros for rural hospitals.",
)
art(
    "b3-deny",
    "Silverton Daily",
    "2027-09-14",
    "Ministry says Kellford ward will stay",
    "Health minister Rory Quinn visited Kellford on Monday.",
    "The health ministry denied that the maternity ward at Saint Brennan Hospital would close, saying it would move to a new building.",
    "Quinn said the hospital would get 12 new midwives.",
)
art(
    "b3-bare",
    "Westerly Observer",
    "2027-09-28",
    "Kellford council meets on hospital",
    "The council met for three hours on Tuesday evening.",
    "The closure of the maternity ward at Saint Brennan Hospital would leave Kellford without anywhere to give birth.",
    "Councillors voted to ask the minister for a meeting.",
)

# B4: a wildfire evacuation: named (were evacuated from), "X, citing Y, said" (had been
# ordered out of, twelve thousand), officials say (have fled), according to (had to
# leave their homes), bare nominal (the evacuation of); the same count of hectares,
# another town, residents allowed back
art(
    "b4-named",
    "Highcliff Times",
    "2027-09-11",
    "Ridge Fire forces thousands to flee",
    "The Ridge Fire started on Thursday in dry forest east of the valley.",
    "Around 12,000 residents were evacuated from Pinecrest on Saturday as the Ridge Fire moved towards the town, fire chief Dan Ortiz said.",
    "About 12,000 hectares have burned since Thursday, Ortiz said.",
    "Around 3,000 residents were evacuated from Oakridge on Sunday.",
)
art(
    "b4-relay",
    "Brookhaven Ledger",
    "2027-09-12",
    "Pinecrest empties as fire nears",
    "Smoke could be seen from 80 kilometres away.",
    "The Valley Tribune, citing county officials, said twelve thousand people had been ordered out of Pinecrest.",
    "Schools in the county will stay closed on Monday.",
)
art(
    "b4-vague",
    "Westerly Observer",
    "2027-09-13",
    "Fire season arrives early",
    "Forecasters had warned of a hot, dry September.",
    "Officials say some 12,000 people have fled Pinecrest.",
    "Firefighters from four states have joined the effort.",
)
art(
    "b4-according",
    "Silverton Daily",
    "2027-09-15",
    "Insurers brace for claims",
    "Insurers say this could be the costliest fire season on record.",
    "According to Ortiz, 12,000 people had to leave their homes in Pinecrest.",
    "Residents of Pinecrest were allowed to return home on Tuesday.",
)
art(
    "b4-bare",
    "Oakmere Post",
    "2027-09-26",
    "County reviews fire response",
    "The county will hold a public inquiry into the response to the Ridge Fire.",
    "The evacuation of 12,000 people from Pinecrest was the largest in the county's history.",
    "The inquiry will report in the spring.",
)

# B5: a museum returns sculptures: named (will return ... to), the other side (Benin
# will receive ... from), according to (is handing back), reportedly (sending home),
# bare nominal (the return of), denied by the board; another museum, another number
art(
    "b5-named",
    "Silverton Daily",
    "2027-09-05",
    "Hallworth Museum to return bronzes",
    "The sculptures were taken from the royal palace in 1897.",
    "The Hallworth Museum will return 28 bronze sculptures to Benin, its director Clara Voss said on Sunday.",
    "Voss said the museum would keep copies on display.",
)
art(
    "b5-relay",
    "Westerly Observer",
    "2027-09-06",
    "Benin welcomes return of bronzes",
    "Benin has asked European museums for the return of its art since the 1960s.",
    "Benin's culture ministry, quoted by the broadcaster ORTB, said the country would receive 28 bronzes from the Hallworth Museum.",
    "The Lindqvist Collection returned 12 bronze sculptures to Benin in 2024.",
)
art(
    "b5-according",
    "Brookhaven Ledger",
    "2027-09-09",
    "Museums rethink their collections",
    "Museums across Europe are reviewing how their objects were acquired.",
    "According to Voss, the Hallworth Museum is handing back 28 bronze figures to Benin.",
    "The Hallworth Museum will lend 28 paintings to a museum in Lagos next year.",
)
art(
    "b5-vague",
    "Highcliff Times",
    "2027-09-13",
    "Visitors flock to see bronzes before they go",
    "Queues formed outside the museum on Saturday.",
    "The Hallworth Museum is reportedly sending 28 bronze sculptures home to Benin.",
    "Tickets for the last weekend sold out in an hour.",
)
art(
    "b5-deny",
    "Oakmere Post",
    "2027-09-17",
    "Museum board says no decision yet",
    "The museum's board of trustees met on Thursday.",
    "The Hallworth Museum's board denied that it had agreed to return the bronze sculptures to Benin.",
    "The board said it would decide in December.",
)
art(
    "b5-bare",
    "Silverton Daily",
    "2027-09-27",
    "Benin builds a new museum",
    "A new museum is being built in Porto-Novo.",
    "The return of 28 bronze sculptures by the Hallworth Museum will fill one of its halls.",
    "The building will open in 2029.",
)

# B6: a wire story with two edited copies, one of its facts restated independently
WIRE = [
    "KARVASSA, Sept 18 (Atlas Newswire) - An earthquake of magnitude 6.1 struck the mountain region of Karvassa on Saturday, damaging 400 homes, the national seismology institute said.",
    "No deaths were reported, but 35 people were treated in hospital for injuries, regional governor Elena Petrov said.",
    "Rescue teams searched villages cut off by landslides.",
    "Aftershocks continued through the night.",
    "The region was last hit by a strong earthquake in 1988.",
]
art("b6-orig", "Atlas Newswire", "2027-09-18", "Quake damages 400 homes in Karvassa", *WIRE)
art(
    "b6-copy1",
    "Highcliff Times",
    "2027-09-18",
    "Strong quake shakes Karvassa",
    WIRE[0].replace("KARVASSA, Sept 18 (Atlas Newswire)", "KARVASSA (Atlas)"),
    *WIRE[1:4],
)
art(
    "b6-copy2",
    "Oakmere Post",
    "2027-09-19",
    "Karvassa counts the damage",
    *WIRE,
    "The government has sent 200 soldiers to help.",
)
art(
    "b6-indep",
    "Westerly Observer",
    "2027-09-24",
    "Rebuilding after the Karvassa quake",
    "Builders from across the country have offered to help.",
    "Last weekend's magnitude 6.1 earthquake in Karvassa damaged 400 homes, and many families are still living in tents.",
    "The government has promised grants for repairs.",
)

write(__file__)
