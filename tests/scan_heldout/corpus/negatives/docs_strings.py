"""Help text for the CLI.

Example::

    from openai import OpenAI
    client = OpenAI()
    client.chat.completions.create(model="gpt-4o", messages=[...])
"""

USAGE = """
To call Claude use anthropic.Anthropic().messages.create(model="claude-3-opus-20240229", ...)
Legacy code used openai.ChatCompletion.create(model="gpt-3.5-turbo").
"""


def print_usage() -> None:
    print(USAGE)
