from dataclasses import dataclass, field

from openai import OpenAI


@dataclass(frozen=True)
class JobConfig:
    model: str = "o4-mini"
    reasoning_effort: str = "medium"
    stop: list[str] = field(default_factory=list)


def grade(answer: str, rubric: str, cfg: JobConfig = JobConfig()) -> str:
    client = OpenAI()
    r = client.chat.completions.create(
        model=cfg.model,
        reasoning_effort=cfg.reasoning_effort,
        messages=[{"role": "developer", "content": rubric}, {"role": "user", "content": answer}],
    )
    return r.choices[0].message.content
