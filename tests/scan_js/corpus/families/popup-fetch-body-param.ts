// A browser popup posting a JSON body that a helper's caller builds: the body is a parameter of the helper.
const COMPLETIONS_URL = "https://api.openai.com/v1/chat/completions";

async function post(payload: string, key: string) {
  const init = { method: "POST", headers: { Authorization: `Bearer ${key}` }, body: payload };
  const res = await fetch(COMPLETIONS_URL, init);
  return res.json();
}

export async function ask(question: string, key: string) {
  const request = { model: "gpt-4.1-mini", messages: [{ role: "user", content: question }] };
  return post(JSON.stringify(request), key);
}
