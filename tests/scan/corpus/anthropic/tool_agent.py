"""A minimal tool-using agent loop."""
import json

import anthropic

TOOLS = [
    {
        "name": "get_weather",
        "description": "Current weather for a city",
        "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    }
]


def get_weather(city: str) -> str:
    return json.dumps({"city": city, "temp_c": 21})


class WeatherAgent:
    def __init__(self, client: anthropic.Anthropic, model: str = "claude-3-5-haiku-latest"):
        self.client = client
        self.model = model

    def run(self, user_text: str) -> str:
        messages = [{"role": "user", "content": user_text}]
        while True:
            response = self.client.messages.create(
                model=self.model, max_tokens=1024, tools=TOOLS, messages=messages
            )
            if response.stop_reason != "tool_use":
                return response.content[0].text
            tool = next(b for b in response.content if b.type == "tool_use")
            messages.append({"role": "assistant", "content": response.content})
            messages.append(
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool.id, "content": get_weather(**tool.input)}]}
            )
