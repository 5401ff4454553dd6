package it.santarzenio.sil.abbinamento;

import java.util.List;
import java.util.Map;

/**
 * What the form of Task_AbbinamentoDomandaOfferta shows: the ranked offers as choices of a select ({@code label},
 * {@code value} = the offer id as text), the reasons of each and the match profile, both as Markdown lists.
 */
public record PropostePerModulo(List<Map<String, String>> scelte, String motivi, String profilo) {}
