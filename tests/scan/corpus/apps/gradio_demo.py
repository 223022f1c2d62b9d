import gradio as gr
from openai import OpenAI

client = OpenAI()


def respond(message, history):
    messages = [{"role": "system", "content": "You are a cheerful cooking assistant."}]
    for user, bot in history:
        messages.append({"role": "user", "content": user})
        messages.append({"role": "assistant", "content": bot})
    messages.append({"role": "user", "content": message})
    stream = client.chat.completions.create(model="gpt-4o-mini", messages=messages, stream=True, max_tokens=600)
    partial = ""
    for chunk in stream:
        partial += chunk.choices[0].delta.content or ""
        yield partial


gr.ChatInterface(respond).launch()
