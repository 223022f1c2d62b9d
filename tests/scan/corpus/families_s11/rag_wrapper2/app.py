import os

from model.gemini_client import GeminiModel

fast = GeminiModel(os.environ["GOOGLE_API_KEY"], model_id="gemini-2.5-flash")
default = GeminiModel(os.environ["GOOGLE_API_KEY"])
