from anthropic import AnthropicBedrock

bedrock = AnthropicBedrock(aws_region="us-west-2")


def summarize_call_transcript(transcript: str) -> str:
    response = bedrock.messages.create(
        model="anthropic.claude-3-haiku-20240307-v1:0",
        max_tokens=600,
        system="Summarize sales call transcripts for a CRM note. Include next steps.",
        messages=[{"role": "user", "content": transcript}],
    )
    return response.content[0].text
