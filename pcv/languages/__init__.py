"""The two languages: translation states of the pages, and what mkdocs-static-i18n knows."""
