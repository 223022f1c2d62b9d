const express = require("express");
const { OpenAI } = require("openai");

const app = express();
app.use(express.json());

const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const SUPPORT_MODEL = "gpt-4o";

app.post("/api/support", async (req, res) => {
  res.setHeader("Content-Type", "text/event-stream");
  const stream = client.chat.completions.stream({
    model: SUPPORT_MODEL,
    messages: [
      { role: "system", content: "You are a patient technical support agent for a router brand." },
      { role: "user", content: req.body.question },
    ],
    max_tokens: 700,
  });
  stream.on("content", (delta) => res.write(`data: ${JSON.stringify(delta)}\n\n`));
  await stream.finalChatCompletion();
  res.end();
});

app.get("/health", (_req, res) => res.json({ ok: true }));

app.listen(process.env.PORT || 3000);
