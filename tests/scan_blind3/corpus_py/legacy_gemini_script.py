import os

import google.generativeai as genai

genai.configure(api_key=os.environ["GOOGLE_API_KEY"])

model = genai.GenerativeModel(
    "gemini-1.5-pro",
    system_instruction="You are a meticulous legal-document summariser.",
    generation_config={"max_output_tokens": 1024},
)

with open("contract.txt") as fh:
    contract = fh.read()

result = model.generate_content(f"Summarise the termination clauses:\n{contract}")
print(result.text)

chat = model.start_chat(history=[])
reply = chat.send_message("Which clause is most risky for the buyer?")
print(reply.text)
