"""A client of the app's own LangServe server: the chain runs on the server (where its LLM call is counted); here
it is an HTTP request to that server. Sessions kept in a dict hold plain strings."""

from langchain_core.prompts import ChatPromptTemplate
from langserve import RemoteRunnable

remote = RemoteRunnable("http://localhost:8000/summarise/")
prompt = ChatPromptTemplate.from_messages([("user", "Summarise: {text}")])
summary_chain = prompt | remote
titles = {}


def summarise(text: str) -> str:
    return summary_chain.invoke({"text": text})


def title_for(session_id: str) -> str:
    titles[session_id] = str(session_id).title()
    return titles[session_id].strip()
