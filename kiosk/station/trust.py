"""Signing whole packages: what the trusted comment vouches for.

The trusted comment carries the exhibition's uid and version, so a kiosk can
refuse an older (validly signed) package from signed data alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path

from kiosk.package.errors import PackageError
from kiosk.station import signing
from kiosk.station.signing import PublicKey, SecretKey, SignatureError, Verified


def package_fields(pkg: Path, *, now: Callable[[], float] = time.time) -> dict[str, str]:
    """The trusted comment fields for ``pkg``, read from its exhibition record."""
    from kiosk.package.reader import Package  # SQLAlchemy: not at start-up

    try:
        with Package.open(pkg) as p:
            uid, version = p.info.uid, p.info.version
    except PackageError as e:
        raise SignatureError(f"Not signed: {e}") from None
    return {"timestamp": str(int(now())), "file": pkg.name, "uid": uid, "version": version}


def sign_package(pkg: Path, key: SecretKey, *, note: str = "",
                 now: Callable[[], float] = time.time) -> Path:
    """Write ``pkg.minisig``; returns its path. ``note`` is appended, signed."""
    fields = package_fields(pkg, now=now)
    if note:
        fields["note"] = " ".join(note.split())
    comment = signing.make_trusted_comment(fields)
    sig = signing.sign_prehash(key, signing.file_prehash(pkg), comment)
    out = signing.signature_path(pkg)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(sig.to_file_text(), encoding="utf-8")
    tmp.replace(out)
    return out


def verifier(keys: Iterable[PublicKey]) -> Callable[[Path], None]:
    """A ``verify=`` hook for :meth:`Package.open`: the signature is checked first."""
    trusted = tuple(keys)

    def verify(path: Path) -> None:
        try:
            signing.verify_file(path, trusted)
        except SignatureError as e:
            raise PackageError(str(e)) from None

    return verify


def check_fields(verified: Verified, uid: str, version: str, where: object) -> None:
    """The signed uid/version must be the package's own."""
    fields = verified.fields
    if fields.get("uid") != uid or fields.get("version") != version:
        raise SignatureError(
            f"{where}: the signature vouches for exhibition {fields.get('uid', '?')!r} "
            f"version {fields.get('version', '?')!r}, but the package is {uid!r} version "
            f"{version!r}. Sign it with `kiosk sign`, which records both.")
