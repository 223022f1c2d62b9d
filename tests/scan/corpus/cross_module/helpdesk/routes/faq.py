from helpdesk.models import chat_model


def faq(question: str) -> str:
    return chat_model.invoke(f"Answer from the FAQ: {question}").content
