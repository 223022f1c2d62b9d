from langchain.chains import ConversationChain
from langchain_openai import ChatOpenAI

conversation = ConversationChain(llm=ChatOpenAI(model="gpt-4o-mini", max_tokens=300))
