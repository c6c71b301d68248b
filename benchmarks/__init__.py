"""Side-by-side benchmarks of my_components against dcc (run with `make bench`)."""
