from langchain_anthropic import ChatAnthropic
from langchain_core.messages import HumanMessage, SystemMessage

chat = ChatAnthropic(model="claude-3-5-sonnet-latest", max_tokens=1500)


def critique(essay: str) -> str:
    messages = [
        SystemMessage(content="You are a writing tutor. Give three concrete suggestions."),
        HumanMessage(content=essay),
    ]
    return chat.invoke(messages).content
