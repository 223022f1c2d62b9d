import ollama from "ollama/browser";

const form = document.querySelector("#ask");
const out = document.querySelector("#out");

form.addEventListener("submit", async (e) => {
  e.preventDefault();
  const prompt = new FormData(form).get("prompt");
  const res = await ollama.generate({ model: "mistral", prompt, options: { num_predict: 200 } });
  out.textContent = res.response;
});
