import os

import discord
from discord.ext import commands
from openai import AsyncOpenAI

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)

PERSONA = (
    "You are Pip, a cheerful helper in a gaming Discord. "
    "Keep answers under 80 words and never ping @everyone."
)


class LLM:
    client: AsyncOpenAI | None = None


@bot.event
async def on_ready():
    LLM.client = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
    print(f"logged in as {bot.user}")


@bot.command(name="ask")
async def ask(ctx: commands.Context, *, question: str):
    async with ctx.typing():
        resp = await LLM.client.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "system", "content": PERSONA}, {"role": "user", "content": question}],
            max_tokens=250,
        )
    await ctx.reply(resp.choices[0].message.content[:1900])


@bot.command(name="ping")
async def ping(ctx: commands.Context):
    await ctx.send("pong")


if __name__ == "__main__":
    bot.run(os.environ["DISCORD_TOKEN"])
