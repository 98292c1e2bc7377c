"""Cabinet titles named by their department: "Secretary of Homeland Security Chad Wolf".

A "Secretary of ..." title runs over the department's capitalised name ("Secretary of Health and Human
Services", "Secretary of the Treasury"), which no title list knows word by word: the title walk of the
actors stage stops at it, and the person after it got no country or sector. :func:`find_secretary_start`
lets the walk take the whole title. Such a title is a government office (GOV); with no country word that owns
it, a department that is one of the United States' executive departments (``us_departments`` of
``roles.yaml``: "Homeland Security", "the Treasury", "Veterans Affairs") names the United States, whose
cabinet members are styled so; "Secretary of State" (also a US state office, and the Vatican's) and other
departments give no country.

The same title may put the department first ("Homeland Security Secretary Chad Wolf"):
:func:`find_department_before` takes the department's words into the title. Styled so, only a department no
other government names so (``us_prefix_departments``: not "Education Secretary", also a British and a
Philippine office) names the United States.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dotterel.knowledge.wordlists import load_role_words

SECRETARY_WORDS = frozenset({"secretary"})
DEPARTMENT_LINKS = frozenset({"of"})
INNER_WORDS = frozenset({"and", "the", "of", "for"})
MAX_PREFIX = 4  # words of a department name before "Secretary"
MAX_DEPARTMENT = 7  # words from "Secretary" to the department name's last word
DEPARTMENT_COUNTRY = "USA"


def find_secretary_start(
    texts: Sequence[str], j: int, sent_start: int, is_named: Callable[[int], bool]
) -> int | None:
    """Return where "Secretary of" starts when ``texts[j]`` ends a department name after it, else None.

    "Acting Secretary of Homeland Security [Chad Wolf]": from "Security", the index of "Secretary". A word
    ``is_named`` (an alias hit: "Secretary of State Mike Pompeo and [Polish ...]") ends the walk.
    """
    if not texts[j][:1].isupper():
        return None
    for k in range(j, max(sent_start, j - MAX_DEPARTMENT) - 1, -1):
        word = texts[k].lower()
        if word in SECRETARY_WORDS and k < j and texts[k + 1].lower() in DEPARTMENT_LINKS:
            return k
        if is_named(k) or not (texts[k][:1].isupper() or word in INNER_WORDS):
            return None
    return None


def find_department_before(texts: Sequence[str], j: int, title_start: int, sent_start: int) -> int | None:
    """Return where a department name ending at ``texts[j]`` starts when "Secretary" follows it and starts
    the title walked so far: "[Homeland Security] Secretary Chad Wolf" gives the index of "Homeland"."""
    if j + 1 != title_start or texts[title_start].lower() not in SECRETARY_WORDS:
        return None
    departments = load_role_words()["us_departments"]
    for k in range(max(sent_start, j - MAX_PREFIX + 1), j + 1):
        words = texts[k : j + 1]
        named = all(w[:1].isupper() or w.lower() in INNER_WORDS for w in words) and words[0][:1].isupper()
        if named and " ".join(words).lower() in departments:
            return k
    return None


def find_department_country(texts: Sequence[str], start: int, name_start: int) -> str | None:
    """The country a "Secretary of <department>" title over ``texts[start:name_start]`` names, or None;
    "<department> Secretary" names it only for a department in ``us_prefix_departments``."""
    for k in range(start + 1, name_start):
        if texts[k].lower() in SECRETARY_WORDS and texts[k - 1][:1].isupper():
            department = " ".join(texts[start:k]).lower()
            if department in load_role_words()["us_prefix_departments"]:
                return DEPARTMENT_COUNTRY
    for k in range(start, name_start - 2):
        if texts[k].lower() in SECRETARY_WORDS and texts[k + 1].lower() in DEPARTMENT_LINKS:
            department = " ".join(texts[k + 2 : name_start]).lower().removeprefix("the ")
            return DEPARTMENT_COUNTRY if department in load_role_words()["us_departments"] else None
    return None
