# The corpora are analysed code (test-like files included), never collected or imported by pytest.
collect_ignore_glob = ["corpus_py/*", "corpus_py/**/*", "corpus_js/*", "corpus_js/**/*"]
