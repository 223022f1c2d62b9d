"""LangChain v1 and LangGraph agents: every step of the loop is one model request."""

from langchain.agents import AgentExecutor, create_agent, create_tool_calling_agent
from langchain.chains import create_history_aware_retriever
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from langgraph.prebuilt import create_react_agent

from shop.tools import lookup_order, refund

planner = create_agent(
    model="gpt-4.1-mini",
    tools=[lookup_order, refund],
    system_prompt="You are the returns desk of a bike shop. Check the order before you promise a refund.",
)
chat = ChatOpenAI(model="gpt-4o-mini", max_tokens=400)
graph = create_react_agent(chat, [lookup_order])
rewrite = ChatPromptTemplate.from_messages([("system", "Rewrite the question for search."), ("user", "{input}")])
history_retriever = create_history_aware_retriever(chat, retriever=None, prompt=rewrite)
tool_prompt = ChatPromptTemplate.from_messages([("system", "Use the tools."), ("user", "{input}")])
executor = AgentExecutor(agent=create_tool_calling_agent(chat, [refund], tool_prompt), tools=[refund], max_iterations=6)


def answer(question: str) -> str:
    state = planner.invoke({"messages": [{"role": "user", "content": question}]}, config={"recursion_limit": 11})
    return state["messages"][-1].content


def stream_answer(question: str):
    for chunk in graph.stream({"messages": [("user", question)]}, stream_mode="values"):
        yield chunk


def search_query(question: str, history: list) -> list:
    return history_retriever.invoke({"input": question, "chat_history": history})


def run_refund(order_id: str) -> dict:
    return executor.invoke({"input": f"Refund order {order_id} if it arrived damaged."})
