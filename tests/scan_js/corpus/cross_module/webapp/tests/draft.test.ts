import { expect, test, vi } from "vitest";
import { generateText } from "ai";
import { MockLanguageModelV1 } from "ai/test";
import { draftModel } from "@/lib/ai";

vi.mock("@/lib/ai", () => ({
  draftModel: new MockLanguageModelV1({
    doGenerate: async () => ({ text: "ok", finishReason: "stop", usage: { promptTokens: 1, completionTokens: 1 } }),
  }),
}));

test("drafts with the shared model", async () => {
  const result = await generateText({ model: draftModel, prompt: "Say ok" });
  expect(result.text).toBe("ok");
});

test("drafts with an inline mock model", async () => {
  const result = await generateText({ model: new MockLanguageModelV1({}), prompt: "Say ok" });
  expect(result.text).toBe("ok");
});
