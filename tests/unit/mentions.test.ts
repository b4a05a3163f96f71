// findMentions: who an internal note mentions, by full name or email.
import { describe, expect, it } from "vitest";
import { findMentions } from "@/server/tickets/mentions";

const ann = { id: "ann", name: "Ann", email: "ann@shop.test" };
const annaMaria = { id: "anna-maria", name: "Anna Maria", email: "am@shop.test" };
const anna = { id: "anna", name: "Anna", email: "anna@shop.test" };
const b = { id: "b", name: "b", email: "bee@shop.test" };
const nikos = { id: "nikos", name: "Νίκος Παπαδόπουλος", email: "nikos@shop.test" };
const layla = { id: "layla", name: "ليلى حسن", email: "layla@shop.test" };
const members = [ann, annaMaria, anna, b, nikos, layla];

describe("findMentions", () => {
  it("finds a full name, case-insensitively", () => {
    expect(findMentions("Could @anna maria check the refund?", members)).toEqual(["anna-maria"]);
    expect(findMentions("@ANN please", members)).toEqual(["ann"]);
  });

  it("prefers the longest name that matches", () => {
    expect(findMentions("@Anna Maria", members)).toEqual(["anna-maria"]);
    expect(findMentions("@Anna, not Maria", members)).toEqual(["anna"]);
  });

  it("needs the name to end at a non-letter or the end of the text", () => {
    expect(findMentions("@Annabel knows", members)).toEqual([]);
    expect(findMentions("thanks @Ann.", members)).toEqual(["ann"]);
    expect(findMentions("@Ann", members)).toEqual(["ann"]);
  });

  it("finds an email address", () => {
    expect(findMentions("cc @am@shop.test for the invoice", members)).toEqual(["anna-maria"]);
    expect(findMentions("ask @bee@shop.test.", members)).toEqual(["b"]);
    expect(findMentions("ask @bee@shop.testing", members)).toEqual([]);
  });

  it("does not read an email address in running text as a mention", () => {
    expect(findMentions("the customer wrote from a@b.c yesterday", members)).toEqual([]);
    expect(findMentions("mail x.y@b.example", members)).toEqual([]);
  });

  it("works for Greek and Arabic names", () => {
    expect(findMentions("Ρώτα τον @ΝΊΚΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ για την επιστροφή", members)).toEqual(["nikos"]);
    expect(findMentions("يرجى من @ليلى حسن المتابعة", members)).toEqual(["layla"]);
    expect(findMentions("@ليلى حسنين", members)).toEqual([]);
  });

  it("lists each member once, in order of first mention", () => {
    expect(findMentions("@Anna and @Ann, then @anna again", members)).toEqual(["anna", "ann"]);
  });

  it("finds nothing without an @", () => {
    expect(findMentions("Anna Maria and Ann", members)).toEqual([]);
  });
});
