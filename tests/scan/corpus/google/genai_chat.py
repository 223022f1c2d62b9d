import os

from google import genai

client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
chat = client.chats.create(model="gemini-2.5-flash")


def tutor(question: str) -> str:
    reply = chat.send_message(question)
    return reply.text


def stream_answer(question: str):
    for chunk in client.models.generate_content_stream(model="gemini-2.5-pro", contents=[question]):
        print(chunk.text, end="")
