import { App } from "@slack/bolt";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

export function registerSlackHandlers(app: App) {
  app.message(async ({ message, say }) => {
    if (message.subtype || !("text" in message) || !message.text) return;
    const reply = await anthropic.messages.create({
      model: process.env.CLAUDE_MODEL || "claude-3-5-sonnet-latest",
      max_tokens: 1024,
      system: "You are a helpful Slack bot for the platform team. Use Slack markdown.",
      messages: [{ role: "user", content: message.text }],
    });
    const text = reply.content.find((b) => b.type === "text");
    await say(text && text.type === "text" ? text.text : "Sorry, I have no answer.");
  });
}
