"""Snippets rendered into the docs site; never executed.

Example::

    client = OpenAI()
    client.chat.completions.create(model="gpt-4o", messages=[...])
"""

QUICKSTART = '''
import anthropic
client = anthropic.Anthropic()
client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=100, messages=[])
'''

# response = litellm.completion(model="gpt-4o-mini", messages=msgs)


def render(snippet: str) -> str:
    return f"```python\n{snippet.strip()}\n```"
