from langchain.chains import LLMChain
from langchain.chat_models import ChatOpenAI
from langchain.prompts import PromptTemplate

PROMPT = PromptTemplate(
    input_variables=["product"],
    template="What is a good name for a company that makes {product}? Give five options.",
)
llm = ChatOpenAI(model_name="gpt-3.5-turbo", temperature=0.9)
name_chain = LLMChain(llm=llm, prompt=PROMPT)


def company_names(product):
    return name_chain.run(product=product)
