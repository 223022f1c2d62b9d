"""No SDK: the service calls the REST API directly to keep dependencies small."""
import os

import requests

API_URL = "https://api.openai.com/v1/chat/completions"
HEADERS = {"Authorization": f"Bearer {os.environ.get('OPENAI_API_KEY', '')}"}


def moderate_comment(comment: str) -> bool:
    payload = {
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "Reply YES if the comment is abusive, otherwise NO."},
            {"role": "user", "content": comment},
        ],
        "max_tokens": 1,
    }
    r = requests.post(API_URL, headers=HEADERS, json=payload, timeout=20)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip() == "YES"


def notify(text: str) -> None:
    requests.post("https://hooks.slack.com/services/T000/B000/XXXX", json={"text": text}, timeout=5)
