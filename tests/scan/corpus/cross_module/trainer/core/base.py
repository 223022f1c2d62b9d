from configs.models import Settings


class BaseWriter:
    """Writers share the configured LLM and a prompt template."""

    def __init__(self, template: str):
        self.template = template
        self.llm = Settings.llm
