// A Next.js route that forwards whatever the page sent to the Messages API: the body is built by the browser,
// so the model is not in this file.
export async function POST(request: Request) {
  const incoming = await request.json();
  const upstream = await fetch("https://api.anthropic.com/v1/messages", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-api-key": process.env.ANTHROPIC_API_KEY ?? "",
      "anthropic-version": "2023-06-01",
    },
    body: JSON.stringify(incoming),
  });
  return new Response(upstream.body, { status: upstream.status });
}
