import os

from openai import AzureOpenAI

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-prod")

client = AzureOpenAI(
    api_version="2024-10-21",
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
)


class ComplianceChecker:
    def __init__(self, policy: str) -> None:
        self.policy = policy

    def check(self, text: str) -> bool:
        completion = client.chat.completions.create(
            model=DEPLOYMENT,
            messages=[
                {"role": "system", "content": f"Policy:\n{self.policy}\nReply COMPLIANT or VIOLATION."},
                {"role": "user", "content": text},
            ],
            max_tokens=5,
        )
        return completion.choices[0].message.content.strip() == "COMPLIANT"
