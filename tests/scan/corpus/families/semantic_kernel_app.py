import asyncio

from semantic_kernel import Kernel
from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion

kernel = Kernel()
kernel.add_service(AzureChatCompletion(service_id="chat", deployment_name="gpt-4o-mini-eu", api_key="..."))


async def slogan(product: str) -> str:
    result = await kernel.invoke_prompt(prompt="Write a slogan for {{$product}}.", product=product)
    return str(result)


if __name__ == "__main__":
    print(asyncio.run(slogan("a solar kettle")))
