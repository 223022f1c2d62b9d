import ollama

SYSTEM = "You are a commit message generator. Output a single conventional-commit line."


def commit_message(diff: str) -> str:
    response = ollama.chat(
        model="llama3.2",
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": diff},
        ],
        options={"num_predict": 60, "temperature": 0.2},
    )
    return response["message"]["content"]


def embed_free_generate(prompt: str) -> str:
    return ollama.generate(model="phi3:mini", prompt=prompt)["response"]
