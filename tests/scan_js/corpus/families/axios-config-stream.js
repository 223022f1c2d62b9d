// An Express helper streaming from the Chat Completions API with one axios request config object.
const axios = require("axios");

async function streamAnswer(model, prompt) {
  const chosen = model || "gpt-4o";
  const config = {
    method: "post",
    url: "https://api.openai.com/v1/chat/completions",
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    data: { model: chosen, messages: [{ role: "user", content: prompt }], stream: true },
    responseType: "stream",
  };
  return axios(config);
}

module.exports = { streamAnswer };
