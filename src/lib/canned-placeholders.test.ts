import { describe, expect, it } from "vitest";
import { fillPlaceholders, unknownPlaceholders } from "./canned-placeholders";

describe("unknownPlaceholders", () => {
  it("lists names we do not fill, once each, and accepts spaces inside the braces", () => {
    expect(unknownPlaceholders("Hi {{customer.name}}, {{ ticket.number }} {{order.number}}{{agent.name}}")).toEqual([]);
    expect(unknownPlaceholders("Hi {{customer.first_name}} {{customer.first_name}} {{ foo }} {{}}")).toEqual(["customer.first_name", "foo", ""]);
  });

  it("ignores single braces and text without placeholders", () => {
    expect(unknownPlaceholders("{customer.name} and { {x} }")).toEqual([]);
  });
});

describe("fillPlaceholders", () => {
  it("fills every occurrence and keeps line breaks", () => {
    const { text, missing } = fillPlaceholders("Γεια σας {{customer.name}},\n\nΑίτημα #{{ticket.number}} / {{ customer.name }}\n{{agent.name}}", {
      "customer.name": "Μαρία",
      "ticket.number": "42",
      "agent.name": "Anna",
    });
    expect(text).toBe("Γεια σας Μαρία,\n\nΑίτημα #42 / Μαρία\nAnna");
    expect(missing).toEqual([]);
  });

  it("leaves missing values empty and reports them", () => {
    const { text, missing } = fillPlaceholders("Order {{order.number}} for {{customer.name}}", { "customer.name": "  ", "order.number": null });
    expect(text).toBe("Order  for ");
    expect(missing).toEqual(["order.number", "customer.name"]);
  });

  it("leaves unknown placeholders as written", () => {
    expect(fillPlaceholders("{{shop.name}}", {}).text).toBe("{{shop.name}}");
  });
});
