#!/usr/bin/env bash
# Build dist/kiosk_<version>_<arch>.deb from the bundle dist/kiosk/ with dpkg-deb.
#
#   packaging/build_deb.sh            (build the bundle first: python packaging/build_bundle.py)
#
# Layout of the package:
#   /opt/kiosk/                         the PyInstaller bundle (kiosk + _internal/)
#   /usr/bin/kiosk                      wrapper: KIOSK_CONFIG=/etc/kiosk/kiosk.toml by default
#   /lib/systemd/system/kiosk.service   the cage session on tty7 (packaging/deb/kiosk.service)
#   /lib/systemd/system/kiosk-inbox.service
#   /lib/systemd/system/kiosk-eglfs.service  no compositor, straight on the GPU (disabled)
#   /etc/kiosk/kiosk.toml               conffile
#   /usr/share/doc/kiosk/               deploy, station, curator guide, manifest reference
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=dist/kiosk
[ -x "$BUNDLE/kiosk" ] || { echo "no $BUNDLE/kiosk: run python packaging/build_bundle.py first" >&2; exit 1; }
VERSION=${VERSION:-$(env -i PATH=/usr/bin:/bin "$BUNDLE/kiosk" --version | awk '{print $2}')}
ARCH=${ARCH:-$(dpkg --print-architecture)}
OUT=dist/kiosk_${VERSION}_${ARCH}.deb
STAGE=$(mktemp -d build/deb.XXXXXX)
trap 'rm -rf "$STAGE"' EXIT

install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/lib/systemd/system" \
    "$STAGE/etc/kiosk" "$STAGE/usr/share/doc/kiosk"
cp -a "$BUNDLE" "$STAGE/opt/kiosk"
install -m 0755 packaging/deb/kiosk.sh "$STAGE/usr/bin/kiosk"
install -m 0644 packaging/deb/kiosk.service packaging/deb/kiosk-inbox.service \
    "$STAGE/lib/systemd/system/"
# The station engineer's eglfs unit, pointed at the bundle: for machines where
# no compositor is wanted. Only one of kiosk.service / kiosk-eglfs.service may run.
sed -e '1i # Alternative to kiosk.service: Qt draws straight on the GPU (eglfs), no\n# compositor. Disabled; see /usr/share/doc/kiosk/deploy.md. Runs no logind\n# session, so no per-user sound server: use a system-wide PipeWire/PulseAudio.' \
    -e '1,/^\[Unit\]/{/^#/d}' \
    -e 's|^ExecStart=.*|ExecStart=/opt/kiosk/kiosk run|' \
    -e 's|^\[Unit\]|[Unit]\nConflicts=kiosk.service|' \
    -e 's|^Description=.*|Description=Exhibition kiosk (eglfs, no compositor)|' \
    packaging/kiosk.service > "$STAGE/lib/systemd/system/kiosk-eglfs.service"
chmod 0644 "$STAGE/lib/systemd/system/kiosk-eglfs.service"
install -m 0644 packaging/deb/kiosk.toml "$STAGE/etc/kiosk/kiosk.toml"
for doc in README.md docs/deploy.md docs/station.md docs/curator-guide.md docs/manifest.md \
           docs/package-format.md assets/fonts/LICENSE-Noto.txt; do
    [ -f "$doc" ] && install -m 0644 "$doc" "$STAGE/usr/share/doc/kiosk/"
done
install -m 0644 packaging/deb/copyright "$STAGE/usr/share/doc/kiosk/copyright"
install -m 0644 packaging/deb/conffiles "$STAGE/DEBIAN/conffiles"
install -m 0755 packaging/deb/postinst packaging/deb/prerm packaging/deb/postrm "$STAGE/DEBIAN/"

SIZE_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$SIZE_KB/" \
    packaging/deb/control.in > "$STAGE/DEBIAN/control"

# Files owned by root whatever the builder's umask or user was.
find "$STAGE" -type d -exec chmod 0755 {} +
chmod -R u+rwX,go+rX,go-w "$STAGE/opt/kiosk"
dpkg-deb --root-owner-group -Zxz --threads-max="$(nproc)" --build "$STAGE" "$OUT" >/dev/null
echo "built $OUT ($(du -h "$OUT" | cut -f1), installed ${SIZE_KB} KiB)"
