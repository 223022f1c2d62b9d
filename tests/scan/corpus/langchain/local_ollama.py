from langchain_ollama import ChatOllama
from langchain_core.prompts import PromptTemplate

template = PromptTemplate.from_template(
    "You are a SQL expert. Given the schema:\n{schema}\nWrite a query that answers: {question}\nSQL:"
)
model = ChatOllama(model="llama3.1:8b", num_predict=256)
sql_chain = template | model


def to_sql(schema: str, question: str) -> str:
    return sql_chain.invoke({"schema": schema, "question": question}).content
