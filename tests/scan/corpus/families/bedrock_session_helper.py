import json

import boto3

MODEL_ID = "anthropic.claude-3-5-sonnet-20240620-v1:0"


def make_client(runtime: bool = True, region: str = "us-east-1"):
    if runtime:
        service = "bedrock-runtime"
    else:
        service = "bedrock"
    session = boto3.Session(profile_name="prod")
    return session.client(service_name=service, region_name=region)


client = make_client()


def ask(question: str) -> str:
    body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 300, "messages": [{"role": "user", "content": question}]}
    response = client.invoke_model(modelId=MODEL_ID, body=json.dumps(body))
    return json.loads(response["body"].read())["content"][0]["text"]
