# -*- coding: latin-1 -*-
from openai import OpenAI
client = OpenAI()
GREETING = "Bonjour, ça va?"
client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": GREETING}])
