from langchain.chains import ConversationChain
from langchain.memory import ConversationBufferMemory
from langchain_openai import ChatOpenAI

conversation = ConversationChain(
    llm=ChatOpenAI(model="gpt-4o-mini", temperature=0.3),
    memory=ConversationBufferMemory(),
)
