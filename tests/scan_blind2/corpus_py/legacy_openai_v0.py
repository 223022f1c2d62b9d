import openai

openai.api_key = "sk-..."


def chat(prompt):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=0.9,
    )
    return response["choices"][0]["message"]["content"]


def complete(prompt):
    response = openai.Completion.create(engine="text-davinci-003", prompt=prompt, max_tokens=150)
    return response["choices"][0]["text"]
