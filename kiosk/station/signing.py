"""Minisign-compatible Ed25519 signatures for exhibition packages.

Files written here are read by the ``minisign`` tool and vice versa (see
https://jedisct1.github.io/minisign/). Only the prehashed ``ED`` algorithm is
accepted: a package can be gigabytes, and the legacy ``Ed`` form would need the
whole file in memory.

The secret key is stored *unencrypted* (kdf algorithm ``"\\0\\0"``, the form
``minisign -G -W`` writes): kiosk signing runs unattended in build pipelines,
and the file's 0600 permissions are its protection. minisign's own encrypted
keys (``Sc``) are refused with a message saying how to re-save them.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import nacl.exceptions
import nacl.signing

from kiosk.station.fsops import read_small_file

SIG_PREHASHED = b"ED"
SIG_LEGACY = b"Ed"
KDF_NONE = b"\0\0"
KDF_SCRYPT = b"Sc"
CHK_BLAKE2 = b"B2"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "
#: minisign's own limit on the trusted comment.
TRUSTED_COMMENT_MAX = 8192
#: A signature file is four short lines; anything bigger is not one.
MAX_SIG_FILE = 16 * 1024
_CHUNK = 1024 * 1024


class SignatureError(Exception):
    """A signature or key is missing, malformed or does not match. For people."""


@dataclass(frozen=True, slots=True)
class PublicKey:
    key_id: bytes  # 8 bytes, as stored in the files
    key: bytes  # 32-byte Ed25519 public key

    @property
    def id_hex(self) -> str:
        """The id as minisign prints it (little-endian integer, upper-case hex)."""
        return key_id_hex(self.key_id)

    def to_base64(self) -> str:
        return base64.b64encode(SIG_LEGACY + self.key_id + self.key).decode()

    def to_file_text(self) -> str:
        return f"{UNTRUSTED}minisign public key {self.id_hex}\n{self.to_base64()}\n"


@dataclass(frozen=True, slots=True)
class SecretKey:
    key_id: bytes
    secret: bytes  # libsodium's 64-byte form: seed + public key

    @property
    def public(self) -> PublicKey:
        return PublicKey(self.key_id, self.secret[32:])

    def to_file_text(self) -> str:
        chk = _secret_checksum(self.key_id, self.secret)
        raw = (SIG_LEGACY + KDF_NONE + CHK_BLAKE2 + bytes(32) + bytes(8) + bytes(8)
               + self.key_id + self.secret + chk)
        return (f"{UNTRUSTED}minisign unencrypted secret key\n"
                f"{base64.b64encode(raw).decode()}\n")


@dataclass(frozen=True, slots=True)
class Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes  # over BLAKE2b-512 of the file
    trusted_comment: str
    global_signature: bytes  # over signature + trusted comment
    untrusted_comment: str = ""

    def to_file_text(self) -> str:
        first = base64.b64encode(self.algorithm + self.key_id + self.signature).decode()
        return (f"{UNTRUSTED}{self.untrusted_comment}\n{first}\n"
                f"{TRUSTED}{self.trusted_comment}\n"
                f"{base64.b64encode(self.global_signature).decode()}\n")


@dataclass(frozen=True, slots=True)
class Verified:
    """What a valid signature vouches for."""

    key: PublicKey
    trusted_comment: str

    @property
    def fields(self) -> dict[str, str]:
        return parse_trusted_comment(self.trusted_comment)


def key_id_hex(key_id: bytes) -> str:
    return f"{int.from_bytes(key_id, 'little'):016X}"


def _secret_checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(SIG_LEGACY + key_id + secret, digest_size=32).digest()


def _b64(line: str, what: str, where: object) -> bytes:
    try:
        return base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError(f"{where}: the {what} is not valid base64.") from None


# -- keys ------------------------------------------------------------------
def generate_key() -> SecretKey:
    sk = nacl.signing.SigningKey.generate()
    return SecretKey(os.urandom(8), bytes(sk) + bytes(sk.verify_key))


def public_key_from_base64(text: str, where: object = "public key") -> PublicKey:
    raw = _b64(text, "public key", where)
    if len(raw) != 42 or raw[:2] != SIG_LEGACY:
        raise SignatureError(f"{where}: not a minisign public key (wrong length or algorithm).")
    return PublicKey(raw[2:10], raw[10:])


def parse_public_key(text: str, where: object = "public key") -> PublicKey:
    """A public key file's text, or just its base64 line (``RW…``)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and lines[0].startswith(UNTRUSTED):
        lines = lines[1:]
    if len(lines) != 1:
        raise SignatureError(f"{where}: not a minisign public key file.")
    return public_key_from_base64(lines[0], where)


def load_public_key(path: Path) -> PublicKey:
    return parse_public_key(_read_small(path, "public key"), path)


def parse_secret_key(text: str, where: object = "secret key") -> SecretKey:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) != 2 or not lines[0].startswith(UNTRUSTED):
        raise SignatureError(f"{where}: not a minisign secret key file.")
    raw = _b64(lines[1], "secret key", where)
    if len(raw) != 158 or raw[:2] != SIG_LEGACY or raw[4:6] != CHK_BLAKE2:
        raise SignatureError(f"{where}: not a minisign Ed25519 secret key.")
    if raw[2:4] == KDF_SCRYPT:
        raise SignatureError(
            f"{where}: this secret key is password-protected. The kiosk signs "
            "unattended and needs an unprotected key: create one with `kiosk keygen`, "
            "or remove the password with `minisign -C` (leave the new password empty)."
        )
    if raw[2:4] != KDF_NONE:
        raise SignatureError(f"{where}: unknown key protection {raw[2:4]!r}.")
    key_id, secret, chk = raw[54:62], raw[62:126], raw[126:158]
    # minisign 0.11 leaves the checksum of an unprotected key as zeros.
    if chk != bytes(32) and not hmac.compare_digest(chk, _secret_checksum(key_id, secret)):
        raise SignatureError(f"{where}: the secret key is damaged (checksum mismatch).")
    if bytes(nacl.signing.SigningKey(secret[:32]).verify_key) != secret[32:]:
        raise SignatureError(f"{where}: the secret key is damaged (key halves disagree).")
    return SecretKey(key_id, secret)


def load_secret_key(path: Path) -> SecretKey:
    return parse_secret_key(_read_small(path, "secret key"), path)


def write_key_pair(key: SecretKey, secret_path: Path, *, overwrite: bool = False) -> Path:
    """Write ``secret_path`` (mode 0600) and ``secret_path.pub``; returns the public path."""
    public_path = secret_path.with_name(secret_path.name + ".pub")
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    for path in (secret_path, public_path):
        if path.exists() and not overwrite:
            raise SignatureError(f"{path}: already exists; refusing to overwrite a key.")
    fd = os.open(secret_path, flags, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key.to_file_text())
    os.chmod(secret_path, 0o600)  # O_CREAT's mode does not apply to an existing file
    public_path.write_text(key.public.to_file_text(), encoding="ascii")
    return public_path


# -- signatures --------------------------------------------------------------
def file_prehash(path: Path) -> bytes:
    h = hashlib.blake2b(digest_size=64)
    try:
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                h.update(chunk)
    except OSError as e:
        raise SignatureError(f"{path}: cannot be read ({e.strerror}).") from None
    return h.digest()


def sign_prehash(key: SecretKey, prehash: bytes, trusted_comment: str,
                 untrusted_comment: str = "signature from kiosk secret key") -> Signature:
    _check_comment(trusted_comment)
    if "\n" in untrusted_comment or "\r" in untrusted_comment:
        raise SignatureError("The untrusted comment must be a single line.")
    sk = nacl.signing.SigningKey(key.secret[:32])
    sig = sk.sign(prehash).signature
    global_sig = sk.sign(sig + trusted_comment.encode()).signature
    return Signature(SIG_PREHASHED, key.key_id, sig, trusted_comment, global_sig,
                     untrusted_comment)


def _check_comment(comment: str) -> None:
    if "\n" in comment or "\r" in comment:
        raise SignatureError("The trusted comment must be a single line.")
    if len(comment.encode()) > TRUSTED_COMMENT_MAX:
        raise SignatureError(f"The trusted comment is longer than {TRUSTED_COMMENT_MAX} bytes.")


def parse_signature(data: bytes, where: object = "signature") -> Signature:
    if len(data) > MAX_SIG_FILE:
        raise SignatureError(f"{where}: too large to be a signature file.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureError(f"{where}: not a signature file (not text).") from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [ln.removesuffix("\r") for ln in lines]
    if len(lines) != 4 or not lines[0].startswith(UNTRUSTED) \
            or not lines[2].startswith(TRUSTED):
        raise SignatureError(
            f"{where}: not a complete minisign signature (expected 4 lines); "
            "copy the .minisig file again.")
    first = _b64(lines[1], "signature", where)
    global_sig = _b64(lines[3], "comment signature", where)
    if len(first) != 74 or len(global_sig) != 64:
        raise SignatureError(f"{where}: the signature is truncated or damaged.")
    algorithm = first[:2]
    if algorithm == SIG_LEGACY:
        raise SignatureError(
            f"{where}: a legacy (non-prehashed) minisign signature; sign again with "
            "`kiosk sign` or a current minisign.")
    if algorithm != SIG_PREHASHED:
        raise SignatureError(f"{where}: unknown signature algorithm {algorithm!r}.")
    return Signature(algorithm, first[2:10], first[10:], lines[2][len(TRUSTED):],
                     global_sig, lines[0][len(UNTRUSTED):])


def load_signature(path: Path) -> Signature:
    try:
        data = read_small_file(path, MAX_SIG_FILE)
    except FileNotFoundError:
        raise SignatureError(
            f"{path}: no signature file. Packages must come with their .minisig "
            "file, made with `kiosk sign`.") from None
    except OSError as e:
        raise SignatureError(f"{path}: cannot be read ({e.strerror}).") from None
    return parse_signature(data, path)


def verify_prehash(sig: Signature, prehash: bytes, keys: Iterable[PublicKey],
                   where: object = "package") -> Verified:
    """Check ``sig`` against the file's BLAKE2b-512; raises :class:`SignatureError`."""
    keys = tuple(keys)
    if not keys:
        raise SignatureError(
            f"{where}: no trusted keys are configured, so no signature can be checked. "
            "Add the curators' public key to trusted_keys in the kiosk configuration.")
    key = next((k for k in keys if k.key_id == sig.key_id), None)
    if key is None:
        raise SignatureError(
            f"{where}: signed with key {key_id_hex(sig.key_id)}, which this kiosk does "
            f"not trust (trusted: {', '.join(k.id_hex for k in keys)}).")
    vk = nacl.signing.VerifyKey(key.key)
    try:
        vk.verify(prehash, sig.signature)
    except nacl.exceptions.BadSignatureError:
        raise SignatureError(
            f"{where}: the signature does not match the file: it was changed or damaged "
            "after signing. Copy it again from the source.") from None
    try:
        vk.verify(sig.signature + sig.trusted_comment.encode(), sig.global_signature)
    except nacl.exceptions.BadSignatureError:
        raise SignatureError(
            f"{where}: the signed comment was altered (version or exhibition id "
            "tampered with).") from None
    return Verified(key, sig.trusted_comment)


def verify_file(path: Path, keys: Iterable[PublicKey], sig_path: Path | None = None) -> Verified:
    sig = load_signature(sig_path or signature_path(path))
    return verify_prehash(sig, file_prehash(path), keys, path)


def signature_path(package: Path) -> Path:
    return package.with_name(package.name + ".minisig")


# -- trusted comment ----------------------------------------------------------
def make_trusted_comment(fields: dict[str, str]) -> str:
    """``key:value`` pairs separated by tabs, as minisign writes ``timestamp:…``."""
    for k, v in fields.items():
        if any(c in k + v for c in "\t\r\n") or ":" in k:
            raise SignatureError(f"Trusted comment field {k!r} holds a tab, colon or newline.")
    return "\t".join(f"{k}:{v}" for k, v in fields.items())


def parse_trusted_comment(comment: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in comment.split("\t"):
        key, sep, value = part.partition(":")
        if sep and key not in out:
            out[key] = value
    return out


def _read_small(path: Path, what: str) -> str:
    try:
        data = read_small_file(path, MAX_SIG_FILE)
    except FileNotFoundError:
        raise SignatureError(f"{path}: no such {what} file.") from None
    except IsADirectoryError:
        raise SignatureError(f"{path}: not a {what} file (not a regular file).") from None
    except OSError as e:
        raise SignatureError(f"{path}: cannot read the {what} ({e.strerror}).") from None
    if len(data) > MAX_SIG_FILE:
        raise SignatureError(f"{path}: too large to be a {what}.")
    try:
        return data.decode("ascii")
    except UnicodeDecodeError:
        raise SignatureError(f"{path}: not a {what} file (not text).") from None
