from mlx_lm import generate, load

model, tokenizer = load("mlx-community/Llama-3.2-3B-Instruct-4bit")


def answer(question: str) -> str:
    messages = [{"role": "user", "content": question}]
    prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True)
    return generate(model, tokenizer, prompt=prompt, max_tokens=256, verbose=False)
