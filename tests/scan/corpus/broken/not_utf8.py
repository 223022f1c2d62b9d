from openai import OpenAI
client = OpenAI()
x = "café"
client.chat.completions.create(model="gpt-4o", messages=[])
