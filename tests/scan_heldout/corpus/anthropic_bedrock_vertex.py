from anthropic import AnthropicBedrock, AnthropicVertex

bedrock_client = AnthropicBedrock(aws_region="us-west-2")
vertex_client = AnthropicVertex(region="us-east5", project_id="my-project")


def via_bedrock(prompt: str) -> str:
    message = bedrock_client.messages.create(
        model="anthropic.claude-3-5-sonnet-20241022-v2:0",
        max_tokens=256,
        messages=[{"role": "user", "content": prompt}],
    )
    return message.content[0].text


def via_vertex(prompt: str) -> str:
    message = vertex_client.messages.create(
        model="claude-3-5-sonnet-v2@20241022",
        max_tokens=256,
        messages=[{"role": "user", "content": prompt}],
    )
    return message.content[0].text
