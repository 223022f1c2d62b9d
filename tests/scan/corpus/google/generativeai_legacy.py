import google.generativeai as genai

genai.configure(api_key="...")

model = genai.GenerativeModel(
    "gemini-1.5-flash",
    system_instruction="You are a cat. Your name is Neko.",
    generation_config={"max_output_tokens": 200, "temperature": 1.0},
)


def meow(prompt: str) -> str:
    return model.generate_content(prompt).text


def conversation(turns: list[str]) -> list[str]:
    session = model.start_chat(history=[])
    return [session.send_message(t).text for t in turns]
