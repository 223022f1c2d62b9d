// pages/api/complete.js — an older Next.js API route on openai-node v3
const { Configuration, OpenAIApi } = require("openai");

const openai = new OpenAIApi(new Configuration({ apiKey: process.env.OPENAI_API_KEY }));

export default async function handler(req, res) {
  const completion = await openai.createChatCompletion({
    model: "gpt-3.5-turbo",
    messages: [{ role: "user", content: req.body.question }],
    max_tokens: 250,
  });
  res.status(200).json({ answer: completion.data.choices[0].message.content });
}
