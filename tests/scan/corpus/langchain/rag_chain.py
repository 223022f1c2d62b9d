from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI

prompt = ChatPromptTemplate.from_messages(
    [
        ("system", "Answer the question using only the context below.\n\nContext:\n{context}"),
        ("human", "{question}"),
    ]
)
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0, max_tokens=512)
chain = prompt | llm | StrOutputParser()


def answer(question: str, docs: list[str]) -> str:
    return chain.invoke({"context": "\n\n".join(docs), "question": question})
