# %%
from google import genai
client = genai.Client()

# %%
poem = client.models.generate_content(model="gemini-2.0-flash-lite", contents="Write a limerick about pandas (the library).")
print(poem.text)
