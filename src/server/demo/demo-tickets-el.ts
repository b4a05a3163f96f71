// Demo Shop tickets from Greek-speaking customers. Agents reply in Greek, note in English.
import type { DemoTicket } from "./demo-types";

export const DEMO_TICKETS_EL: DemoTicket[] = [
  {
    customer: "maria.papadopoulou@example.com",
    subject: "Παραγγελία #10234 δεν έχει αποσταλεί ακόμα",
    area: "order_status", channel: "EMAIL", status: "OPEN", priority: "HIGH",
    daysAgo: 1.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "Καλησπέρα σας,\n\nΈκανα την παραγγελία #10234 πριν από οκτώ μέρες και ακόμα εμφανίζεται ως «Σε επεξεργασία». Στο email επιβεβαίωσης έγραφε αποστολή σε 1-2 εργάσιμες. Μπορείτε να μου πείτε τι συμβαίνει; Τη χρειάζομαι μέχρι το Σάββατο, είναι για δώρο.\n\nΕυχαριστώ,\nΜαρία Παπαδοπούλου" },
      { kind: "NOTE", by: "lena", after: 90, text: "The linen dress (size M) in this order is backordered, everything else is packed. Warehouse asks whether to ship the rest now. @Alex Agent, your call?" },
    ],
  },
  {
    customer: "giorgos.nikolaou@example.com",
    subject: "Το δέμα δεν έχει κουνηθεί εδώ και μια εβδομάδα",
    area: "shipping_tracking", channel: "EMAIL", status: "PENDING", priority: "URGENT", assignee: "alex", tags: ["late-delivery"],
    daysAgo: 2.1,
    messages: [
      { kind: "INBOUND", after: 0, text: "Γεια σας,\n\nΗ παραγγελία μου #10265 στάλθηκε με ACS (αριθμός αποστολής 7401234567), αλλά η παρακολούθηση δείχνει «Στο κέντρο διαλογής Αθηνών» εδώ και επτά μέρες. Στο κατάστημα της ACS στην περιοχή μου δεν ξέρουν τίποτα. Είναι τα παπούτσια για έναν γάμο την Κυριακή!\n\nΓιώργος Νικολάου" },
      { kind: "NOTE", by: "alex", after: 40, text: "Called ACS: the parcel was mislabelled at the Athens hub, they promise delivery tomorrow. Given the wedding I'm sending a second pair by express as a backup." },
      { kind: "REPLY", by: "alex", after: 55, text: "Γεια σας κύριε Νικολάου,\n\nΕπικοινωνήσαμε με την ACS: το δέμα σας είχε λάθος ετικέτα στο κέντρο διαλογής και μας διαβεβαίωσαν ότι θα σας παραδοθεί αύριο. Για να είμαστε σίγουροι ότι θα έχετε τα παπούτσια πριν από την Κυριακή, σας στείλαμε και ένα δεύτερο ζευγάρι με express (αριθμός αποστολής 7409876543), χωρίς καμία χρέωση. Όποιο δέμα φτάσει δεύτερο, μπορείτε απλώς να το αρνηθείτε στον κούριερ.\n\nΜε εκτίμηση,\nAlex\nDemo Shop" },
    ],
  },
  {
    customer: "eleni.georgiou@example.com",
    subject: "Ήρθε σπασμένο το κεραμικό βάζο",
    area: "returns", channel: "PORTAL", status: "OPEN", priority: "NORMAL", assignee: "anna", tags: ["damaged"],
    daysAgo: 0.6,
    messages: [
      { kind: "INBOUND", after: 0, text: "Καλημέρα. Παρέλαβα σήμερα την παραγγελία #10318 και το κεραμικό βάζο ήταν σπασμένο σε τρία κομμάτια. Το κουτί ήταν ανέπαφο, οπότε μάλλον δεν είχε αρκετό υλικό προστασίας μέσα. Σας στέλνω φωτογραφίες. Θα ήθελα να το επιστρέψω και να πάρω πίσω τα χρήματά μου." },
      { kind: "NOTE", by: "anna", after: 35, text: "Third broken vase from this supplier this month. Refund without return, and I've flagged the packaging to the warehouse." },
    ],
  },
  {
    customer: "dimitris.konstantinou@example.com",
    subject: "Δεν έχω λάβει την επιστροφή χρημάτων",
    area: "refunds", channel: "EMAIL", status: "CLOSED", priority: "NORMAL", assignee: "alex",
    daysAgo: 18.3,
    messages: [
      { kind: "INBOUND", after: 0, text: "Καλησπέρα,\n\nΕπέστρεψα το μπουφάν από την παραγγελία #10189 πριν από δύο εβδομάδες και ακόμα δεν έχω δει τα χρήματα στην κάρτα μου. Μπορείτε να ελέγξετε τι έγινε;\n\nΔημήτρης Κωνσταντίνου" },
      { kind: "REPLY", by: "alex", after: 120, text: "Καλησπέρα σας,\n\nΗ επιστροφή σας παρελήφθη κανονικά και η επιστροφή χρημάτων, ύψους 89,90 €, έγινε πριν από τέσσερις ημέρες. Ανάλογα με την τράπεζα, το ποσό εμφανίζεται στον λογαριασμό σε 5-10 εργάσιμες ημέρες. Σας έστειλα σε ξεχωριστό email το αποδεικτικό της συναλλαγής.\n\nΜε εκτίμηση,\nAlex" },
      { kind: "INBOUND", after: 2900, text: "Μόλις το είδα στον λογαριασμό μου. Ευχαριστώ πολύ!" },
    ],
  },
  {
    customer: "katerina.vlachou@example.com",
    subject: "Αλλαγή μεγέθους στο φόρεμα",
    area: "exchanges", channel: "CHAT", status: "PENDING", priority: "NORMAL", assignee: "alex", tags: ["wrong-size"],
    daysAgo: 3.7,
    messages: [
      { kind: "INBOUND", after: 0, text: "Γεια σας! Πήρα το φόρεμα Midi σε Small, αλλά μου είναι στενό στο στήθος. Μπορώ να το αλλάξω με Medium;" },
      { kind: "REPLY", by: "alex", after: 3, text: "Γεια σας Κατερίνα! Φυσικά. Το Medium είναι διαθέσιμο και σας το έχω κρατήσει. Σας έστειλα με email δωρεάν voucher επιστροφής για ΕΛΤΑ Courier· μόλις σκαναριστεί το δέμα, σας στέλνουμε το νέο μέγεθος." },
      { kind: "INBOUND", after: 6, text: "Τέλεια, ευχαριστώ! Να το βάλω στο ίδιο κουτί που ήρθε;" },
      { kind: "REPLY", by: "alex", after: 7, text: "Ναι, το ίδιο κουτί είναι μια χαρά. Απλώς κολλήστε το voucher πάνω από την παλιά ετικέτα." },
    ],
  },
  {
    customer: "dimitris.konstantinou@example.com",
    subject: "Ακύρωση παραγγελίας πριν από την αποστολή",
    area: "cancellations", channel: "PHONE", status: "CLOSED", priority: "HIGH", assignee: "anna",
    daysAgo: 11.4,
    messages: [
      { kind: "INBOUND", after: 0, text: "Τηλεφωνική επικοινωνία: ο πελάτης ζητά να ακυρωθεί η παραγγελία #10301, γιατί βρήκε το ίδιο προϊόν σε κατάστημα κοντά του. Η παραγγελία δεν έχει φύγει ακόμα από την αποθήκη." },
      { kind: "REPLY", by: "anna", after: 8, text: "Καλησπέρα σας κύριε Κωνσταντίνου,\n\nΌπως συζητήσαμε στο τηλέφωνο, η παραγγελία #10301 ακυρώθηκε πριν από την αποστολή. Το ποσό των 54,00 € θα επιστραφεί στην κάρτα σας μέσα σε λίγες εργάσιμες ημέρες.\n\nΜε εκτίμηση,\nAnna" },
    ],
  },
  {
    customer: "nikos.alexiou@example.com",
    subject: "Δεν πιστώθηκαν οι διπλοί πόντοι",
    area: "loyalty_points", channel: "FORM", status: "OPEN", priority: "LOW",
    daysAgo: 1.9,
    messages: [
      { kind: "INBOUND", after: 0, text: "Αριθμός παραγγελίας: #10322\n\nΓεια σας, με την τελευταία μου αγορά έπρεπε να πάρω διπλούς πόντους λόγω της προσφοράς του Σαββατοκύριακου, αλλά στον λογαριασμό μου εμφανίζονται μόνο 65 αντί για 130. Μπορείτε να το διορθώσετε;" },
    ],
  },
  {
    customer: "maria.papadopoulou@example.com",
    subject: "Υπόλοιπο δωροκάρτας",
    area: "gift_cards", channel: "EMAIL", status: "CLOSED", priority: "LOW", assignee: "alex",
    daysAgo: 27.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "Καλησπέρα,\n\nΠώς μπορώ να δω πόσα χρήματα έχουν απομείνει στη δωροκάρτα μου; Τη χρησιμοποίησα μία φορά τον Δεκέμβριο.\n\nΜαρία" },
      { kind: "REPLY", by: "alex", after: 65, text: "Καλησπέρα σας,\n\nΤο υπόλοιπο της δωροκάρτας σας είναι 35,50 € και ισχύει για έναν ακόμα χρόνο. Μπορείτε να το βλέπετε και μόνη σας στη σελίδα «Δωροκάρτες» του λογαριασμού σας ή στο καλάθι, πριν από την πληρωμή.\n\nΜε εκτίμηση,\nAlex" },
    ],
  },
  {
    customer: "eleni.georgiou@example.com",
    subject: "Ανανέωση συνδρομής Plus",
    area: "membership", channel: "PORTAL", status: "PENDING", priority: "NORMAL", assignee: "anna",
    daysAgo: 5.9,
    messages: [
      { kind: "INBOUND", after: 0, text: "Η συνδρομή μου στο Plus λήγει την επόμενη εβδομάδα. Αν την ανανεώσω τώρα, χάνω τις μέρες που μου απομένουν;" },
      { kind: "REPLY", by: "anna", after: 50, text: "Καλημέρα Ελένη,\n\nΌχι, δεν χάνετε τίποτα: αν ανανεώσετε τώρα, η νέα περίοδος ξεκινά από την ημερομηνία λήξης της τρέχουσας συνδρομής. Θέλετε να ενεργοποιήσω την αυτόματη ανανέωση για εσάς;\n\nAnna" },
    ],
  },
  {
    customer: "giorgos.nikolaou@example.com",
    subject: "Φυσικό κατάστημα στη Θεσσαλονίκη;",
    area: "other", channel: "SOCIAL", status: "OPEN", priority: "LOW",
    daysAgo: 0.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "Καλησπέρα! Έχετε φυσικό κατάστημα στη Θεσσαλονίκη για να δοκιμάσω τα παπούτσια πριν τα παραγγείλω;" },
    ],
  },
  {
    customer: "katerina.vlachou@example.com",
    subject: "Λάθος διεύθυνση αποστολής",
    area: "shipping_tracking", channel: "CHAT", status: "CLOSED", priority: "NORMAL", assignee: "alex",
    daysAgo: 14.8,
    messages: [
      { kind: "INBOUND", after: 0, text: "Γεια σας, μόλις είδα ότι στην παραγγελία #10277 έβαλα την παλιά μου διεύθυνση. Έχει φύγει ήδη; Η σωστή είναι Ερμού 45, 546 24 Θεσσαλονίκη." },
      { kind: "REPLY", by: "alex", after: 4, text: "Γεια σας! Το δέμα έχει ήδη παραδοθεί στην ACS, αλλά προλαβαίνουμε να αλλάξουμε τη διεύθυνση. Μόλις την ενημέρωσα σε Ερμού 45, 546 24 Θεσσαλονίκη. Θα λάβετε SMS από την ACS με τη νέα ημερομηνία παράδοσης." },
      { kind: "INBOUND", after: 5, text: "Σας ευχαριστώ πολύ!" },
    ],
  },
  {
    customer: "nikos.alexiou@example.com",
    subject: "Διπλή χρέωση στην κάρτα",
    area: "refunds", channel: "API", status: "OPEN", priority: "URGENT", assignee: "anna", tags: ["chargeback"],
    daysAgo: 0.5,
    messages: [
      { kind: "INBOUND", after: 0, text: "Μήνυμα από την εφαρμογή κινητού – Παραγγελία #10339\n\nΜε χρεώσατε δύο φορές για την ίδια παραγγελία (2 x 74,80 €). Αν δεν μου επιστραφούν τα χρήματα μέχρι αύριο, θα αμφισβητήσω τη χρέωση στην τράπεζά μου." },
      { kind: "NOTE", by: "anna", after: 25, text: "Same duplicate-capture bug as Priya's #10288. Refunded the second charge (ref RF-20931) and updated the engineering issue. Reply still to be sent: @Alex Agent can you write it?" },
    ],
  },
];
