"""Look-alike: a semantic-kernel kernel and an agent are built and their plugins listed, but nothing is asked."""

from semantic_kernel import Kernel
from semantic_kernel.agents import ChatCompletionAgent
from semantic_kernel.connectors.ai.open_ai import OpenAIChatCompletion

kernel = Kernel()
kernel.add_service(OpenAIChatCompletion(ai_model_id="gpt-4o-mini"))
agent = ChatCompletionAgent(kernel=kernel, name="Idle", instructions="Say nothing.")
print(agent.name, kernel.plugins)


async def ask_bare() -> None:
    """A kernel given no service has no model to ask (it raises before any request)."""
    bare = ChatCompletionAgent(kernel=Kernel(), name="Bare")
    await bare.get_response(messages="Anyone there?")
