import dspy
from program import QA

dspy.configure(lm=dspy.LM("openai/gpt-4o-mini", max_tokens=256))

if __name__ == "__main__":
    print(QA()(question="What is retrieval-augmented generation?").answer)
