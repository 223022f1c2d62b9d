# A serverless function: the platform injects the openai module through `imports=[...]`.
from platform_sdk import App, Image

app = App("summariser", image=Image.debian_slim().pip_install("openai"))


@app.function(imports=["openai"])
def summarise(text: str) -> str:
    client = openai.OpenAI()
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarise: {text}"}],
        max_tokens=120,
    )
    return reply.choices[0].message.content
