import os
import openai

client = openai.OpenAI(api_key=os.environ["OPENAI_API_KEY"])


def classify(text: str) -> str:
    r = client.with_options(timeout=30, max_retries=5).chat.completions.create(
        model="gpt-4.1-mini",
        messages=[
            {"role": "system", "content": "Label the ticket as bug, feature or question."},
            {"role": "user", "content": text},
        ],
        max_tokens=5,
    )
    return r.choices[0].message.content.strip().lower()


def translate(text: str, lang: str = "French") -> str:
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=[{"role": "user", "content": f"Translate to {lang}: {text}"}]
    )
    print(raw.headers.get("x-request-id"))
    return raw.parse().choices[0].message.content
