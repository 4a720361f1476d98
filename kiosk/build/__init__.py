"""Curator side: exhibition.toml to .exhibit package. No Qt."""
