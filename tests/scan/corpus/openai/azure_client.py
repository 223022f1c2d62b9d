import os

from openai import AzureOpenAI

client = AzureOpenAI(
    api_key=os.getenv("AZURE_OPENAI_API_KEY"),
    api_version="2024-06-01",
    azure_endpoint=os.getenv("AZURE_OPENAI_ENDPOINT"),
)
DEPLOYMENT = os.getenv("AZURE_DEPLOYMENT", "gpt-4o")


def translate(text: str, target: str = "French") -> str:
    completion = client.chat.completions.create(
        model=DEPLOYMENT,
        messages=[
            {"role": "system", "content": "You translate text faithfully. Keep formatting."},
            {"role": "user", "content": "Translate into {lang}:\n\n{text}".format(lang=target, text=text)},
        ],
    )
    return completion.choices[0].message.content
