import vertexai
from vertexai.generative_models import GenerationConfig, GenerativeModel

vertexai.init(project="acme-ml", location="europe-west4")

reviewer = GenerativeModel(
    "gemini-1.5-pro-002",
    system_instruction=["You review pull requests for security problems. Be specific."],
    generation_config=GenerationConfig(max_output_tokens=1024, temperature=0.1),
)


def review(diff: str) -> str:
    return reviewer.generate_content(f"Review this diff:\n{diff}").text


def interactive(questions: list[str]) -> list[str]:
    chat = reviewer.start_chat()
    return [chat.send_message(q).text for q in questions]
