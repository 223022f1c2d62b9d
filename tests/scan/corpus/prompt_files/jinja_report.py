from jinja2 import Environment, FileSystemLoader
from openai import OpenAI

env = Environment(loader=FileSystemLoader("prompts"))
client = OpenAI()


def quarterly(company, metrics):
    prompt = env.get_template("report.j2").render(company=company, metrics=metrics)
    return client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=400,
    )
