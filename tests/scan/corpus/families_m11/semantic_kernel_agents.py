"""A menu assistant on semantic-kernel agents: an agent over an OpenAI service answers once, one over a kernel's
service streams, and a third is asked through invoke."""

import asyncio

from semantic_kernel import Kernel
from semantic_kernel.agents import ChatCompletionAgent
from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion, OpenAIChatCompletion

kernel = Kernel()
kernel.add_service(OpenAIChatCompletion(ai_model_id="gpt-4o-mini", service_id="menu"))

waiter = ChatCompletionAgent(service=OpenAIChatCompletion(ai_model_id="gpt-4.1-nano"), name="Waiter",
                             instructions="Answer questions about today's menu in one sentence.")
host = ChatCompletionAgent(kernel=kernel, name="Host", instructions="Greet guests and suggest a table.")
sommelier = ChatCompletionAgent(service=AzureChatCompletion(deployment_name="wine-gpt4o"), name="Sommelier")


async def main() -> None:
    reply = await waiter.get_response(messages="Is the soup vegetarian?")
    async for part in host.invoke_stream(messages="A table for four, please."):
        print(part)
    async for answer in sommelier.invoke(messages="A red under 30 euros?"):
        print(answer, reply)


asyncio.run(main())
