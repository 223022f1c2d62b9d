import json

import boto3

bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")
s3 = boto3.client("s3")

MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0"
TITAN_ID = "amazon.titan-text-express-v1"


def ask_claude(prompt: str) -> str:
    response = bedrock.converse(
        modelId=MODEL_ID,
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": 512, "temperature": 0.5},
    )
    return response["output"]["message"]["content"][0]["text"]


def ask_titan(prompt: str) -> str:
    body = json.dumps({"inputText": prompt, "textGenerationConfig": {"maxTokenCount": 400}})
    resp = bedrock.invoke_model(modelId=TITAN_ID, body=body, contentType="application/json")
    return json.loads(resp["body"].read())["results"][0]["outputText"]


def archive(key: str, text: str) -> None:
    s3.put_object(Bucket="llm-outputs", Key=key, Body=text.encode())
