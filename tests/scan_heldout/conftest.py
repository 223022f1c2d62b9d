# The corpus is analysed code (test-like files included), never collected or imported by pytest.
collect_ignore_glob = ["corpus/*", "corpus/**/*"]
