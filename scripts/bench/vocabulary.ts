// The words the benchmark's tickets and messages are made of: what shop customers write, in
// English, Greek, Polish, Estonian and German. "refund" is kept out of the word lists: the builder
// puts it into a fixed share of phrases so that it is the common word (about 10% of messages),
// and RARE_WORDS go into a handful of messages only.
export const COMMON_WORD = "refund";
/** The rare word the benchmark searches for, and how many messages (all in the big workspace) hold it. */
export const RARE_WORD = "xylophone";
export const RARE_WORDS: Array<{ word: string; messages: number }> = [
  { word: RARE_WORD, messages: 5 },
  { word: "ανεμόμυλος", messages: 3 },
  { word: "źdźbło", messages: 3 },
];

export const WORDS: Record<"en" | "el" | "pl" | "et" | "de", string[]> = {
  en: [
    "the", "my", "order", "i", "a", "is", "to", "and", "it", "not", "please", "thanks", "hello", "package",
    "delivery", "delayed", "tracking", "number", "size", "color", "wrong", "item", "broken", "damaged",
    "exchange", "return", "label", "invoice", "payment", "card", "charged", "twice", "account", "password",
    "login", "address", "shipping", "cost", "discount", "code", "coupon", "warranty", "repair", "replacement",
    "still", "waiting", "week", "days", "yesterday", "today", "received", "missing", "parts", "box",
    "courier", "customs", "fee", "cancel", "subscription", "when", "where", "why", "can", "you", "help",
    "me", "with", "this", "was", "have", "been", "order's", "shoes", "jacket", "phone", "charger", "cable",
    "headphones", "lamp", "chair", "table", "mug", "book", "toy", "gift", "wrapping", "express", "standard",
    "store", "pickup", "receipt", "manual", "battery", "screen", "scratch", "smaller", "bigger", "fits",
    "quality", "disappointed", "happy", "great", "service", "answer", "email", "reply", "urgent", "asap",
  ],
  el: [
    "παραγγελία", "επιστροφή", "χρημάτων", "αποστολή", "καθυστέρηση", "προϊόν", "λογαριασμός", "πληρωμή",
    "εγγύηση", "ευχαριστώ", "παρακαλώ", "δέμα", "κωδικός", "ακύρωση", "αλλαγή", "μέγεθος", "χρώμα",
    "σπασμένο", "λάθος", "διεύθυνση", "τιμολόγιο", "κάρτα", "χρεώθηκα", "δύο", "φορές", "ακόμα", "περιμένω",
    "εβδομάδα", "μέρες", "χθες", "σήμερα", "παρέλαβα", "λείπει", "κουτί", "courier", "τελωνείο", "γεια",
    "σας", "μου", "το", "η", "και", "δεν", "είναι", "πότε", "πού", "γιατί", "βοήθεια", "παπούτσια",
  ],
  pl: [
    "zamówienie", "zwrot", "pieniędzy", "przesyłka", "opóźnienie", "produkt", "konto", "płatność",
    "gwarancja", "dziękuję", "proszę", "paczka", "kod", "anulowanie", "wymiana", "rozmiar", "kolor",
    "uszkodzony", "błąd", "adres", "faktura", "dostawa", "kurier", "reklamacja", "karta", "obciążona",
    "dwa", "razy", "nadal", "czekam", "tydzień", "dni", "wczoraj", "dzisiaj", "otrzymałem", "brakuje",
    "pudełko", "cło", "dzień", "dobry", "moje", "nie", "jest", "gdzie", "kiedy", "dlaczego", "pomoc", "buty",
  ],
  et: [
    "tellimus", "tagastus", "raha", "saadetis", "hilinemine", "toode", "konto", "makse", "garantii", "aitäh",
    "palun", "pakk", "kood", "tühistamine", "vahetus", "suurus", "värv", "katki", "viga", "aadress", "arve",
    "kohaletoimetamine", "kuller", "kaart", "kaks", "korda", "ikka", "ootan", "nädal", "päeva", "eile",
    "täna", "sain", "puudub", "karp", "tere", "minu", "ei", "ole", "kus", "millal", "miks", "abi", "kingad",
  ],
  de: [
    "Bestellung", "Rückgabe", "Lieferung", "Verspätung", "Produkt", "Zahlung", "Garantie", "danke", "bitte",
    "Paket", "Rechnung", "Größe", "Farbe", "kaputt", "Fehler", "Adresse", "Umtausch", "Stornierung", "Karte",
    "zweimal", "belastet", "noch", "warte", "Woche", "Tage", "gestern", "heute", "erhalten", "fehlt",
    "Karton", "Zoll", "Hallo", "meine", "nicht", "ist", "wann", "wo", "warum", "Hilfe", "Schuhe",
  ],
};

/** Ticket subjects; the ones with "refund" make the common word match subjects too. */
export const SUBJECTS = [
  "Where is my order?", "Order delayed", "Wrong size received", "Damaged package", "Refund request",
  "Refund not received yet", "Change delivery address", "Cancel my order", "Invoice needed",
  "Payment failed", "Charged twice", "Discount code does not work", "Warranty claim", "Item missing from box",
  "Exchange for a bigger size", "Question about shipping costs", "Tracking number not working",
  "Login problem", "Password reset", "Product question", "Return label", "Where is my refund?",
  "Παραγγελία δεν έφτασε", "Επιστροφή χρημάτων", "Λάθος μέγεθος", "Ακύρωση παραγγελίας", "Χρεώθηκα δύο φορές",
  "Gdzie jest moje zamówienie?", "Zwrot pieniędzy", "Uszkodzona przesyłka", "Reklamacja produktu", "Błędny rozmiar",
  "Tellimus hilineb", "Raha tagastus", "Vale suurus", "Katkine toode", "Arve palun",
  "Bestellung nicht angekommen", "Rückgabe eines Artikels", "Falsche Größe", "Rechnung fehlt", "Paket beschädigt",
];

export const FIRST_NAMES: Array<[string, string]> = [
  ["Anna", "anna"], ["John", "john"], ["Maria", "maria"], ["Peter", "peter"], ["Laura", "laura"], ["David", "david"],
  ["Μαρία", "maria"], ["Γιώργος", "giorgos"], ["Ελένη", "eleni"], ["Νίκος", "nikos"], ["Δήμητρα", "dimitra"],
  ["Jan", "jan"], ["Agnieszka", "agnieszka"], ["Łukasz", "lukasz"], ["Małgorzata", "malgorzata"], ["Paweł", "pawel"],
  ["Mari", "mari"], ["Jüri", "juri"], ["Kadri", "kadri"], ["Tõnu", "tonu"], ["Jürgen", "jurgen"], ["Sophie", "sophie"],
];
export const LAST_NAMES: Array<[string, string]> = [
  ["Smith", "smith"], ["Johnson", "johnson"], ["Brown", "brown"], ["Taylor", "taylor"], ["Wilson", "wilson"],
  ["Παπαδοπούλου", "papadopoulou"], ["Παπαδόπουλος", "papadopoulos"], ["Νικολάου", "nikolaou"], ["Γεωργίου", "georgiou"],
  ["Kowalski", "kowalski"], ["Nowak", "nowak"], ["Wiśniewska", "wisniewska"], ["Wójcik", "wojcik"], ["Łęcka", "lecka"],
  ["Tamm", "tamm"], ["Saar", "saar"], ["Sepp", "sepp"], ["Mägi", "magi"], ["Müller", "muller"], ["Schäfer", "schafer"],
];
export const EMAIL_DOMAINS = ["example.com", "example.gr", "example.pl", "example.ee", "example.de", "mail.example.net"];

export const AREAS: Array<[string, string]> = [
  ["returns", "Returns"], ["refunds", "Refunds"], ["shipping", "Shipping"], ["payments", "Payments"],
  ["product", "Product questions"], ["account", "Account"], ["warranty", "Warranty"], ["other", "Other"],
];
export const TAGS = ["vip", "fragile", "follow-up", "escalated", "wholesale", "gift", "b2b", "repeat", "social", "press", "bug", "feedback"];
