"""OpenAI Agents SDK: ``Runner.run(agent, input)`` runs the agent's model, one request per turn."""

from agents import Agent, OpenAIChatCompletionsModel, Runner
from openai import AsyncOpenAI

writer = Agent(name="Writer", instructions="Write release notes from a list of changes.", model="gpt-4.1-mini")
reviewer = Agent(
    name="Reviewer",
    instructions="Point out unclear sentences.",
    model=OpenAIChatCompletionsModel(model="qwen2.5:7b", openai_client=AsyncOpenAI(base_url="http://gpu-box:8000/v1")),
)
helper = Agent(name="Helper", instructions="Answer briefly.")


async def release_notes(changes: str) -> str:
    result = await Runner.run(writer, f"Changes:\n{changes}", max_turns=3)
    return result.final_output


def review(text: str) -> str:
    return Runner.run_sync(reviewer, text).final_output


async def answer(question: str) -> str:
    result = await Runner.run(helper, input=question)
    return result.final_output


def describe() -> str:
    return writer.name + helper.clone(name="Copy").name  # building and copying agents sends nothing
