// What every command handler receives, and the helpers they share.
import type { Db } from "@/server/db";
import { type WorkspaceRef, WORKSPACE_REF_SELECT } from "@/server/context";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import type { FlagValues } from "./args";
import type { CliDatabase } from "./database";

export type CommandContext = {
  values: FlagValues;
  /** The arguments after the flags, for a command whose spec has `positionals`. */
  positionals: string[];
  /** A line for stderr, written at once (progress of a long command). */
  progress: (line: string) => void;
  log: Logger;
  /** Opens the database once per run; the runner closes it before the process exits. */
  openDatabase: () => Promise<CliDatabase>;
  /** A line for stdout. Printed after the database is closed, so nothing trails the last line. */
  out: (line: string) => void;
};

/** Returns the exit status when it is not 0 although nothing was thrown (what was printed still shows). */
export type CommandHandler = (c: CommandContext) => Promise<void | number>;

export function stringFlag(values: FlagValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/** The value of a flag the parser already checked as required. */
export function requiredFlag(values: FlagValues, name: string): string {
  const v = stringFlag(values, name);
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
}

export async function findWorkspace(db: Db, slug: string): Promise<WorkspaceRef> {
  const ws = await db.workspace.findUnique({
    where: { slug: slug.trim().toLowerCase() },
    select: WORKSPACE_REF_SELECT,
  });
  if (!ws) throw new AppError("NOT_FOUND", `No workspace with the slug "${slug}"`, { fields: { workspace: "not found" } });
  return ws;
}
