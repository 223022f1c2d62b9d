import openai

client = openai.OpenAI()

EXTRACTION_MODEL = "gpt-4o-mini-2024-07-18"


def extract_invoice_fields(text: str) -> str:
    resp = client.with_options(timeout=30, max_retries=5).chat.completions.create(
        model=EXTRACTION_MODEL,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": "Extract vendor, total, currency and due_date as JSON."},
            {"role": "user", "content": text},
        ],
    )
    return resp.choices[0].message.content


def quick_label(text: str) -> str:
    r = (
        client
        .with_options(timeout=5)
        .chat.completions.create(
            model=EXTRACTION_MODEL, messages=[{"role": "user", "content": "One-word label: " + text}], max_tokens=3
        )
    )
    return r.choices[0].message.content
