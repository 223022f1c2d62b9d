import asyncio

from langchain.chat_models import init_chat_model
from langchain_core.messages import HumanMessage, SystemMessage

model = init_chat_model("claude-3-5-sonnet-latest", model_provider="anthropic", max_tokens=1000)


def batch_titles(texts: list[str]) -> list[str]:
    outs = model.batch([[HumanMessage(content=f"Title for: {t}")] for t in texts])
    return [o.content for o in outs]


async def live(question: str) -> None:
    async for chunk in model.astream(
        [SystemMessage(content="Be brief."), HumanMessage(content=question)]
    ):
        print(chunk.content, end="", flush=True)


if __name__ == "__main__":
    asyncio.run(live("Why is the sky blue?"))
