"""A dashboard callback using a conversation chain made in another module; nothing here names an SDK."""

from memory_chain import conversation
from scoring import regressor


def on_submit(text: str) -> str:
    score = regressor.predict([[len(text)]])
    return conversation.predict(input=text) + str(score)
