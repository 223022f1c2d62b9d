import os
import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

ENGINE = "text-davinci-003"


def complete(prompt, max_tokens=150):
    response = openai.Completion.create(
        engine=ENGINE,
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=0.7,
    )
    return response.choices[0].text.strip()


def chat(user_msg):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": user_msg}],
    )
    return completion.choices[0].message["content"]
