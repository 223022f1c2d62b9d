from anthropic import AnthropicVertex

PROJECT = "acme-ml-prod"
REGION = "europe-west1"
VERTEX_CLAUDE = "claude-3-5-sonnet-v2@20241022"

vertex = AnthropicVertex(project_id=PROJECT, region=REGION)


def summarise_call_transcript(transcript: str) -> str:
    resp = vertex.messages.create(
        model=VERTEX_CLAUDE,
        max_tokens=700,
        messages=[{"role": "user", "content": "Summarise this sales call:\n\n" + transcript}],
    )
    return resp.content[0].text
