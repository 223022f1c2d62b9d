import Anthropic from "@anthropic-ai/sdk";

const client = new Anthropic();

Bun.serve({
  port: 3000,
  async fetch(req) {
    const body = await req.json();
    const msg = await client.messages.create({
      model: "claude-3-5-haiku-latest",
      max_tokens: 512,
      messages: [{ role: "user", content: body.text }],
    });
    return Response.json({ text: msg.content[0].type === "text" ? msg.content[0].text : "" });
  },
});
