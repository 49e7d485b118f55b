"""Reading data/: YAML with line numbers, the schemas and rules, the typed model, the map's shapes."""
