from langchain.chat_models import init_chat_model
from pydantic import BaseModel


class Triage(BaseModel):
    severity: int
    component: str
    summary: str


base = init_chat_model("claude-3-5-sonnet-latest", model_provider="anthropic", temperature=0)
triager = base.with_structured_output(Triage)


def triage(issue_text: str) -> Triage:
    return triager.invoke(
        [("system", "Triage this GitHub issue."), ("human", issue_text)]
    )


async def stream_explanation(issue_text: str):
    async for chunk in base.astream(f"Explain this bug report to a new contributor:\n{issue_text}"):
        yield chunk.content
