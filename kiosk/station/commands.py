"""``kiosk keygen|sign|verify|config|set-pin|install|rollback|status|inbox|stats``.

Each handler takes the parsed arguments and returns an exit code; a mistake
a person can fix prints one line to stderr and returns 1.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.station import signing
from kiosk.station.config import Config, describe, load_config, write_target

if TYPE_CHECKING:
    from kiosk.station.install import Installer


def _fail(message: str) -> int:
    print(f"kiosk: {message}", file=sys.stderr)
    return 1


def _config(args: argparse.Namespace) -> Config:
    config = load_config(getattr(args, "config", None))
    for problem in config.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return config


def keygen(args: argparse.Namespace) -> int:
    out: Path = args.out
    try:
        public = signing.write_key_pair(signing.generate_key(), out, overwrite=args.force)
    except (signing.SignatureError, OSError) as e:
        return _fail(str(e))
    key = signing.load_public_key(public)
    print(f"Secret key: {out} (keep it secret; unencrypted, mode 0600)")
    print(f"Public key: {public} (id {key.id_hex}); give it to every kiosk:")
    print(f"  trusted_keys = [\"{key.to_base64()}\"]")
    return 0


def sign(args: argparse.Namespace) -> int:
    from kiosk.station.trust import sign_package

    try:
        key = signing.load_secret_key(args.key)
        out = sign_package(args.package, key, note=args.trusted_comment or "")
    except (signing.SignatureError, OSError) as e:
        return _fail(str(e))
    print(f"Signed: {out}")
    return 0


def verify(args: argparse.Namespace) -> int:
    try:
        key = signing.load_public_key(args.key)
        result = signing.verify_file(args.package, [key], args.sig)
    except signing.SignatureError as e:
        return _fail(str(e))
    print(f"Good signature by {result.key.id_hex}. Trusted comment: {result.trusted_comment}")
    return 0


def show_config(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    files = ", ".join(str(f) for f in config.files) or "none found, all defaults"
    print(f"# configuration files read: {files}")
    width = max(len(k) for k, _, _ in describe(config))
    for key, value, source in describe(config):
        print(f"{key:<{width}}  {value}    [{source}]")
    for problem in config.problems:
        print(f"warning: {problem}", file=sys.stderr)
    return 0


def set_pin(args: argparse.Namespace) -> int:
    from kiosk.station.pin import PinError, hash_pin, set_pin_in_config

    if sys.stdin.isatty():
        pin = getpass.getpass("New staff PIN (4-12 digits): ")
        if getpass.getpass("Again: ") != pin:
            return _fail("the two PINs differ; nothing changed.")
    else:
        pin = sys.stdin.readline().strip()
    try:
        pin_hash = hash_pin(pin)
        target = write_target(args.config)
        set_pin_in_config(target, pin_hash)
    except PinError as e:
        return _fail(str(e))
    except OSError as e:
        return _fail(f"cannot write the configuration ({e}).")
    print(f"Staff PIN set in {target}.")
    return 0


def _installer(config: Config) -> Installer:
    from kiosk.station.install import Installer

    return Installer.from_config(config)


def install(args: argparse.Namespace) -> int:
    from kiosk.station.install import InstallError

    config = _config(args)
    try:
        result = _installer(config).install(args.package, args.sig)
    except InstallError as e:
        return _fail(str(e))
    p = result.pointer
    print(f"Installed {p.uid} version {p.version} (signed by {p.signer}); it is live now.")
    return 0


def rollback(args: argparse.Namespace) -> int:
    from kiosk.station.install import InstallError

    try:
        p = _installer(_config(args)).rollback()
    except InstallError as e:
        return _fail(str(e))
    print(f"Back to {p.uid} version {p.version}.")
    return 0


def status(args: argparse.Namespace) -> int:
    config = _config(args)
    st = _installer(config).status()
    if args.json:
        print(json.dumps({"current": st.current and asdict(st.current),
                          "previous": st.previous and asdict(st.previous),
                          "live_path": str(st.live_path) if st.live_path else None,
                          "packages": [str(p) for p in st.packages],
                          "staging_leftovers": st.staging_leftovers}, indent=1))
        return 0
    for label, p in (("Live", st.current), ("Previous", st.previous)):
        if p is None:
            print(f"{label}: none")
        else:
            print(f"{label}: {p.uid} version {p.version}, signed by {p.signer}, installed "
                  f"{p.installed_at}")
    print(f"Data folder: {config.data_dir} ({len(st.packages)} package file(s))")
    if st.live_path is None:
        print("No exhibition is installed: use `kiosk install PACKAGE`.")
    return 0


def inbox(args: argparse.Namespace) -> int:
    import time

    from kiosk.station.inbox import Inbox

    config = _config(args)
    if config.inbox is None:
        return _fail("no inbox folder is configured (set inbox = \"/path\" in the config).")
    installer = _installer(config)
    installer.recover()
    box = Inbox(config.inbox, installer)
    scans = 0
    while True:
        for outcome in box.poll():
            print(f"{outcome.name}: {outcome.message}")
        scans += 1
        if args.once and scans >= 2:  # a file counts as complete after two equal scans
            return 0
        time.sleep(max(0.5, args.interval))  # a daemon's poll period, not a test wait


def stats(args: argparse.Namespace) -> int:
    from kiosk.station.analytics import Analytics, format_summary

    config = _config(args)
    db = Analytics.from_config(config)
    try:
        if args.csv:
            db.export_csv(sys.stdout, days=args.days)
        else:
            print(format_summary(db.summary(days=args.days)))
    finally:
        db.close()
    return 0
