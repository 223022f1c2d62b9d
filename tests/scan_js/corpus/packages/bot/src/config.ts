export const MODEL = "gpt-4.1";
export const MAX_OUTPUT_TOKENS = 800;
export const SYSTEM_INSTRUCTIONS = "You are the release bot. Answer questions about the release calendar.";
