import { BedrockClient, ListFoundationModelsCommand } from "@aws-sdk/client-bedrock";

// Look-alike: a builder returns a control-plane command (listing models); sending it asks no model anything.
const admin = new BedrockClient({ region: "us-east-1" });
function listCommand() {
  return new ListFoundationModelsCommand({ byOutputModality: "TEXT" });
}
export const models = async () => admin.send(listCommand());
