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

const ATTRIBUTI = ['placeholder', 'aria-label', 'title'];

const regex = (testo) => testo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MODELLI = Object.entries(TRADUZIONI.modelli).map(([inglese, italiano]) => ({
  forma: new RegExp('^' + regex(inglese).replace(/\\\{\d\\\}/g, '(.+?)') + '$'),
  italiano
}));

function traduci(testo) {
  const pulito = testo.trim();
  if (!pulito) {
    return null;
  }
  const esatta = TRADUZIONI.esatte[pulito];
  if (esatta) {
    return esatta;
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
  if (nodo.nodeType === Node.TEXT_NODE) {
    const italiano = traduci(nodo.data);
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
    const italiano = valore && traduci(valore);
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

// Only inside the forms: Tasklist's own texts come from locales/it.json.
const inUnModulo = (nodo) => {
  const elemento = nodo.nodeType === Node.ELEMENT_NODE ? nodo : nodo.parentElement;
  return elemento && elemento.closest('.fjs-container');
};

const osservatore = new MutationObserver((mutazioni) => {
  for (const mutazione of mutazioni) {
    if (mutazione.type === 'childList') {
      mutazione.addedNodes.forEach((nodo) => {
        if (inUnModulo(nodo) || (nodo.querySelector && nodo.querySelector('.fjs-container'))) {
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

export { traduci };
