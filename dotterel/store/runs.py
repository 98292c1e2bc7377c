"""What produced what: one ``runs`` row per write, with the coder version and a knowledge fingerprint.

The fingerprint is the sha1 over the knowledge files that ship with dotterel and the user's actor and lexicon
files (names and bytes), so two runs with the same fingerprint coded with the same tables.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dotterel.settings import Settings

KNOWLEDGE_SUFFIXES = (".yaml", ".tsv")


def to_knowledge_fingerprint(extra_files: tuple[Path, ...] = ()) -> str:
    """Return the sha1 (16 hex digits) of the packaged knowledge files and ``extra_files``.

    A missing extra file counts by its name only (the coder would have failed on it anyway).
    """
    digest = hashlib.sha1()
    folder = resources.files("dotterel").joinpath("knowledge")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(KNOWLEDGE_SUFFIXES)), key=lambda f: f.name)
    for file in files:
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    for path in extra_files:
        digest.update(str(path).encode() + b"\0")
        if Path(path).is_file():
            digest.update(Path(path).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class RunInfo:
    """How a batch of articles was coded: the command, the stages, the knowledge, the settings."""

    command: str = "code"
    dotterel_version: str = ""
    stages: tuple[str, ...] = ()
    knowledge_fingerprint: str = ""
    settings: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_settings(
        cls, settings: Settings | None = None, command: str = "code", stages: tuple[str, ...] = ()
    ) -> RunInfo:
        """Describe a run with ``settings`` (the defaults when None) and the installed dotterel."""
        from dotterel import __version__
        from dotterel.settings import Settings

        settings = settings or Settings()
        values = {f.name: _to_json_value(getattr(settings, f.name)) for f in dataclasses.fields(settings)}
        extra = tuple(settings.actor_files) + tuple(settings.lexicon_files)
        return cls(command, __version__, stages, to_knowledge_fingerprint(extra), values)

    def to_row(self, run_id: str) -> dict[str, Any]:
        """Return the ``runs`` row (without times and counts)."""
        return {
            "run_id": run_id,
            "command": self.command,
            "dotterel_version": self.dotterel_version,
            "stages": json.dumps(list(self.stages)),
            "knowledge_fingerprint": self.knowledge_fingerprint,
            "settings": json.dumps(self.settings, sort_keys=True),
        }


def to_run_id() -> str:
    """Return a new run id (16 random hex digits)."""
    return uuid.uuid4().hex[:16]


def _to_json_value(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return [_to_json_value(v) for v in value]
    return value
