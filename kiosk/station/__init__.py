"""The unattended station: session state, config, install and signing, schedule. No Qt."""
