"""Builds the bot's Anthropic client; the cog keeps it as ``self.client``."""

from anthropic import AsyncAnthropic


def build_client(api_key: str) -> AsyncAnthropic:
    return AsyncAnthropic(api_key=api_key, max_retries=4)
