from langchain_core.chat_history import InMemoryChatMessageHistory
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables.history import RunnableWithMessageHistory
from langchain_openai import ChatOpenAI

SYSTEM = "You are a travel agent. Ask clarifying questions before booking anything."

prompt = ChatPromptTemplate.from_messages(
    [("system", SYSTEM), MessagesPlaceholder(variable_name="history"), ("human", "{input}")]
)


class TravelBot:
    def __init__(self, model_name: str = "gpt-4o-mini") -> None:
        self.llm = ChatOpenAI(model=model_name, temperature=0.4)
        self.store: dict[str, InMemoryChatMessageHistory] = {}

    def _history(self, session_id: str) -> InMemoryChatMessageHistory:
        return self.store.setdefault(session_id, InMemoryChatMessageHistory())

    def ask(self, session_id: str, text: str) -> str:
        chain = prompt | self.llm
        answer = chain.invoke({"input": text, "history": self._history(session_id).messages})
        return answer.content
