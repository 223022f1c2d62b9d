from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, Field

llm = ChatOpenAI(model="gpt-4o-mini", temperature=0, max_tokens=512)

prompt = ChatPromptTemplate.from_messages(
    [("system", "You answer questions about {product}."), ("human", "{question}")]
)
qa_chain = prompt | llm | StrOutputParser()


class Sentiment(BaseModel):
    label: str = Field(description="positive, negative or neutral")
    score: float


def answer(product: str, question: str) -> str:
    return qa_chain.invoke({"product": product, "question": question})


def sentiment(text: str) -> Sentiment:
    return llm.with_structured_output(Sentiment).invoke(f"Classify: {text}")
