from langchain.chat_models import init_chat_model

llm = init_chat_model("openai:gpt-4.1", temperature=0)
structured = llm.with_structured_output(dict)


def plan(goal: str):
    return structured.invoke(f"Break this goal into steps and return JSON: {goal}")


def batch_plan(goals):
    return llm.batch([f"One-line plan for: {g}" for g in goals])
