"""Claude and Llama on Amazon Bedrock through boto3."""
import json
import os

import boto3

REGION = os.getenv("AWS_REGION", "us-east-1")
runtime = boto3.client("bedrock-runtime", region_name=REGION)
s3 = boto3.client("s3")
CLAUDE = "anthropic.claude-3-5-sonnet-20240620-v1:0"


def answer(question: str, context: str) -> str:
    response = runtime.converse(
        modelId=CLAUDE,
        system=[{"text": "Answer from the context. Say 'unknown' when it is not there."}],
        messages=[{"role": "user", "content": [{"text": f"Context:\n{context}\n\nQuestion: {question}"}]}],
        inferenceConfig={"maxTokens": 512, "temperature": 0.2},
    )
    return response["output"]["message"]["content"][0]["text"]


def llama_summary(text: str) -> str:
    body = json.dumps({"prompt": f"Summarize:\n{text}", "max_gen_len": 256, "temperature": 0.5})
    out = runtime.invoke_model(modelId="meta.llama3-1-70b-instruct-v1:0", body=body)
    return json.loads(out["body"].read())["generation"]


def archive(key: str, text: str) -> None:
    s3.put_object(Bucket="summaries", Key=key, Body=text.encode())
