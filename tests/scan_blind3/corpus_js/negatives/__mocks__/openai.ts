export const mockCreate = jest.fn().mockResolvedValue({
  choices: [{ message: { content: "mocked" } }],
});

const OpenAI = jest.fn().mockImplementation(() => ({
  chat: { completions: { create: mockCreate } },
}));

export default OpenAI;
