"use strict";

const Anthropic = require("@anthropic-ai/sdk").default;

const anthropic = new Anthropic();

module.exports = async function summarize(text) {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-20241022",
    max_tokens: 300,
    messages: [{ role: "user", content: "Summarize the following text in one paragraph:\n\n" + text }],
  });
  return msg.content[0].text;
};
