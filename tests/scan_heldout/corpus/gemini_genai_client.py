import os

from google import genai
from google.genai import types

client = genai.Client(api_key=os.environ.get("GEMINI_API_KEY"))

GEMINI_MODEL = "gemini-2.0-flash"


def caption(image_bytes: bytes) -> str:
    response = client.models.generate_content(
        model=GEMINI_MODEL,
        contents=[
            types.Part.from_bytes(data=image_bytes, mime_type="image/jpeg"),
            "Write a one-line alt text for this image.",
        ],
        config=types.GenerateContentConfig(max_output_tokens=60),
    )
    return response.text


def brainstorm(topic: str) -> str:
    resp = client.models.generate_content(model="gemini-1.5-flash", contents=f"List 5 blog ideas about {topic}")
    return resp.text
