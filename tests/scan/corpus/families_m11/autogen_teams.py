"""A release-notes desk on AutoGen 0.4: one agent answers through on_messages, a writer/reviewer team takes turns
until approval (at most eight), and a selector team streams."""

import asyncio

from autogen_agentchat.agents import AssistantAgent, UserProxyAgent
from autogen_agentchat.conditions import TextMentionTermination
from autogen_agentchat.messages import TextMessage
from autogen_agentchat.teams import RoundRobinGroupChat, SelectorGroupChat
from autogen_core import CancellationToken
from autogen_ext.models.openai import OpenAIChatCompletionClient

DESK_MODEL = "gpt-4.1-mini"
client = OpenAIChatCompletionClient(model=DESK_MODEL)
writer = AssistantAgent("writer", model_client=client, system_message="Draft release notes.")
reviewer = AssistantAgent("reviewer", model_client=client, system_message="Reply APPROVED when the notes are clear.")
editor = UserProxyAgent("editor")


async def main() -> None:
    note = TextMessage(content="Summarise the changes in 1.4.", source="user")
    single = await writer.on_messages([note], cancellation_token=CancellationToken())
    team = RoundRobinGroupChat([writer, reviewer], termination_condition=TextMentionTermination("APPROVED"), max_turns=8)
    result = await team.run(task="Release notes for 1.4, please.")
    picker = SelectorGroupChat(
        participants=[editor, reviewer], model_client=OpenAIChatCompletionClient(model="gpt-4o-mini")
    )
    async for event in picker.run_stream(task="Check the draft."):
        print(event, single, result)


asyncio.run(main())
