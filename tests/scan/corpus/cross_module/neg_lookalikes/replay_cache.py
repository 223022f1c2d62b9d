from llm.anthropic_cache import client


def replay(text):
    return client.messages.create(model="claude-3-5-haiku-latest", max_tokens=100, messages=[{"role": "user", "content": text}])
