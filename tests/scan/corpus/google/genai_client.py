from google import genai
from google.genai import types

client = genai.Client()


def describe(product: str) -> str:
    response = client.models.generate_content(
        model="gemini-2.0-flash",
        contents=f"Write a 50-word product description for {product}.",
        config=types.GenerateContentConfig(
            system_instruction="You are a copywriter for an outdoor gear shop.",
            max_output_tokens=120,
            temperature=0.8,
        ),
    )
    return response.text
