"""LangChain toolkit agents and task chains (langchain_community, langchain_experimental, langchain_classic)."""

import pandas as pd
from langchain_classic.chains import RetrievalQA
from langchain_community.agent_toolkits import create_sql_agent
from langchain_community.utilities import SQLDatabase
from langchain_experimental.agents import create_pandas_dataframe_agent
from langchain_neo4j import GraphCypherQAChain, Neo4jGraph
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4.1-mini", temperature=0, max_tokens=512)
sales = pd.read_csv("sales.csv")
analyst = create_pandas_dataframe_agent(llm, sales, allow_dangerous_code=True, max_iterations=4)
warehouse = create_sql_agent(llm, db=SQLDatabase.from_uri("sqlite:///shop.db"), agent_type="tool-calling")
faq = RetrievalQA.from_chain_type(llm=llm, chain_type="stuff", retriever=None)
graph_qa = GraphCypherQAChain.from_llm(llm, graph=Neo4jGraph(), allow_dangerous_requests=True)


def top_region() -> str:
    return analyst.invoke("Which region sold the most last quarter?")["output"]


def order_count() -> str:
    return warehouse.invoke({"input": "How many orders shipped in May?"})["output"]


def policy(question: str) -> str:
    return faq.invoke({"query": question})["result"]


def suppliers() -> str:
    return graph_qa.invoke({"query": "Which suppliers deliver to Lyon?"})["result"]
