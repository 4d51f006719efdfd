"""Record and replay raw chat completions, so evaluations run offline and deterministically.

A recording is keyed by everything that shapes an answer: model id, endpoint, prompt version,
schema hash, structured-output mode, sampling parameters and the exact messages sent. The store
sits at the transport layer, so a whole conversation (validation and grounding re-asks
included) replays request by request. One JSON file per request keeps recordings reviewable.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from summarize.errors import InputError, ReplayMissError

MISS_MESSAGE = "no recording for this request (prompt, schema, model or article changed?)"


@dataclass(frozen=True)
class RequestIdentity:
    """Everything besides the messages that shapes a model's answer."""

    model: str
    endpoint: str
    prompt_version: str
    schema_hash: str
    mode: str
    temperature: float
    max_tokens: int


@dataclass(frozen=True)
class Recording:
    key: str
    recorded_at: str
    model: str
    completion: dict[str, Any]


def _jsonable(value: object) -> object:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True)
    raise TypeError(f"cannot record a {type(value).__name__}")


def canonical_json(value: object) -> str:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_jsonable
    )


def request_key(identity: RequestIdentity, messages: object) -> str:
    """sha256 of the canonical JSON of the identity and the messages."""
    payload = canonical_json({"identity": asdict(identity), "messages": messages})
    return hashlib.sha256(payload.encode()).hexdigest()


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class ResponseStore:
    """A directory of `<key>.json` files, one per recorded request."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path_for(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def require_directory(self) -> None:
        if not self.directory.is_dir():
            raise InputError(f"replay directory not found: {self.directory}")

    def load(self, key: str) -> Recording | None:
        path = self.path_for(key)
        if not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return Recording(
                key=key,
                recorded_at=str(data["recorded_at"]),
                model=str(data["model"]),
                completion=dict(data["completion"]),
            )
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise InputError(f"unreadable recording {path}: {error}") from None

    def save(self, key: str, identity: RequestIdentity, completion: dict[str, Any]) -> Recording:
        recording = Recording(
            key=key,
            recorded_at=utc_now(),
            model=str(completion.get("model") or identity.model),
            completion=completion,
        )
        document = {
            "key": key,
            "recorded_at": recording.recorded_at,
            "model": recording.model,
            "identity": asdict(identity),
            "completion": completion,
        }
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.path_for(key)
        temporary = path.with_name(f"{key}.{os.getpid()}.{threading.get_ident()}.tmp")
        temporary.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        temporary.replace(path)  # atomic: a crash never leaves half a recording
        return recording

    def require(self, key: str, identity: RequestIdentity | None = None) -> Recording:
        recording = self.load(key)
        if recording is None:
            message = f"{MISS_MESSAGE}: {self.directory} has no {key[:16]}..."
            if identity is not None:
                message += f"; it {explain_miss(self.directory, identity)}"
            raise ReplayMissError(message)
        return recording


# --- what a replay folder says about itself --------------------------------------------------

REPLAY_FLAGS_FILE = "replay-flags"
# The flags a replay-flags file may set, and the option each sets.
REPLAY_FLAGS = {
    "--backend": "backend",
    "--model": "model",
    "--base-url": "base_url",
    "--model-path": "model_path",
    "--max-tokens": "max_tokens",
    "--timeout": "timeout",
}
# Which part of the key each identity field is, as a miss reports it.
IDENTITY_PARTS = {
    "model": "model",
    "endpoint": "endpoint",
    "prompt_version": "prompt version",
    "schema_hash": "schema hash",
    "mode": "mode",
    "temperature": "parameters",
    "max_tokens": "parameters",
}


def read_replay_flags(directory: Path) -> dict[str, str]:
    """The flags a recording folder's `replay-flags` file holds (flag -> value), e.g.
    `--base-url http://127.0.0.1:8765/v1 --model reference-answers`; {} without the file.
    Every flag there takes a value; the model flags (REPLAY_FLAGS) rebuild the request key,
    others (such as eval's --only-ids-in) are for the command that reads them."""
    import shlex

    path = directory / REPLAY_FLAGS_FILE
    if not path.is_file():
        return {}
    try:
        words = shlex.split(path.read_text(encoding="utf-8"), comments=True)
    except (OSError, ValueError) as error:
        raise InputError(f"unreadable {path}: {error}") from None
    found: dict[str, str] = {}
    index = 0
    while index < len(words):
        flag, equals, value = words[index].partition("=")
        if not flag.startswith("--"):
            raise InputError(f"{path}: expected a --flag, found {flag!r}")
        if not equals:
            index += 1
            if index >= len(words):
                raise InputError(f"{path}: {flag} needs a value")
            value = words[index]
        found[flag] = value
        index += 1
    return found


def recorded_identities(directory: Path) -> list[dict[str, Any]]:
    """The request identities stored in a folder's recordings (unreadable files skipped)."""
    found = []
    for path in sorted(directory.glob("*.json")):
        try:
            identity = json.loads(path.read_text(encoding="utf-8")).get("identity")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(identity, dict):
            found.append(identity)
    return found


def explain_miss(directory: Path, identity: RequestIdentity) -> str:
    """Which part of the key differs from the nearest recording in `directory`."""
    asked = asdict(identity)
    recorded = recorded_identities(directory)
    if not recorded:
        return "holds no recordings at all"
    if asked in recorded:
        return (
            "has recordings with the same model, endpoint, prompt version, schema hash, mode and "
            "parameters, so the messages differ (the article text, or an earlier answer in the "
            "conversation)"
        )

    def differences(other: dict[str, Any]) -> list[str]:
        return [name for name in IDENTITY_PARTS if other.get(name) != asked[name]]

    nearest = min(recorded, key=lambda other: len(differences(other)))
    details = [
        f"{IDENTITY_PARTS[name]} ({name}: recorded {nearest.get(name)!r}, asked {asked[name]!r})"
        for name in differences(nearest)
    ]
    return "differs from its nearest recording in " + "; ".join(details)


def completion_from_recording(recording: Recording) -> Any:
    """Rebuild the openai `ChatCompletion` a recording holds."""
    from openai.types.chat import ChatCompletion

    try:
        return ChatCompletion.model_validate(recording.completion)
    except ValidationError as error:
        raise InputError(
            f"recording {recording.key[:16]} is not a chat completion: {error}"
        ) from None
