import anthropic
import tiktoken

enc = tiktoken.encoding_for_model("gpt-4o")
claude = anthropic.Anthropic()


def openai_tokens(text: str) -> int:
    return len(enc.encode(text))


def claude_tokens(text: str) -> int:
    return claude.messages.count_tokens(model="claude-3-5-sonnet-latest", messages=[{"role": "user", "content": text}]).input_tokens
