// A real SMTP server in the test process (nodemailer's smtp-server) on a free loopback port: it
// requires a login, keeps every message it accepts (raw bytes, parsed with mailparser, and the
// envelope), and answers DATA with the codes queued in `failNext` first ("451", "550"), so tests
// see what the product really sent and how it reacts to refusals.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "./infra";

export type CaughtMail = { raw: Buffer; mail: ParsedMail; envelope: { from: string; to: string[] }; user: string | undefined };

export type SmtpCatcher = {
  port: number;
  username: string;
  password: string;
  received: CaughtMail[];
  /** SMTP reply codes for the next DATA commands, in order (4xx or 5xx). */
  failNext: number[];
  stop: () => Promise<void>;
};

export async function startSmtpCatcher(username = "shop", password = "catcher-pass-1"): Promise<SmtpCatcher> {
  const received: CaughtMail[] = [];
  const failNext: number[] = [];
  const port = await freePort();
  const server = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === username && auth.password === password) cb(null, { user: auth.username });
      else cb(new Error("Invalid username or password"));
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const code = failNext.shift();
        if (code) {
          const err = new Error(code >= 500 ? "5.1.1 Recipient address rejected: no such user" : "4.7.1 Try again later, greylisted") as Error & { responseCode: number };
          err.responseCode = code;
          return cb(err);
        }
        const raw = Buffer.concat(chunks);
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        };
        const user = typeof session.user === "string" ? session.user : undefined;
        simpleParser(raw).then(
          (mail) => {
            received.push({ raw, mail, envelope, user });
            cb();
          },
          (err: Error) => cb(err),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { port, username, password, received, failNext, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
