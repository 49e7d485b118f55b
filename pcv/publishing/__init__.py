"""Outputs besides the pages: open data files, sharing metadata and images, per-language search."""
