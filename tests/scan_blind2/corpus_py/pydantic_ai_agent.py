from pydantic import BaseModel
from pydantic_ai import Agent


class CityInfo(BaseModel):
    city: str
    country: str


agent = Agent("openai:gpt-4o", output_type=CityInfo, system_prompt="Extract the city.")


def where(text: str) -> CityInfo:
    return agent.run_sync(text).output
