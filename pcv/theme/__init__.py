"""Material's own assets, trimmed (stylesheet) and fetched on demand (script)."""
