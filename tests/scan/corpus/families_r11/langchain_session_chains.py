"""A chat service that keeps one ConversationChain per session in a dict, and a synthetic-data chain from
langchain_experimental called directly."""

from langchain.chains import ConversationChain
from langchain.memory import ConversationBufferMemory
from langchain_experimental.synthetic_data import create_data_generation_chain
from langchain_openai import ChatOpenAI

chat_model = ChatOpenAI(model="gpt-4o-mini", max_tokens=300)
conversations = {}


def reply(session_id: str, text: str) -> str:
    if session_id not in conversations:
        conversations[session_id] = ConversationChain(llm=chat_model, memory=ConversationBufferMemory())
    conversation = conversations[session_id]
    return conversation.predict(input=text)


writer = create_data_generation_chain(ChatOpenAI(model="gpt-4.1-nano"))
sample = writer({"fields": ["city", "weather"], "preferences": {"style": "one short sentence"}})
