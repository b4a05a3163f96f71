// Bytes this process stored a moment ago, kept for the one read that usually follows: the worker's
// IMAP fetcher stores a raw message and its processing job, in the same process, reads it back
// within seconds. Served from here, that read costs no query and no copy of the bytes through
// PostgreSQL (hex-encoded there, decoded here) or S3.
//
// Safe because a blob never changes: its id names one row whose bytes are these (content-addressed,
// never updated). An entry whose transaction rolled back is never asked for (nothing committed
// points at its id) and ages out.
//
// Bounded in bytes. When full, new bytes are not kept (rather than dropping the oldest): the
// processing job reads mail oldest first, so with a backlog larger than the budget, dropping the
// oldest would drop exactly the next ones to be read, every time. Entries leave when read (that
// read was the one they were kept for) or after maxAgeMs (read by another worker, or never).
// Only the worker turns it on (enableRecentBlobs): a web process stores mail it never reads back;
// and only raw mail is kept (putMany's readSoon), not attachments, which are rarely read soon.
export class RecentBlobs {
  private readonly entries = new Map<string, { bytes: Buffer; at: number }>();
  private bytes = 0;

  constructor(
    readonly maxBytes: number,
    readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private static key(workspaceId: string, id: string): string {
    return `${workspaceId}/${id}`;
  }

  remember(workspaceId: string, id: string, bytes: Buffer): void {
    const now = this.now();
    // Oldest first: a Map iterates in insertion order.
    for (const [key, entry] of this.entries) {
      if (now - entry.at <= this.maxAgeMs) break;
      this.drop(key, entry.bytes);
    }
    const key = RecentBlobs.key(workspaceId, id);
    if (this.entries.has(key) || this.bytes + bytes.byteLength > this.maxBytes) return;
    this.entries.set(key, { bytes, at: now });
    this.bytes += bytes.byteLength;
  }

  /** The bytes, if this process stored them recently; dropped from here once taken. */
  take(workspaceId: string, id: string): Buffer | undefined {
    const key = RecentBlobs.key(workspaceId, id);
    const found = this.entries.get(key);
    if (!found) return undefined;
    this.drop(key, found.bytes);
    return found.bytes;
  }

  private drop(key: string, bytes: Buffer) {
    this.entries.delete(key);
    this.bytes -= bytes.byteLength;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}
