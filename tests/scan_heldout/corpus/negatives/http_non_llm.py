import requests
import httpx

WEATHER_URL = "https://api.weather.example.com/v1/forecast"


def forecast(city: str) -> dict:
    r = requests.post(WEATHER_URL, json={"city": city, "model": "ecmwf"})
    r.raise_for_status()
    return r.json()


async def status(url: str) -> int:
    async with httpx.AsyncClient() as c:
        return (await c.get(url)).status_code
