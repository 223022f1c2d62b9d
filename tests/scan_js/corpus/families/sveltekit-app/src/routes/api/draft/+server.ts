// A SvelteKit endpoint forwarding the page's request to the client made in src/lib (imported through `$lib`,
// with the `.js` extension TypeScript sources use for `.ts` files).
import { json } from "@sveltejs/kit";
import { client } from "$lib/llm/client.js";

export const POST = async ({ request }) => {
  const args = await request.json();
  const completion = await client.chat.completions.create(args);
  return json(completion);
};
