import dspy

lm = dspy.LM("openai/gpt-4o-mini", max_tokens=600, temperature=0.0)
dspy.configure(lm=lm)


class TriageSignature(dspy.Signature):
    """Route a customer message to the right team."""

    message: str = dspy.InputField()
    team: str = dspy.OutputField()


class Triage(dspy.Module):
    def __init__(self) -> None:
        super().__init__()
        self.route = dspy.ChainOfThought(TriageSignature)
        self.reply = dspy.Predict("message, team -> reply")

    def forward(self, message: str):
        team = self.route(message=message).team
        return self.reply(message=message, team=team)


def judge(answer: str) -> str:
    return lm(f"Is this answer polite? Reply yes or no.\n\n{answer}")[0]
