"""Safe by construction: what may leave the build (HTML through one allowlist sanitiser,
addresses, the environment) and what a failed build leaves behind (nothing)."""
