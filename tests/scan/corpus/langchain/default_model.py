from langchain_openai import ChatOpenAI

# No model given: the library's default is used at run time.
llm = ChatOpenAI(temperature=0.7)


def tagline(product: str) -> str:
    return llm.invoke(f"Write a tagline for {product}.").content
