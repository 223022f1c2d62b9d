import os

from openai import AzureOpenAI

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o")

client = AzureOpenAI(
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    api_version="2024-10-21",
)


def draft_reply(email: str) -> str:
    completion = client.chat.completions.create(
        model=DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Draft a polite reply."},
            {"role": "user", "content": email},
        ],
        max_tokens=400,
    )
    return completion.choices[0].message.content
