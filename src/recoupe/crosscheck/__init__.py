"""Cross-check: claims and corroboration, quote variants, framing, timeline."""
