/*
 * Camunda Forms (form-js 1.8.7, bundled in Tasklist 7.24) in Italian. form-js has no translation hook: its messages
 * are English literals. This script watches the forms Tasklist renders and replaces each English text, placeholder,
 * aria-label and title that form-js writes with the Italian one, as soon as form-js writes it (ADR 0013).
 * TraduzioneModuliTest fails if a form-js upgrade changes one of these texts or adds a validation message that is
 * not here; only the table between the two markers is read by it.
 */

/* inizio traduzioni */
const TRADUZIONI = {
  "esatte": {
    "Field is required.": "Questo campo è obbligatorio.",
    "Field must be a valid email.": "Inserire un indirizzo e-mail valido, per esempio nome@example.org.",
    "Field must be a valid  international phone number. (e.g. +4930664040900)": "Inserire un numero di telefono con il prefisso internazionale, per esempio +390612345678.",
    "Value is not a number.": "Il valore non è un numero.",
    "Value is expected to be an integer.": "Inserire un numero intero.",
    "Date and time must both be entered.": "Inserire sia la data sia l'ora.",
    "Search": "Cerca",
    "Select": "Seleziona",
    "No results": "Nessun risultato",
    "All values selected": "Tutti i valori sono già selezionati",
    "Remove tag": "Togli",
    "Increment": "Aumenta",
    "Decrement": "Diminuisci",
    "Next page": "Pagina successiva",
    "Previous page": "Pagina precedente"
  },
  "modelli": {
    "Field must match pattern {0}.": "Il valore non è nella forma richiesta ({0}).",
    "Field must have minimum value of {0}.": "Il valore deve essere almeno {0}.",
    "Field must have maximum value of {0}.": "Il valore deve essere al massimo {0}.",
    "Field must have minimum length of {0}.": "Scrivere almeno {0} caratteri.",
    "Field must have maximum length of {0}.": "Scrivere al massimo {0} caratteri.",
    "Value is expected to have at most {0} decimal digit.": "Inserire al massimo {0} cifra decimale.",
    "Value is expected to have at most {0} decimal digits.": "Inserire al massimo {0} cifre decimali.",
    "Please select a valid value, the two nearest valid values are {0} and {1}.": "Scegliere un valore valido: i due più vicini sono {0} e {1}."
  }
};
/* fine traduzioni */

/*
 * The date picker of form-js (flatpickr, English locale built in): month and weekday names, and the days'
 * aria-labels ("December 2, 2026"), inside a .flatpickr-calendar only, where "Mon" can mean nothing else (ADR 0016).
 */
const MESI = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const MESI_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre',
  'ottobre', 'novembre', 'dicembre'];
// Short names first: "May" is both flatpickr's short and long name, and its month list shows the long ones.
const CALENDARIO = {
  ...Object.fromEntries(MESI.map((mese, i) => [mese.slice(0, 3), MESI_IT[i].slice(0, 3)])),
  ...Object.fromEntries(MESI.map((mese, i) => [mese, MESI_IT[i]])),
  Sun: 'dom', Mon: 'lun', Tue: 'mar', Wed: 'mer', Thu: 'gio', Fri: 'ven', Sat: 'sab',
  Sunday: 'domenica', Monday: 'lunedì', Tuesday: 'martedì', Wednesday: 'mercoledì', Thursday: 'giovedì',
  Friday: 'venerdì', Saturday: 'sabato',
  Year: 'Anno', Month: 'Mese', 'Scroll to increment': 'Scorrere per aumentare', 'Toggle': 'Cambia'
};
const GIORNO = new RegExp('^(' + MESI.join('|') + ') (\\d{1,2}), (\\d{4})$');

function traduciCalendario(testo) {
  const pulito = testo.trim();
  if (CALENDARIO[pulito]) {
    return CALENDARIO[pulito];
  }
  const giorno = pulito.match(GIORNO);
  return giorno ? `${giorno[2]} ${MESI_IT[MESI.indexOf(giorno[1])]} ${giorno[3]}` : null;
}

const nelCalendario = (nodo) => {
  const elemento = nodo.nodeType === Node.ELEMENT_NODE ? nodo : nodo.parentElement;
  return Boolean(elemento && elemento.closest('.flatpickr-calendar'));
};

const ATTRIBUTI = ['placeholder', 'aria-label', 'title'];

const regex = (testo) => testo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MODELLI = Object.entries(TRADUZIONI.modelli).map(([inglese, italiano]) => ({
  forma: new RegExp('^' + regex(inglese).replace(/\\\{\d\\\}/g, '(.+?)') + '$'),
  italiano
}));

/*
 * A date field's hint: form-js writes the browser's date format with English letters ("dd/mm/yyyy" in it-IT); an
 * Italian reads "gg/mm/aaaa".
 */
const FORMATO_DATA = /^(?:dd|mm|yyyy)(?:[./-](?:dd|mm|yyyy)){2}$/;

function traduci(testo) {
  const pulito = testo.trim();
  if (!pulito) {
    return null;
  }
  const esatta = TRADUZIONI.esatte[pulito];
  if (esatta) {
    return esatta;
  }
  if (FORMATO_DATA.test(pulito)) {
    return pulito.replace('dd', 'gg').replace('yyyy', 'aaaa');
  }
  for (const modello of MODELLI) {
    const parti = pulito.match(modello.forma);
    if (parti) {
      return modello.italiano.replace(/\{(\d)\}/g, (_, n) => parti[Number(n) + 1]);
    }
  }
  return null;
}

function traduciNodo(nodo) {
  const traduttore = nelCalendario(nodo) ? traduciCalendario : traduci;
  if (nodo.nodeType === Node.TEXT_NODE) {
    const italiano = traduttore(nodo.data);
    if (italiano && nodo.data !== italiano) {
      nodo.data = italiano;
    }
    return;
  }
  if (nodo.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const attributo of ATTRIBUTI) {
    const valore = nodo.getAttribute(attributo);
    const italiano = valore && traduttore(valore);
    if (italiano) {
      nodo.setAttribute(attributo, italiano);
    }
  }
  const figli = document.createTreeWalker(nodo, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  while (figli.nextNode()) {
    if (figli.currentNode !== nodo) {
      traduciNodo(figli.currentNode);
    }
  }
}

// Only inside the forms and their date pickers: Tasklist's own texts come from locales/it.json.
const inUnModulo = (nodo) => {
  const elemento = nodo.nodeType === Node.ELEMENT_NODE ? nodo : nodo.parentElement;
  return elemento && elemento.closest('.fjs-container, .flatpickr-calendar');
};

const osservatore = new MutationObserver((mutazioni) => {
  for (const mutazione of mutazioni) {
    if (mutazione.type === 'childList') {
      mutazione.addedNodes.forEach((nodo) => {
        if (inUnModulo(nodo) || (nodo.querySelector && nodo.querySelector('.fjs-container, .flatpickr-calendar'))) {
          traduciNodo(nodo);
        }
      });
    } else if (inUnModulo(mutazione.target)) {
      traduciNodo(mutazione.target);
    }
  }
});

osservatore.observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTI
});

export { traduci, traduciCalendario };
