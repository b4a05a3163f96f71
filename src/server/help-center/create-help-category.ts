// A category of the help center, or a section within one (`parentId`), with its name in one or
// more languages. Admins shape the help center; agents write the articles in it.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { fieldError, parseInput } from "@/server/validate";
import { chooseSlug, getCategoryInWorkspace, slugTakenError, uniqueViolation } from "./help-center-access";
import { CreateHelpCategoryInput } from "./help-center.schemas";

export async function createHelpCategory(ctx: Ctx, raw: CreateHelpCategoryInput): Promise<{ id: string }> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(CreateHelpCategoryInput, raw);
  try {
    return await inTransaction(ctx, async ({ db, workspace }) => {
      if (input.parentId) {
        const parent = await getCategoryInWorkspace(db, workspace.id, input.parentId);
        // Categories hold sections, sections hold articles: two levels, as the public pages show them.
        if (parent.parentId) throw fieldError("parentId", "invalid", "is a section; sections cannot hold sections");
      }
      const position = input.position ?? (await db.helpCategory.count({ where: { workspaceId: workspace.id, parentId: input.parentId ?? null } }));
      const category = await db.helpCategory.create({ data: { workspaceId: workspace.id, parentId: input.parentId ?? null, position }, select: { id: true } });
      for (const [locale, t] of Object.entries(input.translations)) {
        const slug = await chooseSlug(db, "category", { workspaceId: workspace.id, locale, exceptId: category.id }, t.slug, t.name, `translations.${locale}.slug`);
        await db.helpCategoryTranslation.create({ data: { workspaceId: workspace.id, categoryId: category.id, locale, name: t.name, description: t.description, slug } });
      }
      ctx.log.info({ categoryId: category.id, section: Boolean(input.parentId), locales: Object.keys(input.translations) }, "help center category created");
      return category;
    });
  } catch (err) {
    if (uniqueViolation(err)?.onSlug) throw slugTakenError("translations");
    throw err;
  }
}
