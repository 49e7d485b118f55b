"""Building, serving and reading the built site, as staff, CI, tests and benchmarks do."""
