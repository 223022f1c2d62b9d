"""The carbon budget gate: volumes and overrides, the projection (``projection.project``), ``rice check``'s
orchestration (``check``), the staged-vs-HEAD comparison (``staged``), and the outputs (``report`` for the
terminal, ``formats`` for JSON/Markdown, ``sarif``). Pure parts never touch git, files or the terminal."""
