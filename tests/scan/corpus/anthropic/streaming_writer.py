from anthropic import Anthropic

MODEL_NAME = "claude-sonnet-4-20250514"
client = Anthropic()


def draft_blog_post(outline: str) -> str:
    chunks = []
    with client.messages.stream(
        model=MODEL_NAME,
        max_tokens=4096,
        messages=[
            {"role": "user", "content": "Write a blog post from this outline. Use a warm, practical voice.\n\n" + outline}
        ],
    ) as stream:
        for text in stream.text_stream:
            chunks.append(text)
    return "".join(chunks)
