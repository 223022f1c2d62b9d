"""LlamaIndex >= 0.12 workflow agents: ``await agent.run(user_msg=...)`` runs the agent's LLM."""

from llama_index.core.agent.workflow import AgentWorkflow, FunctionAgent, ReActAgent
from llama_index.llms.ollama import Ollama
from llama_index.llms.openai import OpenAI


def convert(amount: float, rate: float) -> float:
    """Currency conversion tool."""
    return amount * rate


cashier = FunctionAgent(tools=[convert], llm=OpenAI(model="gpt-4o-mini"), system_prompt="You convert prices.")
thinker = ReActAgent(tools=[convert], llm=Ollama(model="qwen2.5:7b", request_timeout=120))
desk = AgentWorkflow.from_tools_or_functions([convert], llm=OpenAI(model="gpt-4.1"), system_prompt="Travel desk.")


async def quote(question: str) -> str:
    return str(await cashier.run(user_msg=question))


async def reason(question: str) -> str:
    return str(await thinker.run(question))


async def plan(question: str) -> str:
    return str(await desk.run(user_msg=question))
