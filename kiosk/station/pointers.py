"""``current`` and ``previous``: tiny JSON files naming an installed package.

A pointer is replaced whole (temp file, fsync, rename, fsync folder), so after
a crash it names either the old package or the new one, never half of each.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.station.fsops import FileOps, replace_file

_SHA = re.compile(r"[0-9a-f]{64}")
MAX_POINTER = 64 * 1024


@dataclass(frozen=True, slots=True)
class Pointer:
    sha256: str
    uid: str
    version: str
    signer: str  # key id in hex, or "unsigned"
    installed_at: str  # ISO 8601, UTC
    trusted_comment: str = ""

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1).encode() + b"\n"

    @classmethod
    def from_json(cls, raw: bytes) -> Pointer | None:
        """None for anything that is not a whole, well-formed pointer."""
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            return None
        if not isinstance(data, dict):
            return None
        fields = ("sha256", "uid", "version", "signer", "installed_at", "trusted_comment")
        values = {k: data.get(k, "") for k in fields}
        if not all(isinstance(v, str) for v in values.values()):
            return None
        if not _SHA.fullmatch(values["sha256"]):
            return None
        return cls(**values)

    @property
    def file_name(self) -> str:
        return f"{self.sha256}.exhibit"


def read_pointer(path: Path) -> Pointer | None:
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_POINTER)
    except OSError:
        return None
    return Pointer.from_json(raw)


def write_pointer(ops: FileOps, path: Path, pointer: Pointer | None) -> None:
    """Atomically replace ``path`` with ``pointer`` (or remove it for None)."""
    if pointer is None:
        ops.unlink(path)
        ops.fsync_dir(path.parent)
        return
    replace_file(ops, path, pointer.to_json())
