"""The cog's reply loop: request options arrive as one dict, the client lives on the cog."""

from typing import Any

CACHE = {"type": "ephemeral"}


async def reply(cog, params: dict[str, Any], messages: list) -> str:
    params["messages"] = messages
    response = await cog.client.messages.create(**params, cache_control=CACHE)
    return response.content[0].text
