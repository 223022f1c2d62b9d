from google import genai
from google.genai import types

client = genai.Client()
GEMINI = "gemini-2.0-flash"


def tutor_session(questions: list[str]) -> list[str]:
    chat = client.chats.create(
        model=GEMINI,
        config=types.GenerateContentConfig(system_instruction="You are a patient math tutor."),
    )
    answers = []
    for q in questions:
        answers.append(chat.send_message(q).text)
    return answers


def stream_poem(topic: str) -> None:
    for chunk in client.models.generate_content_stream(
        model="gemini-2.5-pro",
        contents=f"Write a haiku about {topic}",
        config=types.GenerateContentConfig(max_output_tokens=100),
    ):
        print(chunk.text, end="")
