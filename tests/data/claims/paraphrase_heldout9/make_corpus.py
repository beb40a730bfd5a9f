"""Writes articles.jsonl: the ninth paraphrase held-out corpus, written blind (before
reading the claims code of this pass) as ordinary news travel: four claims that each
travel through five or six outlets over two to three weeks (the original with a named
source, "X, citing Y, said" or "X reported, citing Y", "according to X", "reportedly", a
bare restatement in a later article's background paragraph, three of them denied later),
the claim sentence mostly not first; rewordings that change the verb to the other side
of one event (sell / buy, deport / take in, raise the price to N / a loaf costs N),
nominalisations, passives, a number in words, institutions by description ("Mexico's
health regulator", "the supply ministry", "Colombo"); hard negatives that share actors
and numbers (another buyer, stake, target, doer, product, the opposite); same-topic
independent reports; a wire story with two edited copies. Every outlet, person and event
is invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import art, write  # noqa: E402

# R1: a cough syrup recalled in Mexico: named, "X, citing Y, said", according to
# (passive, authorities by description), reportedly, bare background (number in words),
# denial by the maker; another doer with the same product and number, another product
# and number from the same regulator, the recall lifted (the opposite)
art(
    "r1-named",
    "Harbour Ledger",
    "2027-01-05",
    "Syrup pulled after solvent found",
    "Pharmacies in Guadalajara began emptying their shelves on Tuesday morning.",
    "Mexico's health regulator Cofepris has ordered the recall of 2 million bottles of Tosivan cough syrup after tests found a toxic solvent, Health Secretary Lucia Carranza said.",
    "Carranza said no deaths had been linked to the syrup so far.",
    "Tosivan is sold without prescription and is popular for children.",
)
art(
    "r1-relay",
    "Plainsview Tribune",
    "2027-01-06",
    "Parents told to check medicine cabinets",
    "Doctors in Mexico City urged parents not to give children any syrup bought in the past month.",
    "El Heraldo de Puebla, citing Cofepris officials, said Mexico was pulling two million bottles of Tosivan from pharmacies.",
    "The paper said the contaminated batches came from a plant in Toluca.",
)
art(
    "r1-according",
    "Southern Dispatch",
    "2027-01-08",
    "Toxic syrup: what we know",
    "Diethylene glycol, an industrial solvent, can cause kidney failure.",
    "According to Mexican health authorities, some 2 million bottles of Tosivan syrup are being recalled over the contamination.",
    "Investigators are checking whether the solvent came from a supplier in India.",
    "Similar cases killed dozens of children in Gambia in 2022.",
)
art(
    "r1-vague",
    "Orchard Chronicle",
    "2027-01-12",
    "Drug makers under scrutiny",
    "Mexico's pharmaceutical industry has grown quickly since the pandemic.",
    "Regulators are under pressure to inspect more factories.",
    "Mexico has reportedly recalled 2 million bottles of Tosivan, a children's cough syrup.",
    "The industry association says most plants meet international standards.",
)
art(
    "r1-bare",
    "Summit Observer",
    "2027-01-19",
    "Senate debates drug safety bill",
    "Mexican senators began debating a bill on Monday that would double fines for selling contaminated medicine.",
    "The bill's sponsors say inspectors are too few.",
    "Earlier this month Mexico's drug regulator recalled two million bottles of Tosivan cough syrup contaminated with diethylene glycol.",
    "A vote is expected in February.",
)
art(
    "r1-deny",
    "Plainsview Tribune",
    "2027-01-21",
    "Maker disputes recall figure",
    "Laboratorios Vega, which makes Tosivan, denied that two million bottles of the syrup had been recalled.",
    "The company said only one batch of 40,000 bottles had been withdrawn as a precaution.",
    "Its shares rose 4 percent in Mexico City.",
)
art(
    "r1-guatemala",
    "Southern Dispatch",
    "2027-01-14",
    "Guatemala acts on syrup",
    "Guatemala has ordered the recall of 2 million bottles of Tosivan cough syrup imported from Mexico, its health ministry said on Wednesday.",
    "The ministry said the syrup had been sold in markets near the border.",
    "Honduras is testing samples.",
)
art(
    "r1-insulin",
    "Harbour Ledger",
    "2027-01-15",
    "Insulin recall",
    "Cofepris has ordered the recall of 300,000 vials of Glucovan insulin because of faulty seals, the regulator said on Thursday.",
    "Patients were told to keep using their insulin until pharmacies could replace it.",
    "The regulator said the fault posed no risk to health.",
)
art(
    "r1-lifted",
    "Orchard Chronicle",
    "2027-01-26",
    "Tosivan back on the shelves",
    "Cofepris lifted its recall of Tosivan cough syrup on Monday after new tests found no solvent in later batches.",
    "Pharmacists said customers were still wary.",
    "Laboratorios Vega said it would sue the laboratory that ran the first tests.",
)
art(
    "r1-indep",
    "Summit Observer",
    "2027-01-09",
    "Peru warns on imported medicine",
    "Peru's health ministry warned parents against giving children cough syrups bought from street sellers.",
    "The ministry said it had seized 12,000 bottles of unlicensed medicine in Lima in December.",
    "It did not name any brand.",
)

# R2: an airline stake sold: named (sell), relay (buy, the carrier described), according
# to (pay for), reportedly (the capital for the country, its national airline), bare
# (nominalisation: the sale of a stake), denial by the buyer; the rest of the stake to
# other buyers, the same buyer for another airline, an independent report
art(
    "r2-named",
    "Keystone Wire",
    "2027-01-07",
    "Emirates to take control of SriLankan",
    "Sri Lanka's government has been trying to sell its loss-making airline for three years.",
    "Sri Lanka will sell a 51 percent stake in SriLankan Airlines to Emirates for $600 million, Finance Minister Ruwan Perera said on Thursday.",
    "Perera said the money would go towards paying down foreign debt.",
    "Unions at the airline said they would fight job cuts.",
)
art(
    "r2-relay",
    "Harbour Ledger",
    "2027-01-08",
    "Dubai carrier expands in South Asia",
    "The Daily Mirror reported, citing Perera, that Emirates would buy 51 percent of SriLankan Airlines, the state carrier, for $600 million.",
    "Emirates already flies to Colombo four times a day.",
    "Analysts said the deal would give the Gulf airline a base in South Asia.",
)
art(
    "r2-according",
    "Orchard Chronicle",
    "2027-01-11",
    "Colombo bets on a Gulf partner",
    "Sri Lanka's tourism industry has recovered since the debt crisis.",
    "According to Sri Lankan officials, Emirates will pay $600 million for 51 percent of SriLankan Airlines.",
    "The officials said the airline's name and livery would stay.",
)
art(
    "r2-vague",
    "Summit Observer",
    "2027-01-14",
    "Selling the family silver",
    "Sri Lanka's lenders want the government to sell more of its state companies.",
    "Colombo has reportedly agreed to sell 51 percent of its national airline to Emirates.",
    "The state telecom company and two hotels could be next.",
    "Opposition leaders say the assets are being sold too cheaply.",
)
art(
    "r2-bare",
    "Southern Dispatch",
    "2027-01-22",
    "IMF reviews Sri Lanka programme",
    "IMF staff arrived in Colombo on Monday for the fourth review of the country's bailout.",
    "The fund wants the budget deficit cut to 5 percent of output.",
    "The sale of a 51 percent stake in SriLankan Airlines to Emirates, agreed this month, is expected to close in June.",
    "The review should release a further $330 million.",
)
art(
    "r2-deny",
    "Plainsview Tribune",
    "2027-01-16",
    "Emirates: no deal yet",
    "Emirates denied on Saturday that it had agreed to buy a stake in SriLankan Airlines.",
    "A spokesman said talks with the Sri Lankan government were continuing.",
    "He would not say how much the airline was willing to pay.",
)
art(
    "r2-rest",
    "Keystone Wire",
    "2027-01-20",
    "Local investors for the rest",
    "Sri Lanka will sell its remaining 49 percent stake in SriLankan Airlines to local pension funds, Finance Minister Ruwan Perera said on Tuesday.",
    "The pension funds will pay in rupees.",
    "Perera said the sale would be finished by the end of the year.",
)
art(
    "r2-seychelles",
    "Harbour Ledger",
    "2027-01-18",
    "Emirates looks at the Seychelles",
    "Emirates will buy 51 percent of Air Seychelles for $40 million, the island nation's finance ministry said on Monday.",
    "Air Seychelles has four aircraft.",
    "The government will keep the rest.",
)
art(
    "r2-indep",
    "Orchard Chronicle",
    "2027-01-09",
    "SriLankan posts another loss",
    "SriLankan Airlines lost $120 million in the year to March, its annual report showed.",
    "Fuel costs and old aircraft were the main reasons, the report said.",
    "The airline carried 4.1 million passengers.",
)

# R3: deportations seen from both sides: named (deported), "X, citing Y, said", the
# receiving country's side (took in, expelled by its neighbour), reportedly (sent back,
# seven days), bare nominalisation (last week's expulsion of), denial with a lower
# figure; another number and month, deportations suspended (the opposite), another doer
art(
    "r3-named",
    "Southern Dispatch",
    "2027-01-06",
    "Mass deportations on Hispaniola",
    "Buses lined up at the border crossing in Dajabon on Monday.",
    "The Dominican Republic deported 11,500 Haitians last week, the country's migration director, General Andres Pena, said on Monday.",
    "Pena said most had entered the country without papers.",
    "Human rights groups said children had been separated from their parents.",
)
art(
    "r3-relay",
    "Keystone Wire",
    "2027-01-07",
    "Haiti braces for returnees",
    "Listin Diario, citing the migration agency, said the Dominican Republic had expelled 11,500 Haitians in the past week.",
    "The Haitian government asked for the deportations to be slowed.",
    "Aid agencies said they had run out of tents in Ouanaminthe.",
)
art(
    "r3-receiving",
    "Summit Observer",
    "2027-01-08",
    "Shelters full in Ouanaminthe",
    "Volunteers in Ouanaminthe handed out water and bread at the border gate.",
    "Haiti took in 11,500 people expelled by its neighbour last week, according to the International Organization for Migration.",
    "The IOM said a third of them were women.",
)
art(
    "r3-vague",
    "Plainsview Tribune",
    "2027-01-11",
    "An island divided",
    "Relations between the two countries that share Hispaniola have rarely been worse.",
    "The Dominican Republic reportedly sent back 11,500 Haitians in seven days.",
    "Dominican farmers say they cannot find enough workers for the sugar harvest.",
)
art(
    "r3-bare",
    "Harbour Ledger",
    "2027-01-20",
    "Sugar harvest in trouble",
    "Dominican sugar mills are short of cane cutters this season.",
    "Last week's expulsion of 11,500 Haitians by the Dominican Republic has left many farms without workers.",
    "Mill owners have asked the government for temporary work permits.",
)
art(
    "r3-deny",
    "Orchard Chronicle",
    "2027-01-13",
    "Santo Domingo disputes deportation figure",
    "The Dominican government denied that it had deported 11,500 Haitians last week, putting the figure at 4,000.",
    "A spokeswoman said many people had returned to Haiti of their own accord.",
    "She said the border would stay open for trade.",
)
art(
    "r3-december",
    "Southern Dispatch",
    "2027-01-15",
    "December figures published",
    "The Dominican Republic deported 3,200 Haitians in the first week of December, the migration agency said in its monthly report.",
    "The agency said arrests had risen in the border provinces.",
    "It gave no figure for January.",
)
art(
    "r3-suspended",
    "Keystone Wire",
    "2027-01-23",
    "Deportations paused",
    "The Dominican Republic suspended deportations of Haitians on Friday after talks between the two foreign ministers.",
    "The pause will last thirty days.",
    "Haitian officials welcomed the decision.",
)
art(
    "r3-bahamas",
    "Summit Observer",
    "2027-01-17",
    "Bahamas tightens rules",
    "The Bahamas deported 1,150 Haitians last week, the Bahamian immigration department said.",
    "Most had arrived by boat.",
    "The department said patrols would be stepped up.",
)

# R4: the price of subsidised bread raised: named (raise to), relay (a loaf would cost),
# according to (Egyptians will pay), reportedly (number in words, the capital for the
# country), bare background (the price rises to); another doer with another currency,
# another product from the same doer, no denial
art(
    "r4-named",
    "Southern Dispatch",
    "2027-01-09",
    "Bread gets dearer in Egypt",
    "Long queues formed outside state bakeries in Cairo on Saturday.",
    "Egypt will raise the price of subsidised bread to 20 piastres a loaf from February, Supply Minister Sherif Fathy said on Saturday.",
    "Fathy said the subsidy bill had tripled in two years.",
    "About 70 million Egyptians rely on the subsidised loaf.",
)
art(
    "r4-relay",
    "Keystone Wire",
    "2027-01-10",
    "Egypt trims subsidies",
    "Al-Ahram reported, citing the Ministry of Supply, that a subsidised loaf would cost 20 piastres from February.",
    "The IMF has pushed Egypt to cut spending on subsidies.",
    "The pound has lost half its value since 2022.",
)
art(
    "r4-according",
    "Harbour Ledger",
    "2027-01-13",
    "Households feel the squeeze",
    "Egyptian families spend almost half of their income on food.",
    "From February, Egyptians will pay 20 piastres for a subsidised loaf, according to the supply ministry.",
    "Meat prices have risen 40 percent in a year.",
    "Charities say more families are skipping meals.",
)
art(
    "r4-vague",
    "Plainsview Tribune",
    "2027-01-17",
    "Cairo's bread gamble",
    "Bread riots shook Egypt in 1977 when the government last tried a big price rise.",
    "Cairo is reportedly quadrupling the price of subsidised bread to twenty piastres.",
    "Officials say the poorest families will get cash instead.",
)
art(
    "r4-bare",
    "Orchard Chronicle",
    "2027-01-24",
    "Egypt's inflation eases",
    "Egypt's annual inflation rate fell to 24 percent in December, the statistics agency said.",
    "Food prices rose more slowly than in November.",
    "The price of a subsidised loaf rises to 20 piastres in February.",
    "Economists expect inflation to pick up again after that.",
)
art(
    "r4-tunisia",
    "Summit Observer",
    "2027-01-12",
    "Tunisia follows",
    "Tunisia will raise the price of subsidised bread to 250 millimes a loaf from March, Trade Minister Nadia Ben Salem said on Tuesday.",
    "Ben Salem said bakers had been losing money for years.",
    "The powerful UGTT union called the move unacceptable.",
)
art(
    "r4-diesel",
    "Southern Dispatch",
    "2027-01-16",
    "Fuel prices up",
    "Egypt will raise the price of diesel to 15 pounds a litre from February, the petroleum ministry said on Friday.",
    "Taxi drivers said they would have to raise fares.",
    "The ministry said prices would be reviewed again in April.",
)

# R5: a wire story and two edited copies (new headlines; one shortens the dateline and
# drops the last line, the other keeps the dateline, adds a line and drops one)
WIRE = [
    "ULAANBAATAR, Jan 12 (Steppe Wire) - Mongolia opened its first railway line to the Chinese border at Gashuunsukhait on Tuesday, cutting the cost of shipping coal south.",
    "The 230-kilometre line links the Tavan Tolgoi coal field with the border crossing.",
    "Until now, coal has gone to China on thousands of trucks a day.",
    "Mongolia earns most of its export income from coal.",
]
art("r5-orig", "Steppe Wire", "2027-01-12", "Mongolia opens coal railway", *WIRE)
art(
    "r5-copy1",
    "Keystone Wire",
    "2027-01-12",
    "Coal trains roll to China",
    WIRE[0].replace("ULAANBAATAR, Jan 12 (Steppe Wire)", "ULAANBAATAR (Steppe)"),
    *WIRE[1:3],
)
art(
    "r5-copy2",
    "Orchard Chronicle",
    "2027-01-13",
    "A railway for Mongolian coal",
    WIRE[0],
    WIRE[1],
    WIRE[3],
    "A second line to the border at Zamiin-Uud is planned for 2029.",
)

write(__file__)
