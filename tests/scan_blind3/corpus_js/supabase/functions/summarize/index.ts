import { createClient } from "jsr:@supabase/supabase-js@2";
import OpenAI from "jsr:@openai/openai";

const openai = new OpenAI();

Deno.serve(async (req) => {
  const { record } = await req.json();
  const supabase = createClient(Deno.env.get("SUPABASE_URL")!, Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!);
  const response = await openai.responses.create({
    model: "gpt-4.1-nano",
    instructions: "Summarise the note in one sentence.",
    input: record.body,
    max_output_tokens: 80,
  });
  await supabase.from("notes").update({ summary: response.output_text }).eq("id", record.id);
  return new Response("ok");
});
