// Demo Shop tickets from Arabic-speaking customers. Agents reply in Arabic, note in English.
import type { DemoTicket } from "./demo-types";

export const DEMO_TICKETS_AR: DemoTicket[] = [
  {
    customer: "ahmed.almansouri@example.com",
    subject: "الشحنة عالقة في الجمارك منذ أسبوع",
    area: "shipping_tracking", channel: "EMAIL", status: "OPEN", priority: "HIGH", assignee: "alex", tags: ["late-delivery", "customs"],
    daysAgo: 4.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "السلام عليكم،\n\nوصل طلبي رقم #10284 إلى دبي منذ أسبوع، لكن التتبع لدى أرامكس (رقم الشحنة 35914825161) ما زال يُظهر «قيد التخليص الجمركي». اتصلت بهم فقالوا إنهم يحتاجون إلى فاتورة تجارية من المتجر. هل يمكنكم إرسالها إليهم أو إليّ؟\n\nشكرًا،\nأحمد المنصوري" },
      { kind: "NOTE", by: "alex", after: 45, text: "Aramex needs the commercial invoice with HS codes. Warehouse generated it, sending it to Aramex and a copy to the customer." },
      { kind: "REPLY", by: "alex", after: 70, text: "وعليكم السلام أستاذ أحمد،\n\nشكرًا لتواصلك معنا. أرسلنا الفاتورة التجارية اليوم مباشرةً إلى أرامكس، وأرسلنا إليك نسخة منها في رسالة منفصلة في حال طلبوها منك. يتم التخليص عادةً خلال يومَي عمل بعد استلام الفاتورة.\n\nمع أطيب التحيات،\nAlex\nDemo Shop" },
      { kind: "INBOUND", after: 1500, text: "وصلتني الفاتورة، شكرًا. لكن أرامكس تطلب الآن دفع رسوم جمركية بقيمة 180 درهمًا. ألم تكن الرسوم مشمولة في السعر عند الدفع؟" },
    ],
  },
  {
    customer: "fatima.alhassan@example.com",
    subject: "كيف أُرجع حقيبة اليد؟",
    area: "returns", channel: "CHAT", status: "PENDING", priority: "NORMAL", assignee: "alex",
    daysAgo: 2.6,
    messages: [
      { kind: "INBOUND", after: 0, text: "مرحبًا، أريد إرجاع حقيبة اليد من طلبي رقم #10305 لأن لونها مختلف عن الصورة. كيف أُرجعها من الرياض؟" },
      { kind: "REPLY", by: "alex", after: 3, text: "أهلًا فاطمة! يمكنك إرجاع الحقيبة خلال 30 يومًا من الاستلام. أرسلت إليك الآن على بريدك الإلكتروني ملصق إرجاع مدفوعًا مسبقًا من سمسا، ما عليك إلا طباعته ولصقه على الطرد وتسليمه في أقرب فرع. هل تفضّلين استرداد المبلغ أم استبدالها بلون آخر؟" },
    ],
  },
  {
    customer: "omar.khalil@example.com",
    subject: "لم يصلني المبلغ المسترد",
    area: "refunds", channel: "EMAIL", status: "OPEN", priority: "HIGH",
    daysAgo: 1.4,
    messages: [
      { kind: "INBOUND", after: 0, text: "مرحبًا،\n\nألغيتُ الطلب رقم #10262 قبل أسبوعين، ووصلتني رسالة تؤكد أن المبلغ (420 درهمًا) سيُعاد خلال 5 إلى 7 أيام عمل، لكن حتى الآن لم يصلني شيء. أرجو التحقق من الأمر.\n\nعمر خليل" },
    ],
  },
  {
    customer: "layla.haddad@example.com",
    subject: "استبدال مقاس الحذاء",
    area: "exchanges", channel: "SOCIAL", status: "CLOSED", priority: "NORMAL", assignee: "anna", tags: ["wrong-size"],
    daysAgo: 22.5,
    messages: [
      { kind: "INBOUND", after: 0, text: "مرحبا! اشتريت حذاء رياضي مقاس 38 بس طلع صغير عليّ. ممكن أبدّله بمقاس 39؟" },
      { kind: "REPLY", by: "anna", after: 40, text: "أهلًا ليلى! بالتأكيد. أرسلنا إليك رسالة خاصة فيها رابط الاستبدال، ويمكنك إرسال الحذاء القديم مجانًا. سنشحن مقاس 39 فور مسح الطرد لدى شركة الشحن." },
      { kind: "INBOUND", after: 5800, text: "وصلني المقاس الجديد وهو مناسب تمامًا. شكرًا جزيلًا!" },
    ],
  },
  {
    customer: "omar.khalil@example.com",
    subject: "أين طلبي؟",
    area: "order_status", channel: "PHONE", status: "CLOSED", priority: "NORMAL", assignee: "alex",
    daysAgo: 16.1,
    messages: [
      { kind: "INBOUND", after: 0, text: "مكالمة هاتفية: يسأل العميل عن الطلب رقم #10250، إذ لم تصله أي رسالة بتفاصيل الشحن. تبيّن أن الطلب شُحن أمس وأن رسالة التتبع وصلت إلى مجلد الرسائل غير المرغوب فيها." },
      { kind: "REPLY", by: "alex", after: 10, text: "مرحبًا أستاذ عمر،\n\nكما ذكرنا في المكالمة، شُحن طلبك رقم #10250 أمس مع أرامكس، ورقم التتبع هو 35914830472. من المتوقع أن يصلك خلال يومين إلى ثلاثة أيام عمل.\n\nمع التحية،\nAlex" },
    ],
  },
  {
    customer: "noor.alhashimi@example.com",
    subject: "بطاقة الهدايا تظهر منتهية الصلاحية",
    area: "gift_cards", channel: "PORTAL", status: "OPEN", priority: "NORMAL",
    daysAgo: 0.7,
    messages: [
      { kind: "INBOUND", after: 0, text: "أهديتُ صديقتي بطاقة هدايا بقيمة 500 درهم، لكنها تقول إن الرمز يظهر «منتهي الصلاحية» عند الدفع، مع أنني اشتريتها الشهر الماضي. رقم الطلب #10268. أرجو المساعدة." },
    ],
  },
  {
    customer: "fatima.alhassan@example.com",
    subject: "ترقية العضوية",
    area: "membership", channel: "EMAIL", status: "CLOSED", priority: "LOW", assignee: "anna", tags: ["vip"],
    daysAgo: 25.3,
    messages: [
      { kind: "INBOUND", after: 0, text: "السلام عليكم،\n\nأرغب في ترقية عضويتي من Plus إلى العضوية الذهبية. هل يُخصم ما تبقّى من اشتراكي الحالي من السعر؟\n\nفاطمة" },
      { kind: "REPLY", by: "anna", after: 90, text: "وعليكم السلام فاطمة،\n\nنعم، يُحتسب المتبقي من اشتراكك الحالي تلقائيًا ويُخصم من سعر العضوية الذهبية عند الترقية. وبما أنك من عملائنا المميزين، أضفنا إلى عضويتك شهرًا مجانيًا.\n\nمع أطيب التحيات،\nAnna" },
      { kind: "INBOUND", after: 300, text: "رائع، تمت الترقية. شكرًا لكم!" },
    ],
  },
  {
    customer: "youssef.abdallah@example.com",
    subject: "إلغاء الطلب قبل الشحن",
    area: "cancellations", channel: "FORM", status: "PENDING", priority: "HIGH", assignee: "alex",
    daysAgo: 0.95,
    messages: [
      { kind: "INBOUND", after: 0, text: "رقم الطلب: #10344\n\nأرجو إلغاء طلبي قبل شحنه، فقد اخترت المقاس الخطأ وسأعيد الطلب لاحقًا." },
      { kind: "NOTE", by: "alex", after: 15, text: "Already picked and packed, courier collects at 16:00. Asked the warehouse to pull it off the pallet." },
      { kind: "REPLY", by: "alex", after: 25, text: "مرحبًا يوسف،\n\nكان طلبك قد جُهّز للشحن، لكننا تمكّنا من إيقافه قبل تسليمه لشركة الشحن. هل تريد أن نلغيه بالكامل ونعيد إليك المبلغ، أم نغيّر المقاس فقط ونشحنه؟ إن كنت تفضّل التغيير فأخبرنا بالمقاس الصحيح.\n\nAlex" },
    ],
  },
  {
    customer: "noor.alhashimi@example.com",
    subject: "نقاط الولاء لم تُضف إلى حسابي",
    area: "loyalty_points", channel: "API", status: "CLOSED", priority: "LOW", assignee: "anna",
    daysAgo: 20.2,
    messages: [
      { kind: "INBOUND", after: 0, text: "رسالة من التطبيق – الطلب #10213\n\nلم تُضف نقاط الولاء الخاصة بطلبي الأخير إلى حسابي." },
      { kind: "REPLY", by: "anna", after: 130, text: "مرحبًا نور،\n\nتُضاف النقاط بعد انتهاء فترة الإرجاع البالغة 14 يومًا. انتهت هذه الفترة اليوم بالنسبة لطلبك، وقد أضفنا 210 نقاط إلى رصيدك.\n\nAnna" },
    ],
  },
  {
    customer: "youssef.abdallah@example.com",
    subject: "فاتورة ضريبية باسم الشركة",
    area: "other", channel: "CHAT", status: "OPEN", priority: "NORMAL",
    daysAgo: 0.1,
    messages: [
      { kind: "INBOUND", after: 0, text: "مرحبًا، أحتاج إلى فاتورة ضريبية باسم شركتي للطلب #10295. هل يمكن إضافة الرقم الضريبي بعد إتمام الطلب؟" },
    ],
  },
];
