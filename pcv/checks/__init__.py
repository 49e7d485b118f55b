"""Everything that can stop a build: checks of the set of pages, of their text, and the problems report."""
