"""recoupe: cross-check news articles, with evidence for every answer."""

__version__ = "0.1.0"
