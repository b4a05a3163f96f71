"use server";
// Server actions of the agents' help-center pages: thin wrappers over the use cases, which check
// the roles (admins shape categories and sections, agents write articles, light agents read).
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { createArticle } from "./create-article";
import { createHelpCategory } from "./create-help-category";
import { deleteHelpCategory } from "./delete-help-category";
import {
  CreateArticleInput,
  CreateHelpCategoryInput,
  DeleteHelpCategoryInput,
  RestoreArticleVersionInput,
  SaveArticleContentInput,
  UpdateArticleInput,
  UpdateHelpCategoryInput,
  UploadArticleImageInput,
  type SavedArticleContent,
} from "./help-center.schemas";
import { restoreArticleVersion } from "./restore-article-version";
import { saveArticleContent } from "./save-article-content";
import { updateArticle } from "./update-article";
import { updateHelpCategory } from "./update-help-category";
import { uploadArticleImage, type UploadedArticleImage } from "./upload-article-image";

const createCategory = agentAction(CreateHelpCategoryInput, createHelpCategory);
const updateCategory = agentAction(UpdateHelpCategoryInput, updateHelpCategory);
const deleteCategory = agentAction(DeleteHelpCategoryInput, deleteHelpCategory);
const create = agentAction(CreateArticleInput, createArticle);
const save = agentAction(SaveArticleContentInput, saveArticleContent);
const restore = agentAction(RestoreArticleVersionInput, restoreArticleVersion);
const update = agentAction(UpdateArticleInput, updateArticle);
const upload = agentAction(UploadArticleImageInput, uploadArticleImage);

/** The agents' pages and the public help center, which shows what was just published. */
function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath(`/${slug}/help-center`, "layout");
    revalidatePath(`/${slug}/help`, "layout");
  }
  return result;
}

export async function createHelpCategoryAction(slug: string, input: CreateHelpCategoryInput): Promise<ActionResult<{ id: string }>> {
  return revalidated(slug, await createCategory(slug, input));
}

export async function updateHelpCategoryAction(slug: string, input: UpdateHelpCategoryInput): Promise<ActionResult<void>> {
  return revalidated(slug, await updateCategory(slug, input));
}

export async function deleteHelpCategoryAction(slug: string, input: DeleteHelpCategoryInput): Promise<ActionResult<void>> {
  return revalidated(slug, await deleteCategory(slug, input));
}

export async function createArticleAction(slug: string, input: CreateArticleInput): Promise<ActionResult<SavedArticleContent>> {
  return revalidated(slug, await create(slug, input));
}

/** Save as draft, publish or unpublish one language; CONFLICT when someone saved a newer version. */
export async function saveArticleContentAction(slug: string, input: SaveArticleContentInput): Promise<ActionResult<SavedArticleContent>> {
  return revalidated(slug, await save(slug, input));
}

export async function restoreArticleVersionAction(slug: string, input: RestoreArticleVersionInput): Promise<ActionResult<SavedArticleContent>> {
  return revalidated(slug, await restore(slug, input));
}

/** Category or section, promoted, problem areas. */
export async function updateArticleAction(slug: string, input: UpdateArticleInput): Promise<ActionResult<void>> {
  return revalidated(slug, await update(slug, input));
}

/** An image from the editor (button, paste or drop): React sends the Blob as a multipart part. */
export async function uploadArticleImageAction(slug: string, input: { file: Blob }): Promise<ActionResult<UploadedArticleImage>> {
  const file = input && typeof input === "object" && input.file instanceof Blob ? new Uint8Array(await input.file.arrayBuffer()) : (input as { file?: unknown } | null)?.file;
  // Large files are refused by the use case with a field error; the action's body limit (27 MB) is far above.
  return upload(slug, { file } as UploadArticleImageInput);
}
