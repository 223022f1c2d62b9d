import os

from model.gemini import GeminiModel

model = GeminiModel(os.environ["GOOGLE_API_KEY"], model_id="gemini-2.5-flash")
