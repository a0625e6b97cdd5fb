/**
 * The optional project configuration file, `.soc2lint.yaml`:
 *
 *   rules:                 # per-rule setting: off | info | warning | error
 *     K8S010: off
 *   exclude:               # globs (minimatch), relative to the file's folder
 *     - vendor/**
 *   trustedRegistries: [registry.example.com]
 *   defaultNamespace: payments
 *
 * Anything else is an error: a typo in a compliance configuration must not pass silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { allRules } from '../../../rules/index';
import { LineIndex } from '../engine/positions';
import { knownRuleKeys } from '../engine/aliases';
import { PROFILES, type Profile, type RuleSetting } from '../engine/types';

export const CONFIG_FILE_NAMES = ['.soc2lint.yaml', '.soc2lint.yml'] as const;
const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];
const KEYS = ['profile', 'rules', 'exclude', 'trustedRegistries', 'defaultNamespace'] as const;

export interface ProjectConfig {
  /** Absolute path of the file read; undefined when there was none. */
  file: string | undefined;
  /** Folder `exclude` globs are relative to. */
  baseDir: string;
  /** `recommended` or `strict`; undefined when the file does not say. */
  profile: Profile | undefined;
  rules: Record<string, RuleSetting>;
  exclude: string[];
  trustedRegistries: string[] | undefined;
  defaultNamespace: string | undefined;
}

/** A configuration problem; the CLI turns it into exit code 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The config file in `dir`, if any. */
export function findConfigFile(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const file = join(dir, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

export function emptyProjectConfig(baseDir: string): ProjectConfig {
  return { file: undefined, baseDir, profile: undefined, rules: {}, exclude: [], trustedRegistries: undefined, defaultNamespace: undefined };
}

/** Reads and validates a config file. Throws ConfigError with `file:line:col: what` on any problem. */
export function loadConfigFile(file: string, displayName = file, knownRuleIds?: ReadonlySet<string>): ProjectConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new ConfigError(`cannot read config ${displayName}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseConfigText(text, file, displayName, knownRuleIds);
}

/** Validates config text; exported for tests. */
export function parseConfigText(text: string, file: string, displayName = file, knownRuleIds?: ReadonlySet<string>): ProjectConfig {
  const lines = new LineIndex(text);
  const fail = (node: unknown, message: string): never => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    const where = range ? `:${lines.positionAt(range[0]).line + 1}:${lines.positionAt(range[0]).character + 1}` : '';
    throw new ConfigError(`invalid config ${displayName}${where}: ${message}`);
  };
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lines.positionAt(firstError.pos[0]);
    throw new ConfigError(`invalid config ${displayName}:${pos.line + 1}:${pos.character + 1}: ${firstError.message.split('\n')[0]}`);
  }
  const config = emptyProjectConfig(dirname(file));
  config.file = file;
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) return fail(root, 'expected a mapping with keys ' + KEYS.join(', '));

  const stringList = (node: unknown, key: string): string[] => {
    if (isScalar(node) && typeof node.value === 'string') return [node.value];
    if (!isSeq(node)) return fail(node, `${key} must be a list of strings`);
    return node.items.map((item) => {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value === '') return fail(item, `${key} must be a list of non-empty strings`);
      return item.value;
    });
  };

  const knownIds = knownRuleIds ?? knownRuleKeys(allRules);
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
    const value = pair.value;
    switch (key) {
      case 'rules': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) return fail(value ?? keyNode, 'rules must map rule ids to off, info, warning or error');
        for (const rulePair of value.items) {
          const idNode = rulePair.key as Node | null;
          const id = isScalar(idNode) ? String(idNode.value).toUpperCase() : '';
          if (!knownIds.has(id)) return fail(idNode, `unknown rule id "${isScalar(idNode) ? String(idNode.value) : '?'}" under rules`);
          const setting = isScalar(rulePair.value) ? String(rulePair.value.value).toLowerCase() : undefined;
          if (!setting || !(RULE_SETTINGS as readonly string[]).includes(setting)) return fail(rulePair.value ?? idNode, `rules.${id} must be one of ${RULE_SETTINGS.join(', ')}`);
          config.rules[id] = setting as RuleSetting;
        }
        break;
      }
      case 'exclude':
        config.exclude = stringList(value, 'exclude');
        break;
      case 'trustedRegistries':
        config.trustedRegistries = stringList(value, 'trustedRegistries');
        break;
      case 'profile':
        if (!isScalar(value) || !(PROFILES as readonly unknown[]).includes(value.value)) return fail(value ?? keyNode, `profile must be one of ${PROFILES.join(', ')}`);
        config.profile = value.value as Profile;
        break;
      case 'defaultNamespace':
        if (!isScalar(value) || typeof value.value !== 'string' || value.value === '') return fail(value ?? keyNode, 'defaultNamespace must be a non-empty string');
        config.defaultNamespace = value.value;
        break;
      default:
        return fail(keyNode, `unknown key "${key ?? '?'}" (allowed: ${KEYS.join(', ')})`);
    }
  }
  return config;
}
