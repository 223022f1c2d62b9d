import { describe, expect, it, vi, beforeEach } from "vitest";

const create = vi.fn();

vi.mock("openai", () => ({
  default: vi.fn().mockImplementation(() => ({ chat: { completions: { create } } })),
}));

import { POST } from "../app/api/chat/route";

describe("POST /api/chat", () => {
  beforeEach(() => {
    create.mockReset();
    create.mockResolvedValue((async function* () {
      yield { choices: [{ delta: { content: "Hello" } }] };
    })());
  });

  it("streams the model's answer", async () => {
    const req = new Request("http://localhost/api/chat", {
      method: "POST",
      body: JSON.stringify({ messages: [{ role: "user", content: "hi" }] }),
    });
    const res = await POST(req as never);
    expect(await res.text()).toBe("Hello");
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ stream: true }));
  });
});
