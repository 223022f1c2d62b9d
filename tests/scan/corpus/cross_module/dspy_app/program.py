import dspy


class Answer(dspy.Signature):
    """Answer the question in one sentence."""

    question: str = dspy.InputField()
    answer: str = dspy.OutputField()


class QA(dspy.Module):
    def __init__(self):
        super().__init__()
        self.respond = dspy.ChainOfThought(Answer)

    def forward(self, question):
        return self.respond(question=question)
