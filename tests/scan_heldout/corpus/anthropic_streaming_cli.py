"""Stream a long answer to the terminal."""
import sys

import anthropic

DEFAULT_MODEL = "claude-3-5-sonnet-latest"


def main(argv=None) -> int:
    question = " ".join(argv or sys.argv[1:]) or "Explain transformers in simple terms."
    client = anthropic.Anthropic()
    with client.messages.stream(
        model=DEFAULT_MODEL,
        max_tokens=1024,
        messages=[{"role": "user", "content": question}],
    ) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
    print()
    final = stream.get_final_message()
    print(f"[{final.usage.input_tokens} in / {final.usage.output_tokens} out]", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
