import json
from concurrent.futures import ThreadPoolExecutor, as_completed

from openai import OpenAI
from tqdm import tqdm

MODELS = ["gpt-4o-mini", "gpt-4o"]
client = OpenAI()


def run_one(model: str, item: dict) -> dict:
    r = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": item["prompt"]}],
        temperature=0,
        max_tokens=64,
    )
    return {"id": item["id"], "model": model, "output": r.choices[0].message.content}


def main(path: str):
    items = [json.loads(l) for l in open(path)]
    results = []
    with ThreadPoolExecutor(max_workers=16) as ex:
        futs = [ex.submit(run_one, m, it) for m in MODELS for it in items]
        for f in tqdm(as_completed(futs), total=len(futs)):
            results.append(f.result())
    json.dump(results, open("results.json", "w"), indent=2)
