// Demo Shop tickets from Polish-speaking customers. Agents reply in Polish, note in English.
import type { DemoTicket } from "./demo-types";

export const DEMO_TICKETS_PL: DemoTicket[] = [
  {
    customer: "anna.kowalska@example.com",
    subject: "Kiedy zostanie wysłane moje zamówienie?",
    area: "order_status", channel: "EMAIL", status: "OPEN", priority: "NORMAL",
    daysAgo: 0.45,
    messages: [
      { kind: "INBOUND", after: 0, text: "Dzień dobry,\n\nzłożyłam zamówienie #10341 w poniedziałek i nadal ma status „W realizacji”. Czy wszystkie produkty są dostępne? Zależy mi na czasie, bo to prezent urodzinowy.\n\nPozdrawiam\nAnna Kowalska" },
    ],
  },
  {
    customer: "piotr.nowak@example.com",
    subject: "Paczka utknęła w sortowni",
    area: "shipping_tracking", channel: "CHAT", status: "PENDING", priority: "HIGH", assignee: "alex", tags: ["late-delivery"],
    daysAgo: 2.4,
    messages: [
      { kind: "INBOUND", after: 0, text: "Dzień dobry, moja paczka z InPostu (numer 520113014230722029585646) od pięciu dni ma status „W drodze” i nie rusza się z sortowni. Co się dzieje?" },
      { kind: "REPLY", by: "alex", after: 4, text: "Dzień dobry, Panie Piotrze! Sprawdziłem przesyłkę i rzeczywiście utknęła w sortowni. Zgłosiłem reklamację w InPost; jeśli paczka nie ruszy do jutra, wyślemy nową na nasz koszt. Dam znać, jak tylko dostanę odpowiedź." },
    ],
  },
  {
    customer: "katarzyna.wisniewska@example.com",
    subject: "Brak etykiety zwrotnej",
    area: "returns", channel: "EMAIL", status: "CLOSED", priority: "NORMAL", assignee: "anna",
    daysAgo: 19.1,
    messages: [
      { kind: "INBOUND", after: 0, text: "Dzień dobry,\n\nchciałabym zwrócić sweter z zamówienia #10198, ale w paczce nie było etykiety zwrotnej. Jak mogę go odesłać?\n\nKatarzyna Wiśniewska" },
      { kind: "REPLY", by: "anna", after: 75, text: "Dzień dobry, Pani Katarzyno,\n\nwysłaliśmy Pani e-mailem kod zwrotu InPost. Sweter można nadać bezpłatnie w dowolnym Paczkomacie – wystarczy wybrać „Nadaj paczkę” i wpisać kod. Zwrot pieniędzy zlecimy w ciągu 5 dni roboczych od otrzymania paczki.\n\nPozdrawiamy\nAnna" },
      { kind: "INBOUND", after: 600, text: "Dziękuję, paczka nadana." },
    ],
  },
  {
    customer: "tomasz.wojcik@example.com",
    subject: "Nie otrzymałem zwrotu pieniędzy",
    area: "refunds", channel: "FORM", status: "OPEN", priority: "HIGH", assignee: "alex",
    daysAgo: 1.3,
    messages: [
      { kind: "INBOUND", after: 0, text: "Numer zamówienia: #10227\n\nOdesłałem kurtkę ponad trzy tygodnie temu, paczka została doręczona do Państwa magazynu, a pieniędzy nadal nie ma na koncie. Proszę o pilne sprawdzenie." },
      { kind: "NOTE", by: "alex", after: 50, text: "Refund went to a card that has since expired and the bank bounced it. We need his IBAN to send a bank transfer." },
    ],
  },
  {
    customer: "magdalena.lewandowska@example.com",
    subject: "Wymiana botków na większy rozmiar",
    area: "exchanges", channel: "PORTAL", status: "CLOSED", priority: "NORMAL", assignee: "alex", tags: ["wrong-size"],
    daysAgo: 28.4,
    messages: [
      { kind: "INBOUND", after: 0, text: "Dzień dobry, zamówione botki w rozmiarze 37 są za małe. Czy mogę je wymienić na 38?" },
      { kind: "REPLY", by: "alex", after: 55, text: "Dzień dobry, Pani Magdaleno! Oczywiście. Rozmiar 38 jest dostępny i już go dla Pani zarezerwowaliśmy. Kod zwrotu InPost wysłaliśmy e-mailem – nowe botki wyślemy, gdy tylko paczka zostanie nadana." },
      { kind: "INBOUND", after: 5000, text: "Nowe botki dotarły i pasują idealnie. Dziękuję!" },
    ],
  },
  {
    customer: "michal.kaminski@example.com",
    subject: "Proszę pilnie anulować zamówienie #10352",
    area: "cancellations", channel: "EMAIL", status: "OPEN", priority: "URGENT", assignee: "anna",
    daysAgo: 0.12,
    messages: [
      { kind: "INBOUND", after: 0, text: "Dzień dobry,\n\nproszę pilnie anulować moje zamówienie #10352 – pomyliłem adres dostawy i paczka trafiłaby do mieszkania, które wynajmuję już komuś innemu. Jeśli anulowanie nie jest możliwe, proszę o zmianę adresu na: ul. Długa 12/5, 31-147 Kraków.\n\nMichał Kamiński" },
      { kind: "NOTE", by: "anna", after: 15, text: "Shipped with DPD an hour ago. Requested an address change in the DPD portal, waiting for their confirmation before replying." },
    ],
  },
  {
    customer: "anna.kowalska@example.com",
    subject: "Darmowa dostawa w Plus nie działa",
    area: "membership", channel: "CHAT", status: "CLOSED", priority: "NORMAL",
    daysAgo: 10.7,
    messages: [
      { kind: "INBOUND", after: 0, text: "Dzień dobry, mam członkostwo Plus, ale przy zamówieniu nadal doliczany jest koszt dostawy 14,99 zł. Dlaczego?" },
      { kind: "REPLY", by: "anna", after: 5, text: "Dzień dobry! Darmowa dostawa w ramach Plus działa po zalogowaniu na konto, do którego przypisane jest członkostwo, a widzę, że zamówienie zostało złożone bez logowania. Zwróciliśmy Pani 14,99 zł za dostawę – przy kolejnych zakupach wystarczy się zalogować." },
      { kind: "INBOUND", after: 9, text: "Rzeczywiście, nie byłam zalogowana. Dziękuję!" },
    ],
  },
  {
    customer: "piotr.nowak@example.com",
    subject: "Ile punktów na rabat?",
    area: "loyalty_points", channel: "SOCIAL", status: "PENDING", priority: "LOW", assignee: "alex",
    daysAgo: 6.8,
    messages: [
      { kind: "INBOUND", after: 0, text: "Hej, ile punktów potrzebuję, żeby dostać rabat 50 zł? W aplikacji nie mogę tego znaleźć." },
      { kind: "REPLY", by: "alex", after: 35, text: "Cześć Piotr! Za 500 punktów dostajesz rabat 50 zł. Masz teraz na koncie 430 punktów, więc brakuje niewiele. Podesłać Ci link do regulaminu programu?" },
    ],
  },
  {
    customer: "tomasz.wojcik@example.com",
    subject: "Saldo karty podarunkowej",
    area: "gift_cards", channel: "PHONE", status: "CLOSED", priority: "LOW", assignee: "anna",
    daysAgo: 29.3,
    messages: [
      { kind: "INBOUND", after: 0, text: "Rozmowa telefoniczna: klient pyta o saldo karty podarunkowej kupionej w grudniu i o to, czy można ją łączyć z kodem rabatowym." },
      { kind: "REPLY", by: "anna", after: 6, text: "Dzień dobry, Panie Tomaszu,\n\nzgodnie z naszą rozmową: na karcie podarunkowej pozostało 120,00 zł, a karta jest ważna jeszcze przez rok. Kartę można łączyć z kodami rabatowymi.\n\nPozdrawiamy\nAnna" },
    ],
  },
  {
    customer: "katarzyna.wisniewska@example.com",
    subject: "Uszkodzona lampka – zwrot",
    area: "returns", channel: "API", status: "OPEN", priority: "NORMAL", tags: ["damaged"],
    daysAgo: 0.55,
    messages: [
      { kind: "INBOUND", after: 0, text: "Wiadomość z Allegro – zamówienie #10349\n\nLampka dotarła z pękniętym kloszem, a karton był zgnieciony. Chcę zwrócić produkt i otrzymać zwrot pieniędzy. Zdjęcia w załączniku." },
    ],
  },
];
