// Demo Shop tickets from English-speaking customers.
import type { DemoTicket } from "./demo-types";

export const DEMO_TICKETS_EN: DemoTicket[] = [
  {
    customer: "sarah.mitchell@example.com",
    subject: "Return label missing from my parcel",
    area: "returns", channel: "EMAIL", status: "OPEN", priority: "NORMAL",
    daysAgo: 0.3,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hi,\n\nMy order #10342 arrived yesterday but the linen shirt doesn't fit, so I'd like to send it back. Your website says a prepaid return label is included in the box, but there was nothing in mine apart from the packing slip.\n\nCould you email me a label instead? I'd rather not pay for postage myself.\n\nThanks,\nSarah" },
    ],
  },
  {
    customer: "james.oconnor@example.com",
    subject: "Refund for order #10211 still not received",
    area: "refunds", channel: "EMAIL", status: "PENDING", priority: "HIGH", assignee: "alex", tags: ["refund-delay"],
    daysAgo: 6.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hello,\n\nI returned two pairs of chinos from order #10211 almost three weeks ago. Royal Mail shows the parcel was delivered to your warehouse on the 4th, but I still haven't seen the refund of £84.00 on my card.\n\nCan you tell me what's going on?\n\nJames O'Connor" },
      { kind: "NOTE", by: "alex", after: 95, text: "Warehouse scanned the return in 9 days ago but it never got marked as inspected. @Lena Light can you push it through today?" },
      { kind: "NOTE", by: "lena", after: 180, text: "Inspected and approved, refund of £84.00 sent to the payment provider just now." },
      { kind: "REPLY", by: "alex", after: 200, text: "Hi James,\n\nSorry for the wait. Your return was received but got held up at the inspection step on our side. I've had it processed today and the refund of £84.00 is on its way back to your card.\n\nDepending on your bank it usually shows up within 3-5 working days. Could you let me know once you see it?\n\nBest regards,\nAlex\nDemo Shop" },
    ],
  },
  {
    customer: "priya.shah@example.com",
    subject: "Please cancel my order before it ships",
    area: "cancellations", channel: "CHAT", status: "CLOSED", priority: "NORMAL", assignee: "alex",
    daysAgo: 21.4,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hi, I placed order #10158 about 20 minutes ago and accidentally ordered the wrong colour. Can you cancel it before it ships? I'll reorder the right one." },
      { kind: "REPLY", by: "alex", after: 3, text: "Hi Priya! Let me check that for you. Your order hasn't been picked yet, so I can cancel it right away." },
      { kind: "REPLY", by: "alex", after: 5, text: "Done - order #10158 is cancelled and the payment authorisation of £46.50 has been released. You should see it disappear from your card in a day or two." },
      { kind: "INBOUND", after: 6, text: "Brilliant, thank you so much!" },
    ],
  },
  {
    customer: "daniel.brooks@example.net",
    subject: "Exchange jeans for a size 32",
    area: "exchanges", channel: "PORTAL", status: "OPEN", priority: "NORMAL", assignee: "anna", tags: ["wrong-size"],
    daysAgo: 1.6,
    messages: [
      { kind: "INBOUND", after: 0, text: "I ordered the Slim Fit Selvedge jeans in 30/32 (order #10329) but they're too tight around the waist. Could I exchange them for 32/32? Same colour (indigo). They're unworn with the tags still on." },
      { kind: "NOTE", by: "anna", after: 40, text: "32/32 indigo is out of stock until next week's delivery. Holding one from the incoming batch for him." },
      { kind: "REPLY", by: "anna", after: 55, text: "Hi Daniel,\n\nHappy to swap them. The 32/32 in indigo is back in stock next week and I've reserved a pair for you. I've sent a free return label to your email; once the courier scans your parcel we'll ship the new size straight away, no need to wait for it to reach us.\n\nAnna" },
      { kind: "INBOUND", after: 1900, text: "Thanks Anna. The label link says it has expired though, could you send a new one?" },
    ],
  },
  {
    customer: "emily.carter@example.org",
    subject: "When will my order ship?",
    area: "order_status", channel: "FORM", status: "OPEN", priority: "LOW",
    daysAgo: 0.8,
    messages: [
      { kind: "INBOUND", after: 0, text: "Order number: #10351\n\nHi, I ordered a wool throw and two cushion covers on Saturday. The confirmation email said 1-2 days to dispatch but the status still says \"Processing\". Is everything in stock? It's a birthday present so I need it by the 20th." },
    ],
  },
  {
    customer: "tom.hughes@example.com",
    subject: "Tracking hasn't updated in 6 days",
    area: "shipping_tracking", channel: "EMAIL", status: "PENDING", priority: "HIGH", assignee: "alex", tags: ["late-delivery"],
    daysAgo: 3.1,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hi there,\n\nMy parcel for order #10297 (DPD tracking 15501234567890) has said \"At the hub\" for six days now. It was meant to arrive last Thursday. Has it been lost?\n\nTom" },
      { kind: "NOTE", by: "alex", after: 30, text: "Opened an investigation with DPD, ref INV-552081. They have 48h to respond. If nothing by Friday we reship." },
      { kind: "REPLY", by: "alex", after: 35, text: "Hi Tom,\n\nThanks for flagging this. I can see the parcel has been sitting at the DPD hub in Hinckley since last week, which isn't normal. I've opened an investigation with them and they're due to come back to us within 48 hours.\n\nIf it hasn't moved by Friday, we'll send a replacement by express at no cost to you. Is the delivery address on the order still the best one to use?\n\nAlex" },
    ],
  },
  {
    customer: "olivia.bennett@example.com",
    subject: "Points from my last order are missing",
    area: "loyalty_points", channel: "PORTAL", status: "CLOSED", priority: "LOW", assignee: "anna",
    daysAgo: 17.5,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hi, I spent £120 on order #10190 two weeks ago but my points balance hasn't changed, it's still 340. Shouldn't I have got 120 points?" },
      { kind: "REPLY", by: "anna", after: 70, text: "Hi Olivia,\n\nPoints are added once the 14-day return window has closed, which for order #10190 was yesterday. Our nightly job missed your order, so I've added the 120 points manually; your balance is now 460.\n\nAnna" },
      { kind: "INBOUND", after: 150, text: "I see them now, thanks!" },
    ],
  },
  {
    customer: "michael.reyes@example.com",
    subject: "Gift card balance shows zero",
    area: "gift_cards", channel: "CHAT", status: "CLOSED", priority: "NORMAL", assignee: "alex",
    daysAgo: 12.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "hey, my girlfriend gave me a £50 gift card for my birthday but when I check the balance it says £0.00. code ends in 7Q4K. never used it" },
      { kind: "REPLY", by: "alex", after: 4, text: "Hi Michael, sorry about that! I can see this card was bought on our site last week but the payment was still pending when the card was emailed, so it wasn't activated. The payment has cleared now and I've activated it manually: it should show £50.00 if you check again." },
      { kind: "INBOUND", after: 7, text: "yep shows 50 now. cheers" },
    ],
  },
  {
    customer: "sarah.mitchell@example.com",
    subject: "Membership renewed automatically - I didn't want that",
    area: "membership", channel: "EMAIL", status: "OPEN", priority: "NORMAL", assignee: "anna", tags: ["vip"],
    daysAgo: 2.3,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hello,\n\nI've just been charged £39 for another year of Demo Shop Plus. I don't remember agreeing to automatic renewal and I don't think I'll use the free delivery enough this year.\n\nCan you cancel it and refund the charge please?\n\nSarah Mitchell" },
      { kind: "NOTE", by: "anna", after: 25, text: "She's a VIP (12 orders last year). Renewal was yesterday, she hasn't used any Plus benefits since, so a full refund is within policy." },
    ],
  },
  {
    customer: "chris.taylor@example.net",
    subject: "Do you ship to Canada?",
    area: "other", channel: "SOCIAL", status: "CLOSED", priority: "LOW", assignee: "alex",
    daysAgo: 26.8,
    messages: [
      { kind: "INBOUND", after: 0, text: "Love your stuff! Do you ship to Canada and if so how much is it? Would I have to pay import fees?" },
      { kind: "REPLY", by: "alex", after: 45, text: "Thank you! Yes, we ship to Canada: standard delivery is £14.95 (7-10 working days) and it's free over £150. Import duties and taxes are collected by the carrier on delivery, so they're not included at checkout." },
    ],
  },
  {
    customer: "priya.shah@example.com",
    subject: "Charged twice for order #10288",
    area: "refunds", channel: "EMAIL", status: "OPEN", priority: "URGENT", assignee: "anna", tags: ["chargeback", "vip"],
    daysAgo: 0.9,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hi,\n\nI've been charged twice for order #10288 (£212.40 each time). My bank statement shows both payments as completed, not pending. If this isn't sorted by tomorrow I'll have to raise a dispute with my bank.\n\nPriya Shah" },
      { kind: "NOTE", by: "anna", after: 20, text: "Confirmed in the payment dashboard: the checkout retried after a timeout and captured twice. Refunding the duplicate now. @Alex Agent please don't let this one go to a chargeback." },
      { kind: "REPLY", by: "anna", after: 32, text: "Dear Priya,\n\nYou're right, and I'm sorry. A timeout at checkout caused the payment to be taken twice. I've refunded the duplicate £212.40 just now; you'll get a confirmation email from our payment provider, and the money is usually back within 3-5 working days.\n\nThere's no need to contact your bank, but if you already have, just let me know and I'll send them the refund reference.\n\nKind regards,\nAnna" },
      { kind: "INBOUND", after: 400, text: "Thanks for the quick response. I did already call my bank this morning. Can you send me the reference?" },
    ],
  },
  {
    customer: "james.oconnor@example.com",
    subject: "Damaged ceramic mug set",
    area: "returns", channel: "PHONE", status: "CLOSED", priority: "NORMAL", assignee: "alex", tags: ["damaged"],
    daysAgo: 24.1,
    messages: [
      { kind: "INBOUND", after: 0, text: "Phone call: customer received the 4-piece stoneware mug set (order #10122) with two mugs broken. Box was crushed on one corner. He sent photos to the shop email while we were on the call." },
      { kind: "NOTE", by: "alex", after: 10, text: "Photos received. No need to return broken ceramics, sending a replacement set." },
      { kind: "REPLY", by: "alex", after: 15, text: "Hi James,\n\nThanks for the photos, and sorry the mugs arrived broken. As discussed on the phone, there's no need to send anything back. A replacement set is on its way with tracking number JD014600006281234567.\n\nAlex" },
    ],
  },
  {
    customer: "hannah.wright@example.com",
    subject: "Marketplace order #10298: carrier reports address problem",
    area: "shipping_tracking", channel: "API", status: "OPEN", priority: "HIGH",
    daysAgo: 0.15,
    messages: [
      { kind: "INBOUND", after: 0, text: "Carrier exception for marketplace order #10298: \"Address incomplete - flat number missing\". Parcel held at depot for 5 days before return to sender. Customer message: My flat is 4B, sorry I forgot to add it!" },
    ],
  },
  {
    customer: "daniel.brooks@example.net",
    subject: "Order split into two parcels?",
    area: "order_status", channel: "CHAT", status: "PENDING", priority: "NORMAL", assignee: "alex",
    daysAgo: 4.5,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hi, I got a parcel today for order #10311 but only the belt was in it. Where are the shirts?" },
      { kind: "REPLY", by: "alex", after: 2, text: "Hi Daniel! The shirts ship from our second warehouse, so your order went out in two parcels. The second one is with Evri, tracking H01ZXA0012345678, and should arrive tomorrow. Is there anything else I can help with?" },
    ],
  },
  {
    customer: "emily.carter@example.org",
    subject: "Swap trainers size 42 for 43",
    area: "exchanges", channel: "EMAIL", status: "CLOSED", priority: "NORMAL", assignee: "anna", tags: ["wrong-size"],
    daysAgo: 19.7,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hi,\n\nThe Court Classic trainers (order #10167) are lovely but a bit short in size 42. Could I swap them for a 43?\n\nEmily" },
      { kind: "REPLY", by: "anna", after: 80, text: "Hi Emily,\n\nOf course! I've emailed you a prepaid return label. Once the courier scans the parcel we'll send the 43s out straight away.\n\nAnna" },
      { kind: "INBOUND", after: 4400, text: "Got the new pair today and they fit perfectly. Thanks!" },
    ],
  },
  {
    customer: "olivia.bennett@example.com",
    subject: "Gift card code not working at checkout",
    area: "gift_cards", channel: "FORM", status: "OPEN", priority: "NORMAL",
    daysAgo: 0.4,
    messages: [
      { kind: "INBOUND", after: 0, text: "Order number: -\n\nI'm trying to use gift card GC-8K2M-7Q4P at checkout and it says \"This code is not valid\". I've typed it several times. The card was a Christmas present and says it's valid for 2 years." },
    ],
  },
  {
    customer: "hannah.wright@example.com",
    subject: "Cancellation requested via marketplace for #10240",
    area: "cancellations", channel: "API", status: "CLOSED", priority: "LOW", assignee: "alex",
    daysAgo: 15.3,
    messages: [
      { kind: "INBOUND", after: 0, text: "Buyer requested cancellation of marketplace order #10240. Reason: \"Ordered by mistake\". Please accept or decline within 48 hours." },
      { kind: "NOTE", by: "alex", after: 50, text: "Not picked yet, accepted the cancellation in the marketplace dashboard." },
      { kind: "REPLY", by: "alex", after: 52, text: "Hi Hannah,\n\nYour order #10240 has been cancelled and you'll be refunded in full through the marketplace.\n\nAlex" },
    ],
  },
  {
    customer: "michael.reyes@example.com",
    subject: "How do I return a gift?",
    area: "returns", channel: "SOCIAL", status: "PENDING", priority: "NORMAL", assignee: "alex",
    daysAgo: 2.8,
    messages: [
      { kind: "INBOUND", after: 0, text: "Got a jumper from you as a gift but it's way too big. I don't have the order number, can I still return it?" },
      { kind: "REPLY", by: "alex", after: 30, text: "Hi Michael, yes you can! Could you send us the name or email of the person who bought it (or the gift receipt, if there was one in the box)? We'll find the order and refund you as store credit so the buyer isn't notified." },
    ],
  },
  {
    customer: "tom.hughes@example.com",
    subject: "Charged for Plus membership after cancelling",
    area: "membership", channel: "PHONE", status: "CLOSED", priority: "HIGH", assignee: "anna", tags: ["vip"],
    daysAgo: 9.6,
    messages: [
      { kind: "INBOUND", after: 0, text: "Phone call: customer cancelled Plus in his account settings last month but was charged the £39 renewal anyway. He has the cancellation confirmation email." },
      { kind: "NOTE", by: "anna", after: 5, text: "Cancellation is in the audit log but the billing provider still had the subscription active. Reported to engineering, refunded in full." },
      { kind: "REPLY", by: "anna", after: 12, text: "Hi Tom,\n\nThanks for your patience on the phone. I've refunded the £39 renewal charge and made sure your Plus membership is fully cancelled; you won't be charged again. You keep free delivery until the end of the current period as a thank-you.\n\nAnna" },
    ],
  },
  {
    customer: "chris.taylor@example.net",
    subject: "VAT invoice for my company",
    area: "other", channel: "EMAIL", status: "OPEN", priority: "LOW",
    daysAgo: 5.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hello,\n\nCould you reissue the invoice for order #10276 with our company details? Taylor & Finch Design Ltd, VAT number GB123456789, 14 Market Street, Leeds.\n\nThank you,\nChris" },
      { kind: "NOTE", by: "lena", after: 300, text: "Finance can do this but needs the registered address, not the trading one. Can whoever picks this up ask him?" },
    ],
  },
];
