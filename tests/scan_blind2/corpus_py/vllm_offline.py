import argparse
import json

from vllm import LLM, SamplingParams


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="mistralai/Mistral-7B-Instruct-v0.3")
    ap.add_argument("--input", required=True)
    ap.add_argument("--max-tokens", type=int, default=256)
    args = ap.parse_args()

    prompts = [json.loads(line)["prompt"] for line in open(args.input)]
    llm = LLM(model=args.model, tensor_parallel_size=1)
    params = SamplingParams(temperature=0.7, max_tokens=args.max_tokens)
    for out in llm.generate(prompts, params):
        print(out.outputs[0].text)


if __name__ == "__main__":
    main()
