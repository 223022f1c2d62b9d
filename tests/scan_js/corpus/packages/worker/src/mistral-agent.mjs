import { Mistral } from '@mistralai/mistralai'

const client = new Mistral({ apiKey: process.env.MISTRAL_API_KEY })
const AGENT_ID = process.env.MISTRAL_AGENT_ID

export async function triage(ticketText) {
  const res = await client.agents.complete({
    agentId: AGENT_ID,
    messages: [{ role: 'user', content: ticketText }],
  })
  return res.choices[0].message.content
}
