import { Bot } from "grammy";
import OpenAI from "openai";

const bot = new Bot(process.env.BOT_TOKEN!);
const oai = new OpenAI();

bot.command("roast", async (ctx) => {
  const target = ctx.match || "me";
  const stream = await oai.chat.completions.create({
    model: "gpt-4o",
    stream: true,
    messages: [{ role: "user", content: `A gentle, funny roast of ${target}, 3 lines.` }],
  });
  let text = "";
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
  await ctx.reply(text);
});

bot.start();
