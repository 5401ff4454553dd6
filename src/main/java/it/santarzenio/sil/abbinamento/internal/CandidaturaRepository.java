package it.santarzenio.sil.abbinamento.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidaturaRepository extends JpaRepository<Candidatura, String> {}
