"""Planner / worker / critic agents sharing one client."""
from openai import OpenAI

client = OpenAI()

AGENTS = {
    "planner": ("o3-mini", "Break the task into numbered steps."),
    "worker": ("gpt-4o", "Carry out the step you are given. Show your work."),
    "critic": ("gpt-4o-mini", "Point out mistakes in the work. Reply 'OK' if there are none."),
}


def call_agent(role: str, content: str) -> str:
    model, system = AGENTS[role]
    r = client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": content}],
    )
    return r.choices[0].message.content


def planner(task: str) -> str:
    r = client.chat.completions.create(
        model=AGENTS["planner"][0] if False else "o3-mini",
        messages=[{"role": "user", "content": task}],
        reasoning_effort="low",
    )
    return r.choices[0].message.content


def solve(task: str) -> str:
    plan = planner(task)
    work = "\n".join(call_agent("worker", step) for step in plan.splitlines() if step.strip())
    return call_agent("critic", work)
