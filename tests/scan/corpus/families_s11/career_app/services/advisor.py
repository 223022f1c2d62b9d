"""A service class handed its chat model by the script that imports it; a history-wrapped chain over the same model."""

from langchain_core.runnables.history import RunnableWithMessageHistory

from career_app.prompts import TALK_TEMPLATE


class CareerAdvisor:
    def __init__(self, llm):
        self.llm = llm
        self.talk = RunnableWithMessageHistory(TALK_TEMPLATE | self.llm, lambda sid: None, input_messages_key="q")

    def suggest(self, profile: str) -> str:
        return self.llm.invoke(f"Suggest three careers for: {profile}")

    def follow_up(self, question: str, session: str) -> str:
        return self.talk.invoke({"q": question}, config={"configurable": {"session_id": session}})
