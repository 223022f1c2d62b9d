from google import genai

client = genai.Client()


async def summarise(text: str) -> str:
    response = await client.aio.models.generate_content(
        model="gemini-2.0-flash", contents=f"Summarise:\n{text}"
    )
    return response.text


def tutor():
    chat = client.chats.create(model="gemini-1.5-pro")
    first = chat.send_message("Teach me one Spanish word.")
    return first.text
