// The window events through which LiveUpdates (one stream per browser, shared by its tabs)
// hands presence to an open ticket page, without re-rendering the route for it.

/** detail: the `presence` event's data, as the stream sent it (the page validates it). */
export const PRESENCE_EVENT = "shopdesk:presence";
/** The stream was down or changed hands: presence signals may have been missed. */
export const LIVE_RESYNC_EVENT = "shopdesk:live-resync";
