import OpenAI from "openai";

const openai = new OpenAI();

export async function POST(req: Request) {
  const form = await req.formData();
  const imageUrl = String(form.get("imageUrl"));
  const response = await openai.chat.completions.create({
    model: "gpt-4o",
    max_tokens: 300,
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: "Describe this product photo for an alt text. One sentence." },
          { type: "image_url", image_url: { url: imageUrl } },
        ],
      },
    ],
  });
  return Response.json({ alt: response.choices[0].message.content });
}
