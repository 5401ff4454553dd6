/*
 * "Cerca per cognome o numero di pratica" above Tasklist's task list (ADR 0016). Tasklist 7.24's search box has no
 * configurable criteria (its types are compiled into the bundle); it can query a task variable with "like" and
 * ignoring case, and the business key, which is the case number (ADR 0003). This box writes those two searches into
 * Tasklist's own search (the `searchQuery` of the page's address, as its pills do), so the operator types what they
 * have: a part of the surname, any case, finds the tasks whose column elencoCognome contains it; a case number
 * (SIL-2026-000123, or its last digits) finds the case's tasks. Nothing else is queried than Tasklist would query.
 */

/* As ColonneElencoPlugin.chiave reduces surname, name and case number into the task-local elencoRicerca. */
function chiave(testo) {
  return testo.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^0-9A-Z]/g, '');
}

function ricerca(testo) {
  const valore = chiave(testo);
  // Tasklist reads a pill's value of digits only as a number; quoted, it stays text ("000123").
  return [{ type: 'taskVariables', operator: 'like', value: /^[0-9]+$/.test(valore) ? `'${valore}'` : valore,
    name: 'elencoRicerca' }];
}

function cerca(testo) {
  const [percorso, domanda] = (window.location.hash.replace(/^#/, '') || '/').split('?');
  const parametri = (domanda || '')
    .split('&')
    .filter((coppia) => coppia && !/^(searchQuery|page|task)=/.test(coppia));
  if (testo.trim()) {
    parametri.push('searchQuery=' + encodeURIComponent(JSON.stringify(ricerca(testo))));
  }
  window.location.hash = '#' + (percorso || '/') + (parametri.length ? '?' + parametri.join('&') : '');
}

function casella() {
  const modulo = document.createElement('form');
  modulo.className = 'sil-ricerca-compiti form-inline';
  modulo.setAttribute('role', 'search');
  modulo.style.cssText = 'padding: 6px 10px; display: flex; gap: 6px;';
  const campo = document.createElement('input');
  campo.type = 'search';
  campo.name = 'ricercaCompiti';
  campo.className = 'form-control input-sm';
  campo.style.flex = '1';
  campo.placeholder = 'Cognome o numero di pratica';
  campo.setAttribute('aria-label', 'Cerca i compiti per cognome o numero di pratica');
  const cercaBottone = document.createElement('button');
  cercaBottone.type = 'submit';
  cercaBottone.className = 'btn btn-default btn-sm';
  cercaBottone.textContent = 'Cerca';
  const tutti = document.createElement('button');
  tutti.type = 'button';
  tutti.className = 'btn btn-link btn-sm';
  tutti.textContent = 'Tutti';
  tutti.addEventListener('click', () => {
    campo.value = '';
    cerca('');
  });
  modulo.addEventListener('submit', (evento) => {
    evento.preventDefault();
    cerca(campo.value);
  });
  modulo.append(campo, cercaBottone, tutti);
  return modulo;
}

function aggiungi() {
  const ricercaDiTasklist = document.querySelector('[cam-widget-search-storage-group="\'TLT\'"]');
  if (ricercaDiTasklist && !document.querySelector('.sil-ricerca-compiti')) {
    ricercaDiTasklist.parentNode.insertBefore(casella(), ricercaDiTasklist);
  }
}

new MutationObserver(aggiungi).observe(document.documentElement, { childList: true, subtree: true });
aggiungi();

export { ricerca };
