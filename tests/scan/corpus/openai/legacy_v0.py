# Written against openai<1.0 — still running in production.
import openai

openai.api_key = "sk-..."

def classify_ticket(text):
    result = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Classify the ticket as billing, bug, or feature request."},
            {"role": "user", "content": text},
        ],
        max_tokens=5,
        temperature=0,
    )
    return result["choices"][0]["message"]["content"]


def complete(prompt):
    return openai.Completion.create(engine="text-davinci-003", prompt=prompt, max_tokens=256)
