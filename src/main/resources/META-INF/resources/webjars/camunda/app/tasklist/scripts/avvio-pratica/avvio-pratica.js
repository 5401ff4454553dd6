/*
 * After a start form, Tasklist says only "Il processo è stato avviato." (its message takes no parameter). The
 * operator must tell the citizen the new case number: this script reads it from the engine's answer to the start
 * form (the instance's business key, ADR 0003) and shows it until the operator closes it. Nothing is sent anywhere.
 */

const AVVIO = /\/process-definition\/[^/]+\/submit-form$/;

function mostra(numeroPratica) {
  document.querySelectorAll('.sil-pratica-aperta').forEach((vecchio) => vecchio.remove());
  const avviso = document.createElement('div');
  avviso.className = 'alert alert-success sil-pratica-aperta';
  avviso.setAttribute('role', 'status');
  avviso.style.cssText = 'position: fixed; top: 70px; right: 20px; z-index: 2000; max-width: 420px; font-size: 15px;';
  const testo = document.createElement('span');
  testo.textContent = `Aperta la pratica ${numeroPratica}: comunicare il numero al cittadino.`;
  const chiudi = document.createElement('button');
  chiudi.type = 'button';
  chiudi.className = 'close';
  chiudi.setAttribute('aria-label', 'Chiudi');
  chiudi.textContent = '×';
  chiudi.style.marginLeft = '12px';
  chiudi.addEventListener('click', () => avviso.remove());
  avviso.append(testo, chiudi);
  document.body.appendChild(avviso);
}

const apri = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (metodo, indirizzo, ...resto) {
  this.silAvvio = String(metodo).toUpperCase() === 'POST' && AVVIO.test(String(indirizzo).split('?')[0]);
  return apri.call(this, metodo, indirizzo, ...resto);
};

const invia = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (...argomenti) {
  if (this.silAvvio) {
    this.addEventListener('load', () => {
      if (this.status !== 200) {
        return;
      }
      try {
        const istanza = JSON.parse(this.responseText);
        if (istanza && istanza.businessKey) {
          mostra(istanza.businessKey);
        }
      } catch (e) {
        // Not the engine's JSON: nothing to show.
      }
    });
  }
  return invia.apply(this, argomenti);
};
