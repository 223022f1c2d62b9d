from google.generativeai import GenerativeModel
from PIL import Image


def read_receipt(path: str) -> str:
    vision = GenerativeModel(model_name="gemini-1.5-pro")
    image = Image.open(path)
    response = vision.generate_content(["Extract the total amount from this receipt.", image])
    return response.text
