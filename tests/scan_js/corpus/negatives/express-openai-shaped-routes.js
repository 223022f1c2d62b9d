// An Express server exposing OpenAI- and Ollama-shaped routes, a GET of the model list with an axios config, and a
// form upload: none of them is a request to a model.
const express = require("express");
const axios = require("axios");

const router = express.Router();
router.post("/v1/chat/completions", async (req, res) => res.json({ choices: [] }));
router.post("/api/chat", function (req, res) {
  res.json({ message: { role: "assistant", content: "ok" } });
});

async function listModels() {
  return axios({ method: "get", url: "https://api.openai.com/v1/models" });
}

async function upload(file) {
  const form = new FormData();
  form.append("file", file);
  return fetch("https://api.openai.com/v1/chat/completions", { method: "POST", body: form });
}

module.exports = { router, listModels, upload };
