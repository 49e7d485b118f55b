"""The live preview of `make serve`."""
