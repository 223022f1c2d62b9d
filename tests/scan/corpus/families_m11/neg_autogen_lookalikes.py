"""Look-alike: an AutoGen team of human proxies only (no model answers), and an agent that is built but never run."""

import asyncio

from autogen_agentchat.agents import AssistantAgent, UserProxyAgent
from autogen_agentchat.teams import RoundRobinGroupChat
from autogen_ext.models.openai import OpenAIChatCompletionClient

idle = AssistantAgent("idle", model_client=OpenAIChatCompletionClient(model="gpt-4o-mini"))
humans = RoundRobinGroupChat([UserProxyAgent("alice"), UserProxyAgent("bob")], max_turns=4)


async def main() -> None:
    await humans.run(task="Agree on a lunch place.")


asyncio.run(main())
