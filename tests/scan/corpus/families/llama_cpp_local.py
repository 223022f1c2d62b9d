from llama_cpp import Llama

llm = Llama(model_path="./weights/mistral-7b-instruct-v0.2.Q5_K_M.gguf", n_ctx=4096, n_gpu_layers=-1)
coder = Llama.from_pretrained(repo_id="Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF", filename="*q8_0.gguf")


def chat(question: str) -> str:
    reply = llm.create_chat_completion(
        messages=[{"role": "system", "content": "You are terse."}, {"role": "user", "content": question}],
        max_tokens=256,
    )
    return reply["choices"][0]["message"]["content"]


def complete(prefix: str) -> str:
    out = llm(f"Q: {prefix} A:", max_tokens=48, stop=["Q:"])
    return out["choices"][0]["text"]


def fix_code(snippet: str) -> str:
    return coder.create_completion(prompt=f"# Fix this code\n{snippet}\n", max_tokens=300)["choices"][0]["text"]
