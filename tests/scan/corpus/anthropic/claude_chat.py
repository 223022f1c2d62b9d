import anthropic

client = anthropic.Anthropic()


def ask_claude(question: str) -> str:
    message = client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1024,
        system="You are a concise assistant for a legal research team.",
        messages=[{"role": "user", "content": question}],
    )
    return message.content[0].text
