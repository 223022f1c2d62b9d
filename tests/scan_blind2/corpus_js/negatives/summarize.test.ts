import { describe, expect, it, vi } from "vitest";
import OpenAI from "openai";

vi.mock("openai");

const mockClient = {
  chat: { completions: { create: vi.fn().mockResolvedValue({ choices: [{ message: { content: "ok" } }] }) } },
};

describe("summarize", () => {
  it("passes the model", async () => {
    await mockClient.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "x" }] });
    expect(mockClient.chat.completions.create).toHaveBeenCalledWith(expect.objectContaining({ model: "gpt-4o" }));
    expect(OpenAI).toBeDefined();
  });
});
