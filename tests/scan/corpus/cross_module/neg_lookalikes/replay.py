from llm.openai import Completion


def replay(prompt: str) -> str:
    return Completion.create(model="text-davinci-003", prompt=prompt)
