"""Model chosen entirely at run time: the model is not statically knowable."""
import os
import sys

from openai import OpenAI

client = OpenAI(base_url=os.environ.get("LLM_BASE_URL"))


def run(model_name: str, prompt: str) -> str:
    r = client.chat.completions.create(model=model_name, messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content


if __name__ == "__main__":
    print(run(os.environ["MODEL"], sys.argv[1]))
