from langchain.chains import RetrievalQA
from langchain_community.vectorstores import FAISS
from langchain_openai import ChatOpenAI, OpenAIEmbeddings

store = FAISS.load_local("index", OpenAIEmbeddings(), allow_dangerous_deserialization=True)
qa = RetrievalQA.from_chain_type(
    llm=ChatOpenAI(model="gpt-3.5-turbo-0125", max_tokens=300),
    chain_type="stuff",
    retriever=store.as_retriever(search_kwargs={"k": 4}),
)


def ask(question: str) -> str:
    return qa.invoke({"query": question})["result"]
