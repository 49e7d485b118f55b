"""Text as each language writes it: numbers, dates and lists (Babel), French spacing."""
