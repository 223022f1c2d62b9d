from langchain_community.document_loaders import PyPDFLoader
from langchain_openai import OpenAIEmbeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter


def index_pdf(path: str):
    docs = PyPDFLoader(path).load()
    chunks = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=100).split_documents(docs)
    vectors = OpenAIEmbeddings(model="text-embedding-3-large").embed_documents([c.page_content for c in chunks])
    return list(zip(chunks, vectors))
