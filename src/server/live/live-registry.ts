// The live streams open in this process. Two limits keep a flood of streams (one session opened
// 1,000) from taking the process's memory and database connections:
// - at most `maxPerMember` streams per member; a new one closes that member's oldest (a member
//   with more tabs than that still gets updates in the newest ones);
// - whether each stream's viewer may still watch is asked in ONE query per interval for all
//   streams of the process, not a query per stream per heartbeat.
// Opening a stream (the session and membership lookups) goes through a Gate, so live streams never
// hold more than a few of the pool's connections while the inbox needs them.
import type { Logger } from "@/server/logger";

export type LiveViewerKey = { memberId: string; userId: string; workspaceId: string; sessionVersion: number };

export type LiveRegistryOptions = {
  maxPerMember: number;
  checkIntervalMs: number;
  /** The viewerKey()s, among these viewers, that may still watch; one query for all of them. */
  allowedViewers: (viewers: LiveViewerKey[]) => Promise<Set<string>>;
  log: Pick<Logger, "info" | "warn">;
};

type Entry = { viewer: LiveViewerKey; close: () => void };

/** A viewer's member and session version, as allowedViewers answers them. */
export function viewerKey(v: Pick<LiveViewerKey, "memberId" | "sessionVersion">): string {
  return `${v.memberId}:${v.sessionVersion}`;
}

export class LiveRegistry {
  /** Per member, oldest first. */
  private readonly byMember = new Map<string, Entry[]>();
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(private readonly options: LiveRegistryOptions) {}

  /** Registers an open stream; returns the function its cleanup calls. */
  add(viewer: LiveViewerKey, close: () => void): () => void {
    const entry: Entry = { viewer, close };
    const list = this.byMember.get(viewer.memberId) ?? [];
    list.push(entry);
    this.byMember.set(viewer.memberId, list);
    while (list.length > this.options.maxPerMember) {
      const oldest = list.shift()!;
      this.options.log.info({ memberId: viewer.memberId }, "live updates: too many streams for one member, closing the oldest");
      oldest.close();
    }
    this.timer ??= setInterval(() => void this.check(), this.options.checkIntervalMs);
    this.timer.unref?.();
    return () => this.remove(entry);
  }

  size(): number {
    let n = 0;
    for (const list of this.byMember.values()) n += list.length;
    return n;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private remove(entry: Entry): void {
    const list = this.byMember.get(entry.viewer.memberId);
    if (!list) return;
    const i = list.indexOf(entry);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byMember.delete(entry.viewer.memberId);
    if (this.byMember.size === 0) this.stop();
  }

  private async check(): Promise<void> {
    if (this.checking || this.byMember.size === 0) return;
    this.checking = true;
    try {
      // One viewer per member and session version (a stale session's streams end with it).
      const viewers = new Map<string, LiveViewerKey>();
      for (const list of this.byMember.values()) {
        for (const { viewer } of list) viewers.set(viewerKey(viewer), viewer);
      }
      const allowed = await this.options.allowedViewers([...viewers.values()]);
      for (const [key, viewer] of viewers) {
        if (allowed.has(key)) continue;
        for (const entry of [...(this.byMember.get(viewer.memberId) ?? [])]) {
          if (entry.viewer.sessionVersion !== viewer.sessionVersion) continue;
          this.options.log.info({ memberId: viewer.memberId }, "live updates: access ended, closing the stream");
          entry.close();
          this.remove(entry);
        }
      }
    } catch (err) {
      // A database blip should not drop every agent's stream; the next interval asks again.
      this.options.log.warn({ err }, "live updates: access re-check failed");
    } finally {
      this.checking = false;
    }
  }
}

/** Runs at most `concurrency` tasks at once; the others wait their turn in order. */
export class Gate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly concurrency: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finishing task hands its slot straight to the next in line, so no newcomer slips in between.
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
