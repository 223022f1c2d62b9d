const express = require("express");
const { AzureOpenAI } = require("openai");

const app = express();
app.use(express.json());

const deployment = process.env.AZURE_OPENAI_DEPLOYMENT || "gpt-4o";
const client = new AzureOpenAI({ deployment, apiVersion: "2024-10-21" });

app.post("/complete", async (req, res) => {
  const result = await client.chat.completions.create({
    model: deployment,
    messages: [{ role: "user", content: req.body.prompt }],
    max_tokens: 800,
  });
  res.json(result.choices[0].message);
});

app.listen(3000);
