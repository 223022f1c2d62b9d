import vertexai
from vertexai.generative_models import GenerationConfig, GenerativeModel

vertexai.init(project="acme-ml", location="europe-west4")


class ReportWriter:
    def __init__(self) -> None:
        self.model = GenerativeModel(
            "gemini-1.5-pro-002",
            system_instruction=["You write weekly status reports."],
        )

    def write(self, notes: str) -> str:
        resp = self.model.generate_content(
            f"Notes:\n{notes}",
            generation_config=GenerationConfig(max_output_tokens=1024, temperature=0.4),
        )
        return resp.text
