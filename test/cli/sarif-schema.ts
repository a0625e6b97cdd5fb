/**
 * The OASIS SARIF 2.1.0 JSON schema (the rtm.5 release schema as published by SchemaStore), read
 * offline from the @microsoft/jest-sarif devDependency, compiled with ajv.
 * The file is draft-04; its only draft-04-specific keyword is the root `id`, so it is lifted to
 * draft-07 (`$id`) for ajv 8, and the three formats it uses get strict validators (ajv-formats is
 * not a dependency).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { REPO_ROOT } from './helpers';

export const SARIF_SCHEMA_PATH = join(REPO_ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

let compiled: ValidateFunction | undefined;

function isUri(value: string): boolean {
  try {
    new URL(value);
    return /^[a-z][a-z0-9+.-]*:/i.test(value) && !/\s/.test(value);
  } catch {
    return false;
  }
}

function isUriReference(value: string): boolean {
  try {
    new URL(value, 'file:///base/');
    return !/\s/.test(value);
  } catch {
    return false;
  }
}

export function sarifValidator(): ValidateFunction {
  if (compiled) return compiled;
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  const { $schema: _draft, id, ...rest } = schema;
  const lifted = { $schema: 'http://json-schema.org/draft-07/schema#', $id: String(id), ...rest };
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    // The schema's `language` pattern has a stray `]`, legal only without the regexp `u` flag.
    unicodeRegExp: false,
    formats: {
      uri: isUri,
      'uri-reference': isUriReference,
      'date-time': (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)),
    },
  });
  compiled = ajv.compile(lifted);
  return compiled;
}

/** Validation errors as readable lines (empty when valid). */
export function sarifErrors(log: unknown): string[] {
  const validate = sarifValidator();
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The parts of a SARIF log the tests read. */
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string; enabled: boolean };
  properties: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string }[];
}

export interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: SarifRule[] } };
    invocations: { executionSuccessful: boolean; ruleConfigurationOverrides?: unknown[]; toolExecutionNotifications?: { message: { text: string } }[] }[];
    results: SarifResult[];
  }[];
}
