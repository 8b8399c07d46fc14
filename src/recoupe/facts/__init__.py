"""Facts with evidence: entities, dates, quantities, quotes."""
