// Creates a workspace with its default problem areas. Operator-level: called by the CLI,
// the demo seed and (later) sign-up; it is not scoped to an existing workspace.
import { WORKSPACE_REF_SELECT } from "@/server/context";
import type { DbTx } from "@/server/db";
import { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { DEFAULT_PROBLEM_AREAS, DEFAULT_PROBLEM_AREA_NAMES } from "@/lib/problem-areas";
import { parseInput } from "@/server/validate";
import { CreateWorkspaceInput } from "./workspace.schemas";

export type CreatedWorkspace = { id: string; slug: string; name: string; timeZone: string; defaultLocale: string };

export async function createWorkspace(db: DbTx, raw: CreateWorkspaceInput): Promise<CreatedWorkspace> {
  const input = parseInput(CreateWorkspaceInput, raw);
  try {
    const ws = await db.workspace.create({
      data: {
        slug: input.slug,
        name: input.name,
        timeZone: input.timeZone,
        defaultLocale: input.defaultLocale,
        problemAreas: {
          create: DEFAULT_PROBLEM_AREAS.map((key, position) => ({
            key,
            name: DEFAULT_PROBLEM_AREA_NAMES[key],
            position,
          })),
        },
      },
      select: WORKSPACE_REF_SELECT,
    });
    return ws;
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", `A workspace with the slug "${input.slug}" already exists`, {
        fields: { slug: "is already taken" },
        cause: e,
      });
    }
    throw e;
  }
}
