/**
 * Incontro domanda/offerta: the CP2021 classification of occupations, the job offers of the partner agency, the
 * citizen's wished occupations, the explainable ranking of offers for a case and the referrals with their outcomes.
 */
package it.santarzenio.sil.abbinamento;
