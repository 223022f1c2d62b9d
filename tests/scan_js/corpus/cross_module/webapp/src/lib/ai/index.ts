export * from "./models";
export { default as fastModel } from "./models";
