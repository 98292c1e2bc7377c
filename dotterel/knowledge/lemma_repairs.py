"""The verb forms whose lemma the pipeline repairs (``lemma_repairs.yaml``), read and validated once."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml

PACKAGED_LEMMA_REPAIRS = "lemma_repairs.yaml"


@lru_cache(maxsize=1)
def load_verb_form_lemmas() -> dict[str, str]:
    """Return the lower-case verb form -> lemma table of ``lemma_repairs.yaml`` ("raped" -> "rape").

    Raises:
        ValueError: the file's ``verb_form_lemmas`` is not a mapping of lower-case words to words.
    """
    data = yaml.safe_load((files("dotterel.knowledge") / PACKAGED_LEMMA_REPAIRS).read_text(encoding="utf-8"))
    table = data.get("verb_form_lemmas") if isinstance(data, dict) else None
    pairs = table.items() if isinstance(table, dict) else ()
    if not pairs or not all(isinstance(f, str) and isinstance(v, str) and f == f.lower() for f, v in pairs):
        raise ValueError(f"{PACKAGED_LEMMA_REPAIRS}: verb_form_lemmas must map lower-case forms to lemmas")
    return {str(form): str(lemma) for form, lemma in pairs}
