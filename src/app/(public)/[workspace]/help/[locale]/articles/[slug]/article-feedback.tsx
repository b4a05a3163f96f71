"use client";
// "Was this article helpful?": Yes / No, then an optional comment. Plain forms posting to a server
// action, so they work before (and without) JavaScript; the answer is announced to screen readers.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { voteOnArticleAction, type VoteState } from "@/server/help-center/help-center.actions";
import { buttonClasses } from "@/ui/button";
import { Textarea } from "@/ui/textarea";

type Props = { workspaceId: string; articleId: string; locale: string };

export function ArticleFeedback({ workspaceId, articleId, locale }: Props) {
  const t = useTranslations("help.feedback");
  const [state, action, pending] = useActionState<VoteState, FormData>(voteOnArticleAction, { status: "idle" });
  const hidden = (
    <>
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
  return (
    <section aria-labelledby="feedback-question" className="mt-8 rounded-lg bg-white p-5 ring-1 ring-gray-200">
      {state.status !== "voted" ? (
        <form action={action} className="flex flex-wrap items-center gap-3">
          {hidden}
          <h2 id="feedback-question" className="font-medium text-gray-900">
            {t("question")}
          </h2>
          <div className="flex gap-2">
            <button type="submit" name="helpful" value="yes" disabled={pending} className={buttonClasses({ variant: "secondary", size: "sm" })}>
              {t("yes")}
            </button>
            <button type="submit" name="helpful" value="no" disabled={pending} className={buttonClasses({ variant: "secondary", size: "sm" })}>
              {t("no")}
            </button>
          </div>
        </form>
      ) : state.commented ? (
        <p id="feedback-question" className="text-gray-900">
          {t("commentThanks")}
        </p>
      ) : (
        <form action={action} className="space-y-3">
          {hidden}
          <input type="hidden" name="helpful" value={state.helpful ? "yes" : "no"} />
          <h2 id="feedback-question" className="font-medium text-gray-900">
            {t("thanks")}
          </h2>
          <label htmlFor="feedback-comment" className="block text-sm text-gray-700">
            {t(state.helpful ? "commentLabelYes" : "commentLabelNo")}
          </label>
          <Textarea id="feedback-comment" name="comment" maxLength={1000} rows={3} />
          <button type="submit" disabled={pending} className={buttonClasses({ variant: "primary", size: "sm" })}>
            {t("send")}
          </button>
        </form>
      )}
      <p role="status" className="mt-2 text-sm text-danger-800">
        {state.status === "error" ? (state.code === "rateLimited" ? t("rateLimited", { minutes: Math.max(1, Math.ceil((state.retryAfter ?? 60) / 60)) }) : t("error")) : null}
      </p>
    </section>
  );
}
