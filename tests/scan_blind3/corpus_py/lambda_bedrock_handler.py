import json
import os

from anthropic import AnthropicBedrock

MODEL_ID = os.getenv("BEDROCK_MODEL_ID", "anthropic.claude-3-5-sonnet-20240620-v1:0")
client = AnthropicBedrock(aws_region=os.getenv("AWS_REGION", "us-east-1"))


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    question = body.get("question", "")
    if not question:
        return {"statusCode": 400, "body": json.dumps({"error": "question required"})}
    message = client.messages.create(
        model=MODEL_ID,
        max_tokens=512,
        messages=[{"role": "user", "content": question}],
    )
    return {
        "statusCode": 200,
        "headers": {"content-type": "application/json"},
        "body": json.dumps({"answer": message.content[0].text}),
    }
