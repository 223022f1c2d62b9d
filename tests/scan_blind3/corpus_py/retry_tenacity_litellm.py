import os

from litellm import completion
from tenacity import retry, stop_after_attempt, wait_random_exponential

MODEL = os.getenv("LLM_MODEL", "gemini/gemini-1.5-flash")


@retry(wait=wait_random_exponential(min=1, max=40), stop=stop_after_attempt(6))
def completion_with_backoff(**kwargs):
    return completion(**kwargs)


@retry(wait=wait_random_exponential(min=1, max=20), stop=stop_after_attempt(3))
def rewrite(text: str, tone: str = "friendly") -> str:
    response = completion(
        model=MODEL,
        messages=[{"role": "user", "content": f"Rewrite in a {tone} tone:\n{text}"}],
        max_tokens=600,
    )
    return response["choices"][0]["message"]["content"]
