import textwrap

from openai import OpenAI

_client = OpenAI()


def chat(prompt: str, *, model: str = "gpt-4o-mini", max_tokens: int = 512, system: str | None = None) -> str:
    """Thin wrapper used across the code base."""
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    resp = _client.chat.completions.create(model=model, messages=messages, max_tokens=max_tokens)
    return resp.choices[0].message.content


def explain_error(traceback_text: str) -> str:
    prompt = textwrap.dedent(
        f"""
        Explain this Python traceback to a junior developer and suggest a fix:

        {traceback_text}
        """
    )
    return chat(prompt, model="gpt-4o")
