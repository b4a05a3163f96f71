// Demo Shop's help center: categories, sections and 20 articles in the five UI languages
// (issue 16). Pure data for the demo seed; the facts match the demo tickets' shop:
// 30-day returns with a free prepaid label, refunds in 5-10 business days to the original
// payment method, standard shipping €4.90 (free over €50), express €9.90, 1 point per euro
// and 100 points = €5, gift cards valid 2 years, Demo Shop Plus €29/year.
import type { Locale } from "@/lib/validation";

export type DemoText = { name: string; description: string };
export type DemoCategory = {
  key: string;
  names: Record<Locale, DemoText>;
  sections: Array<{ key: string; names: Record<Locale, DemoText> }>;
};
export type DemoArticle = {
  key: string;
  section: string;
  promoted?: boolean;
  areas: string[];
  translations: Record<Locale, { title: string; description: string; bodyHtml: string }>;
};

export const DEMO_HELP_CATEGORIES: DemoCategory[] = [
  {
    key: "orders",
    names: {
      en: { name: "Orders and payment", description: "Order status, changes, cancellations and how to pay." },
      el: { name: "Παραγγελίες και πληρωμή", description: "Κατάσταση παραγγελίας, αλλαγές, ακυρώσεις και τρόποι πληρωμής." },
      ar: { name: "الطلبات والدفع", description: "حالة الطلب وتعديله وإلغاؤه وطرق الدفع." },
      et: { name: "Tellimused ja maksmine", description: "Tellimuse olek, muutmine, tühistamine ja makseviisid." },
      pl: { name: "Zamówienia i płatności", description: "Status zamówienia, zmiany, anulowanie i metody płatności." },
    },
    sections: [
      {
        key: "managing-orders",
        names: {
          en: { name: "Managing your order", description: "Follow, change or cancel an order." },
          el: { name: "Διαχείριση παραγγελίας", description: "Παρακολουθήστε, αλλάξτε ή ακυρώστε μια παραγγελία." },
          ar: { name: "إدارة طلبك", description: "متابعة الطلب أو تعديله أو إلغاؤه." },
          et: { name: "Tellimuse haldamine", description: "Tellimuse jälgimine, muutmine ja tühistamine." },
          pl: { name: "Zarządzanie zamówieniem", description: "Śledzenie, zmiana lub anulowanie zamówienia." },
        },
      },
      {
        key: "payment",
        names: {
          en: { name: "Payment", description: "Payment methods and when you are charged." },
          el: { name: "Πληρωμή", description: "Τρόποι πληρωμής και πότε γίνεται η χρέωση." },
          ar: { name: "الدفع", description: "طرق الدفع وموعد خصم المبلغ." },
          et: { name: "Maksmine", description: "Makseviisid ja millal raha kontolt võetakse." },
          pl: { name: "Płatności", description: "Metody płatności i moment obciążenia konta." },
        },
      },
    ],
  },
  {
    key: "shipping",
    names: {
      en: { name: "Shipping and delivery", description: "Delivery costs, times, couriers and parcel tracking." },
      el: { name: "Αποστολή και παράδοση", description: "Κόστος και χρόνοι αποστολής, μεταφορικές εταιρείες και παρακολούθηση δέματος." },
      ar: { name: "الشحن والتوصيل", description: "تكاليف الشحن ومدته وشركات الشحن وتتبع الطرود." },
      et: { name: "Tarne ja kohaletoimetamine", description: "Tarnehinnad, tarneajad, kullerid ja saadetise jälgimine." },
      pl: { name: "Wysyłka i dostawa", description: "Koszty i czas dostawy, firmy kurierskie i śledzenie przesyłek." },
    },
    sections: [
      {
        key: "delivery-options",
        names: {
          en: { name: "Delivery options", description: "What shipping costs, how long it takes and who delivers." },
          el: { name: "Επιλογές αποστολής", description: "Πόσο κοστίζει η αποστολή, πόσο διαρκεί και ποιος παραδίδει." },
          ar: { name: "خيارات التوصيل", description: "تكلفة الشحن ومدته والجهة التي توصل طلبك." },
          et: { name: "Tarneviisid", description: "Mis tarne maksab, kui kaua see aega võtab ja kes paki toob." },
          pl: { name: "Opcje dostawy", description: "Ile kosztuje wysyłka, ile trwa i kto doręcza paczkę." },
        },
      },
      {
        key: "tracking",
        names: {
          en: { name: "Tracking your parcel", description: "Follow your parcel and what to do if it is late." },
          el: { name: "Παρακολούθηση δέματος", description: "Δείτε πού βρίσκεται το δέμα σας και τι να κάνετε αν καθυστερεί." },
          ar: { name: "تتبع طردك", description: "تابع طردك واعرف ما تفعله إذا تأخر." },
          et: { name: "Saadetise jälgimine", description: "Jälgi oma pakki ja vaata, mida teha, kui see hilineb." },
          pl: { name: "Śledzenie przesyłki", description: "Sprawdź, gdzie jest paczka i co zrobić, gdy się spóźnia." },
        },
      },
    ],
  },
  {
    key: "returns",
    names: {
      en: { name: "Returns, refunds and exchanges", description: "Send something back, swap a size or follow your refund." },
      el: { name: "Επιστροφές, επιστροφές χρημάτων και αλλαγές", description: "Επιστρέψτε ένα προϊόν, αλλάξτε μέγεθος ή δείτε πότε θα πάρετε τα χρήματά σας." },
      ar: { name: "الإرجاع والاسترداد والاستبدال", description: "أرجع منتجًا أو استبدل مقاسًا أو تابع استرداد أموالك." },
      et: { name: "Tagastused, raha tagastamine ja vahetused", description: "Saada toode tagasi, vaheta suurust või vaata, millal raha tagasi tuleb." },
      pl: { name: "Zwroty, zwrot pieniędzy i wymiany", description: "Odeślij produkt, wymień rozmiar lub sprawdź, kiedy otrzymasz zwrot pieniędzy." },
    },
    sections: [
      {
        key: "returns",
        names: {
          en: { name: "Returns", description: "Our 30-day returns and how to send items back." },
          el: { name: "Επιστροφές", description: "Η πολιτική επιστροφών 30 ημερών και πώς να στείλετε πίσω ένα προϊόν." },
          ar: { name: "الإرجاع", description: "سياسة الإرجاع خلال 30 يومًا وطريقة إعادة المنتجات." },
          et: { name: "Tagastused", description: "30-päevane tagastusõigus ja kuidas tooteid tagasi saata." },
          pl: { name: "Zwroty", description: "30 dni na zwrot i jak odesłać produkty." },
        },
      },
      {
        key: "refunds",
        names: {
          en: { name: "Refunds", description: "When and how your money comes back." },
          el: { name: "Επιστροφές χρημάτων", description: "Πότε και πώς σας επιστρέφονται τα χρήματα." },
          ar: { name: "استرداد الأموال", description: "متى وكيف تستعيد أموالك." },
          et: { name: "Raha tagastamine", description: "Millal ja kuidas raha tagasi jõuab." },
          pl: { name: "Zwrot pieniędzy", description: "Kiedy i jak odzyskasz pieniądze." },
        },
      },
      {
        key: "exchanges",
        names: {
          en: { name: "Exchanges", description: "Swap an item for another size or colour." },
          el: { name: "Αλλαγές", description: "Αλλάξτε ένα προϊόν με άλλο μέγεθος ή χρώμα." },
          ar: { name: "الاستبدال", description: "استبدل منتجًا بمقاس أو لون آخر." },
          et: { name: "Vahetused", description: "Vaheta toode teise suuruse või värvi vastu." },
          pl: { name: "Wymiany", description: "Wymień produkt na inny rozmiar lub kolor." },
        },
      },
    ],
  },
  {
    key: "rewards",
    names: {
      en: { name: "Gift cards, points and membership", description: "Gift cards, loyalty points and Demo Shop Plus." },
      el: { name: "Δωροκάρτες, πόντοι και συνδρομή", description: "Δωροκάρτες, πόντοι επιβράβευσης και Demo Shop Plus." },
      ar: { name: "بطاقات الهدايا والنقاط والعضوية", description: "بطاقات الهدايا ونقاط الولاء وعضوية Demo Shop Plus." },
      et: { name: "Kinkekaardid, punktid ja liikmesus", description: "Kinkekaardid, boonuspunktid ja Demo Shop Plus." },
      pl: { name: "Karty podarunkowe, punkty i członkostwo", description: "Karty podarunkowe, punkty lojalnościowe i Demo Shop Plus." },
    },
    sections: [
      {
        key: "gift-cards",
        names: {
          en: { name: "Gift cards", description: "Buying, using and checking gift cards." },
          el: { name: "Δωροκάρτες", description: "Αγορά, χρήση και έλεγχος υπολοίπου δωροκαρτών." },
          ar: { name: "بطاقات الهدايا", description: "شراء بطاقات الهدايا واستخدامها والتحقق من رصيدها." },
          et: { name: "Kinkekaardid", description: "Kinkekaartide ostmine, kasutamine ja jäägi vaatamine." },
          pl: { name: "Karty podarunkowe", description: "Kupowanie, używanie i sprawdzanie kart podarunkowych." },
        },
      },
      {
        key: "loyalty-points",
        names: {
          en: { name: "Loyalty points", description: "Earning and spending points." },
          el: { name: "Πόντοι επιβράβευσης", description: "Πώς κερδίζετε και εξαργυρώνετε πόντους." },
          ar: { name: "نقاط الولاء", description: "كيف تجمع النقاط وتستخدمها." },
          et: { name: "Boonuspunktid", description: "Punktide kogumine ja kasutamine." },
          pl: { name: "Punkty lojalnościowe", description: "Zbieranie i wykorzystywanie punktów." },
        },
      },
      {
        key: "membership",
        names: {
          en: { name: "Demo Shop Plus", description: "Our paid membership: benefits, renewal and cancellation." },
          el: { name: "Demo Shop Plus", description: "Η συνδρομή μας: προνόμια, ανανέωση και ακύρωση." },
          ar: { name: "Demo Shop Plus", description: "عضويتنا المدفوعة: المزايا والتجديد والإلغاء." },
          et: { name: "Demo Shop Plus", description: "Meie tasuline liikmesus: hüved, uuendamine ja lõpetamine." },
          pl: { name: "Demo Shop Plus", description: "Nasze płatne członkostwo: korzyści, odnowienie i rezygnacja." },
        },
      },
    ],
  },
];

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    key: "check-order-status",
    section: "managing-orders",
    promoted: true,
    areas: ["order_status"],
    translations: {
      en: {
        title: "How do I check the status of my order?",
        description: "Find out where your order is and what each order status means.",
        bodyHtml: `<p>You can follow every order in <strong>My account › Orders</strong>. If you checked out as a guest, use the link in your order confirmation email.</p><h2>What the statuses mean</h2><ul><li><strong>Received</strong>: we have your order and payment. You can still cancel it.</li><li><strong>Processing</strong>: our warehouse is picking and packing your items. Most orders leave us within 1-2 business days.</li><li><strong>Shipped</strong>: the parcel is with the courier and you have received an email with the tracking number.</li><li><strong>Delivered</strong>: the courier has confirmed delivery.</li></ul><p>If one item is out of stock, we will email you and ask whether to ship the rest now or wait for the whole order.</p><p>Has your order been in <em>Processing</em> for more than 3 business days? <a href="/demo/contact">Contact us</a> with your order number and we will check it for you.</p>`,
      },
      el: {
        title: "Πώς μπορώ να δω την κατάσταση της παραγγελίας μου;",
        description: "Δείτε σε ποιο στάδιο βρίσκεται η παραγγελία σας και τι σημαίνει κάθε κατάσταση.",
        bodyHtml: `<p>Όλες οι παραγγελίες σας εμφανίζονται στην ενότητα <strong>Ο λογαριασμός μου › Παραγγελίες</strong>. Αν αγοράσατε ως επισκέπτης, χρησιμοποιήστε τον σύνδεσμο στο email επιβεβαίωσης.</p><h2>Τι σημαίνει κάθε κατάσταση</h2><ul><li><strong>Ελήφθη</strong>: έχουμε λάβει την παραγγελία και την πληρωμή σας. Μπορείτε ακόμη να την ακυρώσετε.</li><li><strong>Σε επεξεργασία</strong>: η αποθήκη μας συλλέγει και συσκευάζει τα προϊόντα. Οι περισσότερες παραγγελίες αποστέλλονται μέσα σε 1-2 εργάσιμες ημέρες.</li><li><strong>Απεστάλη</strong>: το δέμα βρίσκεται στη μεταφορική εταιρεία και σας έχουμε στείλει email με τον αριθμό αποστολής.</li><li><strong>Παραδόθηκε</strong>: η μεταφορική επιβεβαίωσε την παράδοση.</li></ul><p>Αν κάποιο προϊόν δεν είναι διαθέσιμο, θα σας ρωτήσουμε με email αν θέλετε να σας στείλουμε τα υπόλοιπα τώρα ή να περιμένετε ολόκληρη την παραγγελία.</p><p>Η παραγγελία σας είναι <em>Σε επεξεργασία</em> περισσότερο από 3 εργάσιμες; <a href="/demo/contact">Επικοινωνήστε μαζί μας</a> με τον αριθμό παραγγελίας και θα το ελέγξουμε αμέσως.</p>`,
      },
      ar: {
        title: "كيف أتحقق من حالة طلبي؟",
        description: "اعرف أين وصل طلبك وما معنى كل حالة من حالات الطلب.",
        bodyHtml: `<p>يمكنك متابعة جميع طلباتك من صفحة <strong>حسابي › الطلبات</strong>. وإذا أتممت الشراء دون إنشاء حساب، فاستخدم الرابط الموجود في رسالة تأكيد الطلب.</p><h2>معنى حالات الطلب</h2><ul><li><strong>تم الاستلام</strong>: وصلنا طلبك ودفعتك، وما زال بإمكانك إلغاؤه.</li><li><strong>قيد التجهيز</strong>: يجهّز مستودعنا منتجاتك ويغلّفها، ويُشحن معظم الطلبات خلال يوم إلى يومَي عمل.</li><li><strong>تم الشحن</strong>: أصبح الطرد لدى شركة الشحن، وأرسلنا إليك رسالة تتضمن رقم التتبع.</li><li><strong>تم التسليم</strong>: أكدت شركة الشحن تسليم الطرد.</li></ul><p>إذا نفد أحد المنتجات من المخزون، فسنراسلك لنسألك هل تفضّل شحن بقية المنتجات الآن أم انتظار الطلب كاملًا.</p><p>هل بقي طلبك <em>قيد التجهيز</em> أكثر من 3 أيام عمل؟ <a href="/demo/contact">تواصل معنا</a> واذكر رقم الطلب، وسنتحقق من الأمر فورًا.</p>`,
      },
      et: {
        title: "Kuidas näen oma tellimuse olekut?",
        description: "Vaata, kus su tellimus parasjagu on ja mida iga tellimuse olek tähendab.",
        bodyHtml: `<p>Kõik tellimused leiad lehelt <strong>Minu konto › Tellimused</strong>. Kui tellisid külalisena, ava tellimuse kinnituskirjas olev link.</p><h2>Mida olekud tähendavad</h2><ul><li><strong>Vastu võetud</strong>: tellimus ja makse on meieni jõudnud. Saad tellimuse veel tühistada.</li><li><strong>Töötlemisel</strong>: ladu komplekteerib ja pakib su tooteid. Enamik tellimusi lahkub laost 1-2 tööpäeva jooksul.</li><li><strong>Välja saadetud</strong>: pakk on kulleri käes ja oleme saatnud sulle e-kirja jälgimiskoodiga.</li><li><strong>Kohale toimetatud</strong>: kuller on kinnitanud, et pakk on üle antud.</li></ul><p>Kui mõni toode on otsas, anname sulle e-kirjaga teada ja küsime, kas saata ülejäänud tooted kohe või oodata kogu tellimust.</p><p>Kas tellimus on olnud olekus <em>Töötlemisel</em> üle 3 tööpäeva? <a href="/demo/contact">Võta meiega ühendust</a> ja lisa tellimuse number, siis uurime asja kohe.</p>`,
      },
      pl: {
        title: "Jak sprawdzić status zamówienia?",
        description: "Sprawdź, na jakim etapie jest Twoje zamówienie i co oznacza każdy status.",
        bodyHtml: `<p>Wszystkie zamówienia znajdziesz w zakładce <strong>Moje konto › Zamówienia</strong>. Jeśli kupowałeś bez zakładania konta, skorzystaj z linku w e-mailu potwierdzającym zamówienie.</p><h2>Co oznaczają statusy</h2><ul><li><strong>Przyjęte</strong>: otrzymaliśmy zamówienie i płatność. Nadal możesz je anulować.</li><li><strong>W realizacji</strong>: magazyn kompletuje i pakuje Twoje produkty. Większość zamówień wysyłamy w ciągu 1-2 dni roboczych.</li><li><strong>Wysłane</strong>: paczka jest już u przewoźnika, a Ty dostałeś e-mail z numerem przesyłki.</li><li><strong>Dostarczone</strong>: przewoźnik potwierdził doręczenie.</li></ul><p>Jeśli któregoś produktu zabraknie, napiszemy do Ciebie i zapytamy, czy wysłać resztę od razu, czy poczekać na całe zamówienie.</p><p>Zamówienie ma status <em>W realizacji</em> dłużej niż 3 dni robocze? <a href="/demo/contact">Napisz do nas</a>, podając numer zamówienia, a wszystko sprawdzimy.</p>`,
      },
    },
  },
  {
    key: "cancel-order",
    section: "managing-orders",
    promoted: true,
    areas: ["cancellations"],
    translations: {
      en: {
        title: "How do I cancel my order?",
        description: "Cancel an order yourself while it is still Received, or ask us before it ships.",
        bodyHtml: `<p>Changed your mind? The sooner you tell us, the easier it is.</p><h2>While the status is Received</h2><ol><li>Go to <strong>My account › Orders</strong> and open the order.</li><li>Click <strong>Cancel order</strong> and choose a reason.</li><li>You will get a confirmation email straight away.</li></ol><p>We release the payment at once. Depending on your bank, the reserved amount disappears from your statement within 1-3 business days.</p><h2>Once it is Processing</h2><p>The button is gone, but our team can often still stop the parcel. <a href="/demo/contact">Contact us</a> with your order number as soon as possible.</p><h2>Already shipped?</h2><p>We can no longer cancel it. Simply refuse the delivery or return the items for free within 30 days, and we will refund you as with any other return.</p>`,
      },
      el: {
        title: "Πώς ακυρώνω την παραγγελία μου;",
        description: "Ακυρώστε μόνοι σας όσο η παραγγελία είναι «Ελήφθη» ή ενημερώστε μας πριν αποσταλεί.",
        bodyHtml: `<p>Αλλάξατε γνώμη; Όσο νωρίτερα μας ενημερώσετε, τόσο πιο εύκολα γίνεται η ακύρωση.</p><h2>Όσο η κατάσταση είναι «Ελήφθη»</h2><ol><li>Μεταβείτε στην ενότητα <strong>Ο λογαριασμός μου › Παραγγελίες</strong> και ανοίξτε την παραγγελία.</li><li>Πατήστε <strong>Ακύρωση παραγγελίας</strong> και επιλέξτε τον λόγο.</li><li>Θα λάβετε αμέσως email επιβεβαίωσης.</li></ol><p>Αποδεσμεύουμε την πληρωμή αμέσως. Ανάλογα με την τράπεζά σας, το δεσμευμένο ποσό εξαφανίζεται από τον λογαριασμό σας σε 1-3 εργάσιμες ημέρες.</p><h2>Όταν είναι «Σε επεξεργασία»</h2><p>Το κουμπί δεν εμφανίζεται πια, αλλά συχνά προλαβαίνουμε να σταματήσουμε το δέμα. <a href="/demo/contact">Επικοινωνήστε μαζί μας</a> με τον αριθμό παραγγελίας το συντομότερο.</p><h2>Έχει ήδη αποσταλεί;</h2><p>Τότε δεν μπορεί πλέον να ακυρωθεί. Αρνηθείτε την παραλαβή ή επιστρέψτε τα προϊόντα δωρεάν μέσα σε 30 ημέρες και θα σας επιστρέψουμε τα χρήματα όπως σε κάθε επιστροφή.</p>`,
      },
      ar: {
        title: "كيف ألغي طلبي؟",
        description: "ألغِ طلبك بنفسك ما دامت حالته «تم الاستلام»، أو راسلنا قبل شحنه.",
        bodyHtml: `<p>غيّرت رأيك؟ كلما أخبرتنا أبكر، كان الإلغاء أسهل.</p><h2>إذا كانت الحالة «تم الاستلام»</h2><ol><li>انتقل إلى <strong>حسابي › الطلبات</strong> وافتح الطلب.</li><li>اضغط <strong>إلغاء الطلب</strong> واختر السبب.</li><li>ستصلك رسالة تأكيد بالبريد الإلكتروني فورًا.</li></ol><p>نفرج عن المبلغ المحجوز فورًا، ويختفي من كشف حسابك خلال يوم إلى 3 أيام عمل بحسب مصرفك.</p><h2>إذا كانت الحالة «قيد التجهيز»</h2><p>لن يظهر زر الإلغاء، لكن فريقنا يستطيع في أغلب الأحيان إيقاف الطرد. <a href="/demo/contact">تواصل معنا</a> في أقرب وقت واذكر رقم الطلب.</p><h2>هل شُحن الطلب بالفعل؟</h2><p>لا يمكن إلغاؤه في هذه الحالة، لكن يمكنك رفض استلام الطرد أو إرجاع المنتجات مجانًا خلال 30 يومًا، وسنردّ إليك المبلغ كما في أي عملية إرجاع أخرى.</p>`,
      },
      et: {
        title: "Kuidas tellimust tühistada?",
        description: "Tühista tellimus ise, kuni see on olekus Vastu võetud, või anna meile teada enne väljasaatmist.",
        bodyHtml: `<p>Mõtlesid ümber? Mida varem meile teada annad, seda lihtsam on tellimust tühistada.</p><h2>Kui olek on „Vastu võetud“</h2><ol><li>Ava <strong>Minu konto › Tellimused</strong> ja vali tellimus.</li><li>Klõpsa <strong>Tühista tellimus</strong> ja vali põhjus.</li><li>Saad kohe kinnituskirja.</li></ol><p>Vabastame broneeritud summa kohe. Olenevalt pangast kaob see kontoväljavõttelt 1-3 tööpäeva jooksul.</p><h2>Kui olek on „Töötlemisel“</h2><p>Nuppu enam pole, kuid sageli jõuame paki veel kinni pidada. <a href="/demo/contact">Võta meiega ühendust</a> võimalikult kiiresti ja lisa tellimuse number.</p><h2>Pakk on juba teel?</h2><p>Siis ei saa tellimust enam tühistada. Keeldu pakist või tagasta tooted 30 päeva jooksul tasuta ning maksame raha tagasi nagu iga tavalise tagastuse puhul.</p>`,
      },
      pl: {
        title: "Jak anulować zamówienie?",
        description: "Anuluj zamówienie samodzielnie, dopóki ma status Przyjęte, albo napisz do nas przed wysyłką.",
        bodyHtml: `<p>Zmieniłeś zdanie? Im szybciej dasz nam znać, tym łatwiej anulować zamówienie.</p><h2>Gdy status to „Przyjęte”</h2><ol><li>Przejdź do <strong>Moje konto › Zamówienia</strong> i otwórz zamówienie.</li><li>Kliknij <strong>Anuluj zamówienie</strong> i wybierz powód.</li><li>Od razu otrzymasz e-mail z potwierdzeniem.</li></ol><p>Blokadę środków zwalniamy natychmiast. W zależności od banku zniknie ona z Twojego konta w ciągu 1-3 dni roboczych.</p><h2>Gdy status to „W realizacji”</h2><p>Przycisku już nie ma, ale często wciąż możemy zatrzymać paczkę. <a href="/demo/contact">Napisz do nas</a> jak najszybciej i podaj numer zamówienia.</p><h2>Paczka jest już w drodze?</h2><p>Wtedy nie możemy anulować zamówienia. Odmów przyjęcia przesyłki albo odeślij produkty bezpłatnie w ciągu 30 dni, a zwrócimy pieniądze jak przy każdym zwrocie.</p>`,
      },
    },
  },
  {
    key: "change-order",
    section: "managing-orders",
    areas: ["order_status", "cancellations"],
    translations: {
      en: {
        title: "Can I change my order or delivery address?",
        description: "How to change the address, size or items of an order that has not shipped yet.",
        bodyHtml: `<p>We start packing quickly, so changes are only possible before your order leaves our warehouse.</p><h2>Delivery address</h2><p>While the order is <strong>Received</strong> or <strong>Processing</strong>, <a href="/demo/contact">send us</a> your order number and the full new address, including the flat or apartment number. Once the parcel has shipped, you can usually redirect it through the courier's tracking page.</p><h2>Size, colour or items</h2><p>We can't edit the items in an order. The quickest way is to:</p><ol><li>cancel the order in <strong>My account › Orders</strong> while it is still Received, and</li><li>place a new order with the right items.</li></ol><p>If it has already shipped, keep it and use a free <strong>exchange</strong> for a different size or colour instead.</p><p>Discount codes and gift cards from a cancelled order can be used again on your new order.</p>`,
      },
      el: {
        title: "Μπορώ να αλλάξω την παραγγελία ή τη διεύθυνση παράδοσης;",
        description: "Πώς αλλάζετε διεύθυνση, μέγεθος ή προϊόντα σε παραγγελία που δεν έχει αποσταλεί ακόμη.",
        bodyHtml: `<p>Ξεκινάμε τη συσκευασία γρήγορα, γι' αυτό οι αλλαγές γίνονται μόνο πριν η παραγγελία φύγει από την αποθήκη μας.</p><h2>Διεύθυνση παράδοσης</h2><p>Όσο η παραγγελία είναι <strong>Ελήφθη</strong> ή <strong>Σε επεξεργασία</strong>, <a href="/demo/contact">στείλτε μας</a> τον αριθμό παραγγελίας και την πλήρη νέα διεύθυνση, μαζί με όροφο και κουδούνι. Αφού αποσταλεί το δέμα, συνήθως μπορείτε να το ανακατευθύνετε από τη σελίδα παρακολούθησης της ACS ή της μεταφορικής σας.</p><h2>Μέγεθος, χρώμα ή προϊόντα</h2><p>Δεν μπορούμε να τροποποιήσουμε τα προϊόντα μιας παραγγελίας. Ο πιο γρήγορος τρόπος είναι:</p><ol><li>να ακυρώσετε την παραγγελία από την ενότητα <strong>Ο λογαριασμός μου › Παραγγελίες</strong> όσο είναι ακόμη «Ελήφθη», και</li><li>να κάνετε νέα παραγγελία με τα σωστά προϊόντα.</li></ol><p>Αν έχει ήδη αποσταλεί, κρατήστε τη και κάντε δωρεάν <strong>αλλαγή</strong> μεγέθους ή χρώματος.</p><p>Εκπτωτικοί κωδικοί και δωροκάρτες από ακυρωμένη παραγγελία μπορούν να χρησιμοποιηθούν ξανά.</p>`,
      },
      ar: {
        title: "هل يمكنني تعديل طلبي أو عنوان التوصيل؟",
        description: "كيف تغيّر العنوان أو المقاس أو المنتجات في طلب لم يُشحن بعد.",
        bodyHtml: `<p>نبدأ تجهيز الطلبات بسرعة، لذا لا يمكن إجراء أي تعديل إلا قبل خروج الطلب من مستودعنا.</p><h2>عنوان التوصيل</h2><p>ما دامت حالة الطلب <strong>تم الاستلام</strong> أو <strong>قيد التجهيز</strong>، <a href="/demo/contact">أرسل إلينا</a> رقم الطلب والعنوان الجديد كاملًا، بما في ذلك رقم الشقة والمبنى. وبعد شحن الطرد، يمكنك غالبًا تغيير وجهته من صفحة التتبع لدى Aramex أو شركة الشحن المعنية.</p><h2>المقاس أو اللون أو المنتجات</h2><p>لا يمكننا تعديل المنتجات في طلب قائم، وأسرع طريقة هي:</p><ol><li>إلغاء الطلب من <strong>حسابي › الطلبات</strong> ما دامت حالته «تم الاستلام»،</li><li>ثم تقديم طلب جديد بالمنتجات الصحيحة.</li></ol><p>إذا كان الطلب قد شُحن، فاحتفظ به واطلب <strong>استبدالًا</strong> مجانيًا بمقاس أو لون آخر.</p><p>يمكنك استخدام رموز الخصم وبطاقات الهدايا من الطلب الملغى مرة أخرى في طلبك الجديد.</p>`,
      },
      et: {
        title: "Kas saan tellimust või tarneaadressi muuta?",
        description: "Kuidas muuta veel välja saatmata tellimuse aadressi, suurust või tooteid.",
        bodyHtml: `<p>Hakkame tellimusi kiiresti pakkima, seega saab muudatusi teha ainult enne, kui pakk laost lahkub.</p><h2>Tarneaadress</h2><p>Kuni tellimus on olekus <strong>Vastu võetud</strong> või <strong>Töötlemisel</strong>, <a href="/demo/contact">saada meile</a> tellimuse number ja täielik uus aadress koos korteri numbriga. Kui pakk on juba teel, saad selle tavaliselt ümber suunata Omniva või muu kulleri jälgimislehel.</p><h2>Suurus, värv või tooted</h2><p>Tellimuses olevaid tooteid me muuta ei saa. Kiireim viis on:</p><ol><li>tühistada tellimus lehel <strong>Minu konto › Tellimused</strong>, kuni see on veel „Vastu võetud“, ja</li><li>esitada uus tellimus õigete toodetega.</li></ol><p>Kui pakk on juba välja saadetud, jäta see alles ja kasuta tasuta <strong>vahetust</strong> teise suuruse või värvi vastu.</p><p>Tühistatud tellimuse sooduskoode ja kinkekaarte saad uues tellimuses uuesti kasutada.</p>`,
      },
      pl: {
        title: "Czy mogę zmienić zamówienie lub adres dostawy?",
        description: "Jak zmienić adres, rozmiar lub produkty w zamówieniu, które nie zostało jeszcze wysłane.",
        bodyHtml: `<p>Zamówienia pakujemy szybko, dlatego zmiany są możliwe tylko do momentu, gdy paczka opuści nasz magazyn.</p><h2>Adres dostawy</h2><p>Dopóki zamówienie ma status <strong>Przyjęte</strong> lub <strong>W realizacji</strong>, <a href="/demo/contact">wyślij nam</a> numer zamówienia i pełny nowy adres, łącznie z numerem mieszkania. Po nadaniu paczki zwykle możesz zmienić miejsce doręczenia na stronie śledzenia InPost lub innego przewoźnika.</p><h2>Rozmiar, kolor lub produkty</h2><p>Nie możemy edytować produktów w zamówieniu. Najszybciej będzie:</p><ol><li>anulować zamówienie w <strong>Moje konto › Zamówienia</strong>, dopóki ma status „Przyjęte”,</li><li>a następnie złożyć nowe z właściwymi produktami.</li></ol><p>Jeśli paczka jest już w drodze, zatrzymaj ją i skorzystaj z bezpłatnej <strong>wymiany</strong> na inny rozmiar lub kolor.</p><p>Kody rabatowe i karty podarunkowe z anulowanego zamówienia możesz wykorzystać ponownie.</p>`,
      },
    },
  },
  {
    key: "payment-methods",
    section: "payment",
    areas: ["other", "refunds"],
    translations: {
      en: {
        title: "Which payment methods do you accept?",
        description: "Cards, PayPal, Apple Pay, Google Pay and gift cards, and when your payment is taken.",
        bodyHtml: `<p>At checkout you can pay with:</p><ul><li>Visa, Mastercard and American Express</li><li>PayPal</li><li>Apple Pay and Google Pay</li><li>Demo Shop gift cards, on their own or together with another method</li></ul><p>All prices include VAT, and shipping is shown before you pay.</p><h2>When are you charged?</h2><p>We reserve the amount when you place the order and take the payment when it ships. If you cancel before that, the reservation is simply released.</p><h2>Charged twice?</h2><p>Sometimes a bank shows both the reservation and the final payment for a day or two. If you still see two charges after 3 business days, <a href="/demo/contact">contact us</a> with your order number and we will refund any duplicate right away.</p>`,
      },
      el: {
        title: "Ποιους τρόπους πληρωμής δέχεστε;",
        description: "Κάρτες, PayPal, Apple Pay, Google Pay και δωροκάρτες, και πότε γίνεται η χρέωση.",
        bodyHtml: `<p>Στο ταμείο μπορείτε να πληρώσετε με:</p><ul><li>Visa, Mastercard και American Express</li><li>PayPal</li><li>Apple Pay και Google Pay</li><li>δωροκάρτες Demo Shop, μόνες τους ή σε συνδυασμό με άλλον τρόπο πληρωμής</li></ul><p>Όλες οι τιμές περιλαμβάνουν ΦΠΑ και τα μεταφορικά εμφανίζονται πριν πληρώσετε.</p><h2>Πότε χρεώνεστε;</h2><p>Δεσμεύουμε το ποσό όταν κάνετε την παραγγελία και το χρεώνουμε όταν αποσταλεί. Αν ακυρώσετε νωρίτερα, η δέσμευση απλώς αίρεται.</p><h2>Χρεωθήκατε δύο φορές;</h2><p>Κάποιες τράπεζες εμφανίζουν για μία-δύο ημέρες τόσο τη δέσμευση όσο και την τελική χρέωση. Αν βλέπετε ακόμη δύο χρεώσεις μετά από 3 εργάσιμες, <a href="/demo/contact">επικοινωνήστε μαζί μας</a> με τον αριθμό παραγγελίας και θα επιστρέψουμε αμέσως τη διπλή χρέωση.</p>`,
      },
      ar: {
        title: "ما طرق الدفع المتاحة؟",
        description: "البطاقات وPayPal وApple Pay وGoogle Pay وبطاقات الهدايا، ومتى يُخصم المبلغ.",
        bodyHtml: `<p>يمكنك الدفع عند إتمام الطلب باستخدام:</p><ul><li>بطاقات Visa وMastercard وAmerican Express</li><li>PayPal</li><li>Apple Pay وGoogle Pay</li><li>بطاقات هدايا Demo Shop، وحدها أو مع طريقة دفع أخرى</li></ul><p>جميع الأسعار شاملة لضريبة القيمة المضافة، وتظهر تكلفة الشحن قبل الدفع.</p><h2>متى يُخصم المبلغ؟</h2><p>نحجز المبلغ عند تقديم الطلب، ونخصمه فعليًا عند شحنه. وإذا ألغيت الطلب قبل ذلك، يُلغى الحجز ببساطة.</p><h2>هل خُصم المبلغ مرتين؟</h2><p>قد يعرض المصرف أحيانًا المبلغ المحجوز والمبلغ المخصوم معًا ليوم أو يومين. وإذا بقيت العمليتان ظاهرتين بعد 3 أيام عمل، <a href="/demo/contact">تواصل معنا</a> واذكر رقم الطلب، وسنردّ المبلغ المكرر فورًا.</p>`,
      },
      et: {
        title: "Milliseid makseviise saab kasutada?",
        description: "Kaardid, PayPal, Apple Pay, Google Pay ja kinkekaardid ning millal raha kontolt võetakse.",
        bodyHtml: `<p>Kassas saad maksta järgmiselt:</p><ul><li>Visa, Mastercard ja American Express</li><li>PayPal</li><li>Apple Pay ja Google Pay</li><li>Demo Shopi kinkekaart, eraldi või koos mõne muu makseviisiga</li></ul><p>Kõik hinnad sisaldavad käibemaksu ja tarnehinda näed enne maksmist.</p><h2>Millal raha kontolt võetakse?</h2><p>Tellimuse esitamisel broneerime summa ja võtame selle kontolt siis, kui pakk välja saadetakse. Kui tühistad tellimuse enne seda, broneering lihtsalt vabastatakse.</p><h2>Raha võeti kaks korda?</h2><p>Mõni pank näitab päev või kaks nii broneeringut kui ka lõplikku makset. Kui näed kahte makset ka 3 tööpäeva pärast, <a href="/demo/contact">võta meiega ühendust</a> ja lisa tellimuse number ning tagastame topeltmakse kohe.</p>`,
      },
      pl: {
        title: "Jakie metody płatności akceptujecie?",
        description: "Karty, PayPal, Apple Pay, Google Pay i karty podarunkowe oraz kiedy pobieramy płatność.",
        bodyHtml: `<p>Przy kasie możesz zapłacić:</p><ul><li>kartą Visa, Mastercard lub American Express</li><li>przez PayPal</li><li>przez Apple Pay lub Google Pay</li><li>kartą podarunkową Demo Shop, samodzielnie lub razem z inną metodą</li></ul><p>Wszystkie ceny zawierają VAT, a koszt dostawy widzisz przed zapłatą.</p><h2>Kiedy pobieramy płatność?</h2><p>Przy składaniu zamówienia blokujemy kwotę na koncie, a pobieramy ją w momencie wysyłki. Jeśli anulujesz zamówienie wcześniej, blokada po prostu zostanie zwolniona.</p><h2>Płatność pobrana dwa razy?</h2><p>Niektóre banki przez dzień lub dwa pokazują zarówno blokadę, jak i ostateczną płatność. Jeśli po 3 dniach roboczych nadal widzisz dwie transakcje, <a href="/demo/contact">napisz do nas</a>, podając numer zamówienia, a od razu zwrócimy nadpłatę.</p>`,
      },
    },
  },
  {
    key: "shipping-costs-and-times",
    section: "delivery-options",
    promoted: true,
    areas: ["shipping_tracking"],
    translations: {
      en: {
        title: "How much does shipping cost and how long does it take?",
        description: "Standard delivery is €4.90 and free over €50; express costs €9.90 and is free for Plus members.",
        bodyHtml: `<p>We pack most orders within 1-2 business days. After that, delivery takes:</p><ul><li><strong>Standard</strong>: €4.90, 2-4 business days within the EU. <strong>Free on orders over €50.</strong></li><li><strong>Express</strong>: €9.90, 1-2 business days within the EU. Free for <em>Demo Shop Plus</em> members.</li><li><strong>Outside the EU</strong> (for example the Gulf countries): from €14.90, 4-8 business days. Free on orders over €150.</li></ul><p>The €50 threshold is counted after discounts and before gift cards are applied.</p><p>For orders outside the EU, import duties and taxes may be collected by the courier on delivery; they are not included in our prices.</p><p>Large home items such as rugs ship on their own and may arrive a day or two after the rest of your order. You will get a separate tracking number for each parcel.</p>`,
      },
      el: {
        title: "Πόσο κοστίζει η αποστολή και πόσο διαρκεί;",
        description: "Η κανονική αποστολή κοστίζει 4,90 € και είναι δωρεάν άνω των 50 €· η express 9,90 €, δωρεάν για μέλη Plus.",
        bodyHtml: `<p>Συσκευάζουμε τις περισσότερες παραγγελίες μέσα σε 1-2 εργάσιμες ημέρες. Στη συνέχεια η παράδοση διαρκεί:</p><ul><li><strong>Κανονική αποστολή</strong>: 4,90 €, 2-4 εργάσιμες εντός ΕΕ. <strong>Δωρεάν για παραγγελίες άνω των 50 €.</strong></li><li><strong>Express</strong>: 9,90 €, 1-2 εργάσιμες εντός ΕΕ. Δωρεάν για τα μέλη του <em>Demo Shop Plus</em>.</li><li><strong>Εκτός ΕΕ</strong> (π.χ. χώρες του Κόλπου): από 14,90 €, 4-8 εργάσιμες. Δωρεάν άνω των 150 €.</li></ul><p>Το όριο των 50 € υπολογίζεται μετά τις εκπτώσεις και πριν από τη χρήση δωροκάρτας.</p><p>Για αποστολές εκτός ΕΕ, η μεταφορική ενδέχεται να εισπράξει δασμούς και φόρους κατά την παράδοση· δεν περιλαμβάνονται στις τιμές μας.</p><p>Ογκώδη είδη σπιτιού, όπως τα χαλιά, αποστέλλονται χωριστά και μπορεί να φτάσουν μία-δύο ημέρες αργότερα. Για κάθε δέμα λαμβάνετε ξεχωριστό αριθμό αποστολής.</p>`,
      },
      ar: {
        title: "ما تكلفة الشحن وكم يستغرق التوصيل؟",
        description: "الشحن العادي بـ 4.90 يورو ومجاني للطلبات فوق 50 يورو، والسريع بـ 9.90 يورو ومجاني لأعضاء Plus.",
        bodyHtml: `<p>نجهّز معظم الطلبات خلال يوم إلى يومَي عمل، ثم يستغرق التوصيل:</p><ul><li><strong>الشحن العادي</strong>: 4.90 يورو، من 2 إلى 4 أيام عمل داخل الاتحاد الأوروبي. <strong>مجاني للطلبات التي تتجاوز 50 يورو.</strong></li><li><strong>الشحن السريع</strong>: 9.90 يورو، من يوم إلى يومَي عمل داخل الاتحاد الأوروبي، ومجاني لأعضاء <em>Demo Shop Plus</em>.</li><li><strong>خارج الاتحاد الأوروبي</strong> (مثل دول الخليج): ابتداءً من 14.90 يورو، من 4 إلى 8 أيام عمل، ومجاني للطلبات التي تتجاوز 150 يورو.</li></ul><p>يُحتسب حد الـ 50 يورو بعد الخصومات وقبل استخدام بطاقة الهدية.</p><p>في الطلبات المرسلة خارج الاتحاد الأوروبي، قد تحصّل شركة الشحن الرسوم الجمركية والضرائب عند التسليم، وهي غير مشمولة في أسعارنا.</p><p>تُشحن المنتجات المنزلية الكبيرة، مثل السجاد، في طرد مستقل وقد تصل بعد بقية الطلب بيوم أو يومين، ولكل طرد رقم تتبع خاص به.</p>`,
      },
      et: {
        title: "Kui palju tarne maksab ja kui kaua see aega võtab?",
        description: "Tavatarne maksab 4,90 € ja on üle 50 € tellimustele tasuta; kiirtarne 9,90 €, Plus-liikmetele tasuta.",
        bodyHtml: `<p>Enamik tellimusi pakitakse 1-2 tööpäeva jooksul. Seejärel võtab kohaletoimetamine aega:</p><ul><li><strong>Tavatarne</strong>: 4,90 €, ELis 2-4 tööpäeva. <strong>Üle 50 € tellimustele tasuta.</strong></li><li><strong>Kiirtarne</strong>: 9,90 €, ELis 1-2 tööpäeva. <em>Demo Shop Plus</em> liikmetele tasuta.</li><li><strong>Väljaspool ELi</strong> (näiteks Pärsia lahe riigid): alates 14,90 €, 4-8 tööpäeva. Üle 150 € tellimustele tasuta.</li></ul><p>50 € piir arvestatakse pärast soodustusi ja enne kinkekaardi kasutamist.</p><p>Väljapoole ELi saadetud tellimuste puhul võib kuller kohaletoimetamisel nõuda tollimakse ja makse; need ei sisaldu meie hindades.</p><p>Suured kodutooted, näiteks vaibad, saadetakse eraldi ja võivad jõuda kohale päev või kaks hiljem. Iga paki kohta saad eraldi jälgimiskoodi.</p>`,
      },
      pl: {
        title: "Ile kosztuje wysyłka i ile trwa dostawa?",
        description: "Dostawa standardowa kosztuje 4,90 € i jest darmowa od 50 €; ekspresowa 9,90 €, bezpłatna dla członków Plus.",
        bodyHtml: `<p>Większość zamówień pakujemy w ciągu 1-2 dni roboczych. Potem dostawa trwa:</p><ul><li><strong>Standardowa</strong>: 4,90 €, 2-4 dni robocze na terenie UE. <strong>Za darmo przy zamówieniach powyżej 50 €.</strong></li><li><strong>Ekspresowa</strong>: 9,90 €, 1-2 dni robocze na terenie UE. Bezpłatna dla członków <em>Demo Shop Plus</em>.</li><li><strong>Poza UE</strong> (np. kraje Zatoki Perskiej): od 14,90 €, 4-8 dni roboczych. Za darmo powyżej 150 €.</li></ul><p>Próg 50 € liczymy po rabatach, a przed użyciem karty podarunkowej.</p><p>Przy wysyłkach poza UE przewoźnik może pobrać przy doręczeniu cło i podatki; nie są one wliczone w nasze ceny.</p><p>Duże produkty do domu, np. dywany, wysyłamy osobno i mogą dotrzeć dzień lub dwa później. Każda paczka ma własny numer przesyłki.</p>`,
      },
    },
  },
  {
    key: "couriers",
    section: "delivery-options",
    areas: ["shipping_tracking"],
    translations: {
      en: {
        title: "Which couriers deliver Demo Shop orders?",
        description: "We use ACS, Omniva, InPost, Aramex, DHL and UPS depending on where you live.",
        bodyHtml: `<p>We pick the courier that delivers fastest to your address:</p><ul><li><strong>Greece and Cyprus</strong>: ACS, to your door or to an ACS point.</li><li><strong>Estonia</strong>: Omniva, to a parcel machine or by courier.</li><li><strong>Poland</strong>: InPost, to a Paczkomat parcel locker or by courier.</li><li><strong>Arabic-speaking countries</strong>: Aramex, with delivery to your door.</li><li><strong>Everywhere else</strong>: DHL for standard and UPS for express.</li></ul><p>You can choose a parcel machine, locker or pickup point at checkout. The courier sends you a pickup code by SMS or email when your parcel arrives, and it waits there for <strong>7 days</strong>.</p><p>If you are not home for a door delivery, the courier will try again or leave a note. After two missed attempts, the parcel comes back to us and we refund you, minus the shipping cost.</p>`,
      },
      el: {
        title: "Ποιες μεταφορικές εταιρείες παραδίδουν τις παραγγελίες;",
        description: "Συνεργαζόμαστε με ACS, Omniva, InPost, Aramex, DHL και UPS, ανάλογα με τη χώρα σας.",
        bodyHtml: `<p>Επιλέγουμε τη μεταφορική που παραδίδει πιο γρήγορα στη διεύθυνσή σας:</p><ul><li><strong>Ελλάδα και Κύπρος</strong>: ACS, στην πόρτα σας ή σε κατάστημα ACS.</li><li><strong>Εσθονία</strong>: Omniva, σε θυρίδα παραλαβής ή με κούριερ.</li><li><strong>Πολωνία</strong>: InPost, σε θυρίδα Paczkomat ή με κούριερ.</li><li><strong>Αραβόφωνες χώρες</strong>: Aramex, με παράδοση στην πόρτα.</li><li><strong>Όλες οι υπόλοιπες χώρες</strong>: DHL για κανονική και UPS για express αποστολή.</li></ul><p>Μπορείτε να επιλέξετε θυρίδα ή σημείο παραλαβής στο ταμείο. Όταν φτάσει το δέμα, η μεταφορική σας στέλνει κωδικό παραλαβής με SMS ή email και το δέμα σας περιμένει εκεί <strong>7 ημέρες</strong>.</p><p>Αν λείπετε κατά την παράδοση, ο κούριερ θα ξαναπεράσει ή θα αφήσει ειδοποίηση. Μετά από δύο ανεπιτυχείς προσπάθειες το δέμα επιστρέφει σε εμάς και σας επιστρέφουμε τα χρήματα, εκτός από τα μεταφορικά.</p>`,
      },
      ar: {
        title: "ما شركات الشحن التي توصل طلبات Demo Shop؟",
        description: "نتعامل مع ACS وOmniva وInPost وAramex وDHL وUPS بحسب بلدك.",
        bodyHtml: `<p>نختار شركة الشحن الأسرع في التوصيل إلى عنوانك:</p><ul><li><strong>الدول العربية</strong>: Aramex، مع التوصيل حتى باب منزلك.</li><li><strong>اليونان وقبرص</strong>: ACS، إلى المنزل أو إلى أحد فروع ACS.</li><li><strong>إستونيا</strong>: Omniva، إلى خزانة طرود أو عبر مندوب.</li><li><strong>بولندا</strong>: InPost، إلى خزانة Paczkomat أو عبر مندوب.</li><li><strong>بقية الدول</strong>: DHL للشحن العادي وUPS للشحن السريع.</li></ul><p>يمكنك اختيار خزانة طرود أو نقطة استلام عند إتمام الطلب. وعند وصول الطرد، ترسل إليك شركة الشحن رمز الاستلام برسالة نصية أو بالبريد الإلكتروني، ويبقى الطرد بانتظارك <strong>7 أيام</strong>.</p><p>إذا لم تكن في المنزل وقت التوصيل، فسيعاود المندوب المحاولة أو يترك لك إشعارًا. وبعد محاولتين فاشلتين يعود الطرد إلينا، ونردّ إليك المبلغ بعد خصم تكلفة الشحن.</p>`,
      },
      et: {
        title: "Millised kullerid Demo Shopi tellimusi toovad?",
        description: "Kasutame sõltuvalt riigist ACS-i, Omnivat, InPosti, Aramexi, DHL-i ja UPS-i.",
        bodyHtml: `<p>Valime kulleri, kes toob paki sinu aadressile kõige kiiremini:</p><ul><li><strong>Eesti</strong>: Omniva, pakiautomaati või kulleriga koju.</li><li><strong>Poola</strong>: InPost, Paczkomati pakiautomaati või kulleriga.</li><li><strong>Kreeka ja Küpros</strong>: ACS, ukseni või ACS-i punkti.</li><li><strong>Araabia riigid</strong>: Aramex, ukseni.</li><li><strong>Kõik teised riigid</strong>: tavatarne DHL-iga ja kiirtarne UPS-iga.</li></ul><p>Pakiautomaadi või väljastuspunkti saad valida kassas. Kui pakk kohale jõuab, saadab kuller sulle SMS-i või e-kirjaga koodi ning pakk ootab sind <strong>7 päeva</strong>.</p><p>Kui sa kullerit kodus vastu võtta ei saa, proovib ta uuesti või jätab teate. Pärast kahte ebaõnnestunud katset tuleb pakk meile tagasi ja maksame raha tagasi, välja arvatud tarnetasu.</p>`,
      },
      pl: {
        title: "Które firmy kurierskie dostarczają zamówienia Demo Shop?",
        description: "W zależności od kraju korzystamy z ACS, Omniva, InPost, Aramex, DHL i UPS.",
        bodyHtml: `<p>Wybieramy przewoźnika, który najszybciej dostarczy paczkę pod Twój adres:</p><ul><li><strong>Polska</strong>: InPost, do Paczkomatu lub kurierem.</li><li><strong>Estonia</strong>: Omniva, do automatu paczkowego lub kurierem.</li><li><strong>Grecja i Cypr</strong>: ACS, pod drzwi lub do punktu ACS.</li><li><strong>Kraje arabskojęzyczne</strong>: Aramex, z dostawą pod drzwi.</li><li><strong>Pozostałe kraje</strong>: DHL przy dostawie standardowej i UPS przy ekspresowej.</li></ul><p>Paczkomat lub punkt odbioru wybierzesz przy kasie. Gdy paczka dotrze, przewoźnik wyśle Ci kod odbioru SMS-em lub e-mailem, a przesyłka będzie czekać <strong>7 dni</strong>.</p><p>Jeśli nie zastanie Cię kurier, spróbuje ponownie lub zostawi awizo. Po dwóch nieudanych próbach paczka wraca do nas, a my zwracamy pieniądze, pomniejszone o koszt dostawy.</p>`,
      },
    },
  },
  {
    key: "track-parcel",
    section: "tracking",
    promoted: true,
    areas: ["shipping_tracking", "order_status"],
    translations: {
      en: {
        title: "How do I track my parcel?",
        description: "Use the tracking link in your shipping email or in My account to see where your parcel is.",
        bodyHtml: `<p>As soon as your order ships, we send you an email with the courier's name and your tracking number.</p><ol><li>Open the <strong>Track your parcel</strong> link in that email, or go to <strong>My account › Orders</strong> and click <strong>Track</strong>.</li><li>You will see the latest scan on the courier's website (ACS, Omniva, InPost, Aramex, DHL or UPS).</li><li>Many couriers also let you choose a delivery day or redirect the parcel to a pickup point from there.</li></ol><p>Please note that tracking can take up to <strong>24 hours</strong> to show the first scan after you get our email.</p><p>If your order was split into several parcels, each one has its own tracking number.</p><p>No email after 3 business days? Check your spam folder, then <a href="/demo/contact">contact us</a> and we will send you the tracking details.</p>`,
      },
      el: {
        title: "Πώς παρακολουθώ το δέμα μου;",
        description: "Χρησιμοποιήστε τον σύνδεσμο στο email αποστολής ή στον λογαριασμό σας για να δείτε πού βρίσκεται το δέμα.",
        bodyHtml: `<p>Μόλις αποσταλεί η παραγγελία σας, σας στέλνουμε email με το όνομα της μεταφορικής και τον αριθμό αποστολής.</p><ol><li>Ανοίξτε τον σύνδεσμο <strong>Παρακολούθηση δέματος</strong> στο email ή μεταβείτε στην ενότητα <strong>Ο λογαριασμός μου › Παραγγελίες</strong> και πατήστε <strong>Παρακολούθηση</strong>.</li><li>Θα δείτε την τελευταία ενημέρωση στη σελίδα της μεταφορικής (ACS, Omniva, InPost, Aramex, DHL ή UPS).</li><li>Οι περισσότερες μεταφορικές, όπως η ACS, σας επιτρέπουν να επιλέξετε εκεί ημέρα παράδοσης ή να στείλετε το δέμα σε σημείο παραλαβής.</li></ol><p>Η πρώτη ενημέρωση μπορεί να εμφανιστεί έως και <strong>24 ώρες</strong> μετά το email μας.</p><p>Αν η παραγγελία σας στάλθηκε σε περισσότερα από ένα δέματα, το καθένα έχει δικό του αριθμό αποστολής.</p><p>Δεν λάβατε email μετά από 3 εργάσιμες; Ελέγξτε τα ανεπιθύμητα και μετά <a href="/demo/contact">επικοινωνήστε μαζί μας</a> για να σας στείλουμε τα στοιχεία.</p>`,
      },
      ar: {
        title: "كيف أتتبع طردي؟",
        description: "استخدم رابط التتبع في رسالة الشحن أو في حسابك لمعرفة مكان طردك.",
        bodyHtml: `<p>فور شحن طلبك، نرسل إليك رسالة بالبريد الإلكتروني تتضمن اسم شركة الشحن ورقم التتبع.</p><ol><li>افتح رابط <strong>تتبع طردك</strong> في الرسالة، أو انتقل إلى <strong>حسابي › الطلبات</strong> واضغط <strong>تتبع</strong>.</li><li>ستظهر لك آخر حالة للطرد على موقع شركة الشحن (Aramex أو ACS أو Omniva أو InPost أو DHL أو UPS).</li><li>تتيح لك شركات شحن كثيرة، ومنها Aramex، اختيار يوم التسليم أو تحويل الطرد إلى نقطة استلام من الصفحة نفسها.</li></ol><p>يُرجى العلم أن أول تحديث للتتبع قد يستغرق ظهوره حتى <strong>24 ساعة</strong> بعد وصول رسالتنا.</p><p>إذا قُسّم طلبك إلى عدة طرود، فلكل طرد رقم تتبع خاص به.</p><p>لم تصلك أي رسالة بعد 3 أيام عمل؟ تحقّق من مجلد الرسائل غير المرغوب فيها، ثم <a href="/demo/contact">تواصل معنا</a> لنرسل إليك بيانات التتبع.</p>`,
      },
      et: {
        title: "Kuidas oma pakki jälgida?",
        description: "Vaata paki asukohta väljasaatmise e-kirjas või oma kontol oleva jälgimislingi kaudu.",
        bodyHtml: `<p>Kohe, kui tellimus välja saadetakse, saadame sulle e-kirja kulleri nime ja jälgimiskoodiga.</p><ol><li>Ava e-kirjas link <strong>Jälgi pakki</strong> või mine lehele <strong>Minu konto › Tellimused</strong> ja klõpsa <strong>Jälgi</strong>.</li><li>Näed paki viimast olekut kulleri lehel (Omniva, InPost, ACS, Aramex, DHL või UPS).</li><li>Paljud kullerid, näiteks Omniva, lubavad seal valida ka tarnepäeva või suunata paki teise pakiautomaati.</li></ol><p>Arvesta, et esimene olek võib jälgimislehel ilmuda kuni <strong>24 tundi</strong> pärast meie e-kirja.</p><p>Kui tellimus saadeti mitmes pakis, on igal pakil oma jälgimiskood.</p><p>Kas e-kirja pole 3 tööpäeva jooksul tulnud? Vaata rämpsposti kausta ja seejärel <a href="/demo/contact">kirjuta meile</a>, siis saadame jälgimisandmed uuesti.</p>`,
      },
      pl: {
        title: "Jak śledzić przesyłkę?",
        description: "Skorzystaj z linku w e-mailu o wysyłce lub na swoim koncie, aby sprawdzić, gdzie jest paczka.",
        bodyHtml: `<p>Gdy tylko nadamy zamówienie, wysyłamy Ci e-mail z nazwą przewoźnika i numerem przesyłki.</p><ol><li>Kliknij w e-mailu link <strong>Śledź przesyłkę</strong> albo przejdź do <strong>Moje konto › Zamówienia</strong> i wybierz <strong>Śledź</strong>.</li><li>Zobaczysz ostatni status na stronie przewoźnika (InPost, Omniva, ACS, Aramex, DHL lub UPS).</li><li>U wielu przewoźników, np. w aplikacji InPost, możesz tam też zmienić termin lub miejsce doręczenia.</li></ol><p>Pamiętaj, że pierwszy status może pojawić się nawet <strong>24 godziny</strong> po otrzymaniu naszego e-maila.</p><p>Jeśli zamówienie wysłaliśmy w kilku paczkach, każda ma własny numer przesyłki.</p><p>Nie dostałeś e-maila w ciągu 3 dni roboczych? Sprawdź folder ze spamem, a potem <a href="/demo/contact">napisz do nas</a>, a prześlemy dane przesyłki.</p>`,
      },
    },
  },
  {
    key: "parcel-late",
    section: "tracking",
    areas: ["shipping_tracking"],
    translations: {
      en: {
        title: "What should I do if my parcel is late or tracking has stopped?",
        description: "What to check when a parcel is late, stuck in tracking or marked delivered but not received.",
        bodyHtml: `<p>Most delays are short: busy periods and public holidays can add 1-2 business days.</p><h2>Tracking hasn't changed</h2><p>A parcel can go a couple of days between scans, especially when it crosses a border. If there has been no update for <strong>5 business days</strong>, <a href="/demo/contact">contact us</a>. We will open an investigation with the courier and, if the parcel is lost, send you a replacement or a full refund.</p><h2>Marked delivered, but not here</h2><ul><li>Check with neighbours, your building's reception and any safe place you gave the courier.</li><li>Look for a pickup notice or SMS: the parcel may be at a pickup point or parcel machine.</li><li>Wait until the end of the next business day, as couriers sometimes scan parcels early.</li></ul><p>Still nothing? Tell us within 14 days of the delivery date and we will sort it out.</p>`,
      },
      el: {
        title: "Τι κάνω αν το δέμα μου καθυστερεί ή η παρακολούθηση δεν ενημερώνεται;",
        description: "Τι να ελέγξετε όταν ένα δέμα καθυστερεί, δεν ενημερώνεται ή εμφανίζεται παραδομένο χωρίς να το έχετε λάβει.",
        bodyHtml: `<p>Οι περισσότερες καθυστερήσεις είναι μικρές: σε περιόδους αιχμής και αργίες η παράδοση μπορεί να αργήσει 1-2 εργάσιμες.</p><h2>Η παρακολούθηση δεν αλλάζει</h2><p>Ένα δέμα μπορεί να μείνει μία-δύο ημέρες χωρίς σάρωση, ειδικά όταν περνά σύνορα. Αν δεν υπάρχει ενημέρωση για <strong>5 εργάσιμες</strong>, <a href="/demo/contact">επικοινωνήστε μαζί μας</a>. Θα ανοίξουμε έρευνα με τη μεταφορική και, αν το δέμα έχει χαθεί, θα σας στείλουμε νέο ή θα σας επιστρέψουμε όλα τα χρήματα.</p><h2>Εμφανίζεται παραδομένο, αλλά δεν το έχετε</h2><ul><li>Ρωτήστε τους γείτονες ή τον θυρωρό και ελέγξτε το σημείο που ίσως υποδείξατε στον κούριερ.</li><li>Δείτε αν έχετε ειδοποίηση ή SMS: το δέμα ίσως βρίσκεται σε κατάστημα ACS ή σε θυρίδα.</li><li>Περιμένετε έως το τέλος της επόμενης εργάσιμης, γιατί μερικές φορές οι κούριερ σαρώνουν το δέμα νωρίτερα.</li></ul><p>Ακόμη τίποτα; Ενημερώστε μας μέσα σε 14 ημέρες από την ημερομηνία παράδοσης και θα το λύσουμε.</p>`,
      },
      ar: {
        title: "ماذا أفعل إذا تأخر طردي أو توقف تحديث التتبع؟",
        description: "ما الذي تتحقق منه إذا تأخر الطرد أو توقف تتبعه أو ظهر أنه سُلّم ولم يصلك.",
        bodyHtml: `<p>معظم حالات التأخير قصيرة، فقد تضيف مواسم الذروة والعطلات الرسمية يومًا أو يومَي عمل.</p><h2>لم يتغير التتبع</h2><p>قد يمضي يومان دون أي تحديث للطرد، خاصة عند عبوره الحدود والجمارك. وإذا لم يظهر أي تحديث خلال <strong>5 أيام عمل</strong>، <a href="/demo/contact">تواصل معنا</a>، وسنفتح تحقيقًا مع شركة الشحن. وإذا تبيّن أن الطرد فُقد، فسنرسل إليك بديلًا أو نردّ إليك المبلغ كاملًا.</p><h2>يظهر أنه سُلّم لكنه لم يصلك</h2><ul><li>اسأل جيرانك أو حارس المبنى، وتحقّق من أي مكان آمن حددته للمندوب.</li><li>ابحث عن إشعار أو رسالة نصية، فقد يكون الطرد في نقطة استلام.</li><li>انتظر حتى نهاية يوم العمل التالي، فأحيانًا يسجّل المندوب التسليم مبكرًا.</li></ul><p>ما زال الطرد مفقودًا؟ أخبرنا خلال 14 يومًا من تاريخ التسليم وسنحل المشكلة.</p>`,
      },
      et: {
        title: "Mida teha, kui pakk hilineb või jälgimine ei uuene?",
        description: "Mida kontrollida, kui pakk hilineb, jälgimine seisab või pakk on märgitud kättetoimetatuks, kuid seda pole.",
        bodyHtml: `<p>Enamik viivitusi on lühikesed: tipphooajal ja riigipühade ajal võib tarne võtta 1-2 tööpäeva kauem.</p><h2>Jälgimine ei muutu</h2><p>Pakk võib olla paar päeva ilma uue skaneerimiseta, eriti piiri ületades. Kui uut olekut pole <strong>5 tööpäeva</strong>, <a href="/demo/contact">võta meiega ühendust</a>. Alustame kulleriga uurimist ja kui pakk on kadunud, saadame uue või maksame kogu summa tagasi.</p><h2>Märgitud kättetoimetatuks, aga pakki pole</h2><ul><li>Küsi naabritelt või hoone administraatorilt ja vaata kohta, mille kullerile määrasid.</li><li>Otsi teadet või SMS-i: pakk võib oodata pakiautomaadis või väljastuspunktis.</li><li>Oota järgmise tööpäeva lõpuni, sest mõnikord skaneerivad kullerid paki varem.</li></ul><p>Ikka pole? Anna meile teada 14 päeva jooksul alates kättetoimetamise kuupäevast ja lahendame olukorra.</p>`,
      },
      pl: {
        title: "Co zrobić, gdy paczka się spóźnia lub status się nie zmienia?",
        description: "Co sprawdzić, gdy paczka się spóźnia, status stoi w miejscu albo jest oznaczona jako doręczona, a jej nie ma.",
        bodyHtml: `<p>Większość opóźnień jest krótka: w okresach wzmożonego ruchu i w święta dostawa może potrwać o 1-2 dni robocze dłużej.</p><h2>Status się nie zmienia</h2><p>Paczka może przez dzień lub dwa nie mieć nowego skanu, zwłaszcza gdy przekracza granicę. Jeśli przez <strong>5 dni roboczych</strong> nie ma żadnej aktualizacji, <a href="/demo/contact">napisz do nas</a>. Złożymy reklamację u przewoźnika, a jeśli paczka zaginęła, wyślemy nową lub zwrócimy całą kwotę.</p><h2>Status „doręczona”, ale paczki nie ma</h2><ul><li>Zapytaj sąsiadów lub w recepcji budynku i sprawdź miejsce wskazane kurierowi.</li><li>Poszukaj awiza lub SMS-a: paczka może czekać w Paczkomacie lub punkcie odbioru.</li><li>Poczekaj do końca następnego dnia roboczego, bo kurierzy czasem skanują paczki wcześniej.</li></ul><p>Nadal nic? Daj nam znać w ciągu 14 dni od daty doręczenia, a wszystko wyjaśnimy.</p>`,
      },
    },
  },
  {
    key: "return-an-item",
    section: "returns",
    promoted: true,
    areas: ["returns"],
    translations: {
      en: {
        title: "How do I return an item?",
        description: "Return items within 30 days of delivery with our free prepaid return label.",
        bodyHtml: `<p>You have <strong>30 days from delivery</strong> to send items back, and returns are free.</p><ol><li>Go to <strong>My account › Orders</strong>, open the order and click <strong>Return items</strong>. Guests can start a return with their order number and email address.</li><li>Choose the items and a reason. You will receive a prepaid return label by email right away. There is usually a label in the box as well.</li><li>Pack the items in their original packaging if you can, with the tags still attached.</li><li>Stick the label on the parcel and drop it off at any point of the courier shown on the label.</li></ol><p>Keep the drop-off receipt until your refund arrives. We inspect returns within 3 business days of receiving them and then refund you to your original payment method.</p><p>Label missing or expired? <a href="/demo/contact">Contact us</a> and we will send you a new one.</p>`,
      },
      el: {
        title: "Πώς επιστρέφω ένα προϊόν;",
        description: "Επιστρέψτε προϊόντα μέσα σε 30 ημέρες από την παράδοση με τη δωρεάν προπληρωμένη ετικέτα μας.",
        bodyHtml: `<p>Έχετε <strong>30 ημέρες από την παράδοση</strong> για να επιστρέψετε προϊόντα και η επιστροφή είναι δωρεάν.</p><ol><li>Μεταβείτε στην ενότητα <strong>Ο λογαριασμός μου › Παραγγελίες</strong>, ανοίξτε την παραγγελία και πατήστε <strong>Επιστροφή προϊόντων</strong>. Αν αγοράσατε ως επισκέπτης, ξεκινήστε με τον αριθμό παραγγελίας και το email σας.</li><li>Επιλέξτε τα προϊόντα και τον λόγο επιστροφής. Θα λάβετε αμέσως με email προπληρωμένη ετικέτα επιστροφής· συνήθως υπάρχει και μία μέσα στο δέμα.</li><li>Συσκευάστε τα προϊόντα, αν γίνεται στην αρχική τους συσκευασία, με τις ετικέτες τους.</li><li>Κολλήστε την ετικέτα στο δέμα και παραδώστε το σε οποιοδήποτε κατάστημα της ACS ή της μεταφορικής που αναγράφεται.</li></ol><p>Κρατήστε την απόδειξη παράδοσης μέχρι να λάβετε τα χρήματά σας. Ελέγχουμε τις επιστροφές μέσα σε 3 εργάσιμες από την παραλαβή και επιστρέφουμε το ποσό στον αρχικό τρόπο πληρωμής.</p><p>Δεν βρίσκετε την ετικέτα ή έχει λήξει; <a href="/demo/contact">Επικοινωνήστε μαζί μας</a> και θα σας στείλουμε νέα.</p>`,
      },
      ar: {
        title: "كيف أُرجع منتجًا؟",
        description: "أرجع المنتجات خلال 30 يومًا من التسليم باستخدام ملصق الإرجاع المدفوع مسبقًا مجانًا.",
        bodyHtml: `<p>لديك <strong>30 يومًا من تاريخ التسليم</strong> لإرجاع المنتجات، والإرجاع مجاني.</p><ol><li>انتقل إلى <strong>حسابي › الطلبات</strong>، وافتح الطلب، ثم اضغط <strong>إرجاع منتجات</strong>. وإذا اشتريت دون حساب، فابدأ الإرجاع برقم الطلب وبريدك الإلكتروني.</li><li>اختر المنتجات وسبب الإرجاع، وسيصلك فورًا بالبريد الإلكتروني ملصق إرجاع مدفوع مسبقًا، وغالبًا ما تجد ملصقًا داخل الطرد أيضًا.</li><li>غلّف المنتجات في عبوتها الأصلية إن أمكن، مع إبقاء البطاقات التعريفية مثبتة عليها.</li><li>ألصق الملصق على الطرد وسلّمه إلى أي فرع لشركة الشحن المذكورة عليه، مثل Aramex.</li></ol><p>احتفظ بإيصال التسليم حتى يصلك المبلغ. نفحص المرتجعات خلال 3 أيام عمل من استلامها، ثم نردّ المبلغ إلى وسيلة الدفع الأصلية.</p><p>لم تجد الملصق أو انتهت صلاحيته؟ <a href="/demo/contact">تواصل معنا</a> وسنرسل إليك ملصقًا جديدًا.</p>`,
      },
      et: {
        title: "Kuidas toodet tagastada?",
        description: "Tagasta tooted 30 päeva jooksul alates kättesaamisest meie tasuta ettemakstud tagastussildiga.",
        bodyHtml: `<p>Sul on toodete tagastamiseks <strong>30 päeva alates kättesaamisest</strong> ja tagastamine on tasuta.</p><ol><li>Mine lehele <strong>Minu konto › Tellimused</strong>, ava tellimus ja klõpsa <strong>Tagasta tooted</strong>. Külalisena tellinud kliendid saavad alustada tellimuse numbri ja e-posti aadressiga.</li><li>Vali tooted ja tagastamise põhjus. Saad kohe e-kirjaga ettemakstud tagastussildi; tavaliselt on silt ka pakis.</li><li>Paki tooted võimaluse korral originaalpakendisse ja jäta sildid külge.</li><li>Kleebi silt pakile ja vii pakk Omniva pakiautomaati või mõnda sildil märgitud kulleri punkti.</li></ol><p>Hoia saatmiskviitung alles, kuni raha on tagasi. Kontrollime tagastused 3 tööpäeva jooksul pärast kättesaamist ja kanname raha tagasi samale makseviisile.</p><p>Silt puudub või on aegunud? <a href="/demo/contact">Kirjuta meile</a> ja saadame uue.</p>`,
      },
      pl: {
        title: "Jak zwrócić produkt?",
        description: "Zwróć produkty w ciągu 30 dni od dostawy, korzystając z naszej bezpłatnej, opłaconej etykiety zwrotnej.",
        bodyHtml: `<p>Masz <strong>30 dni od dostawy</strong> na odesłanie produktów, a zwrot jest bezpłatny.</p><ol><li>Przejdź do <strong>Moje konto › Zamówienia</strong>, otwórz zamówienie i kliknij <strong>Zwróć produkty</strong>. Jeśli kupowałeś bez konta, podaj numer zamówienia i adres e-mail.</li><li>Wybierz produkty i powód zwrotu. Od razu dostaniesz e-mailem opłaconą etykietę zwrotną; zwykle jest ona też w paczce.</li><li>Zapakuj produkty, najlepiej w oryginalne opakowanie, z nieodciętymi metkami.</li><li>Naklej etykietę i nadaj paczkę w dowolnym Paczkomacie InPost lub punkcie przewoźnika wskazanego na etykiecie.</li></ol><p>Zachowaj potwierdzenie nadania do czasu otrzymania zwrotu pieniędzy. Sprawdzamy zwroty w ciągu 3 dni roboczych od ich otrzymania i zwracamy pieniądze tą samą metodą płatności.</p><p>Brakuje etykiety lub straciła ważność? <a href="/demo/contact">Napisz do nas</a>, a wyślemy nową.</p>`,
      },
    },
  },
  {
    key: "what-can-be-returned",
    section: "returns",
    areas: ["returns"],
    translations: {
      en: {
        title: "What can I return?",
        description: "Which items can be returned within 30 days, and the few that can't.",
        bodyHtml: `<p>Almost everything we sell can be returned within <strong>30 days of delivery</strong>, as long as it is unworn, unwashed and unused, with the original tags attached.</p><h2>Items we can't take back</h2><ul><li>Underwear, swimwear and earrings if the hygiene seal has been removed</li><li>Items marked <em>Final sale</em> on the product page</li><li>Personalised items, such as monogrammed towels</li><li>Gift cards</li></ul><p>Shoes should be tried on indoors only: returned shoes with marks on the soles may be refused.</p><h2>What happens if a return doesn't qualify?</h2><p>If an item arrives worn, damaged by use or without its tags, we will contact you and send it back at no cost to you. We don't refund it in that case.</p><p>Faulty items are never a problem: you can report a defect up to 2 years after delivery. <a href="/demo/contact">Contact us</a> with a photo and your order number.</p>`,
      },
      el: {
        title: "Τι μπορώ να επιστρέψω;",
        description: "Ποια προϊόντα επιστρέφονται μέσα σε 30 ημέρες και οι λίγες εξαιρέσεις.",
        bodyHtml: `<p>Σχεδόν όλα τα προϊόντα μας επιστρέφονται μέσα σε <strong>30 ημέρες από την παράδοση</strong>, εφόσον δεν έχουν φορεθεί, πλυθεί ή χρησιμοποιηθεί και έχουν τις αρχικές ετικέτες.</p><h2>Τι δεν μπορούμε να δεχτούμε</h2><ul><li>Εσώρουχα, μαγιό και σκουλαρίκια, αν έχει αφαιρεθεί η σφραγίδα υγιεινής</li><li>Προϊόντα με την ένδειξη <em>Τελική προσφορά</em> στη σελίδα τους</li><li>Προσωποποιημένα προϊόντα, όπως πετσέτες με κέντημα</li><li>Δωροκάρτες</li></ul><p>Δοκιμάστε τα παπούτσια μόνο σε εσωτερικό χώρο· αν οι σόλες έχουν σημάδια χρήσης, η επιστροφή μπορεί να απορριφθεί.</p><h2>Τι γίνεται αν η επιστροφή δεν γίνει δεκτή;</h2><p>Αν ένα προϊόν φτάσει φορεμένο, φθαρμένο από χρήση ή χωρίς ετικέτες, θα επικοινωνήσουμε μαζί σας και θα σας το στείλουμε πίσω χωρίς χρέωση. Σε αυτή την περίπτωση δεν γίνεται επιστροφή χρημάτων.</p><p>Τα ελαττωματικά προϊόντα δεν είναι ποτέ πρόβλημα: μπορείτε να δηλώσετε ελάττωμα έως 2 χρόνια μετά την παράδοση. <a href="/demo/contact">Στείλτε μας</a> μια φωτογραφία και τον αριθμό παραγγελίας.</p>`,
      },
      ar: {
        title: "ما المنتجات التي يمكنني إرجاعها؟",
        description: "المنتجات التي يمكن إرجاعها خلال 30 يومًا، والاستثناءات القليلة.",
        bodyHtml: `<p>يمكن إرجاع جميع منتجاتنا تقريبًا خلال <strong>30 يومًا من التسليم</strong>، بشرط ألا تكون قد لُبست أو غُسلت أو استُخدمت، وأن تكون البطاقات الأصلية ما زالت مثبتة عليها.</p><h2>منتجات لا يمكن إرجاعها</h2><ul><li>الملابس الداخلية وملابس السباحة والأقراط إذا أُزيل ملصق النظافة</li><li>المنتجات المشار إليها بعبارة <em>بيع نهائي</em> في صفحتها</li><li>المنتجات المخصصة، مثل المناشف المطرزة بالأحرف الأولى</li><li>بطاقات الهدايا</li></ul><p>ننصحك بتجربة الأحذية داخل المنزل فقط، فقد نرفض إرجاع الأحذية التي تظهر على نعلها آثار استخدام.</p><h2>ماذا يحدث إذا لم يستوفِ المرتجع الشروط؟</h2><p>إذا وصلنا منتج ملبوس أو تالف بسبب الاستخدام أو بلا بطاقات، فسنتواصل معك ونعيده إليك دون أي تكلفة، ولن نردّ ثمنه في هذه الحالة.</p><p>أما المنتجات المعيبة فلا مشكلة فيها أبدًا، ويمكنك الإبلاغ عن العيب خلال سنتين من التسليم. <a href="/demo/contact">تواصل معنا</a> وأرفق صورة ورقم الطلب.</p>`,
      },
      et: {
        title: "Mida saab tagastada?",
        description: "Millised tooted saab 30 päeva jooksul tagastada ja millised mitte.",
        bodyHtml: `<p>Peaaegu kõiki meie tooteid saab tagastada <strong>30 päeva jooksul alates kättesaamisest</strong>, kui neid pole kantud, pestud ega kasutatud ja originaalsildid on alles.</p><h2>Mida me tagasi ei võta</h2><ul><li>Aluspesu, ujumisriided ja kõrvarõngad, kui hügieenikleebis on eemaldatud</li><li>Tooted, mille lehel on märge <em>Lõplik allahindlus</em></li><li>Personaliseeritud tooted, näiteks tikitud initsiaalidega rätikud</li><li>Kinkekaardid</li></ul><p>Proovi jalanõusid ainult siseruumides: kui tallal on kulumisjäljed, võime tagastusest keelduda.</p><h2>Mis saab, kui tagastus tingimustele ei vasta?</h2><p>Kui toode jõuab meieni kantuna, kasutamisest kahjustatuna või siltideta, võtame sinuga ühendust ja saadame selle tasuta tagasi. Sel juhul raha ei tagastata.</p><p>Defektsete toodetega pole kunagi probleemi: puudusest saad teada anda kuni 2 aastat pärast kättesaamist. <a href="/demo/contact">Kirjuta meile</a> ja lisa foto ning tellimuse number.</p>`,
      },
      pl: {
        title: "Co mogę zwrócić?",
        description: "Które produkty można zwrócić w ciągu 30 dni, a których nie.",
        bodyHtml: `<p>Niemal wszystkie nasze produkty możesz zwrócić w ciągu <strong>30 dni od dostawy</strong>, jeśli nie były noszone, prane ani używane i mają oryginalne metki.</p><h2>Czego nie przyjmujemy</h2><ul><li>Bielizny, strojów kąpielowych i kolczyków, jeśli usunięto plombę higieniczną</li><li>Produktów oznaczonych na stronie jako <em>Wyprzedaż ostateczna</em></li><li>Produktów personalizowanych, np. ręczników z haftowanymi inicjałami</li><li>Kart podarunkowych</li></ul><p>Buty przymierzaj tylko w domu: jeśli podeszwy noszą ślady użytkowania, możemy odmówić przyjęcia zwrotu.</p><h2>Co jeśli zwrot nie spełnia warunków?</h2><p>Jeśli produkt dotrze do nas noszony, zniszczony w wyniku użytkowania lub bez metek, skontaktujemy się z Tobą i bezpłatnie go odeślemy. W takim przypadku nie zwracamy pieniędzy.</p><p>Wadliwe produkty to nigdy nie problem: wadę możesz zgłosić do 2 lat od dostawy. <a href="/demo/contact">Napisz do nas</a> i dołącz zdjęcie oraz numer zamówienia.</p>`,
      },
    },
  },
  {
    key: "damaged-or-wrong-item",
    section: "returns",
    areas: ["returns", "refunds"],
    translations: {
      en: {
        title: "What if my item arrived damaged or I received the wrong item?",
        description: "Send us a photo and we will replace the item or refund you in full, shipping included.",
        bodyHtml: `<p>We're sorry! Mistakes happen, and we will put it right at no cost to you.</p><ol><li><a href="/demo/contact">Contact us</a> within 14 days of delivery with your order number.</li><li>Attach a photo of the item and, if it was damaged in transit, of the box and the shipping label.</li><li>Tell us whether you would like a <strong>replacement</strong> or a <strong>full refund</strong>.</li></ol><p>We reply within one business day and send you a prepaid return label. For a replacement, we ship the new item as soon as the courier scans your return, so you don't have to wait for it to reach us. If the item is out of stock, we refund you instead.</p><p>For damaged or wrong items we also refund the original shipping cost. If a fragile item such as a vase or glassware has broken, please don't send it back: the photo is enough.</p>`,
      },
      el: {
        title: "Τι κάνω αν το προϊόν ήρθε χαλασμένο ή έλαβα λάθος προϊόν;",
        description: "Στείλτε μας μια φωτογραφία και θα αντικαταστήσουμε το προϊόν ή θα επιστρέψουμε όλο το ποσό μαζί με τα μεταφορικά.",
        bodyHtml: `<p>Λυπούμαστε πολύ! Τα λάθη συμβαίνουν και θα τα διορθώσουμε χωρίς καμία χρέωση για εσάς.</p><ol><li><a href="/demo/contact">Επικοινωνήστε μαζί μας</a> μέσα σε 14 ημέρες από την παράδοση και αναφέρετε τον αριθμό παραγγελίας.</li><li>Επισυνάψτε φωτογραφία του προϊόντος και, αν χάλασε κατά τη μεταφορά, της συσκευασίας και της ετικέτας αποστολής.</li><li>Πείτε μας αν προτιμάτε <strong>αντικατάσταση</strong> ή <strong>πλήρη επιστροφή χρημάτων</strong>.</li></ol><p>Απαντάμε μέσα σε μία εργάσιμη και σας στέλνουμε προπληρωμένη ετικέτα επιστροφής. Για αντικατάσταση, στέλνουμε το νέο προϊόν μόλις η ACS σαρώσει το δέμα επιστροφής, χωρίς να περιμένετε να φτάσει σε εμάς. Αν το προϊόν έχει εξαντληθεί, σας επιστρέφουμε τα χρήματα.</p><p>Για χαλασμένα ή λάθος προϊόντα επιστρέφουμε και τα αρχικά μεταφορικά. Αν έσπασε κάτι εύθραυστο, όπως βάζο ή ποτήρια, μην το στείλετε πίσω: αρκεί η φωτογραφία.</p>`,
      },
      ar: {
        title: "ماذا أفعل إذا وصلني المنتج تالفًا أو وصلني منتج خاطئ؟",
        description: "أرسل إلينا صورة وسنستبدل المنتج أو نردّ إليك المبلغ كاملًا مع تكلفة الشحن.",
        bodyHtml: `<p>نعتذر عن ذلك! قد تحدث الأخطاء، وسنصححها دون أي تكلفة عليك.</p><ol><li><a href="/demo/contact">تواصل معنا</a> خلال 14 يومًا من التسليم واذكر رقم الطلب.</li><li>أرفق صورة للمنتج، وإذا تلف أثناء الشحن فأرفق أيضًا صورة للعلبة وملصق الشحن.</li><li>أخبرنا هل تفضّل <strong>منتجًا بديلًا</strong> أم <strong>استرداد المبلغ كاملًا</strong>.</li></ol><p>نرد عليك خلال يوم عمل واحد ونرسل إليك ملصق إرجاع مدفوعًا مسبقًا. وفي حالة الاستبدال، نشحن المنتج الجديد فور تسجيل شركة الشحن لطرد الإرجاع، فلا داعي لانتظار وصوله إلينا. وإذا نفد المنتج من المخزون، نردّ إليك المبلغ بدلًا من ذلك.</p><p>في حالة المنتجات التالفة أو الخاطئة، نردّ إليك أيضًا تكلفة الشحن الأصلية. وإذا انكسر منتج هشّ مثل مزهرية أو أكواب زجاجية، فلا ترسله إلينا، إذ تكفي الصورة.</p>`,
      },
      et: {
        title: "Mida teha, kui toode saabus kahjustatuna või sain vale toote?",
        description: "Saada meile foto ja asendame toote või tagastame kogu summa koos tarnetasuga.",
        bodyHtml: `<p>Vabandame! Vigu juhtub ja parandame need sulle tasuta.</p><ol><li><a href="/demo/contact">Võta meiega ühendust</a> 14 päeva jooksul alates kättesaamisest ja lisa tellimuse number.</li><li>Lisa foto tootest ning kui see sai transpordil kannatada, ka karbist ja saatesildist.</li><li>Anna teada, kas soovid <strong>asendustoodet</strong> või <strong>kogu raha tagasi</strong>.</li></ol><p>Vastame ühe tööpäeva jooksul ja saadame ettemakstud tagastussildi. Asenduse korral saadame uue toote teele kohe, kui kuller sinu tagastuse skaneerib, nii et sa ei pea ootama, kuni see meieni jõuab. Kui toode on otsas, tagastame raha.</p><p>Kahjustatud või valede toodete puhul tagastame ka algse tarnetasu. Kui purunes midagi habrast, näiteks vaas või klaasnõud, ära seda tagasi saada: fotost piisab.</p>`,
      },
      pl: {
        title: "Co zrobić, jeśli produkt dotarł uszkodzony lub otrzymałem niewłaściwy?",
        description: "Wyślij nam zdjęcie, a wymienimy produkt lub zwrócimy całą kwotę razem z kosztem dostawy.",
        bodyHtml: `<p>Bardzo nam przykro! Pomyłki się zdarzają, a my naprawimy je bez żadnych kosztów po Twojej stronie.</p><ol><li><a href="/demo/contact">Napisz do nas</a> w ciągu 14 dni od dostawy i podaj numer zamówienia.</li><li>Dołącz zdjęcie produktu, a jeśli uszkodził się w transporcie, także kartonu i etykiety przewozowej.</li><li>Napisz, czy wolisz <strong>wymianę</strong>, czy <strong>pełny zwrot pieniędzy</strong>.</li></ol><p>Odpowiadamy w ciągu jednego dnia roboczego i wysyłamy opłaconą etykietę zwrotną. Przy wymianie nadajemy nowy produkt, gdy tylko przewoźnik zeskanuje Twój zwrot, więc nie musisz czekać, aż do nas dotrze. Jeśli produktu zabraknie, zwrócimy pieniądze.</p><p>Przy uszkodzonych lub błędnie wysłanych produktach zwracamy też pierwotny koszt dostawy. Jeśli stłukło się coś delikatnego, np. wazon lub szklanki, nie odsyłaj tego: wystarczy zdjęcie.</p>`,
      },
    },
  },
  {
    key: "return-a-gift",
    section: "returns",
    areas: ["returns", "gift_cards"],
    translations: {
      en: {
        title: "How do I return a gift?",
        description: "Return a present without the order number and get store credit, without the buyer being told.",
        bodyHtml: `<p>Received something from Demo Shop that isn't quite right? You can return it within <strong>30 days of delivery</strong>, even if you didn't place the order.</p><ol><li>If there is a <strong>gift receipt</strong> in the box, start the return from the link on it.</li><li>No gift receipt? <a href="/demo/contact">Contact us</a> with the buyer's name or email address and we will find the order for you.</li><li>We email you a prepaid return label. Pack the item with its tags and drop it off with the courier.</li></ol><p>Once we have inspected the item, you receive the amount as an <strong>e-gift card</strong> by email. It is valid for 2 years and can be spent on anything in our shop.</p><p>The buyer is not notified and doesn't get the money back. Would you prefer a different size instead? Choose an exchange and we will send it to you directly.</p>`,
      },
      el: {
        title: "Πώς επιστρέφω ένα δώρο;",
        description: "Επιστρέψτε ένα δώρο χωρίς αριθμό παραγγελίας και λάβετε πίστωση, χωρίς να ενημερωθεί ο αγοραστής.",
        bodyHtml: `<p>Σας έκαναν δώρο κάτι από το Demo Shop που δεν σας ταιριάζει; Μπορείτε να το επιστρέψετε μέσα σε <strong>30 ημέρες από την παράδοση</strong>, ακόμη κι αν δεν κάνατε εσείς την παραγγελία.</p><ol><li>Αν στο δέμα υπάρχει <strong>απόδειξη δώρου</strong>, ξεκινήστε την επιστροφή από τον σύνδεσμο που αναγράφει.</li><li>Δεν υπάρχει απόδειξη δώρου; <a href="/demo/contact">Επικοινωνήστε μαζί μας</a> με το όνομα ή το email του αγοραστή και θα βρούμε εμείς την παραγγελία.</li><li>Σας στέλνουμε με email προπληρωμένη ετικέτα επιστροφής. Συσκευάστε το προϊόν με τις ετικέτες του και παραδώστε το στη μεταφορική.</li></ol><p>Μετά τον έλεγχο, λαμβάνετε το ποσό ως <strong>ηλεκτρονική δωροκάρτα</strong> με email. Ισχύει για 2 χρόνια και μπορείτε να τη χρησιμοποιήσετε για οποιοδήποτε προϊόν.</p><p>Ο αγοραστής δεν ενημερώνεται και δεν του επιστρέφονται χρήματα. Προτιμάτε άλλο μέγεθος; Επιλέξτε αλλαγή και θα σας το στείλουμε απευθείας.</p>`,
      },
      ar: {
        title: "كيف أُرجع هدية؟",
        description: "أرجع هدية دون رقم الطلب واحصل على رصيد للشراء، دون إبلاغ الشخص الذي اشتراها.",
        bodyHtml: `<p>تلقيت هدية من Demo Shop لا تناسبك تمامًا؟ يمكنك إرجاعها خلال <strong>30 يومًا من التسليم</strong> حتى لو لم تكن أنت من قدّم الطلب.</p><ol><li>إذا وجدت <strong>إيصال هدية</strong> داخل العلبة، فابدأ الإرجاع من الرابط المطبوع عليه.</li><li>لا يوجد إيصال هدية؟ <a href="/demo/contact">تواصل معنا</a> واذكر اسم المشتري أو بريده الإلكتروني، وسنعثر على الطلب.</li><li>نرسل إليك ملصق إرجاع مدفوعًا مسبقًا بالبريد الإلكتروني. غلّف المنتج مع بطاقاته وسلّمه إلى شركة الشحن.</li></ol><p>بعد فحص المنتج، تصلك قيمته في صورة <strong>بطاقة هدية إلكترونية</strong> بالبريد الإلكتروني، صالحة لمدة سنتين ويمكنك استخدامها لشراء أي منتج من متجرنا.</p><p>لن نُبلغ المشتري ولن يُردّ إليه المبلغ. هل تفضّل مقاسًا آخر بدلًا من ذلك؟ اختر الاستبدال وسنرسله إليك مباشرة.</p>`,
      },
      et: {
        title: "Kuidas kingitust tagastada?",
        description: "Tagasta kingitus ilma tellimuse numbrita ja saa ostukrediiti, ilma et ostja sellest teada saaks.",
        bodyHtml: `<p>Said Demo Shopist kingituse, mis päris ei sobi? Saad selle tagastada <strong>30 päeva jooksul alates kättetoimetamisest</strong>, isegi kui tellimuse esitas keegi teine.</p><ol><li>Kui pakis on <strong>kinkekviitung</strong>, alusta tagastust sellel oleva lingi kaudu.</li><li>Kviitungit pole? <a href="/demo/contact">Võta meiega ühendust</a> ja anna meile ostja nimi või e-posti aadress, siis leiame tellimuse ise üles.</li><li>Saadame sulle e-kirjaga ettemakstud tagastussildi. Paki toode koos siltidega ja anna kullerile.</li></ol><p>Kui oleme toote üle vaadanud, saad summa e-kirjaga <strong>e-kinkekaardina</strong>. See kehtib 2 aastat ja sellega saab osta ükskõik mida meie poest.</p><p>Ostjat ei teavitata ja talle raha ei tagastata. Soovid hoopis teist suurust? Vali vahetus ja saadame uue toote otse sulle.</p>`,
      },
      pl: {
        title: "Jak zwrócić prezent?",
        description: "Zwróć prezent bez numeru zamówienia i otrzymaj środki na zakupy, bez powiadamiania kupującego.",
        bodyHtml: `<p>Dostałeś prezent z Demo Shop, który nie do końca pasuje? Możesz go zwrócić w ciągu <strong>30 dni od dostawy</strong>, nawet jeśli to nie Ty składałeś zamówienie.</p><ol><li>Jeśli w paczce jest <strong>paragon prezentowy</strong>, rozpocznij zwrot przez link, który się na nim znajduje.</li><li>Nie masz paragonu prezentowego? <a href="/demo/contact">Napisz do nas</a> i podaj imię i nazwisko lub adres e-mail kupującego, a sami znajdziemy zamówienie.</li><li>Wyślemy Ci e-mailem opłaconą etykietę zwrotną. Zapakuj produkt z metkami i nadaj paczkę.</li></ol><p>Po sprawdzeniu produktu otrzymasz jego wartość jako <strong>elektroniczną kartę podarunkową</strong>. Jest ważna 2 lata i możesz ją wykorzystać na dowolne zakupy w naszym sklepie.</p><p>Kupujący nie zostanie powiadomiony i nie otrzyma zwrotu pieniędzy. Wolisz inny rozmiar? Wybierz wymianę, a wyślemy go prosto do Ciebie.</p>`,
      },
    },
  },
  {
    key: "refund-timing",
    section: "refunds",
    promoted: true,
    areas: ["refunds"],
    translations: {
      en: {
        title: "When will I get my refund?",
        description: "Refunds go back to your original payment method and usually arrive within 5-10 business days.",
        bodyHtml: `<p>Here is what happens after you send a return:</p><ol><li><strong>In transit</strong>: returns usually reach our warehouse within 3-7 days of drop-off.</li><li><strong>Inspection</strong>: we check your items within 3 business days and email you when the refund is issued.</li><li><strong>Refund</strong>: the money goes back to your original payment method and usually shows up within <strong>5-10 business days</strong>, depending on your bank.</li></ol><ul><li>PayPal refunds are often faster, within 1-2 days.</li><li>Amounts paid with a gift card go back to that gift card.</li><li>Loyalty points used on the order are returned to your account.</li></ul><p>You can follow each step in <strong>My account › Returns</strong>.</p><p>Has it been more than 10 business days since our refund email? <a href="/demo/contact">Contact us</a> and we will send you the refund reference so that your bank can trace it.</p>`,
      },
      el: {
        title: "Πότε θα λάβω την επιστροφή χρημάτων;",
        description: "Τα χρήματα επιστρέφονται στον αρχικό τρόπο πληρωμής, συνήθως μέσα σε 5-10 εργάσιμες ημέρες.",
        bodyHtml: `<p>Δείτε τι συμβαίνει αφού στείλετε μια επιστροφή:</p><ol><li><strong>Μεταφορά</strong>: οι επιστροφές φτάνουν συνήθως στην αποθήκη μας 3-7 ημέρες μετά την παράδοσή τους στη μεταφορική.</li><li><strong>Έλεγχος</strong>: ελέγχουμε τα προϊόντα μέσα σε 3 εργάσιμες και σας ενημερώνουμε με email όταν εκδοθεί η επιστροφή χρημάτων.</li><li><strong>Επιστροφή χρημάτων</strong>: το ποσό επιστρέφει στον αρχικό τρόπο πληρωμής και εμφανίζεται συνήθως μέσα σε <strong>5-10 εργάσιμες</strong>, ανάλογα με την τράπεζά σας.</li></ol><ul><li>Οι επιστροφές μέσω PayPal είναι συχνά πιο γρήγορες, σε 1-2 ημέρες.</li><li>Όσα πληρώσατε με δωροκάρτα επιστρέφουν στη δωροκάρτα.</li><li>Οι πόντοι που χρησιμοποιήσατε επιστρέφουν στον λογαριασμό σας.</li></ul><p>Μπορείτε να παρακολουθείτε κάθε βήμα στην ενότητα <strong>Ο λογαριασμός μου › Επιστροφές</strong>.</p><p>Πέρασαν πάνω από 10 εργάσιμες από το email μας; <a href="/demo/contact">Επικοινωνήστε μαζί μας</a> και θα σας στείλουμε τον κωδικό της συναλλαγής για να τον αναζητήσει η τράπεζά σας.</p>`,
      },
      ar: {
        title: "متى أستعيد أموالي؟",
        description: "نردّ المبلغ إلى وسيلة الدفع الأصلية، ويصل عادة خلال 5 إلى 10 أيام عمل.",
        bodyHtml: `<p>إليك ما يحدث بعد إرسال المرتجع:</p><ol><li><strong>الشحن</strong>: يصل المرتجع عادة إلى مستودعنا خلال 3 إلى 7 أيام من تسليمه لشركة الشحن.</li><li><strong>الفحص</strong>: نفحص المنتجات خلال 3 أيام عمل، ونرسل إليك رسالة عند إصدار المبلغ المسترد.</li><li><strong>الاسترداد</strong>: يعود المبلغ إلى وسيلة الدفع الأصلية، ويظهر عادة خلال <strong>5 إلى 10 أيام عمل</strong> بحسب مصرفك.</li></ol><ul><li>غالبًا ما يكون الاسترداد عبر PayPal أسرع، خلال يوم أو يومين.</li><li>المبالغ المدفوعة ببطاقة هدية تعود إلى البطاقة نفسها.</li><li>نقاط الولاء المستخدمة في الطلب تعود إلى حسابك.</li></ul><p>يمكنك متابعة كل خطوة من <strong>حسابي › المرتجعات</strong>.</p><p>مرّ أكثر من 10 أيام عمل على رسالة الاسترداد؟ <a href="/demo/contact">تواصل معنا</a> وسنرسل إليك الرقم المرجعي للعملية ليتتبعها مصرفك.</p>`,
      },
      et: {
        title: "Millal saan raha tagasi?",
        description: "Raha kantakse tagasi samale makseviisile ja jõuab tavaliselt kohale 5-10 tööpäeva jooksul.",
        bodyHtml: `<p>Pärast tagastuse saatmist juhtub järgmine:</p><ol><li><strong>Teel</strong>: tagastus jõuab meie lattu tavaliselt 3-7 päeva pärast paki üleandmist.</li><li><strong>Kontroll</strong>: vaatame tooted üle 3 tööpäeva jooksul ja anname e-kirjaga teada, kui raha on tagasi kantud.</li><li><strong>Raha tagastamine</strong>: raha läheb tagasi algsele makseviisile ja jõuab sinuni tavaliselt <strong>5-10 tööpäeva</strong> jooksul, olenevalt pangast.</li></ol><ul><li>PayPali kaudu jõuab raha sageli kiiremini, 1-2 päevaga.</li><li>Kinkekaardiga makstud summa kantakse tagasi samale kinkekaardile.</li><li>Tellimusel kasutatud boonuspunktid tulevad tagasi sinu kontole.</li></ul><p>Iga sammu saad jälgida lehel <strong>Minu konto › Tagastused</strong>.</p><p>Meie e-kirjast on möödas üle 10 tööpäeva? <a href="/demo/contact">Kirjuta meile</a> ja saadame makse viitenumbri, et pank saaks selle üles leida.</p>`,
      },
      pl: {
        title: "Kiedy otrzymam zwrot pieniędzy?",
        description: "Pieniądze wracają na pierwotną metodę płatności, zwykle w ciągu 5-10 dni roboczych.",
        bodyHtml: `<p>Oto co dzieje się po wysłaniu zwrotu:</p><ol><li><strong>Transport</strong>: zwrot zwykle dociera do naszego magazynu w ciągu 3-7 dni od nadania.</li><li><strong>Weryfikacja</strong>: sprawdzamy produkty w ciągu 3 dni roboczych i wysyłamy e-mail, gdy zlecimy zwrot pieniędzy.</li><li><strong>Zwrot</strong>: pieniądze wracają na pierwotną metodę płatności i zwykle pojawiają się na koncie w ciągu <strong>5-10 dni roboczych</strong>, zależnie od banku.</li></ol><ul><li>Zwroty przez PayPal są często szybsze, trwają 1-2 dni.</li><li>Kwota zapłacona kartą podarunkową wraca na tę samą kartę.</li><li>Punkty lojalnościowe wykorzystane w zamówieniu wracają na Twoje konto.</li></ul><p>Każdy etap możesz śledzić w <strong>Moje konto › Zwroty</strong>.</p><p>Od naszego e-maila minęło ponad 10 dni roboczych? <a href="/demo/contact">Napisz do nas</a>, a prześlemy numer referencyjny transakcji, dzięki któremu bank ją odnajdzie.</p>`,
      },
    },
  },
  {
    key: "refund-amount",
    section: "refunds",
    areas: ["refunds", "returns"],
    translations: {
      en: {
        title: "How much will I get back?",
        description: "What is included in your refund: item prices, shipping costs, discounts and points.",
        bodyHtml: `<p>We refund the price you paid for each returned item, after any discount applied to it.</p><h2>Shipping costs</h2><ul><li>If you return <strong>the whole order</strong> within 30 days, we also refund the standard shipping cost (€4.90).</li><li>If you keep part of the order, the shipping cost is not refunded.</li><li>The extra cost of express delivery is never refunded, unless the item was faulty or we sent the wrong one.</li><li>Returns are always free with our prepaid label.</li></ul><h2>Discount codes</h2><p>If a code such as "€10 off orders over €60" no longer applies to the items you keep, we deduct that discount from the refund.</p><h2>Points</h2><p>Points used to pay are returned to your account. Points you earned on returned items are removed.</p><p>Does your refund look wrong? <a href="/demo/contact">Contact us</a> and we will go through it with you.</p>`,
      },
      el: {
        title: "Πόσα χρήματα θα μου επιστραφούν;",
        description: "Τι περιλαμβάνει η επιστροφή χρημάτων: τιμές προϊόντων, μεταφορικά, εκπτώσεις και πόντοι.",
        bodyHtml: `<p>Επιστρέφουμε την τιμή που πληρώσατε για κάθε προϊόν, μετά από οποιαδήποτε έκπτωση.</p><h2>Μεταφορικά</h2><ul><li>Αν επιστρέψετε <strong>ολόκληρη την παραγγελία</strong> μέσα σε 30 ημέρες, επιστρέφουμε και τα μεταφορικά της κανονικής αποστολής (4,90 €).</li><li>Αν κρατήσετε μέρος της παραγγελίας, τα μεταφορικά δεν επιστρέφονται.</li><li>Η επιπλέον χρέωση της express αποστολής δεν επιστρέφεται, εκτός αν το προϊόν ήταν ελαττωματικό ή σας στείλαμε λάθος προϊόν.</li><li>Η επιστροφή με την προπληρωμένη ετικέτα μας είναι πάντα δωρεάν.</li></ul><h2>Εκπτωτικοί κωδικοί</h2><p>Αν ένας κωδικός, π.χ. «10 € έκπτωση σε αγορές άνω των 60 €», δεν ισχύει πλέον για όσα κρατάτε, αφαιρούμε την έκπτωση από το ποσό που επιστρέφουμε.</p><h2>Πόντοι</h2><p>Οι πόντοι που χρησιμοποιήσατε επιστρέφουν στον λογαριασμό σας, ενώ οι πόντοι που κερδίσατε από τα προϊόντα της επιστροφής αφαιρούνται.</p><p>Σας φαίνεται λάθος το ποσό; <a href="/demo/contact">Επικοινωνήστε μαζί μας</a> και θα το ελέγξουμε μαζί.</p>`,
      },
      ar: {
        title: "ما المبلغ الذي سأستعيده؟",
        description: "ما الذي يشمله المبلغ المسترد: أسعار المنتجات وتكلفة الشحن والخصومات والنقاط.",
        bodyHtml: `<p>نردّ إليك السعر الذي دفعته مقابل كل منتج تُرجعه، بعد احتساب أي خصم عليه.</p><h2>تكلفة الشحن</h2><ul><li>إذا أرجعت <strong>الطلب كاملًا</strong> خلال 30 يومًا، فإننا نردّ أيضًا تكلفة الشحن العادي (4.90 يورو).</li><li>إذا احتفظت بجزء من الطلب، فلا تُردّ تكلفة الشحن.</li><li>لا تُردّ التكلفة الإضافية للشحن السريع، إلا إذا كان المنتج معيبًا أو أرسلنا منتجًا خاطئًا.</li><li>الإرجاع مجاني دائمًا باستخدام ملصقنا المدفوع مسبقًا.</li></ul><h2>رموز الخصم</h2><p>إذا لم يعد رمز الخصم، مثل «خصم 10 يورو على الطلبات فوق 60 يورو»، منطبقًا على المنتجات التي احتفظت بها، فإننا نخصم قيمة الخصم من المبلغ المسترد.</p><h2>النقاط</h2><p>تعود النقاط التي استخدمتها في الدفع إلى حسابك، وتُحذف النقاط التي اكتسبتها من المنتجات المرتجعة.</p><p>هل يبدو لك المبلغ غير صحيح؟ <a href="/demo/contact">تواصل معنا</a> وسنراجعه معك.</p>`,
      },
      et: {
        title: "Kui palju raha tagasi saan?",
        description: "Mida raha tagastamine sisaldab: toodete hinnad, tarnetasu, soodustused ja punktid.",
        bodyHtml: `<p>Tagastame iga tagastatud toote eest makstud hinna pärast sellele kehtinud soodustust.</p><h2>Tarnetasu</h2><ul><li>Kui tagastad 30 päeva jooksul <strong>kogu tellimuse</strong>, tagastame ka tavatarne tasu (4,90 €).</li><li>Kui jätad osa tellimusest endale, tarnetasu ei tagastata.</li><li>Kiirtarne lisatasu ei tagastata, välja arvatud juhul, kui toode oli defektne või saatsime vale toote.</li><li>Tagastamine meie ettemakstud sildiga on alati tasuta.</li></ul><h2>Sooduskoodid</h2><p>Kui sooduskood, näiteks „10 € soodsamalt üle 60 € tellimustelt“, ei kehti enam endale jäetud toodetele, arvame soodustuse tagastatavast summast maha.</p><h2>Punktid</h2><p>Maksmiseks kasutatud punktid tulevad kontole tagasi, tagastatud toodete eest teenitud punktid aga eemaldatakse.</p><p>Summa tundub vale? <a href="/demo/contact">Kirjuta meile</a> ja vaatame selle koos üle.</p>`,
      },
      pl: {
        title: "Ile pieniędzy otrzymam z powrotem?",
        description: "Co obejmuje zwrot pieniędzy: ceny produktów, koszt dostawy, rabaty i punkty.",
        bodyHtml: `<p>Zwracamy cenę, którą zapłaciłeś za każdy zwracany produkt, po uwzględnieniu rabatu.</p><h2>Koszt dostawy</h2><ul><li>Jeśli w ciągu 30 dni zwrócisz <strong>całe zamówienie</strong>, oddamy też koszt dostawy standardowej (4,90 €).</li><li>Jeśli zatrzymasz część zamówienia, koszt dostawy nie podlega zwrotowi.</li><li>Dopłaty do dostawy ekspresowej nie zwracamy, chyba że produkt był wadliwy lub wysłaliśmy niewłaściwy.</li><li>Odesłanie paczki z naszą opłaconą etykietą jest zawsze bezpłatne.</li></ul><h2>Kody rabatowe</h2><p>Jeśli kod, np. „10 € taniej przy zamówieniu powyżej 60 €”, przestaje obowiązywać dla produktów, które zatrzymujesz, odejmujemy rabat od kwoty zwrotu.</p><h2>Punkty</h2><p>Punkty użyte do zapłaty wracają na Twoje konto, a punkty naliczone za zwrócone produkty zostają odjęte.</p><p>Kwota się nie zgadza? <a href="/demo/contact">Napisz do nas</a>, a wspólnie ją sprawdzimy.</p>`,
      },
    },
  },
  {
    key: "exchange-item",
    section: "exchanges",
    areas: ["exchanges"],
    translations: {
      en: {
        title: "How do I exchange an item for a different size or colour?",
        description: "Exchanges are free within 30 days, and we ship the new item as soon as your return is on its way.",
        bodyHtml: `<p>Exchanges for another size or colour of the same product are <strong>free</strong> within 30 days of delivery.</p><ol><li>Go to <strong>My account › Orders</strong>, open the order and click <strong>Exchange</strong>.</li><li>Pick the new size or colour. We reserve it for you straight away.</li><li>Send the original item back with the prepaid label we email you.</li><li>As soon as the courier scans your parcel, we ship the new item at no extra cost.</li></ol><p>Return labels are valid for 14 days, so please send the parcel within that time. If you need a new label, just ask.</p><p>If the size you want is out of stock, we can reserve one from the next delivery or refund you instead. Want a different product altogether? Return the item for a refund and place a new order, which is the fastest way.</p><p>Not sure about the fit? <a href="/demo/contact">Ask us</a> and we will help you pick the right size.</p>`,
      },
      el: {
        title: "Πώς αλλάζω ένα προϊόν με άλλο μέγεθος ή χρώμα;",
        description: "Οι αλλαγές είναι δωρεάν για 30 ημέρες και στέλνουμε το νέο προϊόν μόλις ξεκινήσει η επιστροφή σας.",
        bodyHtml: `<p>Η αλλαγή με άλλο μέγεθος ή χρώμα του ίδιου προϊόντος είναι <strong>δωρεάν</strong> για 30 ημέρες από την παράδοση.</p><ol><li>Μεταβείτε στην ενότητα <strong>Ο λογαριασμός μου › Παραγγελίες</strong>, ανοίξτε την παραγγελία και πατήστε <strong>Αλλαγή</strong>.</li><li>Επιλέξτε το νέο μέγεθος ή χρώμα. Το δεσμεύουμε αμέσως για εσάς.</li><li>Στείλτε πίσω το αρχικό προϊόν με την προπληρωμένη ετικέτα που σας στέλνουμε με email.</li><li>Μόλις η μεταφορική σαρώσει το δέμα σας, σας στέλνουμε το νέο προϊόν χωρίς επιπλέον χρέωση.</li></ol><p>Οι ετικέτες επιστροφής ισχύουν 14 ημέρες, οπότε στείλτε το δέμα μέσα σε αυτό το διάστημα. Αν χρειαστείτε νέα ετικέτα, απλώς ζητήστε την.</p><p>Αν το μέγεθος που θέλετε έχει εξαντληθεί, μπορούμε να σας κρατήσουμε ένα από την επόμενη παραλαβή ή να σας επιστρέψουμε τα χρήματα. Θέλετε εντελώς άλλο προϊόν; Ο πιο γρήγορος τρόπος είναι να κάνετε επιστροφή και νέα παραγγελία.</p><p>Δεν είστε σίγουροι για το μέγεθος; <a href="/demo/contact">Ρωτήστε μας</a> και θα σας βοηθήσουμε να διαλέξετε.</p>`,
      },
      ar: {
        title: "كيف أستبدل منتجًا بمقاس أو لون آخر؟",
        description: "الاستبدال مجاني خلال 30 يومًا، ونشحن المنتج الجديد فور إرسال المرتجع.",
        bodyHtml: `<p>استبدال المنتج بمقاس أو لون آخر من المنتج نفسه <strong>مجاني</strong> خلال 30 يومًا من التسليم.</p><ol><li>انتقل إلى <strong>حسابي › الطلبات</strong>، وافتح الطلب، ثم اضغط <strong>استبدال</strong>.</li><li>اختر المقاس أو اللون الجديد، وسنحجزه لك فورًا.</li><li>أرسل المنتج الأصلي باستخدام ملصق الإرجاع المدفوع مسبقًا الذي نرسله إليك بالبريد الإلكتروني.</li><li>فور تسجيل شركة الشحن لطردك، نشحن إليك المنتج الجديد دون أي تكلفة إضافية.</li></ol><p>ملصقات الإرجاع صالحة لمدة 14 يومًا، لذا يُرجى إرسال الطرد خلال هذه المدة، وإذا احتجت إلى ملصق جديد فاطلبه منا.</p><p>إذا نفد المقاس الذي تريده، يمكننا حجز قطعة لك من الشحنة القادمة أو ردّ المبلغ إليك. وإذا أردت منتجًا مختلفًا تمامًا، فأسرع طريقة هي إرجاع المنتج وتقديم طلب جديد.</p><p>لست متأكدًا من المقاس؟ <a href="/demo/contact">اسألنا</a> وسنساعدك في اختيار المقاس المناسب.</p>`,
      },
      et: {
        title: "Kuidas vahetada toodet teise suuruse või värvi vastu?",
        description: "Vahetus on 30 päeva jooksul tasuta ja saadame uue toote teele kohe, kui tagastus on teel.",
        bodyHtml: `<p>Sama toote vahetamine teise suuruse või värvi vastu on 30 päeva jooksul alates kättesaamisest <strong>tasuta</strong>.</p><ol><li>Mine lehele <strong>Minu konto › Tellimused</strong>, ava tellimus ja klõpsa <strong>Vaheta</strong>.</li><li>Vali uus suurus või värv. Broneerime selle sulle kohe.</li><li>Saada esialgne toode tagasi ettemakstud sildiga, mille saadame sulle e-kirjaga.</li><li>Kohe kui kuller su paki skaneerib, saadame uue toote teele ilma lisatasuta.</li></ol><p>Tagastussilt kehtib 14 päeva, seega saada pakk selle aja jooksul. Kui vajad uut silti, anna lihtsalt teada.</p><p>Kui soovitud suurus on otsas, võime broneerida selle järgmisest tarnest või tagastada raha. Soovid hoopis teist toodet? Kiireim on toode tagastada ja esitada uus tellimus.</p><p>Pole suuruses kindel? <a href="/demo/contact">Küsi meilt</a> ja aitame õige suuruse valida.</p>`,
      },
      pl: {
        title: "Jak wymienić produkt na inny rozmiar lub kolor?",
        description: "Wymiana jest bezpłatna przez 30 dni, a nowy produkt wysyłamy, gdy tylko Twój zwrot będzie w drodze.",
        bodyHtml: `<p>Wymiana na inny rozmiar lub kolor tego samego produktu jest <strong>bezpłatna</strong> przez 30 dni od dostawy.</p><ol><li>Przejdź do <strong>Moje konto › Zamówienia</strong>, otwórz zamówienie i kliknij <strong>Wymień</strong>.</li><li>Wybierz nowy rozmiar lub kolor. Od razu go dla Ciebie rezerwujemy.</li><li>Odeślij pierwotny produkt z opłaconą etykietą, którą wyślemy Ci e-mailem.</li><li>Gdy tylko przewoźnik zeskanuje Twoją paczkę, nadamy nowy produkt bez dodatkowych kosztów.</li></ol><p>Etykieta zwrotna jest ważna 14 dni, więc nadaj paczkę w tym czasie. Jeśli potrzebujesz nowej, po prostu daj nam znać.</p><p>Jeśli wybranego rozmiaru zabraknie, możemy zarezerwować go z najbliższej dostawy albo zwrócić pieniądze. Chcesz zupełnie inny produkt? Najszybciej będzie zwrócić towar i złożyć nowe zamówienie.</p><p>Nie wiesz, jaki rozmiar wybrać? <a href="/demo/contact">Zapytaj nas</a>, a pomożemy dobrać właściwy.</p>`,
      },
    },
  },
  {
    key: "gift-cards",
    section: "gift-cards",
    areas: ["gift_cards"],
    translations: {
      en: {
        title: "How do Demo Shop gift cards work?",
        description: "Buy, send and spend Demo Shop gift cards, valid for 2 years from purchase.",
        bodyHtml: `<p>Gift cards are available from €10 to €200, as a printed card in a gift envelope or as an e-gift card sent by email on the date you choose.</p><h2>Using a gift card</h2><ol><li>At checkout, open <strong>Gift card or discount code</strong>.</li><li>Enter the code (for example GC-8K2M-7Q4P) and click <strong>Apply</strong>.</li><li>If the card doesn't cover the whole order, pay the rest with any other payment method.</li></ol><p>You can use up to three gift cards on one order, and any remaining balance stays on the card for next time.</p><h2>Good to know</h2><ul><li>Gift cards are valid for <strong>2 years</strong> from the date of purchase.</li><li>You can check the balance in <strong>My account › Gift cards</strong>.</li><li>Gift cards can't be exchanged for cash or used to buy other gift cards.</li></ul><p>Lost your card? <a href="/demo/contact">Contact us</a> with the order confirmation and we will reissue it.</p>`,
      },
      el: {
        title: "Πώς λειτουργούν οι δωροκάρτες του Demo Shop;",
        description: "Αγοράστε, στείλτε και χρησιμοποιήστε δωροκάρτες Demo Shop, που ισχύουν 2 χρόνια από την αγορά.",
        bodyHtml: `<p>Οι δωροκάρτες διατίθενται από 10 € έως 200 €, ως τυπωμένη κάρτα σε φάκελο δώρου ή ως ηλεκτρονική δωροκάρτα που αποστέλλεται με email την ημερομηνία που θα επιλέξετε.</p><h2>Χρήση δωροκάρτας</h2><ol><li>Στο ταμείο, ανοίξτε την επιλογή <strong>Δωροκάρτα ή εκπτωτικός κωδικός</strong>.</li><li>Πληκτρολογήστε τον κωδικό (π.χ. GC-8K2M-7Q4P) και πατήστε <strong>Εφαρμογή</strong>.</li><li>Αν η κάρτα δεν καλύπτει όλο το ποσό, πληρώστε το υπόλοιπο με οποιονδήποτε άλλο τρόπο.</li></ol><p>Μπορείτε να χρησιμοποιήσετε έως τρεις δωροκάρτες σε μία παραγγελία και το υπόλοιπο παραμένει στην κάρτα για την επόμενη φορά.</p><h2>Καλό να γνωρίζετε</h2><ul><li>Οι δωροκάρτες ισχύουν <strong>2 χρόνια</strong> από την ημερομηνία αγοράς.</li><li>Το υπόλοιπο φαίνεται στην ενότητα <strong>Ο λογαριασμός μου › Δωροκάρτες</strong>.</li><li>Οι δωροκάρτες δεν εξαργυρώνονται σε μετρητά και δεν μπορούν να χρησιμοποιηθούν για αγορά άλλων δωροκαρτών.</li></ul><p>Χάσατε την κάρτα σας; <a href="/demo/contact">Επικοινωνήστε μαζί μας</a> με την επιβεβαίωση της αγοράς και θα την εκδώσουμε ξανά.</p>`,
      },
      ar: {
        title: "كيف تعمل بطاقات هدايا Demo Shop؟",
        description: "اشترِ بطاقات هدايا Demo Shop وأرسلها واستخدمها، وهي صالحة لمدة سنتين من تاريخ الشراء.",
        bodyHtml: `<p>تتوفر بطاقات الهدايا بقيمة تتراوح بين 10 و200 يورو، إما بطاقةً مطبوعة في ظرف هدية، أو بطاقةً إلكترونية تُرسل بالبريد الإلكتروني في التاريخ الذي تختاره.</p><h2>استخدام بطاقة الهدية</h2><ol><li>عند إتمام الطلب، افتح خيار <strong>بطاقة هدية أو رمز خصم</strong>.</li><li>أدخل الرمز (مثل GC-8K2M-7Q4P) واضغط <strong>تطبيق</strong>.</li><li>إذا لم تغطِّ البطاقة قيمة الطلب كاملة، فادفع الباقي بأي طريقة دفع أخرى.</li></ol><p>يمكنك استخدام ما يصل إلى ثلاث بطاقات هدايا في الطلب الواحد، ويبقى الرصيد المتبقي في البطاقة للمرة القادمة.</p><h2>معلومات مفيدة</h2><ul><li>بطاقات الهدايا صالحة لمدة <strong>سنتين</strong> من تاريخ الشراء.</li><li>يمكنك الاطلاع على الرصيد من <strong>حسابي › بطاقات الهدايا</strong>.</li><li>لا يمكن استبدال بطاقات الهدايا نقدًا ولا استخدامها لشراء بطاقات هدايا أخرى.</li></ul><p>فقدت بطاقتك؟ <a href="/demo/contact">تواصل معنا</a> وأرسل تأكيد الشراء، وسنُصدر لك البطاقة من جديد.</p>`,
      },
      et: {
        title: "Kuidas Demo Shopi kinkekaardid toimivad?",
        description: "Osta, saada ja kasuta Demo Shopi kinkekaarte, mis kehtivad 2 aastat alates ostmisest.",
        bodyHtml: `<p>Kinkekaarte saab osta väärtusega 10 € kuni 200 €: trükitud kaardina kinkeümbrikus või e-kinkekaardina, mille saadame e-kirjaga sinu valitud kuupäeval.</p><h2>Kinkekaardi kasutamine</h2><ol><li>Ava kassas valik <strong>Kinkekaart või sooduskood</strong>.</li><li>Sisesta kood (näiteks GC-8K2M-7Q4P) ja klõpsa <strong>Rakenda</strong>.</li><li>Kui kaardist ei piisa kogu tellimuse jaoks, maksa ülejäänu mõne muu makseviisiga.</li></ol><p>Ühe tellimuse eest saab maksta kuni kolme kinkekaardiga ja kasutamata jääk jääb kaardile järgmiseks korraks.</p><h2>Hea teada</h2><ul><li>Kinkekaardid kehtivad <strong>2 aastat</strong> alates ostukuupäevast.</li><li>Jääki näed lehel <strong>Minu konto › Kinkekaardid</strong>.</li><li>Kinkekaarte ei saa vahetada raha vastu ega kasutada teiste kinkekaartide ostmiseks.</li></ul><p>Kaart kadus? <a href="/demo/contact">Kirjuta meile</a> ja lisa ostu kinnitus, siis väljastame kaardi uuesti.</p>`,
      },
      pl: {
        title: "Jak działają karty podarunkowe Demo Shop?",
        description: "Kupuj, wysyłaj i wykorzystuj karty podarunkowe Demo Shop, ważne 2 lata od zakupu.",
        bodyHtml: `<p>Karty podarunkowe są dostępne w wartościach od 10 € do 200 €: jako drukowana karta w kopercie prezentowej lub jako e-karta wysyłana e-mailem w wybranym przez Ciebie dniu.</p><h2>Jak użyć karty</h2><ol><li>Przy kasie rozwiń pole <strong>Karta podarunkowa lub kod rabatowy</strong>.</li><li>Wpisz kod (np. GC-8K2M-7Q4P) i kliknij <strong>Zastosuj</strong>.</li><li>Jeśli karta nie pokrywa całej kwoty, resztę zapłać dowolną inną metodą.</li></ol><p>W jednym zamówieniu możesz użyć do trzech kart podarunkowych, a niewykorzystane środki zostają na karcie na kolejne zakupy.</p><h2>Warto wiedzieć</h2><ul><li>Karty podarunkowe są ważne <strong>2 lata</strong> od daty zakupu.</li><li>Saldo sprawdzisz w <strong>Moje konto › Karty podarunkowe</strong>.</li><li>Kart nie można wymienić na gotówkę ani użyć do zakupu innych kart podarunkowych.</li></ul><p>Zgubiłeś kartę? <a href="/demo/contact">Napisz do nas</a> i załącz potwierdzenie zakupu, a wydamy ją ponownie.</p>`,
      },
    },
  },
  {
    key: "gift-card-not-working",
    section: "gift-cards",
    areas: ["gift_cards"],
    translations: {
      en: {
        title: "Why is my gift card code not working?",
        description: "What to check when a gift card code is rejected at checkout or shows a zero balance.",
        bodyHtml: `<p>If checkout says <em>This code is not valid</em>, these checks usually solve it:</p><ul><li><strong>Type it exactly.</strong> Codes look like GC-8K2M-7Q4P. They never contain the letters O or I, so type the number 0 or 1 instead.</li><li><strong>Check the date.</strong> Gift cards are valid for 2 years from purchase. The expiry date is printed on the card and shown in the gift card email.</li><li><strong>Scheduled e-gift cards</strong> only work from the delivery date the sender chose.</li><li><strong>Check the balance</strong> in <strong>My account › Gift cards</strong>. Cards used on a cancelled or returned order get their balance back once the refund is issued.</li><li>Gift cards can't be used to buy other gift cards.</li></ul><p>Still not working, or does an unused card show €0.00? <a href="/demo/contact">Contact us</a> with the full code and, if you have it, the purchase receipt. We will check it and restore any missing balance.</p>`,
      },
      el: {
        title: "Γιατί δεν λειτουργεί ο κωδικός της δωροκάρτας μου;",
        description: "Τι να ελέγξετε όταν ο κωδικός δωροκάρτας απορρίπτεται στο ταμείο ή δείχνει μηδενικό υπόλοιπο.",
        bodyHtml: `<p>Αν στο ταμείο εμφανίζεται το μήνυμα <em>Ο κωδικός δεν είναι έγκυρος</em>, συνήθως το πρόβλημα λύνεται με τους εξής ελέγχους:</p><ul><li><strong>Πληκτρολογήστε τον ακριβώς.</strong> Οι κωδικοί έχουν τη μορφή GC-8K2M-7Q4P. Δεν περιέχουν ποτέ τα λατινικά γράμματα O ή I, οπότε πληκτρολογήστε τα ψηφία 0 ή 1.</li><li><strong>Ελέγξτε την ημερομηνία.</strong> Οι δωροκάρτες ισχύουν 2 χρόνια από την αγορά· η λήξη αναγράφεται στην κάρτα και στο email της δωροκάρτας.</li><li><strong>Προγραμματισμένες ηλεκτρονικές δωροκάρτες</strong> ενεργοποιούνται από την ημερομηνία που όρισε ο αποστολέας.</li><li><strong>Ελέγξτε το υπόλοιπο</strong> στην ενότητα <strong>Ο λογαριασμός μου › Δωροκάρτες</strong>. Αν η κάρτα χρησιμοποιήθηκε σε παραγγελία που ακυρώθηκε ή επιστράφηκε, το ποσό επανέρχεται μόλις εκδοθεί η επιστροφή.</li><li>Οι δωροκάρτες δεν μπορούν να χρησιμοποιηθούν για αγορά άλλων δωροκαρτών.</li></ul><p>Εξακολουθεί να μη λειτουργεί ή μια αχρησιμοποίητη κάρτα δείχνει 0,00 €; <a href="/demo/contact">Επικοινωνήστε μαζί μας</a> με ολόκληρο τον κωδικό και, αν την έχετε, την απόδειξη αγοράς. Θα το ελέγξουμε και θα αποκαταστήσουμε το υπόλοιπο.</p>`,
      },
      ar: {
        title: "لماذا لا يعمل رمز بطاقة الهدية؟",
        description: "ما الذي تتحقق منه إذا رُفض رمز بطاقة الهدية عند الدفع أو ظهر رصيدها صفرًا.",
        bodyHtml: `<p>إذا ظهرت رسالة <em>هذا الرمز غير صالح</em> عند إتمام الطلب، فعادةً ما تحل هذه الخطوات المشكلة:</p><ul><li><strong>أدخل الرمز كما هو تمامًا.</strong> تأتي الرموز بصيغة GC-8K2M-7Q4P، ولا تحتوي أبدًا على الحرفين O أو I، لذا اكتب الرقمين 0 أو 1 بدلًا منهما.</li><li><strong>تحقق من التاريخ.</strong> بطاقات الهدايا صالحة لمدة سنتين من تاريخ الشراء، وتاريخ الانتهاء مطبوع على البطاقة ومذكور في رسالتها.</li><li><strong>بطاقات الهدايا الإلكترونية المجدولة</strong> لا تعمل إلا ابتداءً من تاريخ الإرسال الذي حدده المُهدي.</li><li><strong>تحقق من الرصيد</strong> في <strong>حسابي › بطاقات الهدايا</strong>. وإذا استُخدمت البطاقة في طلب أُلغي أو أُرجع، فيعود رصيدها بعد إصدار المبلغ المسترد.</li><li>لا يمكن استخدام بطاقات الهدايا لشراء بطاقات هدايا أخرى.</li></ul><p>ما زال الرمز لا يعمل، أو تظهر بطاقة غير مستخدمة برصيد 0.00 يورو؟ <a href="/demo/contact">تواصل معنا</a> وأرسل الرمز كاملًا وإيصال الشراء إن وُجد، وسنتحقق من الأمر ونعيد أي رصيد مفقود.</p>`,
      },
      et: {
        title: "Miks mu kinkekaardi kood ei tööta?",
        description: "Mida kontrollida, kui kassa ei võta kinkekaardi koodi vastu või kaardi jääk on null.",
        bodyHtml: `<p>Kui kassas kuvatakse teade <em>See kood ei kehti</em>, aitavad tavaliselt järgmised sammud:</p><ul><li><strong>Sisesta kood täpselt.</strong> Koodid on kujul GC-8K2M-7Q4P. Need ei sisalda kunagi tähti O ega I, seega sisesta numbrid 0 või 1.</li><li><strong>Kontrolli kuupäeva.</strong> Kinkekaardid kehtivad 2 aastat alates ostmisest; kehtivuse lõpp on kirjas kaardil ja kinkekaardi e-kirjas.</li><li><strong>Ajastatud e-kinkekaardid</strong> hakkavad kehtima alles saatja valitud kuupäeval.</li><li><strong>Kontrolli jääki</strong> lehel <strong>Minu konto › Kinkekaardid</strong>. Kui kaarti kasutati tühistatud või tagastatud tellimusel, tuleb summa kaardile tagasi pärast raha tagastamist.</li><li>Kinkekaardiga ei saa osta teisi kinkekaarte.</li></ul><p>Ikka ei tööta või näitab kasutamata kaart jääki 0,00 €? <a href="/demo/contact">Kirjuta meile</a> ja lisa kogu kood ning võimalusel ostutšekk. Kontrollime asja ja taastame puuduva jäägi.</p>`,
      },
      pl: {
        title: "Dlaczego kod karty podarunkowej nie działa?",
        description: "Co sprawdzić, gdy kod karty podarunkowej jest odrzucany przy kasie lub saldo wynosi zero.",
        bodyHtml: `<p>Jeśli przy kasie widzisz komunikat <em>Ten kod jest nieprawidłowy</em>, zwykle pomagają te kroki:</p><ul><li><strong>Wpisz kod dokładnie.</strong> Kody wyglądają tak: GC-8K2M-7Q4P. Nigdy nie zawierają liter O ani I, więc wpisz cyfrę 0 lub 1.</li><li><strong>Sprawdź datę.</strong> Karty podarunkowe są ważne 2 lata od zakupu; data ważności jest na karcie i w e-mailu z kartą.</li><li><strong>Zaplanowane e-karty</strong> działają dopiero od dnia doręczenia wybranego przez nadawcę.</li><li><strong>Sprawdź saldo</strong> w <strong>Moje konto › Karty podarunkowe</strong>. Jeśli karta została użyta w anulowanym lub zwróconym zamówieniu, środki wrócą na nią po zleceniu zwrotu.</li><li>Kartą podarunkową nie można zapłacić za inne karty podarunkowe.</li></ul><p>Nadal nie działa albo nieużywana karta pokazuje 0,00 €? <a href="/demo/contact">Napisz do nas</a>, podaj pełny kod i, jeśli masz, dowód zakupu. Sprawdzimy to i przywrócimy brakujące saldo.</p>`,
      },
    },
  },
  {
    key: "loyalty-points",
    section: "loyalty-points",
    areas: ["loyalty_points"],
    translations: {
      en: {
        title: "How do I earn and use loyalty points?",
        description: "Earn 1 point per euro and redeem 100 points for €5 off your next order.",
        bodyHtml: `<p>Every signed-in order earns points, and there's nothing to join.</p><h2>Earning points</h2><ul><li>You get <strong>1 point for every €1</strong> you spend on products, after discounts. Shipping and gift cards don't earn points.</li><li><em>Demo Shop Plus</em> members earn <strong>double points</strong>.</li><li>Points are added once the 30-day return window for the order has closed, so they show as <em>pending</em> until then.</li></ul><h2>Using points</h2><ol><li>At checkout, open <strong>Use my points</strong>.</li><li>Choose how many to use, in steps of 100. <strong>100 points = €5</strong> off.</li><li>The discount is applied straight away.</li></ol><p>Points expire if you make no purchase for 12 months. You can see your balance and pending points in <strong>My account › Points</strong>.</p><p>Points missing from an order? <a href="/demo/contact">Contact us</a> with the order number and we will add them.</p>`,
      },
      el: {
        title: "Πώς κερδίζω και χρησιμοποιώ πόντους επιβράβευσης;",
        description: "Κερδίστε 1 πόντο για κάθε ευρώ και εξαργυρώστε 100 πόντους για έκπτωση 5 € στην επόμενη παραγγελία.",
        bodyHtml: `<p>Κάθε παραγγελία που κάνετε συνδεδεμένοι στον λογαριασμό σας κερδίζει πόντους, χωρίς καμία εγγραφή.</p><h2>Πώς κερδίζετε πόντους</h2><ul><li>Παίρνετε <strong>1 πόντο για κάθε 1 €</strong> που ξοδεύετε σε προϊόντα, μετά τις εκπτώσεις. Τα μεταφορικά και οι δωροκάρτες δεν δίνουν πόντους.</li><li>Τα μέλη του <em>Demo Shop Plus</em> κερδίζουν <strong>διπλούς πόντους</strong>.</li><li>Οι πόντοι πιστώνονται μόλις λήξει η προθεσμία επιστροφής 30 ημερών και μέχρι τότε εμφανίζονται ως <em>σε αναμονή</em>.</li></ul><h2>Πώς τους εξαργυρώνετε</h2><ol><li>Στο ταμείο, ανοίξτε την επιλογή <strong>Χρήση πόντων</strong>.</li><li>Επιλέξτε πόσους θα χρησιμοποιήσετε, ανά 100. <strong>100 πόντοι = 5 €</strong> έκπτωση.</li><li>Η έκπτωση εφαρμόζεται αμέσως.</li></ol><p>Οι πόντοι λήγουν αν δεν κάνετε καμία αγορά για 12 μήνες. Το υπόλοιπο και τους πόντους σε αναμονή θα τους βρείτε στην ενότητα <strong>Ο λογαριασμός μου › Πόντοι</strong>.</p><p>Λείπουν πόντοι από μια παραγγελία; <a href="/demo/contact">Επικοινωνήστε μαζί μας</a> με τον αριθμό παραγγελίας και θα τους προσθέσουμε.</p>`,
      },
      ar: {
        title: "كيف أجمع نقاط الولاء وأستخدمها؟",
        description: "اكسب نقطة واحدة عن كل يورو، واستبدل كل 100 نقطة بخصم 5 يورو على طلبك التالي.",
        bodyHtml: `<p>كل طلب تقدّمه بعد تسجيل الدخول إلى حسابك يمنحك نقاطًا، دون الحاجة إلى أي اشتراك.</p><h2>جمع النقاط</h2><ul><li>تحصل على <strong>نقطة واحدة عن كل يورو</strong> تنفقه على المنتجات بعد الخصومات، ولا تُحتسب نقاط على الشحن أو بطاقات الهدايا.</li><li>يحصل أعضاء <em>Demo Shop Plus</em> على <strong>ضعف النقاط</strong>.</li><li>تُضاف النقاط بعد انتهاء مهلة الإرجاع البالغة 30 يومًا، وتظهر حتى ذلك الحين بحالة <em>معلّقة</em>.</li></ul><h2>استخدام النقاط</h2><ol><li>عند إتمام الطلب، افتح خيار <strong>استخدام نقاطي</strong>.</li><li>اختر عدد النقاط بمضاعفات المئة، علمًا بأن <strong>كل 100 نقطة = خصم 5 يورو</strong>.</li><li>يُطبَّق الخصم فورًا.</li></ol><p>تنتهي صلاحية النقاط إذا لم تُجرِ أي عملية شراء لمدة 12 شهرًا. ويمكنك الاطلاع على رصيدك والنقاط المعلّقة من <strong>حسابي › النقاط</strong>.</p><p>لم تُضف نقاط أحد طلباتك؟ <a href="/demo/contact">تواصل معنا</a> واذكر رقم الطلب، وسنضيفها لك.</p>`,
      },
      et: {
        title: "Kuidas boonuspunkte koguda ja kasutada?",
        description: "Teeni iga euro eest 1 punkt ja kasuta 100 punkti, et saada järgmiselt tellimuselt 5 € soodustust.",
        bodyHtml: `<p>Iga tellimus, mille esitad oma kontole sisse logituna, toob punkte. Eraldi liituda pole vaja.</p><h2>Punktide kogumine</h2><ul><li>Saad <strong>1 punkti iga 1 € eest</strong>, mille kulutad toodetele pärast soodustusi. Tarne ja kinkekaartide eest punkte ei anta.</li><li><em>Demo Shop Plus</em> liikmed saavad <strong>topeltpunkte</strong>.</li><li>Punktid lisatakse pärast tellimuse 30-päevase tagastusaja lõppu, seni on need olekus <em>ootel</em>.</li></ul><h2>Punktide kasutamine</h2><ol><li>Ava kassas valik <strong>Kasuta punkte</strong>.</li><li>Vali, mitu punkti kasutad, 100 kaupa. <strong>100 punkti = 5 €</strong> soodustust.</li><li>Soodustus rakendub kohe.</li></ol><p>Punktid aeguvad, kui sa 12 kuu jooksul midagi ei osta. Saldot ja ootel punkte näed lehel <strong>Minu konto › Punktid</strong>.</p><p>Mõne tellimuse punktid puuduvad? <a href="/demo/contact">Kirjuta meile</a> ja lisa tellimuse number, siis lisame need.</p>`,
      },
      pl: {
        title: "Jak zbierać i wykorzystywać punkty lojalnościowe?",
        description: "Zdobywaj 1 punkt za każde euro i wymieniaj 100 punktów na 5 € rabatu przy kolejnym zamówieniu.",
        bodyHtml: `<p>Każde zamówienie złożone po zalogowaniu się na konto daje punkty. Nie musisz się nigdzie zapisywać.</p><h2>Zbieranie punktów</h2><ul><li>Otrzymujesz <strong>1 punkt za każde wydane 1 €</strong> na produkty, po rabatach. Dostawa i karty podarunkowe nie dają punktów.</li><li>Członkowie <em>Demo Shop Plus</em> zdobywają <strong>podwójne punkty</strong>.</li><li>Punkty dodajemy po zakończeniu 30-dniowego okresu na zwrot; do tego czasu mają status <em>oczekujące</em>.</li></ul><h2>Wykorzystywanie punktów</h2><ol><li>Przy kasie rozwiń pole <strong>Użyj moich punktów</strong>.</li><li>Wybierz liczbę punktów, w wielokrotnościach 100. <strong>100 punktów = 5 €</strong> rabatu.</li><li>Rabat zostanie naliczony od razu.</li></ol><p>Punkty wygasają, jeśli przez 12 miesięcy nie zrobisz żadnych zakupów. Saldo i punkty oczekujące znajdziesz w <strong>Moje konto › Punkty</strong>.</p><p>Brakuje punktów za zamówienie? <a href="/demo/contact">Napisz do nas</a>, podaj numer zamówienia, a dopiszemy je.</p>`,
      },
    },
  },
  {
    key: "demo-shop-plus",
    section: "membership",
    areas: ["membership"],
    translations: {
      en: {
        title: "What is Demo Shop Plus?",
        description: "Our membership costs €29 a year and includes free express shipping, double points and early access to sales.",
        bodyHtml: `<p><strong>Demo Shop Plus</strong> is our membership for regular shoppers. It costs <strong>€29 a year</strong> and pays for itself after three express deliveries.</p><h2>What you get</h2><ul><li><strong>Free express shipping</strong> (1-2 business days in the EU) on every order, with no minimum spend</li><li><strong>Double loyalty points</strong>: 2 points for every €1</li><li><strong>Early access</strong> to our seasonal sales, 24 hours before everyone else</li><li>Priority replies from our customer service team</li></ul><h2>How to join</h2><ol><li>Sign in and go to <strong>My account › Demo Shop Plus</strong>, or tick <em>Add Demo Shop Plus</em> at checkout.</li><li>Pay €29 with a card or PayPal.</li><li>Your benefits start immediately, including on the order you are placing.</li></ol><p>Your membership renews automatically each year, and we email you 14 days before we charge you. Questions? <a href="/demo/contact">Contact us</a>.</p>`,
      },
      el: {
        title: "Τι είναι το Demo Shop Plus;",
        description: "Η συνδρομή μας κοστίζει 29 € τον χρόνο και περιλαμβάνει δωρεάν express αποστολή, διπλούς πόντους και πρόσβαση νωρίτερα στις εκπτώσεις.",
        bodyHtml: `<p>Το <strong>Demo Shop Plus</strong> είναι η συνδρομή μας για όσους ψωνίζουν συχνά. Κοστίζει <strong>29 € τον χρόνο</strong> και αποσβένεται μετά από τρεις express αποστολές.</p><h2>Τι περιλαμβάνει</h2><ul><li><strong>Δωρεάν express αποστολή</strong> (1-2 εργάσιμες εντός ΕΕ) σε κάθε παραγγελία, χωρίς ελάχιστο ποσό</li><li><strong>Διπλούς πόντους επιβράβευσης</strong>: 2 πόντοι για κάθε 1 €</li><li><strong>Πρόσβαση στις εκπτώσεις</strong> 24 ώρες πριν από όλους</li><li>Προτεραιότητα στις απαντήσεις της εξυπηρέτησης πελατών</li></ul><h2>Πώς γίνεστε μέλος</h2><ol><li>Συνδεθείτε και μεταβείτε στην ενότητα <strong>Ο λογαριασμός μου › Demo Shop Plus</strong> ή επιλέξτε <em>Προσθήκη Demo Shop Plus</em> στο ταμείο.</li><li>Πληρώστε 29 € με κάρτα ή PayPal.</li><li>Τα προνόμια ισχύουν αμέσως, ακόμη και για την παραγγελία που κάνετε.</li></ol><p>Η συνδρομή ανανεώνεται αυτόματα κάθε χρόνο και σας ενημερώνουμε με email 14 ημέρες πριν από τη χρέωση. Έχετε απορίες; <a href="/demo/contact">Επικοινωνήστε μαζί μας</a>.</p>`,
      },
      ar: {
        title: "ما هي عضوية Demo Shop Plus؟",
        description: "عضويتنا بـ 29 يورو سنويًا، وتشمل الشحن السريع المجاني وضعف النقاط والوصول المبكر إلى التخفيضات.",
        bodyHtml: `<p><strong>Demo Shop Plus</strong> هي عضويتنا المخصصة لمن يتسوقون معنا باستمرار. تبلغ تكلفتها <strong>29 يورو سنويًا</strong>، وتسترد قيمتها بعد ثلاثة طلبات بالشحن السريع.</p><h2>ما الذي تحصل عليه</h2><ul><li><strong>شحن سريع مجاني</strong> (من يوم إلى يومَي عمل داخل الاتحاد الأوروبي) على كل الطلبات دون حد أدنى</li><li><strong>ضعف نقاط الولاء</strong>: نقطتان عن كل يورو</li><li><strong>وصول مبكر</strong> إلى تخفيضات المواسم قبل الجميع بـ 24 ساعة</li><li>أولوية في الرد من فريق خدمة العملاء</li></ul><h2>كيف تنضم</h2><ol><li>سجّل الدخول وانتقل إلى <strong>حسابي › Demo Shop Plus</strong>، أو اختر <em>إضافة Demo Shop Plus</em> عند إتمام الطلب.</li><li>ادفع 29 يورو بالبطاقة أو عبر PayPal.</li><li>تبدأ مزاياك فورًا، بما في ذلك الطلب الذي تقدّمه الآن.</li></ol><p>تتجدد العضوية تلقائيًا كل عام، ونرسل إليك رسالة قبل الخصم بـ 14 يومًا. لديك أسئلة؟ <a href="/demo/contact">تواصل معنا</a>.</p>`,
      },
      et: {
        title: "Mis on Demo Shop Plus?",
        description: "Meie liikmesus maksab 29 € aastas ning sisaldab tasuta kiirtarnet, topeltpunkte ja varajast ligipääsu allahindlustele.",
        bodyHtml: `<p><strong>Demo Shop Plus</strong> on liikmesus neile, kes ostavad meilt sageli. See maksab <strong>29 € aastas</strong> ja tasub end ära juba pärast kolme kiirtarnet.</p><h2>Mida saad</h2><ul><li><strong>Tasuta kiirtarne</strong> (ELis 1-2 tööpäeva) igale tellimusele, ilma miinimumsummata</li><li><strong>Topeltpunktid</strong>: 2 punkti iga 1 € eest</li><li><strong>Varajane ligipääs</strong> hooajamüükidele 24 tundi enne teisi</li><li>Klienditeeninduse eelisvastused</li></ul><h2>Kuidas liituda</h2><ol><li>Logi sisse ja ava <strong>Minu konto › Demo Shop Plus</strong> või märgi kassas <em>Lisa Demo Shop Plus</em>.</li><li>Maksa 29 € kaardi või PayPaliga.</li><li>Hüved hakkavad kehtima kohe, ka parajasti esitatavale tellimusele.</li></ol><p>Liikmesus uueneb igal aastal automaatselt ja saadame sulle meeldetuletuse 14 päeva enne makse võtmist. Küsimusi? <a href="/demo/contact">Kirjuta meile</a>.</p>`,
      },
      pl: {
        title: "Czym jest Demo Shop Plus?",
        description: "Nasze członkostwo kosztuje 29 € rocznie i obejmuje darmową dostawę ekspresową, podwójne punkty i wcześniejszy dostęp do wyprzedaży.",
        bodyHtml: `<p><strong>Demo Shop Plus</strong> to członkostwo dla osób, które często u nas kupują. Kosztuje <strong>29 € rocznie</strong> i zwraca się już po trzech dostawach ekspresowych.</p><h2>Co zyskujesz</h2><ul><li><strong>Darmową dostawę ekspresową</strong> (1-2 dni robocze w UE) przy każdym zamówieniu, bez minimalnej kwoty</li><li><strong>Podwójne punkty lojalnościowe</strong>: 2 punkty za każde 1 €</li><li><strong>Wcześniejszy dostęp</strong> do sezonowych wyprzedaży, 24 godziny przed innymi</li><li>Priorytetowe odpowiedzi od obsługi klienta</li></ul><h2>Jak dołączyć</h2><ol><li>Zaloguj się i przejdź do <strong>Moje konto › Demo Shop Plus</strong> albo zaznacz <em>Dodaj Demo Shop Plus</em> przy kasie.</li><li>Zapłać 29 € kartą lub przez PayPal.</li><li>Korzyści działają od razu, także przy składanym właśnie zamówieniu.</li></ol><p>Członkostwo odnawia się automatycznie co roku, a 14 dni przed pobraniem opłaty wysyłamy przypomnienie. Masz pytania? <a href="/demo/contact">Napisz do nas</a>.</p>`,
      },
    },
  },
  {
    key: "cancel-membership",
    section: "membership",
    areas: ["membership", "cancellations", "refunds"],
    translations: {
      en: {
        title: "How do I cancel or stop renewing Demo Shop Plus?",
        description: "Turn off automatic renewal at any time, and get a full refund within 14 days if you haven't used any benefits.",
        bodyHtml: `<p>You can cancel Demo Shop Plus at any time in a few clicks.</p><ol><li>Go to <strong>My account › Demo Shop Plus</strong>.</li><li>Click <strong>Cancel membership</strong> and confirm.</li><li>You will receive a confirmation email.</li></ol><p>Your benefits stay active until the end of the year you have paid for, and we won't charge you again.</p><h2>Can I get my money back?</h2><p>Yes, if you cancel <strong>within 14 days</strong> of joining or of an automatic renewal and haven't used any Plus benefits since (for example free express shipping), we refund the full €29 to your original payment method within 5-10 business days.</p><p>If you have already used a benefit, the membership simply runs until the end of the paid year.</p><p>Charged for a renewal you didn't expect? <a href="/demo/contact">Contact us</a> and we will look at it together.</p>`,
      },
      el: {
        title: "Πώς ακυρώνω ή σταματώ την ανανέωση του Demo Shop Plus;",
        description: "Απενεργοποιήστε την αυτόματη ανανέωση οποτεδήποτε· αν δεν έχετε χρησιμοποιήσει προνόμια, επιστροφή χρημάτων εντός 14 ημερών.",
        bodyHtml: `<p>Μπορείτε να ακυρώσετε το Demo Shop Plus οποιαδήποτε στιγμή με λίγα κλικ.</p><ol><li>Μεταβείτε στην ενότητα <strong>Ο λογαριασμός μου › Demo Shop Plus</strong>.</li><li>Πατήστε <strong>Ακύρωση συνδρομής</strong> και επιβεβαιώστε.</li><li>Θα λάβετε email επιβεβαίωσης.</li></ol><p>Τα προνόμιά σας ισχύουν έως το τέλος του έτους που έχετε πληρώσει και δεν θα χρεωθείτε ξανά.</p><h2>Μπορώ να πάρω πίσω τα χρήματά μου;</h2><p>Ναι, αν ακυρώσετε <strong>μέσα σε 14 ημέρες</strong> από την εγγραφή ή από μια αυτόματη ανανέωση και δεν έχετε χρησιμοποιήσει κανένα προνόμιο Plus στο μεταξύ (π.χ. δωρεάν express αποστολή), σας επιστρέφουμε ολόκληρο το ποσό των 29 € στον αρχικό τρόπο πληρωμής μέσα σε 5-10 εργάσιμες.</p><p>Αν έχετε ήδη χρησιμοποιήσει κάποιο προνόμιο, η συνδρομή απλώς ισχύει έως το τέλος του πληρωμένου έτους.</p><p>Χρεωθήκατε για ανανέωση που δεν περιμένατε; <a href="/demo/contact">Επικοινωνήστε μαζί μας</a> και θα το εξετάσουμε μαζί.</p>`,
      },
      ar: {
        title: "كيف ألغي عضوية Demo Shop Plus أو أوقف تجديدها؟",
        description: "أوقف التجديد التلقائي في أي وقت، واسترد المبلغ كاملًا خلال 14 يومًا إذا لم تستخدم أيًّا من المزايا.",
        bodyHtml: `<p>يمكنك إلغاء عضوية Demo Shop Plus في أي وقت ببضع نقرات.</p><ol><li>انتقل إلى <strong>حسابي › Demo Shop Plus</strong>.</li><li>اضغط <strong>إلغاء العضوية</strong> ثم أكّد الإلغاء.</li><li>ستصلك رسالة تأكيد بالبريد الإلكتروني.</li></ol><p>تبقى مزاياك سارية حتى نهاية السنة التي دفعت رسومها، ولن نخصم منك أي مبلغ بعد ذلك.</p><h2>هل يمكنني استرداد المبلغ؟</h2><p>نعم، إذا ألغيت العضوية <strong>خلال 14 يومًا</strong> من الاشتراك أو من التجديد التلقائي ولم تستخدم أي ميزة من مزايا Plus منذ ذلك الحين (مثل الشحن السريع المجاني)، فسنردّ إليك مبلغ 29 يورو كاملًا إلى وسيلة الدفع الأصلية خلال 5 إلى 10 أيام عمل.</p><p>أما إذا استخدمت إحدى المزايا، فتستمر العضوية ببساطة حتى نهاية السنة المدفوعة.</p><p>خُصم منك رسم تجديد لم تكن تتوقعه؟ <a href="/demo/contact">تواصل معنا</a> وسننظر في الأمر معًا.</p>`,
      },
      et: {
        title: "Kuidas Demo Shop Plus lõpetada või automaatne uuendamine peatada?",
        description: "Lülita automaatne uuendamine igal ajal välja; kui hüvesid pole kasutatud, saad 14 päeva jooksul kogu raha tagasi.",
        bodyHtml: `<p>Demo Shop Plusi saad lõpetada igal ajal paari klõpsuga.</p><ol><li>Ava <strong>Minu konto › Demo Shop Plus</strong>.</li><li>Klõpsa <strong>Lõpeta liikmesus</strong> ja kinnita.</li><li>Saad kinnituskirja.</li></ol><p>Hüved kehtivad makstud aasta lõpuni ja rohkem me sinult tasu ei võta.</p><h2>Kas saan raha tagasi?</h2><p>Jah. Kui lõpetad liikmesuse <strong>14 päeva jooksul</strong> pärast liitumist või automaatset uuendamist ega ole vahepeal ühtegi Plusi hüve kasutanud (näiteks tasuta kiirtarnet), tagastame kogu 29 € algsele makseviisile 5-10 tööpäeva jooksul.</p><p>Kui oled mõnda hüve juba kasutanud, kehtib liikmesus lihtsalt makstud aasta lõpuni.</p><p>Võtsime uuendamise eest tasu, mida sa ei oodanud? <a href="/demo/contact">Kirjuta meile</a> ja vaatame selle koos üle.</p>`,
      },
      pl: {
        title: "Jak zrezygnować z Demo Shop Plus lub wyłączyć odnawianie?",
        description: "Wyłącz automatyczne odnawianie w dowolnym momencie; jeśli nie korzystałeś z korzyści, w ciągu 14 dni zwrócimy całą kwotę.",
        bodyHtml: `<p>Z Demo Shop Plus możesz zrezygnować w każdej chwili, w kilku kliknięciach.</p><ol><li>Przejdź do <strong>Moje konto › Demo Shop Plus</strong>.</li><li>Kliknij <strong>Zrezygnuj z członkostwa</strong> i potwierdź.</li><li>Otrzymasz e-mail z potwierdzeniem.</li></ol><p>Korzyści działają do końca opłaconego roku, a kolejnej opłaty już nie pobierzemy.</p><h2>Czy mogę odzyskać pieniądze?</h2><p>Tak. Jeśli zrezygnujesz <strong>w ciągu 14 dni</strong> od dołączenia lub automatycznego odnowienia i w tym czasie nie skorzystasz z żadnej korzyści Plus (np. darmowej dostawy ekspresowej), zwrócimy całe 29 € na pierwotną metodę płatności w ciągu 5-10 dni roboczych.</p><p>Jeśli już skorzystałeś z którejś korzyści, członkostwo po prostu trwa do końca opłaconego roku.</p><p>Pobraliśmy opłatę za odnowienie, której się nie spodziewałeś? <a href="/demo/contact">Napisz do nas</a>, a wspólnie to sprawdzimy.</p>`,
      },
    },
  },
];
