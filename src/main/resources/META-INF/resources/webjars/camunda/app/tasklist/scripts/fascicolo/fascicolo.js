/*
 * The Fascicolo: a tab beside every task (plugin point tasklist.task.detail) with the case's citizen, timeline,
 * earlier cases, documents to print, cartella sociale, and the search of a returning citizen. Data come from /api in
 * the operator's Tasklist session (SessioneWebappFilter); changes carry the session's CSRF token. Every text from the
 * server is set as text (textContent), never parsed as HTML.
 */

const STILE = `
.sil-fascicolo { font-size: 14px; padding: 8px 4px; }
.sil-fascicolo h3 { font-size: 16px; margin: 18px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.sil-fascicolo h4 { font-size: 14px; margin: 0 0 4px; font-weight: bold; }
.sil-fascicolo .sil-stato { color: #555; margin-left: 8px; font-weight: normal; }
.sil-fascicolo dl { display: grid; grid-template-columns: max-content auto; gap: 2px 12px; margin: 0; }
.sil-fascicolo dt { font-weight: normal; color: #666; }
.sil-fascicolo dd { margin: 0; white-space: pre-wrap; }
.sil-fascicolo ol.sil-cronologia { list-style: none; padding: 0; margin: 0; border-left: 3px solid #b5152b; }
.sil-fascicolo ol.sil-cronologia > li { padding: 6px 0 10px 12px; }
.sil-fascicolo .sil-quando { color: #666; font-size: 12px; }
.sil-fascicolo .sil-errore { color: #b5152b; }
.sil-fascicolo .sil-riga { display: flex; gap: 8px; align-items: center; margin: 4px 0; flex-wrap: wrap; }
.sil-fascicolo textarea { width: 100%; min-height: 60px; }
.sil-fascicolo ul { padding-left: 18px; }
`;

function el(tag, attributi, ...figli) {
  const nodo = document.createElement(tag);
  Object.entries(attributi || {}).forEach(([nome, valore]) => {
    if (valore === null || valore === undefined || valore === false) {
      return;
    }
    if (nome.startsWith('on')) {
      nodo.addEventListener(nome.substring(2), valore);
    } else {
      nodo.setAttribute(nome, valore === true ? '' : String(valore));
    }
  });
  figli.flat().forEach((figlio) => {
    if (figlio === null || figlio === undefined || figlio === false) {
      return;
    }
    nodo.appendChild(typeof figlio === 'string' ? document.createTextNode(figlio) : figlio);
  });
  return nodo;
}

const due = (n) => String(n).padStart(2, '0');

/** An ISO instant as 12/01/2027 alle 10:30, in the operator's time zone (the Comune's). */
function dataEOra(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  return `${due(d.getDate())}/${due(d.getMonth() + 1)}/${d.getFullYear()} alle ${due(d.getHours())}:${due(d.getMinutes())}`;
}

function tokenCsrf() {
  const biscotto = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('XSRF-TOKEN='));
  return biscotto ? decodeURIComponent(biscotto.substring('XSRF-TOKEN='.length)) : '';
}

/** /api in the session; an answer that is not 2xx becomes an Error with the server's Italian detail. */
async function chiama(percorso, opzioni = {}) {
  const intestazioni = Object.assign({ Accept: 'application/json' }, opzioni.headers || {});
  if (opzioni.method && opzioni.method !== 'GET') {
    intestazioni['X-XSRF-TOKEN'] = tokenCsrf();
  }
  const risposta = await fetch(percorso, Object.assign({}, opzioni, { headers: intestazioni, credentials: 'same-origin' }));
  if (!risposta.ok) {
    let dettaglio = '';
    try {
      dettaglio = (await risposta.json()).detail || '';
    } catch (e) {
      dettaglio = '';
    }
    if (risposta.status === 403 && !dettaglio) {
      dettaglio = 'Il suo gruppo non ha accesso a questi dati.';
    }
    throw new Error(dettaglio || `Richiesta non riuscita (errore ${risposta.status}).`);
  }
  return risposta.status === 204 ? null : risposta.json();
}

function dettagli(coppie) {
  return el('dl', {}, coppie.flatMap((d) => [el('dt', {}, d.etichetta), el('dd', {}, d.valore)]));
}

function errore(contenitore, e) {
  contenitore.replaceChildren(el('p', { class: 'sil-errore' }, e.message));
}

class Fascicolo {
  constructor(nodo, api, taskId) {
    this.nodo = nodo;
    this.api = api;
    this.taskId = taskId;
  }

  async avvia() {
    this.nodo.replaceChildren(el('p', {}, 'Caricamento del fascicolo…'));
    try {
      const variabile = await fetch(
        `${this.api.engineApi}/task/${encodeURIComponent(this.taskId)}/variables/numeroPratica?deserializeValue=false`,
        { headers: { Accept: 'application/json' }, credentials: 'same-origin' }
      );
      if (!variabile.ok) {
        throw new Error('Questo compito non indica il numero della pratica.');
      }
      this.praticaDelCompito = (await variabile.json()).value;
      await this.apri(this.praticaDelCompito);
    } catch (e) {
      errore(this.nodo, e);
    }
  }

  async apri(numeroPratica) {
    const base = `/api/pratiche/${encodeURIComponent(numeroPratica)}`;
    let fascicolo;
    try {
      fascicolo = await chiama(`${base}/fascicolo`);
    } catch (e) {
      errore(this.nodo, e);
      return;
    }
    const cartella = el('div', { class: 'sil-cartella' }, el('p', {}, 'Caricamento della cartella sociale…'));
    this.nodo.replaceChildren(
      el('div', { class: 'sil-fascicolo', 'data-pratica': fascicolo.numeroPratica },
        el('style', {}, STILE),
        numeroPratica !== this.praticaDelCompito
          ? el('p', {}, el('button', { type: 'button', class: 'btn btn-default btn-sm', onclick: () => this.apri(this.praticaDelCompito) },
              `Torna alla pratica del compito (${this.praticaDelCompito})`))
          : null,
        el('h3', {}, `Pratica ${fascicolo.numeroPratica}`, el('span', { class: 'sil-stato' }, fascicolo.stato)),
        this.cittadino(fascicolo.cittadino),
        this.altrePratiche(fascicolo.altrePratiche),
        this.documenti(fascicolo.documenti),
        el('h3', {}, 'Cronologia della pratica'),
        this.cronologia(fascicolo.cronologia),
        el('h3', {}, 'Cartella sociale'),
        cartella,
        // Only what the API allows the reader (strumenti): the Cabina di Regia neither searches nor writes.
        fascicolo.strumenti.cercaCittadini ? el('h3', {}, 'Cerca un cittadino') : null,
        fascicolo.strumenti.cercaCittadini ? this.ricerca() : null));
    this.cartella(cartella, base, fascicolo.strumenti.scriveCartellaSociale);
  }

  cittadino(c) {
    const righe = [
      { etichetta: 'Cognome e nome', valore: `${c.cognome} ${c.nome}` },
      // Not for the Cabina di Regia, which the API answers without them (ADR 0016).
      c.codiceFiscale ? { etichetta: 'Codice fiscale', valore: c.codiceFiscale } : null,
      c.dataNascita ? { etichetta: 'Data di nascita', valore: c.dataNascita } : null,
      c.telefono ? { etichetta: 'Telefono', valore: c.telefono } : null,
      c.email ? { etichetta: 'E-mail', valore: c.email } : null
    ].filter(Boolean);
    return el('div', { class: 'sil-cittadino' }, dettagli(righe));
  }

  altrePratiche(pratiche) {
    // null: the reader's group does not know the citizen's other cases (the Cabina di Regia), which may exist.
    if (pratiche === null) {
      return null;
    }
    if (!pratiche.length) {
      return el('p', {}, 'Il cittadino non ha altre pratiche.');
    }
    return el('div', { class: 'sil-altre-pratiche' },
      el('h4', {}, 'Altre pratiche del cittadino'),
      el('ul', {}, pratiche.map((p) => el('li', {},
        el('a', { href: '#', onclick: (evento) => { evento.preventDefault(); this.apri(p.numeroPratica); } }, p.numeroPratica),
        ` aperta il ${p.apertaIl || '—'}: ${p.stato}`))));
  }

  documenti(documenti) {
    return el('div', { class: 'sil-documenti' },
      el('h4', {}, 'Documenti da stampare'),
      el('ul', {}, documenti.map((d) => el('li', {},
        el('a', { href: d.indirizzo, download: '', 'data-tipo': d.tipo }, d.titolo), ' (PDF)'))));
  }

  cronologia(voci) {
    if (!voci.length) {
      return el('p', {}, 'Nessun evento registrato.');
    }
    return el('ol', { class: 'sil-cronologia' }, voci.map((voce) => el('li', {},
      el('div', { class: 'sil-quando' }, voce.data, voce.operatore ? ` – ${voce.operatore}` : ''),
      el('h4', {}, voce.titolo),
      voce.dettagli.length ? dettagli(voce.dettagli) : null)));
  }

  async cartella(contenitore, base, scrive) {
    let cartella;
    try {
      cartella = await chiama(`${base}/cartella-sociale`);
    } catch (e) {
      errore(contenitore, e);
      return;
    }
    const esito = el('p', { class: 'sil-esito', role: 'status' });
    const testo = el('textarea', { name: 'nota', 'aria-label': 'Nuova nota', maxlength: 4000 });
    const file = el('input', { type: 'file', name: 'documento', 'aria-label': 'Documento da caricare' });
    const descrizione = el('input', { type: 'text', name: 'descrizione', placeholder: 'Descrizione del documento', class: 'form-control' });
    const ricarica = () => this.cartella(contenitore, base, scrive);
    const letta = [
      cartella.note.length
        ? el('ul', { class: 'sil-note' }, cartella.note.map((n) => el('li', {},
            el('div', { class: 'sil-quando' }, `${dataEOra(n.creataIl)} – ${n.autoreNome}`),
            el('div', { style: 'white-space: pre-wrap' }, n.testo))))
        : el('p', {}, 'Nessuna nota.'),
      cartella.documenti.length
        ? el('ul', { class: 'sil-documenti-cartella' }, cartella.documenti.map((d) => el('li', {},
            el('a', { href: `${base}/cartella-sociale/documenti/${d.id}`, download: '' }, d.nomeFile),
            ` – ${d.descrizione || 'senza descrizione'}, caricato il ${dataEOra(d.caricatoIl)} da ${d.caricatoDaNome}`)))
        : el('p', {}, 'Nessun documento.')];
    if (!scrive) {
      contenitore.replaceChildren(...letta);
      return;
    }
    contenitore.replaceChildren(
      ...letta,
      el('h4', {}, 'Aggiungi una nota'),
      testo,
      el('div', { class: 'sil-riga' }, el('button', {
        type: 'button', class: 'btn btn-default', onclick: async () => {
          try {
            await chiama(`${base}/cartella-sociale/note`, {
              method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ testo: testo.value })
            });
            ricarica();
          } catch (e) {
            esito.textContent = e.message;
          }
        }
      }, 'Aggiungi la nota')),
      el('h4', {}, 'Carica un documento'),
      el('div', { class: 'sil-riga' }, file, descrizione, el('button', {
        type: 'button', class: 'btn btn-default', onclick: async () => {
          if (!file.files.length) {
            esito.textContent = 'Scegliere prima il documento da caricare.';
            return;
          }
          const modulo = new FormData();
          modulo.append('file', file.files[0]);
          modulo.append('descrizione', descrizione.value);
          try {
            await chiama(`${base}/cartella-sociale/documenti`, { method: 'POST', body: modulo });
            ricarica();
          } catch (e) {
            esito.textContent = e.message;
          }
        }
      }, 'Carica il documento')),
      esito);
  }

  ricerca() {
    const campo = el('input', { type: 'search', name: 'ricercaCittadino', class: 'form-control', placeholder: 'Cognome, nome o codice fiscale (anche in parte)', 'aria-label': 'Cerca un cittadino' });
    const risultati = el('div', { class: 'sil-risultati' });
    const cerca = async () => {
      try {
        const trovati = await chiama(`/api/cittadini?q=${encodeURIComponent(campo.value)}`);
        if (!trovati.cittadini.length) {
          risultati.replaceChildren(el('p', {}, 'Nessun cittadino trovato.'));
          return;
        }
        // Through el, which skips a missing hint: replaceChildren would write a null as the text "null".
        risultati.replaceChildren(el('div', {},
          el('ul', {}, trovati.cittadini.map((c) => el('li', { class: 'sil-cittadino-trovato' },
            el('strong', {}, `${c.cognome} ${c.nome}`), ` – ${c.codiceFiscale}, nato/a il ${c.dataNascita}`,
            el('ul', {}, c.pratiche.map((p) => el('li', {},
              el('a', { href: '#', onclick: (evento) => { evento.preventDefault(); this.apri(p.numeroPratica); } }, p.numeroPratica),
              ` aperta il ${p.apertaIl || '—'}: ${p.stato}`)))))),
          trovati.altri ? el('p', {}, 'Ci sono altri cittadini: precisare la ricerca.') : null));
      } catch (e) {
        errore(risultati, e);
      }
    };
    return el('div', { class: 'sil-ricerca' },
      el('div', { class: 'sil-riga' }, campo,
        el('button', { type: 'button', class: 'btn btn-default', onclick: cerca }, 'Cerca')),
      risultati);
  }
}

export default [{
  id: 'sil-fascicolo',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  properties: { label: 'Fascicolo' },
  render: (nodo, { api, taskId }) => {
    new Fascicolo(nodo, api, taskId).avvia();
  }
}];
