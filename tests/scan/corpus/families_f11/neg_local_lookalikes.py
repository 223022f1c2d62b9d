"""Look-alikes: the project's own helpers named like framework entry points."""

from myapp.agents import Runner
from myapp.toolkit import SimpleChatEngine


def create_agent(model: str, tools: list):
    """Builds a rule-based dispatcher; nothing here talks to a model."""
    return {"model": model, "tools": tools}


dispatcher = create_agent(model="gpt-4o", tools=[])
result = Runner.run(dispatcher, "route this ticket")
engine = SimpleChatEngine.from_defaults(llm=None)
reply = engine.chat("hello")
