"""ReAct agent with two tools; invoked from the CLI."""
import sys

from langchain import hub
from langchain.agents import AgentExecutor, create_react_agent
from langchain_community.tools import DuckDuckGoSearchRun
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI


@tool
def word_count(text: str) -> int:
    """Count the words in a text."""
    return len(text.split())


def build_executor(model_name: str = "gpt-4o-mini") -> AgentExecutor:
    llm = ChatOpenAI(model=model_name, temperature=0)
    tools = [DuckDuckGoSearchRun(), word_count]
    agent = create_react_agent(llm, tools, hub.pull("hwchase17/react"))
    return AgentExecutor(agent=agent, tools=tools, max_iterations=5, handle_parsing_errors=True)


if __name__ == "__main__":
    executor = build_executor()
    print(executor.invoke({"input": " ".join(sys.argv[1:])})["output"])
