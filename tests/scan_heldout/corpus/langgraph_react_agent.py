from langchain_core.tools import tool
from langchain_openai import ChatOpenAI
from langgraph.prebuilt import create_react_agent


@tool
def get_weather(city: str) -> str:
    """Return the weather for a city."""
    return f"It is always sunny in {city}."


model = ChatOpenAI(model="gpt-4o", temperature=0)
agent = create_react_agent(model, tools=[get_weather])


def ask(question: str):
    result = agent.invoke({"messages": [("user", question)]})
    return result["messages"][-1].content
