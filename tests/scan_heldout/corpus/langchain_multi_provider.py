import asyncio

from langchain_anthropic import ChatAnthropic
from langchain_core.messages import HumanMessage, SystemMessage
from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_ollama import ChatOllama

claude = ChatAnthropic(model="claude-3-5-sonnet-20240620", max_tokens=1024)
gemini = ChatGoogleGenerativeAI(model="gemini-1.5-pro", temperature=0.3)
local = ChatOllama(model="llama3.2", num_predict=200)

QUESTION = [
    SystemMessage(content="You are a concise assistant."),
    HumanMessage(content="What is the capital of Australia?"),
]


def compare():
    a = claude.invoke(QUESTION)
    b = gemini.invoke(QUESTION)
    print(a.content, b.content, sep="\n---\n")


async def compare_async():
    results = await local.abatch([QUESTION, QUESTION])
    return [r.content for r in results]


def stream_local():
    for chunk in local.stream("Tell me a joke about llamas"):
        print(chunk.content, end="")


if __name__ == "__main__":
    compare()
    print(asyncio.run(compare_async()))
