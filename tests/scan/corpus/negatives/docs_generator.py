"""Builds the documentation site. Mentions openai and anthropic only in text."""
import pathlib

SNIPPET = '''
from openai import OpenAI
client = OpenAI()
client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
'''

PROVIDERS = ["openai", "anthropic", "cohere", "mistral", "ollama"]


def render_page(out: pathlib.Path) -> None:
    body = "# Supported providers\n\n" + "\n".join(f"- {p}" for p in PROVIDERS)
    body += "\n\n```python" + SNIPPET + "```\n"
    out.write_text(body)
