"""Title lines: a sentence that names a topic and reports nothing ("Withdrawal of U.S. troops from Iraq
(2020)", "Timeline of investigations into Donald Trump and Russia (2019)", "Second Libyan Civil War, Central
Libya offensive (2020)").

Such a line is a heading over the reports, not one of them: it has no finite verb (nothing is said to happen)
and ends in a year in brackets, the way a topic is dated. Its event nouns ("withdrawal", "offensive",
"investigations") name the topic; the reports under it code the acts. A headline-style report keeps its
events: "Thirty killed in Kabul blast" ends in no bracketed year, and "Iran (2020) ... says" has a verb.
"""

from __future__ import annotations

import re
from typing import Any

# A finite verb or a modal: what a report has and a topic label lacks.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
BRACKETED_YEAR = re.compile(r"\((?:1[89]|20)\d\d\)\W*$")


def is_title_line(tokens: Any) -> bool:
    """True when the sentence (a spaCy ``Span``) ends in a bracketed year and has no finite verb."""
    if not BRACKETED_YEAR.search(str(tokens.text)):
        return False
    return not any(token.tag_ in FINITE_TAGS for token in tokens)
