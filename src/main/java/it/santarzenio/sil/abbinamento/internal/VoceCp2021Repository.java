package it.santarzenio.sil.abbinamento.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VoceCp2021Repository extends JpaRepository<VoceCp2021, String> {}
