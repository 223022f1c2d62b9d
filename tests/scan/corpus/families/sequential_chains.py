from langchain.chains import LLMChain, SequentialChain, SimpleSequentialChain
from langchain.prompts import PromptTemplate
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="gpt-4o-mini", max_tokens=300)

outline = LLMChain(llm=llm, prompt=PromptTemplate.from_template("Outline a blog post about {topic}."))
draft = LLMChain(llm=llm, prompt=PromptTemplate.from_template("Write the post from this outline: {outline}"))
polish = LLMChain(llm=llm, prompt=PromptTemplate.from_template("Polish the style of: {draft}"))

pipeline = SimpleSequentialChain(chains=[outline, draft, polish])


def write_post(topic: str) -> str:
    return pipeline.run(topic)


def write_with_keys(topic: str) -> dict:
    chain = SequentialChain(chains=[outline, draft], input_variables=["topic"], output_variables=["draft"])
    return chain.invoke({"topic": topic})
