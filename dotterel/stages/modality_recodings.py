"""The recodings of the modality stage: what a promised, declined, demanded or alleged action becomes.

A promised attack is the speaker's THREATEN, a declined cooperative act a REJECT, a promised cooperative act
an AGREE (03x), an obligation stated by the other side its REQUEST, a possible attack reported by the other
side its ACCUSE. :class:`ModalityRecoder` builds these events; :mod:`dotterel.stages.modality` decides when.
"""

from __future__ import annotations

from dataclasses import replace

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.lexicon import Lexicon
from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Actor, Article, Event, Mention
from dotterel.stages.doc_tables import to_mention_index
from dotterel.stages.modality_retypes import retype_events
from dotterel.stages.prospects import is_other_side
from dotterel.stages.reported_doers import PRESS_SECTOR

DEFAULT_THREAT_CAMEO = "138"
ALLEGATION_CAMEO = "112"
THREAT_RULE = "modality.threat.v1"
ALLEGATION_RULE = "modality.allegation.v1"
REFUSAL_CAMEO = "120"
REFUSAL_RULE = "modality.refusal.v1"
INTENT_RULE = "modality.intent.v1"
DEMAND_CAMEO = "100"
DEMAND_RULE = "modality.demand.v1"
PERSON_PREFIX = "person:"  # the actor-book key of a person


class ModalityRecoder:
    """Build the event a promised, declined, demanded or alleged action is recoded to."""

    def __init__(self, words: ModalityWords, lexicon: Lexicon, codebook: Codebook) -> None:
        self.words = words
        self.lexicon = lexicon
        self.codebook = codebook
        self.intent_codes = dict(pair.split(":", 1) for pair in words.intent_codes)

    def retype(self, article: Article, events: list[Event]) -> list[Event]:
        """The events with their construction's type, mode and doers (:mod:`.modality_retypes`)."""
        index = to_mention_index(article.doc, article.mentions)  # cached for the article
        return retype_events(article, events, index, self.words, self.codebook)

    def to_refusal(self, event: Event) -> Event:
        """The refusal of a cooperative act is a REJECT event between the same actors."""
        return replace(
            event,
            action=self.codebook.to_action(REFUSAL_CAMEO),
            modality="asserted",
            rule=f"{REFUSAL_RULE}+{event.rule}",
        )

    def to_intent(self, event: Event, modality: str, speaker: Mention | None) -> Event:
        """A promised cooperative action is the promise: AGREE with the matching 03x code."""
        source, spans = event.source, dict(event.evidence.spans)
        if speaker is not None and speaks_for(speaker, source):
            source, spans["source"] = speaker.actor, speaker.span
        return replace(
            event,
            action=self.codebook.to_action(self.intent_codes[event.action.cameo[:2]]),
            source=source,
            modality="asserted" if modality == "threatened" else modality,
            rule=f"{INTENT_RULE}+{event.rule}",
            evidence=replace(event.evidence, spans=spans),
        )

    def to_demand(self, event: Event, speaker: Mention) -> Event | None:
        """ "X said Y must do Z": X demands of Y (REQUEST), unless X speaks of its own side."""
        words = self.words
        if event.source is None or not is_other_side(
            event.source, speaker.actor, words.state_sectors, words.dissident_sectors
        ):
            return None
        return self._to_speaker_act(event, speaker, DEMAND_CAMEO, DEMAND_RULE)

    def _to_speaker_act(self, event: Event, speaker: Mention, cameo: str, rule: str) -> Event:
        """The speaker does ``cameo`` to the event's actor: a demand of it, an allegation against it."""
        spans = dict(event.evidence.spans)
        spans["target"], spans["source"] = spans.get("source", event.trigger), speaker.span
        return replace(
            event,
            action=self.codebook.to_action(cameo),
            source=speaker.actor,
            target=event.source,
            modality="asserted",
            rule=f"{rule}+{event.rule}",
            evidence=replace(event.evidence, spans=spans),
        )

    def to_threat(self, article: Article, event: Event, modality: str, speaker: Mention | None) -> Event:
        """A promised or conditional attack is a THREATEN event (the pattern's threat code, else 138), made by
        the speaker when the speaker stands for the acting state."""
        pattern = self.lexicon.resolve_pattern(event.rule)
        cameo = (pattern.threat_cameo if pattern and pattern.threat_cameo else None) or DEFAULT_THREAT_CAMEO
        source, spans = event.source, dict(event.evidence.spans)
        if speaker is not None and speaks_for(speaker, source):
            source = speaker.actor
            spans["source"] = speaker.span
        target = event.target or self.resolve_context_target(article, event, source, spans)
        return replace(
            event,
            action=self.codebook.to_action(cameo),
            source=source,
            target=target,
            modality=modality,
            rule=f"{THREAT_RULE}+{event.rule}",
            evidence=replace(event.evidence, spans=spans),
        )

    def resolve_context_target(
        self, article: Article, event: Event, source: Actor | None, spans: dict
    ) -> Actor | None:
        """The first actor of another country named in the same sentence (a threat's addressee)."""
        own = source.country if source else None
        for mention in article.mentions:
            inside = event.evidence.start <= mention.span.start < event.evidence.end
            foreign = mention.kind == "name" and mention.actor.country not in {None, own}
            if inside and foreign and not mention.rule.startswith("actors.modifier"):
                spans["target"] = mention.span
                return mention.actor
        return None

    def to_allegation(self, event: Event, speaker: Mention) -> Event | None:
        """ "X said Y may be planning attacks": X alleges Y (ACCUSE), unless Y is of X's own side."""
        if event.source is None or event.source.country in {None, speaker.actor.country}:
            return None
        return self._to_speaker_act(event, speaker, ALLEGATION_CAMEO, ALLEGATION_RULE)


def speaks_for(speaker: Mention, source: Actor | None) -> bool:
    """True when the speaker stands for the acting side: of its country, or the act has no doer of its own.
    Never the press ("KCNA confirms Kim will visit Russia" is Kim's promise, the agency only reports it), nor
    over another named person ("X announces that Pope Francis will visit Iraq" is the Pope's)."""
    if (speaker.actor.sector or "").upper() == PRESS_SECTOR:
        return False
    if source is not None and (source.actor_id or "").startswith(PERSON_PREFIX):
        return source.actor_id == speaker.actor.actor_id
    return source is None or source.country == speaker.actor.country
