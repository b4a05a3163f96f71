// A real Dovecot IMAP server for tests (Debian's dovecot-imapd), on a free loopback port with its
// own config, users and maildirs in a temporary folder; stopped by its master's pid. See
// /work/shared/PLATFORM.md. Needs root (it runs the mail processes as the `mail` user).
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ImapFlow } from "imapflow";
import { freePort } from "./infra";

const run = promisify(execFile);

export type DovecotUser = { user: string; password: string; folders?: string[] };
export type Dovecot = { host: string; port: number; stop: () => Promise<void> };

export const DOVECOT_BIN = "/usr/sbin/dovecot";

/** Why a Dovecot test cannot run here, or null when it can. */
export function dovecotUnavailable(): string | null {
  if (!existsSync(DOVECOT_BIN)) return "dovecot is not installed (apt-get install -y dovecot-imapd)";
  if (userInfo().uid !== 0) return "dovecot tests run as root";
  return null;
}

async function mailIds(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run("id", ["mail"]);
  const uid = Number(/uid=(\d+)/.exec(stdout)?.[1]);
  const gid = Number(/gid=(\d+)/.exec(stdout)?.[1]);
  return { uid, gid };
}

export async function startDovecot(users: DovecotUser[]): Promise<Dovecot> {
  const dir = await mkdtemp(path.join(tmpdir(), "shopdesk-dovecot-"));
  // Dovecot's unprivileged processes must reach base_dir and the maildirs below it.
  await chmod(dir, 0o755);
  const port = await freePort();
  const { uid, gid } = await mailIds();
  const mail = path.join(dir, "mail");
  await mkdir(mail);
  await chown(mail, uid, gid);
  for (const u of users) {
    // Maildir++ folders are dot-prefixed directories beside the inbox.
    for (const folder of ["", ...(u.folders ?? []).map((f) => `.${f}`)]) {
      for (const sub of ["cur", "new", "tmp"]) {
        const p = path.join(mail, u.user, "Maildir", folder, sub);
        await mkdir(p, { recursive: true });
      }
    }
    await run("chown", ["-R", `${uid}:${gid}`, path.join(mail, u.user)]);
  }
  await writeFile(path.join(dir, "users"), users.map((u) => `${u.user}:{PLAIN}${u.password}`).join("\n") + "\n", { mode: 0o644 });
  const conf = path.join(dir, "dovecot.conf");
  await writeFile(
    conf,
    `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${mail}/%u/Maildir
first_valid_uid = 8
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=mail gid=mail home=${mail}/%u
}
`,
  );
  // The master daemonizes; its forked child keeps no pipe of ours open (stdio ignored).
  await new Promise<void>((resolve, reject) => {
    const child = spawn(DOVECOT_BIN, ["-c", conf], { stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`dovecot exited with ${code}`))));
  });
  const pidFile = path.join(dir, "run", "master.pid");
  const stop = async () => {
    const pid = Number((await readFile(pidFile, "utf8").catch(() => "")).trim());
    if (pid > 0) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // already gone
      }
      for (let i = 0; i < 50; i++) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await rm(dir, { recursive: true, force: true });
  };
  // Ready when it accepts connections.
  const net = await import("node:net");
  for (let i = 0; ; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, "127.0.0.1", () => {
        s.end();
        resolve(true);
      });
      s.on("error", () => resolve(false));
    });
    if (ok) break;
    if (i > 100) {
      const log = await readFile(path.join(dir, "dovecot.log"), "utf8").catch(() => "");
      await stop();
      throw new Error(`dovecot did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { host: "127.0.0.1", port, stop };
}

/** Runs `fn` with an imapflow client logged in to the test server as `user` (appending fixtures, reading flags). */
export async function withImap<T>(server: Dovecot, user: DovecotUser, fn: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({ host: server.host, port: server.port, secure: false, doSTARTTLS: false, auth: { user: user.user, pass: user.password }, logger: false });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** Appends a message to `folder`; returns its UID. */
export async function appendMail(server: Dovecot, user: DovecotUser, folder: string, raw: Buffer | string, flags: string[] = [], internalDate?: Date): Promise<number> {
  return withImap(server, user, async (c) => {
    const res = await c.append(folder, raw, flags, internalDate);
    if (!res || res.uid === undefined) throw new Error(`APPEND to ${folder} returned no UID`);
    return res.uid;
  });
}

/** The flags of every message of `folder` by UID. */
export async function folderFlags(server: Dovecot, user: DovecotUser, folder: string): Promise<Map<number, Set<string>>> {
  return withImap(server, user, async (c) => {
    const out = new Map<number, Set<string>>();
    const box = await c.mailboxOpen(folder, { readOnly: true });
    if (box.exists === 0) return out;
    for (const m of await c.fetchAll("1:*", { uid: true, flags: true })) out.set(m.uid, m.flags ?? new Set());
    return out;
  });
}
