// Demo Shop tickets from Estonian-speaking customers. Agents reply in Estonian, note in English.
import type { DemoTicket } from "./demo-types";

export const DEMO_TICKETS_ET: DemoTicket[] = [
  {
    customer: "kadri.tamm@example.com",
    subject: "Pakiautomaadi kood ei tööta",
    area: "shipping_tracking", channel: "EMAIL", status: "OPEN", priority: "NORMAL",
    daysAgo: 0.35,
    messages: [
      { kind: "INBOUND", after: 0, text: "Tere!\n\nMinu tellimus #10336 on Omniva andmetel Ülemiste pakiautomaadis, aga SMS-iga saadud kood ei ava kappi. Proovisin kaks korda, ekraanile tuleb teade „Vale kood“. Omniva klienditeenindus soovitas pöörduda saatja poole.\n\nKas saaksite uue koodi tellida?\n\nKadri Tamm" },
    ],
  },
  {
    customer: "mart.saar@example.com",
    subject: "Tagastussilt puudub",
    area: "returns", channel: "FORM", status: "PENDING", priority: "NORMAL", assignee: "alex",
    daysAgo: 3.3,
    messages: [
      { kind: "INBOUND", after: 0, text: "Tellimuse number: #10308\n\nTere, soovin talvesaapad tagastada, aga pakis ei olnud tagastussilti. Kuidas ma saan need tagasi saata?" },
      { kind: "REPLY", by: "alex", after: 85, text: "Tere, Mart!\n\nSaatsime teile e-postiga tagastuskoodi. Saapad saate tasuta tagasi saata ükskõik millisest Omniva pakiautomaadist: valige ekraanil „Saada pakk“ ja sisestage kood. Raha kanname tagasi 5 tööpäeva jooksul pärast seda, kui pakk on meieni jõudnud.\n\nParimate soovidega\nAlex" },
    ],
  },
  {
    customer: "liis.kask@example.com",
    subject: "Raha pole tagasi tulnud",
    area: "refunds", channel: "PORTAL", status: "CLOSED", priority: "NORMAL", assignee: "anna",
    daysAgo: 23.6,
    messages: [
      { kind: "INBOUND", after: 0, text: "Tere! Tagastasin kaks nädalat tagasi kleidi (tellimus #10201), aga raha pole ikka veel kontole jõudnud. Palun kontrollige." },
      { kind: "REPLY", by: "anna", after: 110, text: "Tere, Liis!\n\nVabandame viivituse pärast. Teie tagastus jõudis meieni, kuid jäi kontrolli ootele. Tegime tagasimakse täna ja 59,00 € peaks teie kontole jõudma 3–5 tööpäeva jooksul.\n\nParimate soovidega\nAnna" },
      { kind: "INBOUND", after: 4300, text: "Raha tuli kohale, aitäh!" },
    ],
  },
  {
    customer: "andres.magi@example.com",
    subject: "Jope vahetus suurema suuruse vastu",
    area: "exchanges", channel: "EMAIL", status: "OPEN", priority: "LOW", assignee: "alex", tags: ["wrong-size"],
    daysAgo: 4.9,
    messages: [
      { kind: "INBOUND", after: 0, text: "Tere\n\nTellisin softshell-jope suuruses M (tellimus #10325), aga see jääb õlgadest kitsaks. Kas saaksin selle L-suuruse vastu vahetada? Jope on kandmata ja siltidega.\n\nAndres" },
      { kind: "REPLY", by: "alex", after: 60, text: "Tere, Andres!\n\nLoomulikult. L-suurus on laos olemas ja panime selle teie jaoks kõrvale. Saatsime teile e-postiga tasuta tagastuskoodi; uue jope saadame teele kohe, kui teie pakk on pakiautomaati jõudnud.\n\nAlex" },
      { kind: "INBOUND", after: 1450, text: "Aitäh! Kas uue jope võiks saata mõnda teise pakiautomaati? Olen järgmisel nädalal Tartus." },
    ],
  },
  {
    customer: "triin.rebane@example.com",
    subject: "Boonuspunktid jäid tagastamata",
    area: "loyalty_points", channel: "CHAT", status: "OPEN", priority: "NORMAL",
    daysAgo: 1.1,
    messages: [
      { kind: "INBOUND", after: 0, text: "Tere! Tegin eile ostu ja kasutasin 200 boonuspunkti, aga tellimus tühistati, sest toode oli otsa saanud. Raha sain tagasi, punkte mitte. Kas saate need tagasi kanda?" },
    ],
  },
  {
    customer: "kadri.tamm@example.com",
    subject: "Topelttellimuse tühistamine",
    area: "cancellations", channel: "SOCIAL", status: "CLOSED", priority: "NORMAL", assignee: "alex",
    daysAgo: 13.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "Tere! Kas saan tänase tellimuse #10259 veel tühistada? Tellisin kogemata sama asja kaks korda." },
      { kind: "REPLY", by: "alex", after: 20, text: "Tere, Kadri! Jah, tühistasime topelttellimuse #10259 ja raha jõuab teie kontole paari tööpäeva jooksul. Teine tellimus saadetakse välja tavapäraselt." },
      { kind: "INBOUND", after: 35, text: "Suur aitäh!" },
    ],
  },
  {
    customer: "mart.saar@example.com",
    subject: "Tellimus on endiselt töötlemisel",
    area: "order_status", channel: "PHONE", status: "PENDING", priority: "HIGH", assignee: "anna",
    daysAgo: 1.8,
    messages: [
      { kind: "INBOUND", after: 0, text: "Telefonikõne: klient helistas tellimuse #10330 pärast, mis on juba neli päeva olekus „Töötlemisel“. Kaupa on tal vaja hiljemalt reedeks." },
      { kind: "NOTE", by: "anna", after: 6, text: "One item is a pre-order arriving at the warehouse on Wednesday. Offered to split the shipment, waiting for his answer." },
      { kind: "REPLY", by: "anna", after: 12, text: "Tere, Mart!\n\nNagu telefonis rääkisime: üks toode teie tellimuses jõuab meie lattu kolmapäeval. Võime ülejäänud kauba kohe välja saata ja selle toote eraldi järele saata, ilma lisatasuta. Palun andke teada, kas see sobib.\n\nAnna" },
    ],
  },
  {
    customer: "liis.kask@example.com",
    subject: "Firma kinkekaardid ei aktiveeru",
    area: "gift_cards", channel: "API", status: "OPEN", priority: "URGENT", tags: ["vip"],
    daysAgo: 0.25,
    messages: [
      { kind: "INBOUND", after: 0, text: "Sõnum B2B-portaalist – tellimus #10347\n\nTere! Ostsime firmale 40 kinkekaarti à 50 €, et need reedel töötajatele jagada, aga ükski kood ei tööta: kassas tuleb teade „Kinkekaart ei ole aktiivne“. Arve on makstud. Palun aidake kiiresti!" },
      { kind: "NOTE", by: "lena", after: 20, text: "Invoice payment arrived by bank transfer this morning, so the cards were never activated automatically. Needs an admin to activate the batch." },
    ],
  },
];
