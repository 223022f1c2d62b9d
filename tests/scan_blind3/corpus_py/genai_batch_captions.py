"""Caption product photos with Gemini (google-genai SDK)."""
import pathlib

from google import genai
from google.genai import types

client = genai.Client()
CAPTION_MODEL = "gemini-2.0-flash"


def caption(path: pathlib.Path) -> str:
    image = types.Part.from_bytes(data=path.read_bytes(), mime_type="image/jpeg")
    response = client.models.generate_content(
        model=CAPTION_MODEL,
        contents=[image, "Write a 15-word e-commerce caption."],
        config=types.GenerateContentConfig(max_output_tokens=60, temperature=0.4),
    )
    return response.text


def story(topic: str) -> str:
    parts = []
    for chunk in client.models.generate_content_stream(model="gemini-2.5-flash", contents=f"A short story about {topic}"):
        parts.append(chunk.text)
    return "".join(parts)


if __name__ == "__main__":
    for p in sorted(pathlib.Path("photos").glob("*.jpg")):
        print(p.name, caption(p))
