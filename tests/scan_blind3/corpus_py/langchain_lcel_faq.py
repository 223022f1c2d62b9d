from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "You answer questions about {product} using the FAQ below.\n\n{faq}"),
        ("human", "{question}"),
    ]
)
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0, max_tokens=300)
faq_chain = prompt | llm | StrOutputParser()


def answer(product: str, faq: str, question: str) -> str:
    return faq_chain.invoke({"product": product, "faq": faq, "question": question})


def answer_many(product: str, faq: str, questions: list[str]) -> list[str]:
    return faq_chain.batch(
        [{"product": product, "faq": faq, "question": q} for q in questions],
        config={"max_concurrency": 4},
    )
