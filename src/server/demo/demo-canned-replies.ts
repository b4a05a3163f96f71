// The Demo Shop's shared canned replies, each in the five languages, with placeholders filled
// when an agent inserts one into a ticket (src/lib/canned-placeholders.ts).
import type { Locale } from "@/lib/validation";

export type DemoCannedReply = { title: string; folder: string; versions: Record<Locale, string> };

export const DEMO_CANNED_REPLIES: DemoCannedReply[] = [
  {
    title: "Returns label",
    folder: "Returns",
    versions: {
      en: "Hi {{customer.name}},\n\nThanks for getting in touch. I've attached a prepaid returns label for order {{order.number}}. Print it, stick it on the parcel and drop it at any post office within 30 days.\n\nAs soon as the parcel reaches us we'll let you know.\n\nBest regards,\n{{agent.name}}",
      el: "Γεια σας {{customer.name}},\n\nΣας ευχαριστούμε που επικοινωνήσατε μαζί μας. Σας επισυνάπτω μια προπληρωμένη ετικέτα επιστροφής για την παραγγελία {{order.number}}. Εκτυπώστε την, κολλήστε την στο δέμα και παραδώστε το σε οποιοδήποτε ταχυδρομείο μέσα σε 30 ημέρες.\n\nΜόλις το δέμα φτάσει σε εμάς, θα σας ενημερώσουμε.\n\nΜε εκτίμηση,\n{{agent.name}}",
      ar: "مرحبًا {{customer.name}}،\n\nشكرًا لتواصلك معنا. أرفقتُ لك ملصق إرجاع مدفوع مسبقًا للطلب {{order.number}}. اطبعه وألصقه على الطرد ثم سلّمه في أي مكتب بريد خلال 30 يومًا.\n\nسنُعلمك فور وصول الطرد إلينا.\n\nمع أطيب التحيات،\n{{agent.name}}",
      et: "Tere, {{customer.name}}!\n\nAitäh, et meiega ühendust võtsite. Lisasin tellimuse {{order.number}} jaoks ettemakstud tagastussildi. Printige see välja, kleepige pakile ja viige 30 päeva jooksul ükskõik millisesse postkontorisse.\n\nKui pakk meieni jõuab, anname teile teada.\n\nParimate soovidega\n{{agent.name}}",
      pl: "Dzień dobry {{customer.name}},\n\ndziękujemy za kontakt. W załączniku przesyłam opłaconą etykietę zwrotną do zamówienia {{order.number}}. Wystarczy ją wydrukować, nakleić na paczkę i nadać w dowolnej placówce pocztowej w ciągu 30 dni.\n\nDamy znać, gdy tylko paczka do nas dotrze.\n\nPozdrawiam serdecznie\n{{agent.name}}",
    },
  },
  {
    title: "Refund timing",
    folder: "Refunds",
    versions: {
      en: "Hi {{customer.name}},\n\nYour refund has been issued. Depending on your bank it takes 5 to 10 business days to appear on your statement.\n\nIf you don't see it after 10 business days, just reply to this message (ticket #{{ticket.number}}) and we'll look into it.\n\nBest regards,\n{{agent.name}}",
      el: "Γεια σας {{customer.name}},\n\nΗ επιστροφή χρημάτων σας έχει πραγματοποιηθεί. Ανάλογα με την τράπεζά σας, θα εμφανιστεί στον λογαριασμό σας σε 5 έως 10 εργάσιμες ημέρες.\n\nΑν δεν τη δείτε μετά από 10 εργάσιμες ημέρες, απαντήστε απλώς σε αυτό το μήνυμα (αίτημα #{{ticket.number}}) και θα το ελέγξουμε.\n\nΜε εκτίμηση,\n{{agent.name}}",
      ar: "مرحبًا {{customer.name}}،\n\nتم إصدار المبلغ المسترد. بحسب البنك الذي تتعامل معه، يستغرق ظهوره في كشف حسابك من 5 إلى 10 أيام عمل.\n\nإذا لم يظهر بعد 10 أيام عمل، فيكفي أن ترد على هذه الرسالة (الطلب رقم {{ticket.number}}) وسنتحقق من الأمر.\n\nمع أطيب التحيات،\n{{agent.name}}",
      et: "Tere, {{customer.name}}!\n\nTeie raha tagastamine on tehtud. Olenevalt pangast jõuab summa teie kontole 5–10 tööpäeva jooksul.\n\nKui te pole seda 10 tööpäeva pärast näinud, vastake lihtsalt sellele kirjale (pöördumine #{{ticket.number}}) ja me uurime asja.\n\nParimate soovidega\n{{agent.name}}",
      pl: "Dzień dobry {{customer.name}},\n\nzwrot pieniędzy został zlecony. W zależności od banku środki pojawią się na koncie w ciągu 5–10 dni roboczych.\n\nJeśli po 10 dniach roboczych ich nie będzie, wystarczy odpowiedzieć na tę wiadomość (zgłoszenie #{{ticket.number}}), a sprawdzimy, co się stało.\n\nPozdrawiam serdecznie\n{{agent.name}}",
    },
  },
  {
    title: "Where is my order",
    folder: "Shipping",
    versions: {
      en: "Hi {{customer.name}},\n\nI've checked order {{order.number}}: it has left our warehouse and is with the courier. You'll find the tracking link in your shipping confirmation email; delivery usually takes 2 to 4 business days.\n\nBest regards,\n{{agent.name}}",
      el: "Γεια σας {{customer.name}},\n\nΈλεγξα την παραγγελία {{order.number}}: έχει φύγει από την αποθήκη μας και βρίσκεται στην εταιρεία courier. Τον σύνδεσμο παρακολούθησης θα τον βρείτε στο email επιβεβαίωσης αποστολής· η παράδοση διαρκεί συνήθως 2 έως 4 εργάσιμες ημέρες.\n\nΜε εκτίμηση,\n{{agent.name}}",
      ar: "مرحبًا {{customer.name}}،\n\nتحققتُ من الطلب {{order.number}}: لقد غادر مستودعنا وهو الآن لدى شركة الشحن. ستجد رابط التتبع في رسالة تأكيد الشحن المرسلة إلى بريدك الإلكتروني، ويستغرق التوصيل عادةً من 2 إلى 4 أيام عمل.\n\nمع أطيب التحيات،\n{{agent.name}}",
      et: "Tere, {{customer.name}}!\n\nKontrollisin tellimust {{order.number}}: see on meie laost lahkunud ja on kulleri käes. Jälgimislingi leiate saatmise kinnituskirjast; kohaletoimetamine võtab tavaliselt 2–4 tööpäeva.\n\nParimate soovidega\n{{agent.name}}",
      pl: "Dzień dobry {{customer.name}},\n\nsprawdziliśmy zamówienie {{order.number}}: opuściło już nasz magazyn i jest u kuriera. Link do śledzenia przesyłki jest w e-mailu z potwierdzeniem wysyłki; doręczenie trwa zwykle 2–4 dni robocze.\n\nPozdrawiam serdecznie\n{{agent.name}}",
    },
  },
];
