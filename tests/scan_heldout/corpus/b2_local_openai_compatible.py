from openai import OpenAI

# LM Studio / Ollama OpenAI-compatible endpoint
local = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")


def rewrite(text: str) -> str:
    r = local.chat.completions.create(
        model="llama3.1",
        messages=[{"role": "user", "content": f"Rewrite more formally: {text}"}],
    )
    return r.choices[0].message.content
