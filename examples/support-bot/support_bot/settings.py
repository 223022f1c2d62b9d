"""Service limits shared by the handlers (model choices live next to each call, where reviewers see them)."""
TOP_K_PASSAGES = 4
MAX_HISTORY_TURNS = 6
