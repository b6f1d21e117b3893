"""Benchmarks behind ``vanban bench``; each module exposes a click command named ``command``."""
