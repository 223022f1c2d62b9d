"""Usage examples rendered into the docs site.

Example::

    from openai import OpenAI
    client = OpenAI()
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
"""

ANTHROPIC_SNIPPET = '''
import anthropic
anthropic.Anthropic().messages.create(model="claude-3-opus-20240229", max_tokens=100, messages=[])
'''

# client.chat.completions.create(model="gpt-4o-mini", messages=msgs)


def render() -> str:
    return __doc__ + ANTHROPIC_SNIPPET
