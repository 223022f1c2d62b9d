import asyncio

from langchain_core.tools import tool
from langchain_openai import ChatOpenAI


@tool
def lookup_order(order_id: str) -> str:
    """Look up an order by id."""
    return f"Order {order_id}: shipped"


llm = ChatOpenAI(model="gpt-4o", temperature=0).bind_tools([lookup_order])


async def handle(message: str):
    return await llm.ainvoke(message)


async def handle_many(messages):
    return await asyncio.gather(*(handle(m) for m in messages))
