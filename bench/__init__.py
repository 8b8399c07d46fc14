"""Benchmarks and evaluations: each script skips cleanly when ../shared is absent."""
