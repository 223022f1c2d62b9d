export const SUMMARY_MODEL = "gpt-4.1-mini";
export const TITLE_MODEL = "gpt-4.1-nano";
