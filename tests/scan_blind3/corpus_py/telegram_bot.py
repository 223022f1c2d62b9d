"""Telegram bot: /fast and /smart commands route to different models through litellm."""
import logging

import litellm
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

log = logging.getLogger(__name__)

ROUTES = {
    "fast": "groq/llama-3.1-8b-instant",
    "smart": "anthropic/claude-3-5-sonnet-20241022",
}


async def _answer(update: Update, tier: str, text: str) -> None:
    response = await litellm.acompletion(
        model=ROUTES[tier],
        messages=[{"role": "user", "content": text}],
        max_tokens=400,
        num_retries=2,
    )
    await update.message.reply_text(response.choices[0].message.content)


async def fast(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _answer(update, "fast", " ".join(context.args))


async def smart(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _answer(update, "smart", " ".join(context.args))


async def haiku(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    r = await litellm.acompletion(model=ROUTES["smart"], messages=[{"role": "user", "content": "A haiku about " + " ".join(context.args)}])
    await update.message.reply_text(r.choices[0].message.content)


def main() -> None:
    app = Application.builder().token("TOKEN").build()
    app.add_handler(CommandHandler("fast", fast))
    app.add_handler(CommandHandler("smart", smart))
    app.add_handler(CommandHandler("haiku", haiku))
    app.run_polling()
