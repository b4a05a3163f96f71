// "Was this article helpful?" without JavaScript: the form posts to a route handler, which answers
// 303 back to the article with the outcome in its query (?feedback=...), and the article page shows
// that outcome (Post/Redirect/Get, so a reload never votes twice). This is the outcome and its
// query, both ways.

export type ArticleFeedbackState =
  | { status: "idle" }
  | { status: "voted"; helpful: boolean }
  | { status: "commented" }
  | { status: "error"; code: "rateLimited"; retryMinutes: number }
  | { status: "error"; code: "generic" };

/** The id of the article page's feedback section: the redirect lands on it. */
export const FEEDBACK_ANCHOR = "feedback";

/** The query and fragment that carry `state` back to the article page. */
export function feedbackSearch(state: ArticleFeedbackState): string {
  const query =
    state.status === "voted"
      ? `feedback=${state.helpful ? "yes" : "no"}`
      : state.status === "commented"
        ? "feedback=commented"
        : state.status === "error"
          ? state.code === "rateLimited"
            ? `feedback=rate-limited&retry=${state.retryMinutes}`
            : "feedback=error"
          : "";
  return query ? `?${query}#${FEEDBACK_ANCHOR}` : "";
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The outcome in an article page's query; anything else (a hand-made URL) is no outcome. */
export function parseFeedbackSearch(query: Record<string, string | string[] | undefined>): ArticleFeedbackState {
  switch (first(query.feedback)) {
    case "yes":
      return { status: "voted", helpful: true };
    case "no":
      return { status: "voted", helpful: false };
    case "commented":
      return { status: "commented" };
    case "rate-limited": {
      const minutes = Number(first(query.retry));
      return { status: "error", code: "rateLimited", retryMinutes: Number.isInteger(minutes) && minutes >= 1 && minutes <= 24 * 60 ? minutes : 1 };
    }
    case "error":
      return { status: "error", code: "generic" };
    default:
      return { status: "idle" };
  }
}
