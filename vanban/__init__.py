"""vanban: document intelligence for Vietnamese administrative directives."""

__version__ = "0.1.0"
