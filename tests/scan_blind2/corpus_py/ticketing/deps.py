from anthropic import Anthropic


def make_client() -> Anthropic:
    return Anthropic(max_retries=4)
