import json
import os

import boto3

MODEL_ID = os.environ.get("BEDROCK_MODEL_ID", "anthropic.claude-3-5-sonnet-20240620-v1:0")
brt = boto3.client("bedrock-runtime", region_name="us-east-1")


def converse(question: str) -> str:
    resp = brt.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": question}]}],
        inferenceConfig={"maxTokens": 512, "temperature": 0.3},
    )
    return resp["output"]["message"]["content"][0]["text"]


def llama_generate(prompt: str) -> str:
    body = json.dumps({"prompt": prompt, "max_gen_len": 256, "temperature": 0.5})
    resp = brt.invoke_model(modelId="meta.llama3-1-70b-instruct-v1:0", body=body)
    return json.loads(resp["body"].read())["generation"]
