import { mockCreate } from "./__mocks__/openai";
import { summarize } from "../lib/summarize";

jest.mock("openai");

describe("summarize", () => {
  it("asks the mini model", async () => {
    await summarize("hello");
    expect(mockCreate).toHaveBeenCalledWith(expect.objectContaining({ model: "gpt-4o-mini" }));
  });
});
