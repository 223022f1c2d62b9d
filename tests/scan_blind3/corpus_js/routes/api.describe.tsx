import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { GoogleGenAI } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const product = String(form.get("product"));
  const response = await ai.models.generateContent({
    model: "gemini-2.0-flash",
    contents: `Write an upbeat 40-word description of ${product}.`,
    config: { maxOutputTokens: 120 },
  });
  return json({ description: response.text });
}

export default function Describe() {
  return (
    <form method="post">
      <input name="product" />
      <button type="submit">Describe</button>
    </form>
  );
}
