import os

import google.generativeai as genai


def configured_genai():
    genai.configure(api_key=os.environ["GOOGLE_API_KEY"])
    return genai


class Translator:
    def __init__(self, model_name: str = "gemini-1.5-flash-002") -> None:
        self.genai = configured_genai()
        self.model_name = model_name

    def translate(self, text: str, language: str) -> str:
        model = self.genai.GenerativeModel(self.model_name, system_instruction="Translate faithfully.")
        return model.generate_content(f"Translate into {language}: {text}").text
