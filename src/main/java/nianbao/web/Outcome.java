package nianbao.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.pipeline.AuditResult;
import nianbao.store.AuditRecord;

/**
 * What became of one report of an upload: its result as stored (the contract's object and the
 * archive's record), or, when it could not be stored, the reason; nothing stored before is touched.
 */
public record Outcome(String file, AuditResult result, ObjectNode json, AuditRecord stored, String error) {}
