"""The staff PIN: a salted scrypt hash in the config, and a lockout that grows.

Hash format (one line, safe in TOML)::

    scrypt$ln=15,r=8,p=1$<salt, base64>$<hash, base64>

Wrong PINs: the first :data:`FREE_TRIES` cost nothing, then each one locks
the panel for twice as long as the last (30 s, 1 min, 2 min … 15 min). The
count survives restarts, so pulling the plug does not reset it.

``verify`` takes ~0.1 s of CPU on purpose: call it off the GUI thread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.station.config import Config

LOG2_N = 15
R = 8
P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MAX_MEMORY = 256 * 1024 * 1024
FREE_TRIES = 3
FIRST_DELAY_S = 30.0
MAX_DELAY_S = 15 * 60.0
MIN_DIGITS, MAX_DIGITS = 4, 12
#: Lockout state, in the kiosk's data folder.
STATE_FILE = "pin-state.json"
_FORMAT = re.compile(r"scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/=]{4,64})"
                     r"\$([A-Za-z0-9+/=]{4,128})")


class PinError(ValueError):
    """A PIN that cannot be used; the message says what is wanted."""


def check_new_pin(pin: str) -> str:
    pin = pin.strip()
    if not pin.isdigit() or not pin.isascii() or not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"The PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits (0-9), so it can "
                       "be typed on the kiosk's keypad.")
    return pin


def hash_pin(pin: str, *, log2_n: int = LOG2_N, r: int = R, p: int = P,
             salt: bytes | None = None) -> str:
    pin = check_new_pin(pin)
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = _scrypt(pin, salt, log2_n, r, p)
    return (f"scrypt$ln={log2_n},r={r},p={p}$"
            f"{base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}")


def _scrypt(pin: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=1 << log2_n, r=r, p=p,
                          maxmem=MAX_MEMORY, dklen=HASH_BYTES)


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    m = _FORMAT.fullmatch(stored.strip())
    if m is None:
        return None
    log2_n, r, p = int(m[1]), int(m[2]), int(m[3])
    # bounds keep a hostile config from asking for gigabytes or hours of work
    if not (10 <= log2_n <= 20 and 1 <= r <= 32 and 1 <= p <= 4):
        return None
    if 128 * r * (1 << log2_n) * 2 > MAX_MEMORY:
        return None
    try:
        salt = base64.b64decode(m[4], validate=True)
        digest = base64.b64decode(m[5], validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(salt) < 8 or len(digest) < 16:
        return None
    return log2_n, r, p, salt, digest


def is_valid_hash(stored: str) -> bool:
    return _parse(stored) is not None


def verify_pin(pin: str, stored: str) -> bool:
    parsed = _parse(stored)
    if parsed is None:
        return False
    log2_n, r, p, salt, digest = parsed
    candidate = hashlib.scrypt(pin.strip().encode(), salt=salt, n=1 << log2_n, r=r, p=p,
                               maxmem=MAX_MEMORY, dklen=len(digest))
    return hmac.compare_digest(candidate, digest)


@dataclass(frozen=True, slots=True)
class PinResult:
    ok: bool
    #: Seconds before the next attempt is accepted (0 when it may be tried now).
    wait_seconds: float
    message: str


class PinGate:
    """Checks PINs for the staff panel, with lockout state kept in ``state_file``.

    Not thread-safe: call from one worker thread.
    """

    def __init__(self, stored_hash: str, state_file: Path,
                 clock: Callable[[], float] = time.time) -> None:
        self.stored_hash = stored_hash
        self.state_file = Path(state_file)
        self.clock = clock

    @classmethod
    def from_config(cls, config: Config, clock: Callable[[], float] = time.time) -> PinGate:
        return cls(config.staff_pin_hash, config.data_dir / STATE_FILE, clock)

    @property
    def pin_set(self) -> bool:
        return is_valid_hash(self.stored_hash)

    def wait_seconds(self) -> float:
        _failures, locked_until = self._load()
        return max(0.0, locked_until - self.clock())

    def attempt(self, pin: str) -> PinResult:
        if not self.pin_set:
            return PinResult(True, 0.0, "No staff PIN is set; set one with `kiosk set-pin`.")
        failures, locked_until = self._load()
        now = self.clock()
        if locked_until > now:
            return PinResult(False, locked_until - now, _locked(locked_until - now))
        if verify_pin(pin, self.stored_hash):
            self._save(0, 0.0)
            return PinResult(True, 0.0, "")
        failures += 1
        delay = lockout_delay(failures)
        self._save(failures, now + delay)
        if delay:
            return PinResult(False, delay, "Wrong PIN. " + _locked(delay))
        return PinResult(False, 0.0, "Wrong PIN.")

    def _load(self) -> tuple[int, float]:
        try:
            data = json.loads(self.state_file.read_bytes()[:4096])
            failures = int(data["failures"])
            locked_until = float(data["locked_until"])
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return 0, 0.0
        failures = max(0, min(failures, 1000))
        # A clock that jumped back must not turn 15 minutes into a year.
        locked_until = min(locked_until, self.clock() + MAX_DELAY_S)
        return failures, locked_until

    def _save(self, failures: int, locked_until: float) -> None:
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_name(f".{self.state_file.name}.tmp")
        tmp.write_text(json.dumps({"failures": failures, "locked_until": locked_until}))
        os.replace(tmp, self.state_file)


def lockout_delay(failures: int) -> float:
    if failures < FREE_TRIES:
        return 0.0
    return min(FIRST_DELAY_S * 2 ** min(failures - FREE_TRIES, 20), MAX_DELAY_S)


def _locked(seconds: float) -> str:
    s = int(seconds + 0.999)
    shown = f"{s} seconds" if s < 120 else f"{(s + 59) // 60} minutes"
    return f"Too many wrong PINs: try again in {shown}."


def set_pin_in_config(config_file: Path, pin_hash: str) -> None:
    """Write ``staff_pin_hash`` into the TOML file, keeping everything else as it was."""
    try:
        text = config_file.read_text(encoding="utf-8")
        mode = config_file.stat().st_mode & 0o777
    except FileNotFoundError:
        text, mode = "", 0o644
    line = f'staff_pin_hash = "{pin_hash}"'
    lines = text.splitlines()
    pattern = re.compile(r"\s*staff_pin_hash\s*=")
    first_table = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("[")),
                       len(lines))
    for i, existing in enumerate(lines[:first_table]):
        if pattern.match(existing):
            lines[i] = line
            break
    else:
        lines.insert(first_table, line)
    config_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = config_file.with_name(f".{config_file.name}.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.chmod(tmp, mode)  # the kiosk's own user must still be able to read it
    os.replace(tmp, config_file)
