from langchain_core.messages import HumanMessage
from langgraph.checkpoint.memory import MemorySaver
from langgraph.prebuilt import create_react_agent


def get_weather(city: str) -> str:
    """Get the weather for a city."""
    return f"It is always sunny in {city}."


graph = create_react_agent(
    "anthropic:claude-3-7-sonnet-latest",
    tools=[get_weather],
    prompt="You are a helpful travel assistant.",
    checkpointer=MemorySaver(),
)


def chat(thread_id: str, text: str) -> str:
    config = {"configurable": {"thread_id": thread_id}}
    result = graph.invoke({"messages": [HumanMessage(content=text)]}, config)
    return result["messages"][-1].content
