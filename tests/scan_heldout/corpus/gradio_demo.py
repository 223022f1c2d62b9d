import gradio as gr
import anthropic as ant

client = ant.Anthropic()


def respond(message, history):
    msgs = []
    for user, assistant in history:
        msgs.append({"role": "user", "content": user})
        msgs.append({"role": "assistant", "content": assistant})
    msgs.append({"role": "user", "content": message})
    out = client.messages.create(model="claude-3-sonnet-20240229", max_tokens=512, messages=msgs)
    return out.content[0].text


demo = gr.ChatInterface(respond, title="Claude demo")

if __name__ == "__main__":
    demo.launch()
