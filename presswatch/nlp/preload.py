"""Imported once by the forkserver that parsing workers are forked from
(`workers.ProcessPool`): loads the default pipeline, the gazetteer and the rule tables
there, so that each worker forked from it starts with them in memory (shared, copy on
write) instead of loading its own. On two workers that is one load of about 1 CPU-s
(model 0.65 s, GeoNames' cities 0.3 s, the rule tables) instead of two, in the
forkserver while the ingest process reads its first articles.

Importing this module anywhere else does the same loading in that process; a failure
here is left for the workers to report (each loads what is missing itself).
"""

from __future__ import annotations

import gc

from presswatch.nlp import gazetteer, pipeline, workers

# An invented text that reaches the lazily loaded tables: aliases, reporting verbs,
# hedge cues, claims' synonyms.
_WARM_UP = (
    "WASHINGTON (Reuters) - The Foreign Ministry of France said on Monday it may "
    'meet United Nations officials in Paris. "We will see," a spokeswoman told '
    "reporters, according to a statement."
)

try:
    workers.analyse_texts(pipeline.load(), [_WARM_UP])
    gazetteer.cities()
    gazetteer.capitals()
    gazetteer.countries()
except Exception:  # noqa: BLE001, S110 - each worker loads it again and reports
    pass
# what is loaded lives as long as the forkserver: the cycle collector of every worker
# forked from it need not walk it (and copy its pages) again
gc.freeze()
