import { describe, expect, it } from "vitest";
import { feedbackSearch, parseFeedbackSearch, type ArticleFeedbackState } from "./article-feedback";

const query = (search: string) => Object.fromEntries(new URLSearchParams(search.replace(/#.*$/, "")));

describe("an article's feedback outcome in its URL", () => {
  it("comes back as it was sent, landing on the feedback section", () => {
    const states: ArticleFeedbackState[] = [
      { status: "voted", helpful: true },
      { status: "voted", helpful: false },
      { status: "commented" },
      { status: "error", code: "rateLimited", retryMinutes: 42 },
      { status: "error", code: "generic" },
    ];
    for (const state of states) {
      const search = feedbackSearch(state);
      expect(search).toMatch(/^\?feedback=[a-z-]+(&retry=\d+)?#feedback$/);
      expect(parseFeedbackSearch(query(search))).toEqual(state);
    }
    expect(feedbackSearch({ status: "idle" })).toBe("");
  });

  it("reads a hand-made URL as no outcome, and a wait it cannot believe as one minute", () => {
    expect(parseFeedbackSearch({})).toEqual({ status: "idle" });
    expect(parseFeedbackSearch({ feedback: "<script>" })).toEqual({ status: "idle" });
    expect(parseFeedbackSearch({ feedback: ["commented", "yes"] })).toEqual({ status: "commented" });
    for (const retry of ["0", "-3", "1.5", "99999", "soon", undefined]) {
      expect(parseFeedbackSearch({ feedback: "rate-limited", retry })).toEqual({ status: "error", code: "rateLimited", retryMinutes: 1 });
    }
  });
});
