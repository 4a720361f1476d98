#!/bin/sh
# /usr/bin/kiosk: the bundled kiosk with the station's configuration by default.
: "${KIOSK_CONFIG:=/etc/kiosk/kiosk.toml}"
export KIOSK_CONFIG
if [ "$(id -u)" = 0 ]; then
    case "${1:-}" in
        install|rollback|inbox)
            echo "kiosk $1: run this as the kiosk user, so the files it writes stay the kiosk's:" >&2
            echo "  sudo -u kiosk kiosk $*" >&2
            exit 1 ;;
    esac
fi
exec /opt/kiosk/kiosk "$@"
