import openai

openai.api_key = "sk-..."


def headline(article: str) -> str:
    completion = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Write a headline for:\n" + article}],
        max_tokens=30,
    )
    return completion.choices[0].message.content
