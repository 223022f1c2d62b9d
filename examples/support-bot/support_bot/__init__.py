"""Acme customer-support bot: a small FastAPI service answering tickets with OpenAI and Anthropic models."""
