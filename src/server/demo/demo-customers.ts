// Demo customers. Only example.* domains and numbers from unassigned or fictional ranges;
// the seed never queues mail, so nothing is ever sent to these addresses.
import type { DemoCustomer } from "./demo-types";

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  // English
  { name: "Sarah Mitchell", email: "sarah.mitchell@example.com", locale: "en" },
  { name: "James O'Connor", email: "james.oconnor@example.com", locale: "en", phone: "+44 7700 900412" },
  { name: "Priya Shah", email: "priya.shah@example.com", locale: "en" },
  { name: "Daniel Brooks", email: "daniel.brooks@example.net", locale: "en" },
  { name: "Emily Carter", email: "emily.carter@example.org", locale: "en" },
  { name: "Tom Hughes", email: "tom.hughes@example.com", locale: "en" },
  { name: "Olivia Bennett", email: "olivia.bennett@example.com", locale: "en", phone: "+1 555 0143" },
  { name: "Michael Reyes", email: "michael.reyes@example.com", locale: "en" },
  { name: "Hannah Wright", email: "hannah.wright@example.com", locale: "en" },
  { name: "Chris Taylor", email: "chris.taylor@example.net", locale: "en" },
  // Greek
  { name: "Μαρία Παπαδοπούλου", email: "maria.papadopoulou@example.com", locale: "el" },
  { name: "Γιώργος Νικολάου", email: "giorgos.nikolaou@example.com", locale: "el" },
  { name: "Ελένη Γεωργίου", email: "eleni.georgiou@example.com", locale: "el" },
  { name: "Δημήτρης Κωνσταντίνου", email: "dimitris.konstantinou@example.com", locale: "el", phone: "+30 690 000 0417" },
  { name: "Κατερίνα Βλάχου", email: "katerina.vlachou@example.com", locale: "el" },
  { name: "Nikos Alexiou", email: "nikos.alexiou@example.com", locale: "el" },
  // Arabic
  { name: "أحمد المنصوري", email: "ahmed.almansouri@example.com", locale: "ar" },
  { name: "فاطمة الحسن", email: "fatima.alhassan@example.com", locale: "ar" },
  { name: "عمر خليل", email: "omar.khalil@example.com", locale: "ar", phone: "+971 50 000 0281" },
  { name: "ليلى حداد", email: "layla.haddad@example.com", locale: "ar" },
  { name: "يوسف عبد الله", email: "youssef.abdallah@example.com", locale: "ar" },
  { name: "نور الهاشمي", email: "noor.alhashimi@example.com", locale: "ar" },
  // Estonian
  { name: "Kadri Tamm", email: "kadri.tamm@example.com", locale: "et" },
  { name: "Mart Saar", email: "mart.saar@example.com", locale: "et", phone: "+372 5000 0192" },
  { name: "Liis Kask", email: "liis.kask@example.com", locale: "et" },
  { name: "Andres Mägi", email: "andres.magi@example.com", locale: "et" },
  { name: "Triin Rebane", email: "triin.rebane@example.com", locale: "et" },
  // Polish
  { name: "Anna Kowalska", email: "anna.kowalska@example.com", locale: "pl" },
  { name: "Piotr Nowak", email: "piotr.nowak@example.com", locale: "pl" },
  { name: "Katarzyna Wiśniewska", email: "katarzyna.wisniewska@example.com", locale: "pl" },
  { name: "Tomasz Wójcik", email: "tomasz.wojcik@example.com", locale: "pl", phone: "+48 500 000 317" },
  { name: "Magdalena Lewandowska", email: "magdalena.lewandowska@example.com", locale: "pl" },
  { name: "Michał Kamiński", email: "michal.kaminski@example.com", locale: "pl" },
];

export const NORTHWIND_CUSTOMERS: DemoCustomer[] = [
  { name: "Rachel Green", email: "rachel.green@example.com", locale: "en" },
  { name: "Ben Foster", email: "ben.foster@example.com", locale: "en" },
  { name: "Lucy Adams", email: "lucy.adams@example.org", locale: "en" },
  { name: "Karl Lepik", email: "karl.lepik@example.com", locale: "et" },
  { name: "Maarja Kuusk", email: "maarja.kuusk@example.com", locale: "et", phone: "+372 5000 0356" },
  { name: "Rasmus Ilves", email: "rasmus.ilves@example.com", locale: "et" },
  { name: "Agnieszka Zielińska", email: "agnieszka.zielinska@example.com", locale: "pl" },
  { name: "Paweł Szymański", email: "pawel.szymanski@example.com", locale: "pl" },
];
