import os

from anthropic import AnthropicVertex

region = os.environ.get("CLOUD_ML_REGION", "us-east5")
vertex = AnthropicVertex(region=region, project_id=os.environ.get("GCP_PROJECT"))


def classify(doc: str, model: str = os.environ.get("CLAUDE_MODEL", "claude-3-7-sonnet@20250219")) -> str:
    out = vertex.messages.create(
        model=model,
        max_tokens=50,
        messages=[{"role": "user", "content": "Which department should handle this document? " + doc}],
    )
    return out.content[0].text
