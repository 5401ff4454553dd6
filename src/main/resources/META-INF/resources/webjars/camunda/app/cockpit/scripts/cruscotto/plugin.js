// Cruscotto: the service's figures for the responsabili, inside Cockpit (plugin points cockpit.navigation,
// cockpit.route and cockpit.dashboard). Data from /api/cruscotto with the Cockpit session (no second login); charts
// with ECharts from its webjar. Counts only: no name, no codice fiscale.

const appRoot = document.querySelector('base').getAttribute('app-root') || '/camunda';
// The application's root: app-root is "<context>/camunda".
const radice = appRoot.slice(0, appRoot.lastIndexOf('/'));
const API = radice + '/api/cruscotto';
const ECHARTS = radice + '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

const ETICHETTE = {
  'sportello-informativo': 'Sportello Informativo',
  'sportello-specialistico': 'Sportello Specialistico',
  'societa-partner': 'Società partner',
  'cabina-di-regia': 'Cabina di Regia',
  nessuno: 'Nessun gruppo',
  INFORMATIVO: 'Sportello Informativo',
  SPECIALISTICO: 'Sportello Specialistico',
  NON_PROFILATO: 'Non ancora profilato',
  SENZA_COMPITO: 'In attesa, nessun compito aperto',
  Task_RispostaRichiesta: 'Risposta alla richiesta',
  Task_ConcordaAppuntamento: 'Concorda appuntamento',
  Task_ColloquioAssessment: 'Colloquio di assessment',
  Task_CondivisioneObiettivi: 'Condivisione degli obiettivi',
  Task_CondivisioneProgetto: 'Condivisione del progetto',
  Task_OrientamentoSecondoLivello: 'Orientamento di secondo livello',
  Task_CondivisioneCaso: 'Condivisione del caso',
  Task_OrientamentoSpecialistico: 'Orientamento specialistico',
  Task_ElaborazioneProposta: 'Elaborazione della proposta',
  Task_ApprovazioneCabinaDiRegia: 'Decisione della Cabina di Regia',
  Task_AbbinamentoDomandaOfferta: 'Incontro domanda/offerta',
  Task_RegistraSegnalazione: 'Registra segnalazione',
  Task_AvvioProgetto: 'Avvio del progetto',
  Task_Monitoraggio: 'Monitoraggio',
  Task_Rendicontazione: 'Rendicontazione',
  Task_PresaVisioneRendicontazione: 'Presa visione della rendicontazione'
};

function etichetta(codice) {
  if (ETICHETTE[codice]) return ETICHETTE[codice];
  if (!codice || codice.startsWith('Task_')) return codice || '';
  const parole = codice.replace(/_/g, ' ').toLowerCase();
  return parole.charAt(0).toUpperCase() + parole.slice(1);
}

const numero = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });
const giorno = new Intl.DateTimeFormat('it-IT', { day: '2-digit', month: '2-digit', year: 'numeric' });

/** "P6M" → "a 6 mesi", "P1Y" → "a 1 anno": the interval of an outcome check as the export says it. */
function intervallo(codice) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(codice || '');
  if (!m || !(m[1] || m[2] || m[3])) return codice;
  const parti = [];
  if (m[1]) parti.push(`${m[1]} ${m[1] === '1' ? 'anno' : 'anni'}`);
  if (m[2]) parti.push(`${m[2]} ${m[2] === '1' ? 'mese' : 'mesi'}`);
  if (m[3]) parti.push(`${m[3]} ${m[3] === '1' ? 'giorno' : 'giorni'}`);
  return 'a ' + parti.join(' e ');
}

function testo(valore) {
  return valore === null || valore === undefined ? 'n.d.' : numero.format(valore);
}

function somma(mappa) {
  return Object.values(mappa || {}).reduce((a, b) => a + b, 0);
}

function iso(data) {
  const m = String(data.getMonth() + 1).padStart(2, '0');
  const g = String(data.getDate()).padStart(2, '0');
  return `${data.getFullYear()}-${m}-${g}`;
}

/** The period of a choice of the picker, as [dal, al] ISO dates. */
function periodo(scelta, anno, dal, al) {
  const oggi = new Date();
  if (scelta === 'mese') return [iso(new Date(oggi.getFullYear(), oggi.getMonth(), 1)), iso(oggi)];
  if (scelta === 'anno') return [`${anno}-01-01`, `${anno}-12-31`];
  if (scelta === 'personalizzato') return [dal, al];
  const inizio = new Date(oggi.getFullYear() - 1, oggi.getMonth(), oggi.getDate() + 1);
  return [iso(inizio), iso(oggi)];
}

function elemento(tag, attributi = {}, ...figli) {
  const nodo = document.createElement(tag);
  Object.entries(attributi).forEach(([k, v]) => {
    if (k === 'class') nodo.className = v;
    else if (k.startsWith('on')) nodo.addEventListener(k.slice(2), v);
    else nodo.setAttribute(k, v);
  });
  figli.flat().forEach((f) => nodo.append(f instanceof Node ? f : document.createTextNode(String(f))));
  return nodo;
}

function tabella(intestazioni, righe, vuota) {
  if (!righe.length) return elemento('p', { class: 'text-muted' }, vuota);
  return elemento(
    'table',
    { class: 'table table-bordered table-hover table-condensed' },
    elemento('thead', {}, elemento('tr', {}, intestazioni.map((i) => elemento('th', {}, i)))),
    elemento('tbody', {}, righe.map((r) => elemento('tr', {}, r.map((c) => elemento('td', {}, c)))))
  );
}

function sezione(titolo, ...contenuto) {
  return elemento(
    'section',
    { class: 'cruscotto-sezione' },
    elemento('h3', { class: 'section-title' }, titolo),
    ...contenuto
  );
}

const STILE = `
.cruscotto { padding: 15px 20px 40px; }
.cruscotto h1 { font-size: 22px; margin: 0 0 15px; }
.cruscotto .periodo { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 15px; }
.cruscotto .periodo .form-control { width: auto; display: inline-block; }
.cruscotto .riquadri { display: flex; flex-wrap: wrap; gap: 10px; margin-bottom: 20px; }
.cruscotto .riquadro { border: 1px solid #ddd; border-radius: 3px; padding: 8px 14px; min-width: 140px; background: #fff; }
.cruscotto .riquadro .valore { font-size: 26px; font-weight: 600; color: #333; }
.cruscotto .riquadro .nome { font-size: 12px; color: #666; }
.cruscotto .grafici { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 20px; }
.cruscotto .grafico { height: 300px; }
.cruscotto-sezione { margin-bottom: 25px; }
.cruscotto-sezione h3 { font-size: 18px; margin: 10px 0; }
.cruscotto h4 { font-size: 15px; }
.cruscotto .errore { color: #b5152b; }
`;

async function disegna(contenitore, figure, echarts) {
  contenitore.innerHTML = '';
  const conclusi = figure.progettiConclusi || {};
  const scadutiTotali = somma(Object.fromEntries(Object.entries(figure.scaduti.compiti).map(([k, v]) => [k, v.quanti])));
  const riquadri = [
    ['Accessi', figure.accessi],
    ['Presi in carico', figure.presiInCarico],
    ['Invii allo Specialistico', figure.inviiSpecialistico],
    ['Progetti avviati', somma(figure.progettiAvviati)],
    ['Progetti conclusi', somma(conclusi)],
    ['Hanno trovato lavoro', conclusi.OCCUPATO || 0],
    ['Pratiche aperte ora', figure.casiAperti.pratiche],
    ['Compiti scaduti ora', scadutiTotali]
  ];
  contenitore.append(
    elemento(
      'div',
      { class: 'riquadri' },
      riquadri.map(([nome, valore]) =>
        elemento('div', { class: 'riquadro' }, elemento('div', { class: 'valore' }, testo(valore)), elemento('div', { class: 'nome' }, nome))
      )
    )
  );

  const imbuto = elemento('div', { class: 'grafico', id: 'cruscotto-imbuto' });
  const aperti = elemento('div', { class: 'grafico', id: 'cruscotto-aperti' });
  const chiusi = elemento('div', { class: 'grafico', id: 'cruscotto-chiusi' });
  const cabina = elemento('div', { class: 'grafico', id: 'cruscotto-cabina' });
  contenitore.append(
    elemento(
      'div',
      { class: 'grafici' },
      sezione('Dall\'accesso al progetto concluso', imbuto),
      sezione('Dove attendono i casi aperti (compiti per passo)', aperti),
      sezione('Casi chiusi per esito', chiusi),
      sezione('Decisioni della Cabina di Regia', cabina)
    )
  );

  // Outcome checks after the closure: one column per interval, one row per condition.
  const verifiche = figure.verificheEsiti || {};
  const intervalli = Object.keys(verifiche);
  const condizioni = [...new Set(intervalli.flatMap((i) => Object.keys(verifiche[i])))];
  const graficoVerifiche = elemento('div', { class: 'grafico', id: 'cruscotto-verifiche' });
  contenitore.append(
    sezione(
      'Verifiche degli esiti dopo la chiusura (registrate nel periodo)',
      tabella(
        ['Condizione', ...intervalli.map((i) => `Verifica ${intervallo(i)}`)],
        condizioni.map((c) => [etichetta(c), ...intervalli.map((i) => testo(verifiche[i][c] || 0))]),
        'Nessuna verifica prevista.'
      ),
      graficoVerifiche
    )
  );

  const ritardi = figure.scaduti;
  const righeRitardo = [];
  Object.entries(ritardi.appuntamentiSenzaEsito).forEach(([s, r]) =>
    righeRitardo.push([etichetta(s), 'Appuntamenti passati senza esito', r.quanti, r.giorniMassimi]));
  righeRitardo.push(['Cabina di Regia', 'Decisioni oltre la scadenza', ritardi.decisioniCabina.quanti, ritardi.decisioniCabina.giorniMassimi]);
  righeRitardo.push(['Sportello Specialistico', 'Monitoraggi scaduti', ritardi.monitoraggi.quanti, ritardi.monitoraggi.giorniMassimi]);
  Object.entries(ritardi.compiti).forEach(([g, r]) => righeRitardo.push([etichetta(g), 'Compiti scaduti', r.quanti, r.giorniMassimi]));
  contenitore.append(
    sezione(
      'Chi è in ritardo',
      tabella(['Sportello', 'Che cosa', 'Quanti', 'Giorni del più vecchio'], righeRitardo.map((r) => [r[0], r[1], testo(r[2]), testo(r[3])]), 'Nessun ritardo.'),
      elemento('h4', {}, 'Compiti in ritardo'),
      tabella(
        ['Sportello', 'Pratica', 'Passo', 'Scadenza', 'Giorni di ritardo'],
        ritardi.elenco.map((c) => [etichetta(c.sportello), c.numeroPratica, etichetta(c.compito), giorno.format(new Date(c.scadenza)), testo(c.giorni)]),
        'Nessun compito in ritardo.'
      )
    )
  );

  const durate = figure.durate;
  const righeDurate = [
    ['Accesso → colloquio di assessment', durate.accessoAssessment],
    ['Presa in carico → invio allo Specialistico', durate.presaInCaricoInvioSpecialistico],
    ...Object.entries(durate.propostaDecisionePerVersione).map(([v, d]) => [`Proposta → decisione (versione ${v})`, d]),
    ['Avvio → fine del progetto', durate.progetto],
    ['Intero percorso', durate.percorso]
  ].map(([nome, d]) => [nome, testo(d.casi), testo(d.mediana), testo(d.novantesimoPercentile)]);
  const gol = figure.indicatoriGol;
  const quota = (q) => `${testo(q.quanti)} su ${testo(q.su)} (${q.percentuale === null ? 'n.d.' : numero.format(q.percentuale) + '%'})`;
  contenitore.append(
    sezione('Durate in giorni dei passi conclusi nel periodo', tabella(['Passo', 'Casi', 'Mediana', '90° percentile'], righeDurate, '')),
    sezione(
      'Indicatori GOL (presi in carico nel periodo)',
      tabella(
        ['Indicatore', 'Valore'],
        [
          ...Object.entries(gol.perPercorso).map(([p, n]) => [`Percorso ${etichetta(p).toLowerCase()}`, testo(n)]),
          ['Con almeno un\'attività oltre l\'assessment', quota(gol.conAttivitaOltreAssessment)],
          ['Donne', quota(gol.donne)],
          ['Under 30', quota(gol.under30)],
          ['Over 55', quota(gol.over55)],
          ['Disoccupati da almeno 12 mesi', quota(gol.disoccupatiDaAlmeno12Mesi)],
          ['Sesso ed età non determinabili dal codice fiscale', testo(gol.anagraficaNonDeterminabile)]
        ],
        ''
      )
    ),
    sezione(
      'Capacità degli sportelli',
      tabella(
        ['Sportello', 'Slot offerti', 'Prenotati', 'Svolti', 'Assenze', 'Tasso di assenza', 'Spostati', 'Annullati'],
        Object.entries(figure.capacita).map(([s, k]) => [
          etichetta(s), testo(k.slotOfferti), testo(k.prenotati), testo(k.svolti), testo(k.assenze),
          k.tassoAssenze === null ? 'n.d.' : numero.format(k.tassoAssenze) + '%', testo(k.riprogrammati), testo(k.annullati)
        ]),
        ''
      )
    )
  );

  const grafico = (nodo, opzioni) => echarts.init(nodo).setOption({ textStyle: { fontFamily: 'inherit' }, ...opzioni });
  grafico(imbuto, {
    tooltip: { trigger: 'item' },
    series: [{
      type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '8%',
      label: { formatter: '{b}: {c}' },
      data: [
        { name: 'Accessi', value: figure.accessi },
        { name: 'Presi in carico', value: figure.presiInCarico },
        { name: 'Invii allo Specialistico', value: figure.inviiSpecialistico },
        { name: 'Progetti avviati', value: somma(figure.progettiAvviati) },
        { name: 'Progetti conclusi', value: somma(conclusi) },
        { name: 'Occupati', value: conclusi.OCCUPATO || 0 }
      ]
    }]
  });
  const passi = Object.entries(figure.casiAperti.perCompito).sort((a, b) => a[1] - b[1]);
  grafico(aperti, {
    tooltip: {}, grid: { left: 200, right: 30, top: 10, bottom: 30 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: passi.map(([k]) => etichetta(k)) },
    series: [{ type: 'bar', data: passi.map(([, v]) => v), itemStyle: { color: '#1d5f9a' } }]
  });
  grafico(chiusi, {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    series: [{
      type: 'pie', radius: ['35%', '65%'],
      data: Object.entries(figure.casiChiusi).filter(([, v]) => v > 0).map(([k, v]) => ({ name: etichetta(k), value: v }))
    }]
  });
  grafico(graficoVerifiche, {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: condizioni.map(etichetta) },
    yAxis: { type: 'value', minInterval: 1 },
    series: intervalli.map((i) => ({ type: 'bar', name: `Verifica ${intervallo(i)}`, data: condizioni.map((c) => verifiche[i][c] || 0) }))
  });
  grafico(cabina, {
    tooltip: {}, grid: { left: 50, right: 20, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: Object.keys(figure.decisioniCabina).map(etichetta) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: Object.values(figure.decisioniCabina), itemStyle: { color: '#52b415' } }]
  });
}

function pagina(nodo) {
  nodo.innerHTML = '';
  const stile = elemento('style', {}, STILE);
  const anno = new Date().getFullYear();
  const scelta = elemento(
    'select',
    { class: 'form-control', id: 'cruscotto-periodo', 'aria-label': 'Periodo' },
    elemento('option', { value: 'mese' }, 'Questo mese'),
    elemento('option', { value: 'dodici', selected: 'selected' }, 'Ultimi 12 mesi'),
    elemento('option', { value: 'anno' }, 'Un anno'),
    elemento('option', { value: 'personalizzato' }, 'Personalizzato')
  );
  const anni = elemento('select', { class: 'form-control', id: 'cruscotto-anno', 'aria-label': 'Anno' },
    Array.from({ length: 6 }, (_, i) => elemento('option', { value: anno - i }, anno - i)));
  const dal = elemento('input', { type: 'date', class: 'form-control', id: 'cruscotto-dal', 'aria-label': 'Dal' });
  const al = elemento('input', { type: 'date', class: 'form-control', id: 'cruscotto-al', 'aria-label': 'Al' });
  const stato = elemento('span', { class: 'text-muted', id: 'cruscotto-stato' });
  const csv = elemento('a', { class: 'btn btn-default', id: 'cruscotto-csv' }, 'Esporta CSV');
  const pubblicabile = elemento('a', { class: 'btn btn-default', id: 'cruscotto-csv-pubblicabile', title: 'I conteggi 1 e 2 diventano «<3»' }, 'CSV pubblicabile');
  const xlsx = elemento('a', { class: 'btn btn-default', id: 'cruscotto-xlsx' }, 'Esporta Excel');
  const contenuto = elemento('div', { id: 'cruscotto-contenuto' });
  const echarts = import(ECHARTS);

  const mostra = () => {
    anni.style.display = scelta.value === 'anno' ? '' : 'none';
    dal.style.display = al.style.display = scelta.value === 'personalizzato' ? '' : 'none';
  };
  // Each change of period asks again: only the answer to the latest request is drawn, whatever order they arrive in.
  let ultimaRichiesta = 0;
  const aggiorna = async () => {
    const richiesta = ++ultimaRichiesta;
    mostra();
    const [da, a] = periodo(scelta.value, anni.value, dal.value, al.value);
    if (!da || !a) {
      stato.textContent = 'Indicare le due date del periodo.';
      return;
    }
    const query = `dal=${encodeURIComponent(da)}&al=${encodeURIComponent(a)}`;
    csv.href = `${API}/export.csv?${query}`;
    pubblicabile.href = `${API}/export.csv?${query}&pubblicabile=true`;
    xlsx.href = `${API}/export.xlsx?${query}`;
    stato.textContent = 'Caricamento…';
    try {
      const risposta = await fetch(`${API}?${query}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      const corpo = await risposta.json().catch(() => ({}));
      if (richiesta !== ultimaRichiesta) return;
      if (!risposta.ok) {
        throw new Error(corpo.detail || (risposta.status === 403 ? 'Il Cruscotto è riservato ai responsabili del servizio.' : 'Dati non disponibili.'));
      }
      const libreria = await echarts;
      if (richiesta !== ultimaRichiesta) return;
      await disegna(contenuto, corpo, libreria);
      stato.textContent = `Dal ${giorno.format(new Date(da))} al ${giorno.format(new Date(a))}; situazione attuale al ${new Date(corpo.calcolatoIl).toLocaleString('it-IT')}`;
    } catch (errore) {
      if (richiesta !== ultimaRichiesta) return;
      contenuto.innerHTML = '';
      stato.textContent = '';
      contenuto.append(elemento('p', { class: 'errore' }, errore.message));
    }
  };
  [scelta, anni, dal, al].forEach((campo) => campo.addEventListener('change', aggiorna));
  nodo.append(
    stile,
    elemento(
      'div',
      { class: 'cruscotto' },
      elemento('h1', {}, 'Cruscotto del servizio'),
      elemento('div', { class: 'periodo' }, elemento('label', { for: 'cruscotto-periodo' }, 'Periodo'), scelta, anni, dal, al, csv, pubblicabile, xlsx),
      elemento('p', {}, stato),
      contenuto
    )
  );
  aggiorna();
}

export default [
  {
    id: 'cruscotto.navigazione',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: { path: '/cruscotto' },
    render: (nodo) => {
      nodo.innerHTML = '<a href="#/cruscotto">Cruscotto</a>';
    }
  },
  {
    id: 'cruscotto.pagina',
    pluginPoint: 'cockpit.route',
    properties: { path: '/cruscotto', label: '/cruscotto' },
    render: (nodo) => pagina(nodo)
  },
  {
    id: 'cruscotto.pratiche',
    pluginPoint: 'cockpit.dashboard',
    priority: 10,
    render: async (nodo) => {
      nodo.innerHTML = '';
      try {
        const risposta = await fetch(`${API}/pratiche-in-corso`,
          { credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (!risposta.ok) return;
        const casiAperti = await risposta.json();
        // Cockpit's own "running process instances" pie sums instances per process definition: a case in Fase II
        // counts twice (its Fase I waits on the call), one at the Cabina three times. This pie counts cases.
        if (!document.getElementById('cruscotto-stile-dashboard')) {
          document.head.append(elemento('style', { id: 'cruscotto-stile-dashboard' },
            'section.actual .stats-section.process-instances { display: none; }'));
        }
        const passi = Object.entries(casiAperti.perPasso || {}).filter(([, v]) => v > 0)
          .sort((a, b) => b[1] - a[1]);
        const torta = elemento('div', { id: 'cruscotto-pratiche-torta', style: 'height: 260px; max-width: 640px' });
        nodo.append(
          elemento('h3', { class: 'section-title' }, 'Pratiche in corso'),
          elemento('p', {},
            elemento('strong', { id: 'cruscotto-pratiche-aperte' }, testo(casiAperti.pratiche)),
            ' pratiche aperte, ciascuna contata una volta, al passo in cui si trova (Fase I, Fase II o processo chiamato). ',
            elemento('a', { href: '#/cruscotto' }, 'Apri il Cruscotto')),
          torta,
          elemento('ul', { class: 'list-inline', id: 'cruscotto-pratiche-per-passo' },
            passi.map(([passo, quante]) => elemento('li', {}, `${etichetta(passo)}: ${testo(quante)}`)))
        );
        const echarts = await import(ECHARTS);
        echarts.init(torta).setOption({
          textStyle: { fontFamily: 'inherit' },
          tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
          series: [{ type: 'pie', radius: ['35%', '65%'], data: passi.map(([k, v]) => ({ name: etichetta(k), value: v })) }]
        });
      } catch (e) {
        nodo.innerHTML = '';
      }
    }
  }
];
