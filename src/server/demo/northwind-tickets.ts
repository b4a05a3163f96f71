// Northwind Outfitters (outdoor gear, Tallinn): a second, smaller workspace, so switching
// workspaces and tenant isolation can be tried on real-looking data.
import type { DemoTicket } from "./demo-types";

export const NORTHWIND_TICKETS: DemoTicket[] = [
  {
    customer: "rachel.green@example.com",
    subject: "Tent hasn't arrived and our trip is on Friday",
    area: "shipping_tracking", channel: "EMAIL", status: "OPEN", priority: "HIGH", tags: ["late-delivery"],
    daysAgo: 0.5,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hi,\n\nI ordered the Lakeside 3-person tent (order NW-2093) with express delivery so it would arrive before our camping trip this Friday. DHL tracking JD014600009871234501 hasn't moved since it left Tallinn three days ago.\n\nCan you help?\n\nRachel" },
    ],
  },
  {
    customer: "ben.foster@example.com",
    subject: "Returning a sleeping bag",
    area: "returns", channel: "PORTAL", status: "PENDING", priority: "NORMAL", assignee: "mari",
    daysAgo: 3.4,
    messages: [
      { kind: "INBOUND", after: 0, text: "The Polar -10 sleeping bag is much bulkier than I expected and won't fit in my pack. It's unused, still in its compression sack. How do I return it?" },
      { kind: "REPLY", by: "mari", after: 95, text: "Hi Ben,\n\nNo problem. I've emailed you a prepaid return label; just drop the parcel at any DHL service point. We'll refund you within 5 working days of receiving it. Would you like a suggestion for a lighter bag instead?\n\nMari\nNorthwind Outfitters" },
    ],
  },
  {
    customer: "lucy.adams@example.org",
    subject: "Broken zip on the Trail 40L backpack",
    area: "other", channel: "EMAIL", status: "CLOSED", priority: "NORMAL", assignee: "kristjan", tags: ["damaged", "warranty"],
    daysAgo: 15.6,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hello,\n\nThe main zip on my Trail 40L backpack broke after about four months of use. I bought it in your shop (order NW-1877). Is this covered by the warranty?\n\nLucy Adams" },
      { kind: "NOTE", by: "kristjan", after: 30, text: "Known issue with the spring batch of zips. Replace under warranty, no need to ask for the old one back." },
      { kind: "REPLY", by: "kristjan", after: 40, text: "Hi Lucy,\n\nYes, it's covered by our two-year warranty. We're sending you a new Trail 40L today and you don't need to return the old one.\n\nKristjan\nNorthwind Outfitters" },
      { kind: "INBOUND", after: 3000, text: "New backpack arrived, thank you for such a quick fix!" },
    ],
  },
  {
    customer: "ben.foster@example.com",
    subject: "Hiking boots half a size too small",
    area: "exchanges", channel: "CHAT", status: "OPEN", priority: "NORMAL", assignee: "alex", tags: ["wrong-size"],
    daysAgo: 1.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hi, the Ridge GTX boots in 44 pinch my toes on the way downhill. Can I swap them for 44.5? Only worn indoors." },
      { kind: "NOTE", by: "alex", after: 10, text: "44.5 is out of stock until the 25th. Ask whether he wants to wait or go for 45." },
    ],
  },
  {
    customer: "karl.lepik@example.com",
    subject: "Kus mu tellimus on?",
    area: "order_status", channel: "EMAIL", status: "OPEN", priority: "NORMAL",
    daysAgo: 0.9,
    messages: [
      { kind: "INBOUND", after: 0, text: "Tere!\n\nTellisin nädal tagasi matkakeedu ja gaasiballoonid (tellimus NW-2071), aga tellimus on ikka olekus „Komplekteerimisel“. Millal see välja saadetakse?\n\nKarl Lepik" },
    ],
  },
  {
    customer: "maarja.kuusk@example.com",
    subject: "Tagasimakse puudub",
    area: "refunds", channel: "FORM", status: "CLOSED", priority: "NORMAL", assignee: "mari",
    daysAgo: 20.4,
    messages: [
      { kind: "INBOUND", after: 0, text: "Tellimuse number: NW-1954\n\nTere! Tagastasin matkakepid kaks nädalat tagasi, aga raha pole veel tagasi tulnud." },
      { kind: "REPLY", by: "mari", after: 70, text: "Tere, Maarja!\n\nMatkakepid jõudsid meieni ja tegime täna tagasimakse summas 64,90 €. Raha peaks teie kontole jõudma 1–3 tööpäeva jooksul.\n\nMari" },
    ],
  },
  {
    customer: "rasmus.ilves@example.com",
    subject: "Boonuspunktid ei kajastu kontol",
    area: "loyalty_points", channel: "PORTAL", status: "PENDING", priority: "LOW", assignee: "mari",
    daysAgo: 4.1,
    messages: [
      { kind: "INBOUND", after: 0, text: "Tere! Ostsin poest Rotermanni kvartalis matkasaapad, aga punktid ei ole minu kontole jõudnud. Andsin kassas oma telefoninumbri." },
      { kind: "REPLY", by: "mari", after: 120, text: "Tere, Rasmus!\n\nKauplusest tehtud oste seome kontoga telefoninumbri järgi, aga teie kontol on teine number. Kas saaksite saata ostutšeki foto? Siis lisame punktid käsitsi.\n\nMari" },
    ],
  },
  {
    customer: "maarja.kuusk@example.com",
    subject: "Kinkekaardi jääk",
    area: "gift_cards", channel: "PHONE", status: "CLOSED", priority: "LOW", assignee: "kristjan",
    daysAgo: 11.7,
    messages: [
      { kind: "INBOUND", after: 0, text: "Telefonikõne: klient soovis teada, kui palju on kinkekaardil veel raha ja kas seda saab kasutada ka e-poes." },
      { kind: "REPLY", by: "kristjan", after: 5, text: "Tere, Maarja!\n\nNagu telefonis rääkisime: kinkekaardil on veel 35,00 € ja seda saab kasutada nii kauplustes kui ka e-poes. Sisestage kaardi kood lihtsalt ostukorvis.\n\nKristjan" },
    ],
  },
  {
    customer: "agnieszka.zielinska@example.com",
    subject: "Anulowanie zamówienia NW-2087",
    area: "cancellations", channel: "EMAIL", status: "OPEN", priority: "URGENT", assignee: "alex",
    daysAgo: 0.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "Dzień dobry,\n\nproszę o anulowanie zamówienia NW-2087. Wyjazd w góry został odwołany i kurtka nie będzie mi już potrzebna. Zamówienie złożyłam dziś rano.\n\nAgnieszka Zielińska" },
    ],
  },
  {
    customer: "pawel.szymanski@example.com",
    subject: "Karta członkowska Northwind Club",
    area: "membership", channel: "CHAT", status: "CLOSED", priority: "NORMAL", assignee: "mari",
    daysAgo: 8.3,
    messages: [
      { kind: "INBOUND", after: 0, text: "Cześć, zapisałem się do Northwind Club, ale nie dostałem karty członkowskiej. Czy ona jest tylko w aplikacji?" },
      { kind: "REPLY", by: "alex", after: 6, text: "Cześć Paweł! Tak, karta członkowska jest dostępna tylko w aplikacji, w zakładce „Mój klub”. Wystarczy pokazać kod QR przy kasie." },
      { kind: "INBOUND", after: 8, text: "Jest, widzę. Dzięki!" },
    ],
  },
];
