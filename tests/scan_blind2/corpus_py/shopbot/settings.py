"""Runtime settings for shopbot."""
import os

DEFAULT_MODEL = "gpt-4o-mini"
REVIEW_MODEL = os.getenv("SHOPBOT_REVIEW_MODEL", "gpt-4.1")
TIMEOUT_S = float(os.getenv("SHOPBOT_TIMEOUT", "20"))
