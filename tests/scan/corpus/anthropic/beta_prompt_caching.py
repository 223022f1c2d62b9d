import anthropic

client = anthropic.Anthropic()
with open("docs/handbook.md") as f:
    HANDBOOK = f.read()


def ask_handbook(question: str):
    return client.beta.messages.create(
        model="claude-opus-4-20250514",
        max_tokens=2048,
        system=[{"type": "text", "text": HANDBOOK, "cache_control": {"type": "ephemeral"}}],
        messages=[{"role": "user", "content": question}],
        betas=["prompt-caching-2024-07-31"],
    )
