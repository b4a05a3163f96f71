// A backup or restore that cannot go ahead, with a message that is the whole story for the
// operator (one line: what is wrong and what to do). The CLI prints it alone and exits 1.
export class BackupError extends Error {
  override name = "BackupError";
}
