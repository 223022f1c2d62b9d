from langchain_core.language_models import BaseChatModel
from langchain_core.prompts import ChatPromptTemplate

SUMMARY = ChatPromptTemplate.from_template("Summarize in {n} sentences:\n\n{text}")


def summarize(llm: BaseChatModel, text: str, n: int = 3) -> str:
    chain = SUMMARY | llm
    return chain.invoke({"text": text, "n": n}).content
