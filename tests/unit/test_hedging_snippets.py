"""Invented news sentences and short paragraphs for hedge and booster cues, the way a
careful reader takes them: every cue (as written, in document order) with its
category, and look-alikes that are no cue at all. Everything here was written for
this test; officials, outlets, places and events are fictional. The format is that of
`test_cues_and_categories` and `test_look_alikes_are_not_cues` in test_hedging.py.

Decisions a reader could make either way, written down (as in test_hedging.py):
- a belief verb after its holder ("investigators believe") is an epistemic verb,
  whoever holds the belief; a verb of saying ("analysts say", "the minister
  insisted") is attribution, not hedging;
- a modal in a condition ("could fail if", "Should the talks fail", "might have been
  saved if") is no hedge, nor is one of inability ("could not say");
- "seen by" a newspaper is sight, not the opinion of "is seen as".
"""

import pytest

from presswatch.nlp import hedging
from presswatch.records import BOOSTER


def cues(nlp, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.category) for h in hedging.hedges(nlp(text))]


# written blind by blind9, session 9 (without reading the hedging code or its
# lexicon): all 12 of BATCH_1 passed, 6 of the 10 look-alikes (the four misses are in
# KNOWN_FAILURES)
BATCH_1 = [
    # an adverb, then a belief after its holders
    ("The fire was probably started by a faulty cable, investigators believe.",
     [("probably", "adverb"), ("believe", "epistemic_verb")]),
    # reporting distance, then an adjective of doubt
    ("Rebels allegedly executed 14 prisoners near Kidal, though the claim remains "
     "unconfirmed.",
     [("allegedly", "reporting"), ("unconfirmed", "adjective")]),
    # a modal, and an adjective after attribution (which is no cue)
    ("The central bank may cut rates again in June, and analysts say a further cut "
     "in September is possible.",
     [("may", "modal"), ("possible", "adjective")]),
    # a negated "known"
    ("It is not yet known how many people were on board the ferry.",
     [("known", "adjective")]),
    # an adjective of suspicion, a plural "are thought to"
    ("The suspected smugglers are thought to have crossed the border at night.",
     [("suspected", "adjective"), ("are thought to", "reporting")]),
    # an epistemic verb with a probability adjective
    ("The merger appears likely to be approved by the end of the year.",
     [("appears", "epistemic_verb"), ("likely", "adjective")]),
    # a noun of fear; the modal of its clause is in a condition
    ("There are fears that the dam could fail if the rain continues.",
     [("fears", "epistemic_verb")]),
    # an epistemic verb, "seen by" (sight), a booster
    ("Emails seen by the Harbour Ledger suggest the minister knew about the payments, "
     "and his aide has confirmed that the two men met twice.",
     [("suggest", "epistemic_verb"), ("confirmed", BOOSTER)]),
    # a short paragraph: an adverb of near certainty, then a quoted modal
    ("The ceasefire will almost certainly collapse, one diplomat said. Another "
     "disagreed. “It might hold for a week,” she said.",
     [("almost certainly", "adverb"), ("might", "modal")]),
    # inability is no hedge; "unclear" is
    ("Officials could not say whether the missile was made abroad, and it is unclear "
     "who fired it.",
     [("unclear", "adjective")]),
    # a booster opening the sentence, an adverb after a verb of saying
    ("Without doubt, the outbreak has been brought under control, the health minister "
     "insisted, although new cases will likely appear.",
     [("Without doubt", BOOSTER), ("likely", "adverb")]),
    # an expectation and a modal of possibility
    ("Turnout is expected to be lower than in 2024, and the result could be "
     "contested in court.",
     [("expected", "epistemic_verb"), ("could", "modal")]),
]  # fmt: skip

LOOK_ALIKES_1 = [
    # "May" in a place name
    "Voters in Cape May went to the polls on Tuesday.",
    # sight, not opinion
    "The leaked report was seen by the Harbour Ledger before it was published.",
    # "consider" as deliberate
    "The court will consider the appeal next month.",
    # the noun "suspect", and attribution
    "Police said the suspect had been released without charge.",
    # "suggest" as propose
    "Doctors suggested that patients stay indoors during the heatwave.",
    # "than predicted", as "than expected"
    "Prices rose faster than predicted in March.",
    # conditions
    "Should the talks fail, the union will strike on Monday.",
    "The ship might have been saved if the crew had been warned.",
    # an idiom
    "“We will finish the job, come what may,” the general said.",
    # obligation, and a proof not asserted
    "The prosecutor must prove that the minister knew.",
]

# Cases the rules miss, kept so that a fix shows (strict: a fix must move them out).
KNOWN_FAILURES: dict[str, str] = {}


def _params(prefix, cases):
    for i, case in enumerate(cases):
        id_ = f"{prefix}-{i + 1:02d}"
        marks = (
            [pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[id_])]
            if id_ in KNOWN_FAILURES
            else []
        )
        yield pytest.param(*case if isinstance(case, tuple) else (case,), id=id_,
                           marks=marks)  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), list(_params("h1", BATCH_1)))
def test_cues_and_categories(nlp, text, expected):
    assert cues(nlp, text) == expected


@pytest.mark.parametrize("text", list(_params("l1", LOOK_ALIKES_1)))
def test_look_alikes_are_not_cues(nlp, text):
    assert cues(nlp, text) == []
