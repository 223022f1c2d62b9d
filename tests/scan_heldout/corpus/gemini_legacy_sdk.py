import google.generativeai as genai

genai.configure(api_key="...")

model = genai.GenerativeModel(
    "gemini-1.5-flash",
    system_instruction="You are a helpful cooking assistant.",
    generation_config={"max_output_tokens": 400},
)


def recipe(ingredients: list[str]) -> str:
    response = model.generate_content("Suggest a recipe using: " + ", ".join(ingredients))
    return response.text


def chat_session():
    chat = model.start_chat(history=[])
    reply = chat.send_message("What can I cook with eggs and spinach?")
    return reply.text
