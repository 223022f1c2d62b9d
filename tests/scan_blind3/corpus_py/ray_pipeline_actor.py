import ray
from transformers import pipeline

ray.init()


@ray.remote(num_gpus=1)
class Summarizer:
    def __init__(self, model_name: str = "microsoft/Phi-3-mini-4k-instruct"):
        self.pipe = pipeline("text-generation", model=model_name, device_map="auto")

    def summarize(self, doc: str) -> str:
        out = self.pipe(
            f"Summarize:\n{doc}\nSummary:",
            max_new_tokens=128,
            do_sample=False,
            return_full_text=False,
        )
        return out[0]["generated_text"]


if __name__ == "__main__":
    actors = [Summarizer.remote() for _ in range(2)]
    docs = open("docs.txt").read().split("\n\n")
    futures = [actors[i % 2].summarize.remote(d) for i, d in enumerate(docs)]
    print(ray.get(futures))
