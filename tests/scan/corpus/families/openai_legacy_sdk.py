"""openai-python 0.28 style, still common in older apps."""

import os

import openai

openai.api_type = "azure"
openai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT")
DEPLOYMENT = "gpt-35-turbo-prod"


def headline_options(article: str) -> list[str]:
    response = openai.ChatCompletion.create(
        engine=DEPLOYMENT,
        messages=[{"role": "user", "content": f"Suggest a headline for: {article}"}],
        max_tokens=30,
        n=3,
    )
    return [c.message.content for c in response.choices]


def legacy_complete(text: str) -> str:
    return openai.Completion.create(model="gpt-3.5-turbo-instruct", prompt=text, max_tokens=64).choices[0].text
