from mistralai.client import MistralClient
from mistralai.models.chat_completion import ChatMessage

client = MistralClient()


def legacy(question):
    return client.chat(model="mistral-medium", messages=[ChatMessage(role="user", content=question)])
