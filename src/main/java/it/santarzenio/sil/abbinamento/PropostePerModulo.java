package it.santarzenio.sil.abbinamento;

import java.util.List;
import java.util.Map;

/**
 * What the form of Task_AbbinamentoDomandaOfferta shows: the ranked offers as choices of a select ({@code label},
 * {@code value} = the offer id as text), the reasons of each, the match profile and the referrals already recorded,
 * as Markdown lists.
 */
public record PropostePerModulo(List<Map<String, String>> scelte, String motivi, String profilo, String segnalazioni) {}
