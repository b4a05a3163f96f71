// The problem areas every new workspace starts with. Their names are translated in the
// catalogs under `problemAreas.<key>`; admins may rename, add and archive areas.
export const DEFAULT_PROBLEM_AREAS = [
  "returns",
  "refunds",
  "cancellations",
  "exchanges",
  "order_status",
  "shipping_tracking",
  "loyalty_points",
  "gift_cards",
  "membership",
  "other",
] as const;

export type DefaultProblemAreaKey = (typeof DEFAULT_PROBLEM_AREAS)[number];

export const DEFAULT_PROBLEM_AREA_NAMES: Record<DefaultProblemAreaKey, string> = {
  returns: "Returns",
  refunds: "Refunds",
  cancellations: "Cancellations",
  exchanges: "Exchanges",
  order_status: "Order status",
  shipping_tracking: "Shipping and tracking",
  loyalty_points: "Loyalty points",
  gift_cards: "Gift cards and store credit",
  membership: "Membership",
  other: "Other",
};
