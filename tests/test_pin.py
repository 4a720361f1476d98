"""Staff PIN: salted scrypt, constant-time check, lockout that survives restarts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.station import pin
from kiosk.station.pin import PinError, PinGate, hash_pin, is_valid_hash, verify_pin

FAST = 10  # log2 of scrypt's N; the real cost (2**15) is slow on purpose, same format


def test_hash_format_and_verify() -> None:
    h = hash_pin("2468", log2_n=FAST)
    assert h.startswith("scrypt$ln=10,r=8,p=1$") and is_valid_hash(h)
    assert verify_pin("2468", h) and not verify_pin("2469", h)
    assert hash_pin("2468", log2_n=FAST) != h  # salted


def test_known_vector() -> None:
    salt = bytes(range(16))
    h = hash_pin("123456", log2_n=10, salt=salt)
    import base64
    import hashlib

    expected = hashlib.scrypt(b"123456", salt=salt, n=1024, r=8, p=1, dklen=32)
    salt_b64 = "AAECAwQFBgcICQoLDA0ODw=="
    assert h == f"scrypt$ln=10,r=8,p=1${salt_b64}${base64.b64encode(expected).decode()}"


def test_default_cost() -> None:
    assert hash_pin("1234").startswith("scrypt$ln=15,r=8,p=1$")


@pytest.mark.parametrize("bad", ["", "123", "abcd", "1234567890123", "١٢٣٤"])
def test_new_pin_rules(bad: str) -> None:
    with pytest.raises(PinError, match="4 to 12 digits"):
        hash_pin(bad, log2_n=FAST)


@pytest.mark.parametrize("stored", [
    "", "plain", "scrypt$ln=30,r=8,p=1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==",
    "scrypt$ln=20,r=32,p=1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==",
    "scrypt$ln=10,r=8,p=1$!!!!$AAAAAAAAAAAAAAAAAAAAAA==",
])
def test_hostile_hashes_never_verify(stored: str) -> None:
    assert not is_valid_hash(stored)
    assert not verify_pin("1234", stored)


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def test_lockout_grows_and_persists(tmp_path: Path) -> None:
    clock = Clock()
    state = tmp_path / "pin.json"
    gate = PinGate(hash_pin("2468", log2_n=FAST), state, clock)
    for _ in range(pin.FREE_TRIES - 1):
        assert gate.attempt("0000") == pin.PinResult(False, 0.0, "Wrong PIN.")
    r = gate.attempt("0000")
    assert not r.ok and r.wait_seconds == 30 and "30 seconds" in r.message
    # even the right PIN waits out the lock
    assert not gate.attempt("2468").ok
    # a restart (new gate, same state file) keeps the lock
    gate = PinGate(gate.stored_hash, state, clock)
    assert gate.wait_seconds() == 30
    clock.t += 30
    r = gate.attempt("1111")
    assert r.wait_seconds == 60
    clock.t += 60
    assert gate.attempt("2468").ok
    assert gate.wait_seconds() == 0
    for _ in range(pin.FREE_TRIES):
        gate.attempt("0000")
    assert gate.wait_seconds() == 30  # success reset the count


def test_lockout_is_capped_and_clock_jumps_back(tmp_path: Path) -> None:
    clock = Clock()
    gate = PinGate(hash_pin("2468", log2_n=FAST), tmp_path / "s.json", clock)
    for _ in range(30):
        clock.t += gate.wait_seconds()
        gate.attempt("0000")
    assert gate.wait_seconds() == pin.MAX_DELAY_S
    clock.t -= 365 * 86400  # the clock was wrong, then NTP or staff fixed it backwards
    assert gate.wait_seconds() == pin.MAX_DELAY_S


def test_damaged_state_and_no_pin(tmp_path: Path) -> None:
    state = tmp_path / "s.json"
    state.write_bytes(b"\xff[[[")
    gate = PinGate(hash_pin("2468", log2_n=FAST), state, Clock())
    assert gate.wait_seconds() == 0 and gate.attempt("2468").ok
    open_gate = PinGate("", state, Clock())
    assert not open_gate.pin_set and open_gate.attempt("anything").ok
