"""One OpenAI client for the whole Django project."""
from openai import OpenAI

DEFAULT_MODEL = "gpt-4.1-mini"

client = OpenAI(max_retries=4)
