// The launcher's child processes (web, worker, a one-off build): started with inherited output,
// stopped together by forwarding a signal, killed when they do not stop in time.
import { spawn, type ChildProcess } from "node:child_process";
import type { Logger } from "@/server/logger";

export type ChildSpec = {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
};

export type ExitInfo = { name: string; code: number | null; signal: NodeJS.Signals | null };

type Child = { spec: ChildSpec; proc: ChildProcess; exited: Promise<ExitInfo>; done: boolean; signalled: boolean };

export class Supervisor {
  private readonly children = new Map<string, Child>();
  private stopping = false;

  constructor(
    private readonly log: Logger,
    /** Called when a child exits before stopAll() was asked for. */
    private readonly onUnexpectedExit: (info: ExitInfo) => void = () => {},
  ) {}

  /** Starts a child; `expectExit` marks a one-off (a build) whose exit is not a failure. */
  start(spec: ChildSpec, opts: { expectExit?: boolean } = {}): Promise<ExitInfo> {
    if (this.children.has(spec.name)) throw new Error(`${spec.name} is already running`);
    // Same process group: a terminal's Ctrl-C reaches the children too, and the forwarded
    // signal covers `kill <launcher pid>`, systemd and container stops.
    const proc = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: "inherit" });
    const child: Child = { spec, proc, done: false, signalled: false, exited: Promise.resolve({ name: spec.name, code: null, signal: null }) };
    child.exited = new Promise<ExitInfo>((resolve) => {
      const finish = (code: number | null, signal: NodeJS.Signals | null) => {
        if (child.done) return;
        child.done = true;
        this.children.delete(spec.name);
        const info = { name: spec.name, code, signal };
        this.log.info({ child: spec.name, pid: proc.pid, code, signal }, `${spec.name} exited`);
        if (!this.stopping && !opts.expectExit) this.onUnexpectedExit(info);
        resolve(info);
      };
      proc.once("exit", finish);
      proc.once("error", (err) => {
        this.log.error({ child: spec.name, err: err.message }, `${spec.name} could not be started`);
        finish(null, null);
      });
    });
    this.children.set(spec.name, child);
    this.log.debug({ child: spec.name, pid: proc.pid, command: [spec.command, ...spec.args].join(" ") }, `${spec.name} started`);
    return child.exited;
  }

  /**
   * Sends `signal` to every running child (once: calling again only waits) and waits;
   * SIGKILL for those still running after `timeoutMs`.
   */
  async stopAll(signal: NodeJS.Signals, timeoutMs: number): Promise<ExitInfo[]> {
    this.stopping = true;
    const running = [...this.children.values()];
    for (const c of running) {
      if (!c.done && !c.signalled) {
        c.signalled = true;
        c.proc.kill(signal);
      }
    }
    let timer: NodeJS.Timeout | undefined;
    const all = Promise.all(running.map((c) => c.exited));
    const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
    const first = await Promise.race([all, timedOut]);
    clearTimeout(timer);
    if (first !== "timeout") return first;
    for (const c of running) {
      if (!c.done) {
        this.log.warn({ child: c.spec.name, pid: c.proc.pid, timeoutMs }, `${c.spec.name} did not stop in time; killing it`);
        c.proc.kill("SIGKILL");
      }
    }
    return all;
  }

  /** Last resort (a second Ctrl-C): SIGKILL to every child. */
  killAll(): void {
    this.stopping = true;
    for (const c of this.children.values()) if (!c.done) c.proc.kill("SIGKILL");
  }
}
