// "Was this article helpful?": Yes / No, then an optional comment. Plain forms that post to the
// feedback route and come back to the article with the outcome (src/lib/article-feedback.ts), so
// they need no JavaScript; the article pages ship none. The redirect lands on this section
// (#feedback), whose heading says what happened.
import { useTranslations } from "next-intl";
import { FEEDBACK_ANCHOR, type ArticleFeedbackState } from "@/lib/article-feedback";
import { buttonClasses } from "@/ui/button-styles";
import { Textarea } from "@/ui/textarea";

type Props = { action: string; articleId: string; state: ArticleFeedbackState };

export function ArticleFeedback({ action, articleId, state }: Props) {
  const t = useTranslations("help.feedback");
  const articleField = <input type="hidden" name="articleId" value={articleId} />;
  const voteForm = (
    <form action={action} method="post" className="flex flex-wrap items-center gap-3">
      {articleField}
      <h2 id="feedback-question" className="font-medium text-gray-900">
        {t("question")}
      </h2>
      <div className="flex gap-2">
        <button type="submit" name="helpful" value="yes" className={buttonClasses({ variant: "secondary", size: "sm" })}>
          {t("yes")}
        </button>
        <button type="submit" name="helpful" value="no" className={buttonClasses({ variant: "secondary", size: "sm" })}>
          {t("no")}
        </button>
      </div>
    </form>
  );
  return (
    <section id={FEEDBACK_ANCHOR} aria-labelledby="feedback-question" className="mt-8 rounded-lg bg-white p-5 ring-1 ring-gray-200">
      {state.status === "voted" ? (
        <form action={action} method="post" className="space-y-3">
          {articleField}
          <input type="hidden" name="helpful" value={state.helpful ? "yes" : "no"} />
          <h2 id="feedback-question" className="font-medium text-gray-900">
            {t("thanks")}
          </h2>
          <label htmlFor="feedback-comment" className="block text-sm text-gray-700">
            {t(state.helpful ? "commentLabelYes" : "commentLabelNo")}
          </label>
          <Textarea id="feedback-comment" name="comment" maxLength={1000} rows={3} />
          <button type="submit" className={buttonClasses({ variant: "primary", size: "sm" })}>
            {t("send")}
          </button>
        </form>
      ) : state.status === "commented" ? (
        <p id="feedback-question" className="text-gray-900">
          {t("commentThanks")}
        </p>
      ) : (
        voteForm
      )}
      {state.status === "error" && (
        <p role="alert" className="mt-2 text-sm text-danger-800">
          {state.code === "rateLimited" ? t("rateLimited", { minutes: state.retryMinutes }) : t("error")}
        </p>
      )}
    </section>
  );
}
