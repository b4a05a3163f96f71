// Renames a category or section, adds or removes one of its languages, or moves it in the order.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { fieldError, parseInput } from "@/server/validate";
import { chooseSlug, getCategoryInWorkspace, slugTakenError, uniqueViolation } from "./help-center-access";
import { UpdateHelpCategoryInput } from "./help-center.schemas";

export async function updateHelpCategory(ctx: Ctx, raw: UpdateHelpCategoryInput): Promise<void> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(UpdateHelpCategoryInput, raw);
  try {
    await inTransaction(ctx, async ({ db, workspace }) => {
      const category = await getCategoryInWorkspace(db, workspace.id, input.id);
      if (input.position !== undefined) await db.helpCategory.update({ where: { id: category.id }, data: { position: input.position } });
      for (const [locale, t] of Object.entries(input.translations ?? {})) {
        if (t === null) {
          await db.helpCategoryTranslation.deleteMany({ where: { categoryId: category.id, locale } });
          continue;
        }
        const current = await db.helpCategoryTranslation.findUnique({ where: { categoryId_locale: { categoryId: category.id, locale } }, select: { slug: true } });
        // A renamed category keeps its URL unless a new slug is given.
        const slug = await chooseSlug(db, "category", { workspaceId: workspace.id, locale, exceptId: category.id, current: current?.slug }, t.slug, t.name, `translations.${locale}.slug`);
        await db.helpCategoryTranslation.upsert({
          where: { categoryId_locale: { categoryId: category.id, locale } },
          create: { workspaceId: workspace.id, categoryId: category.id, locale, name: t.name, description: t.description, slug },
          update: { name: t.name, description: t.description, slug },
        });
      }
      if ((await db.helpCategoryTranslation.count({ where: { categoryId: category.id } })) === 0) {
        throw fieldError("translations", "required", "keep the name in at least one language");
      }
      ctx.log.info({ categoryId: category.id }, "help center category updated");
    });
  } catch (err) {
    if (uniqueViolation(err)?.onSlug) throw slugTakenError("translations");
    throw err;
  }
}
