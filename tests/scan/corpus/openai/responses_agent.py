from openai import OpenAI

client = OpenAI()

INSTRUCTIONS = """You are a research assistant. Use the web search tool when the question
is about recent events, and cite your sources."""


def research(topic: str):
    return client.responses.create(
        model="gpt-4.1",
        instructions=INSTRUCTIONS,
        input=f"Write a short brief about {topic}.",
        tools=[{"type": "web_search_preview"}],
        max_output_tokens=800,
    )


def followup(previous_id: str, text: str):
    return client.responses.create(model="gpt-4.1-mini", previous_response_id=previous_id, input=text)
