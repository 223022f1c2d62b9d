from langchain.chat_models import init_chat_model
from langchain_core.prompts import PromptTemplate

model = init_chat_model("gpt-4o", model_provider="openai", temperature=0)

translate_prompt = PromptTemplate.from_template("Translate to {language}: {text}")


def translate(text: str, language: str = "French") -> str:
    chain = translate_prompt | model
    return chain.invoke({"text": text, "language": language}).content
