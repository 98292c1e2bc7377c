"""Stage names to factories. Plugins add stages through the ``dotterel.stages`` entry-point group.

A factory takes the loaded :class:`~dotterel.knowledge.Knowledge` and the spaCy pipeline and returns a stage.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any

from dotterel.errors import ConfigError
from dotterel.knowledge import Knowledge, load_knowledge
from dotterel.stages import DEFAULT_STAGES
from dotterel.stages.base import Stage

if TYPE_CHECKING:
    from dotterel.settings import Settings

StageFactory = Callable[[Knowledge, Any], Stage]


def _nlp(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.nlp import NlpStage

    return NlpStage(nlp)


def _actors(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.actors import ActorsStage

    return ActorsStage(knowledge.actor_book, knowledge.role_words, gazetteer=knowledge.gazetteer)


def _events(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.events import EventsStage

    return EventsStage(knowledge.lexicon, knowledge.codebook, knowledge.hazards, knowledge.role_words)


def _discards(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.discards import DiscardsStage

    return DiscardsStage(knowledge.discards)


def _modality(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.modality import ModalityStage

    return ModalityStage(knowledge.modality, knowledge.lexicon, knowledge.codebook)


def _dates(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.dates import DatesStage

    return DatesStage(actor_book=knowledge.actor_book)


def _places(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.knowledge.small_towns import load_small_town_table
    from dotterel.stages.places import PlacesStage

    return PlacesStage(knowledge.gazetteer, load_small_town_table())


def _casualties(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.casualties import CasualtiesStage

    return CasualtiesStage()


def _attribution(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.attribution import AttributionStage

    return AttributionStage(knowledge.role_words)


def _locals(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.locals import LocalsStage

    return LocalsStage(knowledge.role_words)


def _merge(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.merge import MergeStage

    return MergeStage(knowledge.role_words)


def _informative(knowledge: Knowledge, nlp: Any) -> Stage:
    from dotterel.stages.informative import InformativeStage

    return InformativeStage(knowledge.role_words, knowledge.lexicon.happening_verbs)


BUILTIN_STAGES: dict[str, StageFactory] = {
    "nlp": _nlp,
    "actors": _actors,
    "events": _events,
    "discards": _discards,
    "modality": _modality,
    "dates": _dates,
    "places": _places,
    "casualties": _casualties,
    "attribution": _attribution,
    "locals": _locals,
    "merge": _merge,
    "informative": _informative,
}


def find_stage_factories() -> dict[str, StageFactory]:
    """Return the built-in stage factories plus those plugins register under ``dotterel.stages``."""
    factories = dict(BUILTIN_STAGES)
    for point in entry_points(group="dotterel.stages"):
        factories[point.name] = point.load()
    return factories


def build_stages(settings: Settings, names: tuple[str, ...] = DEFAULT_STAGES) -> list[Stage]:
    """Load knowledge and the spaCy pipeline once and build the named stages in order."""
    from dotterel.stages.nlp import load_spacy_pipeline

    factories = find_stage_factories()
    unknown = [name for name in names if name not in factories]
    if unknown:
        raise ConfigError(f"unknown stage(s): {', '.join(unknown)}; known: {', '.join(sorted(factories))}")
    knowledge = load_knowledge(settings.actor_files, settings.lexicon_files, settings.lexicon_replace)
    nlp = load_spacy_pipeline(settings.model)
    return [factories[name](knowledge, nlp) for name in names]
