import modal

MODEL_NAME = "Qwen/Qwen2.5-7B-Instruct"

image = modal.Image.debian_slim().pip_install("vllm==0.6.3")
app = modal.App("batch-generate", image=image)


@app.cls(gpu="A100", timeout=3600)
class Generator:
    @modal.enter()
    def load(self):
        from vllm import LLM, SamplingParams

        self.llm = LLM(model=MODEL_NAME, max_model_len=8192)
        self.params = SamplingParams(temperature=0.7, max_tokens=512)

    @modal.method()
    def generate(self, prompts: list[str]) -> list[str]:
        outputs = self.llm.generate(prompts, self.params)
        return [o.outputs[0].text for o in outputs]


@app.local_entrypoint()
def main():
    prompts = [f"Write a product description for item #{i}" for i in range(100)]
    for text in Generator().generate.remote(prompts):
        print(text[:80])
