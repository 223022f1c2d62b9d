const { ChatAnthropic } = require("@langchain/anthropic");
const { HumanMessage, SystemMessage } = require("@langchain/core/messages");

const llm = new ChatAnthropic({ model: "claude-3-haiku-20240307", maxTokens: 300 });

async function reply(text) {
  const res = await llm.invoke([new SystemMessage("You are a friendly Discord bot."), new HumanMessage(text)]);
  return res.content;
}

module.exports = { reply };
