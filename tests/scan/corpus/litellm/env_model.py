import os

import litellm

LLM_MODEL = os.environ.get("LLM_MODEL", "gemini/gemini-1.5-flash")
MAX_OUT = int(os.environ.get("LLM_MAX_TOKENS", "1024"))


def rewrite_query(query: str) -> str:
    """Rewrite a search query for better retrieval."""
    result = litellm.completion(
        model=LLM_MODEL,
        messages=[
            {"role": "system", "content": "Rewrite the user's search query to be specific and keyword-rich."},
            {"role": "user", "content": query},
        ],
        max_tokens=MAX_OUT,
    )
    return result.choices[0].message.content
