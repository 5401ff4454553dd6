/**
 * The only package that knows Camunda: process keys and variable names, the delegates and listeners that bind the
 * BPMN to the domain services, engine plugins and the HTTP security of the engine's doors.
 */
package it.santarzenio.sil.processo;
