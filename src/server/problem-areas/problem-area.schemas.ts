// One schema per problem area use case (Settings > Problem areas). Names per language follow
// ProblemAreaNamesSchema (src/lib/problem-area-names.ts): empty languages are dropped.
import { z } from "zod";
import { ProblemAreaNamesSchema } from "@/lib/problem-area-names";

const AreaId = z.uuid();

export const CreateProblemAreaInput = z.object({ names: ProblemAreaNamesSchema });
export type CreateProblemAreaInput = z.input<typeof CreateProblemAreaInput>;

export const RenameProblemAreaInput = z.object({ areaId: AreaId, names: ProblemAreaNamesSchema });
export type RenameProblemAreaInput = z.input<typeof RenameProblemAreaInput>;

export const MoveProblemAreaInput = z.object({ areaId: AreaId, direction: z.enum(["up", "down"]) });
export type MoveProblemAreaInput = z.input<typeof MoveProblemAreaInput>;

export const SetProblemAreaArchivedInput = z.object({ areaId: AreaId, archived: z.boolean() });
export type SetProblemAreaArchivedInput = z.input<typeof SetProblemAreaArchivedInput>;
