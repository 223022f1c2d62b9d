from langchain_openai import ChatOpenAI


def create_model() -> ChatOpenAI:
    return ChatOpenAI(model_name="gpt-4.1", max_tokens=600)
