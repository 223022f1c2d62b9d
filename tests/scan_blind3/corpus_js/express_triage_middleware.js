const express = require("express");
const OpenAI = require("openai");

const client = new OpenAI();
const TRIAGE_MODEL = process.env.TRIAGE_MODEL || "gpt-4o-mini";

function triage() {
  return async function triageMiddleware(req, res, next) {
    try {
      const r = await client.chat.completions.create({
        model: TRIAGE_MODEL,
        messages: [
          { role: "system", content: "Classify the request as spam or ham. One word." },
          { role: "user", content: req.body.message || "" },
        ],
        max_tokens: 2,
      });
      req.isSpam = r.choices[0].message.content.trim().toLowerCase() === "spam";
      next();
    } catch (err) {
      next(err);
    }
  };
}

const app = express();
app.use(express.json());
app.post("/contact", triage(), (req, res) => res.json({ ok: !req.isSpam }));
module.exports = app;
