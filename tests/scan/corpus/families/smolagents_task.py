from smolagents import CodeAgent, DuckDuckGoSearchTool, LiteLLMModel

model = LiteLLMModel(model_id="gemini/gemini-2.0-flash", max_tokens=2048)
agent = CodeAgent(tools=[DuckDuckGoSearchTool()], model=model, max_steps=6)


def research(question: str) -> str:
    return agent.run(question)
