"""The ``kiosk`` command.

Each subcommand imports its layer lazily, so ``kiosk info`` never loads Qt
and ``kiosk --version`` is instant. A user mistake exits 1 with a message,
never a traceback; the traceback of a real bug goes to the log.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk import __version__

Handler = Callable[[argparse.Namespace], int]


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        msg = f"{text!r}: expected WIDTHxHEIGHT, e.g. 1920x1080"
        raise argparse.ArgumentTypeError(msg) from None
    if not (160 <= w <= 16384 and 160 <= h <= 16384):
        raise argparse.ArgumentTypeError(f"{text!r}: each side must be 160 to 16384 pixels")
    return w, h


def _cmd_build(args: argparse.Namespace) -> int:
    from kiosk.build.photos import default_workers, start_workers_early

    # Before anything else: the workers are ready when the photos are checked
    # (usually the folder has photos; if not, they end with this process).
    start_workers_early(args.jobs or default_workers())
    from kiosk.build.command import build_command

    return build_command(args)


def _cmd_validate(args: argparse.Namespace) -> int:
    from kiosk.build.validate_command import validate_command

    return validate_command(args)


def _cmd_info(args: argparse.Namespace) -> int:
    from kiosk.package.inspect import info_command

    return info_command(args)


def _cmd_run(args: argparse.Namespace) -> int:
    from kiosk.ui.app import run_command

    return run_command(args)


def _cmd_preview(args: argparse.Namespace) -> int:
    from kiosk.ui.preview import preview_command

    return preview_command(args)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kiosk",
        description="Exhibition kiosk: build, check and show .exhibit packages.",
    )
    p.add_argument("--version", action="version", version=f"kiosk {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="build an .exhibit package from a folder with exhibition.toml")
    b.add_argument("source", type=Path, help="folder holding exhibition.toml and its files")
    b.add_argument("-o", "--output", type=Path, required=True, help="package to write (.exhibit)")
    b.add_argument("-j", "--jobs", type=int, default=0,
                   help="worker processes (default: all cores)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.set_defaults(handler=_cmd_build)

    v = sub.add_parser("validate", help="check a package thoroughly (exit 0 when sound)")
    v.add_argument("package", type=Path)
    v.add_argument("--json", action="store_true", help="machine-readable report")
    v.set_defaults(handler=_cmd_validate)

    i = sub.add_parser("info", help="describe a package")
    i.add_argument("package", type=Path)
    i.add_argument("--json", action="store_true", help="machine-readable output")
    i.set_defaults(handler=_cmd_info)

    r = sub.add_parser("run", help="show a package on this screen (default: the demo)")
    r.add_argument("package", type=Path, nargs="?", default=None)
    r.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
    r.add_argument("--size", type=_size, default=None, help="window size WxH, e.g. 1920x1080")
    r.add_argument("--idle", type=float, default=None,
                   help="seconds without touch before the idle warning")
    r.set_defaults(handler=_cmd_run)

    pv = sub.add_parser("preview", help="render PNG screenshots of every screen without a display")
    pv.add_argument("package", type=Path)
    pv.add_argument("--size", type=_size, default=(1920, 1080))
    pv.add_argument("--lang", default=None,
                    help="one of the exhibition's languages, or an interface-only language "
                         "the kiosk ships (ar, az, fr, ru, tr, ur, en): interface in that "
                         "language, content in the exhibition's default language, marked "
                         "(default: the exhibition's default)")
    pv.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    pv.set_defaults(handler=_cmd_preview)
    _add_station_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("Interrupted; nothing was left half-written.", file=sys.stderr)
        return 130


def _add_station_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """keygen, sign, verify, config, set-pin, install, rollback, status, inbox, stats."""

    def _station(name: str) -> Handler:
        """A handler that imports kiosk.station.commands only when the command runs."""

        def run(args: argparse.Namespace) -> int:
            from kiosk.station import commands

            handler: Handler = getattr(commands, name)
            return handler(args)

        return run

    def with_config(cmd: argparse.ArgumentParser) -> argparse.ArgumentParser:
        cmd.add_argument("--config", "--path", dest="config", type=Path, default=None,
                         help="configuration file (default: $KIOSK_CONFIG or the standard "
                              "locations)")
        return cmd

    k = sub.add_parser("keygen", help="create a signing key pair (NAME and NAME.pub)")
    k.add_argument("--out", type=Path, required=True, help="secret key file to write")
    k.add_argument("--force", action="store_true", help="overwrite an existing key")
    k.set_defaults(handler=_station("keygen"))

    s = sub.add_parser("sign", help="sign a package (writes PACKAGE.minisig)")
    s.add_argument("package", type=Path)
    s.add_argument("--key", type=Path, required=True, help="secret key from `kiosk keygen`")
    s.add_argument("--trusted-comment", default=None, help="a note added to the signed comment")
    s.set_defaults(handler=_station("sign"))

    v = sub.add_parser("verify", help="check a package's signature (exit 0 when good)")
    v.add_argument("package", type=Path)
    v.add_argument("--key", type=Path, required=True, help="public key file (NAME.pub)")
    v.add_argument("--sig", type=Path, default=None, help="signature (default: PACKAGE.minisig)")
    v.set_defaults(handler=_station("verify"))

    c = with_config(sub.add_parser("config", help="show the effective configuration"))
    c.set_defaults(handler=_station("show_config"))

    pin = with_config(sub.add_parser("set-pin", help="set the staff PIN (asks, or reads stdin)"))
    pin.set_defaults(handler=_station("set_pin"))

    ins = with_config(sub.add_parser("install", help="verify and install a package, atomically"))
    ins.add_argument("package", type=Path)
    ins.add_argument("--sig", type=Path, default=None, help="signature (default: PACKAGE.minisig)")
    ins.set_defaults(handler=_station("install"))

    rb = with_config(sub.add_parser("rollback", help="go back to the previous package"))
    rb.set_defaults(handler=_station("rollback"))

    st = with_config(sub.add_parser("status", help="which package is live, which is previous"))
    st.add_argument("--json", action="store_true", help="machine-readable output")
    st.set_defaults(handler=_station("status"))

    ib = with_config(sub.add_parser("inbox", help="install packages arriving in the inbox folder"))
    ib.add_argument("--once", action="store_true", help="two scans, then exit")
    ib.add_argument("--interval", type=float, default=10.0, help="seconds between scans")
    ib.set_defaults(handler=_station("inbox"))

    sa = with_config(sub.add_parser("stats", help="anonymous visitor statistics"))
    sa.add_argument("--csv", action="store_true", help="every event as CSV on stdout")
    sa.add_argument("--days", type=int, default=30, help="how far back (default 30)")
    sa.set_defaults(handler=_station("stats"))


if __name__ == "__main__":
    sys.exit(main())
