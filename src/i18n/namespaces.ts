// Message namespaces. Each one is a file per locale: src/i18n/messages/<locale>/<namespace>.json,
// loaded as messages[namespace]. To add one: append its name here and add the file for every
// locale (src/i18n/catalogs.test.ts checks that all locales have the same keys as "en").
export const namespaces = ["common", "auth", "agent", "tickets", "inbox", "presence", "settings", "mail", "help", "contact", "portal", "helpEditor", "slaTimeline", "notifications", "reports", "workspaceSetup"] as const;

export type Namespace = (typeof namespaces)[number];

/** What a shop's public pages (help center, contact form, portal) and their components use. */
export const publicNamespaces = ["common", "help", "contact", "portal"] as const satisfies readonly Namespace[];
