"""Minisign-compatible signatures: known vectors, tampering, interoperability."""

from __future__ import annotations

import base64
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from station_support import make_tiny

from kiosk.cli import main
from kiosk.station import signing
from kiosk.station.signing import SignatureError

# Made with minisign 0.11 (`minisign -G -W`, then `minisign -S -t ... -c vector`)
# over the bytes b"exhibit bytes\n": an outside reference for every format.
V_PUB = ("untrusted comment: minisign public key C526BD28048292B3\n"
         "RWSzkoIEKL0mxeRS1jYx/A75TgZ1jCdooEYXMEK6oOT5j5jVsqXw1XSl\n")
V_KEY = ("untrusted comment: minisign encrypted secret key\n"
         "RWQAAEIyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAs5KCBCi9JsU+"
         "WOZzTX1M94PwdoUamgxWsXZgV5dkU2G4cB646f+WCORS1jYx/A75TgZ1jCdooEYXMEK6oOT5j5jVsqXw1XSl"
         "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")
V_MSG = b"exhibit bytes\n"
V_SIG = ("untrusted comment: vector\n"
         "RUSzkoIEKL0mxeBTJFLYkymBN/1NJGu4Ts0FLHwKcgMAfhGpe++cLVloO/wQ+RFNGuIAqyQU5iZvwmvxqJ+kAgj"
         "kbqU9g09QpwQ=\n"
         "trusted comment: uid:demo\tversion:3\n"
         "xl7WhBQY3aDyYf45eznaCcTZnvCi6LoVr3d4bJdFDF4a5RPxwCw8lqql46u9bePFp/qz06agZK+MTO9o83KwAA==\n")


def _prehash(data: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(data, digest_size=64).digest()


def test_vector_keys_parse_and_match() -> None:
    pub = signing.parse_public_key(V_PUB)
    sec = signing.parse_secret_key(V_KEY)
    assert pub.id_hex == "C526BD28048292B3"
    assert sec.public == pub
    assert pub.to_base64() == V_PUB.splitlines()[1]


def test_vector_signature_verifies() -> None:
    sig = signing.parse_signature(V_SIG.encode())
    v = signing.verify_prehash(sig, _prehash(V_MSG), [signing.parse_public_key(V_PUB)])
    assert v.fields == {"uid": "demo", "version": "3"}


def test_signing_reproduces_minisign_bytes() -> None:
    """Ed25519 is deterministic: same key, file and comment give minisign's exact lines."""
    sec = signing.parse_secret_key(V_KEY)
    sig = signing.sign_prehash(sec, _prehash(V_MSG), "uid:demo\tversion:3", "vector")
    assert sig.to_file_text() == V_SIG


def test_secret_key_file_layout(tmp_path: Path) -> None:
    key = signing.generate_key()
    pub_path = signing.write_key_pair(key, tmp_path / "k")
    assert stat.S_IMODE((tmp_path / "k").stat().st_mode) == 0o600
    raw = base64.b64decode((tmp_path / "k").read_text().splitlines()[1])
    assert raw[:6] == b"Ed\0\0B2" and len(raw) == 158
    assert raw[54:62] == key.key_id and raw[62:126] == key.secret
    assert signing.load_secret_key(tmp_path / "k") == key
    assert signing.load_public_key(pub_path) == key.public
    with pytest.raises(SignatureError, match="already exists"):
        signing.write_key_pair(key, tmp_path / "k")


def test_encrypted_secret_key_is_refused_with_advice() -> None:
    raw = bytearray(base64.b64decode(V_KEY.splitlines()[1]))
    raw[2:4] = b"Sc"
    text = "untrusted comment: x\n" + base64.b64encode(bytes(raw)).decode()
    with pytest.raises(SignatureError, match="password-protected"):
        signing.parse_secret_key(text)


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Path, signing.SecretKey]:
    key = signing.generate_key()
    f = tmp_path / "file.exhibit"
    f.write_bytes(bytes(range(256)) * 100)
    sig = signing.sign_prehash(key, signing.file_prehash(f), "uid:a\tversion:2")
    signing.signature_path(f).write_text(sig.to_file_text())
    return f, key


def test_valid_signature(signed: tuple[Path, signing.SecretKey]) -> None:
    f, key = signed
    assert signing.verify_file(f, [key.public]).fields["version"] == "2"


def test_unsigned_file(tmp_path: Path) -> None:
    f = tmp_path / "x.exhibit"
    f.write_bytes(b"x")
    with pytest.raises(SignatureError, match="no signature file"):
        signing.verify_file(f, [signing.generate_key().public])


def test_wrong_key(signed: tuple[Path, signing.SecretKey]) -> None:
    f, _ = signed
    with pytest.raises(SignatureError, match="does not trust"):
        signing.verify_file(f, [signing.generate_key().public])


def test_same_key_id_other_key(signed: tuple[Path, signing.SecretKey]) -> None:
    f, key = signed
    impostor = signing.PublicKey(key.key_id, bytes(signing.generate_key().public.key))
    with pytest.raises(SignatureError, match="does not match"):
        signing.verify_file(f, [impostor])


def test_no_trusted_keys(signed: tuple[Path, signing.SecretKey]) -> None:
    with pytest.raises(SignatureError, match="no trusted keys"):
        signing.verify_file(signed[0], [])


@pytest.mark.parametrize("offset", [0, 100, 25_599])
def test_one_flipped_bit_in_file(signed: tuple[Path, signing.SecretKey], offset: int) -> None:
    f, key = signed
    data = bytearray(f.read_bytes())
    data[offset] ^= 0x01
    f.write_bytes(bytes(data))
    with pytest.raises(SignatureError, match="changed or damaged"):
        signing.verify_file(f, [key.public])


def test_truncated_file(signed: tuple[Path, signing.SecretKey]) -> None:
    f, key = signed
    f.write_bytes(f.read_bytes()[:-1])
    with pytest.raises(SignatureError, match="changed or damaged"):
        signing.verify_file(f, [key.public])


def test_edited_trusted_comment(signed: tuple[Path, signing.SecretKey]) -> None:
    f, key = signed
    sig_path = signing.signature_path(f)
    sig_path.write_text(sig_path.read_text().replace("version:2", "version:9"))
    with pytest.raises(SignatureError, match="comment was altered"):
        signing.verify_file(f, [key.public])


def test_edited_untrusted_comment_is_fine(signed: tuple[Path, signing.SecretKey]) -> None:
    f, key = signed
    sig_path = signing.signature_path(f)
    lines = sig_path.read_text().splitlines()
    sig_path.write_text("\n".join(["untrusted comment: anything", *lines[1:]]) + "\n")
    signing.verify_file(f, [key.public])


@pytest.mark.parametrize("cut", [10, 80, 130, 200, -3])
def test_truncated_signature(signed: tuple[Path, signing.SecretKey], cut: int) -> None:
    f, key = signed
    sig_path = signing.signature_path(f)
    sig_path.write_bytes(sig_path.read_bytes()[:cut])
    with pytest.raises(SignatureError):
        signing.verify_file(f, [key.public])


@pytest.mark.parametrize("garbage", [b"", b"\xff\xfe\x00" * 50, b"a\nb\nc\nd\n", b"x" * 70_000])
def test_garbage_signature(garbage: bytes) -> None:
    with pytest.raises(SignatureError):
        signing.parse_signature(garbage)


def test_legacy_signature_refused() -> None:
    lines = V_SIG.splitlines()
    raw = bytearray(base64.b64decode(lines[1]))
    raw[:2] = b"Ed"
    lines[1] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(SignatureError, match="legacy"):
        signing.parse_signature("\n".join(lines).encode())


def test_trusted_comment_fields_are_escaped() -> None:
    assert signing.parse_trusted_comment("a:1\tb:x:y\tjunk") == {"a": "1", "b": "x:y"}
    with pytest.raises(SignatureError):
        signing.make_trusted_comment({"uid": "a\tversion:9"})


def test_cli_keygen_sign_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pkg = make_tiny(tmp_path / "p.exhibit", uid="harbour", version="1.2")
    assert main(["keygen", "--out", str(tmp_path / "k")]) == 0
    assert main(["sign", str(pkg), "--key", str(tmp_path / "k"),
                 "--trusted-comment", "spring\tshow"]) == 0
    text = signing.signature_path(pkg).read_text()
    assert "uid:harbour\tversion:1.2" in text and "note:spring show" in text
    assert main(["verify", str(pkg), "--key", str(tmp_path / "k.pub")]) == 0
    other = tmp_path / "o"
    main(["keygen", "--out", str(other)])
    assert main(["verify", str(pkg), "--key", str(tmp_path / "o.pub")]) == 1
    assert "does not trust" in capsys.readouterr().err


minisign_bin = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(minisign_bin is None,
                                    reason="the minisign tool is not installed")


@needs_minisign
def test_minisign_verifies_ours(signed: tuple[Path, signing.SecretKey], tmp_path: Path) -> None:
    f, key = signed
    (tmp_path / "k.pub").write_text(key.public.to_file_text())
    out = subprocess.run([str(minisign_bin), "-V", "-p", str(tmp_path / "k.pub"), "-m", str(f)],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert "version:2" in out.stdout


@needs_minisign
def test_we_verify_minisign_and_it_uses_our_key(tmp_path: Path) -> None:
    key = signing.generate_key()
    signing.write_key_pair(key, tmp_path / "k")
    f = tmp_path / "m.exhibit"
    f.write_bytes(b"payload" * 1000)
    subprocess.run([str(minisign_bin), "-S", "-s", str(tmp_path / "k"), "-m", str(f),
                    "-t", "uid:x\tversion:5"], check=True, capture_output=True)
    assert signing.verify_file(f, [key.public]).fields["version"] == "5"


def test_package_open_verify_hook(tmp_path: Path) -> None:
    from kiosk.package import Package, PackageError
    from kiosk.station.trust import sign_package, verifier

    key = signing.generate_key()
    pkg = make_tiny(tmp_path / "p.exhibit", uid="harbour", version="4")
    with pytest.raises(PackageError, match="no signature file"):
        Package.open(pkg, verify=verifier([key.public]))
    sign_package(pkg, key)
    with Package.open(pkg, verify=verifier([key.public])) as p:
        assert p.info.uid == "harbour"
    with pytest.raises(PackageError, match="does not trust"):
        Package.open(pkg, verify=verifier([signing.generate_key().public]))
