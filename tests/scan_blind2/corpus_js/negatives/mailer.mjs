import { Resend } from "resend";
import sgMail from "@sendgrid/mail";

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendDigest(to, html) {
  await resend.emails.send({ from: "bot@acme.dev", to, subject: "Your AI digest", html });
  await sgMail.send({ to, from: "bot@acme.dev", subject: "Digest", text: "gpt-4o summary attached" });
}
