from anthropic import Anthropic

anthropic_client = Anthropic()


def get_client() -> Anthropic:
    return Anthropic(max_retries=2)
